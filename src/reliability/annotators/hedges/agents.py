"""Report passives whose agent names no one ("is seen by many as").

Finds the verb group of a vague-agent passive and the start of an
impersonal ("It is believed") or negated ("hasn't been confirmed") verb
group, so the span covers the whole group.
"""

from __future__ import annotations

import re
from functools import cache

from reliability.annotators.hedges.lexicon import Context, _be_forms, _perfect, _words
from reliability.annotators.hedges.patterns import _APOSTROPHES
from reliability.annotators.hedges.shapes import (
    _contracted_copula,
    _negated_be,
    _neighbours,
    _word_before,
)
from reliability.document import Document

#: "by many", "by some": the cheap test a text passes before the word-level check
#: (lower case only, and no leading word boundary, so the search runs at C speed on
#: the literal; the word-level check makes sure "by" is a word).
_VAGUE_AGENT = re.compile(r"by\s+(?:many|most|some|others)\b")
_VAGUE_RULE = "rule:hedges:vague-agent"
#: Forms of "be" that make a report passive finite (a bare "be" follows a modal).
_VAGUE_BE = frozenset(("is", "are", "was", "were", "been", "being"))
#: Words after the unnamed agent that open the view it holds ("by many as a snub").
_VIEW_FRAMES = frozenset(("as", "to", "that"))
#: Adverbs read back over between the form of "be" and the participle.
_VAGUE_ADVERBS = 2


def _vague_agent_group(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """The span of the report passive before an unnamed agent at ``start:end``."""
    words = doc.words
    lowers, starts, ends = words.lowers, words.starts, words.ends
    tokens = doc.token_range(start, end)
    by, quantity = tokens.start, tokens.stop - 1
    if quantity - by != 1 or lowers[quantity] not in _words(Context.VAGUE_AGENT):
        return None
    if not _unnamed_after(doc, quantity):
        return None
    p = by - 1
    if p < 1 or lowers[p] not in _words(Context.OPINION_PARTICIPLE):
        return None
    if doc.text[ends[p] : starts[by]].strip():
        return None  # "seen, by some accounts,": not the passive's agent
    i = p - 1
    adverbs = _words(Context.REPORT_ADVERB)
    while (
        i > 0
        and p - i <= _VAGUE_ADVERBS
        and (lowers[i] in adverbs or lowers[i].endswith("ly"))
    ):
        i -= 1
    if lowers[i] not in _VAGUE_BE:
        # "could be seen by many": the modal is the cue; an aside ("the
        # vote, seen by many as a test,") is not read: only a finite
        # passive states the crowd's view as the sentence's own report.
        return None
    if lowers[i] == "been" and i > 0 and lowers[i - 1] in _perfect():
        i -= 1  # "has been seen by many as"
    elif i > 0 and lowers[i - 1] == "it" and lowers[i] in ("is", "was"):
        i -= 1  # "It is believed by many that"
    seg = doc.content_segment_at(starts[i])
    if seg is None or ends[p] > seg.end:
        return None
    return starts[i], ends[p]


def _unnamed_after(doc: Document, quantity: int) -> bool:
    """Whether the words after "by many" frame a view held by no one named.

    "by many as", "by some to be", "by many people as", "by many that"; a
    verb of judging also takes a noun phrase ("considered by many the
    best"). Not "by many experts", "by some of his rivals", "by some 200
    people", nor a seen thing's viewers ("the film was seen by many", "the
    video was viewed by many online"): seeing, not a view.
    """
    words = doc.words
    lowers = words.lowers
    k = quantity + 1
    if k < len(words) and lowers[k] == "people":
        k += 1
    if k >= len(words) or doc.text[words.ends[k - 1] : words.starts[k]].strip():
        return False  # "seen by many." names no view
    if lowers[k] in _VIEW_FRAMES:
        return True
    judging = lowers[quantity - 2] in _words(Context.JUDGING_PARTICIPLE)
    return judging and lowers[k] in _words(Context.ATTRIBUTIVE_DETERMINER)


def _group_first(
    doc: Document, start: int, end: int, entry: str, kind: str
) -> int | None:
    """Where the span of a negated status or an impersonal passive starts.

    At the negation ("isn't clear", "hasn't been independently verified")
    or at "it" ("It is also believed", annotation notes 18); after a
    contracted "it's" at its apostrophe ("'s feared", as "'s described").
    None when the cue is marked as matched.
    """
    if kind == "negated":
        k = _negated_start(doc, start, end, entry)
    else:
        k = _impersonal_start(doc, start, end)
    if k is None:
        return None
    a, b = doc.words.starts[k], doc.words.ends[k]
    if kind != "negated" and _contracted_copula((doc.words.lowers[k],)):
        return max(doc.text.rfind(m, a, b) for m in _APOSTROPHES)
    return a


_IMPERSONAL_REACH = 4


@cache
def _impersonal_group() -> frozenset[str]:
    """Words of an impersonal report passive's group ("it has also been")."""
    return _be_forms() | _perfect() | _words(Context.REPORT_ADVERB) | {"it's"}


@cache
def _negation_tails() -> frozenset[str]:
    """Words right before a negated status ("not", "been", "immediately")."""
    return _NOT | _words(Context.STATUS_ADVERB) | {"been", "be"}


def _impersonal_start(doc: Document, start: int, end: int) -> int | None:
    """The word "it" of an impersonal report passive ("it is believed"), or None.

    An agentless passive with "it" as its subject relays unnamed opinion or
    hearsay (decisions 17 and 47 of the annotation notes): "it is also
    believed that", "it is now thought the ship sank", "it has long been
    assumed", "it's feared that", "it was widely said". The group between
    "it" and the participle holds a form of "be" and may hold "has", "had"
    and report adverbs; an agent after it ("it is believed by police") makes
    it an attribution, not a hedge.
    """
    group = _impersonal_group()
    if _word_before(doc.text, start) not in group:
        return None  # most matches ("he said"): read the text only
    words = doc.words
    lowers, starts = words.lowers, words.starts
    index = doc.segment_at(start)
    if index is None:
        return None
    seg = doc.segments[index]
    span = doc.token_range(start, end)
    j = span.stop
    if j < len(lowers) and starts[j] < seg.end and lowers[j] == "by":
        return None
    be = False
    k = span.start - 1
    for _ in range(_IMPERSONAL_REACH):
        if k < 0 or starts[k] < seg.start:
            return None
        word = lowers[k].replace("\u2019", "'")
        if word == "it's":
            return k
        if word == "it":
            return k if be else None
        if word not in group:
            return None
        be = be or word in _be_forms()
        k -= 1
    return None


_NEGATED_HAVE = frozenset(("hasn't", "haven't", "hadn't"))
_NEGATED_MODAL = frozenset(("can't", "cannot", "couldn't"))
_NOT = frozenset(("not", "never"))


def _negated_start(doc: Document, start: int, end: int, entry: str) -> int | None:
    """The first word of a negated status ("isn't clear"), or None.

    What is not clear or not known, and what has not been
    confirmed or verified, is uncertain (ANNOTATION.md's "unclear",
    "unconfirmed"), also with a contracted negation and adverbs between:
    "it wasn't immediately clear why", "the footage hasn't been
    independently verified", "the toll has not yet been confirmed", "the
    date was not officially confirmed", "the claim can't be verified".
    "clear" and "known" follow a form of "be" ("isn't known how"), not
    before "for", "as" or "of" ("isn't known for his patience", "wasn't
    clear of snow").
    """
    prev = _word_before(doc.text, start)
    if prev not in _negation_tails() and not prev.endswith("n't"):
        return None  # most matches ("it is clear"): read the text only
    words = doc.words
    lowers, starts = words.lowers, words.starts
    index = doc.segment_at(start)
    if index is None:
        return None
    first = doc.segments[index].start
    i = doc.token_range(start, end).start
    status = entry in ("confirmed", "verified")
    if not status:
        _, nxt, _ = _neighbours(doc, start, end)
        if nxt in ("for", "as", "of"):
            return None
    k = _skip_status_adverbs(lowers, starts, i - 1, first)
    if k < 0:
        return None
    word = lowers[k].replace("\u2019", "'")
    if _negated_be(word):
        return k
    if word in _NOT:
        p = _skip_status_adverbs(lowers, starts, k - 1, first)
        return k if p >= 0 and lowers[p] in _be_forms() else None
    if not status or word not in ("been", "be"):
        return None
    p = _skip_status_adverbs(lowers, starts, k - 1, first)
    if p < 0:
        return None
    aux = lowers[p].replace("\u2019", "'")
    if word == "been" and (aux in _NEGATED_HAVE or aux in _NOT):
        return p
    return p if word == "be" and aux in _NEGATED_MODAL else None


def _skip_status_adverbs(
    lowers: list[str], starts: list[int], k: int, first: int
) -> int:
    """Word ``k`` or the first word before it that is not a status adverb.

    Walks back over at most two adverbs ("yet", "independently", "officially")
    inside the sentence starting at offset ``first``; -1 when it leaves it.
    """
    for _ in range(3):
        if k < 0 or starts[k] < first:
            return -1
        if lowers[k] not in _words(Context.STATUS_ADVERB):
            return k
        k -= 1
    return -1
