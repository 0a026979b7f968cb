"""Outlet annotator: sites named by their address, listed names, contact lines."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reliability.outlets.sites import site_index
from tests.outlet_helpers import found

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_outlets.py"

PARAGRAPH = (
    "The council met on Tuesday evening and agreed to repair the old bridge "
    "before the winter, after residents had asked for the work for two years. "
    "The repairs will cost about two million and take four months.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A page title ending with the site's address names the site.
        (
            "Council agrees to repair the old bridge - lakesidegazette.com\n"
            + PARAGRAPH,
            ("lakesidegazette.com", "text:masthead:site", "lakesidegazette.com"),
        ),
        (
            "Council agrees to repair the old bridge | LakesideGazette.co.uk\n"
            + PARAGRAPH,
            ("lakesidegazette.co.uk", "text:masthead:site", "LakesideGazette.co.uk"),
        ),
        # A mail service is never the page's site.
        ("Council agrees to repair the old bridge | gmail.com\n" + PARAGRAPH, None),
    ],
)
def test_outlet_title_bar_names_the_site_by_its_address(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            PARAGRAPH + "Republished with permission from lakesidegazette.com.\n",
            ("lakesidegazette.com", "text:origin:republished", "lakesidegazette.com"),
        ),
        (
            PARAGRAPH + "This story was reprinted from LakesideGazette.com\n",
            ("lakesidegazette.com", "text:origin:republished", "LakesideGazette.com"),
        ),
        # A source line naming a news site's address credits the copy...
        (
            PARAGRAPH + "Source: dailyyonder.com\n",
            ("dailyyonder.com", "text:origin:source", "dailyyonder.com"),
        ),
        # ... but an address that is not a news site's credits the figures.
        (PARAGRAPH + "Source: stats.lakeside.gov\n", None),
    ],
)
def test_outlet_credits_name_the_origin_by_its_address(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Email Jo at jcole@lakesidegazette.com.", "lakesidegazette.com"),
        (
            "Jo Cole can be reached at 555-0100 or jcole@lakesidegazette.com.",
            "lakesidegazette.com",
        ),
        ("Have a tip? Contact me at jcole@lakesidegazette.com", "lakesidegazette.com"),
        (
            "Contact reporter Jo Cole at jcole@lakesidegazette.com",
            "lakesidegazette.com",
        ),
        # A story's pointer to a body it cites is not the writer's mailbox.
        ("Email the county at roads@lakeside.gov with questions.", None),
        ("Residents can write to permits@lakeside.gov before May.", None),
        ("To comment on the plan, contact the county at plans@lakeside.gov.", None),
    ],
)
def test_outlet_contact_line_must_point_at_the_writer(line, expected):
    result = found(PARAGRAPH + line + "\n")
    assert (result[0] if result else None) == expected


@pytest.mark.parametrize(
    "top",
    [
        "HOME | NEWS | SPORTS | WEATHER | OPINION",
        "NEWS",
        "SPORTS",
        "home",
    ],
)
def test_outlet_section_labels_are_not_subdomain_logos(top):
    # "home.", "news." and "sports." open registry outlets' subdomains; as a
    # page's first line they are a menu's labels.
    assert found(top + "\n" + PARAGRAPH) is None


@pytest.mark.parametrize(
    "name, domain",
    [
        # Listed names whose address is not the name run together.
        ("The Spokesman-Review", "spokesman.com"),
        ("Ithaca Times", "ithaca.com"),
        ("Sierra Vista Herald", "svherald.com"),
        # A name only one paper's domain spells keeps that domain.
        ("Commercial Appeal", "commercialappeal.com"),
    ],
)
def test_site_index_reads_listed_outlet_names(name, domain):
    assert site_index().domain_for_name(name) == domain


def test_outlet_copyright_holder_found_through_listed_name():
    text = PARAGRAPH + "Copyright 2026 The Spokesman-Review. All rights reserved.\n"
    result = found(text)
    assert result is not None and result[0] == "spokesman.com"


def _news_names(tmp_path: Path, rows: list[str]) -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("build_outlets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "local.csv"
    path.write_text("name,state,website,domain\n" + "".join(r + "\n" for r in rows))
    return module.news_names(path, exclude={"excluded.com"})


def test_build_news_names_keeps_distinctive_names_only(tmp_path):
    rows = [
        "Lakeside Gazette,ST,http://www.lgazette.com/,lgazette.com",
        "Hillford Courier,ST,,hcourier.com",
        "Gazette,ST,,gazette-one.com",  # one word
        "County News,ST,,countynews-one.com",  # only common words
        "Twin Valley Star,ST,,tvstar.com",
        "Twin Valley Star,ST,,twinvalleystar.net",  # two domains: dropped
        "KXYZ,ST,,kxyz7.com",  # a call sign
        "Moor Times,ST,,group.com",
        "Fen Times,ST,,group.com",
        "Dale Times,ST,,group.com",  # a site three names share
        "Excluded Herald,ST,,excluded.com",
    ]
    # Make "county", "news" and "times" words many names share.
    rows += [f"Place{i} County News,ST,,place{i}.com" for i in range(12)]
    rows += [f"Town{i} Times,ST,,town{i}.com" for i in range(12)]
    names = _news_names(tmp_path, rows)
    assert names["lakeside gazette"] == "lgazette.com"
    assert names["hillford courier"] == "hcourier.com"
    assert names["kxyz"] == "kxyz7.com"
    for dropped in (
        "gazette",
        "county news",
        "twin valley star",
        "moor times",
        "excluded herald",
    ):
        assert dropped not in names
