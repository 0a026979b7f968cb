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


@pytest.mark.parametrize(
    "text, expected",
    [
        # Capitalised parts joined by full stops are one abbreviation.
        (
            "The House passed H.Res. 12 on a voice vote. Nobody objected.",
            [
                "The House passed H.Res. 12 on a voice vote.",
                "Nobody objected.",
            ],
        ),
        (
            "The unit was led by Maj.Gen. Ann Lee until the spring.",
            ["The unit was led by Maj.Gen. Ann Lee until the spring."],
        ),
        # ... and still end a sentence before a word that opens one.
        (
            "She later moved to St.Louis. Her sister stayed behind.",
            ["She later moved to St.Louis.", "Her sister stayed behind."],
        ),
    ],
)
def test_split_sentences_dotted_capitalised_abbreviation(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A two-letter postal code after a place name ends the sentence.
        (
            "The fire burned east of Riverton, WY. Crews held the line overnight.",
            [
                "The fire burned east of Riverton, WY.",
                "Crews held the line overnight.",
            ],
        ),
        (
            "The plant is in Easton, MT. Heavy smoke closed the road.",
            ["The plant is in Easton, MT.", "Heavy smoke closed the road."],
        ),
        # "Mt." in title case before a peak's name is still a title.
        (
            "Hikers climbed Mt. Baker in June.",
            ["Hikers climbed Mt. Baker in June."],
        ),
    ],
)
def test_split_sentences_postal_state_code_after_place(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected
