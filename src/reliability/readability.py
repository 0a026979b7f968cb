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
# Punctuation deleted from a text's UTF-8 bytes before the regular expression
# reads what is left (``_without_punctuation``): every ASCII mark, and the
# typographic quotes, dashes and ellipsis that most news text holds beyond
# ASCII. A character's UTF-8 bytes never occur inside another's, and an ASCII
# byte is only ever its ASCII character.
_ASCII_PUNCTUATION = bytes(c for c in range(128) if _PUNCTUATION.match(chr(c)))
# They are deleted in one pass of this expression (its branches share their
# first two bytes, which the regular expression engine scans for).
_TYPOGRAPHIC = re.compile(
    b"|".join(
        re.escape(m.encode()) for m in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026"
    )
)
# The ASCII white space of ``str.split``, each made a space.
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())
_TO_SPACE = bytes.maketrans(_ASCII_SPACE, b" " * len(_ASCII_SPACE))


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
    body = " ".join([text[s.start : s.end] for s in sentences if not s.boilerplate])
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
    # list_words(rm_apostrophe=True): the word characters of each chunk that
    # has any. Their number is count_words (a chunk survives punctuation
    # removal with or without its apostrophes alike), their letters are
    # count_letters, and the long ones count_long_words.
    bare = _without_punctuation(text)
    words = bare.split()
    n_words = len(words)
    letters = sum(map(len, words))
    long_words = len([w for w in words if len(w) > _LONG])
    # count_chars(ignore_spaces=True): the characters that are not white
    # space. ``bare`` holds every white space character of the text and the
    # letters, nothing else, so the white space is its length beyond them.
    chars = len(text) - (len(bare) - letters)
    # count_words(rm_punctuation=False): the chunks between white space; the
    # white space of ``bare`` is the text's, so it says whether all is ASCII.
    tokens = _count_chunks(text, ascii_space=bare.isascii())
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


def _without_punctuation(text: str) -> str:
    """``text`` without its punctuation: ``_PUNCTUATION.sub("", text)``, faster.

    ASCII marks and the common typographic ones (``_TYPOGRAPHIC``) are
    deleted from the UTF-8 bytes at C speed; the regular expression reads
    what is left only when that is not ASCII (a letter such as "é", a rarer
    mark): most news bodies need no expression at all. Lone surrogates pass
    through the bytes and are left to the expression, which deletes them as
    before.

    >>> _without_punctuation("It’s “over” — for now.")
    'Its over  for now'
    """
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_PUNCTUATION)
    # Bytes that are all ASCII hold no typographic mark.
    if not data.isascii():
        data = _TYPOGRAPHIC.sub(b"", data)
    rest = data.decode("utf-8", "surrogatepass")
    return rest if rest.isascii() else _PUNCTUATION.sub("", rest)


def _count_chunks(text: str, *, ascii_space: bool) -> int:
    """``len(text.split())``, without building the chunks when it can.

    When every white space character of ``text`` is ASCII (``ascii_space``),
    each is made a space in the UTF-8 bytes and every run of them one space;
    the chunks are then one more than the spaces between them.

    >>> _count_chunks(" Two   chunks ", ascii_space=True)
    2
    """
    if not ascii_space:
        return len(text.split())
    data = text.encode("utf-8", "surrogatepass").translate(_TO_SPACE)
    while b"  " in data:
        data = data.replace(b"  ", b" ")
    data = data.strip(b" ")
    return data.count(b" ") + 1 if data else 0


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
