"""Loaded language: a vivid reporting verb that is the attribution cue is the
cue only, not also a loaded span (annotation notes, decision 78); the same
verb with no speaker made its source stays loaded."""

from __future__ import annotations

import pytest

from reliability import Analyzer
from reliability.document import Document
from reliability.registry import create
from reliability.segment import Segment


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


def _spans(analyzer: Analyzer, text: str) -> tuple[list[str], list[str]]:
    sentence = analyzer.analyze(text).sentences[0]
    cues = [a.cue.text for a in sentence.attributions]
    return cues, [x.text for x in sentence.loaded]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The senator blasted the plan, saying it would cost jobs.", "blasted"),
        ("She blasted the board for its silence.", "blasted"),
        ("The minister slammed the report on Tuesday, calling it late.", "slammed"),
    ],
)
def test_vivid_cue_is_the_cue_only(analyzer: Analyzer, text: str, cue: str) -> None:
    cues, loaded = _spans(analyzer, text)
    assert cue in cues
    assert cue not in loaded


@pytest.mark.parametrize(
    "text, word",
    [
        ("The plan was blasted as a giveaway to developers.", "blasted"),
        ("The mayor's latest budget has been slammed from all sides.", "slammed"),
        ("In a blistering speech, the mayor tore into the council.", "tore into"),
    ],
)
def test_vivid_verb_without_a_cue_stays_loaded(
    analyzer: Analyzer, text: str, word: str
) -> None:
    cues, loaded = _spans(analyzer, text)
    assert word not in cues
    assert word in loaded


def test_loaded_annotator_alone_still_marks_the_verb() -> None:
    """Without the attribution annotator's cues there is nothing to defer to."""
    text = "The senator blasted the plan, saying it would cost jobs."
    doc = Document(text=text, segments=[Segment(0, len(text))])
    found = [text[f.start : f.end] for f in create("loaded").annotate(doc)]
    assert "blasted" in found
