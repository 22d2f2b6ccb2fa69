"""Hand annotations of every quote in seeds/: (file, opening words, speaker surname, kind).

Test data only. The speaker is given by surname (or organisation name); None means the quote
has no credible speaker.
"""

from __future__ import annotations

SEED_GOLD: list[tuple[str, str, str | None, str]] = [
    ("000_d1f0a5cc6a875a42.txt", "build a NATO within", "Zelenskyy", "partial"),
    ("000_d1f0a5cc6a875a42.txt", "most cost-effective way", "Zelenskyy", "partial"),
    ("000_d1f0a5cc6a875a42.txt", "If it brings peace", "Zelenskyy", "direct"),
    ("000_d1f0a5cc6a875a42.txt", "If Ukraine can’t join", "Zelenskyy", "direct"),
    ("000_d1f0a5cc6a875a42.txt", "We must evaluate", "Zelenskyy", "direct"),
    ("000_d1f0a5cc6a875a42.txt", "I’m thankful", "Zelenskyy", "direct"),
    ("000_d1f0a5cc6a875a42.txt", "He’s been there", "Trump", "direct"),
    ("000_d1f0a5cc6a875a42.txt", "dictator", "Trump", "partial"),
    ("000_d1f0a5cc6a875a42.txt", "started", "Trump", "partial"),
    ("000_d1f0a5cc6a875a42.txt", "I’d only be offended", "Zelenskyy", "direct"),
    ("000_d1f0a5cc6a875a42.txt", "The president and his team", "Leavitt", "direct"),
    ("001_cbd5ed000510f083.txt", "If there is peace", "Zelensky", "direct"),
    ("001_cbd5ed000510f083.txt", "dictator", "Trump", "partial"),
    ("001_cbd5ed000510f083.txt", "started", "Trump", "partial"),
    ("001_cbd5ed000510f083.txt", "offended", "Zelensky", "partial"),
    ("001_cbd5ed000510f083.txt", "One would be offended", "Zelensky", "direct"),
    ("001_cbd5ed000510f083.txt", "security guarantees", "Zelensky", "partial"),
    ("001_cbd5ed000510f083.txt", "much needed", "Zelensky", "partial"),
    ("001_cbd5ed000510f083.txt", "Promising", "Peskov", "partial"),
    ("001_cbd5ed000510f083.txt", "extraordinary", "Peskov", "partial"),
    ("001_cbd5ed000510f083.txt", "promising", "Peskov", "partial"),
    ("001_cbd5ed000510f083.txt", "It is important", "Peskov", "direct"),
    ("001_cbd5ed000510f083.txt", "The people decided", "Peskov", "direct"),
    ("001_cbd5ed000510f083.txt", "territorial integrity", "Guterres", "partial"),
    ("001_cbd5ed000510f083.txt", "God Willed It", "Putin", "partial"),
    ("001_cbd5ed000510f083.txt", "Fate willed it so", "Putin", "direct"),
    ("001_cbd5ed000510f083.txt", "A mission as difficult", "Putin", "direct"),
    ("001_cbd5ed000510f083.txt", "Zelensky makes inappropriate", "Peskov", "direct"),
    ("001_cbd5ed000510f083.txt", "No president would tolerate", "Peskov", "direct"),
    ("001_cbd5ed000510f083.txt", "We are living through", "Costa", "direct"),
    ("002_ad01a51017ac294f.txt", "If there is peace", "Zelensky", "direct"),
    ("002_ad01a51017ac294f.txt", "dictator", "Trump", "partial"),
    ("002_ad01a51017ac294f.txt", "started", "Trump", "partial"),
    ("002_ad01a51017ac294f.txt", "He refuses to have", "Trump", "direct"),
    ("002_ad01a51017ac294f.txt", "In the meantime", "Trump", "direct"),
    ("002_ad01a51017ac294f.txt", "offended", "Zelensky", "partial"),
    ("002_ad01a51017ac294f.txt", "One would be offended", "Zelensky", "direct"),
    ("002_ad01a51017ac294f.txt", "I very much want", "Zelensky", "direct"),
    ("002_ad01a51017ac294f.txt", "security guarantees", "Zelensky", "partial"),
    ("002_ad01a51017ac294f.txt", "much needed", "Zelensky", "partial"),
    ("002_ad01a51017ac294f.txt", "progress", "Zelensky", "partial"),
    ("002_ad01a51017ac294f.txt", "extraordinary", "Peskov", "partial"),
    ("002_ad01a51017ac294f.txt", "promising", "Peskov", "partial"),
    ("002_ad01a51017ac294f.txt", "It is important", "Peskov", "direct"),
    ("002_ad01a51017ac294f.txt", "The people decided", "Peskov", "direct"),
    ("002_ad01a51017ac294f.txt", "territorial integrity", "Guterres", "partial"),
    ("003_06ee0f6f41912072.txt", "NATO is the most", "Zelenskyy", "direct"),
    ("003_06ee0f6f41912072.txt", "We need to weigh", "Zelenskyy", "direct"),
    ("003_06ee0f6f41912072.txt", "immediately", "Zelenskyy", "partial"),
    ("003_06ee0f6f41912072.txt", "understand", "Zelenskyy", "partial"),
    ("003_06ee0f6f41912072.txt", "dictator", "Trump", "partial"),
    ("003_06ee0f6f41912072.txt", "swift end", "United States", "partial"),
    ("004_257de2f4becf6e8f.txt", "If Ukraine is able", "Zelenskyy", "direct"),
    ("004_257de2f4becf6e8f.txt", "realistic", "Hegseth", "partial"),
    ("004_257de2f4becf6e8f.txt", "Every day, our people", "Zelenskyy", "direct"),
    ("004_257de2f4becf6e8f.txt", "On the third anniversary", "Zelenskyy", "direct"),
    ("004_257de2f4becf6e8f.txt", "No one wants the bloodshed", "Starmer", "direct"),
    ("004_257de2f4becf6e8f.txt", "just and lasting peace", "Zelenskyy", "partial"),
    ("004_257de2f4becf6e8f.txt", "This can be achieved", "Zelenskyy", "direct"),
]


def score_seeds(extract, seeds_dir) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Return quote precision, recall, F1, speaker accuracy and kind accuracy on the seeds.

    `extract(text, path)` returns an ArticleExtraction; a gold quote matches the next unmatched
    predicted quote that starts with its opening words.
    """
    from pathlib import Path

    from service.names import name_key

    predicted = matched = speaker_ok = kind_ok = 0
    gold_total = len(SEED_GOLD)
    for path in sorted(Path(seeds_dir).glob("*.txt")):
        quotes = extract(path.read_text(encoding="utf-8"), str(path)).quotes
        predicted += len(quotes)
        cursor = 0
        for _name, opening, speaker, kind in (g for g in SEED_GOLD if g[0] == path.name):
            hit = next((i for i in range(cursor, len(quotes)) if quotes[i].text.startswith(opening)), None)
            if hit is None:
                continue
            cursor, quote = hit + 1, quotes[hit]
            matched += 1
            kind_ok += quote.kind == kind
            got = name_key(quote.speaker) if quote.speaker else None
            speaker_ok += (got is None and speaker is None) or bool(
                got and speaker and got.endswith(name_key(speaker))
            )
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold_total
    f1 = 2 * precision * recall / (precision + recall) if matched else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "speaker_accuracy": round(speaker_ok / matched, 4) if matched else 0.0,
        "kind_accuracy": round(kind_ok / matched, 4) if matched else 0.0,
    }
