"""Segmentation and boilerplate: round 19 (footnote markers, glued labels, prompts)."""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, line_rules


def _sentences(line: str) -> list[str]:
    """The sentences of ``line`` set between two body paragraphs."""
    text = LEAD + line + TAIL
    a, b = len(LEAD), len(LEAD) + len(line)
    return [s for s, _ in line_rules(text) if a <= text.find(s, a) < b]


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        # A bracketed footnote number after a stop stays with the sentence it
        # marks; the next sentence starts after it.
        (
            "The plant opened in 1990. [3] It closed after the flood of 2004.",
            ["The plant opened in 1990. [3]", "It closed after the flood of 2004."],
        ),
        (
            "The river rose by two metres. [12] [13] Farmers moved their herds.",
            ["The river rose by two metres. [12] [13]", "Farmers moved their herds."],
        ),
        (
            'She called the plan "a disaster." [7] Her party voted against it.',
            ['She called the plan "a disaster." [7]', "Her party voted against it."],
        ),
        # ... also at the end of its line.
        (
            "The bridge was rebuilt in stone in 1820. [4]",
            ["The bridge was rebuilt in stone in 1820. [4]"],
        ),
        # A bracket that holds no number, or a number glued to a word, is
        # left to the other rules.
        (
            "The town grew quickly. [Citation needed] Its mill employed 300.",
            ["The town grew quickly.", "[Citation needed] Its mill employed 300."],
        ),
        (
            "The mill closed in 1950. [2]See the list of mills in the county.",
            ["The mill closed in 1950.", "[2]See the list of mills in the county."],
        ),
    ],
)
def test_footnote_after_a_stop(line: str, sentences: list[str]) -> None:
    assert _sentences(line) == sentences
