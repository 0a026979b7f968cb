"""Claims: calls to action after a fronted phrase, and notes about the page.

"For more details, visit the council's website" tells the reader what to do
(annotation notes 67), however long the phrase before the comma. Each case is
a sentence of our own, judged by the claim rules alone (one body sentence,
whatever the segmenter would make of a line of page furniture).
"""

from __future__ import annotations

import pytest

from tests.claim_helpers import rule_claim as _claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A purpose or topic phrase, then an imperative: advice to the reader.
        ("For more details on the new bus routes, visit the council's website.", False),
        ("For a full list of the schools that will close, click here.", False),
        ("To report a blocked drain, send an email to the water board.", False),
        ("To register for the event, please call the library on weekdays.", False),
        ("With snow forecast for the weekend, stay off the mountain roads.", False),
        ("For the latest figures from every county, see the table below.", False),
        ("For tips on staying safe in the heat, go to the health page.", False),
        # The same openings before a statement stay claims.
        ("For many families, watch parties are a summer tradition.", True),
        ("For the first time since 1990, the council met in public.", True),
        ("To the north of the city, the river flooded three villages.", True),
        ("With the win, the Rovers moved up to second place in the league.", True),
        ("To save money, the town closed two of its libraries in May.", True),
    ],
)
def test_claims_call_to_action_after_fronted_phrase(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # "See" and "Go" opening a sentence tell the reader what to do.
        ("See the timeline below for how the talks unfolded.", False),
        ("Go to the town hall's front desk to collect a permit.", False),
        # "Look" is no such opening: a speaker's "Look, ..." and a linking verb
        # make a statement.
        ("Look, the plan was approved by the board in June.", True),
        ("The plans look set to be approved by the board in June.", True),
    ],
)
def test_claims_more_calls_to_action(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A page's note on itself (annotation notes 5).
        ("This is an unofficial translation of the minister's remarks.", False),
        ("(This is a provisional translation for reference purposes only.)", False),
        (
            "This section contains the figures that changed since the last release.",
            False,
        ),
        ("These pages have been reviewed by the editors.", False),
        ("Opinions are those of the individual writers.", False),
        ("The interview has been lightly edited for length and clarity.", False),
        ("The timetable below is for information purposes only.", False),
        # A section of a road, a first translation: things in the world.
        ("This section of the motorway will close for repairs in May.", True),
        ("This is the first translation of the novel into Welsh.", True),
        ("The council edited the plan after 300 residents objected.", True),
    ],
)
def test_claims_page_note_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A speaker's greeting (annotation notes 5).
        ("It's great to be here in this fine old harbour town.", False),
        ("It is my pleasure to be with you at this year's conference.", False),
        ("It's good to be back among friends tonight.", False),
        # News after a feeling word, an appointment after a welcome: claims.
        ("We're thrilled to welcome Jo Lee as our new head coach.", True),
        ("The embassy is pleased to announce that the visa office reopened.", True),
        ("It is good news that the bridge reopened on Monday.", True),
    ],
)
def test_claims_greeting_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A frame ending in a colon: the quotation says what the sentence says.
        ('The mayor said: "I don\'t think the budget is going anywhere."', False),
        ("Jo Lee, the head coach: \u201cI hope the fans keep coming.\u201d", False),
        ('The minister told reporters: "Perhaps the talks will resume."', False),
        ('The mayor said: "We closed the bridge in May."', True),
        ('The statement said: "The company has apologised to the families."', True),
        # A quotation that does not close the sentence leaves it whole.
        ('The mayor said: "I hope so" and then left the hall at noon.', True),
    ],
)
def test_claims_quotation_after_colon_frame(text: str, claim: bool) -> None:
    assert _claim(text) is claim
