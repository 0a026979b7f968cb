"""How wires and networks sign their copy: dateline, byline and credit styles
beyond the bracket-and-dash dateline."""

from __future__ import annotations

import pytest

from tests.outlet_helpers import STORY, found

HEAD = "Bridge to close for six months\n"
LEAD = (
    "The county closed the old river bridge on Tuesday so that crews can replace "
    "its deck, officials said."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # An underscore for the dash after the agency's bracket (old wire style).
        (HEAD + "DENVER (AP) _ " + LEAD + "\n" + STORY, ("apnews.com", "AP")),
        # A full stop and a hyphen after the bracket.
        (HEAD + "Madrid, 4 Mar (EFE).- " + LEAD + "\n" + STORY, ("efe.com", "EFE")),
        # A network's desk signs the dateline: the network is the origin.
        (
            HEAD + "New York (CNN Business) \u2014 " + LEAD + "\n" + STORY,
            ("cnn.com", "CNN Business"),
        ),
        # No brackets: the network's name before a long dash opening the story.
        (HEAD + "Denver CNN \u2014 " + LEAD + "\n" + STORY, ("cnn.com", "CNN")),
        (HEAD + "CNN \u2014 " + LEAD + "\n" + STORY, ("cnn.com", "CNN")),
        (HEAD + "Reuters -- " + LEAD + "\n" + STORY, ("reuters.com", "Reuters")),
    ],
)
def test_datelines_name_the_copys_origin(text, expected):
    got = found(text)
    assert got is not None
    assert got == (expected[0], "text:origin:dateline", expected[1])


@pytest.mark.parametrize(
    "text",
    [
        # A title bar: the outlet's name and a dash, but no paragraph after it
        # (a masthead, which names the publisher, not a dateline).
        "CNN \u2014 Home\n" + STORY,
        # A name that is no outlet before the dash.
        HEAD + "County Council \u2014 " + LEAD + "\n" + STORY,
        # A single hyphen is a title bar's or a list's, not a dateline's.
        HEAD + "Denver CNN - " + LEAD + "\n" + STORY,
        # A desk word after a name the registry lacks gives nothing.
        HEAD + "DENVER (Valley Business) \u2014 " + LEAD + "\n" + STORY,
    ],
)
def test_dashes_that_sign_no_copy(text):
    got = found(text)
    assert got is None or got[1] != "text:origin:dateline"


@pytest.mark.parametrize(
    "byline, domain, name",
    [
        # The wires' byline: the writer in capitals, the agency after a space.
        ("By JANE DOE Associated Press", "apnews.com", "Associated Press"),
        ("By JANE DOE and JOHN ROE Associated Press", "apnews.com", "Associated Press"),
        # A writer "for" a paper: the writer's name does not swallow the paper's.
        ("By Jane Doe for the Daily Mail", "dailymail.co.uk", "Daily Mail"),
        ("By Jane Doe for Reuters", "reuters.com", "Reuters"),
        # A desk's word after the outlet's name keeps it the same outlet, as
        # in a dateline's bracket.
        ("By Jane Doe, CNN Politics", "cnn.com", "CNN"),
    ],
)
def test_bylines_name_the_copys_origin(byline, domain, name):
    got = found(HEAD + byline + "\n" + STORY)
    assert got == (domain, "text:origin:byline", name)


def test_a_byline_in_capitals_without_an_outlet_gives_nothing():
    assert found(HEAD + "By JANE DOE\n" + STORY) is None


@pytest.mark.parametrize(
    "bio, domain, name",
    [
        ("Jane Doe is the Denver bureau chief for Reuters.", "reuters.com", "Reuters"),
        ("Jane Doe is an anchor for CNN.", "cnn.com", "CNN"),
        ("John Roe is a senior producer at Al Jazeera.", "aljazeera.com", "Al Jazeera"),
        # The outlet before the role, as a possessive.
        (
            "Jane Doe is the Guardian's transport correspondent.",
            "theguardian.com",
            "Guardian",
        ),
        ("Jane Doe is CNN's chief White House correspondent.", "cnn.com", "CNN"),
        ("John Roe is Reuters' energy correspondent.", "reuters.com", "Reuters"),
    ],
)
def test_a_journalists_bio_names_the_outlet(bio, domain, name):
    assert found(STORY + bio + "\n") == (domain, "text:origin:byline", name)


@pytest.mark.parametrize(
    "line",
    ["Source: Al Jazeera and news agencies", "Source: Al Jazeera and agencies"],
)
def test_a_source_line_with_agencies_names_its_outlet(line):
    assert found(STORY + line + "\n") == (
        "aljazeera.com",
        "text:origin:source",
        "Al Jazeera",
    )


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe is the mayor's press secretary.",
        "Jane Doe is the council's longest-serving member.",
    ],
)
def test_a_possessive_that_names_no_outlet_gives_nothing(bio):
    assert found(STORY + bio + "\n") is None


@pytest.mark.parametrize(
    "line, domain, name",
    [
        (
            "A version of this story was published by ProPublica.",
            "propublica.org",
            "ProPublica",
        ),
        (
            "An earlier version of this article appeared in The Guardian.",
            "theguardian.com",
            "Guardian",
        ),
    ],
)
def test_a_version_published_elsewhere_names_the_origin(line, domain, name):
    assert found(STORY + line + "\n") == (domain, "text:origin:republished", name)


def test_a_correction_of_an_earlier_version_names_no_outlet():
    line = "A previous version of this story misstated the date of the vote."
    assert found(STORY + line + "\n") is None
