"""The syntax seam: the three questions the attribution rules ask of a sentence.

Rules never walk the tokens for a noun phrase themselves; they ask the
sentence's :class:`Syntax` (declared beside :class:`Sentence`, which
holds one). Today :data:`HEURISTICS` answers from word
classes and capitals (:mod:`~reliability.annotators.attribution.chunks`); a
dependency parser could answer instead, without touching the rules.
"""

from __future__ import annotations

from reliability.annotators.attribution.chunks import chunk_left, chunk_right, head_of
from reliability.annotators.attribution.sentence import Syntax

__all__ = ["HEURISTICS", "HeuristicSyntax", "Syntax"]


class HeuristicSyntax:
    """The seam answered by word classes, capitals and punctuation."""

    subject_of = staticmethod(chunk_left)
    object_of = staticmethod(chunk_right)
    head_of = staticmethod(head_of)


#: The heuristics every sentence uses unless given another :class:`Syntax`.
HEURISTICS: Syntax = HeuristicSyntax()
