"""A briefing transcript labels its speaker by office ("Minister:") beside the
interviewer's label ("Question:"); the office's turns are that speaker's words,
not the outlet's, even when the page never writes the title mid-sentence."""

from __future__ import annotations

import pytest

from reliability import analyze

BRIEFING = """Weekly briefing on the border talks

The ministry held its weekly briefing on Tuesday.

Question: What did the talks with the neighbouring delegation achieve?

{office}: The two sides signed a water-sharing agreement covering three rivers.

Question: Will the border crossings reopen?

{office}: Two crossings reopened on Monday and a third follows next week.
"""

NO_QUESTIONS = """Notes from the border

The ministry held its weekly briefing on Tuesday.

Update: The two sides signed a water-sharing agreement covering three rivers.

Minister: Two crossings reopened on Monday and a third follows next week.
"""


def _unsourced(text: str, opening: str) -> bool:
    for s in analyze(text).sentences:
        if text[s.start : s.end].startswith(opening):
            assert s.claim
            return s.unsourced_claim
    raise AssertionError(f"no sentence opens with {opening!r}")


@pytest.mark.parametrize("office", ["Minister", "Spokesperson", "Ambassador"])
def test_office_label_beside_questions_opens_a_turn(office: str) -> None:
    text = BRIEFING.format(office=office)
    assert not _unsourced(text, f"{office}: The two sides signed")
    assert not _unsourced(text, f"{office}: Two crossings reopened")
    # The outlet's own framing sentence stays its own claim.
    assert _unsourced(text, "The ministry held its weekly briefing")


def test_office_label_without_an_interviewer_stays_the_outlets_voice() -> None:
    assert _unsourced(NO_QUESTIONS, "Minister: Two crossings reopened")
