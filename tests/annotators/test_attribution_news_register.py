"""Attribution in the news register: constructions of wire, broadcast and local copy.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts, and every
span is checked against its offsets.
"""

from __future__ import annotations

import pytest

from reliability.annotators.attribution import AttributionAnnotator
from reliability.document import Document
from reliability.findings import AttributionFinding
from reliability.segment import Segment, split_sentences

ANNOTATOR = AttributionAnnotator()

Found = tuple[str, str, str]


def _found(text: str) -> list[Found]:
    segments = [Segment(s.start, s.end) for s in split_sentences(text)]
    out = []
    for f in ANNOTATOR.annotate(Document(text=text, segments=segments)):
        if isinstance(f, AttributionFinding):
            assert f.source_start is not None and f.source_end is not None
            out.append(
                (
                    text[f.cue_start : f.cue_end],
                    text[f.source_start : f.source_end],
                    f.source_type.value,
                )
            )
    return out


UNKNOWN_SPEAKER_NOUNS = [
    (
        "Still, the fund warned that the recovery would be slow.",
        [("warned", "the fund", "pronoun")],
    ),
    (
        "However, the panel concluded that the bridge was safe.",
        [("concluded", "the panel", "pronoun")],
    ),
    (
        "The airline's owner insisted that no jobs would go.",
        [("insisted", "The airline's owner", "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", UNKNOWN_SPEAKER_NOUNS)
def test_attribution_speech_verb_with_a_clause_takes_an_unknown_noun(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's fair to say that the season was a failure.",
        "The nonstop demands that come with the job wear people down.",
        "The following comment that he made was removed.",
    ],
)
def test_attribution_unknown_noun_needs_a_past_speech_verb(text):
    assert _found(text) == []


TOLD_PLAIN_ADDRESSEES = [
    (
        "Tesla told investors that deliveries would rise.",
        [("told", "Tesla", "named_organization")],
    ),
    (
        "The chief executive told shareholders that profits would fall.",
        [("told", "The chief executive", "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", TOLD_PLAIN_ADDRESSEES)
def test_attribution_told_a_plain_plural_addressee(text, expected):
    assert _found(text) == expected


DESCRIBED_NAMES = [
    (
        "Spain's state weather agency, Aemet, said temperatures would rise.",
        [("said", "Spain's state weather agency, Aemet", "named_organization")],
    ),
    (
        "The country's biggest steel union, Ferro, warned of strikes.",
        [("warned", "The country's biggest steel union, Ferro", "named_organization")],
    ),
    (
        "Her longtime business partner, Tom Reed, said the deal was fair.",
        [("said", "Her longtime business partner, Tom Reed", "named_person")],
    ),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_NAMES)
def test_attribution_description_then_name_apposition(text, expected):
    assert _found(text) == expected


INVERTED_AND_INSERTED = [
    (
        "Park -- a former mayor and the author of two books -- said the plan "
        "was flawed.",
        [("said", "Park", "named_person")],
    ),
    (
        "Turnout will be low this year, noted NBC's Ann Rivers.",
        [("noted", "NBC's Ann Rivers", "media_outlet")],
    ),
    (
        "Voters are tired of the race, writes the Herald's Tom Reed.",
        [("writes", "the Herald's Tom Reed", "media_outlet")],
    ),
    (
        '"The contract is void," said the ruling.',
        [("said", "the ruling", "document")],
    ),
    (
        'Said Ellis: "The town deserves a better deal."',
        [("Said", "Ellis", "named_person")],
    ),
    (
        "The governor, who in 2014 said the road would be built, changed his mind.",
        [("said", "who", "pronoun")],
    ),
    (
        "Those close to the senator say she will not run again.",
        [("say", "Those close to the senator", "anonymous")],
    ),
    (
        "One user called the fee a scam, while another wondered who would pay it.",
        [
            ("called", "One user", "anonymous"),
            ("wondered", "another", "anonymous"),
        ],
    ),
    (
        "Prices will keep rising, warns the central bank in its latest report.",
        [
            ("warns", "the central bank", "pronoun"),
            ("warns", "its latest report", "document"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", INVERTED_AND_INSERTED)
def test_attribution_inverted_speakers_dashes_and_second_speakers(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a document after the verb with no quotation before it is its object
        "The committee said the ruling.",
        # a capitalised verb inside a title is no cue
        "Said and Done: A Memoir is out this week.",
        # "another" as a determiner, not a speaker
        "The mayor called another meeting for Friday.",
        # a base form after an adjective is a noun
        "Details are in the annual report.",
    ],
)
def test_attribution_inverted_and_noun_readings_are_not_cues(text):
    assert all(cue != "report" and cue != "Said" for cue, _, _ in _found(text))
    assert ("said", "the ruling", "document") not in _found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Lee fought in Havana, Cuba, to win his way back, explained Gordon.",
            [("explained", "Gordon", "named_person")],
        ),
        (
            "Ann Lee, the mayor, told Reuters.",
            [
                ("told", "Ann Lee", "named_person"),
                ("told", "Reuters", "media_outlet"),
            ],
        ),
        (
            "If it is so rare, some critics of the vaccine argue, why use it?",
            [("argue", "some critics of the vaccine", "vague")],
        ),
        ("The author of the law, state Sen. Ann Lee, was shoved.", []),
    ],
)
def test_attribution_name_after_an_inverted_verb_is_the_speaker(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'His surrogates called him "a genius" for the deal.',
            [("called", "His surrogates", "anonymous")],
        ),
        (
            "The minister of the economy, Ana Ruiz, argues there is little point.",
            [
                (
                    "argues",
                    "The minister of the economy, Ana Ruiz",
                    "named_person",
                )
            ],
        ),
    ],
)
def test_attribution_judging_verbs_and_long_descriptions(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Harbour Foods said it would cut jobs.", "named_organization"),
        ("Northern Rail said trains were cancelled.", "named_organization"),
        ("Ryanair said flights were cancelled.", "named_organization"),
        ("Barclays said profits fell.", "named_organization"),
        ("Ann Hardy said profits fell.", "named_person"),
    ],
)
def test_attribution_types_company_names_as_organisations(text, expected):
    assert [t for _, _, t in _found(text)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator has long said that the tax is unfair.",
            [("said", "The senator", "pronoun")],
        ),
        (
            "Witnesses described hearing a loud bang.",
            [("described", "Witnesses", "anonymous")],
        ),
        (
            "Economists polled by the agency had forecast a rise of 0.3 percent.",
            [("forecast", "Economists polled by the agency", "vague")],
        ),
        ("The forecast was wrong.", []),
    ],
)
def test_attribution_long_said_gerunds_and_forecasts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Based on satellite images, analysts concluded that the dam had failed.",
            [
                ("Based on", "satellite images", "document"),
                ("concluded", "analysts", "vague"),
            ],
        ),
        (
            "Prices will rise, based on figures from the statistics office.",
            [("based on", "figures from the statistics office", "document")],
        ),
        (
            "Based on the new survey, the group filed a complaint and is "
            "calling for an inquiry.",
            [
                ("Based on", "the new survey", "document"),
                ("calling for", "the group", "pronoun"),
            ],
        ),
        ("The film is based on the novel by Ann Lee.", []),
        ("Promotion is based on merit.", []),
        ("Her fortune is large, based on his book sales and fees.", []),
    ],
)
def test_attribution_based_on_evidence(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            '"Not now," the 75-year-old journalist and author told a reporter.',
            [("told", "the 75-year-old journalist and author", "pronoun")],
        ),
        (
            "The next day, the report's author — Special Rapporteur Ann Lee — "
            "expanded on her recommendation.",
            [("expanded on", "Special Rapporteur Ann Lee", "named_person")],
        ),
        (
            "Julie Kelly said that the alarm was raised.",
            [("said", "Julie Kelly", "named_person")],
        ),
        (
            "The author of the UN report, though, now admits the figures are old.",
            [("admits", "The author of the UN report", "pronoun")],
        ),
        (
            "According to the Harbour Post report, the mayor resigned.",
            [("According to", "the Harbour Post report", "document")],
        ),
        (
            "He did not mention the author of that boast, Ann Lee, who died.",
            [],
        ),
        (
            "The plan angered activists, with some arguing it was illegal.",
            [("arguing", "some", "vague")],
        ),
        ("Guns are legal in most states, and sales are rising.", []),
    ],
)
def test_attribution_authors_dashed_names_and_document_nouns(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "States from the Dakotas to Ohio were forecast to be the coldest in years.",
        'He regrets pulling a controversial film called "Vaxxed" from the festival.',
        'The tax is set by a formula called "provisional income".',
    ],
)
def test_attribution_agentless_forecasts_and_naming_passives_are_not_cues(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Officers responded to a call about a man with a gun.", []),
        ("Firefighters responded to a fire at the warehouse on Monday.", []),
        (
            '"We will appeal," the club responded.',
            [("responded", "the club", "pronoun")],
        ),
    ],
)
def test_attribution_responding_to_a_call_out_is_no_speech(text, expected):
    assert _found(text) == expected
