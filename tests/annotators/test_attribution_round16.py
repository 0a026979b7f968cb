"""Attribution, round 16: quotation marks and titles that any publisher uses.

Every case is a sentence written for these tests (not seed, gold or public
text); expected cues and sources are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("'We are not going anywhere,' she wrote a few days later.", "wrote", "she"),
        (
            "'The bridge is safe,' the engineer wrote a week later.",
            "wrote",
            "the engineer",
        ),
        ("\u2018We were wrong,\u2019 he wrote a day later.", "wrote", "he"),
        ("''We will win,'' Mr. Lee wrote a few days later.", "wrote", "Mr. Lee"),
        ('"We will win," Dr. Park wrote a few days later.', "wrote", "Dr. Park"),
        ("''We will win,'' said Mrs. Park.", "said", "Mrs. Park"),
        (
            "The union called the offer ''an insult'' to its members.",
            "called",
            "The union",
        ),
        (
            "The coach's response to the critics: 'We will not back down.'",
            "response",
            "The coach",
        ),
    ],
)
def test_attribution_single_and_doubled_quote_marks(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The boys' bikes were stolen, and the girls' bikes were found.", "found"),
        ("He wrote a book about the war in 1990.", "wrote"),
        ("Rock 'n' roll fans wrote a letter to the station.", "wrote"),
    ],
)
def test_attribution_apostrophes_are_no_quotation(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("She's saying that the count was rigged.", "saying", "She"),
        ("They've also argued that the vote was unfair.", "argued", "They"),
        ("He\u2019s claiming that the bridge is unsafe.", "claiming", "He"),
        ("She'd told reporters that the plant would close.", "told", "She"),
        ("He's said for months that the deal is dead.", "said", "He"),
        ("It's denouncing what it sees as a smear campaign.", "denouncing", "It"),
    ],
)
def test_attribution_pronoun_with_contracted_auxiliary(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("It's said that the house is haunted.", "said"),
        ("She's expected to win the seat.", "expected"),
        ("We're told the bridge will reopen.", "told"),
        ("She'll say more about the plan on Monday.", "say"),
        ("Before many voters even know they're registered, the rolls close.", "know"),
    ],
)
def test_attribution_contraction_keeps_passive_and_future(text, verb):
    assert verb not in _cues(text)


def test_attribution_acronym_before_possessive_is_no_contraction():
    found = _found("The WHO's director said the risk was low.")
    assert [(c, s) for c, s, _ in found] == [("said", "The WHO's director")]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Two men were shot in what police described as a targeted attack.",
            "described",
            "police",
        ),
        (
            "The move, which critics have described as a power grab, passed.",
            "described",
            "critics",
        ),
        (
            'The deal, which the minister described as "historic," was signed.',
            "described",
            "the minister",
        ),
        (
            "The storm caused what the mayor characterized as severe damage.",
            "characterized",
            "the mayor",
        ),
    ],
)
def test_attribution_object_fronted_by_a_relative(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The attack, which was described as a hate crime, shocked the town.",
            "described",
        ),
        ("The town, which is described as quiet, was shaken.", "described"),
    ],
)
def test_attribution_fronted_object_needs_a_speaker(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The mayor promised not to raise taxes.", "promised", "The mayor"),
        ("The minister vowed not to resign.", "vowed", "The minister"),
        ("The union pledged not to strike before May.", "pledged", "The union"),
    ],
)
def test_attribution_negated_commitment_is_a_cue(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The witness asked not to be named.", "asked"),
        ("The official requested not to be identified.", "requested"),
        ("The families demand not to publish the photographs.", "demand"),
    ],
)
def test_attribution_request_not_to_is_no_cue(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The poll covers voters in 11 swing states.", "states"),
        (
            "The campaign targets voters in battleground states, the aide said.",
            "states",
        ),
        ("Rebels took the capital of Kassala state on Monday.", "state"),
        ("Battleground state Ohio is close this year.", "state"),
    ],
)
def test_attribution_state_as_a_noun_is_no_cue(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("The report states that the bridge is unsafe.", "states", "The report"),
        ("Lee and Park state that the bill is dead.", "state", "Lee"),
        ("Democrats state that the bill is dead.", "state", "Democrats"),
        ('The mayor states, "The bridge is unsafe."', "states", "The mayor"),
    ],
)
def test_attribution_state_as_a_verb_stays_a_cue(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Polling averages show the governor with a lead of four points.",
            "show",
            "Polling averages",
        ),
        (
            "A campaign ad questioned whether the senator was ready to lead.",
            "questioned",
            "A campaign ad",
        ),
        (
            "The latest average shows the senator ahead by three points.",
            "shows",
            "The latest average",
        ),
    ],
)
def test_attribution_averages_and_ads_are_documents(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "cue", "source", "typ"),
    [
        (
            "Experts with the agency, the state's largest, say the dam is safe.",
            "say",
            "Experts with the agency",
            "vague",
        ),
        (
            "Experts with NASA, the U.S. space agency, say rain is likely.",
            "say",
            "Experts with NASA",
            "anonymous",
        ),
        (
            "Experts with NASA say rain is likely.",
            "say",
            "Experts with NASA",
            "anonymous",
        ),
        ("Experts on trade say tariffs will hurt.", "say", "Experts on trade", "vague"),
    ],
)
def test_attribution_postmodified_subject_before_an_apposition(text, cue, source, typ):
    assert (cue, source, typ) in _found(text)
