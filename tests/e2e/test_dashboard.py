"""The dashboard in headless Chromium against the app with the seeds loaded.

Expectations come from the live API, never from the seeds' text: the page must agree with what
the API says about the same data.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import quote as urlquote

import pytest

from tests.e2e.support import PHONE, screenshot

pytestmark = pytest.mark.e2e
WORD = re.compile(r"[^\W\d_]{5,}")


def common_word(api: Any) -> str:
    """Return the word found in the most quotes, so a search for it has several results."""
    quotes = api("/quotes?limit=100")["results"]
    counts = Counter(w for q in quotes for w in {w.lower() for w in WORD.findall(q["text"])})
    assert counts, "the seeds gave no quotes with words to search"
    return counts.most_common(1)[0][0]


def search(page: Any, text: str) -> None:
    """Type `text` into the search box and press Enter, then wait for the answer."""
    page.fill("#q", text)
    page.press("#q", "Enter")
    wait_until_loaded(page)


def wait_until_loaded(page: Any) -> None:
    """Wait until the result list is no longer busy and the status says what was found."""
    page.wait_for_function(
        "() => !document.querySelector('#result-list[aria-busy]')"
        " && !/…$/.test(document.getElementById('status').textContent)"
    )


def shown_total(page: Any) -> int:
    """Return the number of quotes the status line reports."""
    found = re.match(r"(\d+) quotes?\b", page.text_content("#status") or "")
    assert found, page.text_content("#status")
    return int(found.group(1))


def test_searching_a_word_shows_highlighted_results(page: Any, api: Any) -> None:
    word = common_word(api)
    expected = api(f"/quotes/search?q={urlquote(word)}&limit=1")["total"]
    page.goto("/")
    search(page, word)

    assert shown_total(page) == expected
    results = page.locator("#result-list > li")
    assert results.count() == min(expected, 10)
    for i in range(results.count()):
        text = results.nth(i).locator(".quote-text")
        marks = [m.lower() for m in text.locator("mark").all_text_contents()]
        assert marks and all(m[:4] == word[:4] for m in marks), (word, marks)
        # Only <mark> comes from the highlight; any other element would be injected markup.
        assert text.locator("*:not(mark)").count() == 0
        assert results.nth(i).locator(".speaker").text_content()
        assert results.nth(i).locator(".source .title").text_content()
    assert f"q={word}" in page.url
    screenshot(page, "dashboard.png")


def test_choosing_a_speaker_in_the_facet_filters_the_results(page: Any) -> None:
    page.goto("/")
    wait_until_loaded(page)
    first = page.locator("#speaker-facet button").first
    name = first.locator("span").first.text_content()
    count = int(first.locator(".count").text_content() or "0")

    first.focus()
    page.keyboard.press("Enter")  # facets are buttons, so the keyboard works as a click does
    wait_until_loaded(page)

    assert shown_total(page) == count
    speakers = page.locator("#result-list .speaker").all_text_contents()
    assert speakers and set(speakers) == {name}
    assert page.locator("#speaker-facet button[aria-pressed=true]").first.text_content().startswith(name)
    assert page.locator("#chips").text_content() == f"Speaker: {name} ×"


def test_choosing_a_histogram_bar_shows_only_the_quotes_of_its_period(page: Any, api: Any) -> None:
    facets = api("/facets")
    busiest = max(facets["days"], key=lambda b: b["count"])
    page.goto("/")
    wait_until_loaded(page)
    bars = page.locator("#histogram button.bar")
    assert bars.count() == len(facets["days"])
    bar = bars.nth(facets["days"].index(busiest))

    bar.click()
    wait_until_loaded(page)

    assert shown_total(page) == busiest["count"]
    assert f"from={busiest['key']}" in page.url
    assert page.locator("#histogram button.bar[aria-pressed=true]").count() == 1


def test_speaker_autocomplete_suggests_a_name_from_its_first_letters(page: Any, api: Any) -> None:
    speaker = api("/speakers?limit=1")["results"][0]
    page.goto("/")
    wait_until_loaded(page)
    page.locator("#speaker-input").press_sequentially(speaker["name"][:3].lower(), delay=30)

    suggestions = page.locator("#speaker-options option")
    suggestions.first.wait_for(state="attached")
    assert speaker["name"] in [o.get_attribute("value") for o in suggestions.all()]
    page.fill("#speaker-input", speaker["name"])
    page.press("#speaker-input", "Enter")
    wait_until_loaded(page)

    assert shown_total(page) == speaker["quote_count"]
    assert set(page.locator("#result-list .speaker").all_text_contents()) == {speaker["name"]}


def test_statement_view_lists_every_version_and_the_outlets_that_reported_it(page: Any, api: Any) -> None:
    statement = api("/statements?limit=1")["results"][0]  # the most reported one
    page.goto(f"/?speaker={urlquote(statement['speaker_id'])}")
    wait_until_loaded(page)
    opener = page.locator(f"li[data-statement-id='{statement['id']}'] .open-statement").first
    for _ in range(20):  # the statement's quotes may sit on a later page
        if opener.count():
            break
        page.click("#next")
        wait_until_loaded(page)
    opener.click()

    dialog = page.locator("#statement")
    page.wait_for_function("() => document.querySelectorAll('#statement-variants > li').length > 0")
    assert dialog.is_visible()
    assert statement["speaker"] in (page.text_content("#statement-h") or "")
    variants = page.locator("#statement-variants > li blockquote").all_text_contents()
    assert sorted(variants) == sorted(v["text"] for v in statement["variants"])
    outlets = page.locator("#statement-outlets > li").all_text_contents()
    expected_outlets = {v["outlet"] or "Unknown outlet" for v in statement["variants"]}
    assert len(outlets) == len(expected_outlets)
    assert all(any(o.startswith(e) for o in outlets) for e in expected_outlets)
    screenshot(page, "dashboard-statement.png", full_page=False)  # the dialog covers the viewport

    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("() => document.activeElement.classList.contains('open-statement')")


def test_a_search_without_matches_says_so(page: Any) -> None:
    page.goto("/")
    search(page, "qqzxvjwk")
    assert (page.text_content("#status") or "").startswith("No quotes found")
    assert page.locator("#result-list > li").count() == 0
    assert page.locator("#error").is_hidden()


def test_a_rejected_query_shows_the_problem_the_api_returned(page: Any) -> None:
    page.goto("/?from=2025-12-31&to=2025-01-01")
    wait_until_loaded(page)
    error = page.locator("#error")
    assert error.is_visible()
    assert "from" in (error.text_content() or "")
    assert page.locator("#result-list > li").count() == 0


def test_a_service_outage_is_shown_with_advice_to_retry(page: Any) -> None:
    problem = '{"type": "about:blank", "title": "Service Unavailable", "status": 503, "detail": "store down"}'
    page.route(
        re.compile(r".*/quotes(/search)?\?.*"),
        lambda route: route.fulfill(status=503, content_type="application/problem+json", body=problem),
    )
    page.goto("/")
    wait_until_loaded(page)
    error = page.locator("#error")
    assert error.is_visible()
    assert "Service Unavailable (503)" in (error.text_content() or "")
    assert "try again" in (error.text_content() or "")


def test_the_page_fits_a_phone_screen(page: Any, api: Any) -> None:
    page.set_viewport_size(PHONE)
    page.goto("/")
    search(page, common_word(api))
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    # Filters fold away so that the results come first; the summary opens them.
    assert not page.evaluate("() => document.getElementById('filters').open")
    screenshot(page, "dashboard-phone.png")
    page.click("#filters summary")
    assert page.locator("#speaker-facet").is_visible()
