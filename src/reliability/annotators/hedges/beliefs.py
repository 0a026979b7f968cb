"""Cues that hedge only right after one word: the writer's own belief.

"we believe", "I think", "we firmly believe", "I don't think" hedge;
"they believe" is a source's stance. A belief verb before a preposition of
attention or value ("believe in") or a clause of what is needed ("think it's
important to") is vetoed. "the court was advised that" is what a court heard.
"""

from __future__ import annotations

from reliability.annotators.hedges.lexicon import Context, _words
from reliability.document import Document


def _after_word_hedges(
    doc: Document, start: int, end: int, entry: str, kind: str
) -> bool:
    """Decide a cue that hedges only right after one word (no full context).

    "we believe", "I think": the writer's own belief (annotation notes 49);
    "they believe" is a source's stance, an attribution. "the court was
    advised that ...": what the court heard (annotation notes 47), not
    "residents were advised to". These entries are frequent verbs, so only
    the one word each needs is read.
    """
    words, text = doc.words, doc.text
    span = doc.token_range(start, end)
    p = span.start - 1
    if p < 0 or text[words.ends[p] : start] != " ":
        return False
    prev = words.lowers[p]
    if kind == "court":
        j = span.stop
        return (
            prev == "court"
            and j < len(words)
            and words.lowers[j] == "that"
            and text[end : words.starts[j]] == " "
        )
    if entry == "are hearing":
        return prev == "we"
    if entry == "judge":
        # "we judge that the cost will be ...": a belief; "we judge the
        # entries" is the act of judging.
        j = span.stop
        if j >= len(words) or words.lowers[j] != "that":
            return False
    if _belief_object(doc, span.stop) or _prescription_after(doc, span.stop):
        return False
    if _first_person_adverb(doc, p):
        return True  # "we firmly believe", "I honestly think"
    if entry in _NEGATED_BELIEF and _first_person_negation(doc, p):
        return True  # "I don't think", "we do not believe"
    return prev in _words(Context.FIRST_PERSON)


_BELIEF_ADVERBS = frozenset(("also", "often", "too"))


def _belief_object(doc: Document, j: int) -> bool:
    """Whether a preposition after a belief verb makes it attention or a value.

    "I think of my mother", "we think about the cost", "I think too of
    the idea", "we believe in free speech": not a belief that lowers the
    certainty of a clause. One adverb may stand between ("I think
    particularly of").
    """
    lowers = doc.words.lowers
    if j < len(lowers) and (lowers[j] in _BELIEF_ADVERBS or lowers[j].endswith("ly")):
        j += 1
    return j < len(lowers) and lowers[j] in _words(Context.BELIEF_PREPOSITION)


_IT_IS = frozenset(("it's", "it\u2019s"))
_COPULA = frozenset(("is", "was"))
_DEGREE_WORDS = frozenset(("so", "very", "most", "more", "really", "also"))


def _prescription_after(doc: Document, j: int) -> bool:
    """Whether a belief verb's clause says what is needed or important.

    "I think it is critical that the council acts", "we believe it's vital
    to act now": a prescription, an opinion that is not a claim, so the
    belief does not lower the certainty of a fact (annotation notes 77 read
    "seems" on an evaluation the same way). "I think it is raining" keeps
    the hedge.
    """
    lowers = doc.words.lowers
    if j < len(lowers) and lowers[j] == "that":
        j += 1
    if j < len(lowers) and lowers[j] in _IT_IS:
        j += 1
    elif j + 1 < len(lowers) and lowers[j] == "it" and lowers[j + 1] in _COPULA:
        j += 2
    else:
        return False
    if j < len(lowers) and (lowers[j] in _DEGREE_WORDS or lowers[j].endswith("ly")):
        j += 1
    return j < len(lowers) and lowers[j] in _words(Context.PRESCRIPTION)


# Belief verbs that stay the writer's judgement when negated; "we don't
# expect writers to ..." states a demand, not a forecast.
_NEGATED_BELIEF = frozenset(("believe", "think"))
_PRESENT_NEGATION = frozenset(("don't", "don\u2019t", "not"))


def _first_person_negation(doc: Document, k: int) -> int:
    """How many words of "don't" or "do not" end at word ``k`` after "I"/"we".

    "I don't think", "we do not believe": the writer's own belief, negated,
    is still the writer's judgement (annotation notes 49).
    0 when word ``k`` is no such negation.
    """
    words, text = doc.words, doc.text
    lowers = words.lowers
    if k < 1 or lowers[k] not in _PRESENT_NEGATION:
        return 0
    n = 1 if lowers[k] != "not" else 2
    if n == 2 and lowers[k - 1] != "do":
        return 0
    p = k - n
    if p < 0 or lowers[p] not in _words(Context.FIRST_PERSON):
        return 0
    if any(text[words.ends[j] : words.starts[j + 1]] != " " for j in range(p, k)):
        return 0
    return n


def _first_person_adverb(doc: Document, k: int) -> bool:
    """Whether word ``k`` is an "-ly" adverb right after "I" or "we".

    "we jointly believe", "I honestly think": the writer's own belief with
    an adverb of manner between (annotation notes 49).
    """
    words, text = doc.words, doc.text
    if k < 1 or not words.lowers[k].endswith("ly"):
        return False
    if text[words.ends[k - 1] : words.starts[k]] != " ":
        return False
    return words.lowers[k - 1] in _words(Context.FIRST_PERSON)
