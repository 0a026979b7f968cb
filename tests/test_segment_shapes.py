"""Sentence ends and page furniture by general shape: wrapped lines ending in a
name, dotted abbreviations, postal state codes, and lists of teasers."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    "text",
    [
        "The new clinic will be run by a nurse who trained in Public Health\n"
        "at the state university and worked for ten years in rural towns.",
        "Volunteers from three villages repaired the bridge over the Old River\n"
        "in less than a week, using timber donated by a local sawmill.",
    ],
)
def test_split_sentences_wrapped_prose_line_ending_in_a_name_goes_on(
    text: str,
) -> None:
    assert _sentences(text) == [text]


def test_split_sentences_title_case_line_before_lower_case_stays_apart() -> None:
    text = "Seven Ways to Keep Your Garden Green in a Dry Summer\nplease wait"
    assert len(_sentences(text)) == 2
