"""Claims: a speaker's own thanks or announcement behind an opening phrase,
and advice that follows a condition put to the reader.

"On behalf of the whole staff, I would like to thank ..." is the thanks
itself (annotation notes 5, 46), however long the phrase before "I"; "If you
see smoke, call the fire service" is advice (annotation notes 67), not a
claim. Each case is a sentence of our own.
"""

from __future__ import annotations

import pytest

from reliability import Analyzer
from reliability.schema import Sentence


def _body(analyzer: Analyzer, text: str) -> list[Sentence]:
    """The body sentences of ``text`` as the analyser gives them."""
    return [s for s in analyzer.analyze(text).sentences if not s.boilerplate]


@pytest.mark.parametrize(
    "text, claim",
    [
        (
            "On behalf of everyone at the club, I would like to express our "
            "deepest sympathy to the family.",
            False,
        ),
        (
            "At the start of this afternoon's session, I would like to ask about "
            "the budget for schools.",
            False,
        ),
        (
            "Given the sensitivity of the case, I would like to refrain from "
            "commenting on the details.",
            False,
        ),
        (
            "Here at the opening of the new season, I would like to state three "
            "aims for the orchestra.",
            False,
        ),
        (
            "On behalf of the whole hospital staff, we would like to thank the "
            "volunteers.",
            False,
        ),
        # A clause before the speaker's words reports them: its event decides.
        (
            "The mayor told the meeting on Friday that we thank the volunteers who "
            "rebuilt 40 homes.",
            True,
        ),
        (
            "In a message to the squad on Monday, the coach wrote that I congratulate "
            "the players.",
            True,
        ),
        # No frame after the phrase: the speaker states a fact.
        (
            "At the start of this afternoon's session, I announced that the bridge "
            "reopened in May.",
            True,
        ),
    ],
)
def test_claims_speaker_frame_after_opening_phrase(
    analyzer: Analyzer, text: str, claim: bool
) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("If you see smoke near the woods, call the fire service on 999.", False),
        (
            "If you have any information about the theft, please contact the "
            "police on 101.",
            False,
        ),
        (
            "If you saw the crash or have dashcam footage, then please get in "
            "touch with officers.",
            False,
        ),
        ("If you are planning a trip this weekend, check the forecast first.", False),
        ("Alternatively, ring the charity helpline on 0800 123 456.", False),
        ("Seek medical help if the rash spreads.", False),
        # The main clause has its own subject: a statement.
        (
            "If you missed it, the council voted 7-2 to close the library in March.",
            True,
        ),
        (
            "If you ask the locals, the harbour was built by the monks in 1312.",
            True,
        ),
        # "Call" as a noun, and no condition put to the reader.
        ("Call volumes doubled in March after the storm.", True),
        ("If the rain continues, the river will flood the lower town.", False),
    ],
)
def test_claims_advice_after_condition_put_to_reader(
    analyzer: Analyzer, text: str, claim: bool
) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


_INTRODUCED = "The mayor said:\n\n"


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # The quoted statement closed; a paragraph opening no quotation is
        # the outlet's narration again.
        (
            _INTRODUCED + '"We opened the new bridge in May."\n\n'
            "The bridge collapsed in a storm in 2021.",
            [False, True],
        ),
        (
            _INTRODUCED + "\u201cWe opened the new bridge in May.\u201d\n\n"
            "The old bridge carried 9,000 cars a day.",
            [False, True],
        ),
        # The speaker goes on in the first person somewhere in the paragraph.
        (
            _INTRODUCED + '"We opened the new bridge in May."\n\n'
            "The work took two years. We\u2019ve spent 4 million pounds on it.",
            [False, False, False],
        ),
        # A statement quoted over paragraphs, its mark opened once and closed
        # at the end, stays the speaker's.
        (
            _INTRODUCED + '"We opened the new bridge in May.\n\n'
            'The council set the money aside in 2022."',
            [False, False],
        ),
        # A paragraph that reopens the quotation goes on with the statement.
        (
            _INTRODUCED + '"We opened the new bridge in May."\n\n'
            '"The council set the money aside in 2022."',
            [False, False],
        ),
        # An unquoted statement after the colon is the speaker's.
        (
            _INTRODUCED + "The council set the money aside in 2022.",
            [False],
        ),
    ],
)
def test_claims_narration_after_a_closed_introduced_quotation_is_unsourced(
    analyzer: Analyzer, text: str, unsourced: list[bool]
) -> None:
    body = _body(analyzer, text)[1:]  # after the introducing frame
    assert [s.claim for s in body] == [True] * len(unsourced)
    assert [s.unsourced_claim for s in body] == unsourced


def test_claims_release_lead_in_introduces_the_next_paragraph(
    analyzer: Analyzer,
) -> None:
    text = (
        "LONDON - The following is a statement from the club chairman on the "
        "death of its former captain. He was 64.\n\n"
        '"He led the side to the league title in 1988."'
    )
    body = _body(analyzer, text)
    assert [s.unsourced_claim for s in body[1:]] == [True, False]


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A stop after the speaker's title splits the frame; the quotation
        # after the name goes on with the same speaker.
        (
            '"We exceeded all expectations," said Maj. (Dr.) Jo Lee, the team '
            'coach. "The squad won 12 medals this week."',
            False,
        ),
        (
            '"It is a privilege to lead the council," said Cllr. Lee. "The council '
            'opened two schools in 2023."',
            False,
        ),
        # A tail with a verb of its own is a sentence: it carries nothing.
        (
            '"It is a privilege to lead the council," said Lee. Evans, who '
            'joined in 2019, chairs the board. "The council opened two schools '
            'in 2023."',
            True,
        ),
    ],
)
def test_claims_quotation_after_a_split_speaker_name_is_sourced(
    analyzer: Analyzer, text: str, unsourced: bool
) -> None:
    last = _body(analyzer, text)[-1]
    assert last.claim
    assert last.unsourced_claim is unsourced
