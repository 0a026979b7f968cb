"""Hedge cues of general news writing, round 18: comparisons, topics, attention."""

from __future__ import annotations

import pytest

from reliability.annotators.hedges import HedgeAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def cues(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in HedgeAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A comparison of rates or chances between groups or cases.
        ("Night-shift workers are more likely to sleep badly.", []),
        ("Older drivers were less likely to crash than young ones.", []),
        ("Smokers are far more likely to develop the disease.", []),
        ("The new design makes it more likely that the engine starts.", []),
        # Likelihood of one outcome keeps the hedge.
        ("The bill is likely to pass next week.", ["likely"]),
        ("The bill will most likely pass.", ["likely"]),
        ("It is more likely than not that rates rise.", ["likely"]),
        ("The longer the strike, the more likely it is to spread.", ["likely"]),
    ],
)
def test_comparative_likely(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The noun names a possibility the sentence speaks about.
        ("Ministers discussed the possibility of a new tax.", []),
        ("The plan takes account of the possibility that prices rise.", []),
        ("The possibility of buying a seat was advertised online.", []),
        ("The possibility that the mine reopens worries them.", []),
        ("Fuel prices and the possibility of strikes were on the agenda.", []),
        ("The banker now faces the possibility of a long prison term.", []),
        # The sentence asserts that the possibility exists.
        ("There is a possibility that the talks fail.", ["possibility that"]),
        ("There is a real possibility of more rain.", ["possibility of"]),
        ("The leak raised the possibility of a recount.", ["possibility of"]),
        ("Police have not ruled out the possibility of arson.", ["possibility of"]),
    ],
)
def test_possibility_as_topic(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Attention or a value, not a belief about a clause.
        ("I think of my grandmother every day.", []),
        ("I think particularly of the old harbour.", []),
        ("I think too of the idea that words matter.", []),
        ("We think about the cost of every project.", []),
        ("We believe in free speech.", []),
        # A first-person belief about a clause keeps the hedge.
        ("I think the plan will fail.", ["I think"]),
        ("We firmly believe the plan will fail.", ["We firmly believe"]),
        ("I don't think the plan will work.", ["I don't think"]),
    ],
)
def test_belief_verb_with_preposition(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A clause without "that" after a longer noun phrase: the distancing verb.
        ("The rebel group claimed the two people killed were soldiers.", ["claimed"]),
        (
            "The army claimed the three men arrested last week had planned it.",
            ["claimed"],
        ),
        ("The firm claims the pier is safe.", ["claims"]),
        # Taking or winning: the verb after belongs to another clause.
        ("The storm claimed the lives of three sailors who were fishing.", []),
        ("The visiting side claimed the cup with a late goal and was cheered.", []),
        ("The landslide claimed the lives of six villagers.", []),
    ],
)
def test_claimed_with_a_clause_after_its_subject(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agentless "credited for", as "credited with": unnamed opinion.
        ("The mayor is often credited for the recovery.", ["is often credited"]),
        ("The law is widely credited for safer roads.", ["is widely credited"]),
        ("The mayor is often credited with the recovery.", ["is often credited with"]),
        # Its agent named: an attribution, not a hedge.
        ("The mayor was credited for the goal by the referee.", []),
    ],
)
def test_credited_for(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A colon opens a new clause: its capital does not mark a name.
        ("Today on the news: Suspected serial killer appears in court.", ["Suspected"]),
        ("Breaking: Alleged plot foiled in the capital.", ["Alleged"]),
        # A capital inside a clause is part of a name.
        ("The Suspected Killers played a gig last night.", []),
    ],
)
def test_capital_after_a_colon(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Claim the costs your insurer will cover first.",
        "She claimed the prize her team had won in 2010.",
    ],
)
def test_claim_with_a_relative_clause_after_its_object(text: str) -> None:
    assert cues(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A first-person belief that something is needed: an opinion.
        ("I think it is critical that the council acts now.", []),
        ("We believe it's vital to act now.", []),
        ("I think that it is very important for donors to help.", []),
        # A belief about a fact keeps the hedge.
        ("I think it is raining in the north.", ["I think"]),
        ("We believe the plan will fail.", ["We believe"]),
    ],
)
def test_belief_in_a_prescription(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
