"""Outlet rules of round 17: lines that travel with another outlet's copy, and
names that are not the page's own."""

from __future__ import annotations

import pytest

from tests.outlet_helpers import STORY, found

# A story of a few paragraphs under its title: the last lines are its foot.
LONG = "Bridge to close for six months\n" + STORY * 4


@pytest.mark.parametrize(
    "text, expected",
    [
        # A republished piece carries its origin's newsletter line: the page
        # shows whose copy it is, not its own name.
        (
            STORY + "[ Sign up for ProPublica's newsletter for our best stories. ]\n"
            "This article was originally published by ProPublica.\n",
            ("propublica.org", "text:origin:republished", "ProPublica"),
        ),
        # A wire's own lines at the foot of its copy name the origin.
        (
            LONG + "___\nMore AP sports: https://apnews.com/sports and "
            "https://twitter.com/AP_Sports\n",
            ("apnews.com", "text:origin:self-mention", "AP"),
        ),
        (
            STORY + "Copyright 2024 Reuters. All rights reserved.\n",
            ("reuters.com", "text:origin:copyright", "Reuters"),
        ),
    ],
)
def test_carried_lines_name_the_origin(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A page's own promotion without a republication notice stays its own.
        (
            STORY + "Sign up for ProPublica's newsletter for our best stories.\n",
            ("propublica.org", "text:promo", "ProPublica"),
        ),
        # Not a wire: its copyright line names the publisher.
        (
            STORY + "Copyright 2024 The Daily Caller. All rights reserved.\n",
            ("dailycaller.com", "text:copyright", "Daily Caller"),
        ),
    ],
)
def test_own_lines_still_name_the_publisher(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An embedded post's signature names the post's author, not the page.
        STORY
        + "Our readers asked about the detour.\n"
        + "The detour is a mess pic.twitter.com/abc123 \u2014 Daily Caller "
        "(@DailyCaller) June 6, 2020\n",
        STORY + "\u2014 The Daily Caller (@DailyCaller) March 3, 2021\n",
    ],
)
def test_an_embedded_posts_signature_is_no_chrome(text):
    got = found(text)
    assert got is None or got[0] != "dailycaller.com"


@pytest.mark.parametrize(
    "text",
    [
        # The body named inside a speaker's quotation is not the page's subject.
        "The mayor spoke at the town hall on Monday night.\n"
        "\u201cNext week FEMA will open two more shelters, and we will help "
        "them,\u201d she said.\n" + STORY,
        # A body inside a longer name ("the Example Party's White House").
        "In his first term the administration saw the problem. The Democratic "
        "White House created new standards, and we all had to adjust.\n" + STORY,
    ],
)
def test_a_lead_body_must_be_the_pages_subject(text):
    got = found(text)
    assert got is None or got[1] != "text:lead-body"


def test_a_body_opening_its_own_news_still_speaks_for_itself():
    text = (
        "The minister spoke.\nFEMA will open two more shelters in the county "
        "this week. Our staff will run them with local volunteers. FEMA thanks "
        "the volunteers.\n"
    )
    assert found(text) == ("fema.gov", "text:lead-body", "FEMA")


@pytest.mark.parametrize(
    "text",
    [
        # A body and its initials before a plural noun of people: no verb.
        "Federal Emergency Management Agency (FEMA) agents arrived in the town "
        "on Monday. We watched them unload the trucks.\n" + STORY,
        # A body the lead dates by a day of the week, then names again.
        "Fund cuts its forecast\n\nThe Federal Emergency Management Agency "
        "announced Tuesday that it will close two shelters. FEMA expects the "
        "last families to leave soon.\n" + STORY,
    ],
)
def test_a_story_about_a_body_is_not_its_page(text):
    got = found(text)
    assert got is None or got[0] != "fema.gov"


def test_a_body_acting_in_its_own_lead_still_gives_its_domain():
    text = (
        "FEMA expects the last families to leave the shelters this week, and it "
        "will publish the figures daily.\n" + STORY
    )
    assert found(text) == ("fema.gov", "text:lead-actor", "FEMA")


@pytest.mark.parametrize(
    "text",
    [
        # Another outlet's feature reporting, cited in a story.
        "Reindeer herds are shrinking.\n"
        + "The Guardian\u2019s Weatherwatch feature reports that the herds "
        "moved north.\n" + STORY * 3,
        STORY * 3 + "The Guardian\u2019s Notebook column noted the same.\n" + STORY,
    ],
)
def test_another_outlets_feature_reporting_is_a_citation(text):
    got = found(text)
    assert got is None or got[0] != "theguardian.com"


TERMS = (
    "Please read our terms of use, which are posted at "
    "lakeside-gazette.com/terms, before you comment.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # An unlisted outlet's name, shown as an address with hyphens between
        # its words.
        (
            LONG + "\u00a9 2024 Lakeside Gazette. All rights reserved.\n" + TERMS,
            ("lakeside-gazette.com", "text:copyright:name", "Lakeside Gazette"),
        ),
        (
            "Lakeside Gazette\n" + LONG + TERMS,
            ("lakeside-gazette.com", "text:masthead:name", "Lakeside Gazette"),
        ),
        (
            LONG + "Sign up for the Lakeside Gazette newsletter.\n" + TERMS,
            ("lakeside-gazette.com", "text:promo", "Lakeside Gazette"),
        ),
    ],
)
def test_an_unlisted_name_shown_as_a_hyphened_address(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Another name's address, or the name inside a longer label.
        LONG
        + "\u00a9 2024 Lakeside Gazette. All rights reserved.\n"
        + TERMS.replace("lakeside-gazette", "lakeside-herald"),
        LONG
        + "\u00a9 2024 Lakeside Gazette. All rights reserved.\n"
        + TERMS.replace("lakeside-gazette", "old-lakeside-gazette"),
    ],
)
def test_a_hyphened_address_must_be_the_names_own(text):
    got = found(text)
    assert got is None or "gazette" not in got[0]
