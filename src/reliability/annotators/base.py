"""The annotator contract and the base class of lexicon-driven annotators."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from itertools import compress
from typing import ClassVar, Protocol, runtime_checkable

from reliability.document import Document
from reliability.findings import Finding, Layer, SpanFinding
from reliability.resources import Lexicon, load_lexicon
from reliability.tokens import tokenize

__all__ = ["Annotator", "LexiconAnnotator"]

_ALONE = (1,)  # the one phrase length to try: the word alone


@runtime_checkable
class Annotator(Protocol):
    """What every annotator is: a name, a version, layers, and ``annotate``.

    ``assigns`` are the layers it writes; ``requires`` the layers an earlier
    annotator must have written. ``annotate`` only reports findings: the
    pipeline sorts, dedupes and places them.
    """

    name: str
    version: str
    assigns: frozenset[Layer]
    requires: frozenset[Layer]

    def annotate(self, doc: Document) -> Iterable[Finding]:
        """Report the findings of this annotator on ``doc``."""
        ...


class LexiconAnnotator:
    """Marks the phrases of one packaged lexicon, word-aligned and case-blind.

    Subclasses set ``name``, ``version``, ``layer`` and ``lexicon`` and may
    override ``accept`` to veto a match. Matching is one pass over the words
    that start a phrase, trying the longest phrase first at each, so it runs
    in time linear in the text.
    """

    name: ClassVar[str]
    version: ClassVar[str] = "1"
    layer: ClassVar[Layer]
    lexicon: ClassVar[str]
    #: Skip matches inside direct quotations (ANNOTATION.md judgement call 14).
    skip_quotations: ClassVar[bool] = False
    confidence: ClassVar[float] = 0.9

    def __init__(self) -> None:
        self.assigns = frozenset({self.layer})
        self.requires: frozenset[Layer] = frozenset()
        self._lexicon: Lexicon = load_lexicon(self.lexicon)
        self.resources = {f"lexicons/{self.lexicon}": self._lexicon.sha256}
        self._phrases: dict[tuple[str, ...], str] = {}
        for entry in self._lexicon.entries:
            words = tuple(tokenize(entry).lowers)
            if words:
                self._phrases.setdefault(words, entry)
        # For each first word, the phrase lengths that start with it, longest
        # first: only those are tried at a candidate word.
        lengths: dict[str, set[int]] = {}
        for words in self._phrases:
            lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {w: sorted(ns, reverse=True) for w, ns in lengths.items()}

    @cached_property
    def _follows(self) -> dict[str, frozenset[str]]:
        """For each first word of a longer phrase, the words that come second.

        Built on first use: a subclass may change ``_phrases`` and
        ``_lengths`` in its ``__init__``.
        """
        follows: dict[str, set[str]] = {}
        for words in self._phrases:
            if len(words) > 1:
                follows.setdefault(words[0], set()).add(words[1])
        return {w: frozenset(ws) for w, ws in follows.items()}

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Whether the match ``[start, end)`` of ``entry`` should be kept."""
        return True

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield one finding per accepted lexicon match in the body."""
        words, text = doc.words, doc.text
        starts, ends, lowers = words.starts, words.ends, words.lowers
        lengths, phrases, follows = self._lengths, self._phrases, self._follows
        last = len(lowers) - 1
        # The words that start a phrase, found once for the whole text (at C
        # speed); only they are looked at, each placed in its body sentence.
        candidates = compress(range(len(lowers)), map(lengths.__contains__, lowers))
        seg_start = seg_end = stop = 0  # the body sentence of the last candidate
        resume = 0  # words before this are inside an earlier match
        for i in candidates:
            if i < resume:
                continue
            word = lowers[i]
            tries: Sequence[int] = lengths[word]
            # Most candidates are common words ("is", "it") that only start
            # longer phrases: when the next word starts none of them, only
            # the word alone can match.
            if i == last or lowers[i + 1] not in follows.get(word, ()):
                if tries[-1] != 1:
                    continue
                tries = _ALONE
            at = starts[i]
            if not seg_start <= at < seg_end:
                seg = doc.content_segment_at(at)
                if seg is None:
                    continue  # boilerplate, or between sentences
                seg_start, seg_end = seg.start, seg.end
                # A phrase ends inside its sentence: before word ``stop``.
                stop = bisect_left(starts, seg_end, i)
            for n in tries:
                if i + n > stop:
                    continue
                entry = phrases.get(tuple(lowers[i : i + n]))
                if entry is None:
                    continue
                if n > 1 and any(
                    text[ends[k] : starts[k + 1]].strip(" -\u2010\u2011")
                    for k in range(i, i + n - 1)
                ):
                    continue
                start, end = starts[i], ends[i + n - 1]
                if self.skip_quotations and doc.in_quotation(start, end):
                    break
                if self.accept(doc, start, end, entry):
                    resume = i + n
                    yield SpanFinding(
                        self.layer,
                        start,
                        end,
                        f"lexicon:{self.lexicon}:{entry}",
                        self.confidence,
                    )
                break
