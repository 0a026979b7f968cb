"""Tokens: the one tokenizer of the library, and the marks it knows.

A text is tokenised into parallel arrays (``starts``, ``ends``, ``lowers``)
rather than one object per word: a document has thousands of words, and
most readers only compare lower-case forms and offsets. Two grains share
this module:

* **words** (:func:`tokenize`): letters and digits with inner apostrophes
  ("it's", "O'Neil"). Lexicon matching (hedges, loaded language) and the
  claim tests read these; :class:`reliability.document.Document` computes
  them once per document and shares them.
* **grammar tokens** (:func:`grammar_tokens`): words joined by hyphens and
  apostrophes ("well-known"), abbreviations that keep their stop ("Mr.",
  "U.S."), and every punctuation mark as a token of its own. The attribution
  rules read a sentence in these.

Offsets are code-point offsets into the text given, never into a slice.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from itertools import accumulate
from typing import NamedTuple

__all__ = [
    "CLOSING_QUOTES",
    "DASHES",
    "QUOTES",
    "QUOTE_LIKE",
    "STOPS",
    "Token",
    "Tokens",
    "grammar_tokens",
    "has_glue",
    "tokenize",
    "word_spans",
]

_WORD = re.compile(r"\w++(?:['\u2019]\w++)*+")
# The same words as the one group of a split: the text falls into pieces
# ``[gap, word, gap, word, ..., gap]`` without a match object per word.
_WORD_PIECES = re.compile(f"({_WORD.pattern})")
_GRAMMAR = re.compile(
    r"(?:[A-Za-z]\.){2,}+"  # dotted acronyms: U.S., D.C.
    # Every branch of this group starts with a capital: the look-ahead spares
    # the regex engine trying each title at every other token (same matches).
    r"|(?=[A-Z])(?:"
    r"(?:Mr|Mrs|Ms|Dr|Gen|Sens?|Reps?|Gov|Rev|Lt|Col|Sgt|Capt|Maj|Adm|Jr|Sr|Prof"
    r"|St|Del|Amb|Atty|Det|Cpl|Pvt|Cmdr|Supt|Fr|Hon)\.(?=\s)"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: "John Q. Public"
    r"|[A-Z][\w-]*+\.(?=,)"  # an abbreviation before a comma: "Calif.,"
    r")"
    r"|\w++(?:[-'\u2019]\w++)*+"
    r"|[^\w\s]"
)
# Every repeat above is possessive (``*+``, ``++``): none can give back
# characters to let what follows match (``[\w-]`` holds no full stop), so the
# tokens are the same as the plain greedy repeats give, found without
# backtracking over every capitalised word.
# Split on it as its one group, as ``_WORD_PIECES`` is.
_GRAMMAR_PIECES = re.compile(f"({_GRAMMAR.pattern})")
# The last two branches of ``_GRAMMAR`` alone, split on the same way. Every
# earlier branch needs a full stop with a character after it (two for an
# acronym, a space or a comma for the others), so on a text with no full
# stop before its last character they find the same tokens.
_PLAIN_PIECES = re.compile(r"(\w++(?:[-'\u2019]\w++)*+|[^\w\s])")
_CAPITAL_SIGMA = "\u03a3"
# A lower-case letter run into a capital, found from the capital (rarer than
# a lower-case letter, so the regex engine skips to it at C speed). Searched
# from one past a window's start, the letter before it is inside the window.
_GLUE_HINT = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_GLUED = re.compile(r"([a-z]+)([A-Z][\w'\u2019-]*)")

#: Marks that open or close a direct quotation.
QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a')
#: Quotation marks and single marks, which close speech too ("'Go,' she said").
QUOTE_LIKE = QUOTES | frozenset("'\u2019")
#: Marks that close a quotation.
CLOSING_QUOTES = frozenset('"\u201d\u00bb')
#: Hyphens and dashes standing alone.
DASHES = frozenset("-\u2013\u2014\u2015")
#: Marks that end a clause.
STOPS = frozenset(".!?;")


class Token(NamedTuple):
    """A word ``[start, end)`` and its lower-case form."""

    start: int
    end: int
    lower: str


@dataclass(frozen=True, slots=True)
class Tokens:
    """Words as parallel arrays: ``starts[i]``, ``ends[i]``, ``lowers[i]``."""

    starts: list[int]
    ends: list[int]
    lowers: list[str]

    def __len__(self) -> int:
        return len(self.starts)

    def token(self, i: int) -> Token:
        """Word ``i`` as one :class:`Token`."""
        return Token(self.starts[i], self.ends[i], self.lowers[i])

    def as_list(self) -> list[Token]:
        """Every word as a :class:`Token`, in order."""
        return list(map(Token, self.starts, self.ends, self.lowers))


def index_of(lowers: list[str], word: str, start: int = 0) -> int:
    """The index of ``word`` in ``lowers`` from ``start``, or -1 (a C-speed scan).

    >>> index_of(["the", "cat", "the"], "the", 1)
    2
    >>> index_of(["the", "cat"], "dog")
    -1
    """
    try:
        return lowers.index(word, start)
    except ValueError:
        return -1


def word_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every word of ``text``.

    >>> word_spans("It's late.")
    [(0, 4), (5, 9)]
    """
    return [m.span() for m in _WORD.finditer(text)]


def tokenize(text: str, offset: int = 0) -> Tokens:
    """The words of ``text`` (letters, digits, inner apostrophes), offsets shifted.

    >>> tokenize("The cat's Mat", offset=10).lowers
    ['the', "cat's", 'mat']
    """
    lowered = text.lower()
    # Lower-casing the whole text is lower-casing it word by word, and splits
    # into the same words (no character becomes or stops being a word
    # character or an apostrophe), unless a character becomes two ("İ") or
    # the text holds a capital sigma, whose lower case depends on the letters
    # around it (a final "ς"): then each word is lower-cased on its own.
    whole = len(lowered) == len(text) and _CAPITAL_SIGMA not in text
    pieces = _WORD_PIECES.split(lowered if whole else text)
    # The running sum of the pieces' lengths: bounds[k + 1] is where piece k
    # ends, so word i (piece 2i + 1) spans bounds[2i + 1] to bounds[2i + 2].
    bounds = list(accumulate(map(len, pieces), initial=offset))
    words = pieces[1::2]
    if not whole:
        words = [w.lower() for w in words]
    return Tokens(bounds[1:-1:2], bounds[2::2], words)


def grammar_tokens(
    text: str, start: int, end: int, glued: Collection[str] = ()
) -> tuple[list[int], list[int], list[str]]:
    """The grammar tokens of ``text[start:end]``: starts, ends and surface forms.

    A lower-case word glued to a capitalised one by bad extraction is split
    when its lower-case part is one of ``glued`` ("saidJones" with "said").

    >>> grammar_tokens("Mr. Lee, 42, said so.", 0, 21)[2]
    ['Mr.', 'Lee', ',', '42', ',', 'said', 'so', '.']
    """
    # A slice, as searching from ``start`` to ``end`` does: the look-aheads of
    # the pattern never see past ``end`` either way.
    dotted = text.find(".", start, end - 1) >= 0
    pieces = (_GRAMMAR_PIECES if dotted else _PLAIN_PIECES).split(text[start:end])
    bounds = list(accumulate(map(len, pieces), initial=start))
    starts, ends, words = bounds[1:-1:2], bounds[2::2], pieces[1::2]
    if glued and has_glue(text, start, end):
        spans, words = _split_glued(list(zip(starts, ends, strict=True)), words, glued)
        return [a for a, _ in spans], [b for _, b in spans], words
    return starts, ends, words


def has_glue(text: str, start: int, end: int) -> bool:
    """Whether a lower-case letter runs into a capital in ``text[start:end]``."""
    return _GLUE_HINT.search(text, start + 1, end) is not None


def _split_glued(
    spans: list[tuple[int, int]], words: list[str], glued: Collection[str]
) -> tuple[list[tuple[int, int]], list[str]]:
    out_spans: list[tuple[int, int]] = []
    out_words: list[str] = []
    for (a, b), w in zip(spans, words, strict=True):
        g = _GLUED.fullmatch(w)
        if g is not None and g.group(1).lower() in glued:
            cut = a + len(g.group(1))
            out_spans += [(a, cut), (cut, b)]
            out_words += [g.group(1), g.group(2)]
        else:
            out_spans.append((a, b))
            out_words.append(w)
    return out_spans, out_words
