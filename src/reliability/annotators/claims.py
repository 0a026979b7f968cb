"""Claims: which body sentences assert something checkable, and which are unsourced."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reliability.document import Document
from reliability.findings import FlagFinding, Layer
from reliability.registry import register

__all__ = ["ClaimAnnotator"]

_QUESTION = re.compile(r"\?[\"'\u201d\u2019)]*\s*$")


@register("claims")
class ClaimAnnotator:
    """Flags claims and unsourced claims sentence by sentence."""

    name = "claims"
    version = "1"
    assigns = frozenset({Layer.CLAIM, Layer.UNSOURCED_CLAIM})
    requires = frozenset({Layer.ATTRIBUTIONS})

    def annotate(self, doc: Document) -> Iterator[FlagFinding]:
        """Yield a claim flag and an unsourced flag for every body sentence."""
        attributed = {doc.segment_at(f.cue_start) for f in doc.findings_on(Layer.ATTRIBUTIONS)}  # type: ignore[union-attr]
        quoted = {f.sentence for f in doc.findings_on(Layer.QUOTED) if f.value}  # type: ignore[union-attr]
        for i, seg in doc.content_segments():
            text = doc.segment_text(i)
            is_claim = not _QUESTION.search(text) and len(text.split()) >= 4
            yield FlagFinding(Layer.CLAIM, i, is_claim, "heuristic:claims", 0.6)
            unsourced = i not in attributed and i not in quoted
            yield FlagFinding(Layer.UNSOURCED_CLAIM, i, unsourced, "attribution:none", 0.8)
