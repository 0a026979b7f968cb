"""What the attribution annotator finds in a text, for the attribution tests."""

from __future__ import annotations

from reliability.annotators.attribution import AttributionAnnotator
from reliability.document import Document
from reliability.findings import AttributionFinding
from reliability.segment import Segment, split_sentences

#: A span as ``(start, end, text)``.
Span3 = tuple[int, int, str]

ANNOTATOR = AttributionAnnotator()


def body_document(text: str) -> Document:
    """``text`` split into sentences, every one of them body text.

    Boilerplate detection is not under test where this is used.
    """
    segments = [Segment(s.start, s.end) for s in split_sentences(text)]
    return Document(text=text, segments=segments)


def attributions(text: str) -> list[tuple[Span3, Span3, str]]:
    """Each attribution found, as ``(cue, source, source_type)``, in order."""
    out = []
    for f in ANNOTATOR.annotate(body_document(text)):
        if isinstance(f, AttributionFinding):
            assert f.source_start is not None and f.source_end is not None
            cue = (f.cue_start, f.cue_end, text[f.cue_start : f.cue_end])
            src = (f.source_start, f.source_end, text[f.source_start : f.source_end])
            out.append((cue, src, f.source_type.value))
    return out


def found(text: str) -> list[tuple[str, str, str]]:
    """Each attribution found, as ``(cue text, source text, source_type)``."""
    return [(cue[2], src[2], typ) for cue, src, typ in attributions(text)]


def cues(text: str) -> list[str]:
    """The cue text of each attribution found, in order."""
    return [cue[2] for cue, _, _ in attributions(text)]
