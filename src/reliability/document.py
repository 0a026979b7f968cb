"""Document: the read-only view of one text that every annotator receives.

It holds the original text, its segments (sentences with boilerplate flags),
the caller's metadata and the findings of the annotators that ran before.
Derived views (quotations, sentence lookup) are computed once and cached.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from reliability.findings import Finding, Layer
from reliability.quotes import Quotation, quotations_of
from reliability.schema import DocumentMeta
from reliability.segment import Segment
from reliability.tokens import Token, Tokens, tokenize

# ``Token`` and ``tokenize`` moved to ``reliability.tokens``; they stay
# importable from here.
__all__ = ["Document", "DocumentMeta", "Token", "Tokens", "tokenize"]


@dataclass(eq=False)
class Document:
    """A text, its segments and the findings so far. Annotators only read it."""

    text: str
    segments: Sequence[Segment]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    findings: list[Finding] = field(default_factory=list)

    def content_segments(self) -> Iterator[tuple[int, Segment]]:
        """``(index, segment)`` of every segment that is not boilerplate, in order.

        Every annotator walks these, some several times: the pairs are listed
        once per document.
        """
        return iter(self._content)

    @cached_property
    def _content(self) -> list[tuple[int, Segment]]:
        return [(i, seg) for i, seg in enumerate(self.segments) if not seg.boilerplate]

    @cached_property
    def _content_starts(self) -> list[int]:
        return [seg.start for _, seg in self._content]

    def content_segment_at(self, offset: int) -> Segment | None:
        """The body segment (not boilerplate) holding character ``offset``, if any."""
        k = bisect_right(self._content_starts, offset) - 1
        if k >= 0:
            seg = self._content[k][1]
            if offset < seg.end:
                return seg
        return None

    def segment_text(self, index: int) -> str:
        """The text of segment ``index``."""
        seg = self.segments[index]
        return self.text[seg.start : seg.end]

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.segments]

    def segment_at(self, offset: int) -> int | None:
        """Index of the segment containing character ``offset``, if any."""
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].end:
            return i
        return None

    @cached_property
    def quotations(self) -> tuple[Quotation, ...]:
        """Direct quotations in the text, in order."""
        return quotations_of(self.text)

    @cached_property
    def _quote_starts(self) -> list[int]:
        return [q.start for q in self.quotations]

    def in_quotation(self, start: int, end: int | None = None) -> bool:
        """Whether ``[start, end)`` lies inside a direct quotation."""
        end = start + 1 if end is None else end
        i = bisect_right(self._quote_starts, start) - 1
        return (
            i >= 0
            and self.quotations[i].start <= start
            and end <= self.quotations[i].end
        )

    @cached_property
    def words(self) -> Tokens:
        """Every word of the text as parallel arrays, tokenised once."""
        return tokenize(self.text)

    @cached_property
    def tokens(self) -> list[Token]:
        """Every word of the text, in order, one :class:`Token` each."""
        return self.words.as_list()

    @property
    def lowers(self) -> list[str]:
        """The lower-case form of every word, parallel to ``tokens``."""
        return self.words.lowers

    def token_range(self, start: int, end: int) -> range:
        """Indexes into ``tokens`` of the words that start in ``[start, end)``."""
        starts = self.words.starts
        return range(bisect_left(starts, start), bisect_left(starts, end))

    def findings_on(self, layer: Layer) -> list[Finding]:
        """The findings so far on ``layer``."""
        return [f for f in self.findings if f.layer == layer]
