"""Lines that share a list marker with chrome, after every other verdict.

Runs last, on the final verdicts (the rules', the model's where one ships, and
``flanked``'s): a page lays out its teaser lists, related-story rows and
"Latest news" boxes as lines that open with the same marker ("\u2022 ",
"\u00bb ", "\u25ba "). When most such lines of a text are already flagged,
the list is chrome and the rest of its lines are flagged too; a story's own
bulleted list, whose lines the rules leave in the body, keeps them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from reliability.segment.boilerplate.shapes import _at_line_start
from reliability.segment.sentences import Piece

__all__ = ["SIBLING_RULE", "flag_siblings"]

#: The rule a line flagged for its flagged siblings carries.
SIBLING_RULE = "boilerplate:siblings"

#: A list marker that pages give to links and teasers, then a space. A hyphen
#: or an asterisk opens a story's own lists as often as a page's, and numbers
#: open steps and rankings: none of them counts.
_MARKER = re.compile(r"([\u2022\u25aa\u25b8\u25ba\u00bb\u203a])[ \t\u00a0]")

#: Lines with one marker a text must hold before their verdicts are compared.
_LEAST_LINES = 3


def _marker_at_line_start(text: str, p: Piece) -> str | None:
    """The list marker ``p`` opens its line with, or None.

    >>> _marker_at_line_start("Top\\n\\u2022 Storm hits coast", Piece(4, 21, 1, True))
    '\u2022'
    >>> _marker_at_line_start("Top \\u2022 Storm", Piece(4, 11, 0, False)) is None
    True
    """
    if not _at_line_start(text, p.start):
        return None
    m = _MARKER.match(text, p.start, p.end)
    return m.group(1) if m else None


def flag_siblings(
    text: str, pieces: list[Piece], rules: list[str | None]
) -> list[str | None]:
    """Flag the lines of a marked list whose other lines are mostly flagged.

    Lines that open with the same list marker are siblings; when a text
    holds three or more and more than half are flagged, the others are
    flagged as well.

    >>> text = "\\u2022 One\\n\\u2022 Two\\n\\u2022 Three"
    >>> pieces = [Piece(0, 5, 0, True), Piece(6, 11, 1, True), Piece(12, 19, 2, True)]
    >>> flag_siblings(text, pieces, ["boilerplate:nav", None, "boilerplate:nav"])
    ['boilerplate:nav', 'boilerplate:siblings', 'boilerplate:nav']

    Args:
        text: The raw document.
        pieces: Its sentences.
        rules: The verdicts, one per piece (None: body).

    Returns:
        A new list of verdicts.
    """
    lists: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(pieces):
        marker = _marker_at_line_start(text, p)
        if marker is not None:
            lists[marker].append(i)
    out = list(rules)
    for members in lists.values():
        flagged = sum(rules[i] is not None for i in members)
        if len(members) >= _LEAST_LINES and flagged * 2 > len(members):
            for i in members:
                if out[i] is None:
                    out[i] = SIBLING_RULE
    return out
