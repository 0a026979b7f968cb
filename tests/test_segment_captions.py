"""Captions that a picture's credit closes, and credits that name the maker.

Each case is a line of our own set between two body paragraphs (rules only),
so the rules see it as a page shows it; the body lines around it stay body.
"""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, rules_around

CAPTION = "boilerplate:caption"


def _rules(line: str) -> tuple[list[str | None], list[str | None]]:
    return rules_around(LEAD, line, TAIL, model=None)


@pytest.mark.parametrize(
    "line",
    [
        "Staff photo by Jane Roe",
        "County Fire Service photo by Sam Field.",
        "Navy video by Petty Officer 2nd Class Sam Field/Released",
        "Photos courtesy of the Roe family",
    ],
)
def test_credit_naming_the_maker_is_a_caption(line: str) -> None:
    inside, around = _rules(line)
    assert inside == [CAPTION]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "A video by the rescue team shows the boat sinking near the pier.",
        "The photo by Jane Roe won a regional prize last year.",
        "Video by the group showed the crowd leaving the square.",
    ],
)
def test_sentence_about_a_picture_stays_body(line: str) -> None:
    inside, _ = _rules(line)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    [
        # A caption of three sentences before a bracketed credit.
        "Rescuers search the river near Millbrook, May 3. The boat sank on "
        "Friday evening. Two men were pulled from the water. "
        "(Coast Guard photo by Jane Roe)",
        # ... and before a credit line that names the maker.
        "Volunteers stack sandbags outside the library. The river rose two "
        "metres overnight. Staff photo by Sam Field",
        # ... and before a photographer and two agencies, from the archive.
        "Crews inspect the sea wall in Millbrook on May 3, 2023. "
        "Jane Roe / Harbour Agency - Coast Pictures file",
        "A ferry waits at the pier in Millbrook on Friday. Sam Field / Coastwire file",
        # ... and before a lender's credit.
        "Jane Roe with her father on the pier in 1990. Courtesy Jane Roe",
        # ... and before an agency's slash credit.
        "A farmer checks his flooded field outside Millbrook. Officially, the "
        "valley has flooded four times since 1990. AGENCY/Jane Roe",
    ],
)
def test_sentences_before_a_photo_credit_on_its_line_are_the_caption(
    line: str,
) -> None:
    inside, around = _rules(line)
    assert inside and set(inside) == {CAPTION}
    assert around == [None, None]


def test_long_paragraph_before_a_credit_keeps_its_body() -> None:
    # A credit glued to the end of a long paragraph ends a caption of one
    # sentence; the paragraph's sentences before it are body.
    body = (
        "The council met for four hours on Tuesday to discuss the flood plan, "
        "which would raise the river wall by a metre along the whole length of "
        "the town centre and add two new pumping stations. "
    ) * 3
    line = body + "A pump is lowered into place. (Council photo by Jane Roe)"
    inside, _ = _rules(line)
    assert inside == [None, None, None, CAPTION, CAPTION]


def test_alt_text_above_the_same_caption_with_its_credit_is_a_caption() -> None:
    caption = "Rescuers search the river near Millbrook. The boat sank on Friday."
    line = caption + "\n" + caption + " Photo: Jane Roe/Harbour Agency"
    inside, around = _rules(line)
    assert inside and set(inside) == {CAPTION}
    assert around == [None, None]


def test_body_line_repeated_without_a_credit_is_not_a_caption() -> None:
    # The same sentence twice with no credit after it says nothing of a photo.
    line = "The council met on Monday.\nThe council met on Monday. It voted to act."
    inside, _ = _rules(line)
    assert inside[0] is None


def test_courtesy_of_a_body_sentence_stays_body() -> None:
    line = "Courtesy of Millbrook Council, the pier has new lights this winter."
    inside, _ = _rules(line)
    assert inside == [None]
