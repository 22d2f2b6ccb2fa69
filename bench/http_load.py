"""A bounded HTTP load client for loopback, and servers started for one benchmark run.

The client sends a fixed number of GETs from a fixed number of threads, each with its own
keep-alive connection, and reports requests/s and latency percentiles.
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


def free_port() -> int:
    """Return a TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(sorted_values: Sequence[float], p: float) -> float:
    """Return the p-th percentile (nearest rank) of already sorted values."""
    if not sorted_values:
        return 0.0
    rank = max(0, min(len(sorted_values) - 1, round(p / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


def hammer(
    port: int, paths: Sequence[str], requests: int, concurrency: int, seconds: float = 60.0
) -> dict[str, Any]:
    """Send `requests` GETs cycling through `paths` from `concurrency` threads; return the figures.

    No request starts after `seconds`, so a slow server bounds the run by time, not by count.
    """
    counter = itertools.count()
    deadline = time.monotonic() + seconds
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sizes: list[int] = []

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        try:
            while True:
                with lock:
                    i = next(counter)
                if i >= requests or time.monotonic() > deadline:
                    break
                started = time.perf_counter()
                try:
                    conn.request("GET", paths[i % len(paths)])
                    response = conn.getresponse()
                    body = response.read()
                    status = response.status
                except (OSError, http.client.HTTPException):
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                    status, body = 0, b""
                mine.append(time.perf_counter() - started)
                with lock:
                    statuses[status] = statuses.get(status, 0) + 1
                    sizes.append(len(body))
        finally:
            conn.close()
            with lock:
                latencies.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    return {"latencies": latencies, "wall": wall, "statuses": statuses, "sizes": sizes}


def summary(runs: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Return requests/s and latency percentiles over one or more `hammer` runs."""
    ms = sorted(x * 1000 for run in runs for x in run["latencies"])
    wall = sum(run["wall"] for run in runs)
    statuses: dict[int, int] = {}
    for run in runs:
        for status, n in run["statuses"].items():
            statuses[status] = statuses.get(status, 0) + n
    sizes = [n for run in runs for n in run["sizes"]]
    return {
        "requests": len(ms),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "rps": round(len(ms) / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(ms, 50), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "p99_ms": round(percentile(ms, 99), 2),
        "mean_bytes": round(sum(sizes) / len(sizes)) if sizes else 0,
    }


def get_json(port: int, path: str) -> Any:
    """Return the JSON body of one GET on loopback."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())
    finally:
        conn.close()


def _wait_ready(port: int, path: str, proc: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", path)
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server on port {port} not ready within {timeout}s")


@contextmanager
def server(argv: list[str], env: dict[str, str], port: int, ready_path: str) -> Iterator[int]:
    """Run a server command until the block ends; yield its port once it answers `ready_path`."""
    full_env = {
        **os.environ,
        **env,
        # A PYTHONPATH given first (e.g. an older checkout, for before/after figures), then this tree.
        "PYTHONPATH": os.pathsep.join(filter(None, [os.environ.get("PYTHONPATH"), str(ROOT)])),
    }
    proc = subprocess.Popen(
        argv,
        env=full_env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_ready(port, ready_path, proc)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # gunicorn's master and its workers, nothing else
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def _sizing(workers: int, threads: int) -> list[str]:
    return ["--workers", str(workers), "--threads", str(threads)]


def product_server(env: dict[str, str], workers: int, threads: int) -> Any:
    """Return the `quotes serve` server context for a fresh port."""
    port = free_port()
    argv = [str(VENV_BIN / "quotes"), "serve", "--port", str(port), *_sizing(workers, threads)]
    return server(argv, env, port, "/quotes?limit=1")


def bare_server(env: dict[str, str], workers: int, threads: int) -> Any:
    """Return the bare Flask endpoint's server context (same gunicorn settings) for a fresh port."""
    port = free_port()
    argv = [sys.executable, "-m", "bench.bare", "--port", str(port), *_sizing(workers, threads)]
    return server(argv, env, port, "/quotes?limit=1")
