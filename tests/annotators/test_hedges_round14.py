"""Hedge cues of everyday news: distancing words, negated status, passives."""

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
        # The adjective distances the outlet from a judgement.
        ("The perceived threat from the north shaped the policy.", ["perceived"]),
        ("Protests broke out over perceived slights to the king.", ["perceived"]),
        ("Fans complained of bias and perceived favouritism.", ["perceived"]),
        ("Perceived weakness in the economy hurt the party.", ["Perceived"]),
        # The verb says what someone noticed.
        ("Residents perceived a change in the air.", []),
        ("She perceived danger and left the building.", []),
        ("He perceived that the crowd was restless.", []),
    ],
)
def test_hedges_marks_perceived_before_its_noun(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What is not clear or known is uncertain, also contracted.
        ("It isn't clear who fired first.", ["isn't clear"]),
        ("It wasn\u2019t clear whether the ferry had left.", ["wasn\u2019t clear"]),
        (
            "It wasn't immediately clear why the talks broke down.",
            ["wasn't immediately clear"],
        ),
        (
            "The cause of the fire wasn't immediately known.",
            ["wasn't immediately known"],
        ),
        # What has not been confirmed or verified, with adverbs between.
        (
            "The footage hasn't been independently verified.",
            ["hasn't been independently verified"],
        ),
        ("The figures haven't been confirmed.", ["haven't been confirmed"]),
        ("The death toll has not yet been confirmed.", ["not yet been confirmed"]),
        ("The date was not officially confirmed.", ["not officially confirmed"]),
        ("The letter can't be verified.", ["can't be verified"]),
        # Other senses, and statements without a negation.
        ("He isn't known for his patience.", []),
        ("The road wasn't clear of snow.", []),
        ("The results were confirmed by the laboratory.", []),
        ("It is clear that the plan failed.", []),
    ],
)
def test_hedges_marks_a_negated_status(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "it" with a report passive relays unnamed opinion or hearsay.
        ("It is also believed that the two men were related.", ["It is also believed"]),
        ("It is also hoped that the road will reopen.", ["It is also hoped"]),
        ("It is now thought the ship sank in minutes.", ["It is now thought"]),
        ("It is commonly assumed that prices will rise.", ["It is commonly assumed"]),
        ("It is often said that the city never sleeps.", ["It is often said"]),
        ("It's feared dozens more are trapped.", ["'s feared"]),
        (
            "It has long been said that the castle is haunted.",
            ["It has long been said"],
        ),
        ("It\u2019s said the castle is haunted.", ["It\u2019s said"]),
        ("It's understood the keeper will miss the final.", ["'s understood"]),
        # An agent, an active verb or another subject: no impersonal report.
        ("It is believed by police that the men knew each other.", []),
        ("It was suggested by the chairman that the vote be delayed.", []),
        ("It said the plan had failed.", []),
        ("It has said that prices will rise.", []),
        ("The minister understood the risks.", []),
        ("She's said she will not run again.", []),
    ],
)
def test_hedges_marks_an_impersonal_report_passive(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What no one knows is not known ("it is not known").
        ("No one knows how many people were on board.", ["No one knows"]),
        ("Nobody knew why the alarm went off.", ["Nobody knew"]),
        ("Officials said no one knows whether the dam will hold.", ["no one knows"]),
        # Knowing a thing or a person is no doubt about a fact.
        ("No one knows the city better than she does.", []),
        ("Nobody knew him at the club.", []),
    ],
)
def test_hedges_marks_what_no_one_knows(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The writer's own belief, negated, is still the writer's judgement.
        ("I don't think the vote will pass.", ["I don't think"]),
        ("We do not believe the figures are accurate.", ["We do not believe"]),
        ("Frankly, I don\u2019t think anyone saw it coming.", ["I don\u2019t think"]),
        # A third person's belief is a source's stance; knowing is no belief;
        # a negated expectation of people is a demand.
        ("They don't think the plan will work.", []),
        ("I do not know the answer.", []),
        ("We don't expect writers to agree with us.", []),
    ],
)
def test_hedges_marks_a_negated_first_person_belief(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Agentless report passives of blame, tipping and naming.
        ("The crash is blamed on pilot error.", ["is blamed"]),
        ("She is tipped as a future leader.", ["is tipped as"]),
        ("He is widely tipped for the top job.", ["is widely tipped"]),
        ("The area was denoted as a danger zone.", ["was denoted as"]),
        # With the blamer as subject, or another sense: no hedge.
        ("Police blamed the crash on ice.", []),
        ("He was tipped off by a neighbour.", []),
        # Suggestions and indications that carry the claim.
        ("There were suggestions that the vote had been rigged.", ["suggestions"]),
        ("Amid suggestions of a cover-up, the minister resigned.", ["suggestions"]),
        (
            "Early indications are that the fire was accidental.",
            ["indications are that"],
        ),
        ("The council invited suggestions for the new park.", []),
        ("Thanks for your suggestions.", []),
    ],
)
def test_hedges_marks_blame_tips_and_suggestions(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Denying or answering the claims only names them.
        ("The minister denied the claims.", []),
        ("The company said it could not comment on the claims.", []),
        ("In response to the claims, the club issued a statement.", []),
        ("The firm rejected these claims.", []),
        # Claims the text carries stay at a distance.
        ("The claims were first made in 2019.", ["claims"]),
        ("The claims of fraud were investigated.", ["claims"]),
        ("He denied the claims of fraud.", ["claims"]),
    ],
)
def test_hedges_leaves_claims_that_are_only_answered(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected
