"""What the claim tests share: the rules' claim and unsourced flags for one
body sentence."""

from __future__ import annotations

from reliability import Analyzer
from reliability.annotators.claims import ClaimAnnotator
from reliability.document import Document
from reliability.findings import FlagFinding, Layer
from reliability.segment import Segment


def _rule_flag(text: str, layer: Layer) -> bool:
    """The rules' flag of ``layer`` for ``text`` taken as one body sentence."""
    doc = Document(text=text, segments=[Segment(0, len(text))])
    flags = {
        (f.layer, f.sentence): f
        for f in ClaimAnnotator().annotate(doc)
        if isinstance(f, FlagFinding)
    }
    return bool(flags[(layer, 0)].value)


def rule_claim(text: str) -> bool:
    """The rules' claim flag for ``text`` taken as one body sentence."""
    return _rule_flag(text, Layer.CLAIM)


def rule_unsourced(text: str) -> bool:
    """The rules' unsourced-claim flag for ``text`` taken as one body sentence."""
    return _rule_flag(text, Layer.UNSOURCED_CLAIM)


def unsourced_at(analyzer: Analyzer, text: str, needle: str) -> bool:
    """Whether the sentence of ``text`` holding ``needle`` is an unsourced
    claim (it must be a claim)."""
    result = analyzer.analyze(text)
    for s in result.sentences:
        if needle in text[s.start : s.end]:
            assert s.claim, "the sentence should be a claim"
            return s.unsourced_claim
    raise AssertionError(f"no sentence holds {needle!r}")
