"""Attribution: forecasts of named and collective holders.

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
            "Analysts expect the economy to slow next year.",
            [("expect", "Analysts", "vague")],
        ),
        (
            "Forecasters expect the storm to strengthen before it reaches land.",
            [("expect", "Forecasters", "vague")],
        ),
        (
            "The weather service expects the storm will cross the coast tonight.",
            [("expects", "The weather service", "pronoun")],
        ),
        (
            "The bank expects that inflation will ease by the spring.",
            [("expects", "The bank", "pronoun")],
        ),
        (
            "The minister said that analysts expect the bridge to reopen in May.",
            [
                ("said", "The minister", "pronoun"),
                ("expect", "analysts", "vague"),
            ],
        ),
    ],
)
def test_attribution_marks_a_forecast_of_a_collective_or_with_a_clause(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker's own forecast inside its report adds nothing
        (
            "The company said it expects sales to fall.",
            [("said", "The company", "pronoun")],
        ),
        # an intention of one's own, not a forecast
        ("Many shops expect to raise prices.", []),
        # a plain object: no forecast is stated
        ("Fans expect the worst.", []),
        ("Nobody expected that.", []),
    ],
)
def test_attribution_skips_a_forecast_without_content_or_holder(text, expected):
    assert _found(text) == expected
