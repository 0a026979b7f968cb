"""Sentences and boilerplate: ``split_sentences`` and the lexicons it reads.

Splitting (``segment.sentences``) and boilerplate flags
(``segment.boilerplate``) are separate modules; ``split_sentences`` runs one
then the other: each line is cut where extraction glued a boilerplate label to
the body, split into sentences, and every sentence is then flagged or not.
Where a boilerplate model ships (``data/models/boilerplate.json``), it is
consulted last, on the short sentences the rules left in the body
(``segment.learned``); ``split_sentences(text, model=None)`` runs the rules
alone. Last, a short sentence with a stop between two flagged sentences is
flagged as well (``boilerplate.flanked``), and so are the other lines of a
list whose lines open with the same marker when most of them are flagged
(``boilerplate.siblings``).
"""

from __future__ import annotations

from typing import Literal

from reliability.errors import ConfigError
from reliability.models import SentenceModel, shipped_boilerplate_model
from reliability.resources import load_lexicon
from reliability.segment.boilerplate import (
    boilerplate_rules,
    cut_glued_heads,
    cut_glued_labels,
    flag_flanked,
    flag_siblings,
    may_hold_inline_label,
)
from reliability.segment.learned import mark_with_model
from reliability.segment.sentences import Segment, split_pieces

__all__ = ["LEXICONS", "Segment", "data_digests", "split_sentences"]

#: The probability at which a boilerplate model marks a body sentence when its
#: file does not say (``combine.mark_at_least``).
_MARK_AT_LEAST = 0.5

#: The packaged lexicons sentence splitting and boilerplate flags read.
LEXICONS = (
    "abbreviations",
    "boilerplate_footer",
    "boilerplate_lead_ins",
    "boilerplate_lines",
    "boilerplate_phrases",
    "boilerplate_prefixes",
    "boilerplate_site_prefixes",
    "boilerplate_words",
    "function_words",
    "reporting_verbs",
)


def _cut_without_inline(
    text: str, start: int, end: int
) -> list[tuple[int, int, str | None]]:
    """``cut_glued_labels`` for a text with no ad label or credit between sentences."""
    return cut_glued_labels(text, start, end, inline=False)


def data_digests() -> dict[str, str]:
    """SHA-256 of every file the splitter reads, for a report's provenance."""
    out = {f"lexicons/{name}": load_lexicon(name).sha256 for name in LEXICONS}
    model = shipped_boilerplate_model()
    if model is not None:
        out["models/boilerplate.json"] = model.sha256
    return out


def split_sentences(
    text: str, *, model: SentenceModel | Literal["shipped"] | None = "shipped"
) -> list[Segment]:
    """Split ``text`` into sentences and flag the boilerplate ones.

    Args:
        text: The raw document.
        model: The boilerplate model consulted after the rules: ``"shipped"``
            (the default) takes the packaged one when it ships, None runs
            the rules alone, and a ``boilerplate`` model of one's own (from
            ``reliability.models.load_model``) is used as given.

    Raises:
        ConfigError: ``model`` serves another task than ``boilerplate``.

    Returns:
        Segments in order, disjoint, trimmed, covering every non-space
        character; boilerplate ones carry ``rule = "boilerplate:<why>"``.
    """
    inline = may_hold_inline_label(text, 0, len(text))
    pieces = split_pieces(text, cut_glued_labels if inline else _cut_without_inline)
    pieces = cut_glued_heads(text, pieces)
    rules = boilerplate_rules(text, pieces)
    learned = shipped_boilerplate_model() if isinstance(model, str) else model
    if learned is not None and learned.task != "boilerplate":
        raise ConfigError(
            f"split_sentences needs a 'boilerplate' model, not a {learned.task!r} one"
        )
    if learned is not None:
        cut = learned.combine.get("mark_at_least", _MARK_AT_LEAST)
        rules = mark_with_model(text, pieces, rules, learned, cut=cut)
    rules = flag_flanked(text, pieces, rules)
    rules = flag_siblings(text, pieces, rules)
    return [
        Segment(p.start, p.end, r is not None, r)
        for p, r in zip(pieces, rules, strict=True)
    ]
