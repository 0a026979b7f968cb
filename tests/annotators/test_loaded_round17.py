"""Loaded language, round 17: more word classes of partisan, tabloid and state media."""

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
        # Disgrace named as a stain or an insult (the noun is marked).
        ("The new rule is an affront to every voter in the state.", ["affront"]),
        ("The scandal is a blot on the council's record.", ["blot"]),
        ("Corruption remains a stain on the party.", ["stain"]),
        ("Empty shops are a blight on the high street.", ["blight"]),
        ("The waiting lists are a badge of shame.", ["badge of shame"]),
        # Sneers at size and quality.
        ("The minister offered a puny increase in funding.", ["puny"]),
        ("Nurses rejected the derisory pay offer.", ["derisory"]),
        ("The department mounted a half-assed response.", ["half-assed"]),
        ("It was a bush-league attempt at a cover story.", ["bush-league"]),
        ("The company offered a flimsy excuse for the delay.", ["flimsy"]),
        # ... not of a thing's build.
        ("The flimsy roof collapsed in the storm.", []),
        # Adverbs of outrage and sneer.
        ("Energy bills are eye-wateringly high this winter.", ["eye-wateringly"]),
        ("The agency sneakily changed its rules over the holiday.", ["sneakily"]),
        ("Officials acted high-handedly toward the residents.", ["high-handedly"]),
        ("It was a nakedly political appointment.", ["nakedly"]),
        ("The price is mind-bogglingly large.", ["mind-bogglingly"]),
        # Sneering labels of camps, lackeys and causes.
        ("The general is one of the war hawks in the cabinet.", ["war hawks"]),
        ("The activists are Western flunkeys.", ["flunkeys"]),
        ("Some lawmakers became useful idiots for the Kremlin.", ["useful idiots"]),
        ("The candidate is a carpetbagger from out of state.", ["carpetbagger"]),
        ("The new airport has become a money pit.", ["money pit"]),
        ("The subsidy is corporate welfare for oil firms.", ["corporate welfare"]),
        ("Gun nuts filled the hearing.", ["Gun nuts"]),
        ("The company is now in the crosshairs of regulators.", ["crosshairs"]),
        # Hijacking as a figure for taking over a debate or a cause.
        ("Activists hijacked the debate over housing.", ["hijacked"]),
        ("Armed men hijacked a bus near the border.", []),
        # A plain word stays unmarked.
        ("The pit was filled with money from the fund.", []),
    ],
)
def test_loaded_marks_round17_word_classes(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Greed and gain named as an accusation.
        ("Drug companies are raking in record profits.", ["raking in"]),
        ("Lawyers cashed in on the disaster.", ["cashed in on"]),
        ("The mayor spent millions on pet projects.", ["pet projects"]),
        ("He has always been power-mad.", ["power-mad"]),
        # Appetite for conflict and state-media stance terms.
        ("The general is itching for a fight with the press.", ["itching for"]),
        ("Beijing's expansionism alarms its neighbours.", ["expansionism"]),
        ("The state propaganda machine went into overdrive.", ["propaganda machine"]),
        ("Washington's long-arm jurisdiction hurts trade.", ["long-arm jurisdiction"]),
        ("They live in a crime-ridden neighbourhood.", ["crime-ridden"]),
        # Rigging of a vote is a charge; the rigging of a boat is gear.
        ("Protesters marched against the rigging of the election.", ["rigging"]),
        ("The ruling party plans to rig the vote.", ["rig"]),
        ("The crew checked the rigging before the race.", []),
        ("Workers left the oil rig at dawn.", []),
        ("Three firms admitted bid-rigging on public contracts.", []),
        # A two-word figure marks its noun; a longer idiom is marked whole.
        ("The regime waged an assault on democracy.", ["regime", "assault"]),
    ],
)
def test_loaded_marks_greed_conflict_and_rigging(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A charge of deceit in the outlet's voice.
        ("The senator lied about the budget again.", ["lied"]),
        ("The president is lying to the American people.", ["lying"]),
        ("It was a cover-up from the start.", ["cover-up"]),
        ("Officials admitted the figures were wrong, but he lied again.", ["lied"]),
        # An offence the text reports: a plea, a finding, a charge, a denial.
        ("The aide pleaded guilty to lying to the FBI about his contacts.", []),
        ("He was convicted of lying to Congress.", []),
        ("The panel determined that the director had lied.", []),
        ("The minister denied that a cover-up took place.", []),
        # Deceit of a body that may punish it.
        ("Witnesses say the banker lied under oath.", []),
        ("The trader lied to investigators about the losses.", []),
        ("The company lied to the SEC about its accounts.", []),
        # The verb of position stays unmarked.
        ("The answer lies in the data.", []),
    ],
)
def test_loaded_leaves_reported_offences_of_deceit(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Tabloid gossip and brawls.
        ("The love rats were spotted together on the beach.", ["love rats"]),
        ("A punch-up broke out outside the pub.", ["punch-up"]),
        ("The actress showed off her sultry look.", ["sultry"]),
        # Partisan terms; a criminal charge stays the name of the offence.
        ("Ministers vowed to end health tourism.", ["health tourism"]),
        ("Activists call the procedure infanticide.", ["infanticide"]),
        ("The mother was charged with infanticide.", []),
        # Mentalities and names of complaint.
        ("The cabinet has developed a bunker mentality.", ["bunker mentality"]),
        (
            "The party is circling the wagons around its leader.",
            ["circling the wagons"],
        ),
        ("Critics keep harping on the deficit.", ["harping"]),
    ],
)
def test_loaded_marks_tabloid_and_partisan_terms(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Violence as a figure for policy aimed at an institution or a right.
        ("The bill is an assault on accountability.", ["assault"]),
        ("The cuts are an attack on pensions and wages.", ["attack"]),
        ("The union accused ministers of an assault on the judiciary.", ["assault"]),
        ("The government declared war on teachers.", ["war"]),
        # A literal attack or war, and a set term, stay unmarked.
        ("Gunmen carried out an attack on a convoy in the capital.", []),
        ("The army stepped up its war on insurgents.", []),
        ("The war on Ukraine entered its third year.", []),
        ("The war on drugs has cost billions.", []),
    ],
)
def test_loaded_marks_war_and_attack_on_institutions(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Contempt for morals and camps; partisan policy frames.
        ("He is a degenerate gambler.", ["degenerate"]),
        ("They spread a decadent ideology.", ["decadent"]),
        ("Try the decadent chocolate cake.", []),
        ("Officials warned of a border invasion.", ["border invasion"]),
        ("The regime media praised the decision.", ["regime media"]),
        ("The company was accused of union-busting.", ["union-busting"]),
        # Charges of image laundering.
        ("The tournament is sportswashing by a rich state.", ["sportswashing"]),
    ],
)
def test_loaded_marks_contempt_and_policy_frames(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The report is pseudo-scientific nonsense.",
            ["pseudo-scientific", "nonsense"],
        ),
        ("The clinic is run by con artists.", ["con artists"]),
        ("The speech was full of psychobabble.", ["psychobabble"]),
        ("The fox ran past the weasel.", []),
    ],
)
def test_loaded_marks_quackery_and_humbug(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The paper printed every salacious detail.", ["salacious"]),
        ("Voters tired of his wishy-washy answers.", ["wishy-washy"]),
        ("It was a half-witted plan from the start.", ["half-witted"]),
        ("The board took a pig-headed stance.", ["pig-headed"]),
        ("The talks failed in the end.", []),
    ],
)
def test_loaded_marks_judging_adjectives_of_opinion(
    text: str, expected: list[str]
) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The campaign is stoking fears about crime.", ["stoking fears"]),
        ("Critics say ministers are stoking resentment.", ["stoking resentment"]),
        ("The prosecutors cooked up the charges.", ["cooked up"]),
        ("Officials answered with more obfuscation.", ["obfuscation"]),
        ("The roof caved in after the storm.", []),
    ],
)
def test_loaded_marks_verbs_of_bad_faith(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The senator kept bloviating about the deficit.", ["bloviating"]),
        ("The profile reads like a puff piece.", ["puff piece"]),
        ("The column is a splenetic attack on judges.", ["splenetic"]),
        ("The snake's venom is used in research.", []),
    ],
)
def test_loaded_marks_contempt_for_speech(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council slavishly followed the developer's plan.", ["slavishly"]),
        ("The minister lamely blamed the weather.", ["lamely"]),
        ("The figures were misleadingly presented.", ["misleadingly"]),
        ("The committee presented the figures.", []),
    ],
)
def test_loaded_marks_adverbs_of_judgement(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The new permit rules are a bureaucratic nightmare.", ["nightmare"]),
        ("Councils face spiralling costs for care.", ["spiralling"]),
        ("The crypto market remains a wild west.", ["wild west"]),
        ("Costs rose by two per cent last year.", []),
    ],
)
def test_loaded_marks_scare_words_of_politics(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The budget was drawn up by bean counters in Whitehall.", ["bean counters"]),
        ("The scheme attracted chancers and spivs.", ["chancers", "spivs"]),
        ("Peaceniks rallied outside the base.", ["Peaceniks"]),
        ("The bean harvest was counted by hand.", []),
    ],
)
def test_loaded_marks_mocking_epithets(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Millions took the experimental jab.", ["experimental jab"]),
        ("The controlled media will never report this.", ["controlled media"]),
        ("Nightly news is pure fear porn.", ["fear porn"]),
        ("Trials of the vaccine ended in May.", []),
    ],
)
def test_loaded_marks_conspiracy_terms(text: str, expected: list[str]) -> None:
    assert _marked(text) == expected
