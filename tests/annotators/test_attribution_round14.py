"""Attribution, round 14: speech in forms the earlier rounds missed.

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
        (
            "The coach was fond of saying that defence wins matches.",
            "saying",
            "The coach",
        ),
        (
            "The minister continued by saying that the banks need more capital.",
            "saying",
            "The minister",
        ),
        (
            "Ann Lee, a lawyer, began by saying she would never settle the case.",
            "saying",
            "Ann Lee",
        ),
        (
            "The mayor replied by arguing that the budget was balanced.",
            "arguing",
            "The mayor",
        ),
        (
            "She was criticised for saying that the vote had been rigged.",
            "saying",
            "She",
        ),
    ],
)
def test_attribution_speech_gerund_after_a_preposition_is_a_cue(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Instead of saying that the economy was strong, the mayor talked about jobs.",
        "The report stopped short of saying that the company broke the law.",
        "Critics attacked him for saying that the war was over.",
        "The habit of saying that everything is fine has cost the firm dearly.",
        "The coach ended the interview by saying goodbye.",
        "The site will grow, all the while asking how readers use it.",
    ],
)
def test_attribution_gerund_that_reports_no_speech_of_the_subject_is_no_cue(text):
    assert not {"saying", "asking"} & set(_cues(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“The rules are wrong,” said 2016 candidate Ann Lee.",
            "2016 candidate Ann Lee",
        ),
        ("“We were never told,” said 9/11 widow Ann Lee.", "9/11 widow Ann Lee"),
        (
            "“It is a shame,” said 1990 champion Tom Park, now a coach.",
            "1990 champion Tom Park",
        ),
    ],
)
def test_attribution_speaker_after_a_quote_may_open_with_a_number(text, source):
    assert ("said", source, "named_person") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The 1968 novel Solaris pictured the sea and reminds us how little we know.",
        "“It was a shock,” said 20 residents of the town.",
    ],
)
def test_attribution_number_before_a_thing_or_a_count_opens_no_speaker(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The senator knows there are voters who will never change their minds.",
            "knows",
        ),
        ("The minister believes there will be an agreement by Friday.", "believes"),
        ("Most traders think there is no reason to sell.", "think"),
    ],
)
def test_attribution_belief_with_an_existential_clause_is_a_cue(text, cue):
    assert cue in _cues(text)


def test_attribution_belief_before_a_place_adverb_is_no_cue():
    assert _cues("She knows there the problem lies.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "source_type"),
    [
        (
            "The plan will create new jobs, as stated by the prime minister.",
            "as stated by",
            "the prime minister",
            "pronoun",
        ),
        (
            "As noted in the annual report, the bridge will close in May.",
            "As noted in",
            "the annual report",
            "document",
        ),
        (
            "As described by witnesses, the blast shook the whole street.",
            "As described by",
            "witnesses",
            "anonymous",
        ),
        (
            "The aims of the trust, as set out in the Harbour Trust Founding Charter, "
            "are to protect the coast.",
            "as set out in",
            "the Harbour Trust Founding Charter",
            "document",
        ),
    ],
)
def test_attribution_as_stated_by_or_in_is_a_cue(text, cue, source, source_type):
    assert (cue, source, source_type) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The house was built as described in the plans.",
        "The rules apply as described in section 4.",
    ],
)
def test_attribution_as_described_in_a_plan_or_section_is_no_cue(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The senator wants to prevent lenders from charging hidden fees.",
        "The mayor also wants to keep trucks from entering the old town.",
        "The union wants to force the company to pay overtime.",
        "The minister wants to ban phones in schools.",
    ],
)
def test_attribution_wish_to_hold_others_back_is_a_cue(text):
    assert "wants" in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The coach wants to keep his job.",
        "She wants to stop smoking.",
        "The club wants to keep the trophy in the city.",
        "He wants to visit his mother.",
    ],
)
def test_attribution_wish_for_the_holders_own_plan_is_no_cue(text):
    assert "wants" not in _cues(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Prices rose by 2 percent in the year to June, Statistics Canada said.",
            "Statistics Canada",
        ),
        ("Stats NZ said the number of new homes rose.", "Stats NZ"),
        ("Statistics Norway reported that exports fell.", "Statistics Norway"),
    ],
)
def test_attribution_statistics_office_is_an_organisation(text, source):
    assert any(s == source and t == "named_organization" for _, s, t in _found(text))


def test_attribution_bare_statistics_stay_a_document():
    assert ("show", "The latest statistics", "document") in _found(
        "The latest statistics show prices rose."
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At the meeting, the director noted the gains the team has made.",
            "the director",
        ),
        ("The court filing noted press reports about the deal.", "The court filing"),
    ],
)
def test_attribution_noted_with_an_object_is_a_cue(text, source):
    assert any(c == "noted" and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "The town is noted for its beaches.",
        "The town, noted for its beaches, is busy in summer.",
    ],
)
def test_attribution_noted_for_a_quality_is_no_cue(text):
    assert "noted" not in _cues(text)
