"""Constructed quotes of invented speakers: the kinds of variation news produces."""

from __future__ import annotations

from datetime import date

from service.domain import Quote
from tests.unit.statements.helpers import make_quote

MAY2, MAY3 = date(2024, 5, 2), date(2024, 5, 3)
PM = "Maria Ionescu"

VETO = [
    "If the farmers are not heard by Brussels, we will block the trade agreement in the council, "
    "and we will do it without hesitation",
    "Should Brussels fail to hear our farmers, we are going to block this trade agreement at the "
    "council, without any hesitation",
    "If Brussels does not listen to the farmers, we will veto the trade deal in the council and will "
    "not hesitate to do so",
]
MERCOSUR = "The trade agreement with the Mercosur countries is a bad deal for our farmers and for the climate"
BRIDGE = (
    "We have secured the funding for the new bridge, and construction will begin in the spring of next year"
)


def corpus() -> tuple[list[Quote], dict[str, str]]:
    """Return quotes of several invented speakers over a few days, and their gold labels."""
    rows: list[tuple[str, str | None, str, date | None, str, str]] = [
        (VETO[0], PM, "art-1", MAY2, "direct", "veto"),
        (VETO[1], PM, "art-2", MAY2, "direct", "veto"),
        (VETO[2], PM, "art-3", MAY3, "direct", "veto"),
        ("without hesitation", PM, "art-4", MAY3, "partial", "veto"),
        (MERCOSUR, PM, "art-1", MAY2, "direct", "mercosur"),
        ("a bad deal for our farmers", PM, "art-5", None, "partial", "mercosur"),
        (BRIDGE, "Tomas Varga", "art-6", MAY2, "direct", "bridge"),
        ("We have secured the funding for the new bridge", "Tomas Varga", "art-7", MAY3, "direct", "bridge"),
        (
            "We have secured the funding … construction will begin in the spring of next year.",
            "Tomas Varga",
            "art-8",
            None,
            "direct",
            "bridge",
        ),
        (
            "The toll will stay as it is until the bridge is paid for",
            "Tomas Varga",
            "art-6",
            MAY2,
            "direct",
            "toll",
        ),
        ("We will never accept this", "Tomas Varga", "art-6", MAY2, "direct", "never-varga"),
        ("We will never accept this", PM, "art-2", MAY2, "direct", "never-pm"),
        ("We will never accept this", None, "art-3", MAY3, "direct", "unattributed"),
    ]
    quotes, labels = [], {}
    for n, (text, speaker, article, published, kind, label) in enumerate(rows):
        quote = make_quote(text, speaker, article, published, kind, start=n * 1000)
        quotes.append(quote)
        labels[quote.id] = label
    return quotes, labels
