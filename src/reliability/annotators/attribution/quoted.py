"""Quotation continuations and the document positions the annotator checks.

Sentences that continue a direct quotation attributed in another sentence
get a ``quoted`` flag (judgement call 22), so that the claims annotator does
not call them unsourced.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from reliability.document import Document
from reliability.findings import FlagFinding, Layer

__all__ = ["follows_quote", "is_headline", "quoted_flags"]


def is_headline(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a document's first line, with more after it."""
    if text[:start].strip() or "\n" in text[start:end].strip():
        return False
    rest = text[end:]
    stripped = rest.lstrip(" \t")
    return stripped.startswith(("\n", "\r")) and bool(stripped.strip())


def follows_quote(text: str, start: int) -> bool:
    """Whether ``start`` follows a quote ended by "!" or "?" (``“Stop!” he said``)."""
    p = start
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    return p >= 2 and text[p - 1] in '"\u201d' and text[p - 2] in "!?"


def quoted_flags(doc: Document, attributed: set[int]) -> Iterator[FlagFinding]:
    """Flag body sentences that continue an attributed quotation (call 22).

    A sentence mostly inside quotation marks, with no attribution of its own,
    is covered when another sentence of the same quotation is attributed, or
    when it directly follows an attributed sentence that quotes, or a sentence
    already covered this way (``"...," she said. "More."``).
    """
    quotes = doc.quotations
    if not quotes:
        return
    starts = [q.start for q in quotes]
    text = doc.text
    body = list(doc.content_segments())
    # quotation index -> attributed?
    quote_attributed: set[int] = set()
    seg_quotes: dict[int, list[int]] = {}
    inside: dict[int, float] = {}
    for index, seg in body:
        qi = max(0, bisect_right(starts, seg.start) - 1)
        covered = 0
        ids: list[int] = []
        while qi < len(quotes) and quotes[qi].start < seg.end:
            q = quotes[qi]
            ov = min(q.end, seg.end) - max(q.start, seg.start)
            if ov > 0:
                covered += ov
                ids.append(qi)
            qi += 1
        seg_quotes[index] = ids
        size = seg.end - seg.start
        spaces = text.count(" ", seg.start, seg.end)
        inside[index] = covered / max(1, size - spaces) if size else 0.0
        if index in attributed:
            quote_attributed.update(ids)
    covered_prev = False
    for pos, (index, _seg) in enumerate(body):
        ids = seg_quotes[index]
        flagged = False
        if index not in attributed and ids and inside[index] >= 0.6:
            if any(q in quote_attributed for q in ids):
                yield FlagFinding(Layer.QUOTED, index, True, "quote-continues", 0.9)
                flagged = True
            elif pos > 0:
                prev = body[pos - 1][0]
                if covered_prev or (prev in attributed and seg_quotes[prev]):
                    yield FlagFinding(Layer.QUOTED, index, True, "quote-follows", 0.75)
                    flagged = True
        covered_prev = flagged
