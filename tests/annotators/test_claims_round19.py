"""Claims: a broadcast's hand-over naming where its reporter is, more ways
of predicting an effect, a tribute's praise, and a page's pointer to where or
when its content appears. Unsourced claims: a sentence opening with who says
it ("As the minister put it, ...").

Each case is a sentence of our own, judged by the claim rules alone (one
body sentence).
"""

from __future__ import annotations

import pytest

from tests.claim_helpers import rule_claim as _claim
from tests.claim_helpers import rule_unsourced as _unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # The hand-over to the report that follows: no claim.
        ("Jo Lee reports from Kyiv.", False),
        ("For the network, Sam Roe reports from the border town of Ruda.", False),
        (
            "Our Africa correspondent Ann Bell reports from Lagos, a city hit hard "
            "by the floods.",
            False,
        ),
        ("With Tom Gray contributing, Ann Bell reports from Rome.", False),
        (
            "Radio Central's Jo Lee has our story from the coast, narrated by Sam Roe.",
            False,
        ),
        ("Ann Bell has more from the capital.", False),
        ("Our correspondent Mark Hill is reporting from Geneva.", False),
        # What the reporter found, a reported frame, or reports as a noun: claims.
        ("Jo Lee reports from Kyiv that the bridge was destroyed overnight.", True),
        ("Jo Lee reports from Kyiv, where 12 people were hurt.", True),
        ("The ministry said Jo Lee reports from Kyiv.", True),
        ("Police reports from the scene described a chaotic evacuation.", True),
        ("Officials received reports from residents about the smell of gas.", True),
        ("The agency reports from its survey of 2,000 farms that yields fell.", True),
        ("Early reports from the region suggest the dam held.", True),
    ],
)
def test_claims_reporter_hand_over(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A benefit to come, in the outlet's voice: a prediction of effect.
        (
            "The new station will serve as an anchor for the regeneration of the "
            "town centre.",
            False,
        ),
        ("The scheme will serve as a model for other councils.", False),
        (
            "The changes will also serve to strengthen the board's oversight of "
            "spending.",
            False,
        ),
        ("Faster broadband will make remote working easier for families.", False),
        (
            "The new guidance will make this process, and future reviews, simpler "
            "to follow.",
            False,
        ),
        (
            "The extra funding will give hospitals the tools to cut waiting lists.",
            False,
        ),
        (
            "The programme would give young people the confidence to apply for jobs.",
            False,
        ),
        ("A shared register would be of great benefit to patients and staff.", False),
        ("The merger will be a positive outcome for both clubs.", False),
        # Plans, schedules, pledges and events: claims.
        ("The school hall will serve as a polling station on Thursday.", True),
        ("The council will give each household a grant of 200 pounds.", True),
        (
            "The council will make sure the bridge is safer before it reopens in May.",
            True,
        ),
        ("The ministry made the rules simpler last year.", True),
        ("The stadium will serve as the venue for the final in June.", True),
        ("We will make our streets safer.", True),
    ],
)
def test_claims_effect_prediction(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # An opening "As <source> <says>," names where the fact comes from.
        (
            "As the minister put it, the town has waited long enough for the bridge.",
            False,
        ),
        ("As the report shows, most of the new jobs went to the capital.", False),
        ("As has been said, the mayor served three terms on the council.", False),
        ("As Jo Lee writes in her new book, the factory closed in 1987.", False),
        ("As the footer of the page says, the site is run by volunteers.", False),
        ("As we highlighted last week, the fund ran out of money in March.", False),
        # A time, a cause or a manner names no source.
        ("As I write this, the team is preparing for the final.", True),
        ("As prices rose, the bank raised its rates twice.", True),
        ("As the storm approached, residents boarded up their homes.", True),
        ("As expected, the council approved the budget.", True),
        ("As a result, the plant closed in May.", True),
        ("As the show ended, fans cheered the band for ten minutes.", True),
        ("As reports emerged of a second blast, crowds gathered outside.", True),
    ],
)
def test_unsourced_opening_as_source(text: str, unsourced: bool) -> None:
    assert _unsourced(text) is unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # Where or when the page's content appears: no claim.
        ("Full results for every ward are listed below.", False),
        ("The main changes to the rules are set out below.", False),
        ("Coverage of the launch will begin at 4 p.m. on our website.", False),
        ("Coverage of the debate will begin at 7pm on the network's website.", False),
        (
            "Coverage also will air live on the agency's channel and social media.",
            False,
        ),
        ("Live updates will resume on Monday at 8am.", False),
        ("The latest figures will be posted on the agency's website.", False),
        ("Further details will be provided in the articles listed.", False),
        ("The data on the outbreak is updated daily.", False),
        ("More photos from the festival can be found at our gallery.", False),
        ("More detail can be found on the council's website.", False),
        ("The full list can be found here.", False),
        # A release, a schedule, an event or a plan: claims.
        ("The agency released the figures, which can be found at its website.", True),
        ("The results were published on Monday and show a rise in crime.", True),
        ("The report will be published on Tuesday.", True),
        (
            "Prices are updated daily by the exchange, which closed higher on Friday.",
            True,
        ),
        ("The bodies of two climbers were found on the mountain on Sunday.", True),
        ("Police said the missing boy can be found at his grandmother's house.", True),
        ("Updates to the software fixed a flaw that let hackers in.", True),
        ("Insurance coverage will begin in January for all new staff.", True),
        ("Updates to the law will continue to roll out in June.", True),
        ("The wreck of the ship can be found on the seabed off the coast.", True),
    ],
)
def test_claims_page_pointer(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A tribute's praise of a person: no claim.
        ("President Jo Lee is a personal hero of mine and a major inspiration.", False),
        ("The senator was, and is, a friend not only to me but to the party.", False),
        ("The actor will be forever known as the captain of the starship.", False),
        ("Her work left an indelible mark on the city.", False),
        ("The coach was a great inspiration to his players.", False),
        # What made someone a hero, or a figure: claims.
        ("The 1998 flood left an indelible mark on 300 homes.", True),
        (
            "The firefighter was hailed as a hero after he pulled two children from "
            "the river.",
            True,
        ),
        ("He became a hero to many after the rescue in 2019.", True),
    ],
)
def test_claims_tribute(text: str, claim: bool) -> None:
    assert _claim(text) is claim
