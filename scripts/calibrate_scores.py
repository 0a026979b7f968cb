"""Fit the text-only score's weights on articles from rated outlets.

Reads the rated articles by path from ``../shared`` (the validity openings,
MBIC and PolNeAR; see ``benchmarks/rated_articles.py``), measures each one's
text signals with the library, and fits an L2-regularised logistic regression
(scikit-learn) of outlet quality on the square roots of the signals (the rarest
markers as measured), standardised. A rate measured over little text (a short
opening, two attributions) is first pulled towards the calibration average, as
if PRIOR_WEIGHT more units of text (sentences, attributions, claims, hundreds
of words) at the average rate had been read. The target is graded: an article
of a high-rated outlet (Lin et al. 2023 pc1 >= 0.75) counts as reliable, one of
a low-rated outlet (pc1 <= 0.45) as unreliable, and one of a mid-rated outlet
as both, in proportion to where its pc1 lies between the two (each article
enters twice, once per label, weighted p and 1 - p). So every rated outlet
informs the fit, and the mid-rated ones pull the weights towards ranking
outlets in order. Each article also weighs 1 / sqrt(articles of its outlet), so
the outlets with hundreds of articles do not drown the rest.

It prints grouped cross-validation figures (no outlet in both train and test)
and how stable each weight is across the folds, then writes only the
coefficients, the feature scaling and the calibration data's SHA-256 to
``src/reliability/data/models/text_score.json``: no texts, no pickles.
scikit-learn is needed here only; the library evaluates the model in plain
Python.

    PYTHONPATH=src python scripts/calibrate_scores.py [--check]

``--check`` refits and compares with the shipped file instead of writing it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import rated_articles  # noqa: E402  (benchmarks/rated_articles.py)

from reliability.scoring import SIGNALS, shrink, text_signals  # noqa: E402

OUT = ROOT / "src" / "reliability" / "data" / "models" / "text_score.json"
#: Inverse regularisation strength: strong, so that few articles cannot pull
#: a weight far (chosen by grouped cross-validation among 0.03, 0.1, 0.3).
C = 0.1
HIGH, LOW = 0.75, 0.45
#: Standardised signals are clipped to [-CLIP, CLIP] (in fitting and in use),
#: so that one rare signal cannot decide a score alone. Chosen by grouped
#: cross-validation among 2.5, 3, 4, 5, 6, 8 and none: at 3 the clip cut off
#: the habitual use of the rare markers that tells outlets apart (5 and 6 did
#: best; without a clip, worse).
CLIP = 5.0
FOLDS = 10
SEED = 0
#: Signals measured and shown in reports but given no weight, and why.
LEFT_OUT = {
    "innuendo": "too rare in the calibration articles: its weight was near zero "
    "and changed sign across folds",
    "second_person": "once short texts' rates were shrunk, its weight was near "
    "zero and changed sign across folds; without it the grouped-CV figures are "
    "the same",
    "hype": "once the loaded-language lexicon grew to the vocabulary of state media "
    "and partisan sites, its weight fell to near zero and changed sign across "
    "folds: what it counts in the writer's own voice no longer separates the "
    "rated outlets once the other style markers are in",
    "block_quotes": "raised the pooled grouped-CV AUC by about 0.006 but lowered "
    "the outlet-level Spearman by about 0.03 (below 0.6 for some fold "
    "assignments): the habit of a few outlets more than of low-rated ones",
}
#: The model's inputs, in SIGNALS order.
FEATURES = tuple(k for k in SIGNALS if k not in LEFT_OUT)
#: Signals that are not rates over some amount of text: used as measured.
NOT_RATES = frozenset({"dateline", "reading_grade"})
#: Rare markers (at zero in nine calibration articles in ten or more) are used
#: as measured; every other signal through its square root. The square root
#: spreads the small values: with it, one stray '!' or link in twenty sentences
#: already reached the clip, so a habit cost no more than a slip. As measured,
#: a marker costs in proportion to how much of the text carries it (grouped CV
#: over fold seeds 0-5, with CLIP = 5: pooled AUC 0.852 -> 0.858, outlet-level
#: Spearman 0.659 -> 0.674; each change alone gave about half of that).
AS_MEASURED = frozenset({"exclamations", "conspiracy", "embedded_posts"})


def transform_of(name: str) -> str:
    """The transform (``scoring._TRANSFORMS``) a signal goes through."""
    return "identity" if name in AS_MEASURED else "sqrt"


#: How many units of text at the average rate a rate is pulled towards
#: (chosen by grouped cross-validation among 0.5, 1, 2, 5, 10, 20: one unit
#: lifted the pooled AUC by about 0.007 and the outlet-level Spearman by about
#: 0.02 over no shrinkage; more pulls long texts' rates too).
PRIOR_WEIGHT = 1.0

#: Texts written for the model file's reference predictions: the library
#: must reproduce sklearn's figures on them (tests/test_scoring_model.py).
REFERENCE_TEXTS = {
    "wire": (
        "GENEVA (Newswire) - The agency said on Tuesday that 4,200 people had "
        "left the valley since March 3. Its director, Ana Ruiz, said two roads "
        'were closed. "We expect more families to arrive," she said. The '
        "regional council approved 12 million euros in aid on Monday, its "
        "spokesman said."
    ),
    "rant": (
        "Wake up! The mainstream media won't tell you what is really going on "
        "in the valley. I have seen this shocking cover-up before. Do you "
        "really believe the so-called experts? Some say the whole thing was "
        "orchestrated. It is an outrageous disgrace and you deserve the truth!"
    ),
}


def features(rows: list[dict[str, float]]) -> np.ndarray:
    """Each signal in FEATURES as measured, then each one's basis."""
    return np.array(
        [[r[k] for k in FEATURES] + [r[f"{k}:basis"] for k in FEATURES] for r in rows],
        dtype=float,
    )


def priors(raw: np.ndarray) -> np.ndarray:
    """The average of each signal (the rates' prior) over the given articles."""
    return raw[:, : len(FEATURES)].mean(axis=0)


def shrunk(raw: np.ndarray, prior: np.ndarray) -> np.ndarray:
    """The model's inputs: the rates pulled towards the prior, then transformed
    (square roots, or as measured for the rare markers)."""
    n = len(FEATURES)
    values, bases = raw[:, :n], raw[:, n:]
    out = values.copy()
    for j, name in enumerate(FEATURES):
        if name not in NOT_RATES:
            out[:, j] = [
                shrink(v, b, prior[j], PRIOR_WEIGHT)
                for v, b in zip(values[:, j], bases[:, j], strict=True)
            ]
    out = np.maximum(out, 0.0)
    for j, name in enumerate(FEATURES):
        if transform_of(name) == "sqrt":
            out[:, j] = np.sqrt(out[:, j])
    return out


def article_weights(domains: list[str]) -> np.ndarray:
    """1 / sqrt(n articles of the outlet), normalised to mean 1."""
    counts: dict[str, int] = {}
    for d in domains:
        counts[d] = counts.get(d, 0) + 1
    w = np.array([1.0 / np.sqrt(counts[d]) for d in domains])
    return w * len(w) / w.sum()


def reliable_share(pc1: np.ndarray) -> np.ndarray:
    """How far each article counts as reliable: 0 at pc1 <= LOW, 1 at >= HIGH."""
    return np.clip((pc1 - LOW) / (HIGH - LOW), 0.0, 1.0)


def standardise(x: np.ndarray, mean: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """The model's inputs: standardised signals, clipped to [-CLIP, CLIP]."""
    return np.clip((x - mean) / scale, -CLIP, CLIP)


def fit(
    raw: np.ndarray, pc1: np.ndarray, domains: list[str]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, LogisticRegression]:
    """Priors, scaling (mean, scale) and the fitted model, on the articles."""
    prior = priors(raw)
    x = shrunk(raw, prior)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = standardise(x, mean, scale)
    p = reliable_share(pc1)
    w = article_weights(domains)
    # Each article once as reliable (weight w * p), once as not (w * (1 - p)).
    zz = np.vstack([z, z])
    yy = np.r_[np.ones(len(z), dtype=int), np.zeros(len(z), dtype=int)]
    ww = np.r_[w * p, w * (1.0 - p)]
    keep = ww > 0
    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(zz[keep], yy[keep], sample_weight=ww[keep])
    return prior, mean, scale, model


def fold_of(domains: list[str], folds: int = FOLDS, seed: int = SEED) -> np.ndarray:
    """Fold number of each article: outlets shuffled, then dealt round-robin."""
    outlets = sorted(set(domains))
    order = np.random.default_rng(seed).permutation(len(outlets))
    fold = {outlets[j]: n % folds for n, j in enumerate(order)}
    return np.array([fold[d] for d in domains])


def out_of_fold(
    x: np.ndarray, pc1: np.ndarray, domains: list[str], seed: int = SEED
) -> tuple[np.ndarray, list[np.ndarray]]:
    """Grouped-CV logits (each from a model that never saw the outlet)."""
    folds = fold_of(domains, seed=seed)
    logits = np.zeros(len(domains))
    coefs = []
    for k in range(FOLDS):
        train, test = folds != k, folds == k
        prior, mean, scale, model = fit(
            x[train], pc1[train], [d for d, t in zip(domains, train, strict=True) if t]
        )
        z = standardise(shrunk(x[test], prior), mean, scale)
        logits[test] = model.decision_function(z)
        coefs.append(model.coef_[0])
    return logits, coefs


def reference_predictions(
    prior: np.ndarray, mean: np.ndarray, scale: np.ndarray, model: LogisticRegression
) -> dict[str, float]:
    """sklearn's score (0-100) for each reference text."""
    from reliability import Analyzer

    analyzer = Analyzer(disable=["outlet"])
    out = {}
    for name, text in REFERENCE_TEXTS.items():
        sentences = analyzer.pipeline.assemble(
            analyzer.pipeline.annotate(text)
        ).sentences
        signals = text_signals(text, sentences)
        row = {k: v.value for k, v in signals.items()}
        row.update({f"{k}:basis": v.basis for k, v in signals.items()})
        z = standardise(shrunk(features([row]), prior), mean, scale)
        p = model.predict_proba(z)[0, 1]
        out[name] = round(100.0 * float(p), 4)
    return out


def main() -> int:
    """Fit, report, and write (or check) the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, don't write")
    opts = parser.parse_args()

    articles = rated_articles.load()
    rows = rated_articles.signal_rows(articles)
    x = features(rows)
    pc1 = np.array([a.pc1 for a in articles])
    domains = [a.domain for a in articles]
    print(
        f"{len(articles)} articles from {len(set(domains))} outlets "
        f"(data sha256 {rated_articles.digest(articles)[:16]}...)"
    )

    _, coefs = out_of_fold(x, pc1, domains)
    folds = np.array(coefs)
    prior, mean, scale, model = fit(x, pc1, domains)
    print(f"{'signal':18s} {'weight':>8s} {'fold min':>9s} {'fold max':>9s} sign")
    for j, name in enumerate(FEATURES):
        stable = np.all(np.sign(folds[:, j]) == np.sign(model.coef_[0][j]))
        print(
            f"{name:18s} {model.coef_[0][j]:+8.3f} {folds[:, j].min():+9.3f} "
            f"{folds[:, j].max():+9.3f} {'stable' if stable else 'FLIPS'}"
        )
    print(f"intercept {model.intercept_[0]:+.3f}")

    params = {
        "format": "reliability.text-score",
        "format_version": 1,
        "name": "text_score",
        "version": "5",
        "score": "100 * sigmoid(intercept + sum(weight * clip((f(x) - mean) / scale,"
        " -clip, clip))); for a signal with a prior, x = (value * basis + "
        "prior.weight * prior.value) / (basis + prior.weight)",
        "intercept": round(float(model.intercept_[0]), 6),
        "clip": CLIP,
        "signals": [
            {
                "name": name,
                "transform": transform_of(name),
                "mean": round(float(mean[j]), 6),
                "scale": round(float(scale[j]), 6),
                "weight": round(float(model.coef_[0][j]), 6),
                **(
                    {}
                    if name in NOT_RATES
                    else {
                        "prior": {
                            "value": round(float(prior[j]), 6),
                            "weight": PRIOR_WEIGHT,
                        }
                    }
                ),
                "measures": SIGNALS[name],
            }
            for j, name in enumerate(FEATURES)
        ],
        "left_out": LEFT_OUT,
        "training": {
            "script": "scripts/calibrate_scores.py",
            "sklearn_version": sklearn.__version__,
            "estimator": f"LogisticRegression(C={C}, L2) on standardised sqrt "
            f"signals ({', '.join(sorted(AS_MEASURED))} as measured) clipped to "
            f"+-{CLIP:g}, rates first shrunk towards their "
            f"average by {PRIOR_WEIGHT:g} unit of text; sample weight "
            "1/sqrt(articles of the outlet)",
            "target": f"outlet pc1 >= {HIGH} reliable, pc1 <= {LOW} not, Lin et al. "
            "2023; a mid-rated outlet's article counts as both, in proportion "
            f"(pc1 - {LOW}) / ({HIGH} - {LOW})",
            "data": "shared/validity/calibration.jsonl, shared/data/mbic-media-bias,"
            " shared/data/polnear-attribution (texts not shipped)",
            "data_sha256": rated_articles.digest(articles),
            "n_articles": len(articles),
            "n_outlets": len(set(domains)),
        },
    }
    params["reference_predictions"] = {
        name: {"text": REFERENCE_TEXTS[name], "score": score}
        for name, score in reference_predictions(prior, mean, scale, model).items()
    }
    text = json.dumps(params, indent=1, ensure_ascii=False) + "\n"
    if opts.check:
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'identical' if same else 'DIFFERS'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
