"""Readability figures: textstat's formulas over counts taken in one pass.

The figures are reported with every document's scores; the automated
readability index of the body is also the text score's ``reading_grade``
signal (``reliability.scoring``). Only formulas that need no pronouncing
dictionary are used (automated readability index, Coleman-Liau index, LIX):
they count characters, letters, words and sentences.

They are textstat's figures (textstat 0.7.x, ``textstat.backend``), to the
last bit. textstat has no entry point that takes counts: each of its formulas
takes the text and runs its own regular expressions over it again (its
sentence count re-counts the words of every sentence), eight passes over the
body in all. Here each count textstat's formulas read is taken once, by the
definition textstat gives it, and the formulas are textstat's, term for term.
``tests/test_readability.py`` checks every figure against textstat itself on
news-like and arbitrary text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

__all__ = ["body_readability", "readability"]

# textstat's ``count_sentences``: a run that starts at a word boundary and
# holds no sentence mark, with the marks that end it.
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")
# textstat's ``remove_punctuation`` with ``rm_apostrophe=True``.
_PUNCTUATION = re.compile(r"[^\w\s]")
# textstat's ``count_sentences`` drops a run of two words or fewer, counting
# its words as ``\w\S*`` finds them: one per whitespace-separated chunk that
# holds a word character. A run is kept when this matches from its start: the
# first word chunk (taken whole), then the first word character after it, and
# so on to a third chunk, without listing every chunk of the run. Every step
# is possessive or atomic, so a failed match is never retried from a later
# character: the time stays linear in the run (a run of one long word
# included).
_THREE_CHUNKS = re.compile(r"\W*+\w\S*+(?>[\s\S]*?\w)\S*+(?>[\s\S]*?\w)")
# textstat's ``count_long_words``: more than this many letters.
_LONG = 6


class _Span(Protocol):
    start: int
    end: int
    boilerplate: bool


def body_readability(
    text: str, sentences: Iterable[_Span], *, lang: str = "en"
) -> dict[str, float]:
    """Readability figures of the body: the sentences that are not
    boilerplate, joined by single spaces (what reports show and what the
    text score's ``reading_grade`` reads)."""
    body = " ".join(text[s.start : s.end] for s in sentences if not s.boilerplate)
    return readability(body, lang=lang)


def readability(text: str, *, lang: str = "en") -> dict[str, float]:
    """Readability figures of ``text``; empty when it has no words.

    Args:
        text: The body text (boilerplate already left out).
        lang: Language code; textstat's three formulas used here are the same
            in every language it knows, so it changes nothing yet.

    Returns:
        ``automated_readability_index`` and ``coleman_liau_index`` (US school
        grade) and ``lix`` (higher is harder), rounded to two decimals.
    """
    if not any(ch.isalpha() for ch in text):
        return {}
    # count_chars(ignore_spaces=True) and count_words(rm_punctuation=False):
    # the characters that are not white space, and the chunks between them.
    chunks = text.split()
    chars = sum(map(len, chunks))
    tokens = len(chunks)
    # list_words(rm_apostrophe=True): the word characters of each chunk that
    # has any. Their number is count_words (a chunk survives punctuation
    # removal with or without its apostrophes alike), their letters are
    # count_letters, and the long ones count_long_words.
    words = _PUNCTUATION.sub("", text).split()
    n_words = len(words)
    letters = sum(map(len, words))
    long_words = len([w for w in words if len(w) > _LONG])
    # count_sentences: runs of two words or fewer are not sentences; at least 1.
    runs = _SENTENCE.findall(text)
    sentences = max(1, len(list(filter(_THREE_CHUNKS.match, runs))))
    return {
        "automated_readability_index": round(
            _ari(chars, tokens, n_words, sentences), 2
        ),
        "coleman_liau_index": round(_coleman_liau(letters, n_words, sentences), 2),
        "lix": round(_lix(n_words, long_words, sentences), 2),
    }


def _ratio(a: int, b: int) -> float:
    """``a / b``, and 0.0 for ``b == 0``, as textstat's ``*_per_*`` give it."""
    return a / b if b else 0.0


def _ari(chars: int, tokens: int, words: int, sentences: int) -> float:
    """textstat's ``automated_readability_index``."""
    a = _ratio(chars, tokens)
    b = _ratio(words, sentences)
    if a == 0 or b == 0:
        return 0.0
    return (4.71 * a) + (0.5 * b) - 21.43


def _coleman_liau(letters: int, words: int, sentences: int) -> float:
    """textstat's ``coleman_liau_index``."""
    per_word = _ratio(letters, words) * 100
    per_sentence = _ratio(sentences, words) * 100
    if per_word == 0 or per_sentence == 0:
        return 0.0
    return (0.058 * per_word) - (0.296 * per_sentence) - 15.8


def _lix(words: int, long_words: int, sentences: int) -> float:
    """textstat's ``lix``."""
    if not words:
        return 0.0
    per_long_words = 100 * long_words / words
    return _ratio(words, sentences) + per_long_words
