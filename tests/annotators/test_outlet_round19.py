"""Outlet rules of round 19: a site greeting its readers by name, a
presenter's sign-on and sign-off naming the programme's station."""

from __future__ import annotations

import pytest

from reliability.outlets.table import builtin_table
from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "line, expected",
    [
        # The greeting is the whole line: the site names itself.
        (
            "Welcome to Voice of America",
            ("voanews.com", "text:self", "Voice of America"),
        ),
        ("Welcome to the FEMA website!", ("fema.gov", "text:self", "FEMA")),
        (
            "Hello, welcome to the Tor Project blog.",
            ("torproject.org", "text:self", "Tor Project"),
        ),
        (
            "Welcome to Falkirk Council online",
            ("falkirk.gov.uk", "text:self", "Falkirk Council"),
        ),
        # A section of the site, its owner named after it.
        (
            "Welcome to the Open Data Blog at the Office for National Statistics",
            ("ons.gov.uk", "text:self", "Office for National Statistics"),
        ),
        (
            "Welcome to the Press Pages of Monmouthshire County Council.",
            ("monmouthshire.gov.uk", "text:self", "Monmouthshire County Council"),
        ),
        # A greeting to a place, or one that runs on, names no site.
        ("Welcome to Falkirk, where the canal meets the river.", None),
        ("Welcome to the FEMA trailer park that nobody wanted", None),
        ("Welcome to Twitter", None),
    ],
)
def test_outlet_round19_site_greeting(line, expected):
    assert found(line + "\n\n" + TWO) == expected


def test_outlet_round19_greeting_in_a_story_is_no_chrome():
    # Far down a long story, a quoted greeting is not the page's own.
    text = STORY * 12 + "Welcome to the Voice of America website.\n\n" + STORY
    assert found(text) is None


@pytest.mark.parametrize(
    "line, expected",
    [
        # A presenter's sign-on with the station's programme.
        (
            "I'm Jo Cole with the VOA Special English Health Report.",
            ("voanews.com", "text:self:on-air", "VOA"),
        ),
        (
            "I'm Jo Cole with Voice of America News.",
            ("voanews.com", "text:self:on-air", "Voice of America"),
        ),
        # A sign-off naming the station.
        (
            "This has been the Health Report from Voice of America.",
            ("voanews.com", "text:self:on-air", "Voice of America"),
        ),
        (
            "That was a news brief for Wikinews.",
            ("wikinews.org", "text:self:on-air", "Wikinews"),
        ),
        # "This is" with the programme after a colon.
        (
            "This is Wikinews: News Briefs.",
            ("wikinews.org", "text:self:on-air", "Wikinews"),
        ),
        # A speaker who works with an outlet's staff, or is somewhere, is no
        # presenter.
        ("I'm Jo Cole with the Voice of America union in Washington today.", None),
        ("I'm at the FEMA office for the Voice of America interview.", None),
    ],
)
def test_outlet_round19_presenter_sign_on(line, expected):
    assert found(TWO + line + "\n") == expected


QA = (
    "JOURNALIST: Will the new bridge open on time?\n"
    "It will, and the crews have our full support this winter.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The office's title in the heading; the page names its country.
        (
            "Press Conference by Prime Minister Jane Doe\n\n"
            + "Japan will open the bridge.\n"
            + TWO,
            ("kantei.go.jp", "text:office", "Prime Minister"),
        ),
        (
            "Extra Press Conference by the Defense Minister (9:30 a.m.)\n\n"
            + "Japan and Japanese crews will help.\n"
            + TWO,
            ("mod.go.jp", "text:office", "Defense Minister"),
        ),
        (
            "Press Conference by Foreign Minister Jane Doe\n\n"
            + "Japan welcomes the talks.\n"
            + TWO,
            ("mofa.go.jp", "text:office", "Foreign Minister"),
        ),
        # A speaker label with the office in capitals.
        (
            "Doorstop interview - Harbour Town\n\nJANE DOE, PRIME MINISTER: Australia "
            "is building.\n" + QA + TWO,
            ("pm.gov.au", "text:office", "PRIME MINISTER"),
        ),
        (
            "Press conference - Capital City\nJANE DOE, PRIME MINISTER: Canada is "
            "building.\n" + QA + TWO,
            ("pm.gc.ca", "text:office", "PRIME MINISTER"),
        ),
        # The ministry named where the conference is held.
        (
            "Press Conferences\n\nPress Conference by State Minister Jane Doe\n\n"
            "Monday, 3 May, 10:00 a.m. Ministry of Foreign Affairs\n\nJapan "
            "will send aid.\n" + TWO,
            ("mofa.go.jp", "text:office", "Ministry of Foreign Affairs"),
        ),
        # No country, or two equally, or a title the registry holds for no
        # country: nothing is guessed.
        ("Press Conference by Prime Minister Jane Doe\n\n" + TWO, None),
        (
            "Press Conference by Prime Minister Jane Doe\n\n"
            + "Japan and Canada signed the deal.\n"
            + TWO,
            None,
        ),
        (
            "Press Conference by the Mayor of Harbour Town\n\nJapan sent a team.\n"
            + TWO,
            None,
        ),
        # No transcript heading: a story about a press conference.
        (
            TWO + "The Prime Minister told a press conference that Japan would help.\n",
            None,
        ),
    ],
)
def test_outlet_round19_office_transcript(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The chamber's label opening a line, even run into the speech.
        (
            "(3 years ago)\nCommons ChamberThe minister will answer shortly.\n" + TWO,
            ("parliament.uk", "text:masthead", "Commons Chamber"),
        ),
        (
            "Lords Chamber\nMy Lords, I beg to move.\n" + TWO,
            ("parliament.uk", "text:masthead", "Lords Chamber"),
        ),
        # In the brackets after a debate's title.
        (
            "Bridge Repairs - 3 May 2021 (Commons/Commons Chamber)\n" + TWO,
            ("parliament.uk", "text:masthead", "Commons Chamber"),
        ),
        # A chamber in a story, or one no registry house is named for.
        (TWO + "Members met in the council chamber on Tuesday.\n", None),
        ("Council Chamber\nThe mayor opened the meeting.\n" + TWO, None),
    ],
)
def test_outlet_round19_chamber_label(text, expected):
    assert found(text) == expected


SHORT = (
    "The county closed the old river bridge on Tuesday so that crews can "
    "replace its deck.\n"
    "Engineers said the work would take about six months and cost close to "
    "four million dollars.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # Two sentences of the story, each on its line: a name alone on a
        # later line is a document the page reproduces, not its masthead.
        (SHORT + "\nVOICE OF AMERICA EDITORIAL\n\n" + TWO, None),
        (SHORT + "\nFEMA REPORT ON FLOODS\n\n" + TWO, None),
        # Before the story's sentences the line is still the masthead.
        (
            "Voice of America\n\n" + SHORT + TWO,
            ("voanews.com", "text:masthead", "Voice of America"),
        ),
        # One sentence (a standfirst) does not end the masthead's lines.
        (
            "Bridge to close for repairs\n" + SHORT.splitlines()[0] + "\n"
            "Voice of America\n\n" + TWO,
            ("voanews.com", "text:masthead", "Voice of America"),
        ),
    ],
)
def test_outlet_round19_masthead_ends_with_the_story(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A ministry's weekly digest under the short name it goes by.
        (
            "A look at the Defence news 3 - 9 May\n\nThe Netherlands sent two "
            "frigates to the exercise.\n" + TWO,
            ("defensie.nl", "text:office", "Defence"),
        ),
        (
            "A summary of the Defence news in the week of 3 May\n\nThe "
            "Netherlands will buy new submarines.\n" + TWO,
            ("defensie.nl", "text:office", "Defence"),
        ),
        # No country on the page, a field with no registry ministry, or the
        # digest heading far from the top: nothing.
        ("A look at the Defence news 3 - 9 May\n\n" + TWO, None),
        (
            "A look at the Weather news 3 - 9 May\n\nThe Netherlands had rain.\n" + TWO,
            None,
        ),
        (
            TWO
            + "A look at the Defence news 3 - 9 May\n\nThe Netherlands sent ships.\n",
            None,
        ),
    ],
)
def test_outlet_round19_office_digest(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A cookie notice names the site's own address.
        (
            "We would like to use cookies to learn how you use ons.gov.uk.\n" + TWO,
            ("ons.gov.uk", "text:visit", "ons.gov.uk"),
        ),
        (
            "We use cookies on www.fema.gov to make the site work.\n" + TWO,
            ("fema.gov", "text:visit", "www.fema.gov"),
        ),
        # A social network in a story is never the publisher.
        (TWO + "Regulators asked how you use facebook.com each day.\n", None),
    ],
)
def test_outlet_round19_cookie_notice(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # A body's masthead with its parent department after it.
        (
            "U.S. Geological Survey U.S. Department of the Interior",
            ("usgs.gov", "text:masthead", "U.S. Geological Survey"),
        ),
        (
            "Bureau of Labor Statistics U.S. Department of Labor",
            ("bls.gov", "text:masthead", "Bureau of Labor Statistics"),
        ),
        # A body's name before words that are no parent is a headline.
        ("Bureau of Labor Statistics counts jobs in every state and city", None),
    ],
)
def test_outlet_round19_masthead_with_parent_body(line, expected):
    assert found(line + "\n\n" + TWO) == expected


def test_outlet_round19_registry_holds_programme_name():
    # A programme's official name is one of its outlet's names.
    entry = builtin_table().by_name("Audio Wikinews")
    assert entry is not None and entry.domain == "wikinews.org"
    text = TWO + "It is Monday, and this is Audio Wikinews: News Briefs.\n"
    assert found(text) == ("wikinews.org", "text:self:on-air", "Audio Wikinews")
