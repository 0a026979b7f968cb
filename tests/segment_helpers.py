"""What the segmentation tests share: body paragraphs to set a line between,
and the rule the splitter gives each sentence (rules only, no model)."""

from __future__ import annotations

from reliability.segment import split_sentences

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
