"""Outlet rules of round 13b: the publisher named by the page's own lead."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import (
    OutletAnnotator,
    member_release,
    own_interview,
    own_reporter,
)
from tests.outlet_helpers import check_found

ANNOTATOR = OutletAnnotator()
BODY = (
    "\n\nThe bill would pay for roads and bridges across the state for the next "
    "five years, and the committee will take it up again next month.\n"
) * 5


@pytest.mark.parametrize(
    "text, expected",
    [
        # A release's lead: the member's office between the name and the verb.
        (
            "Washington, D.C. – U.S. Senator Ana Ruiz, Vice Chair of the Senate "
            "Budget Committee, released the following statement on the bill:" + BODY,
            ("ruiz.senate.gov", "Ruiz"),
        ),
        (
            "Washington, D.C.—Today, Senator Jo Cole (D-R.I.), Ranking Member of "
            "the U.S. Senate Roads Committee, delivered the following opening "
            "statement at the hearing." + BODY,
            ("cole.senate.gov", "Cole"),
        ),
        (
            "Roads bill\n\nU.S. Senator Jo Cole, Chair of the Senate Roads "
            "Subcommittee, today blasted the delay to the bill." + BODY,
            ("cole.senate.gov", "Cole"),
        ),
        (
            "Congresswoman Ana Ruiz (EX-05) today delivered the following remarks "
            "on the floor of the House." + BODY,
            ("ruiz.house.gov", "Ruiz"),
        ),
        # A copy's source line naming the member's district in full.
        (
            "Roads bill\nSource: United States House of Representatives – "
            "Congressman Jo Cole (1st District of Examplia)" + BODY,
            ("cole.house.gov", "Cole"),
        ),
        # A story about the member: no release's wording, no "U.S." title.
        ("Senator Jo Cole today voted against the roads bill." + BODY, None),
        ("Senator Jo Cole said on Tuesday the bill was late." + BODY, None),
        (
            "The committee met today. Senator Jo Cole, a Republican, asked "
            "questions about the bill." + BODY,
            None,
        ),
    ],
)
def test_member_release_lead_names_the_members_site(text, expected):
    found = member_release(ANNOTATOR.table, text)
    check_found(found, text, expected, "text:self:member")


STORY = (
    "\n\nThe storm is expected to reach the coast on Monday, and thousands have left.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A broadcast's script handing over to its own correspondent.
        (
            "Storm nears coast. Voice of America's Jo Cole reports forecasters "
            "expect the storm to grow." + STORY,
            ("voanews.com", "Voice of America"),
        ),
        (
            "Rescue goes on.\n\nVOA's Jo Cole, who is in Sankhu, east of the "
            "city, said aid was slow to arrive." + STORY,
            ("voanews.com", "VOA"),
        ),
        (
            "The vote was rigged, according to Jo Cole, reporting for Voice of "
            "America from Conakry." + STORY,
            ("voanews.com", "Voice of America"),
        ),
        # Another outlet's reporting cited: inside a clause, or in the past.
        ("As CNN's Jo Cole reports, the storm is growing." + STORY, None),
        ("CNN's Jo Cole reported that the storm grew stronger." + STORY, None),
        ("CNN's Jo Cole said the storm grew stronger." + STORY, None),
        # A government office is not a newsroom.
        (
            "The aid was slow, according to Jo Cole, reporting for the "
            "Department of State from Conakry." + STORY,
            None,
        ),
    ],
)
def test_own_reporter_names_the_copys_outlet(text, expected):
    found = own_reporter(ANNOTATOR.table, text)
    check_found(found, text, expected, "text:origin:reporter")


WARD = "\n\nThe vote is on Monday, and six candidates stand in the ward this year.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Two candidates responded to Wikinews’ requests for an interview." + WARD,
            ("wikinews.org", "Wikinews"),
        ),
        (
            "The mayor did not respond to CNN's request for comment." + WARD,
            ("cnn.com", "CNN"),
        ),
        (
            "Wikinews’ Jo Cole interviewed him about the vote." + WARD,
            ("wikinews.org", "Wikinews"),
        ),
        (
            "Wikinews reporter Jo Cole has performed an interview with the mayor."
            + WARD,
            ("wikinews.org", "Wikinews"),
        ),
        # A source speaking to an outlet, an office's staff, a site's request.
        ("The mayor told CNN in an interview that the vote was fair." + WARD, None),
        ("The Home Office's Jo Cole interviewed him." + WARD, None),
        ("Facebook's request for comment went unanswered." + WARD, None),
    ],
)
def test_own_interview_names_the_copys_outlet(text, expected):
    found = own_interview(ANNOTATOR.table, text)
    check_found(found, text, expected, "text:origin:interview")


@pytest.mark.parametrize(
    "name, domain",
    [
        ("USPTO", "uspto.gov"),
        ("U.S. Patent and Trademark Office", "uspto.gov"),
        ("Crown Office and Procurator Fiscal Service", "copfs.gov.uk"),
        ("COPFS", "copfs.gov.uk"),
        ("Australian Institute of Health and Welfare", "aihw.gov.au"),
        ("AIHW", "aihw.gov.au"),
        ("ACT Government", "act.gov.au"),
        ("National Council for Curriculum and Assessment", "ncca.ie"),
        ("Revenue Commissioners", "revenue.ie"),
        ("Stats NZ", "stats.govt.nz"),
        ("Statistics New Zealand", "stats.govt.nz"),
        ("Human Environment and Transport Inspectorate", "ilent.nl"),
        ("U.S. Embassy", "usembassy.gov"),
    ],
)
def test_registry_holds_public_bodies_that_publish_news(name, domain):
    entry = ANNOTATOR.table.lookup(name)
    assert entry is not None
    assert (entry.domain, entry.kind) == (domain, "government")


def test_registry_holds_a_data_publisher_as_an_organisation():
    entry = ANNOTATOR.table.lookup("Our World in Data")
    assert entry is not None
    assert (entry.domain, entry.kind) == ("ourworldindata.org", "organization")
