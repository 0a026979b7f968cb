"""Outlet rules of round 14b: a body the lead names as its own speaker or actor."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
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
        # Another body is named more often than the actor.
        "The FTC said today that the rules would change. The FBI and the FBI's "
        "agents met the FBI director." + BODY,
    ],
)
def test_lead_actor_not(text: str) -> None:
    found = publisher(text)
    assert found is None or found[1] != "text:lead-actor"
