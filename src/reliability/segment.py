"""Sentence splitting with exact offsets, and boilerplate flags.

Sentences end at a line break, or at ``.`` ``?`` ``!`` (with any closing quote
marks) followed by whitespace, unless the stop ends an abbreviation, an
initial or a number. Offsets index the original text; sentences never include
surrounding whitespace.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Segment", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence ``[start, end)`` of the original text."""

    start: int
    end: int
    boilerplate: bool = False
    rule: str | None = None


_BREAK = re.compile(r"[.?!…]+[\"'\u201d\u2019)\]]*(?=\s)|\n")
_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj adm gov sen rep st jr sr inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec no vs etc u.s u.k u.n e.g i.e".split()
)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BREAK.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if m.group() != "\n":
            word = text[max(start, m.start() - 12) : m.start()].rsplit(None, 1)
            last = word[-1].lower() if word else ""
            if last.rstrip(".") in _ABBREV or re.fullmatch(r"[A-Za-z]", last):
                continue
        yield start, end
        start = m.end()
    yield start, len(text)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str) -> list[Segment]:
    """Split ``text`` into sentences; every non-space character is in one."""
    out: list[Segment] = []
    for a, b in _lines(text):
        a, b = _trim(text, a, b)
        if a < b:
            out.append(Segment(a, b))
    return out
