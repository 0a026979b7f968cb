"""Segmentation and boilerplate: the lines of a marked list flagged together."""

from __future__ import annotations

from reliability.segment.boilerplate import flag_siblings
from tests.segment_helpers import line_pieces

_TEASERS = (
    "Latest stories\n"
    "\u2022 Ferry timetable changes for the winter season\n"
    "\u2022 Council approves budget for new library wing\n"
    "\u2022 Orchard growers report a late but heavy harvest\n"
    "\u2022 Hospital car park to close for resurfacing"
)


def test_unflagged_line_of_a_mostly_flagged_list_is_flagged() -> None:
    pieces = line_pieces(_TEASERS)
    rules = ["boilerplate:nav", "boilerplate:related", None, "boilerplate:nav", None]
    rules[4] = "boilerplate:related"
    out = flag_siblings(_TEASERS, pieces, rules)
    assert out[2] == "boilerplate:siblings"
    assert out[0] == "boilerplate:nav"
    assert out[1] == out[4] == "boilerplate:related"


def test_half_flagged_list_is_left_alone() -> None:
    pieces = line_pieces(_TEASERS)
    rules = [None, "boilerplate:related", None, "boilerplate:nav", None]
    assert flag_siblings(_TEASERS, pieces, rules) == rules


def test_two_marked_lines_are_too_few() -> None:
    text = "\u2022 Roads reopen in the valley\n\u2022 Schools stay shut until Thursday"
    pieces = line_pieces(text)
    assert flag_siblings(text, pieces, ["boilerplate:nav", None]) == [
        "boilerplate:nav",
        None,
    ]


def test_hyphen_lists_do_not_count() -> None:
    text = (
        "- Bring a packed lunch\n- Wear boots for the trail\n"
        "- Sign in at the gate\n- Leave no litter behind"
    )
    pieces = line_pieces(text)
    rules = ["boilerplate:nav", "boilerplate:nav", "boilerplate:nav", None]
    assert flag_siblings(text, pieces, rules) == rules


def test_marker_inside_a_line_does_not_count() -> None:
    text = (
        "Sport \u2022 Results from the weekend\n"
        "News \u2022 Weather \u2022 Travel\n"
        "\u2022 Cup final moved to Sunday\n"
        "\u2022 Coach signs a new contract\n"
        "\u2022 Stadium roof repairs finished"
    )
    pieces = line_pieces(text)
    rules = ["boilerplate:nav", "boilerplate:nav", None, "boilerplate:nav", None]
    assert flag_siblings(text, pieces, rules) == rules
