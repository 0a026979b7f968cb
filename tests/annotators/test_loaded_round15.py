"""Loaded language, round 15: general classes of partisan, tabloid and state media."""

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
        # Smearing, betrayal and contempt named as an accusation.
        ("The campaign set out to tarnish the mayor's record.", ["tarnish"]),
        ("Critics say the deal betrays the workers who built the party.", ["betrays"]),
        ("He had the audacity to ask for another raise.", ["audacity"]),
        ("Local busybodies want the festival cancelled.", ["busybodies"]),
        # State media on foreign policy.
        (
            "The West is plotting colour revolutions in the region.",
            ["colour revolutions"],
        ),
        (
            "Washington has returned to gunboat diplomacy in the strait.",
            ["gunboat diplomacy"],
        ),
        ("The loans are a debt trap for poor countries.", ["debt trap"]),
        ("Their foreign puppeteers gave the order.", ["puppeteers"]),
        ("The collaborationist government signed the treaty.", ["collaborationist"]),
        # Partisan and tabloid writing on welfare and tax.
        ("The budget hides a stealth tax on pensions.", ["stealth tax"]),
        ("Benefit cheats cost the taxpayer millions.", ["Benefit cheats"]),
        ("The senator called it a job-killer bill.", ["job-killer"]),
        ("The city has descended into lawlessness.", ["lawlessness"]),
        # A plain verb of an aim and a named feeling stay unmarked.
        ("The lawyers tried to discredit the witness.", []),
        ("Voters said they felt betrayed by the vote.", []),
    ],
)
def test_loaded_marks_smears_and_stance_terms(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The adverb of a judging adjective judges as the adjective does.
        ("The minister disingenuously blamed the weather.", ["disingenuously"]),
        ("The council vindictively cut the club's funding.", ["vindictively"]),
        ("The law was passed undemocratically at night.", ["undemocratically"]),
        ("Officers thuggishly pushed the crowd back.", ["thuggishly"]),
        # Verb forms of verbs already listed.
        ("He spent the meeting haranguing the staff.", ["haranguing"]),
        ("The paper keeps villainising nurses.", ["villainising"]),
        ("Critics are savaging the new budget.", ["savaging"]),
        # Legal adverbs of intent stay unmarked.
        ("He was found to have wilfully ignored the order.", []),
    ],
)
def test_loaded_marks_adverbs_and_verb_forms(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label reported after a verb of labelling and "as" is the source's.
        ("The vote was denounced by the opposition as illegitimate.", []),
        ("Rights groups branded the election as a sham.", []),
        ("In what were described as show trials, ten men were jailed.", []),
        ("The poll was condemned by observers as a sham.", []),
        # So is a charge inside the clause of a claim.
        ("Opponents claim his speeches amount to demagoguery.", []),
        ("The posts claimed reports of the shelling were a hoax.", []),
        ("Union leaders claim that teachers politicized the schools.", []),
        # The outlet's own verdict stays marked.
        ("The trial can only be described as a sham.", ["sham"]),
        ("The election was a sham.", ["sham"]),
        ("He claimed victory, a shameless move.", ["shameless"]),
        ("The rebels claimed responsibility for the murderous raid.", ["murderous"]),
        (
            "His mendacious claim that the riots were staged was a hoax.",
            ["mendacious", "hoax"],
        ),
    ],
)
def test_loaded_leaves_reported_charges_to_their_source(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A word of severity describes a harm or a violent event in its phrase.
        ("The storm will bring catastrophic winds to the coast.", []),
        ("Forecasters warn of catastrophic storm surges.", []),
        ("Police condemned the monstrous terrorist attack on the market.", []),
        ("Troops stopped a murderous attack on the village.", []),
        ("There were chaotic scenes outside the court.", []),
        ("It was a terrible disaster for the town.", []),
        # It judges a person, an act or an idea.
        ("It was a monstrous lie told to voters.", ["monstrous", "lie"]),
        ("The murderous regime jailed its critics.", ["murderous", "regime"]),
        ("The chaotic withdrawal embarrassed the government.", ["chaotic"]),
        ("The plan would be catastrophic for families.", ["catastrophic"]),
    ],
)
def test_loaded_leaves_severity_of_events_unmarked(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A right, a freedom or an idea besieged or invaded is a figure.
        ("Press freedom is under attack across the region.", ["under attack"]),
        ("Her right to protest is under siege.", ["under siege"]),
        ("The new cameras invade the privacy of every driver.", ["invade"]),
        ("The app invades users' privacy.", ["invades"]),
        # A place or a force attacked is literal.
        ("The town came under attack overnight.", []),
        ("Troops were under siege for a week.", []),
        ("The army invaded the country in May.", []),
    ],
)
def test_loaded_marks_rights_under_attack(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label judges the moves and decisions of states and leaders.
        ("The drills are a dangerous escalation in the strait.", ["dangerous"]),
        ("Washington is playing a dangerous game with Taipei.", ["dangerous"]),
        ("It was a destructive decision for the region.", ["destructive"]),
        ("The party took an extreme stance on migration.", ["extreme"]),
        # The press accused of lying.
        ("The lying media ignored the rally.", ["lying"]),
        # Conditions described, and a person lying down, stay unmarked.
        ("The climbers took a dangerous step onto the ice.", []),
        ("A man was found lying in the road.", []),
    ],
)
def test_loaded_labels_reach_moves_and_decisions(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Hype of anticipation and endorsement.
        ("The much-anticipated sequel opens on Friday.", ["much-anticipated"]),
        ("Her eagerly awaited album is out now.", ["eagerly awaited"]),
        ("The plan won a ringing endorsement from the board.", ["ringing endorsement"]),
        # A bell ringing and a plain wait stay unmarked.
        ("Church bells were ringing across the city.", []),
        ("Residents awaited the verdict.", []),
    ],
)
def test_loaded_marks_hype_of_anticipation(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A record or a performance as wreckage.
        ("An audit found a £9 billion black hole in the accounts.", ["black hole"]),
        ("The pensions black hole keeps growing.", ["black hole"]),
        ("The launch was an omnishambles.", ["omnishambles"]),
        ("Voters are tired of broken promises.", ["broken promises"]),
        # Astronomy and a literal crash stay unmarked.
        ("Astronomers imaged a supermassive black hole.", []),
        ("The first image of a black hole was released in 2019.", []),
        ("A car crash closed the motorway.", []),
    ],
)
def test_loaded_marks_records_as_wreckage(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label the text denies is not its judgement.
        ("The alliance is not a neo-colonial system.", []),
        ("Post your complaints without being rude.", []),
        ("The plan isn't so dangerous after all.", []),
        # A negation of something else leaves the label standing.
        ("The mayor did not condemn the brutal attack.", ["brutal"]),
        ("The plan is not only reckless but cruel.", ["reckless", "cruel"]),
        ("It was not stingy leave policies that caused it.", ["stingy"]),
    ],
)
def test_loaded_leaves_denied_labels_unmarked(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected
