"""Direct quotations: where quoted speech starts and ends in the original text.

Quotation marks in scraped news are unreliable: straight and typographic marks
are mixed, closing marks are used as openers (``” Perhaps ...,” said X``),
some outlets write ``''double apostrophes''``, and quotes are left unclosed.
The scan is one linear pass:

* an opening mark (``“ „ « "`` or ``''``, or a ``”`` used as one) starts a
  quotation that ends at the next mark that can close it;
* an ambiguous mark (``"`` ``”``) glued to the end of a word and followed by a
  space is a stray closer (its opener was lost), not an opener;
* an unclosed quotation ends at the end of its paragraph (a line break), so a
  lost mark never swallows the rest of the article.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Quotation", "find_quotations"]

_CLOSERS: dict[str, frozenset[str]] = {
    "\u201c": frozenset({"\u201d", '"'}),
    "\u201e": frozenset({"\u201d", "\u201c", '"'}),
    "\u00ab": frozenset({"\u00bb"}),
    '"': frozenset({'"', "\u201d"}),
    "\u201d": frozenset({"\u201d", '"'}),
}
_AMBIGUOUS = frozenset({'"', "\u201d"})
_DOUBLE_APOSTROPHE = "''"


@dataclass(frozen=True, slots=True)
class Quotation:
    """A direct quotation ``[start, end)``, marks included."""

    start: int
    end: int
    closed: bool


def _is_stray_closer(text: str, i: int) -> bool:
    """Whether the ambiguous mark at ``i`` closes a quotation we never saw open."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (
        not before.isspace()
        and before not in "([{"
        and (after.isspace() or after in ".,;:!?)]}")
    )


def find_quotations(text: str) -> Iterator[Quotation]:
    """Yield the direct quotations of ``text`` in order, in linear time."""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "'" and text.startswith(_DOUBLE_APOSTROPHE, i):
            j = text.find(_DOUBLE_APOSTROPHE, i + 2)
            eol = text.find("\n", i + 2)
            eol = n if eol < 0 else eol
            if 0 <= j < eol:
                yield Quotation(i, j + 2, True)
                i = j + 2
            else:
                yield Quotation(i, eol, False)
                i = eol
            continue
        closers = _CLOSERS.get(ch)
        if closers is None or (ch in _AMBIGUOUS and _is_stray_closer(text, i)):
            i += 1
            continue
        j = i + 1
        while j < n and text[j] not in closers and text[j] != "\n":
            j += 1
        if j < n and text[j] in closers:
            yield Quotation(i, j + 1, True)
            i = j + 1
            continue
        yield Quotation(i, j, False)
        i = j
