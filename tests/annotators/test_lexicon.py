"""LexiconAnnotator: word-aligned phrase matching, body sentences only."""

from __future__ import annotations

import pytest

from reliability.annotators.base import LexiconAnnotator
from reliability.document import Document
from reliability.findings import Layer
from reliability.segment import Segment


class _Hedges(LexiconAnnotator):
    """The hedge lexicon with no veto: every match is kept."""

    name = "test-hedges"
    layer = Layer.HEDGES
    lexicon = "hedges"


class _HedgesWithoutSeemsTo(_Hedges):
    """Drops a phrase after loading, as subclasses that rekey phrases do."""

    def __init__(self) -> None:
        super().__init__()
        del self._phrases[("seems", "to")]
        self._lengths["seems"] = [1]


def _spans(
    annotator: LexiconAnnotator, text: str, segments: list[Segment]
) -> list[tuple[int, int, str]]:
    doc = Document(text=text, segments=segments)
    return [(f.start, f.end, text[f.start : f.end]) for f in annotator.annotate(doc)]


def _sentences(text: str, *boilerplate: int) -> list[Segment]:
    """One segment per line of ``text``; the lines numbered in ``boilerplate``
    are boilerplate."""
    out, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        out.append(Segment(pos, pos + len(line), i in boilerplate))
        pos += len(line) + 1
    return out


@pytest.mark.parametrize(
    "text, boilerplate, expected",
    [
        # the longest phrase first; a word alone where no phrase goes on
        (
            "The ferry seems to run late.\nIt seems quiet.",
            (),
            [(10, 18, "seems to"), (32, 37, "seems")],
        ),
        # case-blind; a common first word whose phrase does not follow ("It
        # is cold"); the phrase that starts first wins ("it is believed" over
        # "is believed to")
        (
            "Rain Could come. It is cold and it is believed to snow.",
            (),
            [(5, 10, "Could"), (32, 46, "it is believed")],
        ),
        # nothing in boilerplate lines
        ("Possibly closed today.\nThe shop could open.", (0,), [(32, 37, "could")]),
        # a phrase never runs over the end of its sentence
        ("The ferry seems\nto run late.", (), [(10, 15, "seems")]),
        # nor over punctuation between its words
        ("The ferry seems. To be sure, it runs.", (), [(10, 15, "seems")]),
        ("", (), []),
    ],
)
def test_lexicon_annotator_marks_phrases_in_body_sentences(
    text: str, boilerplate: tuple[int, ...], expected: list[tuple[int, int, str]]
) -> None:
    assert _spans(_Hedges(), text, _sentences(text, *boilerplate)) == expected


def test_lexicon_annotator_uses_phrases_a_subclass_changed() -> None:
    text = "The ferry seems to run late."
    assert _spans(_HedgesWithoutSeemsTo(), text, _sentences(text)) == [
        (10, 15, "seems")
    ]


def test_lexicon_annotator_skips_words_between_sentences() -> None:
    # Segments need not cover the text: a word outside every one is skipped.
    text = "may. It could rain."
    assert _spans(_Hedges(), text, [Segment(5, 19)]) == [(8, 13, "could")]


@pytest.mark.parametrize(
    "offset, expected",
    [(0, None), (4, None), (5, (5, 10)), (9, (5, 10)), (10, None), (12, None)],
)
def test_document_content_segment_at(
    offset: int, expected: tuple[int, int] | None
) -> None:
    # a boilerplate segment, a body segment, a gap, then boilerplate again
    doc = Document(
        text="Menu Body. Ad",
        segments=[Segment(0, 4, True), Segment(5, 10), Segment(11, 13, True)],
    )
    seg = doc.content_segment_at(offset)
    assert (None if seg is None else (seg.start, seg.end)) == expected
