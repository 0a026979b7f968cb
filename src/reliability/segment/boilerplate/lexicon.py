"""The boilerplate phrase lists, compiled.

:func:`_tables` reads ``data/lexicons/boilerplate_*`` once into
:class:`_Tables` (alternations keyed by normalised phrase); ``_normalize``
and ``_fold`` give the keys a line is looked up by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reliability.resources import load_lexicon
from reliability.segment.boilerplate.patterns import (
    _ASCII_LETTERS,
    _FUNCTION,
    _LEAD_JUNK,
    _LETTERS,
    _SHORT,
    _SPACES,
    _TRAIL_JUNK,
    _URL,
    _WORD,
)


def _alternation(entries: list[str]) -> str:
    parts = []
    for e in sorted(entries, key=len, reverse=True):
        parts.append(
            r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in e.split())
        )
    return "|".join(parts) or "(?!)"


class _Alternation:
    """A case-blind alternation of lexicon entries, matched by its first two letters.

    ``match`` gives what one regular expression of all the entries gives,
    but tries only the entries that open with the two characters at the
    position (most sentences open with two that none does): the others
    cannot match there, and the ones tried keep their order.
    """

    def __init__(self, entries: list[str], tail: str) -> None:
        self.full = re.compile(rf"(?i:{_alternation(entries)}){tail}")
        buckets: dict[str, list[str]] = {}
        every = [e for e in entries if not _keyed(e)]
        for e in entries:
            if _keyed(e):
                buckets.setdefault(e[:2], []).append(e)
        # An entry without a key is tried everywhere, in its place.
        self.by_key = {
            k: re.compile(
                rf"(?i:{_alternation([e for e in entries if e in v or e in every])})"
                f"{tail}"
            )
            for k, v in buckets.items()
        }
        self.rest = re.compile(rf"(?i:{_alternation(every)}){tail}") if every else None
        # The pattern for each two characters seen so far (None: no entry
        # can match), so that a repeated opening costs one dict look-up.
        self.seen: dict[str, re.Pattern[str] | None] = {}

    def pattern_for(self, two: str) -> re.Pattern[str] | None:
        """The pattern to try where the text opens with ``two`` (None: none)."""
        if len(two) < 2 or not two.isascii():
            return self.full
        key = two[0].lower() + " " if two[1].isspace() else two.lower()
        return self.by_key.get(key, self.rest)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``full.match(text, pos, endpos)``, trying only the entries that can match."""
        two = text[pos : pos + 2] if pos + 2 <= endpos else text[pos:endpos]
        seen = self.seen
        if two in seen:
            pattern = seen[two]
        else:
            pattern = self.pattern_for(two)
            if len(seen) < _SEEN_MAX:
                seen[two] = pattern
        return None if pattern is None else pattern.match(text, pos, endpos)


_SEEN_MAX = 1 << 14  # openings an ``_Alternation`` remembers, at most


def _keyed(entry: str) -> bool:
    """Whether ``entry`` opens with two ASCII characters, a space as the second."""
    return (
        len(entry) >= 2
        and entry[:2].isascii()
        and entry[0] not in " '"
        and (entry[1] == " " or not entry[1].isspace())
        and entry[1] != "'"
    )


@dataclass(frozen=True)
class _Tables:
    lines: dict[str, str]
    footer: frozenset[str]
    prefixes: dict[str, str]
    words: dict[str, str]
    prefix: _Alternation
    site_prefix: _Alternation
    phrase: re.Pattern[str]
    phrases: dict[str, str]
    glued_marker: _Alternation
    # Every phrase's runs of letters, filed under its key (the longest run
    # that is not a common word): a sentence holds a phrase only if it holds
    # all of that phrase's runs, so the (slow) search for one is skipped
    # unless some phrase's runs are all there.
    phrase_runs: dict[str, tuple[frozenset[str], ...]]
    # The same as ASCII bytes (phrases of ASCII letters only), for the fast
    # test on ASCII sentences.
    phrase_runs_ascii: dict[bytes, tuple[frozenset[bytes], ...]]
    # Words in the longest line entry, or in a line of word-class words.
    norm_words: int
    # The keys of ``phrase_runs`` and ``phrase_runs_ascii`` as sets: a
    # frozenset tests a list faster than a dict's keys do.
    phrase_keys: frozenset[str]
    phrase_keys_ascii: frozenset[bytes]

    def may_hold_phrase(self, norm: str) -> bool:
        """Whether ``norm`` holds every run of letters of some phrase.

        An ASCII sentence is split into its runs of letters by one byte
        translation, three times faster than the regular expression. Most
        sentences hold no phrase's key, which one set test tells.
        """
        if norm.isascii():
            ascii_runs = norm.encode().translate(_ASCII_LETTERS).split()
            ascii_table = self.phrase_runs_ascii
            ascii_keys = self.phrase_keys_ascii
            if ascii_keys.isdisjoint(ascii_runs):
                return False
            ascii_have = set(ascii_runs)
            return any(
                need <= ascii_have
                for key in ascii_keys.intersection(ascii_runs)
                for need in ascii_table[key]
            )
        runs = _LETTERS.findall(norm)
        table = self.phrase_runs
        keys = self.phrase_keys
        if keys.isdisjoint(runs):
            return False
        have = set(runs)
        return any(
            need <= have for key in keys.intersection(runs) for need in table[key]
        )

    def line_kind(self, label: str) -> str:
        return self.lines.get(_normalize(label), "nav")

    def prefix_kind(self, matched: str) -> str:
        return self.prefixes.get(_SPACES.sub(" ", _fold(matched.lower())), "nav")


@cache
def _tables() -> _Tables:
    lines = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_lines").entries.items()
    }
    footer = frozenset(load_lexicon("boilerplate_footer").entries)
    prefixes = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_prefixes").entries.items()
    }
    phrases = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_phrases").entries.items()
    }
    words = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_words").entries.items()
    }
    sites = list(load_lexicon("boilerplate_site_prefixes").entries)
    # Prefixes are matched case-insensitively on the original text, but the
    # next character must not be a lower-case letter or digit, so that
    # a label glued to a capitalised name ("image sourceWire Agency") matches
    # and "Also readers" does not.
    prefix = _Alternation(list(prefixes), "(?![a-z0-9])")
    site_prefix = _Alternation(sites, "(?=\\s)")
    phrase = re.compile(rf"(?<!\w)(?:{_alternation(list(phrases))})(?!\w)")
    labels = [
        k for k, v in lines.items() if len(k) >= 8 and v in ("ad", "nav", "related")
    ]
    glued_marker = _Alternation(labels, "(?=[A-Z][a-z])")
    runs: dict[str, list[frozenset[str]]] = {}
    for k in phrases:
        runs.setdefault(_phrase_key(k), []).append(frozenset(_LETTERS.findall(k)))
    ascii_runs = _ascii_runs(runs)
    return _Tables(
        lines,
        footer,
        prefixes,
        words,
        prefix,
        site_prefix,
        phrase,
        phrases,
        glued_marker,
        {k: tuple(v) for k, v in runs.items()},
        ascii_runs,
        max(_SHORT, *(len(_WORD.findall(k)) for k in lines)),
        frozenset(runs),
        frozenset(ascii_runs),
    )


def _ascii_runs(
    runs: dict[str, list[frozenset[str]]],
) -> dict[bytes, tuple[frozenset[bytes], ...]]:
    """``runs`` as bytes, without the phrases that no ASCII sentence holds."""
    out: dict[bytes, list[frozenset[bytes]]] = {}
    for key, needs in runs.items():
        for need in needs:
            if all(r.isascii() for r in need):
                out.setdefault(key.encode(), []).append(
                    frozenset(r.encode() for r in need)
                )
    return {k: tuple(v) for k, v in out.items()}


def _phrase_key(phrase: str) -> str:
    """The run of letters of ``phrase`` that a sentence must hold to hold it.

    The longest one that is not a common word, so that few sentences pass
    the test and reach the search for the phrases.
    """
    runs: list[str] = sorted(_LETTERS.findall(phrase), key=len, reverse=True)
    return next((r for r in runs if r not in _FUNCTION), runs[0])


def _site_teaser(text: str, start: int, end: int) -> bool:
    """'Also on example.com ...': a site prefix followed by a web address."""
    m = _tables().site_prefix.match(text, start, end)
    return bool(m and _URL.match(text, m.end(), end))


def _fold(s: str) -> str:
    """``s`` with curly quotes made straight (``replace`` beats ``translate``)."""
    if s.isascii():
        return s  # no curly quotes; ``isascii`` is a flag, not a scan
    return (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


def _normalize(s: str) -> str:
    # Splitting on whitespace and joining with a space collapses runs as
    # ``\s+`` would; the ends are junk that the strips below remove anyway.
    s = " ".join(_fold(s.lower()).split())
    return s.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK)
