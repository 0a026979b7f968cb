"""Readability figures: the same as textstat's own, to the last bit."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from textstat.textstat import textstatistics

from reliability.readability import (
    _PUNCTUATION,
    _count_chunks,
    _without_punctuation,
    readability,
)
from tests.strategies import any_or_hostile_text, news_like


def textstat_figures(text: str) -> dict[str, float]:
    """The figures as textstat computes them from the text."""
    ts = textstatistics()
    return {
        "automated_readability_index": round(
            float(ts.automated_readability_index(text)), 2
        ),
        "coleman_liau_index": round(float(ts.coleman_liau_index(text)), 2),
        "lix": round(float(ts.lix(text)), 2),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget on Tuesday.",
        "The U.S. Senate voted 51-49. It was late!",
        "She said: 'We won't stop.' He didn't reply... Why?",
        "Rain fell. Then snow. Roads closed across the northern counties overnight.",
        "well-known, long-established organisations\u2019 spokespeople",
        "A -- b ;; c.!? d",
        "Costs rose 3.5% to $1,200,000 in 2023\u20132024.",
        "\u00bfQu\u00e9 pas\u00f3? Nadie sab\u00eda nada.",
        "x",
        "Ok. No. Yes. Fine.",
        "don't 'quoted' rock'n'roll o'clock we've they'll you're I'd",
        "Tab\tseparated\u00a0words and\nnew lines\u2028here.",
        # runs of two and three word chunks, with chunks of marks between them
        "Go \u2014 now. Yes \u2014 no \u2014 maybe. ' a b ' . c-d e'f -- g. (x) y?",
        # one long word, and a run of two long words
        "a" * 5000,
        "'" + "b" * 3000 + " -- " + "c" * 3000 + " ;",
    ],
)
def test_readability_equals_textstat_on_sentences(text):
    assert readability(text) == textstat_figures(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_like, any_or_hostile_text))
def test_readability_equals_textstat_on_any_text(text):
    ours = readability(text)
    if not any(ch.isalpha() for ch in text):
        assert ours == {}
    else:
        assert ours == textstat_figures(text)


def test_readability_is_empty_without_letters():
    assert readability("12 - 34 ... !!") == {}


#: Texts whose punctuation and white space take every path of the helpers.
_PIECES = [
    "",
    "plain words only",
    "It\u2019s \u201cover\u201d \u2014 for now\u2026 isn\u2019t it?",
    "Caf\u00e9 prices rose \u20ac3 \u2013 and \u00a3 fell.",
    "  leading and trailing  ",
    "tabs\tand\nnew\r\nlines\x0b\x0c and\x1cseparators\x1f",
    "no\u00a0break\u2009thin\u3000wide spaces",
    "-- ;; ... !!",
    "a lone \ud800 surrogate, and an emoji \U0001f600 too",
    "under_score snake_case_name",
]


@pytest.mark.parametrize("text", _PIECES)
def test_without_punctuation_is_the_expression(text):
    assert _without_punctuation(text) == _PUNCTUATION.sub("", text)


@pytest.mark.parametrize("text", _PIECES)
def test_count_chunks_is_the_split(text):
    ascii_space = all(ch.isascii() for ch in text if ch.isspace())
    assert _count_chunks(text, ascii_space=ascii_space) == len(text.split())
