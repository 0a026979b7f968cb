"""Loaded language: words that judge or stir (ANNOTATION.md, "Loaded language")."""

from __future__ import annotations

from reliability.annotators.base import LexiconAnnotator
from reliability.findings import Layer
from reliability.registry import register

__all__ = ["LoadedAnnotator"]


@register("loaded")
class LoadedAnnotator(LexiconAnnotator):
    """Marks loaded terms in the outlet's own voice (not inside quotations)."""

    name = "loaded"
    version = "1"
    layer = Layer.LOADED
    lexicon = "loaded"
    skip_quotations = True
