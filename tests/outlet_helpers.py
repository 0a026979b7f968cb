"""What the outlet-annotator tests share: a plain local story to set page
furniture around, and the outlet the annotator finds for a text."""

from __future__ import annotations

from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences

STORY = (
    "The county closed the old river bridge on Tuesday so that crews can replace "
    "its deck. Engineers said the work would take about six months and cost "
    "close to four million dollars. Drivers will use a signed detour through the "
    "town centre until the spring.\n"
)


def found(text: str) -> tuple[str, str, str | None] | None:
    """(domain, rule, evidence text) of the document's outlet, offsets checked."""
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    got = [f for f in OutletAnnotator().annotate(doc) if not f.cited]
    if not got:
        return None
    f = got[0]
    if f.start is None or f.end is None:
        return f.domain, f.rule, None
    return f.domain, f.rule, text[f.start : f.end]


def check_found(found, text, expected, rule):
    """``found`` (an outlet finding or None) names ``expected`` = (domain,
    name as written in ``text``) with ``rule``; None expects no finding."""
    if expected is None:
        assert found is None
        return
    domain, name = expected
    start = text.index(name)
    assert found is not None
    assert (found.domain, found.rule, found.start, found.end) == (
        domain,
        rule,
        start,
        start + len(name),
    )
