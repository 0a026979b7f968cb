"""Outlet registry of round 20: the Australian state and territory
governments and the service academy the registry lacked, each a publisher
of its own releases under its official name."""

from __future__ import annotations

import pytest

from reliability.outlets.table import builtin_table
from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "name, domain",
    [
        ("NSW Government", "nsw.gov.au"),
        ("New South Wales Government", "nsw.gov.au"),
        ("Government of New South Wales", "nsw.gov.au"),
        ("Victorian Government", "vic.gov.au"),
        ("Victoria State Government", "vic.gov.au"),
        ("Queensland Government", "qld.gov.au"),
        ("Government of Western Australia", "wa.gov.au"),
        ("WA Government", "wa.gov.au"),
        ("Government of South Australia", "sa.gov.au"),
        ("Tasmanian Government", "tas.gov.au"),
        ("Northern Territory Government", "nt.gov.au"),
        ("United States Air Force Academy", "usafa.af.mil"),
        ("U.S. Air Force Academy", "usafa.af.mil"),
        # The bare place names are no publisher.
        ("Victoria", None),
        ("Queensland", None),
        ("Tasmania", None),
    ],
)
def test_outlet_round20_registry_names(name, domain):
    entry = builtin_table().by_name(name)
    assert (entry.domain if entry else None) == domain


@pytest.mark.parametrize(
    "url, domain",
    [
        ("https://www.nsw.gov.au/media-releases/new-school-buses", "nsw.gov.au"),
        ("https://www.qld.gov.au/transport/roads", "qld.gov.au"),
        ("https://www.wa.gov.au/government/announcements", "wa.gov.au"),
        ("https://www.usafa.af.mil/News/", "usafa.af.mil"),
    ],
)
def test_outlet_round20_registry_addresses(url, domain):
    assert builtin_table().domain_for(url) == domain


@pytest.mark.parametrize(
    "line, expected",
    [
        # A site title above the release names its government.
        ("NSW Government", ("nsw.gov.au", "text:masthead", "NSW Government")),
        (
            "Tasmanian Government",
            ("tas.gov.au", "text:masthead", "Tasmanian Government"),
        ),
        (
            "U.S. Air Force Academy",
            ("usafa.af.mil", "text:masthead", "U.S. Air Force Academy"),
        ),
        # A place alone at the top is a dateline or a section, not a site.
        ("Victoria", None),
        ("Northern Territory", None),
    ],
)
def test_outlet_round20_site_title(line, expected):
    assert found(line + "\n\n" + TWO) == expected
