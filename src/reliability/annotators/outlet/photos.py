"""A photo credited to the page's own staff: "Jane Doe / Example News".

A news site credits its staff photographers with its own name at the end
of a caption: "Residents queue outside the centre. Jane Doe / Example
News", "(Photo: Jane Doe/The Example Times)", "Credit: Jane Doe / Example
Radio". An agency's picture ("Jo Cole / Example Wire") travels to every
site that buys it, and a handout ("Jo Cole / Example Navy") is an
official's; neither names the page's outlet.
"""

from __future__ import annotations

import re

from reliability.annotators.outlet.shapes import _Found, _named
from reliability.outlets.table import NON_MEDIA_KINDS, OutletTable

__all__ = ["staff_photo"]


# The slash of a credit, before the outlet's capital.
_SLASH = re.compile(r"[ \t]*/[ \t]*(?=[A-Z])")


# The photographer's name ending just before the slash: "Jane Doe", "Photo:
# Jane Q. Doe", "Credit: Jane Doe".
_PHOTOGRAPHER = re.compile(
    r"(?<![\w/])[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}\Z"
)


# The outlet after the slash, ending the caption (at the line's end or a
# closing bracket). "... / Example Times via Example Wire" is another
# outlet's picture sold on.
_OUTLET_AFTER = re.compile(r"(?P<name>[A-Z][^\n/()\[\]]{1,40}?)[ \t]*(?=[)\]]|$)", re.M)


# How far before the slash the photographer's name may begin.
_PHOTOGRAPHER_CHARS = 60


# Kinds whose credit is no staff photographer's: agencies sell pictures,
# platforms host them, offices hand them out.
_NOT_STAFF = frozenset({"wire agency", "platform"}) | NON_MEDIA_KINDS


def staff_photo(table: OutletTable, text: str) -> _Found | None:
    """The news outlet a caption credits its photographer to.

    "Jane Doe / Example News" closing a caption line, or "(Photo: Jane
    Doe/The Example Times)": the outlet's own photographer, so the page is
    the outlet's. An agency ("/ Example Wire"), a platform or an official
    body ("/ Example Navy") is passed over, as is a name the registry
    lacks. A fallback, used when the page shows nothing else.
    """
    if "/" not in text:
        return None
    for slash in _SLASH.finditer(text):
        m = _OUTLET_AFTER.match(text, slash.end())
        if m is None or not _PHOTOGRAPHER.search(
            text, max(0, slash.start() - _PHOTOGRAPHER_CHARS), slash.start()
        ):
            continue
        found = _named(table, text, *m.span("name"), "text:photo", 0.5, whole=True)
        if found is None or found.entry is None or found.entry.kind in _NOT_STAFF:
            continue
        return found
    return None
