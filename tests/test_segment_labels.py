"""Label lines above a turn or a block: speakers' remarks, form labels."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences

BODY = (
    "Engineers reopened the eastern pier on Monday after three weeks of repairs "
    "to the storm wall, the harbour authority said in a statement.\n\n"
)
TURN = "\n\nThank you all for coming to see the pier open again today.\n"


def _flags(text: str) -> dict[str, str | None]:
    return {text[s.start : s.end]: s.rule for s in split_sentences(text, model=None)}


@pytest.mark.parametrize(
    "line",
    [
        "Anna Berg\u2019s opening remarks:",
        "Mayor Ann Lee's remarks:",
        "Governor Tom Reyes\u2019s full speech:",
        "Question:",
        "Contact information:",
        "Technical Information:",
    ],
)
def test_split_sentences_flags_label_line(line: str) -> None:
    flags = _flags(BODY + line + TURN)
    assert flags[line] is not None
    assert flags["Thank you all for coming to see the pier open again today."] is None


@pytest.mark.parametrize(
    "line",
    [
        "Officials wrote:",
        "In her remarks, the mayor said:",
        "The mayor's remarks were brief:",
        "Anna Berg\u2019s remarks drew applause from the crowd.",
    ],
)
def test_split_sentences_keeps_line_that_runs_on(line: str) -> None:
    assert _flags(BODY + line + TURN)[line] is None


@pytest.mark.parametrize(
    "line, is_chrome",
    [
        ("The following guest post is from Ann Lee, a harbour engineer.", True),
        ("This is a guest blog post from the Coastal Trust, a charity.", True),
        ("Contents 1 Harbour reopens 2 Ferry fares rise 3 Sources", True),
        ("Site colours:", True),
        # Body sentences with the same words.
        ("The guest speakers posted their slides after the meeting.", False),
        ("The contents of the ship's hold were never found.", False),
    ],
)
def test_split_sentences_flags_standfirst_credit_and_contents(
    line: str, is_chrome: bool
) -> None:
    assert (_flags(BODY + line + TURN)[line] is not None) is is_chrome


@pytest.mark.parametrize(
    "line", ["Updated at 14.15 BST", "Updated 09.40", "Last updated at 18.05 CET"]
)
def test_split_sentences_flags_update_stamp_with_dotted_time(line: str) -> None:
    # British and European pages write a clock time with a full stop.
    text = BODY + line + TURN
    assert _flags(text)[line] == "boilerplate:dateline"
