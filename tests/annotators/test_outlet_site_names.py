"""The publisher a commercial news page names in its own chrome: a newspaper's
name written without the article its address keeps, and a name that only
ends in a registry outlet's word ("Lakeside News reporter")."""

from __future__ import annotations

import pytest

from reliability.outlets.sites import site_index
from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "name, domain",
    [
        # The address keeps the article the name drops.
        ("Ada News", "theadanews.com"),
        ("Oakland Press", "theoaklandpress.com"),
        ("The Oakland Press", "theoaklandpress.com"),
        # One word is too many things' name to take the article on.
        ("Intercept", None),
        ("Lakeside Herald", None),
    ],
)
def test_site_index_reads_a_name_without_its_article(name, domain):
    assert site_index().domain_for_name(name) == domain


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Copyright \u00a9 2024 Oakland Press, LLC. All rights reserved.",
            ("theoaklandpress.com", "text:copyright:name", "Oakland Press, LLC"),
        ),
        (
            "Follow Oakland Press on Facebook for more county news.",
            ("theoaklandpress.com", "text:promo", "Oakland Press"),
        ),
    ],
)
def test_outlet_name_without_article_in_chrome(line, expected):
    assert found(TWO + line + "\n") == expected


@pytest.mark.parametrize(
    "line",
    [
        "Lakeside News reporter Jo Cole contributed to this report.",
        "Harbor Valley News staff writer Kim Lee contributed reporting.",
    ],
)
def test_outlet_word_ending_a_longer_name_is_not_the_outlet(line):
    assert found(TWO + line + "\n") is None


@pytest.mark.parametrize(
    "line",
    [
        # A registry name ending a longer one in a promotion or a byline is
        # another outlet's name.
        "Follow Riverside News Observer on Facebook and Twitter.",
        "Download the Riverside News Observer app.",
    ],
)
def test_outlet_promotion_of_a_longer_name_is_not_the_registry_outlet(line):
    assert found(TWO + line + "\n") is None


def test_outlet_promotion_of_the_registry_name_itself_still_counts():
    got = found(TWO + "Follow The News & Observer on Facebook.\n")
    assert got is not None and got[0] == "newsobserver.com"
