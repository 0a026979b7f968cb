"""Lines that point the reader elsewhere: links below, pages, feeds to follow."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences

BODY = (
    "Engineers reopened the eastern pier on Monday after three weeks of repairs "
    "to the storm wall, the harbour authority said in a statement. Ferries will "
    "run to the usual timetable from Wednesday, it added.\n\n"
)


def _flags(text: str) -> dict[str, bool]:
    return {
        text[s.start : s.end]: s.boilerplate for s in split_sentences(text, model=None)
    }


@pytest.mark.parametrize(
    "line",
    [
        "The full report can be found here.",
        "Details of the timetable can be found online.",
        "For maps of the closed paths, see the links below.",
        "Please review the full conditions on this webpage:",
        "The release, images and videos are available on:",
        "A version of this release is available at:",
        "Follow updates on the repairs on the harbour blog.",
        "Follow the conversation about the pier on social media.",
        "Learn more about the harbour's history on our heritage pages.",
        "To learn more about ferry passes, visit the harbour office.",
        "If you would like to receive these updates by e-mail, sign up below.",
        "Get the latest from the harbour authority delivered every week.",
    ],
)
def test_split_sentences_flags_pointer_line(line: str) -> None:
    flags = _flags(BODY + line + "\n")
    assert flags[line] is True
    assert not any(v for k, v in flags.items() if k != line)


@pytest.mark.parametrize(
    "line",
    [
        # Body sentences with the same words, not pointing anywhere.
        "Following the storm, the council found the wall was here to stay.",
        "Recordings of the meeting are also available online and on the radio.",
        "The missing logbook can be found in the harbour museum, officials said.",
        "Learning from the last storm, the crews sandbagged the slipway.",
        "Residents who would like a mooring must apply before March.",
    ],
)
def test_split_sentences_keeps_body_sentence_like_a_pointer(line: str) -> None:
    flags = _flags(BODY + line + "\n\n" + BODY)
    assert flags[line] is False
