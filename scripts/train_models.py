"""Build the models shipped in ``src/reliability/data/models`` reproducibly.

    python scripts/train_models.py            # build the shipped models
    python scripts/train_models.py --check    # fail unless a rebuild is byte-identical
    python scripts/train_models.py --gold PATH [--gold ...] [--task ...] --out DIR

A shipped model is derived from its training data, so only data whose licence
allows that (and allows the result to ship under the package's MIT licence)
may train one. The verdict on every public sentence-level data set the
project has is recorded in ``VERDICTS`` (from each ``shared/data/*/SOURCE.md``)
and explained in ``docs/models.md``. None qualifies. The shipped models are
trained on the project's own data:

* the **train split** of the project's gold corpus (``benchmarks/gold``:
  public domain, CC BY and OGL news pages annotated by the project; the split
  is the ``split`` column of its ``*.sources.csv`` files). Its dev and test
  splits are never trained on: every sentence of theirs is removed from the
  training data, matched by text;
* ``scripts/training_data/news_sentences.jsonl``: sentences the project
  wrote and annotated itself (MIT).

``--gold`` takes a gold JSONL file or a gold-corpus folder (its ``*.jsonl``
files, ``*.pending.jsonl`` skipped, restricted to the documents of
``--split``). The claim and boilerplate models ship: hedge and loaded models
did worse than the rules on the corpus's dev split (``docs/models.md``);
``--task`` builds them anyway. The boilerplate model learns from every
sentence of the train split, furniture included, and is consulted by the
segmenter (``reliability.segment``), not by the ``models`` annotator; its
``combine`` object holds the probability at which it marks a sentence the
rules left in the body (chosen on the dev split). The claim model's
``combine`` object records how the pipeline uses it (consulted on the rule's
claims below confidence 0.9, withdrawing those it gives a probability below
0.2), chosen by document-level cross-validation on the train split. Each
model file records the SHA-256 of every file read, the split and the
licences. Every sentence of the public-gold test files (WikiWeasel,
PolNeAR) is removed from training too.
Training is deterministic (fixed folds, liblinear), so running the script
twice writes identical files; ``--check`` retrains and fails if the shipped
files differ.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from functools import partial
from pathlib import Path

from reliability.models import BOILERPLATE_FILE, MODEL_FILES, MODEL_TASKS, SentenceModel
from reliability.training import (
    GoldSentence,
    TrainSettings,
    gold_sentences,
    save_model,
    train_model,
)

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "reliability" / "data" / "models"
PUBLIC_GOLD = ROOT.parent / "shared" / "public-gold"
#: Test data: never trained on (issue 7).
TEST_FILES = ("wikiweasel.jsonl", "wikiweasel_all_cues.jsonl", "polnear.jsonl")
#: The project's gold corpus (licensed news pages with train/dev/test splits).
CORPUS = ROOT / "benchmarks" / "gold"
#: The project-written, MIT-licensed training sentences (scripts/training_data).
DATA = ROOT / "scripts" / "training_data" / "news_sentences.jsonl"
#: Tasks whose models ship (see the module docstring).
SHIPPED_TASKS = ("claim", "boilerplate")
# min_df=2 keeps a model near 200 KB (about 4,000 features).
SETTINGS = TrainSettings(min_df=2)
#: How the pipeline combines each task's shipped model with the rules
#: (the model file's ``combine`` object; see reliability.models).
COMBINE: dict[str, dict[str, float]] = {
    "claim": {"consult_below": 0.9, "veto_below": 0.2},
    # Chosen on the dev split after the rules: 0.6 gave boilerplate F1 .895,
    # 0.8 gave .889 at a precision of .98 (a sentence wrongly taken for
    # furniture is lost to every layer, so precision is worth more).
    "boilerplate": {"mark_at_least": 0.8},
}
EFFECT = {
    "claim": "withdraws the rule's claims (confidence < 0.9) the model gives "
    "p < 0.2; raises the confidence of the others; never adds a claim",
    "hedge": "confidence-only: raises the confidence of the rules' cues",
    "loaded": "confidence-only: raises the confidence of the rules' cues",
    "boilerplate": "the segmenter marks as boilerplate the short sentences the "
    "rules left in the body that the model gives p >= 0.8; never unmarks one",
}

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


def _name(path: Path) -> str:
    """``path`` relative to the repository when it lies inside it."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def corpus_splits(folder: Path) -> dict[str, str]:
    """Map every document id of a gold-corpus folder to its split."""
    out: dict[str, str] = {}
    for path in sorted(folder.glob("*.sources.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                out[row["id"]] = row["split"]
    return out


def corpus_files(folder: Path) -> list[Path]:
    """The annotated gold files of a gold-corpus folder (pending ones skipped)."""
    return [
        p
        for p in sorted(folder.glob("*.jsonl"))
        if not p.name.endswith(".pending.jsonl")
    ]


def read_gold(
    path: Path, split: str, *, with_boilerplate: bool = False
) -> tuple[list[GoldSentence], list[Path], list[GoldSentence]]:
    """Sentences to train on from ``path``, the files read, and held-out sentences.

    A folder is a gold corpus: its documents of ``split`` are trained on, the
    others' sentences are returned as held out. A file is read whole.
    ``with_boilerplate`` also reads the boilerplate sentences (the
    ``boilerplate`` task's examples).
    """
    read = partial(gold_sentences, with_boilerplate=with_boilerplate)
    if not path.is_dir():
        return read(path), [path], []
    splits = corpus_splits(path)
    train = {i for i, s in splits.items() if s == split}
    other = set(splits) - train
    files = corpus_files(path)
    kept = [s for f in files for s in read(f, ids=train)]
    held = [s for f in files for s in read(f, ids=other)]
    return kept, [*files, *sorted(path.glob("*.sources.csv"))], held


def _test_sentences() -> set[str]:
    out: set[str] = set()
    for name in TEST_FILES:
        path = PUBLIC_GOLD / name
        if path.exists():
            out |= {s.text for s in gold_sentences(path)}
    return out


def main(argv: list[str] | None = None) -> int:
    """Train the shipped models (or those asked for) and write or check them."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--gold",
        action="append",
        default=[],
        type=Path,
        help="project-owned annotations: a gold JSONL file or a gold-corpus "
        f"folder (default: {_name(CORPUS)} and {_name(DATA)})",
    )
    ap.add_argument(
        "--split",
        default="train",
        help="the gold-corpus split to train on (default %(default)s)",
    )
    ap.add_argument(
        "--task",
        action="append",
        choices=MODEL_TASKS,
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
    print(f"{'gold corpus (' + _name(CORPUS) + ')':32s} {'may train':15s} ", end="")
    print("public domain, CC BY, OGL (per document: *.sources.csv)")
    print(f"{'project-written (' + DATA.name + ')':32s} {'may train':15s} MIT")
    gold = args.gold or [CORPUS, DATA]
    tasks = args.task or list(SHIPPED_TASKS)
    held_out = _test_sentences()
    sentences: list[GoldSentence] = []
    files: list[Path] = []
    for path in gold:
        kept, read, held = read_gold(path, args.split)
        sentences += kept
        files += read
        held_out |= {s.text for s in held}
    kept = [s for s in sentences if s.text not in held_out]
    print(
        f"\n{len(sentences)} sentences, "
        f"{len(sentences) - len(kept)} removed as dev or test data"
    )
    body = kept
    # The boilerplate task reads every sentence, furniture included.
    page: list[GoldSentence] = []
    if "boilerplate" in tasks:
        page_held = set(held_out)
        for path in gold:
            got, _, held = read_gold(path, args.split, with_boilerplate=True)
            page += got
            page_held |= {s.text for s in held}
        page = [s for s in page if s.text not in page_held]
    tmp = args.out.with_name(args.out.name + ".check") if args.check else args.out
    digests = {_name(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    sources = [_name(p) for p in gold]
    for task in tasks:
        kept = page if task == "boilerplate" else body
        labels = [s.label(task) for s in kept]
        if not any(labels) or all(labels):
            print(f"{task}: skipped (one class only)")
            continue
        model = train_model(
            [s.text for s in kept],
            labels,
            task=task,
            settings=SETTINGS,
            sources=sources,
        )
        data = model.to_json()
        if task in COMBINE:
            data["combine"] = COMBINE[task]
        data["training"] |= {
            "data_files_sha256": digests,
            "gold_split": args.split,
            "licence": "the gold corpus's train split (public domain, CC BY, OGL: "
            "per document in benchmarks/gold/*.sources.csv) and MIT "
            "(sentences written and annotated by the project)",
            "effect": EFFECT[task],
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
            for f in [*MODEL_FILES.values(), BOILERPLATE_FILE]
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
