"""`bench/extract_annotated`: scores folders of annotated articles, each and pooled."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "bench" / "extract_annotated"

ARTICLE = (
    "Bridge to reopen\n\n"
    "Mayor Jane Holt said: “We will rebuild the bridge.”\n\n"
    "“It will take a year,” she added.\n"
)


def _folder(root: Path, name: str, speaker: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    gold = [
        ("bridge.txt", "We will rebuild", speaker, "direct"),
        ("bridge.txt", "It will take", speaker, "direct"),
    ]
    (folder / "gold.py").write_text(f"BLIND_GOLD = {gold!r}\n", encoding="utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False)


def test_scores_each_folder_and_pools_them(tmp_path: Path) -> None:
    right = _folder(tmp_path, "right", "Jane Holt")
    wrong = _folder(tmp_path, "wrong", "Tom Reyes")
    done = _run(str(right), str(wrong), "--errors")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["folders"]["right"]["speaker_accuracy"] == 1.0
    assert report["folders"]["wrong"]["speaker_accuracy"] == 0.0
    assert len(report["folders"]["wrong"]["wrong_speakers"]) == 2
    pooled = report["pooled"]
    assert (pooled["gold"], pooled["matched"], pooled["direct_f1"]) == (4, 4, 1.0)
    assert pooled["speaker_accuracy"] == 0.5


def test_a_folder_without_gold_is_named_in_the_error(tmp_path: Path) -> None:
    bare = tmp_path / "bare"
    bare.mkdir()
    done = _run(str(bare))
    assert done.returncode == 2
    assert "bare: no gold.py" in done.stderr
