"""``reliability evaluate GOLD PRED``: score predictions against a gold set.

Computes the same metrics, with the same matching rules, as the project's
shared scorer (``score.py``): sentence-level P/R/F1 for segmentation,
boilerplate, attributed, hedged, claim and unsourced-claim sentences;
one-to-one span matching by largest overlap for attribution cues, hedges and
loaded language; source-type accuracy and source-span token F1 over matched
cues; outlet accuracy. Text a prediction leaves out of every sentence counts
as boilerplate. ``exact=True`` counts a span match only when the offsets are
equal (the shared scorer always matches by overlap).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["METRICS", "evaluate", "flat", "format_metrics"]

#: The P/R/F1 metrics, in the order they are printed.
METRICS = (
    "segmentation",
    "boilerplate",
    "attributed_sentence",
    "attribution_cue",
    "hedge_cue",
    "hedged_sentence",
    "claim",
    "unsourced_claim",
    "loaded",
)

Pair = tuple[int, int]
_WORD = re.compile(r"\w+")


def _span(obj: Any) -> Pair | None:
    if isinstance(obj, dict) and "start" in obj and "end" in obj:
        return int(obj["start"]), int(obj["end"])
    return None


def _overlap(a: Pair, b: Pair) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f, 4),
        "tp": tp,
        "fp": fp,
        "fn": fn,
    }


def _match(
    gold: Sequence[Pair], pred: Sequence[Pair], exact: bool
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, largest overlap first."""
    pairs = sorted(
        (
            (_overlap(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(pred)
            if _overlap(g, p) > 0 and (not exact or g == p)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int]] = []
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _token_f1(text: str, g: Pair, p: Pair) -> float:
    tg = Counter(w.lower() for w in _WORD.findall(text[g[0] : g[1]]))
    tp = Counter(w.lower() for w in _WORD.findall(text[p[0] : p[1]]))
    common = sum((tg & tp).values())
    if not common:
        return 0.0
    pr, rc = common / sum(tp.values()), common / sum(tg.values())
    return 2 * pr * rc / (pr + rc)


def _domain(o: Any) -> str | None:
    if isinstance(o, dict):
        o = o.get("domain")
    if not o or not isinstance(o, str):
        return None
    domain: str = o.lower().strip()
    return domain[4:] if domain.startswith("www.") else domain


class _Tally:
    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.source_f1: list[float] = []
        self.types: Counter[tuple[Any, Any]] = Counter()

    def add(self, key: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.c[key + ".tp"] += tp
        self.c[key + ".fp"] += fp
        self.c[key + ".fn"] += fn

    def sentence(self, key: str, gold: bool, pred: bool) -> None:
        self.add(
            key,
            tp=int(gold and pred),
            fp=int(pred and not gold),
            fn=int(gold and not pred),
        )

    def spans(
        self, key: str, gold: Sequence[Pair], pred: Sequence[Pair], exact: bool
    ) -> list[tuple[int, int]]:
        m = _match(gold, pred, exact)
        self.add(key, tp=len(m), fp=len(pred) - len(m), fn=len(gold) - len(m))
        return m

    def result(self, key: str) -> dict[str, Any]:
        return _prf(self.c[key + ".tp"], self.c[key + ".fp"], self.c[key + ".fn"])


Marks = tuple[list[tuple[Pair, Pair | None, Any]], list[Pair], list[Pair]]


def _marks(sentences: Iterable[Mapping[str, Any]]) -> Marks:
    """Attributions (cue, source, type), hedge spans and loaded spans of sentences."""
    attrs: list[tuple[Pair, Pair | None, Any]] = []
    hedges: list[Pair] = []
    loaded: list[Pair] = []
    for s in sentences:
        for a in s.get("attributions") or []:
            cue = _span(a.get("cue"))
            if cue:
                attrs.append((cue, _span(a.get("source")), a.get("source_type")))
        hedges += [x for x in (_span(h) for h in s.get("hedges") or []) if x]
        loaded += [x for x in (_span(h) for h in s.get("loaded") or []) if x]
    return attrs, hedges, loaded


def _masks(text: str, ps: Sequence[Mapping[str, Any]]) -> tuple[bytearray, bytearray]:
    """Per character: inside a predicted sentence; inside a boilerplate one."""
    n = len(text)
    covered = bytearray(n)
    boiler = bytearray(n)
    for s in ps:
        a, b = max(0, int(s["start"])), min(n, int(s["end"]))
        if a < b:
            covered[a:b] = b"\x01" * (b - a)
            if s.get("boilerplate"):
                boiler[a:b] = b"\x01" * (b - a)
    return covered, boiler


def _trim(text: str, a: int, b: int) -> Pair:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _segmentation(
    text: str,
    gs: Sequence[Mapping[str, Any]],
    ps: Sequence[Mapping[str, Any]],
    t: _Tally,
) -> None:
    """Body sentences that match exactly, whitespace at their edges aside."""
    gset = {_trim(text, g["start"], g["end"]) for g in gs if not g.get("boilerplate")}
    pset = {
        _trim(text, int(s["start"]), int(s["end"]))
        for s in ps
        if not s.get("boilerplate")
    }
    t.add("segmentation", tp=len(gset & pset), fp=len(pset - gset), fn=len(gset - pset))


def _best_overlap(g: Pair, ps: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The predicted sentence that overlaps gold span ``g`` most."""
    best, best_ov = None, 0
    for s in ps:
        ov = _overlap(g, (int(s["start"]), int(s["end"])))
        if ov > best_ov:
            best, best_ov = s, ov
    return best


def _sentence_layers(
    text: str,
    gs: Sequence[Mapping[str, Any]],
    ps: Sequence[Mapping[str, Any]],
    predicted: Marks,
    t: _Tally,
) -> None:
    """Boilerplate, attributed, hedged, claim and unsourced, per gold sentence."""
    covered, boiler = _masks(text, ps)
    p_attr, p_hedge, _ = predicted
    for g in gs:
        gspan = (g["start"], g["end"])
        chars = [i for i in range(*gspan) if not text[i].isspace()]
        pred_boiler = bool(chars) and sum(
            1 for i in chars if boiler[i] or not covered[i]
        ) * 2 > len(chars)
        t.sentence("boilerplate", bool(g.get("boilerplate")), pred_boiler)
        if g.get("boilerplate"):
            continue
        p = _best_overlap(gspan, ps)
        t.sentence(
            "attributed_sentence",
            bool(g.get("attributions")),
            any(_overlap(gspan, c) for c, _, _ in p_attr),
        )
        t.sentence(
            "hedged_sentence",
            bool(g.get("hedges")),
            any(_overlap(gspan, h) for h in p_hedge),
        )
        t.sentence("claim", bool(g.get("claim")), bool(p and p.get("claim")))
        t.sentence(
            "unsourced_claim",
            bool(g.get("unsourced_claim")),
            bool(p and p.get("unsourced_claim")),
        )


def _span_layers(
    text: str, gold: Marks, predicted: Marks, t: _Tally, exact: bool
) -> None:
    """Cues (with their sources and types), hedges and loaded spans."""
    g_attr, g_hedge, g_loaded = gold
    p_attr, p_hedge, p_loaded = predicted
    m = t.spans(
        "attribution_cue", [a[0] for a in g_attr], [a[0] for a in p_attr], exact
    )
    for gi, pi in m:
        ga, pa = g_attr[gi], p_attr[pi]
        if ga[1]:  # gold attributions without a source say nothing about source spans
            if not pa[1]:
                t.source_f1.append(0.0)
            elif exact:
                t.source_f1.append(float(ga[1] == pa[1]))
            else:
                t.source_f1.append(_token_f1(text, ga[1], pa[1]))
        t.types[(ga[2], pa[2])] += 1
    t.spans("hedge_cue", g_hedge, p_hedge, exact)
    t.spans("loaded", g_loaded, p_loaded, exact)


def _score_doc(
    gold: Mapping[str, Any], pred: Mapping[str, Any], t: _Tally, exact: bool
) -> None:
    text: str = gold["text"]
    gs = gold["sentences"]
    ps = pred.get("sentences") or []
    predicted = _marks(ps)
    _segmentation(text, gs, ps, t)
    _sentence_layers(text, gs, ps, predicted, t)
    # Marks on gold boilerplate sentences are not counted (there should be none).
    gold_marks = _marks(g for g in gs if not g.get("boilerplate"))
    _span_layers(text, gold_marks, predicted, t, exact)
    go = _domain(gold.get("outlet"))
    if go:
        t.c["outlet.n"] += 1
        t.c["outlet.ok"] += int(_domain(pred.get("outlet")) == go)


def evaluate(
    golds: Iterable[Mapping[str, Any]],
    preds: Iterable[Mapping[str, Any]],
    *,
    exact: bool = False,
) -> dict[str, Any]:
    """Score predicted documents against gold documents.

    Args:
        golds: Gold documents (ANNOTATION.md format).
        preds: Predicted documents with the same field names, matched by ``id``.
        exact: Match spans only when their offsets are equal; source spans
            then score 1 when equal, else 0 (the shared scorer matches by
            overlap and scores sources by token F1).

    Returns:
        ``{metric: {p, r, f1, tp, fp, fn}}`` for each of :data:`METRICS`, plus
        ``source_type_accuracy``, ``source_span_f1``, ``outlet_accuracy``,
        ``source_type_confusion`` (``"gold->pred": count``) and
        ``missing_documents``.
    """
    by_id = {str(p.get("id")): p for p in preds}
    t = _Tally()
    missing = []
    for g in golds:
        p = by_id.get(str(g["id"]))
        if p is None:
            missing.append(g["id"])
            p = {"sentences": []}
        _score_doc(g, p, t, exact)
    out: dict[str, Any] = {k: t.result(k) for k in METRICS}
    n = sum(t.types.values())
    out["source_type_accuracy"] = (
        round(sum(v for (g, p), v in t.types.items() if g == p) / n, 4) if n else 0.0
    )
    out["source_span_f1"] = (
        round(sum(t.source_f1) / len(t.source_f1), 4) if t.source_f1 else 0.0
    )
    out["outlet_accuracy"] = (
        round(t.c["outlet.ok"] / t.c["outlet.n"], 4) if t.c["outlet.n"] else None
    )
    out["source_type_confusion"] = {
        f"{g}->{p}": v for (g, p), v in sorted(t.types.items(), key=str)
    }
    out["missing_documents"] = missing
    return out


def flat(metrics: Mapping[str, Any]) -> dict[str, float]:
    """Each metric as one number (F1 for the P/R/F1 ones)."""
    f: dict[str, float] = {}
    for k, v in metrics.items():
        if isinstance(v, dict) and "f1" in v:
            f[k] = v["f1"]
        elif isinstance(v, (int, float)) and v is not None:
            f[k] = v
    return f


def format_metrics(metrics: Mapping[str, Any]) -> str:
    """The metrics as the shared scorer prints them, one a line."""
    lines = []
    for k, v in metrics.items():
        if isinstance(v, dict) and "f1" in v:
            lines.append(
                f"{k:22s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}  "
                f"(tp={v['tp']} fp={v['fp']} fn={v['fn']})"
            )
        elif k not in ("source_type_confusion", "missing_documents"):
            lines.append(f"{k:22s} {v}")
    if metrics.get("missing_documents"):
        lines.append(
            "missing documents: " + ", ".join(map(str, metrics["missing_documents"]))
        )
    return "\n".join(lines)
