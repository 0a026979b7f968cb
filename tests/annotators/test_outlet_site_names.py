"""The publisher a commercial news page names in its own chrome: a newspaper's
name written without the article its address keeps, and a name that only
ends in a registry outlet's word ("Lakeside News reporter")."""

from __future__ import annotations

import pytest

from reliability.outlets.sites import site_index
from reliability.outlets.table import builtin_table
from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "name, domain",
    [
        # The address keeps the article the name drops.
        ("Ada News", "theadanews.com"),
        ("Oakland Press", "theoaklandpress.com"),
        ("The Oakland Press", "theoaklandpress.com"),
        # An address writes "county" short.
        ("Beaver County News", "beaverconews.com"),
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


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Thanks for reading The Sacramento Bee! Subscribe for free.",
            ("sacbee.com", "text:promo", "Sacramento Bee"),
        ),
        (
            "Thank you for reading Newsmax.",
            ("newsmax.com", "text:promo", "Newsmax"),
        ),
        (
            "Like The Boston Globe on Facebook.",
            ("bostonglobe.com", "text:promo", "Boston Globe"),
        ),
        (
            "Support local reporting: subscribe to the Star Tribune today.",
            ("startribune.com", "text:promo", "Star Tribune"),
        ),
        (
            "Read more at The Sacramento Bee.",
            ("sacbee.com", "text:promo", "Sacramento Bee"),
        ),
        (
            "Copyright The Boston Globe",
            ("bostonglobe.com", "text:copyright", "Boston Globe"),
        ),
        (
            "Read more: https://www.sacbee.com/news/local/article000.html",
            ("sacbee.com", "text:site", "www.sacbee.com"),
        ),
        # A story's own words name no page.
        ("Thanks for reading this far.", None),
        ("She said she would subscribe to it now.", None),
        # A photo credit writes the sign and more than a name.
        ("\u00a9 Reuters / Jane Marlow", None),
    ],
)
def test_outlet_page_signs_off_in_its_own_name(line, expected):
    assert found(TWO + line + "\n") == expected


@pytest.mark.parametrize(
    "head, expected",
    [
        # A newspaper's title at the top, its last word one that many
        # newspapers' names end with.
        (
            "Agassiz Harrison Observer",
            (
                "agassizharrisonobserver.com",
                "text:masthead:name",
                "Agassiz Harrison Observer",
            ),
        ),
        (
            "Benton Courier",
            ("bentoncourier.com", "text:masthead:name", "Benton Courier"),
        ),
        # A short top line of other words is a headline or a name.
        ("Budget Vote Delayed", None),
        ("Jane Marlow", None),
    ],
)
def test_outlet_newspaper_title_at_the_top(head, expected):
    assert found(head + "\n" + TWO) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "\u00a9 2024 Benton Courier, a Example Media company",
            ("bentoncourier.com", "text:copyright:name", "Benton Courier"),
        ),
        (
            "Copyright 2023 Benton Courier, part of Example Local Media",
            ("bentoncourier.com", "text:copyright:name", "Benton Courier"),
        ),
    ],
)
def test_outlet_copyright_holder_before_its_owner(line, expected):
    assert found(TWO + line + "\n") == expected


@pytest.mark.parametrize(
    "name, domain",
    [
        ("Chicago Sun-Times", "suntimes.com"),
        ("The Star-Ledger", "nj.com"),
        ("Omaha World-Herald", "omaha.com"),
        ("San Antonio Express-News", "expressnews.com"),
        ("Pittsburgh Tribune-Review", "triblive.com"),
        ("The Journal News", "lohud.com"),
        ("Popular Science", "popsci.com"),
    ],
)
def test_registry_names_commercial_newspapers(name, domain):
    entry = builtin_table().by_name(name)
    assert entry is not None and entry.domain == domain


def test_registry_newspaper_in_a_copyright_line():
    got = found(TWO + "\u00a9 2024 Chicago Sun-Times. All rights reserved.\n")
    assert got == ("suntimes.com", "text:copyright", "Chicago Sun-Times")
