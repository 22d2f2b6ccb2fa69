"""Scale: the API's queries at 10k and 1M quotes, on Elasticsearch and on the SQLite store.

Each data set is generated records (bench/records.py, same seed at every size), written once
outside the repository and reused; `quotes serve` is started on each in turn and the same
bounded load runs against `GET /quotes?speaker=`, `GET /quotes/search?q=` and `GET /facets`.
Target: on Elasticsearch, p95 at 1M <= 2x p95 at 10k.

Run: .venv/bin/python -m bench.scale --es http://127.0.0.1:9260 [--sizes 10000 1000000]
     [--sqlite-sizes 10000 100000 1000000] [--requests 600] [--concurrency 4] [--seconds 40]
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from bench.api import top_speakers, workload
from bench.datasets import DATA, build_elastic, build_sqlite
from bench.http_load import hammer, product_server, summary


def label(n: int) -> str:
    """Return a short size label: 10k, 1m."""
    return f"{n // 1_000_000}m" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


def clear_request_cache(url: str, index: str) -> None:
    """Empty Elasticsearch's shard request cache, which answers a repeated aggregation by itself."""
    from elasticsearch import Elasticsearch

    with Elasticsearch(url) as es:
        es.indices.clear_cache(index=f"{index}*", request=True)


def measure(env: dict[str, str], args: argparse.Namespace) -> dict[str, Any]:
    """Serve one data set and load each endpoint; return the figures per endpoint."""
    out: dict[str, Any] = {}
    with product_server(env, args.workers, args.threads) as port:
        if env.get("QUOTES_ELASTICSEARCH_URL"):
            clear_request_cache(env["QUOTES_ELASTICSEARCH_URL"], env["QUOTES_ELASTICSEARCH_INDEX"])
        cold = summary([hammer(port, ["/facets"], 1, 1, args.seconds)])  # the first, uncached aggregation
        out["facets_first_request_ms"] = cold["p50_ms"]
        for name, paths in workload(top_speakers(port)).items():
            hammer(port, paths, args.warmup, args.concurrency, args.seconds / 4)
            out[name] = summary([hammer(port, paths, args.requests, args.concurrency, args.seconds)])
    return out


def main() -> None:
    """Build (once) and measure each data set; print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es", default="http://127.0.0.1:9200")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 1_000_000])
    parser.add_argument("--sqlite-sizes", type=int, nargs="*", default=[10_000, 1_000_000])
    parser.add_argument("--requests", type=int, default=600, help="requests per endpoint per data set")
    parser.add_argument("--warmup", type=int, default=60)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=40.0, help="time cap per endpoint per data set")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    results: dict[str, Any] = {
        "note": "records generated directly (no text extraction); see bench/records.py"
    }
    for n in args.sizes:
        index = f"bench-{label(n)}"
        data = build_elastic(args.es, index, n)
        env = {"QUOTES_ELASTICSEARCH_URL": args.es, "QUOTES_ELASTICSEARCH_INDEX": index}
        results[f"elasticsearch_{label(n)}"] = {"data": data, "endpoints": measure(env, args)}
    for n in args.sqlite_sizes:
        path = DATA / f"sqlite-{label(n)}.db"
        data = build_sqlite(path, n)
        data["bytes"] = path.stat().st_size
        env = {"QUOTES_ELASTICSEARCH_URL": "", "QUOTES_SQLITE_PATH": str(path)}
        results[f"sqlite_{label(n)}"] = {"data": data, "endpoints": measure(env, args)}
    small, big = (f"elasticsearch_{label(n)}" for n in (min(args.sizes), max(args.sizes)))
    if small != big and small in results and big in results:
        results["p95_growth_elasticsearch"] = {
            name: round(
                results[big]["endpoints"][name]["p95_ms"] / results[small]["endpoints"][name]["p95_ms"], 2
            )
            for name, figures in results[small]["endpoints"].items()
            if isinstance(figures, dict)
        }
        results["target_p95_growth_max"] = 2.0
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
