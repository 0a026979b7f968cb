"""Loaded language, round 14: word classes of partisan, tabloid and state media."""

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
        # Every verb form of a verb of contempt already listed in one form.
        ("The minister was accused of dithering on energy.", ["dithering"]),
        ("Officials keep squandering money on consultants.", ["squandering"]),
        ("The agency is botching the repair of the bridge.", ["botching"]),
        ("He smirks at every question from reporters.", ["smirks"]),
        ("The board was steamrolling the plan through.", ["steamrolling"]),
        ("The governor usurped the powers of the legislature.", ["usurped"]),
        ("Rivals badmouthed the coach on talk radio.", ["badmouthed"]),
        ("The party is plundering the pension fund.", ["plundering"]),
        ("Fans are whinging about the referee again.", ["whinging"]),
        # A literal or plain sense of a neighbouring word stays unmarked.
        ("The rooster kept crowing at dawn.", []),
    ],
)
def test_loaded_marks_every_form_of_listed_verbs(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A label judges a law or a ban as it judges a plan or a policy.
        ("The governor signed an extreme law on protests.", ["extreme"]),
        ("It is the most extreme abortion ban in the country.", ["extreme"]),
        ("Voters rejected the dangerous legislation in March.", ["dangerous"]),
        (
            "The council passed destructive laws against street vendors.",
            ["destructive"],
        ),
        # The name of a field of law is not a label.
        ("She teaches criminal law at the university.", []),
        ("The new criminal laws take effect in May.", []),
        # Conditions described, as before.
        ("The city issued an extreme heat warning.", []),
    ],
)
def test_loaded_labels_reach_laws_and_bans(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Stance terms of state and partisan media.
        ("The mullahs in Tehran ignored the appeal.", ["mullahs"]),
        ("Rivals hired provocateurs to disrupt the rally.", ["provocateurs"]),
        ("Washington's endless wars have cost trillions.", ["endless wars"]),
        ("The old leader is clinging to power after the vote.", ["clinging to power"]),
        (
            "Ministers are lining their pockets while families wait.",
            ["lining their pockets"],
        ),
        ("The new rule is designed to stifle dissent.", ["stifle dissent"]),
        ("Critics call it a two-tier justice system.", ["two-tier justice"]),
        ("The channel was muzzled after one broadcast.", ["muzzled"]),
        ("The party accused the police of gestapo tactics.", ["gestapo"]),
        # Dismissal and contempt.
        ("The claim is total codswallop.", ["codswallop"]),
        ("The warnings were scare stories.", ["scare stories"]),
        ("Officials offered a paltry sum to the victims.", ["paltry"]),
        ("The app is an overhyped toy.", ["overhyped"]),
        # A name of the past, capitalised mid-sentence, is not a judgement.
        ("The Gestapo arrested him in 1943.", []),
    ],
)
def test_loaded_marks_stance_terms_and_contempt(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Twisting the truth: the verb accuses before what is true or said.
        ("Western media distort the facts about the region.", ["distort"]),
        ("The report is a distortion of history.", ["distortion"]),
        ("The spokesman accused reporters of twisting his words.", ["twisting"]),
        ("The senator misrepresented the findings of the study.", ["misrepresented"]),
        ("Officials manipulated the figures before the election.", ["manipulated"]),
        # Sound, markets, bodies and pictures are distorted literally.
        ("The old speaker produced distorted sound all night.", []),
        ("Subsidies create market distortions.", []),
        ("She fell, twisting her ankle.", []),
        ("The photo was manipulated in software.", []),
        ("The broker manipulated prices for years.", []),
    ],
)
def test_loaded_marks_twisting_the_truth_only(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A tabloid headline that opens on a feeling marks the feeling.
        ("Fury as council hikes parking fees again.", ["Fury"]),
        ("Shock as singer is caught in a scandal.", ["Shock"]),
        ("Chaos as trains are cancelled across the north.", ["Chaos"]),
        # The same words inside a sentence describe what people felt or saw.
        ("Residents watched in horror as flames spread.", []),
        ("Fans shared the joy and heartbreak as the final ended.", []),
    ],
)
def test_loaded_marks_the_feeling_that_opens_a_headline(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # State media name a hostile side with the bare plural.
        ("Enemies are seeking to cut the country's ties abroad.", ["Enemies"]),
        ("The commander said enemies want to weaken national unity.", ["enemies"]),
        ("Given enemies' plans, the army remains ready.", ["enemies"]),
        # Rivals of a person or a cause, named with a determiner or modifier.
        ("The senator has many enemies in his own party.", []),
        ("The mayor made enemies among the developers.", []),
        ("His political enemies celebrated the verdict.", []),
        ("The enemies of reform regrouped after the vote.", []),
        ("The film is about friends and enemies.", []),
        ("The coach's enemies gathered in the stands.", []),
    ],
)
def test_loaded_marks_a_hostile_side_named_by_the_bare_plural(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Imputed bad faith and doom.
        ("The minister is in cahoots with the developers.", ["in cahoots"]),
        ("Critics say the plan is doomed to fail.", ["doomed to fail"]),
        ("The agency has cried wolf too often.", ["cried wolf"]),
        ("The sanctions show the country's ill intentions.", ["ill intentions"]),
        ("His ambition knows no bounds.", ["knows no bounds"]),
        ("Pundits warn of a migrant invasion at the border.", ["migrant invasion"]),
        # "cahoots" is the idiom only after "in".
        ("The word cahoots is old slang.", []),
    ],
)
def test_loaded_marks_imputed_bad_faith(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected
