"""What the claim tests share: the rules' claim flag for one body sentence."""

from __future__ import annotations

from reliability.annotators.claims import ClaimAnnotator
from reliability.document import Document
from reliability.findings import FlagFinding, Layer
from reliability.segment import Segment


def rule_claim(text: str) -> bool:
    """The rules' claim flag for ``text`` taken as one body sentence."""
    doc = Document(text=text, segments=[Segment(0, len(text))])
    flags = {
        (f.layer, f.sentence): f
        for f in ClaimAnnotator().annotate(doc)
        if isinstance(f, FlagFinding)
    }
    return flags[(Layer.CLAIM, 0)].value
