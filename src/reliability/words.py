"""Closed-class English words, by class, from ``data/lexicons/function_words.tsv``.

Determiners, prepositions, auxiliaries, forms of "be", weekdays and months:
the small words that grammar rules read. Each entry of the data file lists
its classes, which must be values of :class:`WordClass`; an unknown class
fails when the file loads.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from reliability.resources import ClassedLexicon, load_classed_lexicon, load_lexicon

__all__ = ["WordClass", "function_words", "saying_verbs", "words_of"]


class WordClass(StrEnum):
    """The classes of ``function_words.tsv`` (its header says what each serves)."""

    DEFINITE = "definite"
    DETERMINER = "determiner"
    QUANTIFIER = "quantifier"
    QUANTIFIER_SUBJECT = "quantifier-subject"
    PREPOSITION = "preposition"
    CONNECTOR = "connector"
    POST_PREPOSITION = "post-preposition"
    CHANNEL_PREPOSITION = "channel-preposition"
    POST_QUOTE_PREPOSITION = "post-quote-preposition"
    OBJECT = "object"
    BE = "be"
    COPULA = "copula"
    AUXILIARY = "auxiliary"
    STRICT_AUXILIARY = "strict-auxiliary"
    EVIDENCE_AUXILIARY = "evidence-auxiliary"
    NEGATION = "negation"
    WH = "wh"
    CLAUSE_PRONOUN = "clause-pronoun"
    OPENER = "opener"
    INSERT_RELATIVE = "insert-relative"
    INSERT_OPENER = "insert-opener"
    NOUN_COMPLEMENT = "noun-complement"
    CALL_PARTICLE = "call-particle"
    DOCUMENT_TAIL = "document-tail"
    FUNCTION = "function"
    NOT_NAME = "not-name"
    WEEKDAY = "weekday"
    MONTH = "month"
    TIME_NOUN = "time-noun"
    TIME_WORD = "time-word"
    POSSESSIVE = "possessive"
    COORDINATOR = "coordinator"
    TEXT_VOICE = "text-voice"
    LEADER = "leader"
    NOUN_OPENER = "noun-opener"
    PERIOD = "period"
    DEICTIC = "deictic"


def function_words() -> ClassedLexicon[WordClass]:
    """The packaged function words (loaded once, cached)."""
    return load_classed_lexicon("function_words", WordClass)


@cache
def words_of(cls: WordClass) -> frozenset[str]:
    """The function words of class ``cls``.

    >>> sorted(words_of(WordClass.WEEKDAY))[:2]
    ['friday', 'monday']
    """
    return function_words().words(cls)


@cache
def saying_verbs() -> frozenset[str]:
    """The one-word forms of ``reporting_verbs.tsv`` ("said", "insist", "tweeted").

    >>> {"said", "tweeted"} <= saying_verbs()
    True
    """
    return frozenset(w for w in load_lexicon("reporting_verbs").entries if " " not in w)
