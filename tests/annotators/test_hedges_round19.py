"""Hedge cues of general news writing, round 19: report passives, unnamed agents."""

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
        # A crowd that names no one holds the view: a report passive.
        (
            "He is considered by many to be the best coach in the league.",
            ["is considered"],
        ),
        ("The move was seen by many as a snub to the mayor.", ["was seen"]),
        ("The reform is regarded by some as a betrayal.", ["is regarded"]),
        ("The film is thought by some to be lost.", ["is thought"]),
        ("The painting was believed by most to be a fake.", ["was believed"]),
        ("The tax was viewed by others as a fair price.", ["was viewed"]),
        ("The plan was seen by many people as too costly.", ["was seen"]),
        ("It is believed by many that the mayor will resign.", ["It is believed"]),
        (
            "The song has been widely regarded by many as his best.",
            ["has been widely regarded"],
        ),
        # A named group, a count or another verb: not this cue.
        ("The attack is seen by many experts as a show of strength.", []),
        ("The plan was seen by some of his rivals as a trap.", []),
        ("The march was attended by some 200 people.", []),
        ("The deal was praised by many in the party.", []),
        ("The singer was mourned by many.", []),
        ("The film was seen by many.", []),
        ("The video was viewed by many on social media.", []),
        ("The entries were judged by some of the best chefs.", []),
        ("He is considered by many the best coach in the league.", ["is considered"]),
        ("The rule is seen by the court as binding.", []),
        # An aside without "be" is not read.
        ("The decision, seen by many as overdue, came on Monday.", []),
        ("The vote \u2014 seen by some as a test \u2014 went ahead.", []),
        # After a modal the modal is the cue (annotation notes 18).
        ("The law could be seen by many as unfair.", ["could"]),
        # Someone else's words are not marked.
        ('"It is seen by many as a snub," she said.', []),
        ("Is it seen by many as a snub?", []),
    ],
)
def test_report_passive_with_unnamed_agent(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A second passive shares the first one's "be": a report passive.
        ("He was arrested on Monday and accused of fraud.", ["accused of"]),
        ("The minister was sacked and seen as a scapegoat.", ["seen as"]),
        ("The striker is quick and widely regarded as the best.", ["regarded as"]),
        ("The film was released in May and described as a triumph.", ["described as"]),
        ("A veteran and considered to be the favourite, she won.", ["considered to"]),
        ("The mayor was praised or viewed as a hero.", ["viewed as"]),
        # Negated, active before "to", or "to" without "be": not this cue.
        ("He was charged but not accused of murder.", []),
        ("Sales were weak and expected to fall.", []),
        ("The car was stopped and reported to the police.", []),
        ("He paused and thought to himself.", []),
        ("The striker scored and regarded the goal as luck.", []),
    ],
)
def test_coordinated_report_passive(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
