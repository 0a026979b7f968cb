"""The entry point: :func:`boilerplate_rules` gives every piece its rule."""

from __future__ import annotations

from reliability.segment.boilerplate.body import _body_rules, _head_rules
from reliability.segment.boilerplate.headlines import (
    _between_flagged,
    _chrome_lead_ins,
    _exclaimed_heads,
    _punctuated_prose,
)
from reliability.segment.boilerplate.phrases import (
    _about_block,
    _between_chrome,
    _closing_bio,
    _is_listing,
    _names_by_dates,
    _phrase_rules,
    _signed_paragraphs,
)
from reliability.segment.boilerplate.repeats import _line_rules
from reliability.segment.boilerplate.shapes import _shape
from reliability.segment.sentences import Piece


def boilerplate_rules(text: str, pieces: list[Piece]) -> list[str | None]:
    """Why each piece of ``text`` is boilerplate (``"boilerplate:<why>"``), or None.

    Args:
        text: The raw document.
        pieces: Its sentences, from ``split_pieces(text, cut_glued_labels)``.

    Returns:
        One rule or None per piece, in order.
    """
    shapes = [_shape(text[p.start : p.end]) for p in pieces]
    rules = _phrase_rules(text, pieces, shapes)
    laid_out, prose = _punctuated_prose(text, pieces, shapes)
    _line_rules(text, pieces, shapes, rules, prose=laid_out)
    body = _head_rules(text, pieces, shapes, rules)
    if body is not None:
        listing = prose or _is_listing(text, pieces, shapes)
        _body_rules(text, pieces, shapes, rules, body, prose=prose, listing=listing)
        _between_chrome(pieces, shapes, rules, body)
    _names_by_dates(text, pieces, shapes, rules)
    _closing_bio(text, pieces, shapes, rules)
    _about_block(text, pieces, shapes, rules)
    _signed_paragraphs(text, pieces, shapes, rules)
    _exclaimed_heads(text, pieces, shapes, rules)
    _chrome_lead_ins(text, pieces, shapes, rules)
    _between_flagged(pieces, shapes, rules)
    return rules
