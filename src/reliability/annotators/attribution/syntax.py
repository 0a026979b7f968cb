"""The syntax seam: the three questions the attribution rules ask of a sentence.

Rules never walk the tokens for a noun phrase themselves; they ask the
sentence's :class:`Syntax`. Today :data:`HEURISTICS` answers from word
classes and capitals (:mod:`~reliability.annotators.attribution.chunks`); a
dependency parser could answer instead, without touching the rules.
"""

from __future__ import annotations

from typing import Protocol

from reliability.annotators.attribution.chunks import chunk_left, chunk_right, head_of
from reliability.annotators.attribution.sentence import Sentence

__all__ = ["HEURISTICS", "HeuristicSyntax", "Syntax"]


class Syntax(Protocol):
    """What the rules need to know about the phrases of a sentence.

    Token ranges are inclusive ``(first, last)`` indexes into the sentence's
    grammar tokens.
    """

    def subject_of(self, s: Sentence, k: int) -> tuple[int, int] | None:
        """The noun phrase that ends at token ``k``, the subject of what follows.

        In "The city's mayor said", with ``k`` at "mayor": "The city's mayor".
        """
        ...

    def object_of(self, s: Sentence, j: int, stop: int) -> tuple[int, int] | None:
        """The noun phrase that starts at token ``j`` and ends before ``stop``.

        In "according to a local official", with ``j`` at "a": "a local
        official".
        """
        ...

    def head_of(self, s: Sentence, a: int, b: int) -> int:
        """The head token of the phrase ``[a, b]``.

        "a spokesman for the city" -> "spokesman".
        """
        ...


class HeuristicSyntax:
    """The seam answered by word classes, capitals and punctuation."""

    subject_of = staticmethod(chunk_left)
    object_of = staticmethod(chunk_right)
    head_of = staticmethod(head_of)


#: The heuristics every sentence uses unless given another :class:`Syntax`.
HEURISTICS: Syntax = HeuristicSyntax()
