"""Sentences and boilerplate: ``split_sentences`` and the lexicons it reads.

Splitting (``segment.sentences``) and boilerplate flags
(``segment.boilerplate``) are separate modules; ``split_sentences`` runs one
then the other: each line is cut where extraction glued a boilerplate label to
the body, split into sentences, and every sentence is then flagged or not.
"""

from __future__ import annotations

from reliability.resources import load_lexicon
from reliability.segment.boilerplate import boilerplate_rules, cut_glued_labels
from reliability.segment.sentences import Segment, split_pieces

__all__ = ["LEXICONS", "Segment", "data_digests", "split_sentences"]

#: The packaged lexicons sentence splitting and boilerplate flags read.
LEXICONS = (
    "abbreviations",
    "boilerplate_footer",
    "boilerplate_lines",
    "boilerplate_phrases",
    "boilerplate_prefixes",
    "boilerplate_site_prefixes",
    "boilerplate_words",
)


def data_digests() -> dict[str, str]:
    """SHA-256 of every lexicon the splitter reads, for a report's provenance."""
    return {f"lexicons/{name}": load_lexicon(name).sha256 for name in LEXICONS}


def split_sentences(text: str) -> list[Segment]:
    """Split ``text`` into sentences and flag the boilerplate ones.

    Args:
        text: The raw document.

    Returns:
        Segments in order, disjoint, trimmed, covering every non-space
        character; boilerplate ones carry ``rule = "boilerplate:<why>"``.
    """
    pieces = split_pieces(text, cut_glued_labels)
    rules = boilerplate_rules(text, pieces)
    return [
        Segment(p.start, p.end, r is not None, r)
        for p, r in zip(pieces, rules, strict=True)
    ]
