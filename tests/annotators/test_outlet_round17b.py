"""Outlet rules of round 17b: common news-page lines that name the copy's
origin or the page's publisher (bylines without "By", credits for files,
first-publication notes, the newsroom at work, agency marks)."""

from __future__ import annotations

import pytest

from tests.outlet_helpers import STORY, found

TWO = STORY * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # A byline without "By": a writer and an outlet alone on a line.
        (
            "Sam Ortiz, USA TODAY\n" + TWO,
            ("usatoday.com", "text:origin:byline", "USA TODAY"),
        ),
        (
            TWO + "\u2014 Maria Lind, The Associated Press\n",
            ("apnews.com", "text:origin:byline", "Associated Press"),
        ),
        (
            "PETER HALE, REUTERS\n" + TWO,
            ("reuters.com", "text:origin:byline", "REUTERS"),
        ),
        (
            "Maria Lind and Sam Ortiz, The Associated Press\n" + TWO,
            ("apnews.com", "text:origin:byline", "Associated Press"),
        ),
        (
            "Sam Ortiz For Mailonline\n" + TWO,
            ("dailymail.co.uk", "text:origin:byline", "Mailonline"),
        ),
        (
            "Maria Lind, Associated Press Writer\n" + TWO,
            ("apnews.com", "text:origin:credit", "Associated Press"),
        ),
        # "For" written in capitals or with its capital in a byline.
        (
            "By SAM ORTIZ FOR MAILONLINE\n" + TWO,
            ("dailymail.co.uk", "text:origin:byline", "MAILONLINE"),
        ),
        (
            "By Sam Ortiz For Mailonline\n" + TWO,
            ("dailymail.co.uk", "text:origin:byline", "Mailonline"),
        ),
        # A wire's note of first publication.
        (
            TWO
            + "This report by The Canadian Press was first published March 3, 2025.\n",
            ("thecanadianpress.com", "text:origin:republished", "Canadian Press"),
        ),
        # Files or reporting from another outlet.
        (
            TWO + "With files from The Canadian Press\n",
            ("thecanadianpress.com", "text:origin:credit", "Canadian Press"),
        ),
        (
            TWO + "\u2014 With files from Reuters and a staff writer\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
        (TWO + "- with AFP\n", ("afp.com", "text:origin:credit", "AFP")),
        (
            TWO + "The county said it would reopen. (With reporting by Reuters)\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
        (
            TWO + "The county said it would reopen. - with AFP\n",
            ("afp.com", "text:origin:credit", "AFP"),
        ),
        (
            TWO + "(With additional reporting by Reuters)\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
        # The newsroom at work.
        (
            STORY + "Reuters could not reach the landlord for comment.\n" + STORY,
            ("reuters.com", "text:origin:newsroom", "Reuters"),
        ),
        (
            STORY + "The BBC was unable to reach the driver's family.\n" + STORY,
            ("bbc.co.uk", "text:origin:newsroom", "BBC"),
        ),
        (
            STORY + "Reuters has not independently verified the footage.\n" + STORY,
            ("reuters.com", "text:origin:newsroom", "Reuters"),
        ),
        (
            STORY + "AFP has not been able to confirm the toll.\n" + STORY,
            ("afp.com", "text:origin:newsroom", "AFP"),
        ),
        (
            STORY + "Reuters was not able to independently verify the video.\n" + STORY,
            ("reuters.com", "text:origin:newsroom", "Reuters"),
        ),
        (
            STORY
            + "The Associated Press was not immediately able to reach the owner.\n"
            + STORY,
            ("apnews.com", "text:origin:newsroom", "Associated Press"),
        ),
        (
            STORY
            + "The contractor did not return a call from The Associated Press.\n"
            + STORY,
            ("apnews.com", "text:origin:newsroom", "Associated Press"),
        ),
        (
            STORY
            + "The owners did not answer emails and calls from CNN seeking comment.\n"
            + STORY,
            ("cnn.com", "text:origin:newsroom", "CNN"),
        ),
        # The page's own newsletter, with the outlet after "from".
        (
            TWO + "Sign up for the Morning Briefing newsletter from The Guardian.\n",
            ("theguardian.com", "text:promo", "Guardian"),
        ),
        # A news agency signing its dateline with its name's initials.
        (
            "ANKARA (AA) - " + TWO,
            ("aa.com.tr", "text:origin:dateline", "AA"),
        ),
        # A news agency's mark closing its copy.
        (
            TWO + "The county said the bridge would reopen. (AA)\n",
            ("aa.com.tr", "text:origin:credit", "AA"),
        ),
        (
            TWO + "The county said the bridge would reopen. (Reuters)\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
    ],
)
def test_common_lines_name_the_outlet(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a person and a description, a list of outlets, a place.
        "Sam Ortiz, a nurse, said the bridge was old.\n" + TWO,
        "Sam Ortiz, a nurse\n" + TWO,
        "Maria Lind, Kansas City\n" + TWO,
        "Maria Lind for the council\n" + TWO,
        "Sam Ortiz, Reuters spokesman\n" + TWO,
        "Vote For Reuters\n" + TWO,
        # Files and reports that are not an outlet's copy.
        TWO + "With files from the court, the clerk left the room.\n",
        TWO + "With files from the county archive\n",
        TWO + "- with the mayor and two aides\n",
        TWO + "The county said it would reopen - with AFP\n",
        TWO + "The mayor met the editors (with Reuters)\n",
        TWO + "The mayor spoke. (with the council)\n",
        # A report by a public body, not copy.
        TWO + "This report by the town council was first published in May.\n",
        # Reaching and verifying that are not a newsroom's.
        STORY + "The jury could not reach a verdict.\n" + STORY,
        STORY + "The council could not reach the owner of the lot.\n" + STORY,
        STORY + "The company has not independently verified the claims.\n" + STORY,
        STORY + "Reuters could not reach an agreement with its printers.\n" + STORY,
        STORY + "The mayor did not return a call from her lawyer.\n" + STORY,
        # A newsletter from a body that is no outlet.
        TWO + "Sign up for the weekly newsletter from the county library.\n",
        # Capitals in brackets that are no agency's initials.
        "OSLO (ZQ) - " + TWO,
        # A name in brackets inside the last sentence is a mention, and a
        # body that is no news agency is no mark.
        TWO + "The figures came from the Anadolu Agency (AA).\n",
        TWO + "The county said the bridge would reopen (AA)\n",
        TWO + "The county said the bridge would reopen. (NASA)\n",
    ],
)
def test_near_misses_name_no_outlet(text):
    assert found(text) is None
