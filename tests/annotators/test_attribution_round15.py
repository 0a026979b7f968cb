"""Attribution, round 15: readings that any publisher's copy triggers.

Every case is a sentence written for these tests (not seed, gold or public
text); expected cues and sources are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "If someone in the city thinks that sanctions will help, they are wrong.",
            "thinks",
        ),
        ("If the Senate confirms the nomination, the envoy can travel.", "confirms"),
        ("The deal would go ahead if the company agreed to cut prices.", "agreed"),
        ("Unless the board approves the merger, the plant will close.", "approves"),
        ("Who knows what the next year will bring?", "knows"),
        ("Who would have believed that the team could win?", "believed"),
        (
            "She mocked it, saying anybody who complains about the rules is losing.",
            "complains",
        ),
        ("Anyone who claims that the vote was rigged should go to court.", "claims"),
    ],
)
def test_attribution_supposed_speaker_is_no_cue(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("If elected, she said, she would cut taxes.", "said", "she"),
        (
            "If asked, the spokesman said, the agency would help.",
            "said",
            "the spokesman",
        ),
        ("Lee said that if the board agrees, the plant will stay open.", "said", "Lee"),
        ("If the vote fails the minister says he will resign.", "says", "the minister"),
        ("The mayor, who said the plan was sound, resigned.", "said", "who"),
        ("Someone who saw the crash told police the driver fled.", "told", "Someone"),
    ],
)
def test_attribution_speaker_beside_a_condition_is_kept(text, cue, source):
    assert any(c == cue and s.startswith(source) for c, s, _ in _found(text))
