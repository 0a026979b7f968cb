"""What annotators report: layers and findings, before the pipeline assembles them.

Annotators never build ``Sentence`` objects. They yield findings (a span on a
layer, an attribution, a per-sentence flag, an outlet); the pipeline checks
each against the annotator's ``assigns``, sorts, dedupes and places them in
sentences, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from reliability.schema import SourceType

__all__ = [
    "AttributionFinding",
    "Finding",
    "FlagFinding",
    "Layer",
    "OutletFinding",
    "SpanFinding",
]


class Layer(StrEnum):
    """Annotation layers; values are the gold JSON keys."""

    ATTRIBUTIONS = "attributions"
    HEDGES = "hedges"
    CLAIM = "claim"
    UNSOURCED_CLAIM = "unsourced_claim"
    LOADED = "loaded"
    QUOTED = "quoted"
    OUTLET = "outlet"


@dataclass(frozen=True, slots=True)
class SpanFinding:
    """A marked span on a span layer (hedges, loaded)."""

    layer: Layer
    start: int
    end: int
    rule: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class AttributionFinding:
    """An attribution: cue span, optional source span and its type."""

    cue_start: int
    cue_end: int
    source_start: int | None
    source_end: int | None
    source_type: SourceType
    rule: str
    confidence: float = 1.0
    outlet: str | None = None
    layer: Layer = Layer.ATTRIBUTIONS


@dataclass(frozen=True, slots=True)
class FlagFinding:
    """A per-sentence flag (claim, unsourced_claim, quoted) by sentence index."""

    layer: Layer
    sentence: int
    value: bool
    rule: str
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class OutletFinding:
    """The publishing outlet, or an outlet cited in the text."""

    domain: str
    rule: str
    start: int | None = None
    end: int | None = None
    cited: bool = False
    confidence: float = 1.0
    layer: Layer = Layer.OUTLET


Finding = SpanFinding | AttributionFinding | FlagFinding | OutletFinding
