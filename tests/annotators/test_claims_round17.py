"""Claims: feelings in the speaker's voice, and the checkable acts beside them.

Each case is a sentence of our own, judged by the claim rules alone (one body
sentence, whatever the segmenter would make of it).
"""

from __future__ import annotations

import pytest

from tests.claim_helpers import rule_claim as _claim
from tests.claim_helpers import rule_unsourced as _unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # How the speaker feels about what they do: no claim.
        ("We are proud to serve the families of this valley.", False),
        ("I am honoured to stand beside such dedicated volunteers.", False),
        ("We're thrilled to help our neighbours through the winter.", False),
        # The act they are glad of has a time, a figure or an announcement in it.
        ("I am honored to be chairing the council meeting today.", True),
        ("We are glad to be back in the city for the next two years.", True),
        ("I am delighted to present the 2024 harvest report to the board.", True),
        ("I'm pleased to be here in Leeds to announce our new director.", True),
        # Unchanged: news announced straight after the feeling.
        ("We are pleased to announce the opening of a second clinic.", True),
    ],
)
def test_claims_feeling_with_own_act(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A tribute in the writer's voice judges a life: no claim.
        ("She was an inspiration to us all.", False),
        ("The coach will always be remembered for his kindness.", False),
        ("The world has lost a great singer.", False),
        ("He personified the spirit of the harbour town.", False),
        ("For decades she served as a guiding light for young nurses.", False),
        ("The old drummer was part of all our lives.", False),
        # A number, a date or an event told before the tribute is checkable.
        ("He died on 3 May and will always be remembered for his kindness.", True),
        ("She founded the clinic in 1990 and was an inspiration to us all.", True),
        ("The club lost a player to injury in the first half.", True),
    ],
)
def test_claims_tribute(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A named text as the subject of what it sets out sources the sentence.
        ("Article 5 states that every citizen may vote in local elections.", False),
        ("The letter details the cuts planned for the two hospitals.", False),
        ("One of the articles explains how the harbour was rebuilt.", False),
        ("The report lists 40 roads that will close in May.", False),
        # "States" as a noun, and a text that sets out nothing.
        ("Article 2 of the United States treaty covers fishing rights.", True),
        ("The letter was sent to the mayor in March.", True),
    ],
)
def test_unsourced_named_text(text: str, unsourced: bool) -> None:
    assert _unsourced(text) is unsourced
