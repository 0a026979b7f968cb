"""Shared fixtures: the seeds, the gold set and a default analyzer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
GOLD = SHARED / "gold" / "seeds.jsonl"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def analyzer():
    import reliability

    return reliability.Analyzer()


@pytest.fixture(scope="session")
def gold_docs():
    if not GOLD.exists():
        pytest.skip("shared gold set not present beside the project")
    return [
        json.loads(line)
        for line in GOLD.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
