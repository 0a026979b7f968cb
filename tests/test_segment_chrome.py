"""Page chrome read as body: the form rules and the phrase entries."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from reliability.segment.boilerplate import (
    author_bio,
    bare_dateline,
    credit_tail,
    dated_link,
    is_bare_link,
    is_separator,
)

BODY = "The harbour authority closed the eastern pier on Monday after the storm.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Runners cross the bridge at dawn Image: Sam Field.", True),
        ("A ferry leaves port (Credit: Sam Field / Coast Pictures)", True),
        ("Crowds outside the court. Photo by Ann Lee/Metro Images", True),
        ("The photo was taken by a passer-by.", False),
        ("Image quality has improved, the company said.", False),
    ],
)
def test_credit_tail_finds_photo_credits(text: str, expected: bool) -> None:
    assert credit_tail(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- June 4, 2019 - Regulator approves a new vaccine", True),
        ("\u2022 Oct 1, 2020 | Agency issues storm warning", True),
        ("June 4, 2019 was the day the vaccine was approved.", False),
    ],
)
def test_dated_link_finds_release_lists(text: str, expected: bool) -> None:
    assert dated_link(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RIVERTON, June 4.", True),
        ("Riverton, Wyo., June 4, 2019", True),
        ("Riverton, June 4. Floods closed the road.", False),
        ("In Riverton, June was wet.", False),
    ],
)
def test_bare_dateline_is_place_and_date_alone(text: str, expected: bool) -> None:
    assert bare_dateline(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sam Field is a staff writer for the Coast Gazette.", True),
        ("Ann Lee is an investigative reporter based in Denver.", True),
        ("The mayor is a former reporter.", False),
        ("Sam Field is a firefighter for the county.", False),
    ],
)
def test_author_bio_finds_bio_lines(text: str, expected: bool) -> None:
    assert author_bio(text, len(text.split())) is expected


@pytest.mark.parametrize(
    "text, expected",
    [("###", True), ("* * *", True), ("...", False), ("A.", False)],
)
def test_is_separator_needs_no_word(text: str, expected: bool) -> None:
    assert is_separator(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("www.example.org/press/item-7", True),
        ("https://example.org", True),
        ("See https://example.org for details.", False),
    ],
)
def test_is_bare_link_is_an_address_alone(text: str, expected: bool) -> None:
    assert is_bare_link(text) is expected


@pytest.mark.parametrize(
    "line, rule",
    [
        ("The harbour fills at dusk Image: Sam Field.", "boilerplate:caption"),
        ("- June 4, 2019 - Regulator approves a new vaccine", "boilerplate:related"),
        ("RIVERTON, June 4.", "boilerplate:dateline"),
        ("Sam Field is a staff writer for the Coast Gazette.", "boilerplate:byline"),
        ("Reach him at sam@example.org.", "boilerplate:byline"),
        ("###", "boilerplate:separator"),
        ("Published date: 4 June 2019", "boilerplate:dateline"),
        ("From: Department of Harbours and Ferries", "boilerplate:byline"),
        ("Part of: Coastal flooding", "boilerplate:nav"),
        ("Up next: Ferry fares to rise", "boilerplate:related"),
        (
            "The post Ferry fares to rise appeared first on Coast Gazette.",
            "boilerplate:wire",
        ),
        (
            "This story was originally published by the Valley Ledger.",
            "boilerplate:wire",
        ),
        (
            "Sorry, the comment form is closed at this time.",
            "boilerplate:comments",
        ),
        (
            "A .gov website belongs to an official government organization in the "
            "United States.",
            "boilerplate:nav",
        ),
        (
            "The press release issued by the Department of Harbours on 4 June 2019.",
            "boilerplate:credit",
        ),
        ("Print this article", "boilerplate:share"),
    ],
)
def test_issue_17_page_chrome_is_boilerplate(line: str, rule: str) -> None:
    text = BODY + line + "\n" + BODY
    segs = split_sentences(text)
    assert [s.rule for s in segs] == [None, rule, None]


@pytest.mark.parametrize(
    "line",
    [
        "Reach for the stars, the coach told them.",
        "From the pier, the damage looked worse.",
        "Part of the roof fell in.",
        "He is a reporter at heart, the mayor joked about his critic.",
        "Watch the tide, locals say.",
        "It was published on a Sunday.",
    ],
)
def test_issue_17_short_body_sentences_stay_body(line: str) -> None:
    text = BODY + line + "\n" + BODY
    assert [s.boilerplate for s in split_sentences(text)] == [False, False, False]
