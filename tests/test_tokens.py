"""The shared tokenizer: word tokens as parallel arrays, and grammar tokens."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reliability import tokens
from reliability.document import Document
from reliability.segment import split_sentences
from reliability.tokens import grammar_tokens, tokenize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dr. Ruiz, 52, said so.", ["Dr.", "Ruiz", ",", "52", ",", "said", "so", "."]),
        ("The U.N. office closed.", ["The", "U.N.", "office", "closed", "."]),
        ("a well-known baker's shop", ["a", "well-known", "baker's", "shop"]),
        # an initial, an abbreviation before a comma, and lower-case look-alikes
        # of titles that stay plain words
        ("Anna K. Berg left.", ["Anna", "K.", "Berg", "left", "."]),
        ("in Ariz., a dry state", ["in", "Ariz.", ",", "a", "dry", "state"]),
        ("mr. dr. st. ok", ["mr", ".", "dr", ".", "st", ".", "ok"]),
        ("Sens. Hale and Lt. Oma", ["Sens.", "Hale", "and", "Lt.", "Oma"]),
    ],
)
def test_tokens_grammar_tokens_keep_abbreviations_and_marks(text, expected):
    starts, ends, words = grammar_tokens(text, 0, len(text))
    assert words == expected
    assert [text[a:b] for a, b in zip(starts, ends, strict=True)] == words


def test_tokens_grammar_tokens_split_a_cue_glued_to_a_name():
    text = "The report was writtenByTom Park."
    words = grammar_tokens(text, 0, len(text), {"written"})[2]
    assert words[3:5] == ["written", "ByTom"]
    assert "writtenByTom" in grammar_tokens(text, 0, len(text))[2]


def test_tokens_tokenize_gives_parallel_arrays_with_offsets():
    words = tokenize("It's a well-known fact", offset=5)
    assert words.lowers == ["it's", "a", "well", "known", "fact"]
    assert words.starts[0] == 5 and words.ends[0] == 9
    assert len(words) == 5 and words.token(1).lower == "a"


def test_tokens_document_words_are_shared_and_match_tokens():
    text = "The clerk's note, dated Monday, was brief."
    doc = Document(text, split_sentences(text))
    assert doc.words is doc.words  # tokenised once per document
    assert [t.lower for t in doc.tokens] == doc.words.lowers == doc.lowers
    assert [text[t.start : t.end] for t in doc.tokens][:2] == ["The", "clerk's"]
    assert list(doc.token_range(0, 11)) == [0, 1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("İstanbul", ["i̇stanbul"]),  # a lower case longer than the letter
        ("ΟΔΟΣ ΣΑΣ", ["οδος", "σας"]),  # a final sigma, word by word
        # a final sigma before a full stop and a letter: the whole text
        # lower-cased at once would give "οδοσ"
        ("ΟΔΟΣ.ΑΝ", ["οδος", "αν"]),
        ("The U.S. Said", ["the", "u", "s", "said"]),
    ],
)
def test_tokens_tokenize_lowers_word_by_word(text, expected):
    words = tokenize(text)
    assert words.lowers == expected
    assert words.ends[-1] == len(text)


@given(st.text(alphabet="aAΣσ.İ'\u2019 1_-É", max_size=30))
def test_tokens_tokenize_lowers_each_word_on_its_own(text: str) -> None:
    words = tokenize(text)
    assert words.lowers == [
        text[a:b].lower() for a, b in zip(words.starts, words.ends, strict=True)
    ]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with its possessive repeats made plain greedy ones."""
    source = pattern.pattern.replace("*+", "*").replace("++", "+")
    return re.compile(source.replace("{2,}+", "{2,}"))


@given(st.text(alphabet="aA1_ '\u2019-.,\u00e9\nMr", max_size=40))
def test_tokens_are_those_the_backtracking_patterns_find(text: str) -> None:
    # The tokenizers use possessive repeats (no backtracking, faster); they
    # must find exactly what the plain greedy patterns find.
    words = tokenize(text)
    assert list(zip(words.starts, words.ends, strict=True)) == [
        m.span() for m in _plain(tokens._WORD).finditer(text)
    ]
    assert grammar_tokens(text, 0, len(text))[2] == _plain(tokens._GRAMMAR).findall(
        text
    )


@given(
    st.text(alphabet="aA1_ '\u2019-.,\u00e9\u0130\nMr\t", max_size=40),
    st.integers(0, 45),
    st.integers(0, 45),
    st.integers(0, 1000),
)
def test_tokens_offsets_are_those_of_a_search_over_the_window(
    text: str, a: int, b: int, offset: int
) -> None:
    # Both tokenizers take offsets from the lengths of the pieces a split
    # gives; they must be the spans a search from ``start`` to ``end`` finds.
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    found = [m.span() for m in tokens._GRAMMAR.finditer(text, start, end)]
    starts, ends, words = grammar_tokens(text, start, end)
    assert list(zip(starts, ends, strict=True)) == found
    assert words == [text[i:j] for i, j in found]
    words_of = tokenize(text[start:end], offset)
    spans = [m.span() for m in tokens._WORD.finditer(text, start, end)]
    assert list(zip(words_of.starts, words_of.ends, strict=True)) == [
        (i - start + offset, j - start + offset) for i, j in spans
    ]
    assert words_of.lowers == [text[i:j].lower() for i, j in spans]


@given(
    st.text(alphabet="abAB1 .,'-", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
def test_tokens_glue_hint_misses_no_split(text: str, a: int, b: int) -> None:
    # The hint only spares the split: splitting every window gives the same.
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    starts, ends, words = grammar_tokens(text, start, end)
    glued = {"a", "ab"}
    spans, split = tokens._split_glued(
        list(zip(starts, ends, strict=True)), words, glued
    )
    assert grammar_tokens(text, start, end, glued) == (
        [i for i, _ in spans],
        [j for _, j in spans],
        split,
    )


@given(
    st.text(alphabet="abAB1 .'", max_size=20), st.integers(0, 22), st.integers(0, 22)
)
def test_tokens_has_glue_looks_only_inside_the_window(
    text: str, a: int, b: int
) -> None:
    start, end = min(a, b), max(a, b)
    expected = re.search("[a-z][A-Z]", text[start:end]) is not None
    assert tokens.has_glue(text, start, end) == expected


@given(st.text(alphabet="aB1 -'\u2019,;:!?\"()\u00e9\u03a3\n.", max_size=40))
def test_tokens_plain_pattern_splits_dotless_text_as_the_full_one(text: str) -> None:
    # Without a full stop before the last character, the branches that need
    # one cannot match, so the short pattern gives the same pieces.
    if "." in text[:-1]:
        text = text[:-1].replace(".", " ") + text[-1:]
    assert tokens._PLAIN_PIECES.split(text) == tokens._GRAMMAR_PIECES.split(text)
