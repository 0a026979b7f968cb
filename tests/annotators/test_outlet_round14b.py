"""Outlet rules of round 14b: a body the lead names as its own speaker or actor,
and the short forms of UK bodies' names."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.outlets.table import OutletTable, parse_table
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences

ANNOTATOR = OutletAnnotator()
BODY = (
    "\n\nThe figures cover the twelve months to June and include every region, "
    "with the largest change in the north of the country.\n"
) * 3


def publisher(text: str) -> tuple[str, str] | None:
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    found = [f for f in ANNOTATOR.annotate(doc) if not f.cited]
    return (found[0].domain, found[0].rule) if found else None


@pytest.mark.parametrize(
    "text, domain",
    [
        # The body acts in the lead's first sentence.
        (
            "Firm charged\n\nThe Securities and Exchange Commission today filed "
            "charges against a small trading firm for misleading its clients." + BODY,
            "sec.gov",
        ),
        (
            "Policy update\n\n    COPFS has revised its guidance on the handling "
            "of witness statements." + BODY,
            "copfs.gov.uk",
        ),
        (
            "Ruling\n\nIn its complaint, the FTC charges that the sellers made "
            "false promises to buyers." + BODY,
            "ftc.gov",
        ),
        # The body is the speaker its sentence credits.
        (
            "Exports of dairy products rose 4 percent in the year, Stats NZ said "
            "today." + BODY,
            "stats.govt.nz",
        ),
        (
            "Household spending grew in the March quarter, according to Statistics "
            "New Zealand." + BODY,
            "stats.govt.nz",
        ),
    ],
)
def test_lead_actor(text: str, domain: str) -> None:
    assert publisher(text) == (domain, "text:lead-actor")


@pytest.mark.parametrize(
    "text",
    [
        # Only the subject or object of the story, not its speaker or actor.
        "Reporters visited the offices of the Securities and Exchange Commission "
        "last week to ask about the new rules." + BODY,
        # The page speaks as "we": an outsider's voice, not the body's release.
        "The Securities and Exchange Commission today filed charges against a "
        "firm. We think the case is weak and our readers agree." + BODY,
        # A news outlet is named on the page: its story, not the body's.
        "The Securities and Exchange Commission today filed charges against a "
        "firm, the BBC reported." + BODY,
        # An office held by a person speaks, not a body.
        "The Prime Minister of Australia said today that talks would go on." + BODY,
        # A quotation credited to the body: a story quoting it.
        "\u201cPrices will fall next year,\u201d the FTC said today." + BODY,
        # A day of the week dates the act or statement: a news story's frame.
        "Exports of dairy products rose 4 percent in the year, Stats NZ said on "
        "Tuesday." + BODY,
        "The Securities and Exchange Commission on Friday filed charges against "
        "a small trading firm." + BODY,
        # Another body is named more often than the actor.
        "The FTC said today that the rules would change. The FBI and the FBI's "
        "agents met the FBI director." + BODY,
    ],
)
def test_lead_actor_not(text: str) -> None:
    found = publisher(text)
    assert found is None or found[1] != "text:lead-actor"


HEADER = "domain,name,aliases,domains,kind,country,state_affiliated,source,ratings\n"
TABLE = OutletTable(
    parse_table(
        HEADER
        + "northdale.gov.uk,Northdale County Council,,,government,GB,true,,\n"
        + "eastmoor.gov.uk,Eastmoor County Borough Council,,,government,GB,true,,\n"
        + "westfell-fire.gov.uk,Westfell Service,Westfell Fire and Rescue Service,"
        + ",government,GB,true,,\n"
        + "lakeside.example.us,Lakeside County Council,,,government,US,true,,\n"
        + "hillby.gov.uk,Hillby Council,,,government,GB,true,,\n"
        + "hillby-county.gov.uk,Hillby County Council,,,government,GB,true,,\n"
    )
)


@pytest.mark.parametrize(
    "name, domain",
    [
        ("Northdale County Council", "northdale.gov.uk"),
        ("Northdale Council", "northdale.gov.uk"),
        ("Eastmoor Council", "eastmoor.gov.uk"),
        ("Westfell Fire and Rescue", "westfell-fire.gov.uk"),
        # Only a UK body's name is shortened.
        ("Lakeside Council", None),
        # A body's own name outranks another's short form.
        ("Hillby Council", "hillby.gov.uk"),
        ("Hillby County Council", "hillby-county.gov.uk"),
    ],
)
def test_short_forms_of_uk_bodies(name: str, domain: str | None) -> None:
    entry = TABLE.by_name(name)
    assert (entry.domain if entry else None) == domain


def test_short_form_found_in_text() -> None:
    text = "Crews from Westfell Fire and Rescue are attending a fire on the moor."
    assert [m.entry.domain for m in TABLE.find_names(text, media_only=False)] == [
        "westfell-fire.gov.uk"
    ]


@pytest.mark.parametrize(
    "text, domains",
    [
        # A unit's longer name is read whole, not as its parent's.
        (
            "The U.S. Army Corps of Engineers will close the lock on Monday.",
            ["usace.army.mil"],
        ),
        ("The U.S. Army said the base would reopen.", ["army.mil"]),
    ],
)
def test_corps_of_engineers_row(text: str, domains: list[str]) -> None:
    names = ANNOTATOR.table.find_names(text, media_only=False)
    assert [m.entry.domain for m in names] == domains
