"""The annotator contract and the base class of lexicon-driven annotators."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import ClassVar, Protocol, runtime_checkable

from reliability.document import Document, tokenize
from reliability.findings import Finding, Layer, SpanFinding
from reliability.resources import Lexicon, load_lexicon

__all__ = ["Annotator", "LexiconAnnotator"]


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
    override ``accept`` to veto a match. Matching is one pass over the words of
    each body sentence, trying the longest phrase first, so it runs in time
    linear in the text.
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
            words = tuple(t.lower for t in tokenize(entry))
            if words:
                self._phrases.setdefault(words, entry)
        self._longest = max((len(k) for k in self._phrases), default=0)
        self._first = {k[0] for k in self._phrases}

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Whether the match ``[start, end)`` of ``entry`` should be kept."""
        return True

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield one finding per accepted lexicon match in the body."""
        tokens, text = doc.tokens, doc.text
        for _, seg in doc.content_segments():
            idx = doc.token_range(seg.start, seg.end)
            i, stop = idx.start, idx.stop
            while i < stop:
                if tokens[i].lower not in self._first:
                    i += 1
                    continue
                matched = 0
                for n in range(min(self._longest, stop - i), 0, -1):
                    words = tokens[i : i + n]
                    if n > 1 and any(
                        text[a.end : b.start].strip(" -\u2010\u2011")
                        for a, b in zip(words, words[1:], strict=False)
                    ):
                        continue
                    entry = self._phrases.get(tuple(t.lower for t in words))
                    if entry is None:
                        continue
                    start, end = words[0].start, words[-1].end
                    if self.skip_quotations and doc.in_quotation(start, end):
                        break
                    if self.accept(doc, start, end, entry):
                        matched = n
                        yield SpanFinding(
                            self.layer,
                            start,
                            end,
                            f"lexicon:{self.lexicon}:{entry}",
                            self.confidence,
                        )
                    break
                i += matched or 1
