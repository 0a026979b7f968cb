"""Hedge cues of general news writing, round 17: modals that assert nothing."""

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
        # An embedded question: "whether"/"how" before "may" as before
        # "might" and "could".
        ("Officials are checking whether the fire may have been set.", []),
        ("Engineers are studying how the dam may be repaired.", []),
        # An embedded question whose complement moved to its wh-word.
        ("It is not clear who the next leader might be.", ["not clear"]),
        ("Reporters asked what the cause could be.", []),
        ("Nobody said which route the convoy might be.", []),
        # A comparison with what was expected, with no subject after
        # "as"/"than".
        ("Turnout was higher than might have been expected.", []),
        ("The damage was not as bad as might be feared.", []),
        ("As might be expected, prices rose sharply.", []),
        ("The bill was larger than could have been foreseen.", []),
        # The modal keeps its hedge where it asserts a likelihood.
        ("The bridge may reopen next month.", ["may"]),
        ("It is not clear who might be the next leader.", ["not clear", "might"]),
        ("The longer the delay, the higher the cost may be.", ["may"]),
        ("The storm could be the strongest in a decade.", ["could"]),
        ("Prices could rise by as much as 5 percent.", ["could"]),
        ("The talks may be over by Friday.", ["may"]),
        ("It may be.", ["may"]),
        ("Turnout was lower than we might think.", []),
        ("Turnout was lower than many had expected.", []),
        ("The vote was expected to pass.", ["was expected to"]),
    ],
)
def test_modal_in_question_or_comparison(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
