"""Raise the corpus gate's floors to what the library measures now.

    python scripts/rebase_floors.py           # raise floors only
    python scripts/rebase_floors.py --lower   # also lower them (say why in the commit)

The corpus gate (``tests/test_corpus_gate.py``) holds the figures of
``benchmarks/accuracy.py`` on the gold corpus's train and dev splits at or above
the floors in ``tests/corpus_baseline.json``. Each floor is the measured figure
less 0.01, rounded down to two places. Floors only go up unless ``--lower`` is
given: lowering one is for when the splits themselves changed (new documents),
and the commit must say so. The test split is never gated.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import tempfile
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
BASELINE = REPO / "tests" / "corpus_baseline.json"
GATED = ("train", "dev")


def _accuracy() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "corpus_accuracy", REPO / "benchmarks" / "accuracy.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def floor_of(value: float) -> float:
    """The floor for a measured figure: less 0.01, rounded down to two places."""
    return math.floor(round((value - 0.01) * 100, 6)) / 100


def measure(shared: Path, jobs: int) -> dict[str, dict[str, float]]:
    """Measure every gated split's figures with the accuracy benchmark's steps."""
    accuracy = _accuracy()
    ids = accuracy.split_ids()
    lines = accuracy.gold_lines()
    scorer = shared / "eval" / "score.py"
    out: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for split in GATED:
            chosen = [ln for ln in lines if json.loads(ln)["id"] in ids[split]]
            gold = work / f"{split}.jsonl"
            gold.write_text("\n".join(chosen) + "\n", encoding="utf-8")
            metrics = accuracy.evaluate(gold, scorer, work, jobs, [])
            out[split] = {}
            for key, field in accuracy.ROWS:
                value = metrics[key]
                if isinstance(value, dict):
                    value = value[field or "f1"]
                out[split][key] = float(value)
    return out


def main(argv: list[str] | None = None) -> int:
    """Rewrite the floors and print each change."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lower", action="store_true")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--jobs", type=int, default=2)
    opts = parser.parse_args(argv)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    figures = measure(opts.shared, opts.jobs)
    for split in GATED:
        floors = baseline["floors"][split]
        for key, value in figures[split].items():
            new = floor_of(value)
            old = floors.get(key)
            if old is None or new > old or (opts.lower and new < old):
                print(f"{split} {key}: {old} -> {new} (measured {value:.4f})")
                floors[key] = new
    BASELINE.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
