"""Attribution, round 13: constructions that recur across publishers.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Imagine what a disgrace, a town flirting with the past and asking", "asking"),
        ("Discover with our editors key tweets and quotes from the summit.", "quotes"),
        ("Extending the series is good news for users and forecasting.", "forecasting"),
        ("Visit the agency's site to find your senator and tell her to vote.", "tell"),
        ("Remember how the town woke up that day and asked for help.", "asked"),
    ],
)
def test_attribution_reads_an_opening_imperative_or_gerund_as_no_speaker(text, cue):
    assert cue not in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reuters said the bank failed.", [("said", "Reuters", "media_outlet")]),
        (
            "South Korea's government says its army has retaken the town.",
            [("says", "South Korea's government", "named_organization")],
        ),
        (
            "Officials with the agency said the road was closed.",
            [("said", "Officials with the agency", "anonymous")],
        ),
        (
            "Lee visited the flooded town and promised that aid would arrive.",
            [("promised", "Lee", "named_person")],
        ),
    ],
)
def test_attribution_keeps_an_opening_name_as_the_speaker(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A father of two said he was afraid of the floods.",
            [("said", "A father of two", "anonymous")],
        ),
        (
            "The two said they would meet again in May.",
            [("said", "The two", "pronoun")],
        ),
        (
            'Asked about the rule, the mother of three replied, "It is fair."',
            [("replied", "the mother of three", "pronoun")],
        ),
        (
            "Ann Lee (D-Ore.) and Tom Park (R-Ky.) both said the vote was unfair.",
            [("said", "Ann Lee", "named_person"), ("said", "Tom Park", "named_person")],
        ),
    ],
)
def test_attribution_reads_a_counted_or_tagged_group_as_speakers(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The agency counted the two reported cases.",
        "Of the two reported cases, one was fatal.",
    ],
)
def test_attribution_keeps_a_number_before_a_participle_as_no_speaker(text):
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister invited her counterpart to visit the capital soon.",
            [("invited", "The minister", "pronoun")],
        ),
        (
            "The fire service is reminding residents that dry grass burns fast.",
            # a public service named by its kind (annotation notes, 39)
            [("reminding", "The fire service", "named_organization")],
        ),
        (
            "The ministry notified the embassy that the trade could resume.",
            [("notified", "The ministry", "pronoun")],
        ),
    ],
)
def test_attribution_reads_invitations_and_notices_as_speech(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Residents are invited to register online.",
        "Hikers at the shelter notified park dispatch.",
        "I am reminded every day of the cost.",
    ],
)
def test_attribution_skips_invitations_and_notices_with_no_content(text):
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A recent review of the prison system found inmates lacked food.",
            [("found", "A recent review of the prison system", "document")],
        ),
        (
            "The inquiry found that the council had failed.",
            [("found", "The inquiry", "document")],
        ),
        (
            "The new price series shows that prices were higher than thought.",
            [("shows", "The new price series", "document")],
        ),
    ],
)
def test_attribution_reads_reviews_inquiries_and_series_as_documents(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said the inquiry would continue.",
            [("said", "The mayor", "pronoun")],
        ),
        (
            'The letter continued: "We will not stop."',
            [("continued", "The letter", "document")],
        ),
    ],
)
def test_attribution_reads_a_document_that_goes_on_as_no_speaker(text, expected):
    assert _found(text) == expected


def test_attribution_according_to_keeps_a_known_document_of_phrase():
    text = "Turnout fell, according to a study of council data."
    assert _found(text) == [("according to", "a study of council data", "document")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fact-checkers looked at the mayor's claim that crime had doubled.",
            [("claim", "the mayor", "pronoun")],
        ),
        (
            "A gap opened between the government's assertion that it does not spy "
            "and the facts.",
            [("assertion", "the government", "pronoun")],
        ),
        (
            "Ann Lee's denial that she knew the donor surprised no one.",
            [("denial", "Ann Lee", "named_person")],
        ),
        (
            "This contradicted the police's earlier claim that the man had fled.",
            [("claim", "the police", "pronoun")],
        ),
    ],
)
def test_attribution_reads_a_possessed_claim_with_a_clause(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In addition to the allegation that the firm had lied, the court met.",
        "Her claim that was rejected last year came back.",
        "His claim that prompted the inquiry was false.",
    ],
)
def test_attribution_skips_a_claim_with_no_possessor_or_a_relative(text):
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The data are clear," said NASA geologist Ann Jackson.',
            [("said", "NASA geologist Ann Jackson", "named_person")],
        ),
        (
            "Geologists said the slope was unstable.",
            [("said", "Geologists", "vague")],
        ),
        (
            "A county engineer said the bridge was safe.",
            [("said", "A county engineer", "anonymous")],
        ),
    ],
)
def test_attribution_knows_occupations_as_speaker_heads(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That is why Farm Secretary Tom Brown and Senator Ann Lee asked me to go.",
            [
                ("asked", "Farm Secretary Tom Brown", "named_person"),
                ("asked", "Senator Ann Lee", "named_person"),
            ],
        ),
        (
            "Because Ann Lee and Tom Park said so, the plan failed.",
            [("said", "Ann Lee", "named_person"), ("said", "Tom Park", "named_person")],
        ),
    ],
)
def test_attribution_splits_named_parties_after_a_clause_opener(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When we asked, you said in the worst case it would take a year.",
            [("said", "you", "pronoun")],
        ),
        (
            "You have been saying repeatedly that you would like to visit.",
            [("saying", "You", "pronoun")],
        ),
        (
            "At the May meeting, you invited the minister to visit soon.",
            [("invited", "you", "pronoun")],
        ),
    ],
)
def test_attribution_reads_an_addressed_you_in_the_past_as_a_speaker(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "You might ask why the plan failed.",
        "As you know, the plan failed.",
        "If you say no, the plan fails.",
    ],
)
def test_attribution_skips_the_readers_you(text):
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coast guard received a report stating the three men had left.",
            [("stating", "a report", "document")],
        ),
        (
            "Police said the two suspects were arrested at the border.",
            [("said", "Police", "named_organization")],
        ),
    ],
)
def test_attribution_reads_a_bare_clause_whose_subject_is_counted(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two candidates responded to our requests for an interview.",
        "The service has responded to almost 400 grass fires that have spread.",
        "The report records and responds to the views of parents.",
    ],
)
def test_attribution_skips_a_response_that_says_nothing(text):
    assert "responded" not in _cues(text) and "responds" not in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor responded to critics: "We did our best."',
            [("responded", "The mayor", "pronoun")],
        ),
        (
            "The mayor responded to the charge that she had lied.",
            [("responded", "The mayor", "pronoun")],
        ),
    ],
)
def test_attribution_keeps_a_response_with_words(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The police have offered the following advice: lock your doors.",
            "offered the following advice",
        ),
        (
            'The senator made the following comment: "Students deserve better."',
            "made the following comment",
        ),
    ],
)
def test_attribution_reads_a_printed_statement_phrase(text, cue):
    assert _cues(text) == [cue]


def test_attribution_reads_a_documents_relative_after_a_comma_as_its_source():
    text = (
        "The rise is not seen in the latest statistics, which showed that sales fell."
    )
    assert _found(text) == [("showed", "which", "pronoun")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The police said the road was closed.",
            [("said", "The police", "named_organization")],
        ),
        (
            "The agencies said the road was closed.",
            [("said", "The agencies", "anonymous")],
        ),
    ],
)
def test_attribution_types_the_police_as_the_force(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor called the closure of the bridge a mistake.",
            [("called", "The mayor", "pronoun")],
        ),
        (
            "The minister called the last days of May one of the worst and urged calm.",
            [("called", "The minister", "pronoun")],
        ),
        ("She called the head of the agency on Monday.", []),
        ("She called the head of the agency a week later.", []),
    ],
)
def test_attribution_reads_a_judgement_on_an_object_with_an_of_phrase(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On taxes, Lee opined that the rates were too high.",
            [("opined", "Lee", "named_person")],
        ),
        (
            "The company has apologized, calling the outage a mistake.",
            [("apologized", "The company", "pronoun")],
        ),
        ("We apologise for any inconvenience this causes.", []),
    ],
)
def test_attribution_reads_opinions_and_apologies_as_speech(text, expected):
    assert _found(text) == expected
