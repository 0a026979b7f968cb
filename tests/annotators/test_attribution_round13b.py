"""Attribution, round 13b: classes of cues that recur across publishers.

Every case is a sentence written for these tests (not seed or gold text);
expected cues are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has welcomed the report on housing.",
        "The council welcomes the publication of the annual survey.",
        "The minister welcomed the new members of the board.",
    ],
)
def test_attribution_welcomed_with_a_noun_phrase_object_is_no_cue(text):
    assert "welcomed" not in _cues(text) and "welcomes" not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union welcomed that the talks would resume.", "welcomed"),
        ("The minister welcomed what she called a fair deal.", "welcomed"),
    ],
)
def test_attribution_welcomed_with_a_clause_is_a_cue(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Senator Ann Lee delivered the following remarks at the hearing on roads:",
            "delivered the following remarks",
        ),
        (
            "Ann Lee delivers the following opening statement at the hearing today.",
            "delivers the following opening statement",
        ),
        ("The vote was seen by many experts as a test for the party.", "seen"),
        ("Critics have long viewed the tax as unfair.", "viewed"),
    ],
)
def test_attribution_release_lead_ins_and_seen_by_tellers_are_cues(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor delivered remarks at a memorial service on Sunday.",
        "The courier delivered the parcels on Monday.",
        "The vote is seen as a test for the party.",
        "Their top player, seen as the favourite, lost in the final.",
        "The stars, which are now seen as they were long ago, are far away.",
    ],
)
def test_attribution_deliveries_and_agentless_seen_as_are_no_cues(text):
    assert _cues(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "WASHINGTON, D.C. – Senator Ann Lee (R-Neb.), a senior member of the "
            "Budget Committee, said the bill would pass.",
            "Senator Ann Lee",
        ),
        (
            "Washington, D.C.—Today, Senator Ann Lee (D-R.I.), Ranking Member of "
            "the Senate Budget Committee, said the bill would pass.",
            "Senator Ann Lee",
        ),
        (
            "LYON, France - The mayor, a former teacher, said the school would reopen.",
            "The mayor",
        ),
    ],
)
def test_attribution_a_dateline_before_an_apposition_is_not_the_source(text, source):
    assert [src for _, src, _ in _found(text)] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NAIROBI — Officials say the toll has climbed.",
            [("say", "Officials", "anonymous")],
        ),
        (
            "LAGOS, Nigeria — Economists say prices will rise.",
            [("say", "Economists", "vague")],
        ),
        (
            "LAGOS, Nigeria — Ann Lee says prices will rise.",
            [("says", "Ann Lee", "named_person")],
        ),
    ],
)
def test_attribution_a_capitalised_common_noun_after_a_dateline_is_not_a_name(
    text, expected
):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The military said no troops were hurt.",
            [("said", "The military", "named_organization")],
        ),
        (
            "The jury said the driver was to blame.",
            [("said", "The jury", "named_organization")],
        ),
        (
            "Chile's government said the vote would go ahead. "
            "The government said turnout was high.",
            [
                ("said", "Chile's government", "named_organization"),
                ("said", "The government", "pronoun"),
            ],
        ),
        ("The company said sales fell.", [("said", "The company", "pronoun")]),
    ],
)
def test_attribution_an_institution_named_only_by_its_kind(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters at the National Weather Service said the storm had weakened.",
            [
                (
                    "said",
                    "Forecasters at the National Weather Service",
                    "anonymous",
                )
            ],
        ),
        (
            "Economists at the Bank of Canada say prices will rise.",
            [("say", "Economists at the Bank of Canada", "anonymous")],
        ),
        (
            "Forecasters said the storm had weakened.",
            [("said", "Forecasters", "vague")],
        ),
    ],
)
def test_attribution_people_of_a_named_body_are_anonymous(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Five candidates held a rally on Monday. The candidates said the vote was "
            "rigged.",
            [("said", "The candidates", "pronoun")],
        ),
        (
            "The foot soldiers said they were tired.",
            [("said", "The foot soldiers", "anonymous")],
        ),
    ],
)
def test_attribution_a_definite_plural_that_refers_back_is_a_pronoun(text, expected):
    assert _found(text) == expected
