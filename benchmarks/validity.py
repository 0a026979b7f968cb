"""Do the document scores rank outlets the way independent ratings do?

Articles from rated outlets (``rated_articles.py``: the validity openings,
MBIC and PolNeAR, read by path from ``../shared``) are scored and compared
with their outlet's Lin et al. 2023 ``pc1`` and MBFC factual-reporting level:

- outlet level: Spearman between the outlet's mean score and its rating;
- article level: Spearman between each article's score and its outlet's
  rating, and ROC AUC of high-rated (pc1 >= 0.75) against low-rated
  (pc1 <= 0.45) outlets' articles;
- 95 % bootstrap intervals (1,000 resamples of outlets, or of articles).

Rows:

- ``text, grouped CV``: the honest figure. The text-only model is refitted
  (``scripts/calibrate_scores.py``) on ten folds of outlets and each article
  is scored by the fold that never saw its outlet;
- ``text, shipped (in-sample)``: the shipped model through the real pipeline
  with the outlet lookup off (``reliability score --disable outlet``, whose
  ``overall`` is the text score). It was fitted on these articles;
- ``full, grouped CV`` / ``full, shipped``: ``overall`` with the outlet
  lookup on (URL or domain given), text part as above. Provenance reads
  outlet ratings, so this figure is partly a lookup;
- ``"said" baseline``: the share of body sentences containing "said" or a
  quotation mark;
- ``length alone``: the article's word count, a confound check (a score
  that only measured length or genre would rank like it).

Then the grouped-CV text score within one kind of text of the validity
openings (reports only, opinion only), so that telling opinion from news is
not mistaken for telling outlets apart.

    PYTHONPATH=src python benchmarks/validity.py [--boot 1000]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import calibrate_scores  # noqa: E402  (scripts/calibrate_scores.py)
import rated_articles  # noqa: E402  (benchmarks/rated_articles.py)

from reliability import Analyzer  # noqa: E402

HIGH, LOW = calibrate_scores.HIGH, calibrate_scores.LOW


def _spearman(x: Sequence[float], y: Sequence[float]) -> float:
    return float(spearmanr(x, y).statistic)


def _auc(scores: np.ndarray, pc1: np.ndarray) -> float:
    keep = (pc1 >= HIGH) | (pc1 <= LOW)
    labels = pc1[keep] >= HIGH
    if labels.all() or not labels.any():
        return float("nan")
    return float(roc_auc_score(labels, scores[keep]))


def _outlets(
    scores: np.ndarray, target: np.ndarray, domains: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    by: dict[str, list[int]] = {}
    for i, d in enumerate(domains):
        by.setdefault(d, []).append(i)
    keys = sorted(by)
    return (
        np.array([scores[by[k]].mean() for k in keys]),
        np.array([target[by[k][0]] for k in keys]),
    )


def _ci(values: list[float]) -> str:
    v = np.array([x for x in values if not np.isnan(x)])
    if not len(v):
        return "(n/a)"
    lo, hi = np.percentile(v, [2.5, 97.5])
    return f"[{lo:+.2f}, {hi:+.2f}]"


def figures(
    scores: np.ndarray,
    pc1: np.ndarray,
    mbfc: np.ndarray,
    domains: list[str],
    boot: int,
    rng: np.random.Generator,
) -> dict[str, str]:
    """Outlet- and article-level agreement with pc1 and MBFC, with bootstrap CIs."""
    out: dict[str, str] = {}
    rated = ~np.isnan(mbfc)
    for name, target, mask in (("pc1", pc1, None), ("MBFC", mbfc, rated)):
        s, t, d = scores, target, domains
        if mask is not None:
            s, t = scores[mask], target[mask]
            d = [x for x, m in zip(domains, mask, strict=True) if m]
        os_, ot = _outlets(s, t, d)
        rho = _spearman(os_, ot)
        reps = []
        for _ in range(boot):
            idx = rng.integers(0, len(os_), len(os_))
            reps.append(_spearman(os_[idx], ot[idx]))
        out[f"outlet rho {name}"] = f"{rho:+.2f} {_ci(reps)}"
        rho = _spearman(s, t)
        reps = []
        for _ in range(boot):
            idx = rng.integers(0, len(s), len(s))
            reps.append(_spearman(s[idx], t[idx]))
        out[f"article rho {name}"] = f"{rho:+.2f} {_ci(reps)}"
    auc = _auc(scores, pc1)
    reps = []
    for _ in range(boot):
        idx = rng.integers(0, len(scores), len(scores))
        reps.append(_auc(scores[idx], pc1[idx]))
    out["AUC high/low"] = f"{auc:.2f} {_ci(reps)}"
    return out


def shipped_scores(
    articles: list[rated_articles.RatedArticle], *, lookup: bool
) -> tuple[np.ndarray, np.ndarray]:
    """``overall`` and ``text`` of each article from the real pipeline."""
    analyzer = Analyzer(disable=() if lookup else ("outlet",))
    overall, text = [], []
    for a in articles:
        report = analyzer.analyze(
            a.text,
            url=a.url if lookup else None,
            outlet=a.domain if lookup else None,
        )
        assert report.scores is not None
        o, t = report.scores.overall.value, report.scores.text
        overall.append(np.nan if o is None else o)
        text.append(np.nan if t is None or t.value is None else t.value)
    return np.array(overall), np.array(text)


def main() -> None:
    """Score the rated articles every way and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boot", type=int, default=1000, help="bootstrap resamples")
    opts = parser.parse_args()
    rng = np.random.default_rng(0)

    articles = rated_articles.load()
    rows = rated_articles.signal_rows(articles)
    x = calibrate_scores.features(rows)
    pc1 = np.array([a.pc1 for a in articles])
    mbfc = np.array([np.nan if a.mbfc is None else a.mbfc for a in articles], float)
    domains = [a.domain for a in articles]
    logits, _ = calibrate_scores.out_of_fold(x, pc1, domains)
    cv_text = 100.0 / (1.0 + np.exp(-logits))
    text_only, shipped_text = shipped_scores(articles, lookup=False)
    full, _ = shipped_scores(articles, lookup=True)
    # The full score with the grouped-CV text part: overall's own weights.
    from reliability.config import ScoreWeights

    w = ScoreWeights()
    provenance = (full * (w.text + w.provenance) - w.text * shipped_text) / w.provenance
    full_cv = np.where(
        np.isnan(provenance),
        cv_text,
        (w.text * cv_text + w.provenance * provenance) / (w.text + w.provenance),
    )
    baseline = np.array([r["said_baseline"] for r in rows])
    judged = ~np.isnan(text_only)
    print(
        f"{len(articles)} articles, {len(set(domains))} outlets; "
        f"{int((~judged).sum())} with nothing to judge (null text score) left out"
    )
    print(
        f"text-only overall (--disable outlet) equals the text score: "
        f"{bool(np.allclose(text_only[judged], shipped_text[judged]))}"
    )
    # Grouped-CV folds dealt with other seeds: how much the figure moves.
    spread = []
    for seed in range(1, 6):
        lg, _ = calibrate_scores.out_of_fold(x, pc1, domains, seed=seed)
        o, t = _outlets(
            lg[judged],
            pc1[judged],
            [d for d, j in zip(domains, judged, strict=True) if j],
        )
        spread.append((_spearman(o, t), _auc(lg[judged], pc1[judged])))
    print(
        "grouped CV over 5 other fold assignments: outlet rho pc1 "
        f"{min(s[0] for s in spread):+.2f} to {max(s[0] for s in spread):+.2f}, "
        f"AUC {min(s[1] for s in spread):.2f} to {max(s[1] for s in spread):.2f}"
    )
    corpora = {
        "all": judged,
        "validity openings": judged
        & np.array([a.corpus == "validity" for a in articles]),
        "MBIC + PolNeAR": judged & np.array([a.corpus != "validity" for a in articles]),
    }
    scorings = {
        "text, grouped CV": cv_text,
        "text, shipped (in-sample)": text_only,
        "full, grouped CV": full_cv,
        "full, shipped (in-sample)": full,
        '"said" baseline': baseline,
        "length alone": np.array([float(len(a.text.split())) for a in articles]),
    }
    for corpus, mask in corpora.items():
        d = [x for x, m in zip(domains, mask, strict=True) if m]
        print(f"\n== {corpus}: {int(mask.sum())} articles, {len(set(d))} outlets")
        header = None
        for name, scores in scorings.items():
            f = figures(scores[mask], pc1[mask], mbfc[mask], d, opts.boot, rng)
            if header is None:
                header = f"{'':27s}" + "".join(f"{k:>24s}" for k in f)
                print(header)
            print(f"{name:27s}" + "".join(f"{v:>24s}" for v in f.values()))
    _within_kind(articles, cv_text, pc1, judged)


def _within_kind(
    articles: list[rated_articles.RatedArticle],
    scores: np.ndarray,
    pc1: np.ndarray,
    judged: np.ndarray,
) -> None:
    """Grouped-CV AUC among the validity openings of one kind at a time."""
    print("\n== validity openings by kind (text, grouped CV)")
    for kind in ("report", "opinion"):
        mask = judged & np.array([a.kind == kind for a in articles])
        high = int((mask & (pc1 >= HIGH)).sum())
        low = int((mask & (pc1 <= LOW)).sum())
        print(
            f"{kind:8s} {high:3d} high, {low:3d} low articles: "
            f"AUC {_auc(scores[mask], pc1[mask]):.2f}"
        )


if __name__ == "__main__":
    main()
