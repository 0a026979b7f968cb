"""Long titles as page furniture: a headline of sixteen words or more on a
line of its own, and a title-case headline run into a sentence that opens
with an article and a name."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from tests.segment_helpers import LEAD, TAIL, rules_around


def _parts(text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.boilerplate)
        for s in split_sentences(text, model=None)
    ]


@pytest.mark.parametrize(
    "line",
    [
        # A listed release's long title in title case.
        "Regional Water Board Approves New Rules for Farm Runoff After Two Years "
        "of Talks With Growers and Towns",
        # A related story's headline set in capitals.
        "CITY COUNCIL DELAYS VOTE ON NEW TRAM LINE AS COSTS RISE, SAYS "
        "MAYOR WILL TAKE PLAN TO VOTERS NEXT YEAR",
    ],
)
def test_long_title_line_is_furniture(line: str) -> None:
    inside, around = rules_around(LEAD, line, TAIL, model=None)
    assert inside == ["boilerplate:crosshead"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # Sentence case: body, however long, even without a final stop.
        "The water board approved new rules for farm runoff after two years "
        "of talks with growers and towns along the river",
        # Mostly capitalised, but a long line keeps a lower-case word: body.
        "Regional Water Board Approves New Rules for Farm Runoff after Two "
        "Years of Talks With Growers and Towns",
    ],
)
def test_long_line_not_in_title_case_stays_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line, TAIL, model=None)
    assert inside == [None]


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
