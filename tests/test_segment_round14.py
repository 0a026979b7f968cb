"""Sentence splitting: line-wrapped text (round 14)."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lower-case word after an ellipsis goes on, also on the next line.
        (
            "Forecasters use the reports to decide whether to issue a warning...\n"
            "as the discussion below shows.\n",
            [
                "Forecasters use the reports to decide whether to issue a "
                "warning...\nas the discussion below shows."
            ],
        ),
        # ... a capitalised one opens a sentence of its own.
        (
            "Forecasters use the reports to decide whether to issue a warning...\n"
            "The discussion below shows how.\n",
            [
                "Forecasters use the reports to decide whether to issue a warning...",
                "The discussion below shows how.",
            ],
        ),
        # A number at the end of a wrapped line goes on into its unit.
        (
            "Sales of cheese rose sharply in the year to June, lifting it to $2.5\n"
            "billion in the June year, up $1 billion on the year before.\n",
            [
                "Sales of cheese rose sharply in the year to June, lifting it to "
                "$2.5\nbillion in the June year, up $1 billion on the "
                "year before."
            ],
        ),
        # A month at the end of a wrapped line goes on into its year.
        (
            "The trade surplus widened again, up $1 billion on the surplus in the "
            "September\n2021 quarter.\n",
            [
                "The trade surplus widened again, up $1 billion on the surplus in "
                "the September\n2021 quarter."
            ],
        ),
        # A list of short lines with a number at the end stays one line each.
        (
            "Call us on 0800 123 4567\nopening hours are on our website\n",
            ["Call us on 0800 123 4567", "opening hours are on our website"],
        ),
    ],
)
def test_wrapped_line_goes_on(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph whose every line keeps its <br /> tag is one sentence
        # per sentence, also where a line breaks before a capital.
        (
            "The two clubs agreed a new plan last week, which will help<br />\n"
            "Northern towns share their pitches, and it starts in May.<br />\n",
            [
                "The two clubs agreed a new plan last week, which will help<br />\n"
                "Northern towns share their pitches, and it starts in May.<br />"
            ],
        ),
        # A short tagged line is a line of its own ("Links:", a footnote).
        (
            "Read the full report online.<br />\n"
            "[1] http://example.org<br />\n"
            "Thanks for reading this week's issue of the letter.<br />\n",
            [
                "Read the full report online.<br />",
                "[1] http://example.org<br />",
                "Thanks for reading this week's issue of the letter.<br />",
            ],
        ),
    ],
)
def test_tagged_lines(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A newspaper's narrow column, wrapped at about 30 characters.
        (
            "The mayor opened the new\n"
            "bridge on Monday morning. A\n"
            "large crowd watched from the\n"
            "bank as the band played.\n",
            [
                "The mayor opened the new\nbridge on Monday morning.",
                "A\nlarge crowd watched from the\nbank as the band played.",
            ],
        ),
        # Short menu lines are lines of their own.
        (
            "Home\nLocal news\nSport and leisure\nContact us.\n",
            ["Home", "Local news", "Sport and leisure", "Contact us."],
        ),
    ],
)
def test_narrow_column(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bulletin's list items wrapped under their own text.
        (
            "* CHANGES TO WARNINGS:\n"
            "    - The flood watch has been upgraded to a Flood\n"
            "      Warning for River Town and Lake County\n"
            "    - A Wind Warning is in effect for Hill County, North\n"
            "      County, South County, West County, East County,\n"
            "      and Central County\n",
            [
                "* CHANGES TO WARNINGS:",
                "- The flood watch has been upgraded to a Flood\n"
                "      Warning for River Town and Lake County",
                "- A Wind Warning is in effect for Hill County, North\n"
                "      County, South County, West County, East County,\n"
                "      and Central County",
            ],
        ),
        # A line at another column is a line of its own.
        (
            "- Roads closed in the North\n"
            "    Schools open as usual\n"
            "Buses run to the weekend timetable\n",
            [
                "- Roads closed in the North",
                "Schools open as usual",
                "Buses run to the weekend timetable",
            ],
        ),
    ],
)
def test_hanging_item(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party and district tag after a dotted abbreviation goes on.
        (
            "Congresswoman Ann Lee, M.D. (MD-04) announced new grants on Monday.",
            ["Congresswoman Ann Lee, M.D. (MD-04) announced new grants on Monday."],
        ),
        (
            "Sen. Tom Hill Jr. (R-TX) said the bill would pass on Friday.",
            ["Sen. Tom Hill Jr. (R-TX) said the bill would pass on Friday."],
        ),
        # A table's number at the head of its caption.
        (
            "Table 2.  Rainfall by month at the three stations.",
            ["Table 2.  Rainfall by month at the three stations."],
        ),
        (
            "Figure 3. The storm's track across the bay.",
            ["Figure 3. The storm's track across the bay."],
        ),
        # ... a number at the end of a sentence still ends it.
        (
            "The results are in Table 2. The rain fell mostly in May.",
            ["The results are in Table 2.", "The rain fell mostly in May."],
        ),
    ],
)
def test_numbered_labels(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title without its full stop at the end of a wrapped line.
        (
            "\u201cThe new rules will help small shops most of all,\u201d Mr\n"
            "Green said.\n",
            [
                "\u201cThe new rules will help small shops most of all,\u201d "
                "Mr\nGreen said."
            ],
        ),
        # ... a lower-case word ending a line is no title.
        (
            "The clinic is run by a local charity and a gp practice, said ms\n"
            "Green Street Surgery is closed on Sundays.\n",
            [
                "The clinic is run by a local charity and a gp practice, said ms",
                "Green Street Surgery is closed on Sundays.",
            ],
        ),
    ],
)
def test_title_at_line_end(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected
