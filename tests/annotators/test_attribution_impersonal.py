"""An impersonal passive ("it is understood that") names no speaker: it is
a hedge, not an attribution with "it" as its source."""

from __future__ import annotations

import pytest

import reliability
from tests.attribution_helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "It is understood that the minister will resign.",
        "It is widely understood the minister will resign.",
        "The minister, it is understood, will resign.",
        "The minister is understood to have resigned.",
    ],
)
def test_attribution_impersonal_understood_is_no_cue(text):
    assert found(text) == []


def test_impersonal_understood_stays_a_hedge():
    report = reliability.Analyzer().analyze(
        "It is understood that the minister will resign."
    )
    assert [h.text for s in report.sentences for h in s.hedges] == ["It is understood"]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("She understood that the vote was lost.", "understood", "She"),
        (
            "The network understands that the minister will resign.",
            "understands",
            "The network",
        ),
    ],
)
def test_attribution_understanding_with_a_subject_is_kept(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in found(text))
