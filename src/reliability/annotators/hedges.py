"""Hedges: words that lower the certainty of a claim (ANNOTATION.md, "Hedges")."""

from __future__ import annotations

from reliability.annotators.base import LexiconAnnotator
from reliability.findings import Layer
from reliability.registry import register

__all__ = ["HedgeAnnotator"]


@register("hedges")
class HedgeAnnotator(LexiconAnnotator):
    """Marks hedging cues in the outlet's own voice (not inside quotations)."""

    name = "hedges"
    version = "1"
    layer = Layer.HEDGES
    lexicon = "hedges"
    skip_quotations = True
