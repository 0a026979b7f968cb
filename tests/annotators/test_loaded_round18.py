"""Loaded language, round 18: literal senses, events and new word classes."""

from __future__ import annotations

import pytest

from reliability.annotators.loaded import LoadedAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def _marked(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in LoadedAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "crude" judges a remark or a joke, not the oil a market trades.
        ("Prices of crude oil rose for a third week.", []),
        ("Brent crude fell below ninety dollars.", []),
        ("The senator made crude remarks about his rival.", ["crude"]),
        ("The comedian told crude jokes all evening.", ["crude"]),
        # "abject poverty" is the set term of development reports.
        ("Millions of families still live in abject poverty.", []),
        ("The rollout was an abject failure.", ["abject"]),
        # "butcher" as the modifier of a noun names a trade.
        ("The old butcher shop on Main Street has closed.", []),
        (
            "The dictator was known as the butcher who ordered the massacre.",
            ["butcher"],
        ),
    ],
)
def test_loaded_leaves_literal_senses(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An impact word before an event or a thing describes how bad it was.
        ("The town remembers this terrible event every year.", []),
        ("Survivors of the catastrophic incident gathered on Sunday.", []),
        ("Some people use the tool to do terrible things.", []),
        # Judging a person or an idea stays loaded.
        ("It was a catastrophic decision by the board.", ["catastrophic"]),
        ("The minister gave a terrible answer to the committee.", ["terrible"]),
    ],
)
def test_loaded_impact_describes_events_and_effects(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "lies" before an article, after a place, is the verb of position.
        ("Beyond the river lies a small fishing village.", []),
        ("At the heart of the dispute lies the question of money.", []),
        ("Behind the new rules lies an old rivalry.", []),
        # ... while the noun of deceit stays loaded.
        ("The campaign kept spreading lies about the vote.", ["lies"]),
        ("He lies about his record at every rally.", ["lies"]),
    ],
)
def test_loaded_lies_in_inversion_locates(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The outlet's verdict on a state's surveillance.
        ("The agency expanded its invasive surveillance of citizens.", ["invasive"]),
        ("Critics fought the intrusive spying program for years.", ["intrusive"]),
        (
            "The law allows the indiscriminate collection of phone records.",
            ["indiscriminate"],
        ),
        # ... not a species, a procedure or damage.
        ("Volunteers removed invasive plants from the park.", []),
        ("The intrusive procedure took two hours.", []),
        ("Trawling causes indiscriminate damage to the seabed.", []),
    ],
)
def test_loaded_verdicts_on_surveillance(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Verbs of violence as a figure for words, aimed at a name or an idea.
        ("The senator rips Smith over the delay.", ["rips"]),
        ("Critics trashed the budget within hours.", ["trashed"]),
        ("The columnist skewered the governor's plan.", ["skewered"]),
        ("Candidates bash the administration at every stop.", ["bash"]),
        # ... not of things.
        ("Fans trashed the hotel room after the final.", []),
        ("The cook skewered chunks of lamb.", []),
        # Contempt for a voice or an argument, not for a sound.
        ("The shrill rhetoric of the campaign alarmed donors.", ["shrill"]),
        ("A shrill whistle ended the match.", []),
    ],
)
def test_loaded_rebukes_and_contempt(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Contempt for spending and for deals made out of sight.
        ("The audit found millions in misspent grants.", ["misspent"]),
        (
            "The report lists head-scratching purchases by the agency.",
            ["head-scratching"],
        ),
        ("Families face sky-high energy bills.", ["sky-high"]),
        (
            "The council struck a sweetheart deal with the developer.",
            ["sweetheart deal"],
        ),
        ("Party leaders cut backroom deals over the budget.", ["backroom deals"]),
        ("The minister was hounded out of office.", ["hounded"]),
        # Forms of words already listed.
        ("The rollout was one of the year's fiascos.", ["fiascos"]),
        ("The governor's rantings filled the evening news.", ["rantings"]),
        ("The senator spouts conspiracy theories.", ["spouts"]),
        # A housing term stays unmarked.
        ("The scheme helps owner occupier households.", []),
    ],
)
def test_loaded_marks_contempt_for_spending_and_forms(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Partisan and conspiracy labels.
        ("The sheriff arrested an illegal alien on Monday.", ["illegal alien"]),
        ("The board pushed transgender ideology in schools.", ["transgender ideology"]),
        ("Activists rallied against forced-birth laws.", ["forced-birth"]),
        ("The swivel-eyed backbenchers revolted again.", ["swivel-eyed"]),
        ("Bloggers warned of chemtrails over the city.", ["chemtrails"]),
        ("Posts linked the lockdown to the great reset.", ["great reset"]),
        # A plain reset is not the conspiracy term.
        ("Engineers ordered a reset of the system.", []),
    ],
)
def test_loaded_marks_partisan_and_conspiracy_labels(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Partisan frames of economics, guns, abortion and elections.
        ("Crime is rising in Democrat-run cities.", ["Democrat-run"]),
        ("The plan is more trickle-down economics.", ["trickle-down"]),
        ("He accused the left of class warfare.", ["class warfare"]),
        ("Election deniers won several races.", ["Election deniers"]),
        ("The bill bans partial-birth abortion.", ["partial-birth abortion"]),
        ("Residents complained about trigger-happy guards.", ["trigger-happy"]),
        # A plain warfare or denier is not the label.
        ("The army trained for urban warfare.", []),
        ("The court heard from the denier of the loan.", []),
    ],
)
def test_loaded_marks_partisan_frames(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Partisan names of policies and tabloid sneers.
        ("Tenants hit by the bedroom tax protested.", ["bedroom tax"]),
        ("Ministers pushed the snooper's charter through.", ["snooper's charter"]),
        ("Council killjoys banned the street party.", ["killjoys"]),
        ("Parking fees at the hospital are highway robbery.", ["highway robbery"]),
        ("The group is Soros-funded, critics say.", ["Soros-funded"]),
        # A plain tax is not the label.
        ("The council raised the tax on second homes.", []),
    ],
)
def test_loaded_marks_policy_names_and_tabloid_sneers(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Forms of listed verbs of twisting the truth and of rebuke.
        ("The paper twists the facts to suit its owners.", ["twists"]),
        ("Critics rip the plan as unworkable.", ["rip"]),
        # ... not a plot twist or a carpet.
        ("The film has a twist at the end.", []),
        ("Workers rip the old carpet out.", []),
        ("Chefs roast the chicken for an hour.", []),
    ],
)
def test_loaded_marks_forms_of_twisting_and_rebuke(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # State-media labels of an enemy state and its government.
        ("The aim is the denazification of the country.", ["denazification"]),
        ("Putschists in the capital seized the ministry.", ["Putschists"]),
        ("Ukronazis shelled the town again, the agency said.", ["Ukronazis"]),
        ("It was a dastardly plot against the republic.", ["dastardly"]),
        # Plain terms of wire copy stay unmarked.
        ("The coup plotters were arrested at dawn.", []),
        ("Mercenaries guarded the mine.", []),
    ],
)
def test_loaded_marks_state_media_labels(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "pseudo-" joined by a hyphen calls what follows fake.
        ("The pundits delivered their pseudo-analyses on air.", ["pseudo-analyses"]),
        ("It is a pseudo-democracy run by one family.", ["pseudo-democracy"]),
        ("Critics mocked the pseudo-science of the report.", ["pseudo-science"]),
        # ... not the technical term written apart, nor a pen name.
        ("The firm sold pseudo anonymous data sets.", []),
        ("The writer used a pseudonym.", []),
    ],
)
def test_loaded_marks_pseudo_prefix(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Tabloid figures of attack and of spending.
        ("He took a swipe at the former leader.", ["swipe at"]),
        ("The union launched a broadside against the board.", ["broadside"]),
        ("Experts poured scorn on the plan.", ["poured scorn"]),
        ("The coach gave the team a dressing-down.", ["dressing-down"]),
        ("The club splashed out on a new striker.", ["splashed out on"]),
        # ... not a swim.
        ("The children splashed out of the sea.", []),
    ],
)
def test_loaded_marks_tabloid_figures(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected
