"""Attribution: documents that report findings, blurbs and speech-act participles.

Annotation notes, decisions 32, 33 and 35. Every case is a sentence written
for these tests; expected attributions are ``(cue, source, source_type)``
with ``(start, end, text)`` spans.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import Span3
from tests.attribution_helpers import attributions as _attributions

# A document's content verbs ("lists", "uncovered") with a document subject
# (decision 33); with a person or body as subject they are acts, and "lists
# of" is a noun.
DOCUMENT_VERBS = [
    (
        "The letter lists three demands for the new council.",
        [((11, 16, "lists"), (0, 10, "The letter"), "document")],
    ),
    (
        "An internal audit uncovered payments to a shell company.",
        [((18, 27, "uncovered"), (0, 17, "An internal audit"), "document")],
    ),
    ("Police uncovered a second cache of weapons.", []),
    ("Many shops post lists of prices in the window.", []),
]


@pytest.mark.parametrize("text, expected", DOCUMENT_VERBS)
def test_attribution_document_verbs(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# Blurb verbs introduce what a writer says in the piece (decision 35); the
# past "wrote about" is left out: it mostly names a work ("the essay she
# wrote about her father").
BLURBS = [
    (
        "Ann Lee writes about the housing shortage in her column.",
        [((8, 20, "writes about"), (0, 7, "Ann Lee"), "named_person")],
    ),
    (
        "Tom Park weighs in on the debate over school meals.",
        [((9, 21, "weighs in on"), (0, 8, "Tom Park"), "named_person")],
    ),
    ("The essay she wrote about her father won a prize.", []),
]


@pytest.mark.parametrize("text, expected", BLURBS)
def test_attribution_blurb_verbs(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# A document's verb across a participial insert ("The audit, published on
# Monday, shows"); not a plain noun subject.
INSERTS = [
    (
        "The audit, published on Monday, shows that fees had doubled.",
        [((32, 37, "shows"), (0, 9, "The audit"), "document")],
    ),
    ("Prices, adjusted for inflation, show a rise.", []),
]


@pytest.mark.parametrize("text, expected", INSERTS)
def test_attribution_document_verb_after_participial_insert(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# Cognition and expectation with a clause are cues (decision 8); with a noun
# phrase after a demonstrative they are not (D3), nor is an adjective.
STANCES = [
    (
        "The bank expects that the economy will slow.",
        [((9, 16, "expects"), (0, 8, "The bank"), "pronoun")],
    ),
    ("The coach wants that trophy back.", []),
    (
        "She suspects that the files were altered.",
        [((4, 12, "suspects"), (0, 3, "She"), "pronoun")],
    ),
    ("Police arrested two suspected smugglers.", []),
]


@pytest.mark.parametrize("text, expected", STANCES)
def test_attribution_stance_with_clause(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# "statement from" is the cue of a lead-in presenting a printed statement
# (decision 58); elsewhere the statement is a subject or an object.
STATEMENT_LEAD_INS = [
    (
        "The following is a statement from Mayor Ann Lee on the storm:",
        [
            (
                (19, 33, "statement from"),
                (34, 47, "Mayor Ann Lee"),
                "named_person",
            )
        ],
    ),
    (
        "A statement from the ministry said the road was closed.",
        [
            (
                (30, 34, "said"),
                (0, 29, "A statement from the ministry"),
                "document",
            )
        ],
    ),
    ("He read a statement from the family.", []),
]


@pytest.mark.parametrize("text, expected", STATEMENT_LEAD_INS)
def test_attribution_statement_from_in_lead_in(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# Encouraging others to act is a wish about others (decision 8), like "urges";
# an object alone is an act, and the passive a feeling.
ENCOURAGING = [
    (
        "The council is encouraging residents to save water.",
        [((15, 26, "encouraging"), (0, 11, "The council"), "pronoun")],
    ),
    (
        "The ministry encourages schools to open early.",
        [((13, 23, "encourages"), (0, 12, "The ministry"), "pronoun")],
    ),
    ("Residents were encouraged by the news.", []),
    ("Officials encouraged the growth of small firms.", []),
]


@pytest.mark.parametrize("text, expected", ENCOURAGING)
def test_attribution_encouraging_others_to_act(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# "made the remarks" points back at what was said (decision 7): a speech act,
# with the channel it went through (decision 10).
REMARKS = [
    (
        "Ann Lee made the remarks in an interview with a local radio station.",
        [
            ((8, 24, "made the remarks"), (0, 7, "Ann Lee"), "named_person"),
            (
                (8, 24, "made the remarks"),
                (46, 67, "a local radio station"),
                "media_outlet",
            ),
        ],
    ),
    (
        "The minister made the comments at a news conference in Rome.",
        [((13, 30, "made the comments"), (0, 12, "The minister"), "pronoun")],
    ),
    ("The minister made the trip to Rome.", []),
]


@pytest.mark.parametrize("text, expected", REMARKS)
def test_attribution_made_the_remarks(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# "according to" names its source even as an object pronoun (decision 13) or
# a document dated before its head.
ACCORDING_TO = [
    (
        "According to him, the talks went well.",
        [((0, 12, "According to"), (13, 16, "him"), "pronoun")],
    ),
    (
        "The road reopened, according to a June 3 press release.",
        [
            (
                (19, 31, "according to"),
                (32, 54, "a June 3 press release"),
                "document",
            )
        ],
    ),
    (
        "According to her lawyer, the road is closed.",
        [((0, 12, "According to"), (13, 23, "her lawyer"), "anonymous")],
    ),
]


@pytest.mark.parametrize("text, expected", ACCORDING_TO)
def test_attribution_according_to_pronoun_and_dated_document(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# Performers are speakers like any other role: a talk verb without a clause
# needs a known head before it.
PERFORMERS = [
    (
        "After the screening, the actress spoke about her first role.",
        [((33, 44, "spoke about"), (21, 32, "the actress"), "anonymous")],
    ),
    (
        "An actor weighed in on the strike.",
        [((9, 22, "weighed in on"), (0, 8, "An actor"), "anonymous")],
    ),
]


@pytest.mark.parametrize("text, expected", PERFORMERS)
def test_attribution_performers_as_speakers(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# A clause opened by "how" or "why" after the channel a speaker used
# (decision 10); the channel alone with no clause reports nothing.
CLAUSE_AFTER_CHANNEL = [
    (
        "Tom Park explained on the radio why the bridge closed.",
        [
            ((9, 18, "explained"), (0, 8, "Tom Park"), "named_person"),
            ((9, 18, "explained"), (22, 31, "the radio"), "media_outlet"),
        ],
    ),
    ("Ann Lee writes in her column every week.", []),
]


@pytest.mark.parametrize("text, expected", CLAUSE_AFTER_CHANNEL)
def test_attribution_wh_clause_after_channel(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# A participle of speech shares the subject of its clause when that subject
# is a body described and then named in apposition (decisions 32, 39).
APPOSED_SUBJECTS = [
    (
        "The electoral board, the NEB, has defended the count, attributing the"
        " delays to staff.",
        [
            (
                (54, 65, "attributing"),
                (0, 28, "The electoral board, the NEB"),
                "named_organization",
            )
        ],
    ),
    ("The electoral board, the NEB, has approved the count.", []),
]


@pytest.mark.parametrize("text, expected", APPOSED_SUBJECTS)
def test_attribution_participle_after_apposed_subject(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


# "indicating" after a document carries what the document says (decision
# 33); after a plain event it is an inference, no source. "touts" praises a
# position in the speaker's own words (decision 7).
DOCUMENT_PARTICIPLES = [
    (
        "The group presented a survey indicating that sales fell.",
        [((29, 39, "indicating"), (20, 28, "a survey"), "document")],
    ),
    ("Sales rose 5%, indicating strong demand.", []),
    (
        "The mayor touts the new park as a success.",
        [((10, 15, "touts"), (0, 9, "The mayor"), "pronoun")],
    ),
]


@pytest.mark.parametrize("text, expected", DOCUMENT_PARTICIPLES)
def test_attribution_indicating_and_touts(
    text: str, expected: list[tuple[Span3, Span3, str]]
) -> None:
    assert _attributions(text) == expected


def test_attribution_outlet_abbreviation_as_channel() -> None:
    # A broadcaster known by its initials is a media outlet as the channel of
    # "told": the speaker and the outlet are both listed (decision 36).
    text = "The farmer told VOA's Swahili Service that the river had risen."
    types = {src[2]: kind for _, src, kind in _attributions(text)}
    assert types.get("VOA's Swahili Service") == "media_outlet"
