"""Build the models shipped in ``src/reliability/data/models`` reproducibly.

    python scripts/train_models.py            # build the shipped models
    python scripts/train_models.py --check    # fail unless a rebuild reproduces them
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
``combine`` object records how the pipeline uses it (on which of the rule's
claims it is consulted, below which probability it withdraws one, and
whether it adds claims the rule rejected). It is chosen here, by
part-grouped cross-validation on the train split over the rules' output
(``choose_claim_combination``; a fold holds whole corpus parts). The rules
run on the training documents, so retrain after changing them. Each
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
import json
import math
import statistics
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, NamedTuple

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
# min_df=2: a feature must occur in two sentences (13,552 claim features).
# min_df=3 halves the claim model at the same CV figures but lost a sentence
# or two on dev (docs/models.md).
SETTINGS = TrainSettings(min_df=2)
#: How the pipeline combines each task's shipped model with the rules
#: (the model file's ``combine`` object; see reliability.models). The claim
#: entry is the default that cross-validation on the corpus replaces when
#: another combination does clearly better (``choose_claim_combination``).
COMBINE: dict[str, dict[str, float]] = {
    "claim": {"consult_below": 0.9, "veto_below": 0.2},
    # Chosen on the dev split after the rules: 0.6 gave boilerplate F1 .895,
    # 0.8 gave .889 at a precision of .98 (a sentence wrongly taken for
    # furniture is lost to every layer, so precision is worth more).
    "boilerplate": {"mark_at_least": 0.8},
}
EFFECT = {
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


LICENCE = (
    "the gold corpus's train split (public domain, CC BY, OGL: per document in "
    "benchmarks/gold/*.sources.csv) and MIT (sentences written and annotated by "
    "the project)"
)


def _effect(task: str, combine: dict[str, float]) -> str:
    """What the model does in the pipeline, in words (the file's ``effect``)."""
    if task != "claim":
        return EFFECT[task]
    consult = combine.get("consult_below", 0.0)
    veto = combine.get("veto_below", 0.0)
    add = combine.get("add_at_least")
    out = [
        f"withdraws the rule's claims (confidence < {consult}) the model gives "
        f"p < {veto}"
        if veto > 0
        else "withdraws no claim",
        "raises the confidence of the others",
        f"adds the claims the rule rejected that it gives p >= {add}"
        if add is not None
        else "never adds a claim",
    ]
    return "; ".join(out)


#: How far a rebuilt number may stray from the shipped one under ``--check``
#: (relative; a tenth of it absolute, for weights near zero). liblinear's
#: arithmetic differs between CPUs in the last bits (about 1e-8 on a
#: coefficient of about 1), so a rebuild on another machine is the same
#: model but not the same bytes; on one machine a rebuild is byte-identical.
CHECK_TOLERANCE = 1e-6


def _same_numbers(a: Any, b: Any) -> bool:
    """Whether two parsed JSON values agree, numbers within ``CHECK_TOLERANCE``."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=CHECK_TOLERANCE, abs_tol=CHECK_TOLERANCE / 10)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_numbers(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(map(_same_numbers, a, b))
    return bool(a == b)


def _same_model(rebuilt: Path, shipped: Path) -> bool:
    """Whether a rebuilt model file reproduces the shipped one (see
    ``CHECK_TOLERANCE``): same fields, terms, texts and choices."""
    if not shipped.exists():
        return False
    if rebuilt.read_bytes() == shipped.read_bytes():
        return True
    return _same_numbers(
        json.loads(rebuilt.read_text(encoding="utf-8")),
        json.loads(shipped.read_text(encoding="utf-8")),
    )


def _build(
    task: str,
    kept: list[GoldSentence],
    combine: dict[str, float] | None,
    *,
    sources: list[str],
) -> SentenceModel:
    """Train ``task``'s model on ``kept`` with its combination with the rules."""
    model = train_model(
        [s.text for s in kept],
        [s.label(task) for s in kept],
        task=task,
        settings=SETTINGS,
        sources=sources,
    )
    data = model.to_json()
    if combine is not None:
        data["combine"] = combine
    return SentenceModel.from_json(data, where=f"{task} model")


def split_documents(path: Path, split: str) -> list[dict[str, Any]]:
    """The gold documents of ``split`` in a gold-corpus folder, in file order."""
    splits = corpus_splits(path)
    out = []
    for f in corpus_files(path):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                if splits.get(doc["id"]) == split:
                    out.append(doc)
    return out


def _claim_combine(
    gold: list[Path],
    split: str,
    held_out: set[str],
    boilerplate: SentenceModel | None,
) -> dict[str, float]:
    """The claim combination chosen by CV on the corpus folders' ``split``.

    Plain gold files (the project's sentences) are trained on in every fold.
    With fewer than ``CV_MIN_DOCUMENTS`` corpus documents, ``COMBINE`` holds.
    """
    docs = [d for p in gold if p.is_dir() for d in split_documents(p, split)]
    if len(docs) < CV_MIN_DOCUMENTS:
        return COMBINE["claim"]
    extra = [s for p in gold if not p.is_dir() for s in gold_sentences(p)]
    return choose_claim_combination(rule_documents(docs, boilerplate), extra, held_out)


# -- choosing how the claim model combines with the claim rule -------------------

#: The combinations cross-validation compares: (consult_below, veto_below,
#: add_at_least). A veto of 0 withdraws nothing; add_at_least None adds nothing.
CLAIM_GRID: tuple[tuple[float, float, float | None], ...] = tuple(
    (consult, veto, add)
    for consult in (0.8, 0.9, 1.0)
    for veto in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
    for add in (None, 0.8, 0.9)
)
#: Part-grouped cross-validation: folds per repeat, and repeats (each repeat
#: deals the corpus parts into folds by a hash of the part and the repeat).
CV_FOLDS, CV_REPEATS = 10, 3
#: Fewer training documents than this: no cross-validation, ``COMBINE`` holds.
CV_MIN_DOCUMENTS = 20
#: The mean claim and unsourced F1 a combination must gain in CV over
#: ``COMBINE`` to replace it (half a point: the spread of the estimate).
CV_MIN_GAIN = 0.005


class RuleSentence(NamedTuple):
    """One body sentence as the rules left it, for the combination's CV."""

    text: str
    claim: bool
    confidence: float
    unsourced: bool  # the rule's unsourced flag, no attribution in the sentence


class CvDocument(NamedTuple):
    """A training document: its id, gold body labels and the rules' sentences."""

    id: str
    gold: list[tuple[str, bool, bool]]  # (text, claim, unsourced) of body sentences
    pred_of_gold: list[int | None]  # each gold body sentence's sentence in ``rows``
    rows: list[RuleSentence]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def rule_documents(
    docs: list[dict[str, Any]], boilerplate: SentenceModel | None
) -> list[CvDocument]:
    """Run the rules (no ``models`` annotator) on gold documents.

    Segmentation uses ``boilerplate`` (the model built in this run) or, when
    None, the packaged one, as the pipeline will. A gold body sentence is
    matched with the predicted sentence that overlaps it most, as the shared
    scorer does; a predicted boilerplate sentence is no claim.
    """
    from reliability import Analyzer
    from reliability.findings import FlagFinding, Layer
    from reliability.segment import split_sentences

    analyzer = Analyzer(disable=["models"])
    pipeline = analyzer.pipeline
    pipeline.segmenter = partial(split_sentences, model=boilerplate or "shipped")
    out = []
    for d in docs:
        text = d["text"]
        found = pipeline.annotate(text)
        sentences = pipeline.assemble(found).sentences
        flags = {
            f.sentence: f.value
            for f in found.findings_on(Layer.UNSOURCED_CLAIM)
            if isinstance(f, FlagFinding)
        }
        rows: list[RuleSentence] = []
        where: dict[int, int] = {}
        for k, s in enumerate(sentences):
            if s.boilerplate:
                continue
            where[k] = len(rows)
            rows.append(
                RuleSentence(
                    text[s.start : s.end],
                    s.claim,
                    s.claim_confidence or 0.0,
                    flags.get(k, False) and not s.attributions,
                )
            )
        gold, pred_of_gold = [], []
        for g in d["sentences"]:
            sent = text[g["start"] : g["end"]].strip()
            if g.get("boilerplate") or not sent:
                continue
            span = (g["start"], g["end"])
            best = max(
                range(len(sentences)),
                key=lambda k: (
                    _overlap(span, (sentences[k].start, sentences[k].end)),
                    -k,
                ),
            )
            has = _overlap(span, (sentences[best].start, sentences[best].end)) > 0
            gold.append((sent, bool(g.get("claim")), bool(g.get("unsourced_claim"))))
            pred_of_gold.append(where.get(best) if has else None)
        out.append(CvDocument(d["id"], gold, pred_of_gold, rows))
    return out


def _fold_of(key: str, repeat: int) -> int:
    digest = hashlib.sha256(f"{repeat}:{key}".encode()).hexdigest()
    return int(digest, 16) % CV_FOLDS


def fold_keys(doc_ids: list[str]) -> list[str]:
    """What deals each document into a fold: its corpus part (the id's prefix).

    A part is one annotator's batch, collected from its own list of
    sources (an outlet can recur across parts, most do not), so a fold of
    whole parts is scored much as the library meets a new publisher, which
    is how it is used and how the test split is built. Folds of single
    documents put pages of one site on both sides, and then say how the
    model does on sites it has seen. Documents of fewer than ``CV_FOLDS``
    parts cannot fill the folds, and are dealt one by one.
    """
    parts = [i.split("-", 1)[0] for i in doc_ids]
    return parts if len(set(parts)) >= CV_FOLDS else list(doc_ids)


def _fold_probabilities(
    docs: list[CvDocument], extra: list[GoldSentence], held_out: set[str], repeat: int
) -> tuple[list[int], list[list[float]]]:
    """Each document's fold and, per sentence, a claim model's out-of-fold p.

    The model of a fold is trained as the shipped one is (``SETTINGS``,
    ``extra`` sentences added, dev and test sentences left out) on the other
    folds' gold body sentences.
    """
    folds = [_fold_of(k, repeat) for k in fold_keys([d.id for d in docs])]
    probs: list[list[float]] = [[] for _ in docs]
    settings = replace(SETTINGS, tune_threshold=False)
    for fold in range(CV_FOLDS):
        pairs = [
            (t, c)
            for d, k in zip(docs, folds, strict=True)
            if k != fold
            for t, c, _ in d.gold
        ]
        pairs += [(s.text, s.claim) for s in extra]
        pairs = [(t, c) for t, c in pairs if t not in held_out]
        model = train_model(
            [t for t, _ in pairs],
            [c for _, c in pairs],
            task="claim",
            settings=settings,
        )
        for i, d in enumerate(docs):
            if folds[i] == fold:
                probs[i] = [model.probability(r.text) for r in d.rows]
    return folds, probs


Combination = tuple[float, float, float | None]


def _decide(row: RuleSentence, p: float, combo: Combination) -> bool:
    """The claim verdict of the rule and model combined as ``combo`` says."""
    consult, veto, add = combo
    if row.claim:
        return not (row.confidence < consult and p < veto)
    return add is not None and p >= add


def _score(
    docs: list[CvDocument], probs: list[list[float]], combo: Combination
) -> tuple[float, float, int]:
    """Claim F1, unsourced-claim F1 (as the shared scorer counts them) and the
    number of rule verdicts ``combo`` changes, over ``docs``."""
    tally = [0] * 6  # claim tp, fp, fn; unsourced tp, fp, fn
    changed = 0
    for d, ps in zip(docs, probs, strict=True):
        decided = [_decide(r, p, combo) for r, p in zip(d.rows, ps, strict=True)]
        changed += sum(x != r.claim for x, r in zip(decided, d.rows, strict=True))
        for (_, gold_claim, gold_unsourced), k in zip(
            d.gold, d.pred_of_gold, strict=True
        ):
            claim = k is not None and decided[k]
            unsourced = claim and k is not None and d.rows[k].unsourced
            for at, gold, pred in (
                (0, gold_claim, claim),
                (3, gold_unsourced, unsourced),
            ):
                tally[at] += gold and pred
                tally[at + 1] += pred and not gold
                tally[at + 2] += gold and not pred
    f1 = [
        2 * tp / (2 * tp + fp + fn) if tp else 0.0
        for tp, fp, fn in (tally[:3], tally[3:])
    ]
    return f1[0], f1[1], changed


def choose_claim_combination(
    docs: list[CvDocument], extra: list[GoldSentence], held_out: set[str]
) -> dict[str, float]:
    """How the claim model should combine with the rule, by part-grouped CV.

    Every combination of ``CLAIM_GRID`` is scored on ``CV_REPEATS``
    part-grouped ``CV_FOLDS``-fold splits of ``docs`` by the mean of
    claim and unsourced-claim F1 (each over the held-out predictions of a
    whole split, then averaged over the splits). The best one replaces the
    default (``COMBINE``) only when it scores at least ``CV_MIN_GAIN`` more:
    smaller differences are within the spread of the estimate (between
    repeats, and between CV and the dev split), and a file that changes with
    every small edit of the rules would chase that noise. Prints the figures.
    """
    scores: dict[Combination, list[tuple[float, float]]] = {c: [] for c in CLAIM_GRID}
    changed = dict.fromkeys(CLAIM_GRID, 0)
    for repeat in range(CV_REPEATS):
        _, probs = _fold_probabilities(docs, extra, held_out, repeat)
        for c in CLAIM_GRID:
            claim, unsourced, n = _score(docs, probs, c)
            scores[c].append((claim, unsourced))
            changed[c] += n

    def mean(c: Combination) -> float:
        return statistics.mean((a + b) / 2 for a, b in scores[c])

    best = max(CLAIM_GRID, key=mean)
    default = COMBINE["claim"]
    incumbent = (default["consult_below"], default["veto_below"], None)
    chosen = best if mean(best) - mean(incumbent) >= CV_MIN_GAIN else incumbent
    print(
        f"claim combination: {len(docs)} documents, {CV_REPEATS} x {CV_FOLDS}-fold "
        "part-grouped CV (F1 of the held-out predictions, mean of the repeats)"
    )
    shown = {"rules": (1.0, 0.0, None), "default": incumbent, "best": best}
    for name, c in {**shown, "chosen": chosen}.items():
        print(
            f"  {name:8s} consult<{c[0]} veto<{c[1]} add>={c[2]}: claim "
            f"{statistics.mean(x for x, _ in scores[c]):.4f}, unsourced "
            f"{statistics.mean(u for _, u in scores[c]):.4f}, "
            f"{changed[c] / CV_REPEATS:.0f} verdicts changed"
        )
    consult, veto, add = chosen
    out = {"consult_below": consult, "veto_below": veto}
    return out if add is None else out | {"add_at_least": add}


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
    # The boilerplate model first: the claim combination is chosen on the
    # sentences it helps to split.
    tasks = sorted(args.task or SHIPPED_TASKS, key=lambda t: t != "boilerplate")
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
    built: dict[str, SentenceModel] = {}
    for task in tasks:
        kept = page if task == "boilerplate" else body
        labels = [s.label(task) for s in kept]
        if not any(labels) or all(labels):
            print(f"{task}: skipped (one class only)")
            continue
        combine = COMBINE.get(task)
        if task == "claim":
            combine = _claim_combine(
                gold, args.split, held_out, built.get("boilerplate")
            )
        model = _build(task, kept, combine, sources=sources)
        model = SentenceModel.from_json(
            model.to_json()
            | {
                "training": model.training
                | {
                    "data_files_sha256": digests,
                    "gold_split": args.split,
                    "licence": LICENCE,
                    "effect": _effect(task, combine or {}),
                }
            },
            where=f"{task} model",
        )
        model.check_reference()
        built[task] = model
        print(
            f"{task}: {sum(labels)} of {len(labels)} positive, "
            f"{len(model.terms)} features -> {save_model(model, tmp)}"
        )
    if args.check:
        bad = [
            f
            for f in [*MODEL_FILES.values(), BOILERPLATE_FILE]
            if (tmp / f).exists() and not _same_model(tmp / f, args.out / f)
        ]
        for f in tmp.glob("*.json"):
            f.unlink()
        tmp.rmdir()
        if bad:
            print(f"differs from the shipped files: {', '.join(bad)}")
            return 1
        print("shipped models reproduced (every number within 1e-6)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
