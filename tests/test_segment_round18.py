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


@pytest.mark.parametrize(
    "line",
    [
        # A day's abbreviation before a date.
        "The final is set for Sat. Jan. 4 at the city stadium.",
        "The council meets on Wed. March 3 to vote on the budget.",
        "The office is open Mon. and Thu. mornings until June.",
        # A numbered resolution, road, suite or flat.
        "The House passed H. Res. 12 and sent it to the Senate.",
        "Traffic on Hwy. 101 was closed for hours after the crash.",
        "The crash happened on Rt. 9 near the old bridge.",
        "Letters go to 20 Elm Street, Ste. 300, in the city centre.",
        "The tenant in Apt. 4 called the police on Sunday.",
        # Circa before a year.
        "The castle was built c. 1450 by a local lord.",
        "The manuscript dates from ca. 1200 and is kept in a vault.",
        # A company's or a road's abbreviation inside a name.
        "The firm, Acme Mfg. Co., closed its plant in May.",
        "The office moved to 100 Main Rd. Suite 4 last year.",
        # Offices and titles before a name, courts, places and numbers.
        "Assoc. Prof. Ann Lee led the study of the harbour wall.",
        "Exec. Dir. Ann Lee said the group would appeal the ruling.",
        "The ruling by the 9th Cir. Court of Appeals was upheld.",
        "The rally in Union Sq. Park drew thousands on Sunday.",
        "A fire broke out near Pt. Reyes on Monday night.",
        "The Natl. Guard was called in after the flood.",
        "Smith Cos. Inc. reported a loss for the year.",
        "The meeting is at City Hall, Rm. 204, at noon.",
        "Call the council office at ext. 204 for details.",
    ],
)
def test_abbreviation_does_not_end_sentence(line: str) -> None:
    assert _sentences(line) == [line]


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        # The same words written in lower case are words that end a sentence.
        (
            "At last she sat. Then the rain began.",
            ["At last she sat.", "Then the rain began."],
        ),
        # A capitalised abbreviation still ends one before a word that opens one.
        (
            "The final is on Sat. The tickets sold out in an hour.",
            ["The final is on Sat.", "The tickets sold out in an hour."],
        ),
        (
            "The shop is on Main Rd. It opens at nine every day.",
            ["The shop is on Main Rd.", "It opens at nine every day."],
        ),
    ],
)
def test_abbreviation_ends_sentence(line: str, sentences: list[str]) -> None:
    assert _sentences(line) == sentences


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        # An elision mark in brackets goes on with the words after it, written
        # with three full stops as with the ellipsis character.
        (
            "The crew was tired. [...] Finishing the route was all that mattered.",
            ["The crew was tired.", "[...] Finishing the route was all that mattered."],
        ),
        (
            "The crew was tired. [\u2026] Finishing the route was all that mattered.",
            [
                "The crew was tired.",
                "[\u2026] Finishing the route was all that mattered.",
            ],
        ),
        (
            '"Most of the coast has mild winters [...] The storms that do come '
            'are brief," the report said.',
            [
                '"Most of the coast has mild winters [...] The storms that do come '
                'are brief," the report said.'
            ],
        ),
        # An ellipsis of full stops outside brackets still ends its sentence.
        (
            "The crew was tired... Finishing the route was all that mattered.",
            ["The crew was tired...", "Finishing the route was all that mattered."],
        ),
    ],
)
def test_bracketed_elision(line: str, sentences: list[str]) -> None:
    assert _sentences(line) == sentences
