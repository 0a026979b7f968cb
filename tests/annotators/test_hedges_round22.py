"""Hedge cues of general news writing, round 22: distancing nouns the outlet settles."""

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
        # The outlet's own predicate says whether the reported thing holds:
        # no distance to mark (annotation notes D21).
        ("But these allegations are false.", []),
        ("The claims are false.", []),
        ("The allegations were untrue.", []),
        ("Such claims have been debunked.", []),
        ("The accusations are groundless.", []),
        ("The claims turned out to be wrong.", []),
        ("The claims were found to be false.", []),
        ("The allegations are not true.", []),
        ("These allegations are completely baseless.", []),
        ("The accusations of bribery have been proven false.", []),
        ("Allegations of abuse by the army are abundant and well documented.", []),
        ("In fact, allegations of abuse are well-documented.", []),
        ("Both claims are correct.", []),
        ("The allegations are unfounded and absurd.", []),
        ("Yet the claims were wrong.", []),
        ("Most of the claims are false.", []),
        ("Many of those allegations were untrue.", []),
        ("Her claims about the vaccine are false.", []),
        ("The claims are false, and the company knows it.", []),
        ("The claims are false and misleading, regulators said.", ["claims"]),
        # A teller before or after holds the verdict: the noun keeps its distance.
        ("The minister said the allegations were false.", ["allegations"]),
        ("Officials insist the claims are untrue.", ["claims"]),
        ("The ministry said claims were false.", ["claims"]),
        ("The company's claims are misleading, regulators said.", ["claims"]),
        ("The allegations of fraud are false, the court found.", ["allegations"]),
        # No verdict, a modal, or the verdict inside another clause or phrase.
        ("The claims are being investigated.", ["claims"]),
        ("The allegations were dropped.", ["allegations"]),
        ("The allegations are part of a wider inquiry.", ["allegations"]),
        ("The claims are based on a false premise.", ["claims"]),
        ("The allegations may be false.", ["allegations", "may"]),
        # The claimed content comes first: a falsity after it may be its own.
        ("The claims that the vote was rigged are false.", ["claims"]),
        ("Allegations that he took bribes were untrue.", ["Allegations"]),
        ("Claims that the results were false spread online.", ["Claims"]),
        ("There were claims that the vote was false.", ["claims"]),
        ("The allegations, which the mayor denies, are false.", ["allegations"]),
        ("But such claims are hard to verify.", ["claims"]),
        # Someone else's words are not marked.
        ('"The claims are false," she said.', []),
    ],
)
def test_distancing_noun_settled_by_the_outlet(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
