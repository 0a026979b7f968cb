"""Attribution: findings reported by a progressive "finding", and clauses
without "that" whose subject carries an "of" phrase.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Students are finding that the new phones are useful.",
            [("finding", "Students", "anonymous")],
        ),
        (
            "Researchers are finding that the drug works.",
            [("finding", "Researchers", "vague")],
        ),
        (
            "Scientists are finding the ice is melting faster.",
            [("finding", "Scientists", "vague")],
        ),
    ],
)
def test_attribution_reads_a_progressive_finding(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Families are finding it hard to pay the rent.",
        "Workers are finding new jobs.",
        "He had trouble finding a home.",
        "The finding that the drug works was published in May.",
        "After finding that the door was open, the police went in.",
    ],
)
def test_attribution_skips_finding_without_a_clause(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Engineers determined the orbit of the debris does not pose a risk.",
            [("determined", "Engineers", "vague")],
        ),
        (
            "The court found the owner of the dog was liable.",
            [("found", "The court", "pronoun")],
        ),
        (
            "Analysts expect the value of the pound will rise.",
            [("expect", "Analysts", "vague")],
        ),
        (
            "The mayor knew the head of the police was lying.",
            [("knew", "The mayor", "pronoun")],
        ),
        (
            "The council announced the sale of the library was complete.",
            [("announced", "The council", "pronoun")],
        ),
        (
            "Investigators found the cause of the crash was a faulty valve.",
            [("found", "Investigators", "anonymous")],
        ),
    ],
)
def test_attribution_reads_a_clause_whose_subject_has_an_of_phrase(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police found the body of a man who was missing.",
        "Police found the body of a man in the river.",
        "The council announced the sale of the library.",
    ],
)
def test_attribution_skips_an_object_with_an_of_phrase(text):
    assert _found(text) == []
