"""The shortcuts of the claim tests answer as the full tests would."""

from __future__ import annotations

import pytest

from reliability.annotators.claims.assessment import _outside_asides
from reliability.annotators.claims.lexicon import (
    _BLURB,
    _FIRST_PERSON_SUBJECT,
    _HINDSIGHT,
    _MODALS,
    _NECESSITY,
    _OPENING_KINDS,
    _PAGE_NOTE_WORDS,
    _POINTER_WORDS,
    _SPEECH_ACT_KEYS,
    _STORY_INTRO,
    _VOICE_KEYS,
    _forecast_or_product_words,
    _kind_starts,
    _late_keys,
    _sentence_keys,
)
from reliability.annotators.claims.sourcing import _TITLE_AT_END, _ends_with_title
from reliability.tokens import tokenize


@pytest.mark.parametrize(
    "words",
    [
        _late_keys(),
        _forecast_or_product_words(),
        _VOICE_KEYS,
        _PAGE_NOTE_WORDS,
        _POINTER_WORDS,
        _NECESSITY,
        _FIRST_PERSON_SUBJECT,
        _MODALS,
        _SPEECH_ACT_KEYS,
        _kind_starts(_OPENING_KINDS),
        _kind_starts(_BLURB),
        _kind_starts(_STORY_INTRO),
        _kind_starts(_HINDSIGHT),
        frozenset({"this", "you", "from"}),
    ],
)
def test_sentence_keys_hold_every_gate_word(words: frozenset[str]) -> None:
    # A gate tests the sentence's keys: a word missing from them is never found.
    assert words <= _sentence_keys()


@pytest.mark.parametrize(
    "sentence",
    [
        "The statement was read out by Maj.",
        "The award went to the team's coach (Dr.)",
        "The talks were held in Washington, D.C.",
        "She moved to the U.S.",
        "The vote was held on Tuesday.",
        "Profits rose by 5 per cent.",
        "Ask Mr.",
        "X.",
        "Dr.",
        "",
        "The report was signed by the chief, Cllr.\n",
        "A note from theMaj.",
    ],
)
def test_title_search_from_the_tail_matches_a_full_search(sentence: str) -> None:
    expected = _TITLE_AT_END.search(sentence) is not None
    assert _ends_with_title(sentence) is expected


@pytest.mark.parametrize(
    ("sentence", "outside"),
    [
        ("The plan is a good one.", ["the", "plan", "is", "a", "good"]),
        (
            "The plan - drawn up in haste - is a good one.",
            ["the", "plan", "is", "a", "good"],
        ),
        # An odd dash ends a dateline, which is no part of the main clause.
        ("LONDON \u2014 The plan is a good one.", ["the", "plan", "is", "a", "good"]),
    ],
)
def test_words_outside_asides(sentence: str, outside: list[str]) -> None:
    words = tokenize(sentence)
    kept = _outside_asides(sentence, words.starts, words.ends, len(words) - 1)
    assert [words.lowers[k] for k in kept] == outside
