"""What the segmentation tests share: body paragraphs to set a line between,
and the rule the splitter gives each sentence (rules only, no model)."""

from __future__ import annotations

from typing import Literal

from reliability.segment import split_sentences
from reliability.segment.sentences import Piece

LEAD = (
    "The harbour authority closed the eastern pier on Monday after a storm "
    "damaged the sea wall and flooded the car park.\n\n"
)
TAIL = (
    "\n\nRepairs are expected to take several weeks, and the ferry will sail "
    "from the western pier until then.\n"
)


def line_rules(text: str) -> list[tuple[str, str | None]]:
    """Each sentence's text and the rule that flagged it (None for body)."""
    return [(text[s.start : s.end], s.rule) for s in split_sentences(text, model=None)]


def rules_around(
    before: str, line: str, after: str, *, model: Literal["shipped"] | None = "shipped"
) -> tuple[list[str | None], list[str | None]]:
    """The rules of ``line``'s sentences, and of the sentences around it.

    ``line`` is set between ``before`` and ``after`` as a page shows it;
    ``model=None`` runs the rules alone.
    """
    text = before + line + after
    a, b = len(before), len(before) + len(line)
    segments = split_sentences(text, model=model)
    inside = [s.rule for s in segments if s.start < b and s.end > a]
    around = [s.rule for s in segments if s.end <= a or s.start >= b]
    return inside, around


def line_pieces(text: str) -> list[Piece]:
    """One piece per line of ``text``, for the rules that take pieces."""
    out: list[Piece] = []
    start = 0
    for n, line in enumerate(text.split("\n")):
        out.append(Piece(start, start + len(line), n, True))
        start += len(line) + 1
    return out
