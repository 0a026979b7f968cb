"""Segmentation and boilerplate: round 23 (short sentences between chrome)."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from reliability.segment.boilerplate import flag_flanked
from reliability.segment.sentences import Piece
from tests.segment_helpers import LEAD, TAIL

# Two lines any page's chrome holds: a share row and a newsletter prompt.
_ABOVE = "Share this article on Facebook\n"
_BELOW = "\nSign up for our daily newsletter\n"


def _rule(line: str, above: str = _ABOVE, below: str = _BELOW) -> str | None:
    """The rule of ``line`` set between ``above`` and ``below``, in a story."""
    text = LEAD + above + line + below + TAIL
    a = len(LEAD) + len(above)
    segments = split_sentences(text, model=None)
    inside = [s.rule for s in segments if s.start == a]
    assert len(inside) == 1
    return inside[0]


@pytest.mark.parametrize(
    "line",
    [
        "Free admission.",
        "Tickets cost five dollars.",
        "Open daily from nine.",
        "Unlock the full archive today!",
        "The original text is in Spanish.",
        "Courtesy of the city council.",
        "None.",
        "Subscribers read every story…",
    ],
)
def test_short_sentence_between_chrome_is_chrome(line: str) -> None:
    assert _rule(line) == "boilerplate:flanked"


@pytest.mark.parametrize(
    ("above", "line", "below"),
    [
        # A sentence of nine words or more is left to the other rules.
        (
            _ABOVE,
            "The council will vote on the new budget next Tuesday evening.",
            _BELOW,
        ),
        # A speaker's words under a speaker's label.
        ("SMITH:\n", "No.", "\nJONES:\n"),
        ("Answer:\n", "Not this year.", _BELOW),
        # A reader's or a speaker's own voice.
        (_ABOVE, "I agree.", _BELOW),
        (_ABOVE, "I'm not so sure.", _BELOW),
        (_ABOVE, "I\u2019ve seen this before.", _BELOW),
        # A live blog's entry under its time stamp, a diary's under its date.
        ("10:32 a.m.\n", "Police have closed the bridge.", "\n10:45 a.m.\n"),
        ("Updated 11:30 GMT\n", "Ferries are cancelled.", _BELOW),
        ("Posted 12:00 PM\n", "Trains are running late.", _BELOW),
        ("Tuesday, June 3, 2024\n", "Roads remain closed.", _BELOW),
        # A short paragraph of the story between two inserts.
        (
            "Read more: Storm shuts schools\n\n",
            "Nobody was hurt.",
            "\n\nAdvertisement\n",
        ),
        ("Share this article\n\n", "He denied the charges.", "\n\n" + _BELOW),
        # An interview's label is not a sentence.
        (_ABOVE, "Q.", _BELOW),
        # A line without a final stop is not this rule's (it has its own).
        (_ABOVE, "The council will vote on the new budget", _BELOW),
    ],
)
def test_flanked_rule_leaves_alone(above: str, line: str, below: str) -> None:
    assert _rule(line, above, below) != "boilerplate:flanked"


def test_stopped_line_between_chrome_is_flanked_not_nav() -> None:
    # The round-22 rule leaves a line that ends in a stop to the body; this
    # round's rule flags a short one between two flagged lines.
    above, below = "Share on Facebook\n", "\nListen to this article"
    assert _rule("The bridge reopened.", above, below) == "boilerplate:flanked"


def test_flanked_needs_both_neighbours() -> None:
    text = "Share this\nFree admission.\nThe pier reopens on Monday."
    pieces = [Piece(0, 10, 0, True), Piece(11, 26, 1, True), Piece(27, 54, 2, True)]
    assert flag_flanked(text, pieces, ["boilerplate:nav", None, None]) == [
        "boilerplate:nav",
        None,
        None,
    ]
    flanked = flag_flanked(text, pieces, ["boilerplate:nav", None, "boilerplate:nav"])
    assert flanked[1] == "boilerplate:flanked"


def test_first_and_last_sentence_are_left_alone() -> None:
    text = "Free admission.\nShare this\nOpen daily."
    pieces = [Piece(0, 15, 0, True), Piece(16, 26, 1, True), Piece(27, 38, 2, True)]
    assert flag_flanked(text, pieces, [None, "boilerplate:nav", None]) == [
        None,
        "boilerplate:nav",
        None,
    ]
