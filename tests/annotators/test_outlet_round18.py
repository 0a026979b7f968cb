"""Outlet rules and registry rows of round 18: publishers a page shows by
name (a masthead, the body speaking of itself) read through the registry."""

from __future__ import annotations

import pytest

from reliability.outlets.table import builtin_table
from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "name, domain",
    [
        ("Australian Bureau of Statistics", "abs.gov.au"),
        ("Dutch Ministry of Defence", "defensie.nl"),
        ("eLife", "elifesciences.org"),
        ("Dutch Emission Authority", "emissionsauthority.nl"),
        ("P2P Foundation", "p2pfoundation.net"),
        ("Tor Project", "torproject.org"),
        ("Wikimedia Foundation", "wikimedia.org"),
        ("Publius Project", "publius.cc"),
        ("Scoop Media", "scoop.co.nz"),
        ("TrafficwatchNI", "trafficwatchni.com"),
        ("Joint Research Centre", "europa.eu"),
        ("EU Science Hub", "europa.eu"),
        ("ARS", "usda.gov"),
    ],
)
def test_registry_holds_publishers_official_names(name, domain):
    entry = builtin_table().by_name(name)
    assert entry is not None and entry.domain == domain


@pytest.mark.parametrize(
    "text, expected",
    [
        # A masthead naming the publisher, a section after it.
        (
            "eLife Feature Articles\n\n" + TWO,
            ("elifesciences.org", "text:masthead", "eLife"),
        ),
        (
            "EU Science Hub\n\nResearch News\n\n" + TWO,
            ("europa.eu", "text:masthead", "EU Science Hub"),
        ),
        (
            "ARS in the News\n\n" + TWO,
            ("usda.gov", "text:masthead", "ARS"),
        ),
        (
            "P2P Foundation\n\n" + TWO,
            ("p2pfoundation.net", "text:masthead", "P2P Foundation"),
        ),
        # A copyright line at the foot of the page.
        (
            TWO + "\n\u00a9 2024 Scoop Media\n",
            ("scoop.co.nz", "text:copyright", "Scoop Media"),
        ),
        (
            STORY * 6 + "\n\u00a9 Scoop Media\n",
            ("scoop.co.nz", "text:self-mention", "Scoop Media"),
        ),
        (
            "Publius Project\nEssays on how the network is governed.\n\n" + TWO,
            ("publius.cc", "text:masthead", "Publius Project"),
        ),
        # The body names itself on its own page and speaks as "we".
        (
            "The Tor Project has opened its yearly fundraiser. We build free tools "
            "for privacy, and our volunteers keep them running. The Tor Project "
            "thanks every donor.\n" + TWO,
            ("torproject.org", "text:own-voice", "Tor Project"),
        ),
        # A story that only mentions the body names no publisher.
        ("Volunteers said they use software from the Tor Project.\n", None),
    ],
)
def test_outlet_round18_registry_names(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        # A listed item's label, date and time: no menu, so no site's name.
        "News item | 16-09-2015 | 10:12",
        "News item | 2015/09/16 | 9:30 am",
    ],
)
def test_outlet_round18_dated_item_line_is_no_menu(line):
    text = TWO + line + "\n\n" + TWO
    assert found(text) is None


@pytest.mark.parametrize(
    "line",
    [
        "Home | News | Sport | Brainerd Daily Dispatch",
        "News item | Sport | Brainerd Daily Dispatch",
    ],
)
def test_outlet_round18_menu_still_names_its_site(line):
    # A menu of sections still names the site among its items.
    text = line + "\n\n" + TWO
    assert found(text) == (
        "brainerddispatch.com",
        "text:masthead:name",
        "Brainerd Daily Dispatch",
    )


@pytest.mark.parametrize(
    "line, expected",
    [
        # A headline whose subject is a body: the story's subject, not chrome.
        ("Home Office wins award for faster passport checks", None),
        ("Home Office opened two new passport offices", None),
        # The body's name with a section, or alone, is still the page's chrome.
        ("Home Office News", ("gov.uk", "text:self-mention", "Home Office")),
        ("Home Office", ("gov.uk", "text:self-mention", "Home Office")),
    ],
)
def test_outlet_round18_headline_subject_is_no_self_mention(line, expected):
    text = STORY * 6 + "\n" + line + "\n\n" + STORY
    assert found(text) == expected
