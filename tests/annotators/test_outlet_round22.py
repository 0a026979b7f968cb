"""Outlet cues of round 22: a page collecting several issuers' releases
shows no publisher of its own, and a sign-up box's "Get the Example Post
newsletter" names the site it stands on."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet.digests import release_digest
from reliability.outlets.table import builtin_table
from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "text, digest",
    [
        # Two issuers credited the same way: a digest of releases.
        (
            "Bridge repairs begin\n\nThe press release issued by the Home Office "
            "on 3 May 2024.\n\n" + STORY + "\nSchool meals expand\n\n"
            "The press release issued by the Department for Education on 4 May "
            "2024.\n\n" + STORY,
            True,
        ),
        (
            "The statement made by Jo Cole, the Transport Minister, on 2 January "
            "2025.\n\n" + STORY + "\nThe speech given by Kim Lee on 5 January "
            "2025.\n\n" + STORY,
            True,
        ),
        (
            "New grants for rural clinics\n\nBy the office of Congressman Jo "
            "Cole\n\n" + STORY + "\nStatement on the farm bill\n\nBy the office "
            "of Senator Kim Lee\n\n" + STORY,
            True,
        ),
        (
            "There were 120 press releases posted in the last 24 hours and "
            "31,000 in the last 365 days.\n\n" + STORY,
            True,
        ),
        (
            "There are 3,400 news releases published on this portal.\n\n" + STORY,
            True,
        ),
        # One issuer, however many of its releases: that issuer's page.
        (
            "The press release issued by the Home Office on 3 May 2024.\n\n"
            + STORY
            + "\nThe press release issued by the Home Office on 9 May 2024.\n\n"
            + STORY,
            False,
        ),
        (
            "Source: United States Senator Jo Cole\n\n" + STORY,
            False,
        ),
        # A chart's sources and a story's counts are no releases.
        (
            STORY + "Source: Bureau of Labor Statistics\n\nSource: Census Bureau\n",
            False,
        ),
        (
            "There were 120 people at the meeting, and the statement made by "
            "the council was short.\n\n" + STORY,
            False,
        ),
        (TWO, False),
    ],
)
def test_outlet_round22_release_digest(text, digest):
    assert release_digest(text) is digest


@pytest.mark.parametrize(
    "text",
    [
        "Bridge repairs begin\n\nThe press release issued by the Home Office on "
        "3 May 2024.\n\n" + STORY + "\nSchool meals expand\n\nThe press release "
        "issued by the Department for Education on 4 May 2024.\n\n" + STORY,
        "New grants for rural clinics\n\nBy the office of Congressman Jo Cole"
        "\n\nWASHINGTON - Congressman Jo Cole today issued the following "
        "statement.\n\n" + STORY + "\nStatement on the farm bill\n\nBy the office "
        "of Senator Kim Lee\n\n" + STORY,
    ],
)
def test_outlet_round22_digest_shows_no_publisher(text):
    assert found(text) is None


def test_outlet_round22_single_release_keeps_its_issuer():
    text = (
        "Bridge repairs begin\n\nThe press release issued by the Home Office on "
        "3 May 2024.\n\n" + STORY
    )
    assert found(text) == ("gov.uk", "text:self", "Home Office")


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "Get the Washington Post newsletter.",
            ("washingtonpost.com", "text:promo", "Washington Post"),
        ),
        (
            "Get the msnbc newsletter. This site is protected by reCAPTCHA",
            ("msnbc.com", "text:promo", "msnbc"),
        ),
        (
            "Subscribe to the Boston Globe newsletter for the day's top stories",
            ("bostonglobe.com", "text:promo", "Boston Globe"),
        ),
        (
            "Sign up to the Guardian newsletter",
            ("theguardian.com", "text:promo", "Guardian"),
        ),
        (
            "Sign up for the Washington Post newsletter",
            ("washingtonpost.com", "text:promo", "Washington Post"),
        ),
        # A section's newsletter names no outlet; a story's newsletter is no
        # sign-up box.
        ("Get the opinion newsletter.", None),
        ("The mayor said she would get the town newsletter out soon.", None),
    ],
)
def test_outlet_round22_newsletter_sign_up(line, expected):
    assert found(TWO + line + "\n") == expected


# An agency's advice page in the third person: it names itself on every
# line and never says "we".
ADVICE = (
    "Flood recovery: common questions\n\n"
    "The Federal Emergency Management Agency (FEMA) helps people after a "
    "disaster. FEMA grants do not have to be paid back.\n"
    "FEMA cannot pay for repairs that your insurance covers. Send FEMA the "
    "letter from your insurer.\n"
    "FEMA inspectors carry a photo badge. FEMA never charges a fee to apply.\n"
    "Apply to FEMA online or by phone. FEMA will write to you within ten days.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            ADVICE,
            (
                "fema.gov",
                "text:own-voice:dense",
                "Federal Emergency Management Agency",
            ),
        ),
        # Named six times in a short story: a story about the agency.
        (
            "Flood aid arrives\n\nThe Federal Emergency Management Agency "
            "(FEMA) opened a centre in the town on Monday. FEMA said 300 homes "
            "were damaged. FEMA staff will visit each street.\n"
            "The mayor thanked FEMA. Residents queued outside the FEMA centre "
            "before it opened, and FEMA extended its hours.\n",
            None,
        ),
        # A long page naming it as often is a story that keeps returning to it.
        (ADVICE + STORY * 8, None),
    ],
)
def test_outlet_round22_third_person_agency_page(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # The script says where the correspondent is, then hands over.
        (
            "In Miami, Voice of America's Jo Cole reports that the port reopened.",
            ("voanews.com", "text:origin:reporter", "Voice of America"),
        ),
        (
            "From Hong Kong, Deutsche Welle's Kim Lee reports that trading resumed.",
            ("dw.com", "text:origin:reporter", "Deutsche Welle"),
        ),
        # After a sentence closing on a quotation.
        (
            'The mayor called it "a disgrace." VOA\'s Jo Cole reports that '
            "crews are still at work.",
            ("voanews.com", "text:origin:reporter", "VOA"),
        ),
        # Not a place: the outlet does not open the hand-over.
        (
            "In a later interview, Reuters' Jo Cole reports that the port reopened.",
            None,
        ),
        # A member of Congress is no correspondent.
        ("In Miami, Senator Jo Cole reports that the port reopened.", None),
        # The past tense cites another outlet's story.
        (
            "In Miami, the Example Herald's Jo Cole reported that the port reopened.",
            None,
        ),
    ],
)
def test_outlet_round22_hand_over_after_a_place(line, expected):
    assert found(STORY + line + "\n" + STORY) == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # The outlet's own photographer credited at the end of a caption.
        (
            "Crews clear the road on Tuesday.\nJane Doe / The Boston Globe",
            ("bostonglobe.com", "text:photo", "Boston Globe"),
        ),
        (
            "Crews clear the road on Tuesday. (Photo: Jane Doe/The Seattle Times)",
            ("seattletimes.com", "text:photo", "Seattle Times"),
        ),
        (
            "Crews clear the road. Credit: Jane Q. Doe / Los Angeles Times",
            ("latimes.com", "text:photo", "Los Angeles Times"),
        ),
        # An agency's picture runs on every site that buys it.
        ("Crews clear the road on Tuesday. Jane Doe / AP", None),
        ("Crews clear the road on Tuesday. (Photo: Jane Doe/Reuters)", None),
        # A handout is the office's, not the page's.
        ("Sailors unload supplies. Jane Doe / U.S. Navy", None),
        # Sold on through an agency: another outlet's picture.
        ("Crews clear the road. Jane Doe / The Boston Globe via AP", None),
        # A slash that is no credit.
        ("The Senate passed the bill 52/48 on Tuesday.", None),
        ("Read more at Example News / Weather", None),
    ],
)
def test_outlet_round22_staff_photo_credit(line, expected):
    assert found(STORY + line + "\n" + STORY) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A release carried by a distribution service: the issuer wrote it.
        (
            "Washington, DC, March 4, 2024 (GLOBE NEWSWIRE) -- AmeriCorps, the "
            "federal agency for national service, today opened applications "
            "for its summer programmes. AmeriCorps members serve in schools. "
            "AmeriCorps said 2,000 places are open.\n",
            None,
        ),
        (
            "CHICAGO, May 3, 2024 /PRNewswire/ -- The city's transit board "
            "approved a new fare plan on Friday.\n",
            None,
        ),
        (
            "BOSTON--(BUSINESS WIRE)--The company reported higher sales in "
            "the first quarter.\n",
            None,
        ),
        # A news agency's dateline still names the copy's origin.
        (
            "OSLO, March 3 (Reuters) - Norway's central bank held rates on Thursday.\n",
            ("reuters.com", "text:origin:dateline", "Reuters"),
        ),
    ],
)
def test_outlet_round22_release_wire_is_no_origin(text, expected):
    got = found(text)
    if expected is None:
        assert got is None or got[0] not in {
            "globenewswire.com",
            "prnewswire.com",
            "businesswire.com",
        }
    else:
        assert got == expected


@pytest.mark.parametrize(
    "name, domain",
    [
        ("AmeriCorps", "americorps.gov"),
        # The older name keeps its own row.
        ("CNCS", "cncs.gov"),
    ],
)
def test_outlet_round22_registry_names(name, domain):
    entry = builtin_table().by_name(name)
    assert (entry.domain if entry else None) == domain
