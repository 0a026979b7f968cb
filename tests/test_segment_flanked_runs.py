"""Segmentation and boilerplate: runs of short lines held between chrome."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from reliability.segment.boilerplate import flag_flanked
from reliability.segment.sentences import Piece
from tests.segment_helpers import LEAD, TAIL, line_pieces

# Two lines any page's chrome holds: a share row and a newsletter prompt.
_ABOVE = "Share this article on Facebook\n"
_BELOW = "\nSign up for our daily newsletter\n"


def _rules(lines: list[str], above: str = _ABOVE, below: str = _BELOW) -> list:
    """The rules of ``lines``, one a line, set between ``above`` and ``below``."""
    block = "\n".join(lines)
    text = LEAD + above + block + below + TAIL
    a = len(LEAD) + len(above)
    b = a + len(block)
    segments = split_sentences(text, model=None)
    return [s.rule for s in segments if s.start >= a and s.end <= b]


@pytest.mark.parametrize(
    "lines",
    [
        ["Gallery of the flooded quay", "Swipe left for the next picture"],
        ["Notes in English only.", "Chair's welcome"],
        ["The minutes are in Welsh.", "Item one", "None."],
    ],
)
def test_short_lines_between_chrome_are_chrome(lines: list[str]) -> None:
    assert None not in _rules(lines)


def test_run_with_a_long_line_is_left_alone() -> None:
    lines = [
        "Pier at dawn",
        "The harbour master said on Tuesday that the western pier would stay "
        "open to ferries and fishing boats through the winter.",
    ]
    assert "boilerplate:flanked" not in _rules(lines)


def test_run_sharing_a_line_is_left_alone() -> None:
    text = "Share row\nPier at dawn. Tap to enlarge.\nNewsletter box"
    pieces = [
        Piece(0, 9, 0, True),
        Piece(10, 23, 1, False),
        Piece(24, 39, 1, False),
        Piece(40, 54, 2, True),
    ]
    rules = ["boilerplate:share", None, None, "boilerplate:newsletter"]
    assert flag_flanked(text, pieces, rules) == rules


def test_run_under_a_colon_label_is_left_alone() -> None:
    text = "Closures:\nNorth Road\nMill Lane\nShare this"
    rules = ["boilerplate:nav", None, None, "boilerplate:share"]
    assert flag_flanked(text, line_pieces(text), rules) == rules


def test_run_of_seven_lines_is_too_long() -> None:
    text = "\n".join(["Share row"] + [f"Item {k}" for k in range(7)] + ["Footer"])
    rules = ["boilerplate:share"] + [None] * 7 + ["boilerplate:nav"]
    assert flag_flanked(text, line_pieces(text), rules) == rules


def test_run_of_two_between_chrome_is_flagged() -> None:
    text = "Share row\nPier at dawn\nTap to enlarge\nFooter"
    rules = ["boilerplate:share", None, None, "boilerplate:nav"]
    assert flag_flanked(text, line_pieces(text), rules) == [
        "boilerplate:share",
        "boilerplate:flanked",
        "boilerplate:flanked",
        "boilerplate:nav",
    ]


def test_run_of_sentences_is_a_story_and_left_alone() -> None:
    text = (
        "Share row\nThe council met on Monday.\n"
        "Members approved the harbour budget.\nFooter"
    )
    rules = ["boilerplate:share", None, None, "boilerplate:nav"]
    assert flag_flanked(text, line_pieces(text), rules) == rules
