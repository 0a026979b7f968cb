"""Hedge cues of everyday news: distancing words, negated status, passives."""

from __future__ import annotations

import pytest

from reliability.annotators.hedges import HedgeAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def cues(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in HedgeAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # The adjective distances the outlet from a judgement.
        ("The perceived threat from the north shaped the policy.", ["perceived"]),
        ("Protests broke out over perceived slights to the king.", ["perceived"]),
        ("Fans complained of bias and perceived favouritism.", ["perceived"]),
        ("Perceived weakness in the economy hurt the party.", ["Perceived"]),
        # The verb says what someone noticed.
        ("Residents perceived a change in the air.", []),
        ("She perceived danger and left the building.", []),
        ("He perceived that the crowd was restless.", []),
    ],
)
def test_hedges_marks_perceived_before_its_noun(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
