"""Direct quotations: where quoted speech starts and ends in the original text.

Quotation marks in scraped news are unreliable (straight and typographic marks
mixed, closing marks used as openers, unclosed quotes). The scan is one linear
pass; an unclosed quotation ends at the end of its paragraph.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Quotation", "find_quotations"]

_OPEN = {"\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb", '"': '"'}
_AMBIGUOUS = {'"', "\u201d"}


@dataclass(frozen=True, slots=True)
class Quotation:
    """A direct quotation ``[start, end)``, marks included."""

    start: int
    end: int
    closed: bool


def find_quotations(text: str) -> Iterator[Quotation]:
    """Yield the direct quotations of ``text`` in order, in linear time."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch in _OPEN or ch == "\u201d":
            closers = {"\u201d", '"'} if ch in _AMBIGUOUS or ch == "\u201c" else {_OPEN[ch]}
            j = i + 1
            while j < n and text[j] not in closers and text[j] != "\n":
                j += 1
            if j < n and text[j] in closers:
                yield Quotation(i, j + 1, True)
                i = j + 1
                continue
            yield Quotation(i, j, False)
            i = j
            continue
        i += 1
