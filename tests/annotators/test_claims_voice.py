"""Claims: the writer's or speaker's own voice that asserts nothing checkable.

Advice and calls to action, the speaker's feelings, a broadcast's hand-over,
and the turn under a speaker's label left on its own line.
"""

from __future__ import annotations

import pytest

from reliability.annotators.claims import ClaimAnnotator
from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.registry import create
from reliability.segment import Segment, split_sentences


def _flags(doc: Document) -> dict[tuple[Layer, int], FlagFinding]:
    return {(f.layer, f.sentence): f for f in ClaimAnnotator().annotate(doc)}


def _claim(text: str) -> bool:
    """The claim flag of a one-sentence text, with its attributions."""
    doc = Document(text=text, segments=[Segment(0, len(text))])
    doc.findings.extend(
        f
        for f in create("attribution").annotate(doc)
        if isinstance(f, AttributionFinding)
    )
    return _flags(doc)[(Layer.CLAIM, 0)].value


@pytest.mark.parametrize(
    "text, claim",
    [
        # Advice to the reader, also as a numbered list item (annotation
        # notes 67: advice and instructions are prescriptions).
        ("1. Check the label before you buy.", False),
        ("2) Keep your receipts in a safe place.", False),
        ("Please drive slowly through the village.", False),
        ("Keep the doors locked at night.", False),
        ("Use the side entrance while the lift is repaired.", False),
        ("Do your part and recycle the boxes.", False),
        ("Avoid the coast road until the storm passes.", False),
        # A noun, a notice that carries facts, an inverted clause: checkable.
        ("Use of the old bridge fell by half in 2023.", True),
        ("Please note that the museum closed on Monday.", True),
        ("Keep in mind that the fund was audited in May.", True),
        ("So do the two unions that signed the deal in March.", True),
        ("12 people were hurt in the crash.", True),
    ],
)
def test_claims_advice_to_the_reader_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A call to act in the writer's own voice (annotation notes 14).
        ("We urge every member to vote against the bill.", False),
        ("I urge the council to think again.", False),
        ("We call upon all parties to return to the table.", False),
    ],
)
def test_claims_call_to_action_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The speaker's feeling about someone or something, whatever names or
        # years its object holds (annotation notes 43).
        ("I'm extraordinarily proud of the players who won in 2019.", False),
        ("We are grateful to the volunteers of the Red Cross.", False),
        ("We are deeply disappointed by the ruling.", False),
        ("\u201cI am so thankful for the support of the town,\u201d she said.", False),
        ("We're eager to move on.", False),
        # News told with a feeling stays a claim.
        ("We are pleased that the clinic reopened in May.", True),
        ("We're proud to say that we have doubled our staff.", True),
        ("We are proud to have opened two schools in 2022.", True),
        ("We are pleased to release the annual report today.", True),
        ("The mayor is proud of the new library.", True),
    ],
)
def test_claims_feeling_with_an_object_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A broadcast handing over to its reporter (annotation notes 27).
        ("Sam Okafor has his report.", False),
        ("Our correspondent Lina Berg has her story.", False),
        ("The city radio station has this story.", False),
        # A holding or a fact about a report is checkable.
        ("The inspector has the report on her desk since May.", True),
    ],
)
def test_claims_hand_over_to_a_report_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


def _labelled(label: str) -> Document:
    """A label left as furniture on its own line, then two sentences."""
    text = (
        f"{label}\n\nFriends,\n\n"
        "The new bridge opened on Monday.\n\nIt cost $4 million."
    )
    segments = [
        Segment(s.start, s.end, boilerplate=i == 0)
        for i, s in enumerate(split_sentences(text))
    ]
    return Document(text=text, segments=segments)


@pytest.mark.parametrize(
    "label, unsourced",
    [
        # The turn under a speaker's label standing alone is the speaker's
        # (annotation notes 53) ...
        ("The Mayor\u2019s opening remarks:", False),
        ("Senator Jane Roe's full statement:", False),
        # ... but a heading that names no speaker covers nothing.
        ("Opening remarks:", True),
        ("The release is available at:", True),
    ],
)
def test_claims_speaker_label_on_its_own_line_covers_the_turn(
    label: str, unsourced: bool
) -> None:
    doc = _labelled(label)
    flags = _flags(doc)
    body = [i for i, seg in enumerate(doc.segments) if not seg.boilerplate]
    assert [flags[(Layer.UNSOURCED_CLAIM, i)].value for i in body[1:]] == [
        unsourced,
        unsourced,
    ]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A norm stressed, reported or not (annotation notes 43).
        ("The two ministers stressed the importance of dialogue.", False),
        ("The study underlines the need for better training.", False),
        ("The mayor noted the importance of a clean harbour.", False),
        # A figure, an earlier act, or the party's own position: checkable.
        ("The nurses stressed the need for 2,000 more beds.", True),
        ("She thanked the donors and stressed the need for calm.", True),
        ("We stress the need for safe roads around schools.", True),
    ],
)
def test_claims_stressed_norm_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Editorial judgements in idioms (annotation notes 14).
        ("Such abuse has no place in our schools.", False),
        ("The party has lost its way.", False),
        ("The inquiry is a damning indictment of the police.", False),
        ("There is no excuse for this delay.", False),
        ("The fight for fair pay is far from over.", False),
        ("The real scandal is that nobody resigned.", False),
        ("What the court decides is anyone's guess.", False),
        ("Road safety is our top priority.", False),
        ("The new bus lane is a shining example of planning.", False),
        # An event told with the same words stays a claim.
        ("The team lost its way in the fog and was found on Sunday.", True),
        ("The council made road repair its top priority for 2024.", True),
        ("The bill was a top priority for the governor.", True),
    ],
)
def test_claims_idiom_of_editorial_judgement_is_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # How someone looked is an assessment, not an event.
        ("The singer looked stunning in a red gown.", False),
        ("The plan seemed utterly absurd.", False),
        # An event or a plain description stays a claim.
        ("The singer appeared in court on Monday.", True),
        ("The home side looked for an equaliser until the last minute.", True),
    ],
)
def test_claims_how_something_looked_is_no_event(text: str, claim: bool) -> None:
    assert _claim(text) is claim
