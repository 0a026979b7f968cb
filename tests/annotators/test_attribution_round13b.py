"""Attribution, round 13b: classes of cues that recur across publishers.

Every case is a sentence written for these tests (not seed or gold text);
expected cues are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions


def _cues(text: str) -> list[str]:
    return [cue[2] for cue, _, _ in attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor has welcomed the report on housing.",
        "The council welcomes the publication of the annual survey.",
        "The minister welcomed the new members of the board.",
    ],
)
def test_attribution_welcomed_with_a_noun_phrase_object_is_no_cue(text):
    assert "welcomed" not in _cues(text) and "welcomes" not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The union welcomed that the talks would resume.", "welcomed"),
        ("The minister welcomed what she called a fair deal.", "welcomed"),
    ],
)
def test_attribution_welcomed_with_a_clause_is_a_cue(text, cue):
    assert cue in _cues(text)
