"""Claims: a broadcast's hand-over naming where its reporter is.

Each case is a sentence of our own, judged by the claim rules alone (one
body sentence).
"""

from __future__ import annotations

import pytest

from tests.claim_helpers import rule_claim as _claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The hand-over to the report that follows: no claim.
        ("Jo Lee reports from Kyiv.", False),
        ("For the network, Sam Roe reports from the border town of Ruda.", False),
        (
            "Our Africa correspondent Ann Bell reports from Lagos, a city hit hard "
            "by the floods.",
            False,
        ),
        ("With Tom Gray contributing, Ann Bell reports from Rome.", False),
        (
            "Radio Central's Jo Lee has our story from the coast, narrated by Sam Roe.",
            False,
        ),
        ("Ann Bell has more from the capital.", False),
        ("Our correspondent Mark Hill is reporting from Geneva.", False),
        # What the reporter found, a reported frame, or reports as a noun: claims.
        ("Jo Lee reports from Kyiv that the bridge was destroyed overnight.", True),
        ("Jo Lee reports from Kyiv, where 12 people were hurt.", True),
        ("The ministry said Jo Lee reports from Kyiv.", True),
        ("Police reports from the scene described a chaotic evacuation.", True),
        ("Officials received reports from residents about the smell of gas.", True),
        ("The agency reports from its survey of 2,000 farms that yields fell.", True),
        ("Early reports from the region suggest the dam held.", True),
    ],
)
def test_claims_reporter_hand_over(text: str, claim: bool) -> None:
    assert _claim(text) is claim
