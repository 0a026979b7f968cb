"""Attributions: who is said to say what (ANNOTATION.md, "Attributions")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.registry import register
from reliability.schema import SourceType

__all__ = ["AttributionAnnotator"]

_ACCORDING = re.compile(r"\b[Aa]ccording to\b")
_VERB = re.compile(r"\b(?:said|says|told|added|warned|claimed|denied|reported|confirmed)\b")


@register("attribution")
class AttributionAnnotator:
    """Finds reporting verbs and "according to", with their sources."""

    name = "attribution"
    version = "1"
    assigns = frozenset({Layer.ATTRIBUTIONS, Layer.QUOTED})
    requires: frozenset[Layer] = frozenset()

    def annotate(self, doc: Document) -> Iterator[AttributionFinding | FlagFinding]:
        """Yield attributions found in body sentences."""
        for i, seg in doc.content_segments():
            text = doc.segment_text(i)
            for m in _ACCORDING.finditer(text):
                yield AttributionFinding(
                    seg.start + m.start(), seg.start + m.end(), None, None,
                    SourceType.VAGUE, "pattern:according-to", 0.5,
                )
            for m in _VERB.finditer(text):
                yield AttributionFinding(
                    seg.start + m.start(), seg.start + m.end(), None, None,
                    SourceType.PRONOUN, "pattern:verb", 0.5,
                )
