"""Attribution in the news register: constructions of wire, broadcast and local copy.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts, and every
span is checked against its offsets.
"""

from __future__ import annotations

import pytest

from reliability.annotators.attribution import AttributionAnnotator
from reliability.document import Document
from reliability.findings import AttributionFinding
from reliability.segment import Segment, split_sentences

ANNOTATOR = AttributionAnnotator()

Found = tuple[str, str, str]


def _found(text: str) -> list[Found]:
    segments = [Segment(s.start, s.end) for s in split_sentences(text)]
    out = []
    for f in ANNOTATOR.annotate(Document(text=text, segments=segments)):
        if isinstance(f, AttributionFinding):
            assert f.source_start is not None and f.source_end is not None
            out.append(
                (
                    text[f.cue_start : f.cue_end],
                    text[f.source_start : f.source_end],
                    f.source_type.value,
                )
            )
    return out


UNKNOWN_SPEAKER_NOUNS = [
    (
        "Still, the fund warned that the recovery would be slow.",
        [("warned", "the fund", "pronoun")],
    ),
    (
        "However, the panel concluded that the bridge was safe.",
        [("concluded", "the panel", "pronoun")],
    ),
    (
        "The airline's owner insisted that no jobs would go.",
        [("insisted", "The airline's owner", "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", UNKNOWN_SPEAKER_NOUNS)
def test_attribution_speech_verb_with_a_clause_takes_an_unknown_noun(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's fair to say that the season was a failure.",
        "The nonstop demands that come with the job wear people down.",
        "The following comment that he made was removed.",
    ],
)
def test_attribution_unknown_noun_needs_a_past_speech_verb(text):
    assert _found(text) == []


TOLD_PLAIN_ADDRESSEES = [
    (
        "Tesla told investors that deliveries would rise.",
        [("told", "Tesla", "named_organization")],
    ),
    (
        "The chief executive told shareholders that profits would fall.",
        [("told", "The chief executive", "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", TOLD_PLAIN_ADDRESSEES)
def test_attribution_told_a_plain_plural_addressee(text, expected):
    assert _found(text) == expected


DESCRIBED_NAMES = [
    (
        "Spain's state weather agency, Aemet, said temperatures would rise.",
        [("said", "Spain's state weather agency, Aemet", "named_organization")],
    ),
    (
        "The country's biggest steel union, Ferro, warned of strikes.",
        [("warned", "The country's biggest steel union, Ferro", "named_organization")],
    ),
    (
        "Her longtime business partner, Tom Reed, said the deal was fair.",
        [("said", "Her longtime business partner, Tom Reed", "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_NAMES)
def test_attribution_description_then_name_apposition(text, expected):
    assert _found(text) == expected
