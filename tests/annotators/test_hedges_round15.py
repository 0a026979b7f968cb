"""Hedge cues of general news writing: agentless report passives with an adverb."""

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
        # An adverb of frequency inside an agentless report passive: the
        # whole verb group is the cue, as with "widely" or "now".
        (
            "The two parties are sometimes regarded as natural allies.",
            ["are sometimes regarded as"],
        ),
        (
            "The final is usually considered the biggest game of the year.",
            ["is usually considered"],
        ),
        ("Such loans are typically viewed as risky.", ["are typically viewed as"]),
        ("Women were rarely seen as serious candidates.", ["were rarely seen as"]),
        (
            "Coffee is not usually considered a health risk.",
            ["is not usually considered"],
        ),
        # The impersonal passive relays unnamed opinion, marked from "it".
        (
            "It has also been suggested that the fire was set.",
            ["It has also been suggested"],
        ),
        ("It is often suggested that prices will fall.", ["It is often suggested"]),
        (
            "It has been widely suggested that he will run.",
            ["It has been widely suggested"],
        ),
        # With an agent it is an attribution; seeing or suggesting is no report.
        ("It has been suggested by some that the date is wrong.", []),
        ("The minister suggested that the talks be delayed.", []),
        ("The plan is usually seen by critics as a tax cut.", []),
        ("Foxes are sometimes seen in the park.", []),
    ],
)
def test_hedges_reads_frequency_adverbs_in_report_passives(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected
