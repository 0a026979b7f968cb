"""Outlet rules of round 16: the newsroom putting its own questions."""

from __future__ import annotations

import pytest

from reliability.outlets import builtin_table
from tests.outlet_helpers import STORY, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # The outlet asking the story's questions is the one reporting it.
        (
            STORY + "Asked by Reuters whether the bridge would reopen before "
            "winter, a county spokesman declined to comment.\n",
            ("reuters.com", "text:origin:newsroom", "Reuters"),
        ),
        (
            STORY + "The contractor was asked by NBC News about the cost, and "
            "said the figure had not changed.\n",
            ("nbcnews.com", "text:origin:newsroom", "NBC News"),
        ),
        (
            STORY + "The engineer told the Los Angeles Times in an exclusive "
            "interview that the deck had been failing for years.\n",
            ("latimes.com", "text:origin:newsroom", "Los Angeles Times"),
        ),
        (
            STORY + "The mayor told Breitbart News in an exclusive telephone "
            "interview that the detour was temporary.\n",
            ("breitbart.com", "text:origin:newsroom", "Breitbart News"),
        ),
        # A presenter's question cites a broadcast interview.
        (
            STORY + "Asked by CNN's Jo Cole whether the bridge was safe, the "
            "mayor said it was not.\n",
            None,
        ),
        (
            STORY + "Asked by Fox News host Jo Cole whether the bridge was safe, "
            "the mayor said it was not.\n",
            None,
        ),
        # A body asking is no newsroom.
        (
            STORY + "Asked by the committee whether the bridge was safe, the "
            "engineer said it was not.\n",
            None,
        ),
        # An interview that is not an exclusive is how stories cite others.
        (
            STORY + "The mayor told the Los Angeles Times in an interview that "
            "the deck had been failing for years.\n",
            None,
        ),
    ],
)
def test_outlet_the_newsroom_asking_is_the_origin(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A credited desk the registry lacks, and the outlet it is part of.
        (
            STORY + "This article was produced by Bridge Desk, a project of the "
            "Independent Media Institute.\n",
            (
                "independentmediainstitute.org",
                "text:origin:republished",
                "Independent Media Institute",
            ),
        ),
        (
            STORY + "This article was originally published by River Watch, an "
            "initiative of The Conversation.\n",
            ("theconversation.com", "text:origin:republished", "Conversation"),
        ),
        # An appositive that names no outlet, or names a public body.
        (
            STORY + "This article was originally published by River Watch, a "
            "magazine about roads and bridges.\n",
            None,
        ),
        (
            STORY + "The report was produced by the roads unit, a division of the "
            "Home Office.\n",
            None,
        ),
        # "appeared originally" is "originally appeared".
        (
            STORY + "This story appeared originally on Grist.\n",
            ("grist.org", "text:origin:republished", "Grist"),
        ),
        (
            STORY + "This article was published originally by ProPublica.\n",
            ("propublica.org", "text:origin:republished", "ProPublica"),
        ),
    ],
)
def test_outlet_a_credit_names_the_outlet_its_desk_belongs_to(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A charity's news service writing the wires' dateline.
        (
            "GENEVA (Thomson Reuters Foundation) - " + STORY,
            (
                "trust.org",
                "text:origin:dateline",
                "Thomson Reuters Foundation",
            ),
        ),
        # An essay magazine's republication credit.
        (
            STORY + "This essay was originally published at Aeon and has been "
            "republished under Creative Commons.\n",
            ("aeon.co", "text:origin:republished", "Aeon"),
        ),
    ],
)
def test_outlet_registry_holds_more_publishers_of_syndicated_copy(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "sentence, domain, name",
    [
        (
            "The league's new policy was first reported by Outsports on Monday.",
            "outsports.com",
            "Outsports",
        ),
        (
            "Two reporters from the Thomson Reuters Foundation visited the camps.",
            "trust.org",
            "Thomson Reuters Foundation",
        ),
    ],
)
def test_registry_names_outlets_news_stories_cite(sentence, domain, name):
    names = builtin_table().find_names(sentence)
    assert [(m.entry.domain, sentence[m.start : m.end]) for m in names] == [
        (domain, name)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Another outlet's editor or reporters, named by role, are cited.
        (
            "The vote was close." + "\n\n" + STORY + "The Guardian's editor-in-chief "
            "called the closure overdue.\n\n" + STORY + "The Guardian reported on "
            "the bridge last year.\n",
            None,
        ),
        (
            "The vote was close." + "\n\n" + STORY + "Al Jazeera's correspondents "
            "were at the scene.\n\n" + STORY + "As Al Jazeera reported on Sunday, "
            "the ferry will stop.\n",
            None,
        ),
        # Its services are its own.
        (
            "The vote was close." + "\n\n" + STORY + "Al Jazeera's Arabic service "
            "carried the vote live.\n\n" + STORY + "As Al Jazeera reported on "
            "Sunday, the ferry will stop.\n",
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
    ],
)
def test_outlet_another_outlets_staff_by_role_is_a_citation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Another outlet's event or show, named in the possessive, is cited.
        (
            "The vote was close." + "\n\n" + STORY + "The senator spoke at CNN's "
            "Nevada town hall in March.\n\n" + STORY + "As CNN reported on "
            "Sunday, the ferry will stop.\n",
            None,
        ),
        (
            "The vote was close." + "\n\n" + STORY + "The mayor spoke at Al "
            "Jazeera's Doha forum last year.\n\n" + STORY + "As Al Jazeera reported on "
            "Sunday, the ferry will stop.\n",
            None,
        ),
    ],
)
def test_outlet_another_outlets_event_is_a_citation(text, expected):
    assert found(text) == expected
