"""API under load: `quotes serve` against the bare endpoint, same gunicorn settings, same index.

For each of `GET /quotes?speaker=`, `GET /quotes/search?q=` and `GET /facets`, a bounded
client on loopback sends a fixed number of requests to each server, alternating between them
in rounds so that drift on a shared machine falls on both. Ratios: product requests/s over the
bare endpoint's (target >= 0.7) and product p99 over the bare p99 (target <= 2).

Run: .venv/bin/python -m bench.api --es http://127.0.0.1:9260 [--index bench-10k] [--quotes 10000]
"""

from __future__ import annotations

import argparse
import json
from typing import Any
from urllib.parse import quote as urlquote

from bench.datasets import build_elastic
from bench.http_load import bare_server, get_json, hammer, product_server, summary

# Searches drawn from the corpus wording: single words, pairs and phrases, all with matches.
SEARCHES = [
    "ceasefire",
    "interest rates",
    '"turning point"',
    "deal ignores",
    "wages",
    "drag on for months",
    "position has not changed",
    "cheaper faster",
    "historic mistake",
    "pension reform",
    "tariffs",
    "harvests",
    "ready to meet anyone",
    '"figures speak for themselves"',
    "grain exports",
    "unacceptable",
]


def top_speakers(port: int, n: int = 40) -> list[str]:
    """Return the names of the `n` most quoted speakers, as the API lists them."""
    return [s["name"] for s in get_json(port, f"/speakers?limit={n}")["results"]]


def workload(speakers: list[str]) -> dict[str, list[str]]:
    """Return the request paths of each endpoint under test."""
    return {
        "quotes_by_speaker": [f"/quotes?speaker={urlquote(s)}" for s in speakers],
        "search": [f"/quotes/search?q={urlquote(q)}" for q in SEARCHES],
        "facets": ["/facets", *(f"/facets?speaker={urlquote(s)}" for s in speakers[:15])],
    }


def compare(env: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    """Load both servers endpoint by endpoint; return their figures and the ratios."""
    per_round = max(1, args.requests // args.rounds)
    out: dict[str, Any] = {}
    with (
        product_server(env, args.workers, args.threads) as product,
        bare_server(env, args.workers, args.threads) as bare,
    ):
        paths = workload(top_speakers(product))
        for name, endpoint_paths in paths.items():
            runs: dict[str, list[dict[str, Any]]] = {"product": [], "bare": []}
            for port in (product, bare):  # warm up: clients made, caches filled, code paths hot
                hammer(port, endpoint_paths, args.warmup, args.concurrency)
            for round_no in range(args.rounds):
                order = [("product", product), ("bare", bare)]
                for label, port in order if round_no % 2 == 0 else order[::-1]:
                    runs[label].append(hammer(port, endpoint_paths, per_round, args.concurrency))
            p, b = summary(runs["product"]), summary(runs["bare"])
            out[name] = {
                "product": p,
                "bare": b,
                "throughput_ratio": round(p["rps"] / b["rps"], 3) if b["rps"] else None,
                "p99_ratio": round(p["p99_ms"] / b["p99_ms"], 3) if b["p99_ms"] else None,
            }
    return out


def main() -> None:
    """Run the API load comparison and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es", default="http://127.0.0.1:9200")
    parser.add_argument("--index", default="bench-10k", help="index base name (built if empty)")
    parser.add_argument("--quotes", type=int, default=10_000, help="quotes to generate if the index is empty")
    parser.add_argument("--requests", type=int, default=1500, help="requests per endpoint per server")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    data = build_elastic(args.es, args.index, args.quotes)
    env = {"QUOTES_ELASTICSEARCH_URL": args.es, "QUOTES_ELASTICSEARCH_INDEX": args.index}
    results = compare(env, args)
    settings = {k: getattr(args, k) for k in ("requests", "rounds", "concurrency", "workers", "threads")}
    targets = {"throughput_ratio_min": 0.7, "p99_ratio_max": 2.0}
    print(
        json.dumps({"data": data, "settings": settings, "targets": targets, "endpoints": results}, indent=2)
    )


if __name__ == "__main__":
    main()
