"""The date histogram of `/facets`: which period a bar covers, chosen from the span of the data.

Shared by every store so that both answer with the same bars. One bar per day over years of
news is hundreds of buckets that no chart can show and that grow with the archive; so `auto`
picks the finest period that keeps the bars to about a hundred for the span of the matching
quotes. Buckets are keyed by the first day of their period: ISO weeks start on Monday (as
Elasticsearch's calendar weeks do), months on the 1st, years on 1 January.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from service.domain import INTERVALS

__all__ = ["INTERVALS", "choose_interval", "fold_days", "period_start"]

# Longest span (in days, both ends included) each period is chosen for: ≤ 92 daily bars,
# ≤ 105 weekly bars, ≤ 241 monthly bars; years beyond.
_LONGEST = (("day", 92), ("week", 731), ("month", 7305))


def choose_interval(first: date, last: date) -> str:
    """Return the finest period that keeps a span from `first` to `last` to about a hundred bars."""
    span = (last - first).days + 1
    for interval, longest in _LONGEST:
        if span <= longest:
            return interval
    return "year"


def period_start(day: date, interval: str) -> date:
    """Return the first day of the period of `interval` that holds `day`."""
    if interval == "week":
        return day - timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    if interval == "year":
        return day.replace(month=1, day=1)
    return day


def fold_days(days: Iterable[tuple[date, int]], interval: str) -> list[tuple[date, int]]:
    """Return per-period counts, oldest first, from per-day counts given oldest first."""
    out: list[tuple[date, int]] = []
    for day, count in days:
        start = period_start(day, interval)
        if out and out[-1][0] == start:
            out[-1] = (start, out[-1][1] + count)
        else:
            out.append((start, count))
    return out
