"""One sentence as the attribution rules read it, and the words' simple tests.

A :class:`Sentence` holds the grammar tokens of one body sentence (offsets,
surface forms, lower-case forms), the vocabulary and the syntax seam the
rules use, and a few positions computed once. :class:`Source` is a typed
token range; :class:`Cue` a cue token range with its class.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from reliability.annotators.attribution.lexicon import (
    LEADERS,
    NAME_PARTICLES,
    NOT_NAME,
    PARTICIPLE_IRREGULAR,
    AttributionLexicon,
    HeadClass,
    VerbClass,
)
from reliability.schema import SourceType
from reliability.tokens import QUOTE_LIKE, QUOTES, grammar_tokens

__all__ = [
    "Cue",
    "Sentence",
    "Source",
    "Subject",
    "Syntax",
    "is_cap",
    "is_lower_word",
    "is_name",
    "is_particle_name",
    "is_possessive",
    "is_possessive_mark",
    "join_double_apostrophes",
    "source_end",
    "split_contractions",
    "valid_head",
]

_POSSESSIVE = ("'s", "\u2019s")
_LEADERS = frozenset(QUOTES) | LEADERS
_NOT_HEADS = frozenset({HeadClass.MODIFIER, HeadClass.PRONOUN})


@dataclass(frozen=True, slots=True)
class Source:
    """A source phrase: token range ``[a, b]`` (inclusive) and its type."""

    a: int
    b: int
    type: SourceType
    confidence: float


@dataclass(slots=True)
class Cue:
    """A cue: token range ``[first, last]``, its class and lower-case form."""

    first: int
    last: int
    cls: VerbClass
    form: str


class Syntax(Protocol):
    """What the rules need to know about the phrases of a sentence.

    Token ranges are inclusive ``(first, last)`` indexes into the sentence's
    grammar tokens.
    """

    def subject_of(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """The noun phrase that ends at token ``k``, the subject of what follows.

        In "The city's mayor said", with ``k`` at "mayor": "The city's mayor".
        """
        ...

    def object_of(self, s: Sentence, j: int, stop: int) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``j`` and ends before ``stop``.

        In "according to a local official", with ``j`` at "a": "a local
        official".
        """
        ...

    def head_of(self, s: Sentence, a: int, b: int) -> int:
        """The head token of the phrase ``[a, b]``.

        "a spokesman for the city" -> "spokesman".
        """
        ...


@dataclass(slots=True)
class Subject:
    """The phrase a clause subject search found from token ``start`` (per sentence).

    ``walk_end`` is where the phrase walk stopped; ``apposition_end`` and
    ``source`` are filled when first needed.
    """

    start: int
    chunk: tuple[int, int] | None
    walk_end: int
    apposition_end: int | None = None
    source: Source | None = None


class Sentence:
    """The tokens of one sentence: offsets, surface forms and lower-case forms.

    ``lex`` is the vocabulary (``verbs``, ``heads`` and ``pronouns`` are kept
    at hand as attributes of their own), ``syntax`` the seam through which
    rules ask for subjects, objects and heads.
    """

    __slots__ = (
        "text",
        "starts",
        "ends",
        "words",
        "lows",
        "n",
        "has_quote",
        "walk_end",
        "subject",
        "_marks",
        "headline",
        "lex",
        "verbs",
        "heads",
        "pronouns",
        "syntax",
    )

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        lex: AttributionLexicon,
        syntax: Syntax,
    ) -> None:
        """Tokenise ``text[start:end]``; ``lex`` and ``syntax`` serve the rules."""
        self.text = text
        # "saidJones": a cue glued to a name by bad extraction is split
        self.starts, self.ends, words = grammar_tokens(text, start, end, lex.verbs)
        if text.find("''", start, end) >= 0:
            join_double_apostrophes(self.starts, self.ends, words)
        if has_inner_stop(words):
            join_title_stops(self.starts, self.ends, words, lex.heads, lex.title_stops)
        expanded: dict[int, str] | None = None
        if has_pronoun_contraction(text, start, end, lex.pronouns):
            expanded = split_contractions(self.starts, self.ends, words, lex)
        self.words = words
        self.lows = lows = list(map(str.lower, words))
        if expanded:
            for i, full in expanded.items():
                lows[i] = full
        if not lex.acronym_pronouns.isdisjoint(words):
            keep_acronyms(words, lows)
        self.n = len(words)
        self.has_quote = not QUOTE_LIKE.isdisjoint(words)
        self._marks: tuple[int, int, int, int] | None = None
        # where the last noun phrase walk to the right stopped
        self.walk_end = 0
        self.subject: Subject | None = None
        # broad mode: the document's first line, a headline
        self.headline = False
        self.lex = lex
        self.verbs: dict[str, VerbClass] = lex.verbs
        self.heads: dict[str, HeadClass] = lex.heads
        self.pronouns = lex.pronouns
        self.syntax = syntax

    def marks(self) -> tuple[int, int, int, int]:
        """Positions that rules would otherwise look for again at every cue.

        Returns ``(lead, comma, quote_or_comma, last_that)``: the first token
        that is not a quote mark or a conjunction, the first comma at or after
        it, the first quote-like mark or comma, the last "that" (``n`` or -1
        when absent). Computed once per sentence, so that a sentence with
        thousands of cues stays linear.
        """
        if self._marks is None:
            lows, n = self.lows, self.n
            lead = 0
            while lead < n and lows[lead] in _LEADERS:
                lead += 1
            comma = lead
            while comma < n and lows[comma] != ",":
                comma += 1
            first = 0
            while first < n and not (
                self.words[first] in QUOTE_LIKE or lows[first] == ","
            ):
                first += 1
            last_that = n - 1
            while last_that >= 0 and lows[last_that] != "that":
                last_that -= 1
            self._marks = (lead, comma, first, last_that)
        return self._marks


def join_double_apostrophes(
    starts: list[int], ends: list[int], words: list[str]
) -> None:
    """Read two touching apostrophes as one quotation mark, in place.

    Plain-text archives and wire feeds often quote with doubled apostrophes
    (''We will win,'' said Mr. Lee), which the tokens hold as two "'"; the
    pair becomes one '"' spanning both, so the rules see a quotation mark.
    """
    i = len(words) - 2
    while i >= 0:
        if words[i] == "'" and words[i + 1] == "'" and ends[i] == starts[i + 1]:
            ends[i] = ends[i + 1]
            words[i] = '"'
            del starts[i + 1], ends[i + 1], words[i + 1]
        i -= 1


def has_inner_stop(words: list[str]) -> bool:
    """Whether a "." token stands anywhere but last: ["Gen", ".", "Lee", "."].

    A title joins only a stop with a word after it, so a sentence whose one
    stop ends it (most sentences) has nothing to join.
    """
    stops = words.count(".")
    return stops > 1 or (stops == 1 and words[-1] != ".")


def join_title_stops(
    starts: list[int],
    ends: list[int],
    words: list[str],
    heads: dict[str, HeadClass],
    title_stops: frozenset[str],
) -> None:
    """Keep a title's abbreviating stop on the title, in place: "Spc." "Cllr.".

    "said Army Spc. Ann Lee", "said Assoc. Prof. Ann Lee": a capitalised
    title of at most four letters (a title head word), or any title the
    sentence splitter lists as an abbreviation, with a touching full stop
    before a capitalised word or a bracket is one token, as "Mr." is, so
    the name after it stays in the phrase.
    """
    i = len(words) - 3
    while i >= 0:
        w = words[i]
        if (
            words[i + 1] == "."
            and ends[i] == starts[i + 1]
            and w[:1].isupper()
            and (
                (len(w) <= 4 and heads.get(w.lower()) == HeadClass.TITLE)
                or w.lower() in title_stops
            )
            and (words[i + 2][:1].isupper() or words[i + 2] in ("(", ")"))
        ):
            ends[i] = ends[i + 1]
            words[i] = w + "."
            del starts[i + 1], ends[i + 1], words[i + 1]
        i -= 1


#: A pronoun's contracted auxiliary and the word it stands for ("they've").
_CONTRACTIONS = {"ve": "have", "re": "are", "m": "am", "ll": "will"}
#: Pronouns whose "'s" before a participle is "is" ("it's said"), not "has".
_IS_PRONOUNS = frozenset({"it", "that", "there", "what", "here"})


_CONTRACTED = re.compile("['\u2019](?:[sd]|ve|re|ll|m)\\b", re.IGNORECASE)


def has_pronoun_contraction(
    text: str, start: int, end: int, pronouns: frozenset[str]
) -> bool:
    """Whether ``text[start:end]`` holds a pronoun with a contracted auxiliary.

    "she's", "They\u2019ve"; a cheap test before the tokens are split.
    """
    # the pattern opens with an apostrophe: without one it cannot match
    if text.find("'", start, end) < 0 and text.find("\u2019", start, end) < 0:
        return False
    for m in _CONTRACTED.finditer(text, start, end):
        a = b = m.start()
        while a > start and text[a - 1].isalpha():
            a -= 1
        if text[a:b].lower() in pronouns:
            return True
    return False


def split_contractions(
    starts: list[int], ends: list[int], words: list[str], lex: AttributionLexicon
) -> dict[int, str]:
    """Split "she's", "they've", "I'd" before a cue into pronoun and auxiliary.

    The rules then read "She's saying that" as "She is saying that" and
    "they've also argued" as "they have also argued": the pronoun is the
    subject. Only where a cue word follows within two words, and not an
    acronym ("the WHO's director").
    Returns, for each auxiliary token, the lower-case word it stands for:
    "'s" is "is" before an "-ing" form, after "it" or "that", or before a
    participle with "to" ("she's expected to"), else "has"; "'d" is "had"
    before a participle, else "would".
    """
    hits = [
        i
        for i, w in enumerate(words)
        if len(w) > 2 and ("'" in w or "\u2019" in w) and w[0] != "'"
    ]
    out: dict[int, str] = {}
    for i in reversed(hits):
        w = words[i]
        cut = max(w.rfind("'"), w.rfind("\u2019"))
        head, tail = w[:cut].lower(), w[cut + 1 :].lower()
        if (
            head not in lex.pronouns
            or tail not in ("s", "d", "ve", "re", "m", "ll")
            or (cut > 1 and w[:cut].isupper())
            or not any(x.lower() in lex.verbs for x in words[i + 1 : i + 3])
        ):
            continue
        mid = starts[i] + cut
        words[i : i + 1] = [w[:cut], w[cut:]]
        starts.insert(i + 1, mid)
        ends.insert(i, mid)
        out = {(k + 1 if k > i else k): v for k, v in out.items()}
        nxt = words[i + 2].lower() if i + 2 < len(words) else ""
        after = words[i + 3].lower() if i + 3 < len(words) else ""
        past = nxt.endswith("ed") or nxt in PARTICIPLE_IRREGULAR
        if tail == "s":
            passive = head in _IS_PRONOUNS or after == "to"
            out[i + 1] = "has" if past and not passive else "is"
        elif tail == "d":
            out[i + 1] = "had" if past else "would"
        else:
            out[i + 1] = _CONTRACTIONS[tail]
    return out


def keep_acronyms(words: list[str], lows: list[str]) -> None:
    """Keep "WHO", "US" and "IT" as written in ``lows``: names, not pronouns.

    An all-capital word spelled like a pronoun is an acronym ("the WHO
    said", "US officials"), unless its neighbours are capitals too (a
    headline in capitals: "WHO WILL PAY?").
    """
    n = len(words)
    for i, w in enumerate(words):
        if len(w) < 2 or not w.isupper() or not w.isalpha():
            continue
        if any(
            0 <= j < n
            and len(words[j]) > 1
            and words[j].isalpha()
            and words[j].isupper()
            for j in (i - 1, i + 1)
        ):
            continue
        lows[i] = w


def is_possessive(word: str) -> bool:
    """Whether ``word`` ends in a possessive "'s" ("the mayor's")."""
    return word.endswith(_POSSESSIVE)


def source_end(s: Sentence, b: int) -> int:
    """The end offset of a source whose last token is ``b``, without a possessive.

    "Lee's response: ..." -> the source "Lee" ends before "'s".
    """
    end = s.ends[b]
    if is_possessive(s.words[b]) and len(s.words[b]) > 2:
        end -= 2
    return end


def is_possessive_mark(s: Sentence, i: int) -> bool:
    """Whether the apostrophe at ``i`` ends a plural possessive ("the boys' bikes")."""
    return (
        i > 0
        and s.words[i] in ("'", "\u2019")
        and s.starts[i] == s.ends[i - 1]
        and s.lows[i - 1].endswith("s")
        and i + 1 < s.n
        and s.starts[i + 1] > s.ends[i]
    )


def is_cap(word: str) -> bool:
    """Whether ``word`` starts with a capital."""
    return word[:1].isupper()


def is_lower_word(word: str) -> bool:
    """A lower-case word, hyphenated ones included ("well-known")."""
    return word.islower() and word.replace("-", "").isalpha()


def is_name(s: Sentence, i: int) -> bool:
    """Whether token ``i`` may be part of a name: capitalised, not a function word.

    "Smith" and "Paris" are; "The", "Monday" and "He's" are not. A position
    outside the sentence (a look-ahead past its last token) is not.
    """
    if not 0 <= i < s.n:
        return False
    w = s.words[i]
    if not w[:1].isupper():  # is_cap, inline: this runs for most tokens
        return "-" in w and is_particle_name(w)
    low = s.lows[i]
    if low in NOT_NAME:
        return False
    if "'" in low or "\u2019" in low:
        low = low.replace("\u2019", "'").split("'")[0]  # "He's" -> "he"
    return low not in s.pronouns


def is_particle_name(w: str) -> bool:
    """ "al-Shabab", "el-Sisi": a lower-case name particle joined to a name."""
    head, _, rest = w.partition("-")
    return head in NAME_PARTICLES and rest[:1].isupper()


def valid_head(s: Sentence, i: int) -> bool:
    """Whether token ``i`` may head a source: a pronoun, a name or a head noun.

    "she", "Smith" and "officials" may; "senior" (a modifier) may not.
    """
    low = s.lows[i]
    if low in s.pronouns and not (low == "i" and s.words[i] != "I"):
        return True
    if is_name(s, i):
        return True
    cls = s.heads.get(low)
    return (cls is not None and cls not in _NOT_HEADS) or low == "sides"
