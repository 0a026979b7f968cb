"""Hedge cues: existential reports, reader asides, hypothetical people, evaluations."""

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
        # The existential frame with an adverb or a qualifier between.
        ("There have also been reports that the bridge was closed.", ["reports"]),
        ("There have been press reports that the mayor will resign.", ["reports"]),
        ("There have been many reports of flooding in the valley.", ["reports"]),
        ("There were numerous reports of looting overnight.", ["reports"]),
        # The reports only named, or denied: no frame carries a claim on them.
        ("Officials have been denying reports that the plant leaked.", []),
        ("There is little in the reports that matters.", []),
    ],
)
def test_hedges_reads_reports_in_an_existential_frame(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected
