"""Document scores: pure functions from annotated sentences to 0-100 figures.

Every score says which sentences moved it and what it summed, so a reader can
trace it back. The formulas are documented in ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from reliability.config import ScoreWeights
from reliability.schema import (
    CitedOutlet,
    DocumentScores,
    Outlet,
    Rating,
    Score,
    Sentence,
)

__all__ = ["score_document"]


def _pct(x: float) -> float:
    return round(max(0.0, min(100.0, 100.0 * x)), 1)


def _attribution(body: list[tuple[int, Sentence]], weights: ScoreWeights) -> Score:
    sw = weights.sources
    claims = [(i, s) for i, s in body if s.claim]
    if not claims:
        return Score(value=None, explanation="No checkable claims in the body.")
    total = 0.0
    counted: dict[str, int] = {}
    # A quotation sentence without its own attribution is worth what the
    # quotation's attribution is worth; pronoun weight is a fair stand-in.
    last_quote_weight = sw.pronoun
    for _, s in claims:
        if s.attributions:
            best = max(getattr(sw, a.source_type.value) for a in s.attributions)
            kind = max(s.attributions, key=lambda a: getattr(sw, a.source_type.value))
            counted[kind.source_type.value] = counted.get(kind.source_type.value, 0) + 1
            last_quote_weight = best
        elif s.quoted:
            best = last_quote_weight
            counted["quotation"] = counted.get("quotation", 0) + 1
        else:
            best = 0.0
            counted["unattributed"] = counted.get("unattributed", 0) + 1
        total += best
    value = total / len(claims)
    parts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counted.items()))
    return Score(
        value=_pct(value),
        explanation=(
            f"{len(claims)} claims weighted by their best source ({parts}); "
            "named on-record sources count most, vague ones least."
        ),
        components={
            "claims": float(len(claims)),
            **{f"by_{k}": float(v) for k, v in counted.items()},
        },
        sentences=tuple(i for i, _ in claims),
    )


def _unsourced(body: list[tuple[int, Sentence]]) -> Score:
    claims = [i for i, s in body if s.claim]
    unsourced = [i for i, s in body if s.unsourced_claim]
    if not claims:
        return Score(value=None, explanation="No checkable claims in the body.")
    return Score(
        value=_pct(1 - len(unsourced) / len(claims)),
        explanation=(
            f"{len(unsourced)} of {len(claims)} claims say nowhere where they "
            "come from."
        ),
        components={"claims": float(len(claims)), "unsourced": float(len(unsourced))},
        sentences=tuple(unsourced),
    )


def _hedging(body: list[tuple[int, Sentence]]) -> Score:
    if not body:
        return Score(value=None, explanation="No body sentences.")
    hedged = [i for i, s in body if s.hedges]
    cues = sum(len(s.hedges) for _, s in body)
    return Score(
        value=_pct(1 - len(hedged) / len(body)),
        explanation=(
            f"{len(hedged)} of {len(body)} body sentences are hedged ({cues} cues) "
            "in the "
            "outlet's own voice."
        ),
        components={
            "sentences": float(len(body)),
            "hedged": float(len(hedged)),
            "cues": float(cues),
        },
        sentences=tuple(hedged),
    )


def _loaded(body: list[tuple[int, Sentence]]) -> Score:
    if not body:
        return Score(value=None, explanation="No body sentences.")
    marked = [i for i, s in body if s.loaded]
    terms = sorted({t.text.lower() for _, s in body for t in s.loaded})
    shown = ", ".join(terms[:8]) + ("…" if len(terms) > 8 else "")
    return Score(
        value=_pct(1 - len(marked) / len(body)),
        explanation=(
            f"{len(marked)} of {len(body)} body sentences use loaded language"
            + (f" ({shown})." if terms else ".")
        ),
        components={"sentences": float(len(body)), "loaded": float(len(marked))},
        sentences=tuple(marked),
    )


def score_document(
    sentences: Sequence[Sentence],
    *,
    weights: ScoreWeights | None = None,
    provenance: Score | None = None,
    readability: dict[str, float] | None = None,
) -> DocumentScores:
    """Score a document from its sentences; boilerplate takes no part.

    Args:
        sentences: The document's sentences, in order.
        weights: Weights of the components and of the kinds of source.
        provenance: The outlet provenance score, when the outlet is known.
        readability: Informative readability figures to carry along.

    Returns:
        Each component score and the overall score, their weighted mean over
        the components that have a value.
    """
    weights = weights or ScoreWeights()
    body = [(i, s) for i, s in enumerate(sentences) if not s.boilerplate]
    parts = {
        "attribution": _attribution(body, weights),
        "unsourced": _unsourced(body),
        "hedging": _hedging(body),
        "loaded": _loaded(body),
    }
    if provenance is not None:
        parts["provenance"] = provenance
    present = {k: v for k, v in parts.items() if v.value is not None}
    total_w = sum(getattr(weights, k) for k in present)
    if present and total_w > 0:
        value = (
            sum(getattr(weights, k) * (v.value or 0.0) for k, v in present.items())
            / total_w
        )
        overall = Score(
            value=round(value, 1),
            explanation="Weighted mean of "
            + ", ".join(
                f"{k} {v.value:g} (weight {getattr(weights, k):g})"
                for k, v in present.items()
            )
            + ".",
            components={k: v.value or 0.0 for k, v in present.items()},
            sentences=tuple(i for i, _ in body),
        )
    else:
        overall = Score(value=None, explanation="Nothing to score: no body sentences.")
    return DocumentScores(
        overall=overall,
        attribution=parts["attribution"],
        hedging=parts["hedging"],
        unsourced=parts["unsourced"],
        loaded=parts["loaded"],
        provenance=provenance,
        readability=readability or {},
    )


def score_provenance(
    publisher: Outlet | None,
    cited: Sequence[CitedOutlet],
    sentences: Sequence[Sentence],
) -> Score | None:
    """0-100 from the publisher's and cited outlets' ratings, by claims carried.

    The publisher carries the body claims no cited outlet carries (at least
    one); each cited outlet carries the claims attributed to it. Each party's
    figure is its first rating in precedence order that has a value. Unknown
    outlets are named as unknown and left out.

    Args:
        publisher: The publishing outlet, with its ratings.
        cited: The outlets the text cites, with the claims each carries.
        sentences: The document's sentences.

    Returns:
        The score, or None when no party has a rating.
    """
    body_claims = sum(1 for s in sentences if s.claim and not s.boilerplate)
    by_cited = sum(c.claims for c in cited)
    parties: list[tuple[str, Outlet, float]] = []
    if publisher is not None:
        parties.append(("publisher", publisher, max(body_claims - by_cited, 1)))
    for c in cited:
        if c.claims:
            parties.append(("cited", c.outlet, float(c.claims)))
    known: list[tuple[str, Outlet, float, Rating]] = []
    unknown: list[str] = []
    for role, outlet, weight in parties:
        rating = next((r for r in outlet.ratings if r.value is not None), None)
        label = outlet.name or outlet.domain
        if rating is None:
            unknown.append(f"{label} ({role}, unrated)")
        else:
            known.append((role, outlet, weight, rating))
    if not known:
        return None
    total = sum(w for _, _, w, _ in known)
    value = sum(w * (r.value or 0.0) for _, _, w, r in known) / total
    parts = [
        f"{o.name or o.domain} ({role}, {w:g} claim{'s' if w != 1 else ''}): "
        f"{r.label or format(r.value, '.2f')} per {r.source}"
        + (f", {r.date}" if r.date else "")
        + (" [state-affiliated]" if o.state_affiliated else "")
        for role, o, w, r in known
    ]
    explanation = "Weighted by claims carried: " + "; ".join(parts) + "."
    if unknown:
        explanation += " Unknown, not guessed: " + ", ".join(unknown) + "."
    components = {
        f"{role}:{o.domain}": round(100 * (r.value or 0.0), 1)
        for role, o, _, r in known
    }
    return Score(
        value=round(100 * value, 1),
        explanation=explanation,
        components=components,
        sentences=tuple(sorted({i for c in cited for i in c.sentences})),
    )
