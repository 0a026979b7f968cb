"""Compare the sentence models with the rules on a split of the gold corpus.

    python scripts/compare_models.py                  # dev split (choosing)
    python scripts/compare_models.py --split test     # once, at the end
    python scripts/compare_models.py --cv             # claim combinations, train CV
    python scripts/compare_models.py --part-cv        # learned unsourced flag and
                                                      # claim settings, by part

Every candidate is trained in memory on the **train** split of
``benchmarks/gold`` and the project's sentences (``scripts/training_data``),
as ``scripts/train_models.py`` does, and scored with the shared scorer
(``../shared/eval/score.py``) on the chosen split, beside the rules
(``--disable models``) and the shipped models (the default pipeline):

* claim: the shipped combination (withdraw the rule's claims below
  confidence 0.9 that the model gives p < 0.2), the model alone, and the
  model adding claims (p >= 0.7);
* hedge and loaded: the model re-weighting the rules' cues, and with 20
  learned cue words;
* boilerplate: the pipeline's segmentation, and the same segments also
  marked boilerplate where a sentence model gives p >= 0.7. The ``models``
  annotator cannot mark boilerplate (segmentation runs before annotators),
  so this model is evaluated here and not shipped.

``--cv`` runs document-level 5-fold cross-validation on the train split
(held-out documents scored by the pipeline, then combined with a model
trained on the other four fifths and the project's sentences) for the claim
combinations: the figures that chose the shipped one.

``--part-cv`` runs part-grouped 10-fold CV on the train split (the folds of
``train_models.py``: a fold holds whole corpus parts) over the rules' output,
for two questions (``docs/models.md``, claims): does a model of "sourced or
unsourced", trained on the gold claims of the other folds, gain by
withdrawing the rules' unsourced flag where it gives p(unsourced) below a
cut; and do other claim-model settings (C, character n-grams) gain over the
shipped ones at the best veto cut.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
import statistics
import sys
import tempfile
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from reliability import Analyzer
from reliability.models import FeaturizerSettings, SentenceModel, sentence_terms
from reliability.training import (
    GoldSentence,
    TrainSettings,
    gold_sentences,
    save_model,
    train_model,
)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "scripts"))
import train_models  # noqa: E402  (the build script: same data, same settings)

Doc = dict[str, Any]
KEYS = ("claim", "unsourced_claim", "hedge_cue", "hedged_sentence", "loaded")


def scorer() -> ModuleType:
    """The shared scorer, loaded by path."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def corpus(split: str) -> list[Doc]:
    """The gold documents of ``split``."""
    splits = train_models.corpus_splits(train_models.CORPUS)
    out = []
    for path in train_models.corpus_files(train_models.CORPUS):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and splits[json.loads(line)["id"]] == split:
                out.append(json.loads(line))
    return out


def body(docs: list[Doc]) -> list[GoldSentence]:
    """Body sentences of gold documents with their labels."""
    out = []
    for d in docs:
        for s in d["sentences"]:
            text = d["text"][s["start"] : s["end"]].strip()
            if text and not s.get("boilerplate"):
                out.append(
                    GoldSentence(
                        text,
                        bool(s.get("claim")),
                        bool(s.get("hedges")),
                        bool(s.get("loaded")),
                    )
                )
    return out


def predict(analyzer: Analyzer, docs: list[Doc]) -> list[Doc]:
    """The pipeline's output for the gold documents' texts, as JSON objects."""
    return [
        json.loads(analyzer.analyze(d["text"], id=d["id"]).model_dump_json())
        for d in docs
    ]


def fit(sentences: list[GoldSentence], task: str, **settings: Any) -> SentenceModel:
    """A model for ``task`` with the build script's settings."""
    base = train_models.SETTINGS
    return train_model(
        [s.text for s in sentences],
        [s.label(task) for s in sentences],
        task=task,
        settings=TrainSettings(min_df=base.min_df, c=base.c, **settings),
    )


def recombine(
    preds: list[Doc], decide: Callable[[str, dict[str, Any]], bool | None]
) -> list[Doc]:
    """Copy of ``preds`` with claims set by ``decide(text, sentence)`` (None: keep)."""
    out = copy.deepcopy(preds)
    for d in out:
        for s in d["sentences"]:
            if s["boilerplate"]:
                continue
            new = decide(d["text"][s["start"] : s["end"]], s)
            if new is not None and new != s["claim"]:
                s["claim"] = new
                # unsourced follows as in the pipeline: no attribution, no quote
                s["unsourced_claim"] = new and not s["attributions"] and not s["quoted"]
    return out


def claim_modes(model: SentenceModel) -> dict[str, Callable[..., bool | None]]:
    """Ways of combining a claim model with the rule (name -> decide)."""
    consult, veto = (
        train_models.COMBINE["claim"][k] for k in ("consult_below", "veto_below")
    )

    def shipped(text: str, s: dict[str, Any]) -> bool | None:
        if s["claim"] and s["claim_confidence"] < consult:
            return model.probability(text) >= veto
        return None

    def veto_all(text: str, s: dict[str, Any]) -> bool | None:
        return model.probability(text) >= veto if s["claim"] else None

    def alone(text: str, s: dict[str, Any]) -> bool | None:
        return model.predict(text)

    def add(text: str, s: dict[str, Any]) -> bool | None:
        return True if not s["claim"] and model.probability(text) >= 0.7 else None

    return {
        f"rules, withdrawn if p < {veto} (confidence < {consult}; shipped)": shipped,
        f"rules, withdrawn if p < {veto} (every claim)": veto_all,
        "model alone (its threshold)": alone,
        "rules, or model p >= 0.7": add,
    }


def boilerplate(preds: list[Doc], model: SentenceModel, cut: float) -> list[Doc]:
    """Copy of ``preds`` with segments also boilerplate where the model says so."""
    out = copy.deepcopy(preds)
    for d in out:
        for s in d["sentences"]:
            text = d["text"][s["start"] : s["end"]]
            if not s["boilerplate"] and model.probability(text) >= cut:
                s.update(boilerplate=True, attributions=[], hedges=[], loaded=[])
                s.update(claim=False, unsourced_claim=False)
    return out


def row(name: str, metrics: dict[str, Any], keys: tuple[str, ...] = KEYS) -> str:
    """One table row: F1 (P/R) of each key."""
    cells = [
        f"{metrics[k]['f1']:.3f} ({metrics[k]['p']:.2f}/{metrics[k]['r']:.2f})"
        for k in keys
    ]
    return f"| {name} | " + " | ".join(cells) + " |"


def compare(split: str, score: ModuleType) -> None:
    """Print the table of the module docstring for ``split``."""
    golds = corpus(split)
    train = body(corpus("train")) + gold_sentences(train_models.DATA)
    rules = predict(Analyzer(disable=["models"]), golds)
    print(f"{split} split, {len(golds)} documents; F1 (P/R)\n")
    print("| pipeline | " + " | ".join(KEYS) + " |")
    print("|---|" + "---|" * len(KEYS))
    print(row("rules (--disable models)", score.evaluate(golds, rules)))
    print(
        row(
            "shipped models (default)",
            score.evaluate(golds, predict(Analyzer(), golds)),
        )
    )
    claim = fit(train, "claim")
    for name, decide in claim_modes(claim).items():
        print(row(f"claim: {name}", score.evaluate(golds, recombine(rules, decide))))
    for cue_words in (0, 20):
        with tempfile.TemporaryDirectory() as tmp:
            for task in ("hedge", "loaded"):
                save_model(fit(train, task, cue_words=cue_words), tmp)
            analyzer = Analyzer(options={"models": {"path": tmp}})
            name = "re-weighting cues" if not cue_words else f"{cue_words} learned cues"
            print(
                row(
                    f"hedge + loaded: {name}",
                    score.evaluate(golds, predict(analyzer, golds)),
                )
            )
    # Boilerplate: every sentence of the train split, labelled boilerplate or not.
    texts, labels = [], []
    for d in corpus("train"):
        for s in d["sentences"]:
            text = d["text"][s["start"] : s["end"]].strip()
            if text:
                texts.append(text)
                labels.append(bool(s.get("boilerplate")))
    # The claim task's slot carries the boilerplate label: the model is never saved.
    model = train_model(texts, labels, task="claim", settings=train_models.SETTINGS)
    keys = ("boilerplate", "segmentation", "claim")
    print("\n| segmentation | " + " | ".join(keys) + " |")
    print("|---|---|---|---|")
    print(row("rules", score.evaluate(golds, rules), keys))
    print(
        row(
            "rules, or model p >= 0.7",
            score.evaluate(golds, boilerplate(rules, model, 0.7)),
            keys,
        )
    )


def cross_validate(score: ModuleType) -> None:
    """Document-level 5-fold CV of the claim combinations on the train split."""
    golds = corpus("train")
    project = gold_sentences(train_models.DATA)
    rules = predict(Analyzer(disable=["models"]), golds)
    combined: dict[str, list[Doc]] = {}
    for fold in range(5):
        model = fit(
            body([g for i, g in enumerate(golds) if i % 5 != fold]) + project, "claim"
        )
        held = [i for i in range(len(golds)) if i % 5 == fold]
        for name, decide in claim_modes(model).items():
            part = recombine([rules[i] for i in held], decide)
            out = combined.setdefault(name, copy.deepcopy(rules))
            for i, p in zip(held, part, strict=True):
                out[i] = p
    keys = ("claim", "unsourced_claim")
    print(f"train split, {len(golds)} documents, 5-fold CV by document; F1 (P/R)\n")
    print("| pipeline | claim | unsourced_claim |\n|---|---|---|")
    print(row("rules", score.evaluate(golds, rules), keys))
    for name, preds in combined.items():
        print(row(f"claim: {name}", score.evaluate(golds, preds), keys))


def _sklearn_fit(
    texts: list[str], labels: list[bool], feat: FeaturizerSettings, c: float
) -> Any:
    """A balanced TF-IDF logistic regression as ``train_model`` fits one."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    pipe = make_pipeline(
        CountVectorizer(
            analyzer=partial(sentence_terms, settings=feat), min_df=2, dtype=float
        ),
        TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2"),
        LogisticRegression(
            C=c, class_weight="balanced", solver="liblinear", max_iter=1000
        ),
    )
    return pipe.fit(texts, labels)


#: Claim-model settings compared by ``--part-cv`` (the first is the shipped one).
PART_CV_CLAIM = {
    "words and bigrams, C 4 (shipped)": (FeaturizerSettings(2, (0, 0)), 4.0),
    "words and bigrams, C 1": (FeaturizerSettings(2, (0, 0)), 1.0),
    "words and bigrams, C 16": (FeaturizerSettings(2, (0, 0)), 16.0),
    "and character 2-5-grams, C 4": (FeaturizerSettings(2, (2, 5)), 4.0),
}
PART_CV_CUTS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def _project_claims(held: set[str]) -> list[tuple[str, bool]]:
    """The project's claim sentences with their unsourced label."""
    out = []
    for line in train_models.DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        for g in d["sentences"]:
            text = d["text"][g["start"] : g["end"]].strip()
            if g.get("claim") and not g.get("boilerplate") and text not in held:
                out.append((text, bool(g.get("unsourced_claim"))))
    return out


def _tally(
    docs: list[Any], decided: list[list[bool]], unsourced: list[list[bool]]
) -> list[int]:
    """Claim and unsourced tp, fp, fn as ``train_models._score`` counts them."""
    tally = [0] * 6
    for d, dec, uns in zip(docs, decided, unsourced, strict=True):
        for (_, gold_claim, gold_uns), k in zip(d.gold, d.pred_of_gold, strict=True):
            claim = k is not None and dec[k]
            flag = claim and k is not None and uns[k]
            for at, gold, pred in ((0, gold_claim, claim), (3, gold_uns, flag)):
                tally[at] += gold and pred
                tally[at + 1] += pred and not gold
                tally[at + 2] += gold and not pred
    return tally


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return tp / max(1, tp + fp), tp / max(1, tp + fn), 2 * tp / max(1, 2 * tp + fp + fn)


def part_cv(repeats: int) -> None:
    """Part-grouped CV of a learned unsourced flag and of claim-model settings."""
    tm = train_models
    docs = tm.rule_documents(tm.split_documents(tm.CORPUS, "train"), None)
    held = tm._test_sentences()
    for path in (tm.CORPUS, tm.DATA):
        held |= {s.text for s in tm.read_gold(path, "train")[2]}
    extra = gold_sentences(tm.DATA)
    project = _project_claims(held)
    shipped = (tm.COMBINE["claim"]["consult_below"], tm.COMBINE["claim"]["veto_below"])
    uns: dict[float, list[list[int]]] = {c: [] for c in PART_CV_CUTS}
    claim: dict[tuple[str, float], list[tuple[float, float]]] = {}
    for rep in range(repeats):
        folds, cprobs = tm._fold_probabilities(docs, extra, held, rep)
        uprobs: list[list[float]] = [[] for _ in docs]
        probs: dict[str, list[list[float]]] = {
            n: [[] for _ in docs] for n in PART_CV_CLAIM
        }
        for fold in range(tm.CV_FOLDS):
            rest = [d for d, k in zip(docs, folds, strict=True) if k != fold]
            inside = [i for i, k in enumerate(folds) if k == fold and docs[i].rows]
            pairs = [(t, u) for d in rest for t, c, u in d.gold if c] + project
            pairs = [(t, u) for t, u in pairs if t not in held]
            m = _sklearn_fit(
                [t for t, _ in pairs], [u for _, u in pairs], FeaturizerSettings(), 4.0
            )
            for i in inside:
                uprobs[i] = list(m.predict_proba([r.text for r in docs[i].rows])[:, 1])
            cl = [(t, c) for d in rest for t, c, _ in d.gold] + [
                (s.text, s.claim) for s in extra
            ]
            cl = [(t, c) for t, c in cl if t not in held]
            for name, (feat, c) in PART_CV_CLAIM.items():
                m = _sklearn_fit([t for t, _ in cl], [y for _, y in cl], feat, c)
                for i in inside:
                    probs[name][i] = list(
                        m.predict_proba([r.text for r in docs[i].rows])[:, 1]
                    )
        decided = [
            [
                tm._decide(r, p, (*shipped, None))
                for r, p in zip(d.rows, ps, strict=True)
            ]
            for d, ps in zip(docs, cprobs, strict=True)
        ]
        for cut in PART_CV_CUTS:
            flags = [
                [r.unsourced and u >= cut for r, u in zip(d.rows, us, strict=True)]
                for d, us in zip(docs, uprobs, strict=True)
            ]
            uns[cut].append(_tally(docs, decided, flags))
        for name in PART_CV_CLAIM:
            for veto in (0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
                f = tm._score(docs, probs[name], (shipped[0], veto, None))
                claim.setdefault((name, veto), []).append(f[:2])
    print(
        f"train split, {len(docs)} documents, "
        f"{repeats} x {tm.CV_FOLDS}-fold CV by part\n"
    )
    print(
        "| unsourced flag withdrawn when p(unsourced) < "
        "| claim F1 | unsourced P | R | F1 |"
    )
    print("|---|---|---|---|---|")
    for cut in PART_CV_CUTS:
        c = [_prf(*t[:3]) for t in uns[cut]]
        u = [_prf(*t[3:]) for t in uns[cut]]
        print(
            f"| {cut} | {statistics.mean(x[2] for x in c):.4f} | "
            + " | ".join(f"{statistics.mean(x[j] for x in u):.4f}" for j in range(3))
            + " |"
        )
    print(
        "\n| claim model (veto below, rule confidence < 0.9) "
        "| claim | unsourced | mean |"
    )
    print("|---|---|---|---|")
    for (name, veto), got in claim.items():
        a = statistics.mean(x for x, _ in got)
        b = statistics.mean(y for _, y in got)
        print(f"| {name}, veto {veto} | {a:.4f} | {b:.4f} | {(a + b) / 2:.4f} |")


def main(argv: list[str] | None = None) -> int:
    """Print the comparison for ``--split`` (or the CV table with ``--cv``)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--cv", action="store_true", help="claim combinations, train CV")
    ap.add_argument(
        "--part-cv",
        action="store_true",
        help="learned unsourced flag and claim settings, part-grouped train CV",
    )
    ap.add_argument("--repeats", type=int, default=2, help="--part-cv repeats")
    args = ap.parse_args(argv)
    if args.part_cv:
        part_cv(args.repeats)
        return 0
    score = scorer()
    if args.cv:
        cross_validate(score)
    else:
        compare(args.split, score)
    return 0


if __name__ == "__main__":
    sys.exit(main())
