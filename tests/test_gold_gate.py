"""The seeds gold gate: the shared scorer's figures must stay at or above the floors.

The real command (`python -m reliability score`) writes predictions for the
stripped gold input; the project's shared scorer compares them with the gold.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import GOLD, SCORER

BASELINE = json.loads((Path(__file__).parent / "gold_baseline.json").read_text())


@pytest.fixture(scope="module")
def metrics(tmp_path_factory):
    if not (GOLD.exists() and SCORER.exists()):
        pytest.skip("shared gold set and scorer not present beside the project")
    tmp = tmp_path_factory.mktemp("gold")
    stripped = subprocess.run(
        [sys.executable, str(SCORER), "--strip", str(GOLD)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    (tmp / "in.jsonl").write_text(stripped, encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "reliability",
            "score",
            str(tmp / "in.jsonl"),
            "-o",
            str(tmp / "out.jsonl"),
            "--quiet",
        ],
        check=True,
    )
    out = subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(tmp / "out.jsonl"), "--json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def test_gold_gate_gold_file_is_the_pinned_one():
    if not GOLD.exists():
        pytest.skip("shared gold set not present")
    assert hashlib.sha256(GOLD.read_bytes()).hexdigest() == BASELINE["gold_sha256"]


@pytest.mark.parametrize("metric", sorted(BASELINE["floors"]))
def test_gold_gate_metric_at_or_above_floor(metrics, metric):
    value = metrics[metric]
    value = value["f1"] if isinstance(value, dict) else value
    assert value is not None and value >= BASELINE["floors"][metric], (
        f"{metric} = {value} is below the floor {BASELINE['floors'][metric]}"
    )


def test_gold_gate_every_document_scored(metrics):
    assert metrics["missing_documents"] == []
