"""A document subject far from its evidence verb.

News writers name a study, poll or review with its modifiers before the verb
that reports what it found: "A survey of 2,000 adults conducted last month
showed that ...", "Research carried out by the Center for Media and Public
Affairs in 2013 found ...", "a Reuters analysis of newly filed campaign
reports shows", "The tracking poll, which follows voters daily, showed that
...". The head noun ("survey", "research", "analysis", "poll") is the source;
its "of" phrase, participle, relative clause or inserted "which" clause lies
between it and the verb (annotation notes, decision 33: documents that say
something).
"""

from __future__ import annotations

from reliability.annotators.attribution.lexicon import (
    BE,
    DET,
    EVIDENCE_AUX,
    HEAD_DOCUMENT,
    PREP,
    STRICT_AUX,
)
from reliability.annotators.attribution.sentence import Sentence, Source, is_cap
from reliability.annotators.attribution.sources import document_type
from reliability.tokens import QUOTE_LIKE, STOPS

__all__ = ["long_document_subject"]

#: How far back from the verb the document head may stand.
_REACH = 30
#: Words that may open the modifier between the head and the verb.
_MODIFIER_OPENERS = frozenset(("that", "which", "(", ","))
#: Relative pronouns: after one, a clause may hold verbs of its own.
_RELATIVES = frozenset(("that", "which", "who", "whose", "whom"))
#: Words that begin the document's noun phrase from the left.
_LEFT_BOUNDARIES = frozenset((",", "that", "and", "but", "while", "though", "although"))
#: Words that end the subject: another clause begins.
_CLAUSE_BREAKS = frozenset(
    ("when", "while", "because", "although", "though", "if", "whereas", "unless", ":")
)
_COORDINATORS = frozenset(("and", "but", "or"))
#: Sentence-internal ends of a clause ("." inside a sentence is "Jan." or "1.5").
_ENDS = frozenset(";!?")


def long_document_subject(s: Sentence, first: int) -> Source | None:
    """The document noun phrase that is the subject of the evidence verb at ``first``.

    "A survey of 2,000 adults conducted last month showed": "A survey".
    None when no document head is found, when a reporting verb, a form of
    "be" or another clause stands between outside a relative clause, or
    when the head is the object of a preposition ("the pages of court
    filings").
    """
    lows = s.lows
    k = first - 1
    while k >= 0 and lows[k] in EVIDENCE_AUX and lows[k] not in BE:
        k -= 1
    if k < 2:
        return None
    best: Source | None = None
    for h in range(k - 1, max(-1, k - _REACH), -1):
        low = lows[h]
        if (
            low in _ENDS
            or low in _CLAUSE_BREAKS
            or (low in QUOTE_LIKE and not possessive(s, h))
        ):
            break  # a "." inside the sentence is an abbreviation or a decimal
        if s.heads.get(low) != HEAD_DOCUMENT:
            continue
        if not opens_modifier(s, h + 1) or not plain_modifier(s, h + 1, k):
            continue
        a = phrase_start(s, h)
        if a is not None:
            best = Source(a, h, document_type(s, a, h), 0.75)
    return best


def opens_modifier(s: Sentence, j: int) -> bool:
    """Whether the word at ``j`` opens a modifier of the head before it.

    A preposition ("of", "by", "in"), a relative ("that", "which"), a comma,
    a bracket or a lower-case participle in "-ed" ("conducted", "published").
    """
    low = s.lows[j]
    return (
        low in PREP
        or low in _MODIFIER_OPENERS
        or (low.endswith("ed") and low.isalpha() and low == s.words[j])
    )


def plain_modifier(s: Sentence, j: int, k: int) -> bool:
    """Whether tokens ``j..k`` can all belong to the noun phrase's modifiers.

    Outside a relative clause no reporting verb, no form of "be" or strict
    auxiliary and no coordinator before a lower-case word; commas only as an
    inserted clause opened by "which", "who" or a participle and closed
    right before the verb, a comma inside a date ("Jan. 1, 2015"), or after
    a relative clause ("analysis of groups that raised $1 million, shows").
    """
    lows = s.lows
    relative = False
    opened = False
    for i in range(j, k + 1):
        low = lows[i]
        if low in _RELATIVES:
            relative = True
            continue
        if low == ",":
            nxt = lows[i + 1] if i + 1 < s.n else ""
            if i == k:
                if not (opened or relative):
                    return False
            elif nxt.isdigit() and (len(nxt) == 4 or lows[i - 1].isdigit()):
                continue  # "Jan. 1, 2015", "2,000"
            elif nxt in _RELATIVES or (nxt.endswith("ed") and nxt.isalpha()):
                opened = True
            else:
                return False
            continue
        if relative:
            continue
        if low in s.verbs and not ((low.endswith("ed") and i > j) or i == k):
            # a participle modifies ("published in"); right before the
            # verb the word is a noun ("campaign reports shows")
            return False
        if low in BE or low in STRICT_AUX:
            return False
        if low in _COORDINATORS and not (i + 1 <= k and is_cap(s.words[i + 1])):
            return False
    return True


def phrase_start(s: Sentence, h: int) -> int | None:
    """The first token of the noun phrase headed at ``h``, or None.

    Up to nine modifiers (a determiner, names, plain words) after the start
    of the sentence, a comma, "that" or a coordinator; not the object of a
    preposition, a verb or a pronoun.
    """
    lows = s.lows
    a = h
    for _ in range(10):
        if a == 0:
            return 0
        prev = lows[a - 1]
        if prev in _LEFT_BOUNDARIES:
            return a
        if prev in PREP or prev in BE or prev in STRICT_AUX or prev in s.verbs:
            return None
        if prev in s.pronouns or prev in STOPS or prev in QUOTE_LIKE:
            return a if prev in STOPS or prev in QUOTE_LIKE else None
        if prev in DET:
            # a determiner opens the phrase: a boundary must come before it
            a -= 1
            return a if a == 0 or lows[a - 1] in _LEFT_BOUNDARIES else None
        if not (
            is_cap(s.words[a - 1]) or prev.replace("-", "").isalnum() or prev in "/&"
        ):
            return None
        a -= 1
    return None


def possessive(s: Sentence, i: int) -> bool:
    """Whether the quote-like mark at ``i`` is a plural possessive: "voters' views"."""
    return (
        0 < i < s.n - 1 and s.lows[i - 1].endswith("s") and s.lows[i] in ("'", "\u2019")
    )
