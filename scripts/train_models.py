"""Build the models shipped in ``src/reliability/data/models`` reproducibly.

    python scripts/train_models.py                 # licence verdicts; what would ship
    python scripts/train_models.py --gold FILE.jsonl [--gold ...] [--check]

A shipped model is derived from its training data, so only data whose licence
allows that (and allows the result to ship under the package's MIT licence)
may train one. The verdict on every public sentence-level data set the
project has is recorded in ``VERDICTS`` (from each ``shared/data/*/SOURCE.md``)
and explained in ``docs/models.md``. Today none qualifies, so no model ships.

``--gold`` takes annotations in the gold format (ANNOTATION.md) that the
project itself owns, e.g. sentences written by the project and annotated by
it. Every sentence of the public-gold test files (WikiWeasel, PolNeAR) is
removed from training, matched by text. Training is deterministic (fixed
folds, liblinear), so running the script twice writes identical files;
``--check`` retrains and fails if the shipped files differ.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reliability.models import MODEL_FILES, TASKS
from reliability.training import TrainSettings, gold_sentences, save_model, train_model

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "reliability" / "data" / "models"
PUBLIC_GOLD = ROOT.parent / "shared" / "public-gold"
#: Test data: never trained on (issue 7).
TEST_FILES = ("wikiweasel.jsonl", "wikiweasel_all_cues.jsonl", "polnear.jsonl")
SETTINGS = TrainSettings()

#: data set -> (licence as stated in its SOURCE.md, may it train a shipped model?)
VERDICTS: dict[str, tuple[str, bool]] = {
    "szeged-uncertainty-wikiweasel": ("not stated; research use (Univ. Szeged)", False),
    "conll2010-wikipedia-sample": ("'personal use' only (clips/pattern)", False),
    "babe-media-bias": ("AGPL-3.0; 'do not bundle it into a shipped package'", False),
    "mbic-media-bias": ("AGPL-3.0 in this copy; internal evaluation only", False),
    "claimbuster": ("GPL-3.0 repo; Zenodo licence not verified", False),
    "checkthat-english": ("'free for general research use'", False),
    "polnear-attribution": ("none stated; copyrighted news; research use", False),
}


def _test_sentences() -> set[str]:
    out: set[str] = set()
    for name in TEST_FILES:
        path = PUBLIC_GOLD / name
        if path.exists():
            out |= {s.text for s in gold_sentences(path)}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--gold",
        action="append",
        default=[],
        type=Path,
        help="project-owned annotations in the gold format",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument(
        "--check",
        action="store_true",
        help="retrain and compare with the files in --out",
    )
    args = ap.parse_args(argv)
    for name, (licence, ok) in VERDICTS.items():
        print(f"{name:32s} {'may train' if ok else 'benchmark only':15s} {licence}")
    if not args.gold:
        shipped = (
            sorted(p.name for p in args.out.glob("*.json")) if args.out.is_dir() else []
        )
        print(
            "\nno licence-cleared sentence data given (--gold): no model is built. "
            f"Shipped now: {', '.join(shipped) or 'none'}"
        )
        return 0
    held_out = _test_sentences()
    sentences = [s for path in args.gold for s in gold_sentences(path)]
    kept = [s for s in sentences if s.text not in held_out]
    print(
        f"\n{len(sentences)} sentences, "
        f"{len(sentences) - len(kept)} removed as test data"
    )
    tmp = args.out.with_name(args.out.name + ".check") if args.check else args.out
    for task in TASKS:
        labels = [s.label(task) for s in kept]
        if not any(labels) or all(labels):
            print(f"{task}: skipped (one class only)")
            continue
        model = train_model(
            [s.text for s in kept],
            labels,
            task=task,
            settings=SETTINGS,
            sources=[p.name for p in args.gold],
        )
        print(f"{task}: {save_model(model, tmp)}")
    if args.check:
        bad = [
            f
            for f in MODEL_FILES.values()
            if (tmp / f).exists()
            and (tmp / f).read_bytes() != (args.out / f).read_bytes()
        ]
        for f in tmp.glob("*.json"):
            f.unlink()
        tmp.rmdir()
        if bad:
            print(f"differs from the shipped files: {', '.join(bad)}")
            return 1
        print("shipped models reproduced byte for byte")
    return 0


if __name__ == "__main__":
    sys.exit(main())
