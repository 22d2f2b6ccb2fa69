"""The date histogram's periods: chosen from the span, keyed by their first day, counts kept."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from service.store.histogram import choose_interval, fold_days, period_start

START = date(2024, 1, 1)


@pytest.mark.parametrize(
    ("days", "interval"),
    [
        (1, "day"),
        (92, "day"),  # a quarter still reads as days
        (93, "week"),
        (731, "week"),  # two years: 105 weekly bars at most
        (732, "month"),
        (7305, "month"),
        (7306, "year"),
    ],
)
def test_the_period_is_the_finest_that_keeps_the_span_to_about_a_hundred_bars(
    days: int, interval: str
) -> None:
    assert choose_interval(START, START + timedelta(days=days - 1)) == interval


@pytest.mark.parametrize(
    ("day", "interval", "start"),
    [
        (date(2024, 3, 3), "week", date(2024, 2, 26)),  # a Sunday belongs to the week from Monday
        (date(2024, 2, 26), "week", date(2024, 2, 26)),
        (date(2025, 1, 1), "week", date(2024, 12, 30)),  # weeks cross the new year
        (date(2024, 2, 29), "month", date(2024, 2, 1)),
        (date(2024, 12, 31), "year", date(2024, 1, 1)),
        (date(2024, 12, 31), "day", date(2024, 12, 31)),
    ],
)
def test_a_period_starts_on_monday_the_first_of_the_month_or_new_year(
    day: date, interval: str, start: date
) -> None:
    assert period_start(day, interval) == start


def test_folding_days_adds_the_counts_of_a_period_and_keeps_every_quote() -> None:
    days = [(START + timedelta(days=n), n + 1) for n in range(0, 70, 3)]
    for interval in ("day", "week", "month", "year"):
        folded = fold_days(days, interval)
        assert sum(c for _, c in folded) == sum(c for _, c in days)
        assert [d for d, _ in folded] == sorted({period_start(d, interval) for d, _ in days})
    assert fold_days(days, "month")[:1] == [(date(2024, 1, 1), sum(c for d, c in days if d.month == 1))]
