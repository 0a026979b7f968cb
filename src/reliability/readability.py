"""Readability figures from textstat: the only module that imports textstat.

The figures are informative: they are reported but take no part in any score.
Only formulas that need no pronouncing dictionary are used (automated
readability index, Coleman-Liau index, LIX): they count letters, words and
sentences, so they cost a fraction of a millisecond a document and load no
data at start-up.
"""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["readability"]


@cache
def _textstat(lang: str) -> Any:
    from textstat.textstat import textstatistics

    ts = textstatistics()
    ts.set_lang(lang)
    return ts


def readability(text: str, *, lang: str = "en") -> dict[str, float]:
    """Readability figures of ``text``; empty when it has no words.

    Args:
        text: The body text (boilerplate already left out).
        lang: Language code passed to textstat.

    Returns:
        ``automated_readability_index`` and ``coleman_liau_index`` (US school
        grade) and ``lix`` (higher is harder), rounded to two decimals.
    """
    if not any(ch.isalpha() for ch in text):
        return {}
    ts = _textstat(lang)
    return {
        "automated_readability_index": round(
            float(ts.automated_readability_index(text)), 2
        ),
        "coleman_liau_index": round(float(ts.coleman_liau_index(text)), 2),
        "lix": round(float(ts.lix(text)), 2),
    }
