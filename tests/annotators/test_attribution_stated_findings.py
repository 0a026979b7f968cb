"""Attribution: provisions, emphasis and assessments with a clause.

Annotation notes, decisions 7, 8 and 33: a law that stipulates, a speaker
who underlines or assesses that something is so, an indictment that
alleges. Every case is a sentence written for these
tests; expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import attributions as _attributions


def cues(text: str) -> list[tuple[str, str]]:
    """The cue and source texts of every attribution in ``text``."""
    return [(cue[2], src[2]) for cue, src, _ in _attributions(text)]


CASES = [
    (
        "The new rules stipulate that shops must close at ten.",
        [],  # "rules" is no source head: a verb alone does not make one
    ),
    (
        "The treaty stipulates that both sides withdraw their troops.",
        [("stipulates", "The treaty")],
    ),
    (
        "The minister underlined that talks would continue next week.",
        [("underlined", "The minister")],
    ),
    (
        "A senior official assessed that the army would run short of fuel.",
        [("assessed", "A senior official")],
    ),
    (
        "The indictment alleges that the pair moved money through shell firms.",
        [("alleges", "The indictment")],
    ),
    (
        "Both laws stipulate that a judge must approve the search.",
        [("stipulate", "Both laws")],
    ),
    (
        "The results illustrate that the new method works.",
        [("illustrate", "The results")],
    ),
    (
        "The confederation believes that the deal will help farmers.",
        [("believes", "The confederation")],
    ),
    (
        "The coach highlighted that the team had improved.",
        [("highlighted", "The coach")],
    ),
    # no clause, no cue: an assessment of damage, a passive, a drawing
    ("Engineers assessed the damage to the bridge.", []),
    ("The damage was assessed on Monday.", []),
    ("The book was illustrated by her brother.", []),
    (
        "The senator issued a statement on the new laws:",
        [("issued a statement", "The senator")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_attribution_stated_findings(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues(text) == expected


# "on" after a speech noun names the topic, not a channel: the senator alone
# is the source; "on her blog" stays a channel.
TOPIC_CASES = [
    (
        "The senator issued a statement on the treaty:",
        [("issued a statement", "The senator")],
    ),
    (
        "The minister on her blog wrote that the talks had failed.",
        [("wrote", "The minister"), ("wrote", "her blog")],
    ),
]


@pytest.mark.parametrize("text, expected", TOPIC_CASES)
def test_attribution_statement_on_a_topic(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert cues(text) == expected


# A finding reported without "that" (decision 33): "found" or "determined"
# and a clause, of any subject; an adjective "determined" and a found object
# are no findings.
BARE_FINDINGS = [
    (
        "The team studied old maps. But it also found the river is moving east.",
        [("found", "it")],
    ),
    (
        "Investigators determined the cause was a faulty cable.",
        [("determined", "Investigators")],
    ),
    (
        "The panel determined that the fire was an accident.",
        [("determined", "The panel")],
    ),
    ("He was determined to win.", []),
    ("Police found the car in a ditch.", []),
    ("The board determines the fees each year.", []),
]


@pytest.mark.parametrize("text, expected", BARE_FINDINGS)
def test_attribution_bare_findings(text: str, expected: list[tuple[str, str]]) -> None:
    assert cues(text) == expected
