"""Plain-text copies whose paragraphs open with a short first line."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


def test_split_sentences_joins_short_first_line_of_wrapped_paragraph() -> None:
    text = (
        "The harbour\n"
        "reopened on Monday after three weeks of repairs to the storm wall and\n"
        "the slipway, which the winter gales had badly damaged in January.\n"
        '"It was a\n'
        'long winter for all of us," the harbour master said on Monday.\n'
    )
    assert _sentences(text) == [
        "The harbour\nreopened on Monday after three weeks of repairs to the storm "
        "wall and\nthe slipway, which the winter gales had badly damaged in January.",
        '"It was a\nlong winter for all of us," the harbour master said on Monday.',
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A headline above a paragraph that opens with a capital.
        "Harbour reopens\nThe harbour reopened on Monday after three weeks of work.",
        # Short menu lines.
        "Home\nnews\nsport and weather",
        # A label above a web address.
        "More at\nwww.example.org/harbour/reopening-of-the-eastern-pier-2024",
    ],
)
def test_split_sentences_keeps_short_line_apart(text: str) -> None:
    assert len(_sentences(text)) == text.count("\n") + 1


def test_split_sentences_bullet_after_and_opens_a_new_item() -> None:
    text = (
        "The guide explains:\n"
        "  \u2022 How the harbour wall was rebuilt after the storms of January; and\n"
        "  \u2022 How the new slipway will protect the fishing fleet in winter.\n"
    )
    assert _sentences(text) == [
        "The guide explains:",
        "\u2022 How the harbour wall was rebuilt after the storms of January; and",
        "\u2022 How the new slipway will protect the fishing fleet in winter.",
    ]


def test_split_sentences_line_broken_after_and_goes_on() -> None:
    text = (
        "The harbour wall was rebuilt after the storms of January and\n"
        "the new slipway will protect the fishing fleet in winter.\n"
    )
    assert len(_sentences(text)) == 1


@pytest.mark.parametrize("mark", ["-", "*", "\u2013"])
def test_split_sentences_dash_or_star_bullet_opens_a_new_item(mark: str) -> None:
    # A list of linked headlines: the first item ends on a word a sentence
    # may go on from ("one"), but the mark and space open the next item.
    text = (
        f"{mark} Ferry crew rescues two swimmers and a dog off the point at one\n"
        f"{mark} Harbour wall repairs to close the eastern pier until the spring\n"
    )
    assert _sentences(text) == [
        f"{mark} Ferry crew rescues two swimmers and a dog off the point at one",
        f"{mark} Harbour wall repairs to close the eastern pier until the spring",
    ]


def test_split_sentences_hyphen_inside_a_wrapped_line_goes_on() -> None:
    text = (
        "The harbour master said the repairs to the storm wall would take the\n"
        "-long and costly- winter months to finish, and the pier stays shut.\n"
    )
    assert len(_sentences(text)) == 1


def test_split_sentences_lines_where_the_next_word_would_fit_are_not_wrapped() -> None:
    # Three lines of similar width, the middle one without a stop: a caption
    # with its credit between two short paragraphs. A wrapper at this width
    # would have kept "Photo:" on the first line and "The" on the second.
    text = (
        "The mayor opened the new library on Saturday morning.\n"
        "Photo: The mayor cuts the ribbon outside the library. Ann Lee/City News\n"
        "The library holds 40,000 books. It opens daily at nine.\n"
    )
    assert _sentences(text) == [
        "The mayor opened the new library on Saturday morning.",
        "Photo: The mayor cuts the ribbon outside the library.",
        "Ann Lee/City News",
        "The library holds 40,000 books.",
        "It opens daily at nine.",
    ]


def test_split_sentences_wrapped_paragraph_with_indented_first_line() -> None:
    # The indent is part of the first line's width: "after" would not have
    # fitted on it.
    text = (
        "            The harbour board met on Tuesday and voted to rebuild\n"
        "the pier after the storms. It approved the plan by seven votes to\n"
        "two, and work on the new sea wall will start in the spring. Nobody\n"
        "spoke against it.\n"
    )
    assert _sentences(text) == [
        "The harbour board met on Tuesday and voted to rebuild\n"
        "the pier after the storms.",
        "It approved the plan by seven votes to\n"
        "two, and work on the new sea wall will start in the spring.",
        "Nobody\nspoke against it.",
    ]


def test_split_sentences_lines_ending_in_break_markup_go_on() -> None:
    # A feed copy keeps "<br />" at the end of each wrapped line; the
    # sentences run on across it as they would across a bare line break.
    text = (
        "The harbour board met on Tuesday and voted to rebuild<br />\n"
        "the eastern pier after the storms. Work on the new sea<br />\n"
        "wall will start in the spring, the board said.\n"
    )
    assert _sentences(text) == [
        "The harbour board met on Tuesday and voted to rebuild<br />\n"
        "the eastern pier after the storms.",
        "Work on the new sea<br />\nwall will start in the spring, the board said.",
    ]
