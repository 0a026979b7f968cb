"""Long titles as page furniture: a title-case headline run into a sentence
that opens with an article and a name."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _parts(text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.boilerplate)
        for s in split_sentences(text, model=None)
    ]


def test_title_glued_to_article_and_name_is_cut() -> None:
    text = (
        "Rescue Team Reaches Stranded Climbers on Northern Ridge A Norwegian "
        "helicopter lifted the four climbers off the ridge on Sunday."
    )
    assert _parts(text) == [
        ("Rescue Team Reaches Stranded Climbers on Northern Ridge", True),
        (
            "A Norwegian helicopter lifted the four climbers off the ridge on Sunday.",
            False,
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A title going on past a capitalised preposition stays whole.
        "Hikers Rescued From Ridge After Missing Trail Markers in Fog",
        # A body sentence naming a paper after a lower-case word.
        "Writing in The Herald newspaper, the minister defended the plan.",
        # A short run of names before the article: no title there.
        "Ann Lee The Herald reporter covered the storm for a week.",
    ],
)
def test_name_after_article_without_title_stays_whole(text: str) -> None:
    assert [t for t, _ in _parts(text)] == [text]
