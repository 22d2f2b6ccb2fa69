"""No secrets in the repository: every tracked file is searched for key and token shapes."""

from __future__ import annotations

import re
import subprocess

from tests.hardening.conftest import ROOT

# Shapes of real credentials; built from parts so this file does not match itself.
PATTERNS = {
    "private key": re.compile("-----BEGIN " + r"(?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY"),
    "AWS access key": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "GitHub token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}"),
    "Slack token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}"),
    "Google API key": re.compile(r"\bAIza[0-9A-Za-z_-]{35}\b"),
    "Stripe key": re.compile(r"\b[sr]k_live_[0-9A-Za-z]{16,}"),
    "Elastic API key header": re.compile(r"(?i)authorization:\s*apikey\s+[A-Za-z0-9+/=]{20,}"),
    "password in a URL": re.compile(r"\b[a-z][a-z0-9+.-]*://[^/\s:@'\"]+:[^/\s@'\"$]{3,}@"),
    "assigned secret": re.compile(
        r"(?i)\b(?:password|passwd|secret|api_?key|access_?token|auth_?token)\b\s*[:=]\s*['\"][^'\"\s]{8,}['\"]"
    ),
}


def _tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in out.decode().split("\0") if name]


def test_no_tracked_file_holds_a_private_key_or_token() -> None:
    files = _tracked_files()
    assert len(files) > 20  # the search really ran over the repository
    found = []
    for name in files:
        path = ROOT / name
        if not path.is_file():
            continue  # deleted in the working tree
        text = path.read_bytes().decode("utf-8", errors="replace")
        found += [f"{name}: {kind}" for kind, pattern in PATTERNS.items() if pattern.search(text)]
    assert not found


def test_the_patterns_catch_what_they_are_for() -> None:
    samples = {
        "private key": "-----BEGIN " + "RSA PRIVATE KEY-----",
        "AWS access key": "AKIA" + "ABCDEFGHIJKLMNOP",
        "GitHub token": "ghp_" + "a" * 36,
        "password in a URL": "https://elastic:" + "hunter22@es.example:9200",
        "assigned secret": 'api_key = "' + "s3cr3tvalue" + '"',
    }
    for kind, sample in samples.items():
        assert PATTERNS[kind].search(sample), kind
