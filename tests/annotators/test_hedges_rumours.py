"""Rumours introducing their content lower its certainty, as speculation does."""

from __future__ import annotations

import pytest

import reliability

ANALYZER = reliability.Analyzer()


def hedges(text: str) -> list[str]:
    return [h.text for s in ANALYZER.analyze(text).sentences for h in s.hedges]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("There are rumours that the coach will be fired.", "rumours that"),
        ("The club denied rumors that the coach would be fired.", "rumors that"),
        ("Rumours that the plant would close spread quickly.", "Rumours that"),
    ],
)
def test_rumours_with_their_content_are_a_hedge(text, hedge):
    assert hedge in hedges(text)


@pytest.mark.parametrize(
    "text",
    ["The rumours were false.", "The band played its hit Rumours on Friday."],
)
def test_rumours_without_content_are_no_hedge(text):
    assert hedges(text) == []
