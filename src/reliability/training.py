"""``reliability train``: fit the sentence models on annotations in the gold format.

Each body sentence of a gold file (ANNOTATION.md) becomes one example per
task: ``claim`` (the sentence's claim flag), ``hedge`` (it has a hedge span)
and ``loaded`` (it has a loaded span). A logistic regression is fitted with
scikit-learn over the features of :func:`reliability.models.sentence_terms`
and exported as plain JSON parameters (:mod:`reliability.models`), checked
against scikit-learn's own predictions before it is written.

scikit-learn is imported only when a model is trained
(``pip install "reliability[train]"``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from reliability.errors import ConfigError, InputError, ResourceError
from reliability.models import (
    BOILERPLATE_FILE,
    MODEL_FILES,
    MODEL_TASKS,
    FeaturizerSettings,
    SentenceModel,
    data_digest,
    sentence_terms,
)

__all__ = [
    "MODEL_NAMES",
    "REFERENCE_SENTENCES",
    "GoldSentence",
    "TrainSettings",
    "gold_sentences",
    "save_model",
    "train_model",
]

#: Registry-style model name of each task; findings say ``model:<name>.v<version>``.
MODEL_NAMES = {
    "claim": "claims",
    "hedge": "hedges",
    "loaded": "loaded",
    "boilerplate": "boilerplate",
}

#: Sentences written for this project whose predictions every model stores, so
#: that a loaded model can prove it reproduces what training computed.
REFERENCE_SENTENCES = (
    "The council approved the budget on Tuesday by a vote of seven to two.",
    "The minister is reportedly considering a new tax on imports.",
    "Critics slammed the disastrous plan as a shameful betrayal.",
    "What happens next?",
    "Officials said 1,200 people had been evacuated from the valley.",
    "It may be that the talks will resume later this year.",
)

# Largest allowed gap between scikit-learn and pure-Python probabilities.
_MAX_DIFF = 1e-9


@dataclass(frozen=True, slots=True)
class GoldSentence:
    """One sentence of a gold file with its labels for every task.

    ``boilerplate`` is true only for the page furniture that
    ``gold_sentences(..., with_boilerplate=True)`` also reads; the other
    labels are those of a body sentence (all false for furniture).
    """

    text: str
    claim: bool
    hedge: bool
    loaded: bool
    boilerplate: bool = False

    def label(self, task: str) -> bool:
        """The sentence's label for ``task``."""
        return bool(getattr(self, task))


@dataclass(frozen=True, slots=True)
class TrainSettings:
    """How a model is fitted.

    Attributes:
        featurizer: The features of a sentence.
        c: Inverse regularisation strength of the logistic regression.
        min_df: Smallest number of sentences a feature must occur in; None
            picks 2 for 1,000 sentences or more, else 1.
        balanced: Weight the classes inversely to their frequency.
        tune_threshold: Choose the decision threshold that maximises F1 in
            5-fold cross-validation on the training data (needs at least ten
            sentences of each class; otherwise 0.5).
        cue_words: How many of the highest-weighted words may serve as learned
            cues (``SentenceModel.cue_words``); 0 for none.
    """

    featurizer: FeaturizerSettings = FeaturizerSettings()
    c: float = 4.0
    min_df: int | None = None
    balanced: bool = True
    tune_threshold: bool = True
    cue_words: int = 0


def gold_sentences(
    path: str | Path,
    *,
    ids: Collection[str] | None = None,
    with_boilerplate: bool = False,
) -> list[GoldSentence]:
    """Read the body sentences of a gold JSONL file and their labels.

    Args:
        path: A gold JSONL file (ANNOTATION.md).
        ids: Read only the documents with these ids (e.g. a corpus's training
            split); None reads every document.
        with_boilerplate: Also read the boilerplate sentences (for the
            ``boilerplate`` task), labelled ``boilerplate=True``.

    Raises:
        InputError: The file cannot be read or a line is not a gold document.
    """
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read gold file {str(p)!r}: {exc}") from None
    out: list[GoldSentence] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{p}:{lineno}"
        try:
            doc = json.loads(line)
            if ids is not None and doc.get("id") not in ids:
                continue
            text = doc["text"]
            sentences = doc["sentences"]
            for s in sentences:
                furniture = bool(s.get("boilerplate"))
                if furniture and not with_boilerplate:
                    continue
                sent = text[int(s["start"]) : int(s["end"])].strip()
                if not sent:
                    continue
                out.append(
                    GoldSentence(
                        text=sent,
                        claim=bool(s.get("claim")) and not furniture,
                        hedge=bool(s.get("hedges")) and not furniture,
                        loaded=bool(s.get("loaded")) and not furniture,
                        boilerplate=furniture,
                    )
                )
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: malformed JSON: {exc}") from None
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InputError(
                f"{where}: not a gold document (needs 'text' and 'sentences' with "
                f"'start'/'end'): {exc!r}"
            ) from None
    return out


def _sklearn() -> Any:
    try:
        import sklearn  # noqa: F401
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold, cross_val_predict
        from sklearn.pipeline import make_pipeline
    except ImportError:
        raise ConfigError(
            'training needs scikit-learn: pip install "reliability[train]"'
        ) from None
    return (
        sklearn,
        CountVectorizer,
        TfidfTransformer,
        LogisticRegression,
        (
            StratifiedKFold,
            cross_val_predict,
            make_pipeline,
        ),
    )


def _best_threshold(labels: Sequence[bool], probs: Sequence[float]) -> float:
    """The probability cut that maximises F1 (midpoint between neighbours)."""
    pairs = sorted(zip(probs, labels, strict=False), reverse=True)
    total_pos = sum(labels)
    tp = fp = 0
    best_f1, best = -1.0, 0.5
    for i, (p, y) in enumerate(pairs):
        tp += int(y)
        fp += int(not y)
        nxt = pairs[i + 1][0] if i + 1 < len(pairs) else 0.0
        if nxt == p:
            continue
        f1 = 2 * tp / (tp + fp + total_pos)
        if f1 > best_f1:
            best_f1, best = f1, (p + nxt) / 2
    return min(max(best, 0.01), 0.99)


def train_model(
    texts: Sequence[str],
    labels: Sequence[bool],
    *,
    task: str,
    settings: TrainSettings = TrainSettings(),
    sources: Iterable[str] = (),
    version: str = "1",
) -> SentenceModel:
    """Fit one sentence model and export it as plain parameters.

    Args:
        texts: Training sentences.
        labels: Whether each sentence has the task's label.
        task: One of ``claim``, ``hedge``, ``loaded``, ``boilerplate``.
        settings: Features and fitting options.
        sources: Names of the data sets used (stored in the model file).
        version: Model version (findings say ``model:<name>.v<version>``).

    Returns:
        The model, whose stored reference predictions it reproduces.

    Raises:
        ConfigError: Unknown task, scikit-learn missing, or the labels hold
            only one class.
        ResourceError: The exported model does not reproduce scikit-learn's
            predictions.
    """
    y = _checked_labels(texts, labels, task=task, settings=settings)
    n_pos = sum(y)
    sklearn, CountVectorizer, TfidfTransformer, LogisticRegression, extra = _sklearn()
    StratifiedKFold, cross_val_predict, make_pipeline = extra
    min_df = settings.min_df or (2 if len(texts) >= 1000 else 1)

    def build() -> Any:
        return make_pipeline(
            CountVectorizer(
                analyzer=partial(sentence_terms, settings=settings.featurizer),
                min_df=min_df,
                dtype=float,
            ),
            TfidfTransformer(sublinear_tf=True, smooth_idf=True, norm="l2"),
            LogisticRegression(
                C=settings.c,
                class_weight="balanced" if settings.balanced else None,
                solver="liblinear",
                max_iter=1000,
            ),
        )

    threshold = 0.5
    if settings.tune_threshold and min(n_pos, len(y) - n_pos) >= 10:
        folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        probs = cross_val_predict(
            build(), list(texts), y, cv=folds, method="predict_proba"
        )
        threshold = _best_threshold(y, [float(p) for p in probs[:, 1]])
    pipe = build()
    pipe.fit(list(texts), y)
    vec, tfidf, clf = (step for _, step in pipe.steps)
    coef = clf.coef_[0]
    idf = tfidf.idf_
    terms = {
        term: [float(idf[j]), float(coef[j])]
        for term, j in sorted(vec.vocabulary_.items())
    }
    data: dict[str, Any] = {
        "format": "reliability.sentence-model",
        "format_version": 1,
        "name": MODEL_NAMES[task],
        "version": version,
        "task": task,
        "featurizer": settings.featurizer.to_json(),
        "intercept": float(clf.intercept_[0]),
        "threshold": round(threshold, 6),
        "cue_min": _cue_min(terms, settings.cue_words),
        "training": {
            "sklearn_version": sklearn.__version__,
            "estimator": (
                f"LogisticRegression(C={settings.c}, solver='liblinear', "
                f"class_weight={'balanced' if settings.balanced else None!r}) on "
                f"sublinear TF-IDF, L2-normalised, min_df={min_df}"
            ),
            "data_sha256": data_digest(list(zip(texts, y, strict=False))),
            "n_sentences": len(y),
            "n_positive": n_pos,
            "sources": sorted(set(sources)),
        },
        "reference": [],
        "terms": terms,
    }
    model = SentenceModel.from_json(data, where=f"trained {task} model")
    _check_export(model, pipe, texts, task)
    data["reference"] = [
        {"text": t, "probability": model.probability(t)} for t in REFERENCE_SENTENCES
    ]
    return SentenceModel.from_json(data, where=f"trained {task} model")


def _checked_labels(
    texts: Sequence[str], labels: Sequence[bool], *, task: str, settings: TrainSettings
) -> list[bool]:
    """The labels as booleans, once the task, C and both classes are checked."""
    if task not in MODEL_TASKS:
        raise ConfigError(f"unknown task {task!r}; tasks: {', '.join(MODEL_TASKS)}")
    if not settings.c > 0:
        raise ConfigError(f"C must be > 0, not {settings.c}")
    if len(texts) != len(labels):
        raise ConfigError(f"{len(texts)} texts but {len(labels)} labels")
    y = [bool(v) for v in labels]
    n_pos = sum(y)
    if n_pos == 0 or n_pos == len(y):
        raise ConfigError(
            f"task {task!r}: the training data has {n_pos} positive and "
            f"{len(y) - n_pos} negative sentences; both classes are needed"
        )
    return y


def _cue_min(terms: Mapping[str, list[float]], cue_words: int) -> float:
    """The weight of the ``cue_words``-th strongest positive word (0: none)."""
    if cue_words <= 0:
        return 0.0
    words = sorted(
        (v[1] for t, v in terms.items() if t.startswith("w:") and v[1] > 0),
        reverse=True,
    )
    return words[min(cue_words, len(words)) - 1] if words else 0.0


def _check_export(
    model: SentenceModel, pipe: Any, texts: Sequence[str], task: str
) -> None:
    """The exported parameters must give scikit-learn's probabilities."""
    check = list(texts[:200]) + list(REFERENCE_SENTENCES)
    expected = pipe.predict_proba(check)[:, 1]
    worst = max(
        abs(model.probability(t) - float(p))
        for t, p in zip(check, expected, strict=False)
    )
    if worst > _MAX_DIFF:
        raise ResourceError(
            f"exported {task} model differs from scikit-learn by {worst:g} "
            f"(> {_MAX_DIFF:g})"
        )


def save_model(model: SentenceModel, folder: str | Path) -> Path:
    """Write ``model`` into ``folder`` (created if needed); return the file's path."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    path = out / MODEL_FILES.get(model.task, BOILERPLATE_FILE)
    text = json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path
