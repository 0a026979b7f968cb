"""What the sentence tests read about the whole document, found in one pass.

``_document_facts`` gives each token's straightened lower-case form, the
running count of checkable anchors (numbers, dates, names), the reporting
words of the text, the quotation starts and whether the text holds any word
that a speech act, a self-introduction or a study's finding needs, so that
most sentences skip those tests.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress

from reliability.annotators.claims.lexicon import (
    _ANCHOR_WORDS,
    _APOSTROPHES,
    _CASE_TRAPS,
    _FINDING_SOURCES,
    _FINDING_VERBS,
    _GATE_WORDS,
    _HINT_SET,
    _LOWER_HINT,
    _NOT_NAMES,
    _REPORTING_HINT,
    _SELF_INTRO_KEYS,
    _SPEECH_ACT_KEYS,
    _WORD_CHAR,
)
from reliability.document import Document


@dataclass(frozen=True, slots=True)
class _DocumentFacts:
    """What the sentence tests read about the whole document, found in one pass.

    ``lowers``: every token's lower-case form with curly apostrophes made
    straight. ``anchors``: ``anchors[k]`` is the number of checkable anchors
    among the first ``k`` tokens. ``hint_starts``/``hint_ends``: the reporting
    words (``_REPORTING_HINT``) of the whole text. ``quote_starts``: start
    offsets of the quotations. ``speech_acts``: whether any word could open
    a speaker's own speech act (``_is_speech_act``); ``self_intros``:
    whether any could introduce a speaker (``_is_self_introduction``);
    ``findings``: whether
    the text holds both a study's noun and a verb of its finding
    (``_states_finding``): most texts hold neither, and skip the tests.
    """

    lowers: list[str]
    anchors: list[int]
    hint_starts: list[int]
    hint_ends: list[int]
    quote_starts: list[int]
    speech_acts: bool
    self_intros: bool
    findings: bool

    def has_hint(self, text: str, start: int, end: int) -> bool:
        """Whether ``_REPORTING_HINT.search(text, start, end)`` finds a word."""
        # Hints are whole words, so they never overlap: the first one at or
        # after ``start`` ends first.
        k = bisect_left(self.hint_starts, start)
        if k < len(self.hint_starts) and self.hint_ends[k] <= end:
            return True
        if end < len(text) and _WORD_CHAR.match(text, end):
            # A search that stops inside a word sees a word end there
            # ("say" in "sayings"): only a search of the window knows.
            return _REPORTING_HINT.search(text, start, end) is not None
        return False


def _document_facts(doc: Document) -> _DocumentFacts:
    """Compute the per-document facts of ``judge_sentence`` once."""
    text, words = doc.text, doc.words
    joined = _joined_words(doc)
    lowers = doc.lowers
    if "\u2019" in text:
        # Straighten the few words with a curly apostrophe ("it\u2019s").
        lowers = list(lowers)
        for k in joined:
            lowers[k] = lowers[k].replace("\u2019", "'")
    # Most words open in lower case: then only a number or date word is an
    # anchor, and the two other tests are skipped.
    flags = [
        (w in _ANCHOR_WORDS)
        if text[start].islower()
        else (
            w in _ANCHOR_WORDS
            or w[0].isdigit()
            or (text[start].isupper() and w not in _NOT_NAMES)
        )
        for start, w in zip(words.starts, words.lowers, strict=True)
    ]
    hints = _reporting_words(doc, joined)
    gates = _GATE_WORDS.intersection(doc.lowers)  # one pass for the three tests
    return _DocumentFacts(
        lowers=lowers,
        anchors=list(accumulate(flags, initial=0)),
        hint_starts=[a for a, _ in hints],
        hint_ends=[b for _, b in hints],
        quote_starts=[q.start for q in doc.quotations],
        speech_acts=not _SPEECH_ACT_KEYS.isdisjoint(gates),
        self_intros=not _SELF_INTRO_KEYS.isdisjoint(gates),
        findings=not _FINDING_SOURCES.isdisjoint(gates)
        and not _FINDING_VERBS.isdisjoint(gates),
    )


def _joined_words(doc: Document) -> list[int]:
    """Indexes of the tokens with an apostrophe inside ("it's", "O\u2019Brien")."""
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    joined: set[int] = set()
    for mark in _APOSTROPHES:
        i = text.find(mark)
        while i >= 0:
            k = bisect_right(starts, i) - 1  # the last word starting by i
            if k >= 0 and ends[k] > i:
                joined.add(k)
            i = text.find(mark, i + 1)
    return sorted(joined)


def _reporting_words(doc: Document, joined: list[int]) -> list[tuple[int, int]]:
    """The spans ``_REPORTING_HINT.finditer(doc.text)`` gives, found from the words.

    Where lower-casing keeps the offsets and agrees with IGNORECASE, a match
    is a run of word characters equal to a reporting word: a whole token, or
    a part of a token with an apostrophe ("say's"; ``joined`` lists those
    tokens). Looking the tokens up costs a fraction of a regex pass over the
    text.
    """
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    lowered = text.lower()
    if len(lowered) != len(text) or any(c in text for c in _CASE_TRAPS):
        return [m.span() for m in _REPORTING_HINT.finditer(text)]
    found = compress(range(len(starts)), map(_HINT_SET.__contains__, doc.lowers))
    spans = [(starts[k], ends[k]) for k in found]
    if joined:
        for k in joined:
            if _HINT_SET.isdisjoint(doc.lowers[k].replace("\u2019", "'").split("'")):
                continue  # "it's", "don't": no part is a reporting word
            spans += [
                m.span() for m in _LOWER_HINT.finditer(lowered, starts[k], ends[k])
            ]
        spans.sort()
    return spans
