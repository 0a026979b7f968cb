"""Attribution, round 16b: speech acts whose content is a noun phrase.

Every case is a sentence written for these tests (not seed, gold or public
text); expected cues and sources are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The mayor renewed her call for calm after the protests.",
            "renewed her call",
            "The mayor",
        ),
        (
            "Opposition leaders repeated calls for an early election.",
            "repeated calls",
            "Opposition leaders",
        ),
        (
            "The coach thanked the players and issued a call to train harder.",
            "issued a call",
            "The coach",
        ),
        (
            "The ministry issued a call for the release of the prisoners.",
            "issued a call",
            "The ministry",
        ),
        (
            "The family made a plea for news of their missing son.",
            "made a plea",
            "The family",
        ),
        (
            "The union reiterated its appeal for an end to the strike.",
            "reiterated its appeal",
            "The union",
        ),
    ],
)
def test_attribution_call_and_plea_nouns(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The ministry issued a call for tenders to build the bridge.", "issued"),
        ("The council renewed its appeal for volunteers.", "renewed"),
        ("The agency issued calls for proposals last spring.", "issued"),
        ("She made a call to her lawyer.", "made"),
        ("The firm renewed its call centre contract.", "renewed"),
    ],
)
def test_attribution_open_invitations_are_no_cue(text, verb):
    assert not any(c.startswith(verb) for c in _cues(text))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The interlocutors stressed the importance of fair trade rules.",
            "stressed",
            "The interlocutors",
        ),
        (
            "Her interlocutor stressed the need for new talks.",
            "stressed",
            "Her interlocutor",
        ),
    ],
)
def test_attribution_interlocutors_are_speakers(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Media reports included the names of the ministers.", "reports"),
        ("The panel pointed to bias in national media reporting.", "reporting"),
        ("Press reporting was thin during the floods.", "reporting"),
        ("News reports will follow the vote.", "reports"),
    ],
)
def test_attribution_mass_report_nouns_are_no_cue(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("State media reports that the minister is ill.", "reports", "State media"),
        ("Officials report rising prices in the north.", "report", "Officials"),
    ],
)
def test_attribution_report_verbs_after_speakers_stay(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))
