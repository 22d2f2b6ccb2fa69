"""Soak: `quotes serve` (gunicorn as shipped) on loopback at a sustained request rate for a fixed time.

A bounded, paced loop: request i is due at start + i / rate and is sent by whichever of the
client threads is free; nothing is sent after the duration ends. Any status other than 200/304,
or any connection error, is an error. Prints one JSON object: the target and reached rates,
the error count, statuses and latency percentiles.

Run: .venv/bin/python -m bench.load_soak [--rate 200] [--seconds 60] [--elasticsearch URL]
(without --elasticsearch the seeds are loaded into a temporary SQLite store.)
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
QUOTES = str(Path(sys.executable).parent / "quotes")
PATHS = [
    "/quotes?limit=10",
    "/quotes?q=said&limit=5",
    "/quotes/search?q=government",
    "/speakers?limit=10",
    "/sources",
    "/statements",
    "/facets",
    "/healthz",
]


def free_port() -> int:
    """Return a TCP port free on loopback now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def soak(port: int, rate: float, seconds: float, threads: int) -> dict[str, Any]:
    """Send requests due at `rate` per second for `seconds` from `threads` keep-alive clients."""
    total = int(rate * seconds)
    tickets = itertools.count()
    lock = threading.Lock()
    statuses: dict[str, int] = {}
    latencies: list[float] = []
    lag = [0.0]
    start = time.perf_counter() + 0.5

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while (i := next(tickets)) < total:  # itertools.count is atomic under the GIL
            due = start + i / rate
            if (wait := due - time.perf_counter()) > 0:
                time.sleep(wait)
            sent = time.perf_counter()
            try:
                conn.request("GET", PATHS[i % len(PATHS)])
                response = conn.getresponse()
                response.read()
                key = str(response.status)
            except (OSError, http.client.HTTPException) as exc:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                key = type(exc).__name__
            done = time.perf_counter()
            with lock:
                statuses[key] = statuses.get(key, 0) + 1
                latencies.append(done - sent)
                lag[0] = max(lag[0], sent - due)
        conn.close()

    workers = [threading.Thread(target=client) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - start
    ms = sorted(x * 1000 for x in latencies)
    errors = sum(n for key, n in statuses.items() if key not in ("200", "304"))
    return {
        "target_rps": rate,
        "seconds": round(wall, 1),
        "requests": len(ms),
        "reached_rps": round(len(ms) / wall, 1),
        "errors": errors,
        "statuses": dict(sorted(statuses.items())),
        "p50_ms": round(ms[len(ms) // 2], 2) if ms else None,
        "p99_ms": round(ms[int(len(ms) * 0.99)], 2) if ms else None,
        "max_ms": round(ms[-1], 2) if ms else None,
        "max_lag_ms": round(lag[0] * 1000, 1),
    }


def _wait_ready(port: int, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"quotes serve exited with {process.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/readyz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"quotes serve not ready on port {port} within {timeout}s")


def main() -> None:
    """Load the seeds, serve them with gunicorn, soak, print the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second to sustain")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--threads", type=int, default=16, help="client connections")
    parser.add_argument("--elasticsearch", help="serve from this node (a fresh bench-soak-* index)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QUOTES_SQLITE_PATH": str(Path(tmp) / "quotes.db")}
        if args.elasticsearch:
            index = f"bench-soak-{uuid.uuid4().hex[:8]}"
            env |= {"QUOTES_ELASTICSEARCH_URL": args.elasticsearch, "QUOTES_ELASTICSEARCH_INDEX": index}
        subprocess.run([QUOTES, "load", str(ROOT / "seeds")], env=env, check=True, stdout=subprocess.DEVNULL)
        port = free_port()
        server = subprocess.Popen(
            [QUOTES, "serve", "--port", str(port)],
            env=env,
            cwd=ROOT,
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait_ready(port, server)
            report = soak(port, args.rate, args.seconds, args.threads)
        finally:
            os.killpg(server.pid, signal.SIGTERM)  # the gunicorn master and its workers only
            server.wait(timeout=30)
            if args.elasticsearch:
                _drop(args.elasticsearch, env["QUOTES_ELASTICSEARCH_INDEX"])
    report["backend"] = "elasticsearch" if args.elasticsearch else "sqlite"
    print(json.dumps(report))
    sys.exit(1 if report["errors"] else 0)


def _drop(url: str, index: str) -> None:
    from service.store.elastic import ElasticStore

    store = ElasticStore(url, index=index)
    store.drop()
    store.close()


if __name__ == "__main__":
    main()
