"""A private Elasticsearch node these tests may stop, kill and restart (never the shared one)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
START_TIMEOUT = 240


def private_port() -> int:
    """Return the port for this session's node: QUOTES_TEST_PRIVATE_ES_PORT, else a free one.

    Each port is its own node with its own data: a free ephemeral port keeps two test sessions
    running at once (and the shared node on 9200) out of each other's way, and stays clear of
    9300-9399, where nodes bind their transport ports.
    """
    if os.environ.get("QUOTES_TEST_PRIVATE_ES_PORT"):
        return int(os.environ["QUOTES_TEST_PRIVATE_ES_PORT"])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PrivateNode:
    """A node started with scripts/es-start on its own port."""

    port: int = field(default_factory=private_port)

    @property
    def url(self) -> str:
        """Return the node's base URL."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def _env(self) -> dict[str, str]:
        return {**os.environ, "ES_PORT": str(self.port), "ES_HEAP": os.environ.get("ES_HEAP", "512m")}

    def start(self) -> None:
        """Start the node (or reuse it if up) and wait until it answers."""
        subprocess.run(
            [str(ROOT / "scripts" / "es-start")],
            env=self._env,
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=START_TIMEOUT,
        )

    def stop(self) -> None:
        """Stop the node gracefully."""
        subprocess.run([str(ROOT / "scripts" / "es-stop")], env=self._env, check=True, timeout=120)

    @property
    def home(self) -> Path:
        """Return the node's directory (data, logs, pidfile)."""
        return Path(os.environ.get("QUOTES_ES_HOME", "/tmp/quotes-es")) / f"node-{self.port}"

    def remove(self) -> None:
        """Stop the node and delete its directory."""
        self.stop()
        shutil.rmtree(self.home, ignore_errors=True)

    def kill(self) -> None:
        """SIGKILL the node's JVM, as a crash would, and wait until the port is closed."""
        os.kill(int((self.home / "elasticsearch.pid").read_text().strip()), signal.SIGKILL)
        deadline = time.monotonic() + 30
        while self.answers() and time.monotonic() < deadline:
            time.sleep(0.2)

    def answers(self) -> bool:
        """Return whether the node answers HTTP at all."""
        try:
            with urllib.request.urlopen(self.url, timeout=2):
                return True
        except urllib.error.HTTPError:
            return True
        except OSError:
            return False

    def count(self, index: str) -> int:
        """Return how many documents `index` (or alias) holds, after a refresh."""
        urllib.request.urlopen(
            urllib.request.Request(f"{self.url}/{index}/_refresh", method="POST"), timeout=30
        )
        with urllib.request.urlopen(f"{self.url}/{index}/_count", timeout=30) as response:
            return int(json.load(response)["count"])
