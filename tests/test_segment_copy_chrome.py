"""Page chrome of copies and listings: provenance, licence, donation, captions."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences

BODY = (
    "Engineers reopened the eastern pier on Monday after three weeks of repairs "
    "to the storm wall, the harbour authority said in a statement.\n"
)


@pytest.mark.parametrize(
    "line, rule",
    [
        # A copy's provenance and licence notes, above or below the piece.
        ("Originally posted by the City Gazette.", "boilerplate:wire"),
        ("Originally published in the Harbour Times on 3 May.", "boilerplate:wire"),
        (
            "The following press release was issued by the port authority today.",
            "boilerplate:wire",
        ),
        ("It is reproduced in full below.", "boilerplate:wire"),
        (
            "Content from the agency is produced by its staff and is in the "
            "public domain.",
            "boilerplate:copyright",
        ),
        (
            "You may freely reproduce these pictures if you credit the author.",
            "boilerplate:copyright",
        ),
        # Donation appeals and attachment labels of blog listings.
        (
            "Keep our reporters on the road with a donation today!",
            "boilerplate:newsletter",
        ),
        ("We cannot keep going without your help.", "boilerplate:newsletter"),
        ("Donate now \u00bb", "boilerplate:newsletter"),
        ("Media Files:", "boilerplate:label"),
        # Wiki and player chrome.
        ("Jump to navigation Jump to search", "boilerplate:nav"),
        ("Sources", "boilerplate:label"),
        ("please wait", "boilerplate:nav"),
        ("This forum has been closed.", "boilerplate:comments"),
        ("For more information, see the agency's annual report.", "boilerplate:nav"),
    ],
)
def test_split_sentences_flags_copy_and_listing_chrome(line: str, rule: str) -> None:
    text = BODY + line + "\n" + BODY
    segs = split_sentences(text, model=None)
    assert [s.rule for s in segs] == [None, rule, None]


@pytest.mark.parametrize(
    "line",
    [
        "The archive was originally published in two volumes.",
        "Most of the land is in public hands, the council said.",
        "Help arrived without delay, residents said.",
    ],
)
def test_split_sentences_keeps_body_near_copy_chrome(line: str) -> None:
    text = BODY + line + "\n" + BODY
    assert [s.boilerplate for s in split_sentences(text, model=None)] == [False] * 3


# A long caption (over 45 words), as picture desks write them.
CAPTION = (
    "Divers from the coast guard check the hull of a fishing boat that ran "
    "aground near the harbour entrance on Sunday after its engine failed in "
    "high winds, while volunteers from the lifeboat station and the harbour "
    "master's crew wait on the quay with pumps and tow lines to pull it clear "
    "at high tide, Alton, March 3, 2024."
)


def test_split_sentences_flags_caption_printed_twice_and_its_credit() -> None:
    text = "Boat Runs Aground\n\n" + CAPTION + "\n" + CAPTION + "\nAnn Lee\n" + BODY
    rules = [s.rule for s in split_sentences(text, model=None)]
    assert rules[1:] == [
        "boilerplate:caption",
        "boilerplate:caption",
        "boilerplate:credit",
        None,
    ]


def test_split_sentences_keeps_a_text_copied_twice() -> None:
    # Five paragraphs in a row, each printed twice: the story copied, not captions.
    paras = [
        f"Paragraph {n} of the report says the pier reopened on Monday morning."
        for n in "ABCDE"
    ]
    text = "".join(p + "\n" + p + "\n" for p in paras)
    assert not any(s.boilerplate for s in split_sentences(text, model=None))
