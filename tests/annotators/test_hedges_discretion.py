"""Hedge cues: a public body's discretion on a guidance page (notes 69)."""

from __future__ import annotations

import pytest

from reliability.annotators.hedges import HedgeAnnotator
from reliability.document import Document
from reliability.segment import split_sentences

#: A guidance page's reader address: four uses of "you"/"your" before the case.
GUIDANCE = (
    "If your home was damaged by the flood, you can ask for help. "
    "Keep your receipts and tell us how you want to be contacted. "
)
#: A news report's opening: no reader address.
NEWS = "The river burst its banks on Tuesday after a week of heavy rain. "


def cues(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in HedgeAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Agency may provide a one-time grant for temporary housing.",
        "In some cases HUD may also be able to help pay for repairs.",
        "We may be able to reimburse the cost of a hotel stay.",
        "Claim the costs your insurer might cover first.",
        "The Commissioner may waive the fee for low-income households.",
    ],
)
def test_hedges_skips_institution_discretion_on_a_guidance_page(sentence: str) -> None:
    assert cues(GUIDANCE + sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # The same wording in a news report is the outlet's doubt.
        "The Agency may provide a one-time grant for temporary housing.",
        "In some cases HUD may also be able to help pay for repairs.",
        "The Commissioner may waive the fee for low-income households.",
    ],
)
def test_hedges_keeps_institution_modals_in_news(sentence: str) -> None:
    assert cues(NEWS + sentence) == ["may"]


@pytest.mark.parametrize(
    "sentence",
    [
        # A guidance page's other modals keep their doubt: no administrative
        # act, or no public body as subject.
        "The water may rise again overnight.",
        "NATO may send more troops to the region.",
        "The new treatment may help some patients recover.",
        "Officials said the shelter may provide meals.",
    ],
)
def test_hedges_keeps_other_modals_on_a_guidance_page(sentence: str) -> None:
    assert cues(GUIDANCE + sentence) == ["may"]
