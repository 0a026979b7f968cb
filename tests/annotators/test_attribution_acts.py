"""Verbs of speech used for an act that reports no statement: no attribution."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The appeals court dismissed the landlord's lawsuit on Tuesday.", []),
        ("A judge rejected the company's motion to delay the trial.", []),
        ("The tribunal dismissed her application for asylum.", []),
        ("The union appealed the ruling.", []),
        ("Her lawyers appealed against the verdict last month.", []),
        # the object is judged, not disposed of: still a statement
        ("The minister dismissed the charges as politically motivated.", ["dismissed"]),
        ("The mayor dismissed the case as a distraction.", ["dismissed"]),
        ("Officials dismissed reports that the plant would close.", ["dismissed"]),
        ("The bishop appealed for calm after the riots.", ["appealed"]),
    ],
)
def test_attribution_skips_acts_on_a_legal_proceeding(
    text: str, expected: list[str]
) -> None:
    assert _cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Reporters asked the coach about his future at the club.", []),
        ("The host asks her guests about their childhood.", []),
        ("A voter asked about the price of bread.", []),
        # the question itself is given, or the answer is reported
        ("She asked the mayor whether the bridge would reopen.", ["asked"]),
        ("Asked about the delay, the minister said it was unavoidable.", ["said"]),
    ],
)
def test_attribution_skips_asking_only_about_a_topic(
    text: str, expected: list[str]
) -> None:
    assert _cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The visiting side claimed the cup with a late goal.", []),
        ("A teenager from Leeds claiming bronze in the long jump.", []),
        ("The floods have claimed at least forty lives this week.", []),
        ("The landslide claimed the lives of six villagers.", []),
        ("The Greens claimed three seats in the city council.", []),
        # a statement, a responsibility or a clause is still claimed
        ("The rebels claimed responsibility for the bombing.", ["claimed"]),
        ("The coach claimed the title was decided by the referee.", ["claimed"]),
        ("The club claimed that the trophy had been stolen.", ["claimed"]),
    ],
)
def test_attribution_skips_claiming_a_prize(text: str, expected: list[str]) -> None:
    assert _cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an account given to others: what is explained may be a noun phrase
        ("The head teacher explained the new timetable to parents.", ["explained"]),
        (
            "In a radio interview, Ann Lee explains her reasons for resigning.",
            ["explains"],
        ),
        ("The museum director explained all about the restoration.", ["explained"]),
        ("The engineer explained that the pump had failed.", ["explained"]),
        # a cause "explains" a fact: no speaker
        ("The heavy rain explains the low turnout.", []),
        ("That explains why the shop closed early.", []),
    ],
)
def test_attribution_explaining_takes_an_object(text: str, expected: list[str]) -> None:
    assert _cues(text) == expected
