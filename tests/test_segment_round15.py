"""Segmentation: stops after numbers, headlines, page instructions (round 15)."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from tests.segment_helpers import LEAD, TAIL, rules_around


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An ordinal's ending is a word, not the abbreviation "St.".
        (
            "The road will reopen on the 21st. Drivers should use the bypass.",
            ["The road will reopen on the 21st.", "Drivers should use the bypass."],
        ),
        (
            "Bids close on October 1st. After that, the council will decide.",
            ["Bids close on October 1st.", "After that, the council will decide."],
        ),
        # ... like the other ordinals and a unit glued to its number.
        (
            "The vote is on May 2nd. Turnout is expected to be low.",
            ["The vote is on May 2nd.", "Turnout is expected to be low."],
        ),
        (
            "The wave was 6ft. The pier was closed.",
            ["The wave was 6ft.", "The pier was closed."],
        ),
        # "St." before a name still runs on, and so does a time glued to its hour.
        (
            "The plant in St. Louis employs 300 people.",
            ["The plant in St. Louis employs 300 people."],
        ),
        (
            "The doors open at 10a.m. Friday and close at noon.",
            ["The doors open at 10a.m. Friday and close at noon."],
        ),
        # After a clock time, "EST" is the time zone: a sentence ends there
        # before a capital that is no date.
        (
            "The launch is set for 8 p.m. EST. Viewers can watch it online.",
            ["The launch is set for 8 p.m. EST.", "Viewers can watch it online."],
        ),
        (
            "The outage runs from 2200 est. February 14th until 0400 est. "
            "February 15th.",
            [
                "The outage runs from 2200 est. February 14th until 0400 est. "
                "February 15th."
            ],
        ),
        (
            "The shop, est. 1887, is closing. Family owned, Est. 1887. We deliver.",
            [
                "The shop, est. 1887, is closing.",
                "Family owned, Est. 1887.",
                "We deliver.",
            ],
        ),
        # A clock time goes on into a month written in full, as into "Jan.".
        (
            "The hearing begins at 9 a.m. January 4 in the county court.",
            ["The hearing begins at 9 a.m. January 4 in the county court."],
        ),
        (
            "The hearing begins at 9 a.m. Marchers gathered outside.",
            ["The hearing begins at 9 a.m.", "Marchers gathered outside."],
        ),
    ],
)
def test_number_before_stop(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title-case headline goes on past a phrase that opens with a
        # sentence-opening word; its stop is an abbreviation's.
        (
            "Senate Passes Aid Bill After the U.S. Election\n",
            ["Senate Passes Aid Bill After the U.S. Election"],
        ),
        (
            "Police Arrest Suspect After the Shooting in St. Louis\n",
            ["Police Arrest Suspect After the Shooting in St. Louis"],
        ),
        (
            "Flood Waters Recede As the Clean-Up Begins in Washington, D.C.\n",
            ["Flood Waters Recede As the Clean-Up Begins in Washington, D.C."],
        ),
        # A sentence run into a headline is still cut off it.
        (
            "Record Heat Hits Europe The temperature in Madrid reached 44C on "
            "Sunday.\n",
            [
                "Record Heat Hits Europe",
                "The temperature in Madrid reached 44C on Sunday.",
            ],
        ),
        (
            "Storm Closes Pier After the Flood The harbour authority said on "
            "Monday that repairs would take weeks.\n",
            [
                "Storm Closes Pier",
                "After the Flood The harbour authority said on Monday that repairs "
                "would take weeks.",
            ],
        ),
    ],
)
def test_headline_goes_on(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Click on the map to see the latest flood alerts.",
        "To watch the full speech, click here.",
        "For the full list of winners, click on the link below.",
        "Refresh this page for the latest updates.",
        "Scroll down to read the council's statement.",
        "Tap here to listen to the interview.",
        "Use the drop-down menu to choose a region.",
        "Please fill in this short survey.",
        "Enter a keyword in the search box to find older stories.",
        "Select your station from the list of links below.",
    ],
)
def test_instruction_to_reader_is_navigation(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Use caution when driving in fog, police said.",
        "Tap water in the town is safe to drink again, the council said.",
        "Select Committee chair Jane Roe said the report was damning.",
        "Users who click on the link are taken to a fake site, police said.",
        "Enter the hall through the side door, visitors were told.",
        "Residents should refresh their emergency kits before winter.",
        "Press freedom fell again this year, the group said.",
    ],
)
def test_body_sentence_like_an_instruction_stays_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A note to the reader about the site itself is furniture.
        (
            "Please acknowledge the council as the source of any material taken "
            "from this site.",
            "boilerplate:nav",
        ),
        (
            "You can find everything you need on this website while the move is "
            "under way.",
            "boilerplate:nav",
        ),
        ("You'll find the full timetable on our web page.", "boilerplate:nav"),
        # The outlet's news about its page, a quotation and other pages are body.
        ("We will update this page when the road reopens.", None),
        ("Please help us find our dog, the owner wrote on her page.", None),
        ('"You can see it on our website," the mayor said.', None),
        ("You can see the damage from the road.", None),
    ],
)
def test_note_to_reader_about_site(line: str, expected: str | None) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A dateline with a dash opens a long sentence that ends in a stop.
        (
            "May 3, 2020 \u2013 The council approved the budget on Friday after a "
            "long debate about the cost of repairs to the harbour wall and the pier.",
            None,
        ),
        # A listed release's date and headline is still a link.
        (
            "March 3, 2020 - Agency approves a new test for the virus",
            "boilerplate:related",
        ),
        ("March 3, 2020 - Agency approves a new test.", "boilerplate:related"),
    ],
)
def test_dated_lede_is_body(line: str, expected: str | None) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # An icon's name left alone on its line by extraction is furniture.
        ("arrow_upward", "boilerplate:nav"),
        ("icon_share", "boilerplate:nav"),
        ("keyboard_arrow_down", "boilerplate:nav"),
        # A name with an underscore inside a sentence is body.
        ("The file was saved as budget_final by the clerk.", None),
    ],
)
def test_icon_name_line(line: str, expected: str | None) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [expected]
