"""Loaded language of partisan, advocacy and state-media writing, by class."""

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
        # Accusation and contempt.
        ("The minister gave an untruthful account of the deal.", ["untruthful"]),
        ("He sent his henchman to the hearing.", ["henchman"]),
        ("The board is run by a toady of the governor.", ["toady"]),
        ("Officials hired a spin doctor for the campaign.", ["spin doctor"]),
        ("The country's leaders are the instigators of the unrest.", ["instigators"]),
        ("They ran a kleptocratic government for a decade.", ["kleptocratic"]),
        # Moral condemnation, also of a scheme or a technology.
        ("The firm used unethical methods to win the contract.", ["unethical"]),
        ("Voters rejected the toxic scheme at the polls.", ["toxic"]),
        ("Residents oppose this dangerous technology in their town.", ["dangerous"]),
        ("The party ran a sexist campaign against her.", ["sexist"]),
        ("The minister's intimidating remarks drew a protest.", ["intimidating"]),
        ("The capital hosted an anti-Iran conference last week.", ["anti-Iran"]),
        # Alarm and catastrophe.
        ("The debt is a ticking time bomb for the city.", ["ticking time bomb"]),
        ("The border region has become a powder keg.", ["powder keg"]),
        ("Analysts fear a nightmare scenario for the port.", ["nightmare scenario"]),
        ("The museum marks the anniversary of the imposed war.", ["imposed war"]),
        # Ridicule.
        ("The hearing turned into a sideshow.", ["sideshow"]),
        ("His excuse was almost comical.", ["comical"]),
        ("The plan is mumbo jumbo dressed up as science.", ["mumbo jumbo"]),
        ("The speech was more political posturing.", ["posturing"]),
        # Grandiose praise in the publisher's own voice.
        ("The fair was a rousing success this year.", ["rousing"]),
        ("Her seminal work on galaxies changed the field.", ["seminal"]),
        ("The deal is a major win for local growers.", ["major win"]),
        ("The reform is a transformative investment in schools.", ["transformative"]),
        ("The volunteers valiantly held the line.", ["valiantly"]),
        ("The leader's far-sighted policy was praised again.", ["far-sighted"]),
        # Stance terms of state media for a hostile state or group.
        ("The envoy called the sanctions the work of a rogue state.", ["rogue state"]),
        ("The agency says the West is a paper tiger.", ["paper tiger"]),
        ("The paper blamed the Banderites for the shelling.", ["Banderites"]),
        ("The broadcaster condemned the satanic ideology of its foes.", ["satanic"]),
    ],
)
def test_loaded_marks_partisan_and_state_media_classes(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A neutral compound before "regime": "visa-free regime".
        "The two countries may return to a visa-free regime next year.",
        "Exporters welcome the duty-free regime for spare parts.",
        # "rousing" and "seminal" outside praise of an achievement or a work.
        "The loudest and most rousing response came from the back rows.",
        "The seminal vesicle is a small gland.",
        # "intimidating" of a place, "dangerous" of a road, a scheme's name.
        "The stadium is an intimidating place for visiting teams.",
        "Drivers avoid the dangerous road after dark.",
        "The pension scheme opened in March.",
        # "transformative" with no achievement after it.
        "The effect of the drug was transformative for some patients.",
        "Police found no sign of satanic rituals at the farm.",
        # Quoted, the words are the speaker's.
        'He said: "It is a sideshow and a ticking time bomb."',
    ],
)
def test_loaded_skips_neutral_readings_of_partisan_entries(text: str) -> None:
    assert _marked(text) == []
