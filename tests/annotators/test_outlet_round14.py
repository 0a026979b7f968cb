"""Outlet rules of round 14: news titles naming the publishing body."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import OutletAnnotator, newsroom_title
from reliability.document import Document
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences
from tests.outlet_helpers import check_found

ANNOTATOR = OutletAnnotator()
BODY = (
    "\n\nThe bridge on the river road will close for repairs from Monday, and "
    "drivers are asked to use the northern route until the work is done.\n"
) * 4


def publisher(text: str) -> tuple[str, str] | None:
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    found = [f for f in ANNOTATOR.annotate(doc) if not f.cited]
    return (found[0].domain, found[0].rule) if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # A news title naming the body before or after the news.
        ("Site menu\n\nLatest News from COPFS\n" + BODY, ("copfs.gov.uk", "COPFS")),
        (
            "News and Updates from the Environmental Protection Agency\n" + BODY,
            ("epa.gov", "Environmental Protection Agency"),
        ),
        ("Site menu\n\nUS Courts News\n" + BODY, ("uscourts.gov", "US Courts")),
        (
            "Subscribe to US Courts News feed\n" + BODY,
            ("uscourts.gov", "US Courts"),
        ),
        (
            "Skip to content\n\nAgricultural Research Service in the News\n" + BODY,
            ("usda.gov", "Agricultural Research Service"),
        ),
        # The name must fill the title: a longer title names no publisher.
        ("Latest News from COPFS and the police\n" + BODY, None),
        ("Site menu\n\nTalks between COPFS and the police news\n" + BODY, None),
        # A news title naming no listed body.
        ("Site menu\n\nLatest News from the Valley\n" + BODY, None),
        ("Site menu\n\nRiver Road News\n" + BODY, None),
        # A title line in the body's running text is too long to be one.
        (
            "Site menu\n\nThe roads team said today that it had shared the "
            "latest figures with the staff of US Courts News\n" + BODY,
            None,
        ),
    ],
)
def test_outlet_news_title(text: str, expected: tuple[str, str] | None) -> None:
    found = newsroom_title(ANNOTATOR.table, text)
    check_found(found, text, expected, "text:newsroom-title")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Site menu\n\nLatest News from COPFS\n" + BODY, "copfs.gov.uk"),
        # A statistics office's items, each crediting the office.
        (
            "Statistics\n\n"
            + "".join(
                f"In {2020 + i} the employment rate in the EU rose to {70 + i}%, "
                f"up from the year before.\n\nSource:\nEurostat, {i + 1} March "
                "2024\n\n"
                for i in range(4)
            ),
            "europa.eu",
        ),
    ],
)
def test_outlet_news_title_publisher(text: str, expected: str) -> None:
    found = publisher(text)
    assert found is not None and found[0] == expected


LEAD = "The Environmental Protection Agency will open two new offices next spring.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # The body the lead opens with, and the next sentences speak as "our".
        (
            LEAD + "The offices will serve the farms of the valley, and our staff "
            "will visit each farm once a month." + BODY,
            ("epa.gov", "text:lead-body"),
        ),
        (
            LEAD + "Farmers asked for help with their wells last year. We listened, "
            "and the new offices will test water for free." + BODY,
            ("epa.gov", "text:lead-body"),
        ),
        # A quoted "our" is a speaker's, not the page's.
        (
            LEAD + '"Our farms need the help," a farmer in the valley said.' + BODY,
            None,
        ),
        # A body named after a preposition is no subject: "this" is no verb.
        (
            "Readers wrote to us about the Environmental Protection Agency this "
            "month. Our town wants cleaner water." + BODY,
            None,
        ),
        # "our" far from the lead does not speak for the body it names.
        (LEAD + BODY + "Our readers can write to the editor.\n", None),
    ],
)
def test_outlet_lead_body_we_soon(text: str, expected: tuple[str, str] | None) -> None:
    assert publisher(text) == expected
