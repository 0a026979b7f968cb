"""Source finders by cue class, other than a plain verb: a preposition
("according to the agency"), a passive with its agent ("was confirmed by the
board"), "quoted as saying" and an evidence verb ("the study shows").
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.attribution.channels import extras
from reliability.annotators.attribution.context import (
    _DESIRE,
    _PASSIVE_ADVERBS,
    _PHRASE_ENDS,
    _RELATIVES,
    Attribution,
    Context,
)
from reliability.annotators.attribution.cues import bare_clause, is_participle, skip_aux
from reliability.annotators.attribution.lexicon import (
    BE,
    CONNECT,
    COORDINATORS,
    DET,
    FINDING,
    GO_FORMS,
    HEAD_DOCUMENT,
    MANNER_FORMS,
    MASS_DOCUMENTS,
    MONTHS,
    OBJECT,
    PREP,
    QUANT_SUBJECTS,
    STRICT_AUX,
    TIME_NOUNS,
    HeadClass,
    VerbClass,
)
from reliability.annotators.attribution.long_subjects import long_document_subject
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    Source,
    is_lower_word,
    is_name,
    is_possessive,
)
from reliability.annotators.attribution.sources import classify
from reliability.annotators.attribution.subjects import (
    clause_subject,
    document_end,
    evidence_source,
    is_inner_dot,
    left_source,
    right_source,
)
from reliability.schema import SourceType
from reliability.tokens import QUOTE_LIKE, STOPS

__all__ = [
    "evidence_sources",
    "is_passive",
    "judged_by",
    "passive_sources",
    "preposition_sources",
    "quoted_as_source",
    "reduced_judgement",
]


_NEUTER = frozenset({"it", "this", "that", "which"})
_NOT_PASSIVE = frozenset({VerbClass.PHRASE, VerbClass.NOUN})
_FIRST_PERSON = frozenset({"me", "us"})


# ------------------------------------------------------------ constructions
def preposition_sources(c: Context, cue: Cue) -> Iterator[Attribution]:
    """ "according to the agency", "according to police and court records"."""
    s = c.s
    if cue.first and s.lows[cue.first - 1] in GO_FORMS:
        return  # "went according to plan": a manner, not a source
    if cue.form == "according to" and any(
        w in MANNER_FORMS for w in s.lows[max(0, cue.first - 12) : cue.first]
    ):
        return  # "ranks nations according to their output": a manner
    src = right_source(s, cue.last + 1, c.memory)
    if src is None and cue.form == "according to":
        src = (
            object_pronoun_source(s, cue.last + 1)
            or unknown_phrase_source(s, cue.last + 1)
            or according_phrase(s, cue.last + 1)
        )
    elif src is None and cue.form.startswith("as ") and cue.form.endswith(" in"):
        src = texts_named_in(s, cue.last + 1)
    if cites_a_reason(s, cue, src):
        # "The court blocked the merger, citing a risk to consumers": who
        # gives the reason speaks, the reason is no source
        if c.found:
            return  # "X said ..., citing": one source mention (judgement call 8)
        src = clause_subject(s, skip_aux(s, cue.first - 1), c.memory)
        if src is None:
            return
        yield cue.first, cue.last, src, "participle:citing"
        c.found.append((cue.first, cue.last, src))
        return
    if src is None:
        return
    if src.type is SourceType.DOCUMENT and cue.form == "according to":
        # "according to a review of council data": a document keeps its
        # identifying "of" phrase (seeds rule 12)
        end = document_postmodifier_end(s, src.b)
        src = Source(src.a, end, src.type, src.confidence)
    if (
        src.type is SourceType.NAMED_ORGANIZATION
        and cue.form.startswith("as ")
        and cue.form.endswith(" in")
    ):
        # "as outlined in the Foundation's Founding Documents": a text, not
        # the body that wrote it, holds what is stated in it
        src = Source(src.a, src.b, SourceType.DOCUMENT, src.confidence)
    if cue.form == "based on":
        # the evidence, not a speaker: a verb after it keeps its own subject
        if evidence_basis(s, cue, src):
            yield cue.first, cue.last, src, f"prep:{cue.form}"
        return
    rule = "according-to" if cue.form == "according to" else f"prep:{cue.form}"
    yield cue.first, cue.last, src, rule
    c.found.append((cue.first, cue.last, src))
    if src.b + 2 < s.n and s.lows[src.b + 1] == "and":
        # two sources: "according to the agency and hospital staff"
        other = right_source(s, src.b + 2, c.memory)
        if other is not None and other.type is not SourceType.PRONOUN:
            yield cue.first, cue.last, other, rule
            c.found.append((cue.first, cue.last, other))


def texts_named_in(s: Sentence, j: int) -> Source | None:
    """ "as noted in previous announcements", "as affirmed in letters sent to
    parliament": the texts a fronted "as ... in" names, with no determiner.

    A bare plural of plain words (:func:`unknown_phrase_source`) is a
    document here, not a collective of people; not a span of time ("as
    noted in recent years").
    """
    src = unknown_phrase_source(s, j)
    if src is None or src.type is not SourceType.VAGUE:
        return None
    if any(s.lows[k].rstrip("s") in TIME_NOUNS for k in range(src.a, src.b + 1)):
        return None
    return Source(src.a, src.b, SourceType.DOCUMENT, src.confidence)


def cites_a_reason(s: Sentence, cue: Cue, src: Source | None) -> bool:
    """ "..., citing a risk to consumers": the object names no speaker.

    "citing" after a comma, then no phrase a source could head, or one
    whose words before any preposition are plain lower-case words the
    source lexicon does not know (not "officials", "a new report",
    "Reuters", "two people familiar with"): a reason, not a source.
    """
    first = cue.first
    if cue.form != "citing" or first < 1 or s.lows[first - 1] != ",":
        return False
    if src is None:
        return first + 1 < s.n and is_lower_word(s.lows[first + 1])
    e = src.a
    while e <= src.b and s.lows[e] not in PREP and s.lows[e] not in CONNECT:
        e += 1
    return src.type is not SourceType.DOCUMENT and all(
        is_lower_word(s.words[i])
        and s.heads.get(s.lows[i]) in (None, HeadClass.MODIFIER)
        for i in range(src.a, e)
        if s.lows[i] not in DET
    )


def evidence_basis(s: Sentence, cue: Cue, src: Source) -> bool:
    """ "Based on satellite images, the agency said": data a statement rests on.

    "based on" opening the sentence or set off by a comma, with a document
    after it (figures, a survey, observations): the evidence is a source
    (judgement call 11). Not "a film based on the novel" nor "based on
    merit".
    """
    first = cue.first
    nxt = s.lows[src.b + 1] if src.b + 1 < s.n else "."
    if is_lower_word(nxt) and nxt not in PREP and nxt not in COORDINATORS:
        return False  # the noun phrase goes on: "based on his book sales"
    return src.type is SourceType.DOCUMENT and (
        first == s.marks()[0] or s.lows[first - 1] == ","
    )


def object_pronoun_source(s: Sentence, j: int) -> Source | None:
    """ "According to him, ...": the pronoun itself (annotation notes, decision 13).

    An object pronoun of a third party closing its phrase; not "her" as a
    possessor ("according to her lawyer"), nor "us" or "me" (the writer).
    """
    if j >= s.n or s.lows[j] not in OBJECT or s.lows[j] in _FIRST_PERSON:
        return None
    if j + 1 < s.n and s.lows[j + 1] not in _PHRASE_ENDS:
        return None
    return Source(j, j, SourceType.PRONOUN, 0.8)


def unknown_phrase_source(s: Sentence, j: int) -> Source | None:
    """ "according to a tally by ...", "according to American regulators".

    Whatever "according to" names is its source (ANNOTATION.md), even when
    its head noun is in no word list: a determiner or none, a possessor or
    none, then up to five plain lower-case words, ended by punctuation, a
    preposition, a relative word or a verb. A bare plural is a vague
    collective ("regulators"), a known speaker's head after a possessor is
    typed as a subject would be ("the mayor's office"), anything else a
    document ("a tally", "an ad overview"); None when
    nothing of the kind follows.
    """
    lows, words = s.lows, s.words
    i = j
    if i < s.n and lows[i] in DET:
        i += 1
    if i + 2 < s.n and lows[i].rstrip(".") in MONTHS and lows[i + 1].isdigit():
        i += 2  # a date before the head: "a March 17 press release"
    b = None
    for k in range(i, min(s.n, i + 5)):
        low = lows[k]
        if k == i and is_possessive(low) and k + 1 < s.n:
            continue  # a possessor: "according to the city's own figures"
        if not is_lower_word(words[k] if k > j else low):
            break  # a capital only on the first word ("American regulators")
        if low in PREP or low in _RELATIVES:
            break
        if low in s.verbs or low in STRICT_AUX or low in COORDINATORS:
            break
        if k > i and (is_participle(low) or low.endswith("ing")):
            break  # "audio obtained by", "an email showing"
        b = k
    if b is None:
        return None
    bare_plural = i == j and lows[b].endswith("s") and not lows[b].endswith("ss")
    if i == j and not bare_plural:
        return None  # "went according to plan": no source
    typ = SourceType.VAGUE if bare_plural else SourceType.DOCUMENT
    if s.heads.get(lows[b], HEAD_DOCUMENT) != HEAD_DOCUMENT:
        # a known speaker's head after a possessor: "the mayor's office"
        typ, _ = classify(s, j, b, {})
    elif typ is SourceType.DOCUMENT:
        b = document_postmodifier_end(s, b)
    return Source(j, b, typ, 0.5)


def document_postmodifier_end(s: Sentence, b: int) -> int:
    """ "the factual basis filed with the court", "the online version of the article".

    A document keeps its identifying modifiers (seeds rule 12): a
    participle with its phrase (:func:`document_end`) or an "of" phrase
    that runs to the end of the clause (at most six words, no verb).
    """
    end = document_end(s, b)
    if end > b or b + 2 >= s.n or s.lows[b + 1] != "of":
        return end
    lows = s.lows
    e = b + 1
    while e + 1 < s.n and e - b <= 6:
        nxt = lows[e + 1]
        if nxt in STOPS or nxt == ",":
            return e if e > b + 1 else b
        plain = nxt.replace("'", "").replace("\u2019", "").replace("-", "")
        if not plain.isalnum() or nxt in s.verbs or nxt in STRICT_AUX:
            return b
        if nxt in _RELATIVES or (nxt in PREP and nxt != "of"):
            return b
        e += 1
    return e if e + 1 >= s.n else b


def according_phrase(s: Sentence, j: int) -> Source | None:
    """ "according to a 2016 study by the clinic", "according to Lee's tally".

    The phrase "according to" names, whatever its words (ANNOTATION.md:
    "according to" is a cue): up to eight tokens to the end of its clause
    (a comma, a stop, a quote mark, a relative word or a verb). A year
    inside it, a possessor, a web address or a modifying "by"/"from" phrase
    no longer hide it. Typed as a document when something identifies it (a
    determiner, a possessor, a "by" phrase), as an outlet for a web
    address ("al.com"), else as vague ("publicly available data",
    "estimates", "many who saw it"). A single plain word that names no
    source ("according to plan") is none.
    """
    lows, words = s.lows, s.words
    e = j
    while e < s.n and e - j < 8:
        low = lows[e]
        if is_inner_dot(s, e) and lows[e - 1].isalpha() and lows[e + 1].isalpha():
            e += 1  # a web address: "al.com"
            continue
        if low in _PHRASE_ENDS or low == "(" or low in QUOTE_LIKE or low in STOPS:
            break
        if (
            e > j
            and (
                low in _RELATIVES
                or low in STRICT_AUX
                # a verb ends it; "estimates", "polling" inside it and "a 2017
                # report" are nouns
                or (
                    low in s.verbs
                    and not low.endswith(("s", "ing"))
                    and not (
                        lows[e - 1] in DET
                        or lows[e - 1][:1].isdigit()
                        or is_name(s, e - 1)
                        or is_possessive(words[e - 1])
                    )
                )
            )
        ):
            break
        e += 1
    if e == j:
        return None
    b = e - 1
    head = b
    for i in range(j + 1, e):
        if lows[i] in PREP:
            head = i - 1
            break
    if head == j and lows[j] in QUANT_SUBJECTS:
        return Source(j, j, SourceType.VAGUE, 0.4)  # "according to many who"
    if lows[head] in PREP or lows[head] in DET or lows[head] in COORDINATORS:
        return None
    if head == b and any(
        is_inner_dot(s, i) and lows[i - 1].isalpha() and lows[i + 1].isalpha()
        for i in range(j, b + 1)
    ):
        return Source(j, b, SourceType.MEDIA_OUTLET, 0.5)  # "according to al.com"
    identified = (
        lows[j] in DET
        or any(is_possessive(w) for w in words[j : head + 1])
        or any(is_name(s, i) for i in range(j, head + 1))
        or head < b
    )
    if not identified:
        low = lows[head]
        plural = low.endswith("s") and not low.endswith("ss")
        if head == j and not (plural or low in MASS_DOCUMENTS or low in s.heads):
            return None  # "according to plan"
        return Source(j, head, SourceType.VAGUE, 0.4)
    if is_name(s, head):
        # a name, maybe with an affiliation: "1st Lt. Ann Lee", "Ann Lee of
        # the union"
        typ, conf = classify(s, j, head, {})
        return Source(j, head, typ, conf * 0.6)
    return Source(j, b, SourceType.DOCUMENT, 0.45)


def is_passive(s: Sentence, cue: Cue) -> bool:
    """ "was confirmed by", "is widely said to": a form of "be", then a participle."""
    lows = s.lows
    j = cue.first - 1
    while j >= 0 and (
        lows[j].endswith("ly") and lows[j].islower() or lows[j] in _PASSIVE_ADVERBS
    ):
        j -= 1
    return (
        j >= 0
        and lows[j] in BE
        and is_participle(lows[cue.first])
        and cue.cls not in _NOT_PASSIVE
    )


def passive_sources(c: Context, cue: Cue) -> Iterator[Attribution]:
    """ "was confirmed by the ministry": the agent; without one, a hedge (call 16).

    A wish in the passive names a feeling, not a speaker: "was encouraged by
    the results".
    """
    s, last = c.s, cue.last
    if cue.cls == _DESIRE:
        return
    if last + 1 < s.n and s.lows[last + 1] == "by":
        src = right_source(s, last + 2, c.memory)
        if src is not None:
            c.found.append((cue.first, last, src))
            yield cue.first, last, src, f"passive-by:{cue.form}"
            yield from extras(s, cue.first, last, src, c.memory, c.found)


#: Classes of a verb that judges its object ("described as", "slammed as").
_JUDGING_PASSIVE = frozenset(
    {VerbClass.VIEWAS, VerbClass.OBJECT, VerbClass.CALL, VerbClass.CONSIDER}
)


def judged_by(s: Sentence, cue: Cue) -> Source | None:
    """The agent of a reduced passive judgement: "an election slammed by rights
    groups as a sham", "described as small by a spokesman", "Described by
    critics as a sham, the plan ...".

    A participle of a judging verb with no "be" before it, then "by" and its
    agent, with "as" before "by" (at most five words after the verb) or right
    after the agent. "the figures reported by the agency" judges nothing,
    and a pronoun agent ("viewed by some as") names no one.
    """
    first, last = cue.first, cue.last
    if cue.cls not in _JUDGING_PASSIVE or first != last:
        return None
    if not is_participle(cue.form) or (first and s.lows[first - 1] in BE):
        return None
    lows = s.lows
    by = last + 1
    as_before = False
    if by < s.n and lows[by] == "as":
        as_before = True
        while by < min(s.n, last + 7) and lows[by] != "by":
            if lows[by] in STOPS or lows[by] == ",":
                return None
            by += 1
    if by + 1 >= s.n or lows[by] != "by":
        return None
    agent = right_source(s, by + 1, {})
    if agent is None:
        return None
    if as_before or (agent.b + 1 < s.n and lows[agent.b + 1] == "as"):
        return agent
    return None


def reduced_judgement(c: Context, cue: Cue, agent: Source) -> Iterator[Attribution]:
    """The agent of :func:`judged_by` as the source, typed with the memory."""
    src = right_source(c.s, agent.a, c.memory) or agent
    c.found.append((cue.first, cue.last, src))
    yield cue.first, cue.last, src, f"passive-by:{cue.form}"


def quoted_as_source(c: Context, cue: Cue) -> Iterator[Attribution]:
    """ "The coach was quoted as saying": the subject before the phrase."""
    src = left_source(c.s, skip_aux(c.s, cue.first - 1), c.memory)
    if src is not None:
        c.found.append((cue.first, cue.last, src))
        yield cue.first, cue.last, src, f"quoted-as:{cue.form}"


def evidence_sources(c: Context, cue: Cue) -> Iterator[Attribution]:
    """ "The survey shows", "the inquiry found that" (judgement call 11)."""
    s = c.s
    if cue.form == "finding" and not progressive(s, cue.first):
        return  # "the finding that", "after finding that": no speaker's verb
    src = evidence_source(s, cue.first, c.memory)
    if (
        src is None
        and cue.form in FINDING
        and cue.last + 1 < s.n
        and (s.lows[cue.last + 1] == "that" or bare_clause(s, cue.last + 1))
    ):
        # "the court found that", "they found the river is moving": a
        # finding of any subject
        src = left_source(s, skip_aux(s, cue.first - 1), c.memory)
        if src is not None and cue.form.startswith("show") and s.lows[src.b] in _NEUTER:
            src = None  # "it shows that": a fact, not a source, shows
    # "A survey of ... conducted ... found": the head, not a document in its modifier
    longer = long_document_subject(s, cue.first)
    if longer is not None and (src is None or longer.b < src.a):
        src = longer
    if src is not None:
        c.found.append((cue.first, cue.last, src))
        yield cue.first, cue.last, src, f"evidence:{cue.form}"


def progressive(s: Sentence, first: int) -> bool:
    """Whether a form of "be" comes right before ``first``: "are finding that".

    "Researchers are finding that the drug works", "have been finding".
    """
    return first > 0 and s.lows[first - 1] in BE
