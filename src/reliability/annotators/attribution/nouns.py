"""Noun cues: a possessor's claim ("her claim that"), a stated position ("his
view is that"), a response colon, and the step from a possessive to the
holder it names (:func:`possessor_source`).
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.attribution.context import _RELATIVES
from reliability.annotators.attribution.lexicon import (
    AUX,
    CLAIM_NOUNS,
    DET,
    POSSESSIVES,
    PREP,
    RESPONSES,
    STATED_NOUNS,
    HeadClass,
)
from reliability.annotators.attribution.sentence import (
    Sentence,
    Source,
    is_lower_word,
    is_name,
    is_possessive,
)
from reliability.annotators.attribution.sources import classify
from reliability.schema import SourceType
from reliability.tokens import QUOTE_LIKE, STOPS

__all__ = ["possessed_claims", "response_colons", "stated_positions"]


_SPEAKER_HEADS = frozenset(
    {
        HeadClass.TITLE,
        HeadClass.ROLE,
        HeadClass.JOURNALIST,
        HeadClass.ORGANIZATION,
        HeadClass.MEDIA,
    }
)


def response_colons(
    s: Sentence, memory: dict[str, SourceType]
) -> Iterator[tuple[int, Source]]:
    """ "Lee's response to the critics: “We stand by it.”": the reply's author.

    A possessive name before a reply noun ("response", "reply", "answer"),
    then a colon within eight words and a quotation after it: the noun is
    the cue, the possessor the source (the possessive mark left out).
    """
    lows = s.lows
    if not s.has_quote or RESPONSES.isdisjoint(lows):
        return
    for i in range(1, s.n - 2):
        if lows[i] not in RESPONSES or not is_possessive(s.words[i - 1]):
            continue
        colon = next(
            (j for j in range(i + 1, min(s.n - 1, i + 9)) if lows[j] == ":"), None
        )
        if colon is None or lows[colon + 1] not in QUOTE_LIKE:
            continue
        chunk = s.syntax.subject_of(s, i - 1)
        if chunk is None or not is_name(s, i - 1):
            chunk = possessor_description(s, i - 1)
            if chunk is None:
                continue
        typ, conf = classify(s, chunk[0], i - 1, memory)
        yield i, Source(chunk[0], i - 1, typ, conf * 0.8)


def possessed_claims(
    s: Sentence, memory: dict[str, SourceType]
) -> Iterator[tuple[int, Source]]:
    """ "the mayor's claim that ...", "its denial that ...": who made the claim.

    A statement noun (``claim-noun``: claim, assertion, denial, admission,
    ...) right before "that" and a clause (a determiner, a pronoun, a name,
    a number or a bare noun, not a verb: "the claim that was rejected" is a
    relative),
    after a possessive name or description ("the administration's"), or a
    possessive pronoun, with at most one plain modifier between ("the
    agency's earlier denial that"): the noun is the cue, the possessor the
    source (the possessive mark left out). "the allegation that" names no
    one.
    """
    lows = s.lows
    if "that" not in lows or CLAIM_NOUNS.isdisjoint(lows):
        return
    for i in range(1, s.n - 2):
        if lows[i] not in CLAIM_NOUNS or lows[i + 1] != "that":
            continue
        nxt = lows[i + 2]
        bare_noun = (
            is_lower_word(nxt)
            and nxt not in s.verbs
            and nxt not in AUX
            and nxt not in PREP
            and not nxt.endswith("ed")
        )
        if (
            not (
                nxt in DET
                or nxt in s.pronouns
                or is_name(s, i + 2)
                or nxt[:1].isdigit()
                or bare_noun
            )
            or nxt in _RELATIVES
        ):
            continue
        k = i - 1
        if k >= 1 and is_lower_word(lows[k]) and lows[k] not in POSSESSIVES:
            k -= 1  # one modifier: "the agency's earlier denial"
            if lows[k] in DET or lows[k] in PREP:
                continue
        found = possessor_source(s, k, memory, not_holders=("your",))
        if found is not None:
            yield i, found


#: Forms of "be" that link a stated noun to its content ("her view is that").
_COPULAS = frozenset({"is", "was", "remains", "remained"})


def copula_that(s: Sentence, i: int) -> int:
    """The index of "that" after the copula following ``i``, else -1.

    "is that", "was that", "has been that", "remains that"; a clause must
    follow "that" (not a verb: "is that said").
    """
    lows = s.lows
    j = i + 1
    if j + 1 < s.n and lows[j] in ("has", "had") and lows[j + 1] == "been":
        j += 1
    elif j >= s.n or lows[j] not in _COPULAS:
        return -1
    t = j + 1
    if t + 1 >= s.n or lows[t] != "that":
        return -1
    nxt = lows[t + 1]
    if nxt in s.verbs or nxt in AUX or nxt in STOPS or nxt == ",":
        return -1
    return t


def stated_positions(
    s: Sentence, memory: dict[str, SourceType]
) -> Iterator[tuple[int, Source]]:
    """ "The union's view is that ...", "The complaint by the union is that ...".

    A noun of a stated or held position (``stated-noun``: view, belief,
    complaint, argument, ...) whose content a copula and "that" give: the
    noun is the cue, its holder the source: a possessive before it (at
    most one plain modifier between: "the board's long-held view") or the
    phrase after "of" or "by" ("A core belief of the group is that").
    "The view is that ..." names no holder.
    """
    lows = s.lows
    if "that" not in lows or STATED_NOUNS.isdisjoint(lows):
        return
    for i in range(1, s.n - 3):
        if lows[i] not in STATED_NOUNS:
            continue
        if lows[i + 1] in ("of", "by"):
            v = next(
                (k for k in range(i + 2, min(s.n, i + 9)) if lows[k] in _COPULAS),
                -1,
            )
            if v < 0 or v == i + 2 or copula_that(s, v - 1) < 0:
                continue
            a = i + 2
            if not (lows[a] in DET or is_name(s, a)) or any(
                w in STOPS or w == "," or w in s.verbs for w in lows[a:v]
            ):
                continue
            typ, conf = classify(s, a, v - 1, memory)
            yield i, Source(a, v - 1, typ, conf * 0.8)
            continue
        if copula_that(s, i) < 0:
            continue
        k = i - 1
        if k >= 1 and is_lower_word(lows[k]) and not is_possessive(s.words[k]):
            if lows[k].endswith("est"):
                continue  # a ranking, not a statement: "Mexico's best argument"
            k -= 1  # one modifier: "the board's long-held view"
        found = possessor_source(s, k, memory, not_holders=("your", "my", "our"))
        if found is not None:
            yield i, found


def possessor_source(
    s: Sentence,
    k: int,
    memory: dict[str, SourceType],
    *,
    not_holders: tuple[str, ...],
) -> Source | None:
    """The holder a possessive at ``k`` names, before a noun of what was said.

    "her claim that" -> "her" (a pronoun, unless in ``not_holders``: "your
    view", "our view" in the writer's voice); "the agency's claim that" ->
    "the agency"; "Ann Lee's view is that" -> "Ann Lee". None when ``k``
    holds no possessive, or a possessive pronoun's "'s" form.
    """
    lows = s.lows
    if lows[k] in POSSESSIVES:
        if lows[k] in not_holders:
            return None
        return Source(k, k, SourceType.PRONOUN, 0.6)
    if not is_possessive(s.words[k]) or lows[k][:-2] in s.pronouns:
        return None
    chunk = s.syntax.subject_of(s, k)
    if chunk is None or not is_name(s, k):
        chunk = possessor_description(s, k) or common_possessor(s, k)
        if chunk is None:
            return None
    typ, conf = classify(s, chunk[0], k, memory)
    return Source(chunk[0], k, typ, conf * 0.8)


def common_possessor(s: Sentence, k: int) -> tuple[int, int] | None:
    """ "the administration's", "the police's": a determiner and a possessive noun.

    ``(start, k)``; None unless the word before the possessive is a
    determiner (with at most one plain modifier between).
    """
    for a in (k - 1, k - 2):
        if a < 0:
            return None
        if s.lows[a] in DET and s.lows[a] != "that":
            return a, k
        if not is_lower_word(s.lows[a]):
            return None
    return None


def possessor_description(s: Sentence, k: int) -> tuple[int, int] | None:
    """ "the government's", "The club's" at ``k``: a described speaker's possessive.

    A determiner opening the sentence, at most two modifiers and a head
    noun of a person or a body; ``(start, k)``, or None ("Critics of the
    government's response:" is no reply of the government's).
    """
    word = s.lows[k]
    if not is_possessive(word) or s.heads.get(word[:-2]) not in _SPEAKER_HEADS:
        return None
    for a in range(k - 1, max(-1, k - 4), -1):
        if s.lows[a] in DET:
            opens = a == 0 or s.words[a - 1] in QUOTE_LIKE
            return (a, k) if opens else None
        if not is_lower_word(s.lows[a]):
            return None
    return None
