"""Loaded language, round 13: classes of error that recur across publishers."""

from __future__ import annotations

import pytest

from reliability.annotators.loaded import LoadedAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def _marked(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in LoadedAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "text",
    [
        # "propaganda" before the noun it modifies names a genre or an
        # institution that research and fact-checks describe.
        "The museum shows wartime propaganda posters from both sides.",
        "The report traces how state propaganda outlets spread the story.",
        "Why did the studio take its own propaganda film offline?",
    ],
)
def test_loaded_leaves_names_of_practices(text: str) -> None:
    assert _marked(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # As a noun on its own it judges a message.
        ("The channel broadcasts pure propaganda.", ["propaganda"]),
        ("The leaflet was a piece of propaganda, nothing more.", ["propaganda"]),
        # Labels of the people who make it stay loaded.
        ("The channel hired a propagandist as its host.", ["propagandist"]),
        ("The article reads like a propagandistic pamphlet.", ["propagandistic"]),
    ],
)
def test_loaded_marks_propaganda_as_a_noun_and_its_makers(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The verdict that a rule does harm or weighs too much.
        ("Small firms face burdensome paperwork every quarter.", ["burdensome"]),
        ("The council dropped its onerous fees for street stalls.", ["onerous"]),
        ("The bill keeps a harmful provision on web filters.", ["harmful"]),
        ("The agency issued damaging regulations for local growers.", ["damaging"]),
        # Harm named, not judged: weather, nature, an effect.
        ("Storms brought damaging winds and hail to the coast.", []),
        ("Harmful algae closed the lake to swimmers.", []),
        ("The study measured the harmful effects of smoke.", []),
        # A ruling reported, not the outlet's verdict.
        ("The court ruled the harmful provision void.", []),
        # Only the listed nouns: "illegal" still needs an act of a state.
        ("The paper discussed illegal immigration policy.", []),
    ],
)
def test_loaded_marks_verdicts_of_harm_on_rules(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An enthusiasm adjective describes a feeling, not a clear judgement.
        ("Volunteers built an amazing garden behind the school.", []),
        ("The last two days of the fair were amazing.", []),
        # Puffery beyond the fact stays loaded.
        ("The firm sells an amazing, world-class filter.", ["world-class"]),
    ],
)
def test_loaded_leaves_enthusiasm_adjectives(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Charges against an opponent's record or tactics.
        ("The party ran a fear campaign about energy prices.", ["fear campaign"]),
        ("Rivals mounted a scare campaign over the hospital.", ["scare campaign"]),
        ("Years of policy failures left the budget short.", ["policy failures"]),
        # Alarm at a spreading harm.
        ("Activists warned of the creep of state surveillance.", ["creep of"]),
        ("Gun violence is a scourge in the city.", ["scourge"]),
        # The words of these phrases on their own.
        ("The campaign to reduce the fear of flying ended.", []),
        ("The policy was reviewed after two failures of the pump.", []),
    ],
)
def test_loaded_marks_charges_and_alarm(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Contempt for leniency and the charge of stirring trouble.
        ("The mayor keeps coddling repeat offenders.", ["coddling"]),
        ("The envoy coddled the generals for years.", ["coddled"]),
        ("The priest was exiled for troublemaking in the town.", ["troublemaking"]),
        ("The school expelled a known troublemaker.", ["troublemaker"]),
    ],
)
def test_loaded_marks_contempt_for_leniency(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "radical" of a method is a degree, as in "radical change".
        ("The school took a more radical approach to homework.", []),
        ("Both radical approaches were tested in the trial.", []),
        # Of a person or group it is a label.
        ("The rally drew radical activists from three states.", ["radical"]),
    ],
)
def test_loaded_radical_approach_is_a_degree(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The column called the new curfew fascistic.", ["fascistic"]),
        ("The group fights plutocratic rule in the state.", ["plutocratic"]),
    ],
)
def test_loaded_marks_adjectives_of_listed_labels(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Claims and arguments are ideas a label judges.
        ("He repeated the absurd claim that the vote was stolen.", ["absurd"]),
        ("The mayor offered a ridiculous excuse for the delay.", ["ridiculous"]),
        ("Her crazy argument won no votes.", ["crazy"]),
        ("The ad rests on a dangerous notion of loyalty.", ["dangerous"]),
    ],
)
def test_loaded_labels_judge_claims_and_arguments(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Every form of an accusation the lexicon lists ("sowing division").
        ("The campaign ad sows division among neighbours.", ["sows division"]),
        ("He sowed division in the party for years.", ["sowed division"]),
        ("The leaflets have sown division in the town.", ["sown division"]),
    ],
)
def test_loaded_marks_every_form_of_sowing_division(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Ridicule adjectives judge a position, a document or a level too.
        ("The agency's position was plainly absurd.", ["absurd"]),
        ("Officials went to absurd lengths to hide the memo.", ["absurd"]),
        ("Critics mocked the ridiculous document page by page.", ["ridiculous"]),
    ],
)
def test_loaded_marks_ridicule_beyond_people_and_ideas(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected
