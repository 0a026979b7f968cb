"""Source spans, round 18: the phrase that names the speaker, not a word inside it.

Every case is a sentence written for these tests (not seed, gold or public
text); expected sources are the source texts found for the sentence.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found


def _sources(text: str) -> list[str]:
    """The source text of each attribution found, in order."""
    return [src for _, src, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Police in the East Midlands in Britain said a man was arrested.",
            "Police in the East Midlands in Britain",
        ),
        (
            "Firefighters in the Lake District in England said the blaze was out.",
            "Firefighters in the Lake District in England",
        ),
        (
            "The Royal Museum in Oslo has threatened to sue a blogger.",
            "The Royal Museum",
        ),
        (
            "The Royal Museum (RM) in Oslo has threatened to sue a blogger.",
            "The Royal Museum",
        ),
        ("Ann Lee in Paris said the show was over.", "Ann Lee"),
    ],
)
def test_source_span_a_place_after_in_is_not_the_speaker(text, source):
    assert source in _sources(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Officials in southern Italy say a storm flooded three villages.",
            "Officials in southern Italy",
        ),
        (
            "Farmers in northern France said the harvest was poor.",
            "Farmers in northern France",
        ),
    ],
)
def test_source_span_a_role_located_by_one_place_is_kept_whole(text, source):
    assert _sources(text) == [source]
