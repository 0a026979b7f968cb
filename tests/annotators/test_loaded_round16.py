"""Loaded language, round 16: word classes of partisan, tabloid and state media."""

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
        # Insults of a person's mind, nerve and character.
        ("Only a brainless mayor would sign that contract.", ["brainless"]),
        ("The board is run by a bunch of dolts.", ["dolts"]),
        ("His boneheaded decision cost the team the title.", ["boneheaded"]),
        ("The minister is a windbag who never answers.", ["windbag"]),
        ("Voters are tired of wimpy leaders.", ["wimpy"]),
        (
            "Deadbeats and layabouts are blamed for the deficit.",
            ["Deadbeats", "layabouts"],
        ),
        (
            "The chairman has an insufferable, supercilious manner.",
            ["insufferable", "supercilious"],
        ),
        ("The regulator has proved toothless.", ["toothless"]),
        ("The council needlessly closed the library.", ["needlessly"]),
        ("They were called subhuman in the pamphlet.", ["subhuman"]),
        ("Conditions in the camp are wretched.", ["wretched"]),
        # Partisan sneers at camps and classes.
        ("The chattering classes loved the film.", ["chattering classes"]),
        ("A champagne socialist wrote the manifesto.", ["champagne socialist"]),
        ("The reform was drafted by unelected bureaucrats.", ["unelected bureaucrats"]),
        ("The Hollywood elite lined up behind the senator.", ["Hollywood elite"]),
        (
            "The minister was a notorious flat-earther on climate.",
            ["notorious", "flat-earther"],
        ),
        # A plain word for a group stays unmarked.
        ("The elite units crossed the river at dawn.", []),
    ],
)
def test_loaded_marks_insults_and_partisan_sneers(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Charges of lying, smearing and bad faith.
        ("The report is a barefaced distortion.", ["barefaced"]),
        ("The ministry called the story a calumny against the nation.", ["calumny"]),
        ("The dossier is a concoction of rumours.", ["concoction"]),
        (
            "The raid was launched under the fake pretense of a threat.",
            ["fake pretense"],
        ),
        ("The campaign is pure faux outrage.", ["faux outrage"]),
        ("Ill-wishers abroad are spreading rumours.", ["Ill-wishers"]),
        (
            "The textbook is an attempt at falsification of history.",
            ["falsification of history"],
        ),
        ("The prosecutor is pursuing a vendetta against the governor.", ["vendetta"]),
        ("The candidate weaseled out of the debate.", ["weaseled"]),
        # Conspiracy framing.
        ("Critics call the reforms window dressing.", ["window dressing"]),
        ("Bankers are pulling the strings behind the scenes.", ["pulling the strings"]),
        (
            "The country faces a manufactured crisis at the border.",
            ["manufactured crisis"],
        ),
        # A neutral phrase with the same words stays unmarked.
        ("The powers of the committee are limited.", []),
    ],
)
def test_loaded_marks_accusations_and_conspiracy_framing(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Catastrophe and scare words used of politics.
        ("The party is in meltdown after the vote.", ["meltdown"]),
        ("Critics warn of a retail apocalypse on the high street.", ["apocalypse"]),
        ("The hospital trust is caught in a death spiral.", ["death spiral"]),
        ("The debate was a horror show for the incumbent.", ["horror show"]),
        ("The new fees sparked outrage among parents.", ["sparked outrage"]),
        ("The ruling provoked fury in the capital.", ["provoked fury"]),
        # A literal meltdown is the term of its field.
        ("Engineers feared a nuclear meltdown at the plant.", []),
        ("The reactor meltdown forced the evacuation.", []),
    ],
)
def test_loaded_marks_scare_words(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Intensified verdicts of common news writing.
        ("The inspectors published a damning report on the prison.", ["damning"]),
        (
            "The bishop delivered a stinging rebuke to the government.",
            ["stinging rebuke"],
        ),
        ("The review is a searing indictment of the police.", ["searing indictment"]),
        ("The model is deeply flawed.", ["deeply flawed"]),
        ("The minister quit in a shock resignation.", ["shock resignation"]),
        ("The scheme was grossly unfair to tenants.", ["grossly"]),
        ("The board behaved in a petty way.", ["petty"]),
        ("The agency was criminally slow to act.", ["criminally"]),
        # Legal terms and literal senses stay unmarked.
        ("He was convicted of petty theft.", []),
        ("The surgeon was found grossly negligent.", []),
        ("She may be criminally liable for the loss.", []),
        ("The heat was withering the crops.", []),
    ],
)
def test_loaded_marks_intensified_verdicts(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What a sneer says of a thing: a pretence, a show, a title taken.
        ("The consultation was a fig leaf for a decision already made.", ["fig leaf"]),
        ("The rebate is an election gimmick.", ["gimmick"]),
        ("The summit was little more than a photo op.", ["photo op"]),
        ("The visit was a cheap stunt.", ["cheap stunt"]),
        ("Airport checks are mostly security theater.", ["security theater"]),
        ("A self-appointed guardian of morals wrote to the paper.", ["self-appointed"]),
        ("The reforms are window dressing.", ["window dressing"]),
        # A stunt on a film set is a craft.
        ("The actor did his own stunt in the chase scene.", []),
    ],
)
def test_loaded_marks_sneers_at_pretence(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Idioms of attack and rage used of speech.
        ("The governor laid into the unions on Monday.", ["laid into"]),
        ("The senator took a swipe at her rival.", ["swipe at"]),
        ("Columnists keep taking potshots at the coach.", ["potshots"]),
        ("The chairman was incandescent with rage.", ["incandescent with rage"]),
        # Adjectives made from names.
        ("Pupils study in Dickensian classrooms.", ["Dickensian"]),
        ("The inquiry had a McCarthyite tone.", ["McCarthyite"]),
        # A plain verb of criticism stays unmarked.
        ("The governor criticised the unions on Monday.", []),
    ],
)
def test_loaded_marks_idioms_of_attack_and_eponyms(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A verb of violence aimed at a name or an idea is a figure for words.
        ("Critics torched the plan on Monday.", ["torched"]),
        ("The senator ripped Johnson over the delay.", ["ripped"]),
        ("Her column shredded the minister's argument.", ["shredded"]),
        ("The editorial demolishes the government's case for war.", ["demolishes"]),
        ("Union leaders bashed Harris for the cuts.", ["bashed"]),
        # Aimed at a thing, it is literal.
        ("Rioters torched cars and shops.", []),
        ("Rioters torched the government building.", []),
        ("Officials shredded the documents.", []),
        ("Bulldozers demolished Palestinian homes.", []),
        ("The storm ripped through Florida.", []),
        ("A bear mauled a hiker.", []),
    ],
)
def test_loaded_marks_violence_as_a_figure_for_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Contempt for speech and for spending.
        ("The speech was all hot air.", ["hot air"]),
        ("The bishop pontificated about family values.", ["pontificated"]),
        ("The statement was a string of platitudes.", ["platitudes"]),
        ("Ministers gave a mealy-mouthed answer.", ["mealy-mouthed"]),
        ("The mayor funded a lavish party with public money.", ["lavish"]),
        ("The idea came from fringe groups online.", ["fringe"]),
        ("Critics call it political correctness run riot.", ["political correctness"]),
        ("The country has slid into mob rule.", ["mob rule"]),
        (
            "The ministry condemned the gross interference in its affairs.",
            ["gross interference"],
        ),
        ("The new chief gutted the agency within a year.", ["gutted"]),
        # The literal senses and the legal term stay unmarked.
        ("Hot air rises above the cold layer.", []),
        ("They flew in a hot air balloon.", []),
        ("The fire gutted the warehouse.", []),
        ("The fringe of the forest was burned.", []),
        ("He pleaded insanity at the trial.", []),
        ("He was acquitted by reason of insanity.", []),
        ("The plan is sheer insanity.", ["insanity"]),
        ("The jury rejected his insanity defense.", []),
    ],
)
def test_loaded_marks_contempt_for_speech_and_spending(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Tabloid names for people, idioms of bad faith, hype of size.
        ("The court heard the sex beast targeted teenagers.", ["sex beast"]),
        ("Yobbos smashed the bus shelter again.", ["Yobbos"]),
        ("The actor was a notorious lothario.", ["notorious", "lothario"]),
        ("The advert was a cheap shot at the rival firm.", ["cheap shot"]),
        ("The report was written in an ivory tower.", ["ivory tower"]),
        ("The tweet only added fuel to the fire.", ["fuel to the fire"]),
        ("The party is stoking division over the flag.", ["stoking division"]),
        ("The club paid a humongous fee for the striker.", ["humongous"]),
        ("Ideologues at the think tank wrote the bill.", ["Ideologues"]),
        ("The ruling is an abomination.", ["abomination"]),
        ("Pundits squawked about the result.", ["squawked"]),
        ("Prices rose alarmingly fast.", ["alarmingly"]),
        # The words of an idiom used literally stay unmarked.
        ("Fuel prices rose in March.", []),
        ("The tower was built of ivory-coloured stone.", []),
    ],
)
def test_loaded_marks_tabloid_names_and_idioms(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # More verbs of violence aimed at a name or an idea.
        ("The senator flayed the government's policy on housing.", ["flayed"]),
        ("Backbenchers torpedoed the deal at the last minute.", ["torpedoed"]),
        ("The minister rubbished the claims on Sunday.", ["rubbished"]),
        ("Critics roasted Harris over the speech.", ["roasted"]),
        # Aimed at a thing, or a noun of the same form, it is literal.
        ("The submarine torpedoed the ship.", []),
        ("The chef roasted the vegetables.", []),
    ],
)
def test_loaded_marks_more_verbs_of_violence_as_figures(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline that opens on the noun, and a long title in capitals.
        ("Blast Targets Provincial Governor In Eastern City Near Border Post", []),
        ("Blast hits the office of the governor.", []),
    ],
)
def test_loaded_rebuke_needs_a_subject_and_a_whole_name(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The verdicts of opinion writing on judgement and vanity.
        ("The war was an act of folly.", ["folly"]),
        ("The stadium is the mayor's vanity project.", ["vanity project"]),
        ("The cabinet showed a myopic view of trade.", ["myopic"]),
        ("His hubris cost the party the seat.", ["hubris"]),
        ("The island is run by a tinpot dictator.", ["tinpot"]),
        ("The board slapped down the proposal.", ["slapped down"]),
        ("The hearing descended into theatrics.", ["theatrics"]),
        # A word that only looks like one stays unmarked.
        ("The follow-up study is due in May.", []),
    ],
)
def test_loaded_marks_verdicts_of_opinion_writing(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Other forms of words already listed judge as they do.
        ("The council acted spinelessly over the closure.", ["spinelessly"]),
        ("A doom-monger on the panel predicted ruin.", ["doom-monger"]),
        ("The president called him a goon.", ["goon"]),
        ("The board wastefully spent the reserve.", ["wastefully"]),
        ("Critics shred the plan in the papers.", ["shred"]),
        # A housing term with the same word stays unmarked.
        ("Grants help each owner occupier insulate the loft.", []),
    ],
)
def test_loaded_marks_other_forms_of_listed_words(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Figures of pretence, greed and corruption.
        ("The pledge is an empty gesture.", ["empty gesture"]),
        ("His apology rings hollow.", ["rings hollow"]),
        ("The party pays lip service to reform.", ["lip service"]),
        ("The budget relies on sleight of hand.", ["sleight of hand"]),
        ("The new fund is a shell game.", ["shell game"]),
        ("The candidate is a wolf in sheep's clothing.", ["wolf in sheep's clothing"]),
        (
            "The candidate is a wolf in sheep\u2019s clothing.",
            ["wolf in sheep\u2019s clothing"],
        ),
        ("Officials were feathering their nests.", ["feathering their nests"]),
        ("The ministry is a den of thieves.", ["den of thieves"]),
        # Labels of harm only of an idea or a group, not of a substance.
        ("The column spreads a poisonous ideology.", ["poisonous"]),
        ("Such corrosive rhetoric divides the town.", ["corrosive"]),
        ("The river carried poisonous chemicals.", []),
        ("Noxious fumes filled the tunnel.", []),
        ("The scan found a malignant tumour.", []),
        ("Damp had warped the floorboards.", []),
    ],
)
def test_loaded_marks_figures_of_pretence_and_labels_of_harm(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Labels of backwardness and foul play, of people and ideas.
        ("The country has backward laws on divorce.", ["backward"]),
        ("The paper attacked reactionary ideas.", ["reactionary"]),
        ("The law is a retrograde policy.", ["retrograde"]),
        ("The veterans received shabby treatment.", ["shabby"]),
        # The same words of things stay unmarked.
        ("He took a step backward into the road.", []),
    ],
)
def test_loaded_marks_labels_of_backwardness_and_foul_play(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Verdicts on an argument's honesty and a person's loyalty or valour.
        ("The minister made a specious case for the cuts.", ["specious"]),
        ("The paper called his letters treasonable.", ["treasonable"]),
        ("The gallant defenders held the bridge.", ["gallant"]),
        ("The nurses selflessly worked through the night.", ["selflessly"]),
    ],
)
def test_loaded_marks_verdicts_on_honesty_and_valour(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A tabloid headline that opens on a feeling.
        ("Joy as village pub reopens after fire", ["Joy"]),
        ("Uproar as council axes bin collections", ["Uproar"]),
        ("Terror as gunman storms shopping centre", ["Terror"]),
        # A feeling described in the story stays unmarked.
        ("Residents wept with joy as the pub reopened.", []),
        # Contempt for classes and regions.
        ("The minister looked down on the plebs in the gallery.", ["plebs"]),
        ("The article mocked rural voters as yokels.", ["yokels"]),
        ("The talk show host called them manbabies.", ["manbabies"]),
    ],
)
def test_loaded_marks_headline_feelings_and_contempt_for_classes(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Sneers that call a thing a fake of itself, and names for liars.
        ("The commission is an ersatz democracy.", ["ersatz"]),
        ("The new town is a Potemkin village.", ["Potemkin"]),
        ("The quote-unquote experts were wrong again.", ["quote-unquote"]),
        ("The blog is spin masquerading as journalism.", ["masquerading"]),
        ("The speech was a thinly veiled attack on the judges.", ["thinly veiled"]),
        ("The witness was exposed as a fantasist.", ["fantasist"]),
        ("The report calls it Orwellian newspeak.", ["Orwellian", "newspeak"]),
    ],
)
def test_loaded_marks_sneers_at_fakes_and_names_for_liars(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Names for trickery and bad faith.
        ("The vote was won by procedural chicanery.", ["chicanery"]),
        ("Election-night shenanigans delayed the count.", ["shenanigans"]),
        ("The merger relied on subterfuge.", ["subterfuge"]),
        ("The rebels were double-crossed by their allies.", ["double-crossed"]),
        ("Voters distrust slippery politicians.", ["slippery"]),
        # A slippery road is only wet.
        ("Drivers were warned of slippery roads.", []),
    ],
)
def test_loaded_marks_names_for_trickery(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected
