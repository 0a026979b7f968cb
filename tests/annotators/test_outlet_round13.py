"""Outlet provenance, round 13: UK public bodies from GOV.UK's domain list.

The table gains the councils, fire and rescue services and agencies of the
"List of gov.uk domain names" (scripts/build_outlets.py --govuk-domains); the
sentences below are written for these tests.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reliability.outlets import builtin_table

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_outlets.py"
HEADER = "Domain Id,Domain Name,Owner,Representing,start date,end date\n"


def _script():
    spec = importlib.util.spec_from_file_location("build_outlets", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rows(tmp_path: Path, lines: list[str]) -> dict[str, object]:
    path = tmp_path / "govuk.csv"
    path.write_text(HEADER + "".join(f"{n},{ln},,\n" for n, ln in enumerate(lines)))
    return {e.domain: e for e in _script().govuk_entries(path, known=())}


@pytest.mark.parametrize(
    ("domain", "name", "kept"),
    [
        # Each label of the domain spells the name, whole words or initials.
        ("northdale-fire.gov.uk", "Northdale Fire and Rescue Service", True),
        ("ppib.gov.uk", "Pier and Pontoon Inspection Branch", True),
        ("greyhaven.gov.uk", "Greyhaven Borough Council", True),
        # A label the name does not spell: the domain is someone else's too.
        ("transport-xy.gov.uk", "Department of Transport", False),
        ("101.gov.uk", "Single Non-Emergency Number", False),
        # A title or a place is no one body's name.
        ("attorneygeneral.gov.uk", "Attorney General", False),
        ("westmoor.gov.uk", "West Moor", False),
        # A campaign or a web portal publishes no news.
        ("greyhavenportal.gov.uk", "Greyhaven Portal Project", False),
    ],
)
def test_govuk_rows_keep_bodies_whose_domain_spells_their_name(
    tmp_path, domain, name, kept
):
    rows = _rows(tmp_path, [f"{domain},{name},{name}"])
    assert (domain in rows) is kept
    if kept:
        e = rows[domain]
        assert (e.name, e.kind, e.country, e.state_affiliated) == (
            name,
            "government",
            "GB",
            True,
        )


def test_govuk_rows_group_a_bodys_domains_and_take_the_owner_as_alias(tmp_path):
    rows = _rows(
        tmp_path,
        [
            "greyhaven.gov.uk,Greyhaven Borough Council,Greyhaven Council",
            "greyhaven-council.gov.uk,Greyhaven Borough Council,Greyhaven Council",
            "northdale-fire.gov.uk,Northdale Fire and Rescue Service,"
            "Northdale Fire Service",
        ],
    )
    council = rows["greyhaven.gov.uk"]
    assert council.name == "Greyhaven Council"
    assert council.aliases == ("Greyhaven Borough Council",)
    assert council.domains == ("greyhaven-council.gov.uk",)
    assert rows["northdale-fire.gov.uk"].aliases == (
        "Northdale Fire and Rescue Service",
    )


def test_govuk_rows_leave_out_a_domain_the_name_does_not_spell(tmp_path):
    rows = _rows(
        tmp_path,
        [
            "eastvale.gov.uk,Eastvale District Council,Eastvale District Council",
            "eastvaledc.gov.uk,Eastvale District Council,Eastvale District Council",
            "eastvale-wb.gov.uk,Eastvale District Council,Eastvale District Council",
        ],
    )
    assert list(rows) == ["eastvale.gov.uk"]
    assert rows["eastvale.gov.uk"].domains == ("eastvaledc.gov.uk",)


@pytest.mark.parametrize(
    ("name", "domain"),
    [
        ("Fife Council", "fife.gov.uk"),
        ("Cheshire Fire & Rescue Service", "cheshirefire.gov.uk"),
        ("Air Accidents Investigation Branch", "aaib.gov.uk"),
        ("Gambling Commission", "gamblingcommission.gov.uk"),
        ("Attorney General", None),
        ("West Suffolk", None),
    ],
)
def test_the_table_knows_uk_public_bodies(name, domain):
    e = builtin_table().lookup(name)
    assert (e.domain if e else None) == domain
