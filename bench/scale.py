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
from contextlib import ExitStack
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


def measure(envs: dict[str, dict[str, str]], args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    """Serve every data set at once and load each endpoint on each, alternating rounds; return figures.

    Running the sizes side by side, round after round, lets drift on a shared machine fall on
    every size alike, so the ratios between sizes hold even when absolute times move.
    """
    out: dict[str, dict[str, Any]] = {name: {} for name in envs}
    with ExitStack() as stack:
        ports = {
            name: stack.enter_context(product_server(env, args.workers, args.threads))
            for name, env in envs.items()
        }
        speakers = top_speakers(next(iter(ports.values())))  # same seed: the same people at every size
        for endpoint, paths in workload(speakers).items():
            for port in ports.values():
                hammer(port, paths, args.warmup, args.concurrency, args.seconds / 4)
            if endpoint == "facets":
                for name, port in ports.items():
                    es = envs[name].get("QUOTES_ELASTICSEARCH_URL")
                    if es:
                        clear_request_cache(es, envs[name]["QUOTES_ELASTICSEARCH_INDEX"])
                    cold = summary([hammer(port, ["/facets"], 1, 1, args.seconds)])
                    out[name]["facets_first_uncached_ms"] = cold["p50_ms"]
            runs: dict[str, list[dict[str, Any]]] = {name: [] for name in ports}
            order = list(ports.items())
            for round_no in range(args.rounds):
                for name, port in order if round_no % 2 == 0 else order[::-1]:
                    n, cap = args.requests // args.rounds, args.seconds / args.rounds
                    runs[name].append(hammer(port, paths, n, args.concurrency, cap))
            for name in ports:
                out[name][endpoint] = summary(runs[name])
    return out


def main() -> None:
    """Build (once) and measure each data set; print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--es", default="http://127.0.0.1:9200")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 1_000_000])
    parser.add_argument("--sqlite-sizes", type=int, nargs="*", default=[10_000, 1_000_000])
    parser.add_argument("--requests", type=int, default=600, help="requests per endpoint per data set")
    parser.add_argument("--warmup", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=40.0, help="time cap per endpoint per data set")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()
    results: dict[str, Any] = {
        "note": "records generated directly (no text extraction); see bench/records.py"
    }
    envs: dict[str, dict[str, str]] = {}
    for n in args.sizes:
        index = f"bench-{label(n)}"
        results[f"elasticsearch_{label(n)}"] = {"data": build_elastic(args.es, index, n)}
        envs[f"elasticsearch_{label(n)}"] = {
            "QUOTES_ELASTICSEARCH_URL": args.es,
            "QUOTES_ELASTICSEARCH_INDEX": index,
        }
    for name, figures in measure(envs, args).items():
        results[name]["endpoints"] = figures
    envs = {}
    for n in args.sqlite_sizes:
        path = DATA / f"sqlite-{label(n)}.db"
        data = build_sqlite(path, n)
        data["bytes"] = path.stat().st_size
        results[f"sqlite_{label(n)}"] = {"data": data}
        envs[f"sqlite_{label(n)}"] = {"QUOTES_ELASTICSEARCH_URL": "", "QUOTES_SQLITE_PATH": str(path)}
    for name, figures in (measure(envs, args) if envs else {}).items():  # --sqlite-sizes with none: skip
        results[name]["endpoints"] = figures
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
