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

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["Quotation", "find_quotations", "quotations_of"]

_CLOSERS: dict[str, frozenset[str]] = {
    "\u201c": frozenset({"\u201d", '"'}),
    "\u201e": frozenset({"\u201d", "\u201c", '"'}),
    "\u00ab": frozenset({"\u00bb"}),
    '"': frozenset({'"', "\u201d"}),
    "\u201d": frozenset({"\u201d", '"'}),
}
_MARK = re.compile("''|[\"\u201c\u201d\u201e\u00ab]")
_CLOSE = {
    mark: re.compile("[" + re.escape("".join(sorted(closers))) + "]")
    for mark, closers in _CLOSERS.items()
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
    eol = -1
    while True:
        m = _MARK.search(text, i)
        if m is None:
            return
        i = m.start()
        mark = m.group()
        if eol <= i:  # else the line break found before is still the next one
            # found once per line, not once per mark: many marks on one long
            # line would otherwise each scan to its end (quadratic time)
            eol = text.find("\n", i + 1)
            eol = n if eol < 0 else eol
        if mark == _DOUBLE_APOSTROPHE:
            j = text.find(_DOUBLE_APOSTROPHE, i + 2, eol)
            if j >= 0:
                yield Quotation(i, j + 2, True)
                i = j + 2
            else:
                yield Quotation(i, eol, False)
                i = eol
            continue
        if mark in _AMBIGUOUS and _is_stray_closer(text, i):
            i += 1
            continue
        close = _CLOSE[mark].search(text, i + 1, eol)
        if close is not None:
            yield Quotation(i, close.end(), True)
            i = close.end()
        else:
            yield Quotation(i, eol, False)
            i = eol


@lru_cache(maxsize=4)
def quotations_of(text: str) -> tuple[Quotation, ...]:
    """``find_quotations(text)`` as a tuple, kept for the last few texts.

    The document and the scores both read a text's quotations; with this they
    find them once per text.
    """
    return tuple(find_quotations(text))
