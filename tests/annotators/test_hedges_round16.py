"""Hedge cues of general news writing: readings of hedge words that do not hedge."""

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
        # The noun "claim" as a demand for money, land or a right: no
        # statement the text keeps its distance from.
        ("Initial jobless claims rose to 230,000 last week.", []),
        ("Unemployment claims fell for a third week.", []),
        ("The firm faces antitrust claims in Europe.", []),
        ("Disability claims have doubled since 2010.", []),
        ("The small claims court heard the case on Monday.", []),
        ("The claims process takes about six weeks.", []),
        ("Homeowners filed claims for flood damage.", []),
        ("A farmer lodged a claim with the council.", []),
        ("Vietnam also lays claim to the islands.", []),
        ("Russia's claim to Crimea is not recognised.", []),
        ("The claim to the throne passed to his son.", []),
        ("Several nations have overlapping claims over the Arctic seabed.", []),
        # The distancing verb and noun keep their hedge.
        ("Critics claim the plan will fail.", ["claim"]),
        ("The group claims to be the heir of the movement.", ["claims"]),
        ("He claims to Reuters the deal is dead.", ["claims"]),
        ("Critics claim to the press that the plan will fail.", ["claim"]),
        ("She claims that the vote was rigged.", ["claims"]),
        ("The claims of fraud were rejected by the court.", ["claims"]),
        ("Despite published claims to the contrary, the bridge opened.", ["claims"]),
        ("He made claims that the vote was rigged.", ["claims"]),
        # "tax claims" are as often statements about taxes as demands.
        ("He repeated his tax claims at the rally.", ["claims"]),
    ],
)
def test_claim_of_a_right(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A hearsay participle right after its noun, before "to have" or
        # "to be": an agentless report passive reduced to a relative.
        ("Goods alleged to have been stolen were recovered.", ["alleged to"]),
        ("The man alleged to be the leader was arrested.", ["alleged to"]),
        ("Goods said to have been stolen were recovered.", ["said to"]),
        ("A ship believed to have sunk in 1900 was found.", ["believed to"]),
        ("The men thought to have started the fire were questioned.", ["thought to"]),
        ("A painting reported to have been sold was stolen.", ["reported to"]),
        # With a form of "be" the verb group is the cue, as before.
        ("He is said to have fled.", ["is said to"]),
        ("The ship was believed to have sunk.", ["was believed to"]),
        # After a personal pronoun the participle is the active verb.
        ("She said to have patience with the process.", []),
        ("They said to be careful on the roads.", []),
    ],
)
def test_reduced_report_passive(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The sentence itself calls the content false: no distance to mark.
        ("He repeated her unsupported and deeply problematic claims.", []),
        ("He spread baseless, false claims that the vote was rigged.", []),
        ("The author made other conflicting and incorrect claims about it.", []),
        (
            "Like the other false claims made to justify the war, accusations"
            " that the army used gas are baseless.",
            [],
        ),
        ("The firm falsely claimed its product was safe.", []),
        # A falsity word inside the content, after the cue, or on another
        # statement before a distancing verb leaves the hedge.
        ("She denied claims that the report was inaccurate.", ["claims"]),
        ("Claims that the vote was rigged are false.", ["Claims"]),
        (
            "He made false statements to police, and later claimed that he"
            " had been at home.",
            ["claimed"],
        ),
        (
            "Fake news sites spread the story, and police said allegations"
            " against the teacher were being investigated.",
            ["allegations"],
        ),
    ],
)
def test_called_false_in_the_sentence(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
