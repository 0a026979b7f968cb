"""Outlet provenance, round 13: UK public bodies from GOV.UK's domain list.

The table gains the councils, fire and rescue services and agencies of the
"List of gov.uk domain names" (scripts/build_outlets.py --govuk-domains); the
sentences below are written for these tests.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from reliability.annotators.outlet import OutletAnnotator, lead_body
from reliability.document import Document
from reliability.outlets import builtin_table
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences

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


# -- a government body's own news item: named first, as a subject, and "we" ------

_PLAN = (
    "Fife Council has agreed a new plan for the town centre.\n"
    "The plan sets out how we will repair roads and support our high street.\n"
    "Fife Council will ask residents for their views in the spring."
)
_BARBECUES = (
    "Cheshire Fire and Rescue Service urges residents to take care with barbecues.\n"
    "Last summer our crews attended dozens of garden fires. CFRS asks everyone to "
    "keep a bucket of water nearby, and we will visit schools this month."
)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (_PLAN, "fife.gov.uk"),
        # Named once in full, then by its initials.
        (_BARBECUES, "cheshirefire.gov.uk"),
        # An organisation's own item: named, then by its initials.
        (
            "Human Rights Watch has released its annual report on prisons.\n"
            "In it we document conditions in forty countries. HRW researchers "
            "visited our partners in each region.",
            "hrw.org",
        ),
        # Named once, in the sentence where the page says "we".
        (
            "These have been busy months for Fife Council as we have rebuilt "
            "three bridges.\nThe work ends in May.",
            "fife.gov.uk",
        ),
        # "We" inside a quotation is the speaker's, not the page's.
        (
            'Fife Council leader Jane Doe said: "we have rebuilt three bridges."\n'
            "The work ends in May.",
            None,
        ),
        # A story about the council: no "we".
        (
            _PLAN.replace("how we will", "how the council will").replace("our", "the"),
            None,
        ),
        # The council's name before a noun: its leader speaks, not the council.
        (
            "Fife Council leader Jane Doe spoke at the meeting.\n"
            "She said we must repair our roads.\nFife Council will consult.",
            None,
        ),
        # Named only late in the page, not in its lead.
        (
            "Roads across the region will be repaired, and we will keep our "
            "readers informed as the work goes on. "
            * 6
            + "\nFife Council has agreed the plan. Fife Council will consult.",
            None,
        ),
        # Another body named as often: whose page it is cannot be told.
        (
            "Fife Council has agreed a plan with Highland Council.\n"
            "We will share our roads budget. Highland Council and Fife Council "
            "will meet in May.",
            None,
        ),
    ],
)
def test_lead_body(text, domain):
    found = lead_body(builtin_table(), text)
    assert (found.domain if found else None) == domain


def test_the_annotator_reads_a_body_s_own_news_item():
    doc = Document(_BARBECUES, split_sentences(_BARBECUES), DocumentMeta())
    found = [f for f in OutletAnnotator().annotate(doc) if not f.cited]
    assert [(f.domain, f.rule) for f in found] == [
        ("cheshirefire.gov.uk", "text:lead-body")
    ]
