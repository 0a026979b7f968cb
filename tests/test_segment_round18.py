"""Segmentation: bracketed codes that close a line after a stop (round 18)."""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, line_rules


def _sentences(line: str) -> list[str]:
    """The sentences of ``line`` set between two body paragraphs."""
    text = LEAD + line + TAIL
    a, b = len(LEAD), len(LEAD) + len(line)
    return [s for s, _ in line_rules(text) if a <= text.find(s, a) < b]


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        # A time zone in brackets after a clock time closes a live blog's stamp.
        ("Update: 11:40 p.m. (EST)", ["Update: 11:40 p.m. (EST)"]),
        ("As of 9:00 A.M. (GMT)", ["As of 9:00 A.M. (GMT)"]),
        # A party and state tag after the speaker's name closes the quotation.
        (
            "\u201cThe bill will pass this week,\u201d said Rep. Ann Lee. (R-TX)",
            ["\u201cThe bill will pass this week,\u201d said Rep. Ann Lee. (R-TX)"],
        ),
        (
            "The plan was backed by Senator Tom Hill. (D-NY)",
            ["The plan was backed by Senator Tom Hill. (D-NY)"],
        ),
        # Other bracketed notes at a line's end stay sentences of their own.
        (
            "The ferry sailed at dawn. (Read more)",
            ["The ferry sailed at dawn.", "(Read more)"],
        ),
        (
            "Crowds gathered in the square on Monday. (AP)",
            ["Crowds gathered in the square on Monday.", "(AP)"],
        ),
        # A code that does not close its line is left to the other rules.
        (
            "The ferry leaves at 8:30 a.m. (ET) Friday from the eastern pier.",
            ["The ferry leaves at 8:30 a.m. (ET) Friday from the eastern pier."],
        ),
    ],
)
def test_code_closing_a_line(line: str, sentences: list[str]) -> None:
    assert _sentences(line) == sentences
