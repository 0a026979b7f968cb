"""Build the models shipped in ``src/reliability/data/models`` reproducibly.

    python scripts/train_models.py            # build the shipped models
    python scripts/train_models.py --check    # fail unless a rebuild is byte-identical
    python scripts/train_models.py --gold FILE.jsonl [--gold ...] [--task ...]

A shipped model is derived from its training data, so only data whose licence
allows that (and allows the result to ship under the package's MIT licence)
may train one. The verdict on every public sentence-level data set the
project has is recorded in ``VERDICTS`` (from each ``shared/data/*/SOURCE.md``)
and explained in ``docs/models.md``. None qualifies, so the shipped models are
trained only on ``scripts/training_data/news_sentences.jsonl``: sentences the
project wrote and annotated itself, under its own MIT licence.

``--gold`` (default: that file) takes annotations in the gold format
(ANNOTATION.md) that the project itself owns. Only the claim model ships by
default: hedge and loaded models trained on this data did worse than the rules
in cross-validation (``docs/models.md``); ``--task`` builds them anyway. Each
model file records the data file's SHA-256, its licence and the model's
effect in the pipeline (``confidence-only``). Every sentence of the
public-gold test files (WikiWeasel, PolNeAR) is removed from training,
matched by text. Training is deterministic (fixed folds, liblinear), so
running the script twice writes identical files;
``--check`` retrains and fails if the shipped files differ.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from reliability.models import MODEL_FILES, TASKS, SentenceModel
from reliability.training import TrainSettings, gold_sentences, save_model, train_model

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "reliability" / "data" / "models"
PUBLIC_GOLD = ROOT.parent / "shared" / "public-gold"
#: Test data: never trained on (issue 7).
TEST_FILES = ("wikiweasel.jsonl", "wikiweasel_all_cues.jsonl", "polnear.jsonl")
#: The project-written, MIT-licensed training sentences (scripts/training_data).
DATA = ROOT / "scripts" / "training_data" / "news_sentences.jsonl"
#: Tasks whose models ship (see the module docstring).
SHIPPED_TASKS = ("claim",)
# min_df=2 keeps a model near 120 KB (about 2,000 features).
SETTINGS = TrainSettings(min_df=2)

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
        help=f"project-owned annotations in the gold format (default {DATA.name})",
    )
    ap.add_argument(
        "--task",
        action="append",
        choices=TASKS,
        help=f"task to build (repeatable; default {', '.join(SHIPPED_TASKS)})",
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
    print(f"{'project-written (' + DATA.name + ')':32s} {'may train':15s} MIT")
    gold = args.gold or [DATA]
    tasks = args.task or list(SHIPPED_TASKS)
    held_out = _test_sentences()
    sentences = [s for path in gold for s in gold_sentences(path)]
    kept = [s for s in sentences if s.text not in held_out]
    print(
        f"\n{len(sentences)} sentences, "
        f"{len(sentences) - len(kept)} removed as test data"
    )
    tmp = args.out.with_name(args.out.name + ".check") if args.check else args.out
    files = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(gold)}
    for task in tasks:
        labels = [s.label(task) for s in kept]
        if not any(labels) or all(labels):
            print(f"{task}: skipped (one class only)")
            continue
        model = train_model(
            [s.text for s in kept],
            labels,
            task=task,
            settings=SETTINGS,
            sources=[p.name for p in gold],
        )
        data = model.to_json()
        data["training"] |= {
            "data_files_sha256": files,
            "licence": "MIT (sentences written and annotated by the project)",
            "effect": "confidence-only: raises the confidence of the rules' "
            + ("claims" if task == "claim" else "cues"),
        }
        model = SentenceModel.from_json(data, where=f"{task} model")
        model.check_reference()
        print(
            f"{task}: {sum(labels)} of {len(labels)} positive, "
            f"{len(model.terms)} features -> {save_model(model, tmp)}"
        )
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
