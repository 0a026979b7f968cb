"""Split a gold text into sentences by the seeds' rule (gold/README.md, rule 1).

A sentence ends at a line break, or at ``.`` ``?`` ``!`` (with any closing
quote or bracket) followed by whitespace. A period after a title, month,
initial or initialism ("Dr.", "Oct.", "K.", "U.S.") does not end a sentence.
Per document, ``keep`` lists passages that must stay one sentence (a paragraph
hard-wrapped over several lines, a list number "1. Culture") and ``cut`` lists
passages with a ``|`` where chrome glued to the body is cut (rule 3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

ABBREVIATIONS = frozenset(
    "Dr Mr Mrs Ms Maj Gen Col Lt Sgt Pfc Capt St Jan Feb Mar Apr Jun Jul Aug Sep "
    "Sept Oct Nov Dec Sat Sun Mon Tue Wed Thu Fri No Pa U.S U.N p.m a.m".split()
)
END = re.compile(r"[.?!][\"”’')\]]*(?=\s)")


def is_abbreviation(word: str) -> bool:
    """Return whether ``word`` before a period is a title, month or initial."""
    return word in ABBREVIATIONS or bool(re.fullmatch(r"[A-Z]", word))


def find_once(text: str, passage: str) -> int:
    """Return the offset of ``passage``, which must occur exactly once."""
    if text.count(passage) != 1:
        raise ValueError(f"{passage!r} occurs {text.count(passage)} times")
    return text.index(passage)


def split(
    text: str, *, keep: Sequence[str] = (), cut: Sequence[str] = ()
) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence, trimmed, in order."""
    breaks = {m.start() for m in re.finditer("\n", text)}
    for m in END.finditer(text):
        word = re.search(r"([\w.]+)\.$", text[: m.start() + 1])
        if not (m.group()[0] == "." and word and is_abbreviation(word.group(1))):
            breaks.add(m.end())
    for passage in keep:
        lo = find_once(text, passage)
        breaks -= set(range(lo + 1, lo + len(passage)))
    for passage in cut:
        breaks.add(find_once(text, passage.replace("|", "")) + passage.index("|"))
    out: list[tuple[int, int]] = []
    edges = sorted(breaks | {0, len(text)})
    for a, b in zip(edges, edges[1:], strict=False):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out
