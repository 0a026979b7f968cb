"""Cues: reporting verbs and phrases in a sentence, and what each class needs
around it (ANNOTATION.md, "Attributions"). ``complement_ok`` dispatches on
the cue's :class:`~reliability.annotators.attribution.lexicon.VerbClass`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import compress

from reliability.annotators.attribution.lexicon import (
    ADJECTIVE_ENDINGS,
    AUX,
    BE,
    CALL_PARTICLES,
    CHANNEL_PREP,
    CLAUSE_PRONOUNS,
    CONTINUE_FORMS,
    COORDINATORS,
    DEICTICS,
    DET,
    FORECAST_FORMS,
    GO_FORMS,
    INDEFINITES,
    NOUN_COMPLEMENT,
    OBJECT,
    PARTICIPLE_IRREGULAR,
    PAST_IRREGULAR,
    PERIODS,
    PLATFORMS,
    POSSESSIVES,
    POST_PREP,
    PREP,
    QUANT,
    REDUCED_IRREGULAR,
    SOLICITED,
    STRICT_AUX,
    TIME_NOUNS,
    TIME_WORDS,
    WEEKDAYS,
    WH,
    HeadClass,
    VerbClass,
)
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    is_cap,
    is_lower_word,
    is_name,
    is_possessive,
)
from reliability.tokens import (
    DASHES,
    QUOTE_LIKE,
    QUOTES,
    STOPS,
)

__all__ = [
    "CARDINALS",
    "complement_ok",
    "find_cues",
    "is_participle",
    "judged_object",
    "modifier_participle",
    "naming_ok",
    "opens_complement",
    "skip_aux",
    "skip_inserted",
]


#: Cardinal numbers written as words, which count a noun ("the three men").
CARDINALS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)


def find_cues(s: Sentence) -> Iterator[Cue]:
    """Yield the cues of ``s`` left to right, longest phrase first.

    "She pointed out that" yields the phrase "pointed out"; "he said" the
    verb "said".
    """
    lows, n, lex, verbs = s.lows, s.n, s.lex, s.verbs
    phrase_first, phrases, sizes = lex.phrase_first, lex.phrases, lex.phrase_sizes
    # one pass over the words for the few that may start a cue
    cue_words = lex.cue_words
    after = 0  # the first token after the last phrase found
    for i in compress(range(n), map(cue_words.__contains__, lows)):
        if i < after:
            continue  # inside a phrase already yielded
        low = lows[i]
        if low in phrase_first:
            # only the lengths of the phrases that open with this word and the
            # next, longest first: no phrase of another length can match here
            for size in sizes.get((low, lows[i + 1]), ()) if i + 1 < n else ():
                if size > n - i:
                    continue
                key = tuple(lows[i : i + size])
                cls = phrases.get(key)
                if cls is not None:
                    yield Cue(i, i + size - 1, cls, " ".join(key))
                    after = i + size
                    break
            else:
                cue = possessed_noun_cue(s, i)
                if cue is not None:
                    yield cue
                    after = cue.last + 1
                    continue
                cls = verbs.get(low)
                if cls is not None:
                    yield Cue(i, i, cls, low)
            continue
        yield Cue(i, i, verbs[low], low)


def possessed_noun_cue(s: Sentence, i: int) -> Cue | None:
    """ "expressed her hope that": a verb-and-noun cue with a possessive between.

    The phrase is looked up without the possessive and must be of the
    ``noun`` class ("expressed concern"); the cue spans all three words.
    """
    lows = s.lows
    if i + 2 >= s.n or lows[i + 1] not in POSSESSIVES:
        return None
    cls = s.lex.phrases.get((lows[i], lows[i + 2]))
    if cls is not VerbClass.NOUN:
        return None
    return Cue(i, i + 2, cls, f"{lows[i]} {lows[i + 2]}")


def skip_aux(s: Sentence, k: int) -> int:
    """Index of the last token before ``k`` that is not an auxiliary or adverb.

    "The clerk has also said", from "also": "clerk"; "went on to add",
    "on Monday" and "both" after a name ("Lee and Park both said") are
    skipped too.
    """
    lows = s.lows
    while k >= 0:
        low = lows[k]
        if low in AUX:
            k -= 1
        elif low.endswith(("n't", "n\u2019t")) or (
            low.endswith("ly")
            and len(low) > 4
            and low not in s.heads
            and s.words[k].islower()  # not a name: "Julie Kelly said"
        ):
            k -= 1
        elif low == "to" and k >= 2 and lows[k - 1] == "on" and lows[k - 2] in GO_FORMS:
            k -= 3
        elif low == "to" and k >= 1 and lows[k - 1] in CONTINUE_FORMS:
            k -= 2
        elif low in WEEKDAYS:
            k -= 2 if k >= 1 and lows[k - 1] == "on" else 1
        elif len(low) == 4 and low.isdigit() and k >= 1 and lows[k - 1] == "in":
            k -= 2  # "who in 2010 said"
        elif low == "long" and k >= 1 and lows[k - 1] in AUX:
            k -= 1  # "has long said": an adverb of time after the auxiliary
        elif (
            low in ("both", "all")
            and k >= 1
            and (
                is_cap(s.words[k - 1])
                or lows[k - 1] in ("they", "we")
                or lows[k - 1] in s.heads  # "the mayor and the governor both said"
                or lows[k - 1] == ")"  # "Lee (D-Ore.) and Park (R-Ky.) both said"
            )
        ):
            k -= 1  # "Lee and Park both said", "they all agreed"
        elif low in PERIODS and k >= 1 and lows[k - 1] in DEICTICS:
            k -= 2
        else:
            break
    return k


def is_participle(low: str) -> bool:
    """Whether ``low`` may be a past participle ("confirmed", "told")."""
    return low.endswith("ed") or low in PARTICIPLE_IRREGULAR


def complement_ok(s: Sentence, j: int, cls: VerbClass, first: int) -> bool:
    """Whether what follows the cue at ``first`` (from token ``j``) fits its class.

    Time words ("said on Monday", "ruled this week") and a short insert set
    off by commas ("said, however, that") are skipped first; the class's
    complement test decides.
    """
    while j < s.n and (s.lows[j] in WEEKDAYS or s.lows[j] in TIME_WORDS):
        j += 1
    if j + 1 < s.n and s.lows[j] in DEICTICS and s.lows[j + 1] in PERIODS:
        j += 2  # "ruled this week", "said last month"
    j = skip_inserted(s, j)
    nxt = s.lows[j] if j < s.n else ""
    if (
        cls in _AS_FRAMED
        and "as" in s.lows[max(0, first - 8) : first]
        and as_frame(s, first, j, cls)
    ):
        return True
    return COMPLEMENTS[cls](s, j, nxt, first)


#: Verb classes whose content may be the clause an "as" frame introduces.
_AS_FRAMED = frozenset({VerbClass.CLAUSE, VerbClass.VIEW, VerbClass.CALL})


def as_frame(s: Sentence, first: int, j: int, cls: VerbClass) -> bool:
    """Whether the verb at ``first`` closes an "as" frame before what it reports.

    "As the senator expressed to me today, the plan ...", "as critics
    reckon in private, ...", "As the paper called them last week, ...":
    "as" opens the sentence or follows a comma or bracket, a short subject
    (no verb, comma or quotation) stands between it and the verb, and after
    the verb at most six plain words (an addressee, a time, a channel) lead
    to a comma with more text after it; no object follows the verb ("As the
    crowd expressed its thanks, ..." tells when). The frame's clause is the
    content.
    """
    lows = s.lows
    k = first - 1
    while k >= 0 and (lows[k] in AUX or lows[k].endswith("ly")):
        k -= 1
    a = k
    while a >= 0 and first - a <= 7 and lows[a] != "as":
        if lows[a] in STOPS or lows[a] in QUOTES or lows[a] in (",", "that"):
            return False
        a -= 1
    if a < 0 or lows[a] != "as" or a == k:
        return False
    if (
        a > 0
        and lows[a - 1] not in (",", "(")
        and lows[a - 1] not in DASHES
        and a != s.marks()[0]
    ):
        return False
    if cls == VerbClass.CALL and (
        j >= s.n or lows[j] not in ("it", "them", "him", "her")
    ):
        return False  # naming needs what is named: "as critics called it"
    if j < s.n and not (
        lows[j] == ","
        or lows[j] in PREP
        or lows[j] in ("to", "it", "them")
        or lows[j] in TIME_WORDS
        or lows[j].endswith("ly")
    ):
        return False  # an object: "as the crowd expressed its thanks, ..."
    for i in range(j, min(s.n - 1, j + 7)):
        low = lows[i]
        if low == ",":
            return i + 1 < s.n and lows[i + 1] not in STOPS
        if (
            low in STOPS
            or low in QUOTES
            or low in ("that", "and", "but")
            or low in s.verbs
        ):
            return False
    return False


def any_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """Speech verbs, phrases, prepositions and "tell" take any complement."""
    return True


def opens_complement(nxt: str) -> bool:
    """Whether ``nxt`` opens a reported clause or quotation ("that", ":", "why")."""
    return nxt in _OPENING or nxt in QUOTES or nxt in DASHES or nxt in WH


def clause_or_end(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """ "See as" verbs: a reported clause or quotation follows."""
    return opens_complement(nxt)


def finding_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """Evidence verbs: a clause, with or without "that", or a quotation.

    "the study found that", "the survey found most voters were undecided";
    not "the police found the body".
    """
    return opens_complement(nxt) or bare_clause(s, j)


def noun_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A speech-act noun phrase: "voiced concern that", "raised doubts about".

    Not "raised funds among", where the noun phrase only has an object,
    nor an open invitation: "issued a call for tenders", "renewed its appeal
    for volunteers" (a notice, not a statement).
    """
    if nxt == "for" and j + 1 < s.n and s.lows[j + 1] in SOLICITED:
        return False
    return (
        nxt in NOUN_COMPLEMENT
        or nxt in STOPS
        or nxt == ""
        or nxt in QUOTES
        or nxt in DASHES
    )


def intent_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """An intention: "wants to", "plans to", "refused to"."""
    return nxt == "to"


def desire_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A wish and what is wished: "wants to", "would like to".

    Or a clause: "expects that the economy will slow". Or an object and
    "to" within five words: "wants the press to", "would
    like his successor to", "expects growth to slow"; not "wants the money",
    "wants that book" nor "wants more".
    """
    if nxt == "to":
        return True
    if s.lows[first] in FORECAST_FORMS and forecast_clause(s, j, nxt):
        return True
    if nxt == "that" and j + 1 < s.n:
        # "expects that the economy will slow": a clause (annotation notes,
        # decision 8); not "wants that book", a demonstrative's noun phrase
        after = s.lows[j + 1]
        return after in DET or after in s.pronouns or is_name(s, j + 1)
    if not (
        nxt in DET
        or nxt in s.pronouns
        or is_possessive(nxt)
        or is_name(s, j)
        # a bare noun: "expects growth to slow", "wants schools to reopen"
        or (is_lower_word(nxt) and nxt not in PREP and nxt not in s.verbs)
    ):
        return False
    for w in s.lows[j + 1 : j + 6]:
        if w == "to":
            return True
        if w in STOPS or w == "," or w in QUOTES or w in s.verbs:
            return False
        if w.endswith("ed") and is_lower_word(w):
            return False  # "wants the buildings switched to": "to" of place
    return False


def forecast_clause(s: Sentence, j: int, nxt: str) -> bool:
    """A forecast's clause: "expects that prices will rise", "expect the storm
    will weaken", "expects someone will step in".

    Not "expects that" closing a sentence, nor "expects the worst".
    """
    if nxt == "that":
        return j + 1 < s.n and s.lows[j + 1] not in STOPS and s.lows[j + 1] != ","
    return bare_clause(s, j)


def statement_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A statement issued and printed: "released this statement:".

    The colon or quotation may come after what the statement is about when
    the phrase says the text follows, as press releases open: "issued the
    following statement on the vote", "issued the statement below"; or
    after a channel: "posted a statement on Facebook: ...". Not
    "released a statement on parking fees" (nothing is printed), nor "issued
    a statement on Monday, saying": there "saying" is the cue (seeds rule 8).
    """
    if nxt == ":" or nxt in QUOTES:
        return True
    if nxt in PREP:
        # "posted a statement on Facebook: ...": the channel, then the text
        for w in s.lows[j + 1 : j + 8]:
            if w == ":" or w in QUOTES:
                return True
            if w in STOPS or w == "," or w in s.verbs:
                break
        if s.lows[-1] == ":" and not any(
            w == "," or w in QUOTES or (w.endswith("ing") and w in s.verbs)
            for w in s.lows[j:-1]
        ):
            # a release's opening line that ends in a colon, the statement
            # printed after it: "issued a statement after the Senate voted
            # to pass the budget:"
            return True
    # the phrase itself may say that the statement is printed next
    return "following" in s.lows[first:j] or "below" in s.lows[first:j]


def belief_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A belief holds a clause or a quotation: "knows that", "fears they will".

    The clause may open with a noun phrase ("feared the bridge would
    close"). Not "knows the answer" nor "knows how".
    """
    return (
        nxt in ("that", ":")
        or nxt in QUOTES
        or nxt in CLAUSE_PRONOUNS
        or existential_clause(s, j)
        or bare_clause(s, j)
    )


def existential_clause(s: Sentence, j: int) -> bool:
    """Whether "there" and a finite verb open a clause at ``j``: "there are".

    "knows there are many", "believes there will be a deal"; not "believes
    there" nor "sees there the problem".
    """
    return (
        j + 1 < s.n
        and s.lows[j] == "there"
        and (s.lows[j + 1] in STRICT_AUX or s.lows[j + 1] in ("'s", "\u2019s"))
    )


def call_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """ "called it a mistake": naming something (:func:`naming_ok`)."""
    return naming_ok(s, j, first)


def consider_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A clause ("considers that") or a judgement on an object, as "call" takes.

    "considers the strike illegal", "deemed the offer an insult"; not
    "considered the appeal on Monday".
    """
    if clause_complement(s, j, nxt, first):
        return True
    return j < s.n and (nxt in DET or nxt in s.pronouns) and judged_object(s, j)


def blame_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """An object, then the fault, before the clause ends.

    "blames the weather for", "blamed the delay on", "blames “greed” for",
    and the fault as a gerund after "of", as with "accuses": "blames the
    guards of sleeping".
    """
    quoted = nxt in QUOTES
    if not (quoted or nxt in s.pronouns or nxt in DET or is_name(s, j)):
        return False
    lows = s.lows
    for i in range(j + 1, min(s.n, j + 12)):
        w = lows[i]
        if w in ("for", "on"):
            return True
        if (
            w == "of"
            and i + 1 < s.n
            and lows[i + 1].endswith("ing")
            and len(lows[i + 1]) > 5
            and is_lower_word(s.words[i + 1])
            # the gerund takes an object: not "blames the head of marketing"
            and i + 2 < s.n
            and (lows[i + 2] in DET or lows[i + 2] in s.pronouns or is_name(s, i + 2))
        ):
            return True
        if w in QUOTES and quoted:
            quoted = False  # the quoted object closes
            continue
        if w in STOPS or w == "," or w in QUOTES:
            return False
    return False


def clause_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A clause, a quotation, or the end of a clause after a quotation.

    "added that", "noted they had left", "explained in a letter that",
    "“We are ready,” she added."
    """
    if opens_complement(nxt):
        return True
    if nxt in s.pronouns and nxt not in ("who", "which", "you"):
        return True  # "noted they had said"
    if bare_clause(s, j) or existential_clause(s, j):
        return True  # "knows the vote was close", "noted there were delays"
    if nxt == "for":
        # "As Lee wrote for the institute, “...”": the outlet written for,
        # then the quotation
        for i in range(j + 1, min(s.n - 1, j + 10)):
            w = s.lows[i]
            if w == "," and s.words[i + 1] in QUOTES:
                return True
            if w in STOPS or w == "," or w in s.verbs:
                break
    if nxt in ("in", "on"):
        # "explained in a radio interview, ...", "added on social media.",
        # "writes in her blog how ..."
        for w in s.lows[j + 1 : j + 12]:
            if w in ("that", ",", ":") or w in QUOTES or w in _CLAUSE_WH:
                return True
            if w in STOPS:
                break
        nxt = "."
    return (nxt in STOPS or nxt == "") and (
        (s.marks()[2] < first and subject_after_mark(s, first))
        or closes_bare_report(s, first)
    )


def subject_after_mark(s: Sentence, first: int) -> bool:
    """Whether a subject alone stands between the last comma or quote and ``first``.

    "The vote was close, the mayor noted.": the clause before the comma is
    what was noted. Not "..., through three pilot projects.", where a
    preposition opens the phrase, nor "..., sharing their findings on
    local projects.", where a participle does: the verb is a noun.
    """
    q = first - 1
    while q >= 0 and not (s.words[q] in QUOTE_LIKE or s.lows[q] == ","):
        q -= 1
    if q < 0 or q + 1 >= first:
        return q >= 0
    opener = s.lows[q + 1]
    if opener in PREP or opener in CHANNEL_PREP or opener in POST_PREP:
        return False
    return not any(
        is_lower_word(s.words[i]) and s.lows[i].endswith("ing") and len(s.lows[i]) > 5
        for i in range(q + 1, first)
    )


def closes_bare_report(s: Sentence, first: int) -> bool:
    """ "Lee wrote on social media.": a short subject and the verb, nothing more.

    A sentence that holds only who spoke and the verb (with a time or a
    short channel after it) credits the words printed before it, as a
    speaker line under an embedded post or a quotation does: the text says
    who they come from (ANNOTATION.md, "Attributions"). The subject is at
    most four words of names, determiners, known head nouns or adverbs,
    the verb is in the past tense, and at most four words follow it, none
    of them a verb.
    """
    lead = s.marks()[0]
    lows = s.lows
    form = lows[first]
    if not 0 < first - lead <= 4 or not (form.endswith("ed") or form in PAST_IRREGULAR):
        return False  # "Lee writes in her column every week": a habit
    for i in range(lead, first):
        low = lows[i]
        if not (
            is_name(s, i)
            or low in DET
            or low in AUX
            or low in s.pronouns
            or low in s.heads
            or is_possessive(low)
        ):
            return False
    j = first + 1
    while j < s.n and (lows[j] in WEEKDAYS or lows[j] in TIME_WORDS):
        j += 1  # "Lee wrote on Friday.", "Lee said later."
    if j < s.n and lows[j] in CHANNEL_PREP:
        # only a channel: "on social media", "in a statement", "on X"
        e = j + 1
        while e < s.n and lows[e] not in STOPS:
            e += 1
        if not 0 < e - j - 1 <= 3:
            return False
        last = lows[e - 1]
        if not (
            is_name(s, e - 1)
            or last in PLATFORMS
            or s.heads.get(last) in _CHANNEL_HEADS
        ):
            return False  # "commented on the death": a topic, not a channel
        j = e
    return j < s.n and all(w in STOPS or w in QUOTE_LIKE for w in lows[j:])


def bare_clause(s: Sentence, j: int) -> bool:
    """Whether a clause without "that" starts at ``j``: "the vote was close".

    A short noun phrase (a determiner, quantifier, number or name, then at
    most four plain words) and an auxiliary or a form of "be" ("was",
    "will", "must"): "projects the population will be", "knows many
    variables are".
    """
    lows = s.lows
    if j < s.n and lows[j] in INDEFINITES:
        return indefinite_clause(s, j)
    if j >= s.n or not (
        lows[j] in DET or lows[j] in QUANT or lows[j][:1].isdigit() or is_name(s, j)
    ):
        return False
    if lows[j] in ("that", "this", "what"):
        return False
    end = min(s.n, j + 6)
    for i in range(j + 1, min(s.n, j + 9)):
        if i >= end:
            return False
        low = lows[i]
        if low == "of" and i > j + 1 and end == j + 6 and of_phrase(s, i):
            # "determined the orbit of the debris does not": the head noun's
            # "of" phrase widens the subject by up to three words
            end = min(s.n, j + 9)
            continue
        # "knew Republicans weren't the only obstacle": a negated auxiliary
        if low in STRICT_AUX or low.endswith(("n't", "n\u2019t")):
            return i > j + 1 or lows[j][:1].isdigit() or is_name(s, j)
        if not (
            low.isalnum()
            or low in ("-", ".")
            or is_possessive(low)
            or (low.endswith(".") and low.replace(".", "").isalnum())  # "U.S."
        ):
            return False
        if end > j + 6 and lows[i - 1] == "of" and low in DET:
            continue  # "the orbit of the debris"
        if end > j + 6 and low in _OF_BLOCKERS:
            return False  # "the head of the firm who was": a relative clause
        if low in PREP or low in s.verbs or (low in DET and low not in CARDINALS):
            return False  # a number may count the noun: "the three men had"
    return False


def of_phrase(s: Sentence, i: int) -> bool:
    """Whether "of" at ``i`` opens a plain noun phrase: "of the debris", "of oil".

    A determiner or a plain lower-case word follows, no pronoun, verb,
    preposition or relative: not "of who", "of being".
    """
    if i + 1 >= s.n:
        return False
    nxt = s.lows[i + 1]
    if nxt in _OF_BLOCKERS or nxt in s.pronouns or nxt in s.verbs or nxt in PREP:
        return False
    return nxt in DET or is_lower_word(s.words[i + 1]) or is_name(s, i + 1)


def indefinite_clause(s: Sentence, j: int) -> bool:
    """ "believes someone with a key opened the gate": an indefinite subject.

    Within six words, before any stop, comma or relative, a finite verb:
    an auxiliary or a lower-case past form.
    """
    lows = s.lows
    for i in range(j + 1, min(s.n, j + 7)):
        low = lows[i]
        if low in STOPS or low in (",", "who", "that", "which") or low in PREP:
            if low in PREP:
                continue
            return False
        if low in STRICT_AUX or (
            is_lower_word(s.words[i])
            and (low in PAST_IRREGULAR or (low.endswith("ed") and len(low) > 4))
        ):
            return True
    return False


def view_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A clause, or an object: "agreed that", "supports the plan", "opposes it".

    A clause without "that" may open with a bare plural noun and its
    auxiliary: "believes schools should reopen".
    """
    if opens_complement(nxt):
        return True
    if nxt in s.pronouns or nxt in DET or (j < s.n and is_name(s, j)):
        return True
    if nxt in INDEFINITES:
        return indefinite_clause(s, j)  # "believes someone took it"
    return plain_clause(s, j)


def plain_clause(s: Sentence, j: int) -> bool:
    """A clause opening with a bare noun phrase at ``j``: "schools should reopen".

    One to three plain lower-case words ("local schools", "bigotry and
    fear"), then an auxiliary or a form of "be"; not an infinitive ("agreed
    to accept would").
    """
    for i in range(j, min(s.n - 1, j + 3)):
        low = s.lows[i]
        if not is_lower_word(s.words[i]) or low in PREP or low in s.verbs:
            return False
        if low in AUX or low in s.pronouns or low in DET or low in ("to", "not"):
            return False
        if s.lows[i + 1] in STRICT_AUX:
            return True
    return False


def object_complement(s: Sentence, j: int, nxt: str, first: int) -> bool:
    """A judgement on an object: "criticised the plan", "denounced “lies”".

    A possessive object counts: "condemned the mayor's decision", and so
    does an object fronted by a relative ("in what police described as").
    """
    if opens_complement(nxt):
        return True
    if nxt == "as" and fronted_object(s, first):
        return True
    if is_possessive(nxt) or nxt in QUOTES:
        return True
    if nxt in _OBJECT_PRONOUNS:
        return True  # "blasted him for", "criticised them"
    if is_lower_word(nxt) and nxt.endswith("ing") and len(nxt) > 5 and nxt not in PREP:
        return True  # a gerund clause: "described hearing a bang"
    if (
        is_lower_word(nxt)
        and nxt not in PREP
        and nxt not in COORDINATORS
        and j + 1 < s.n
        and is_name(s, j + 1)
    ):
        return True  # a role before a name: "praised wrestler Ann Lee"
    if not s.lows[first].endswith("ing") and bare_object(s, j):
        return True
    return view_complement(s, j, nxt, first)


def bare_object(s: Sentence, j: int) -> bool:
    """A noun phrase without a determiner at ``j``: "condemned violent attacks".

    A plural ("blasted members of the board", "sets out plans"), or a word
    before a plural ("condemned violent attacks"); not an adverb, a time
    ("condemned yesterday"), a preposition or another verb.
    """
    low = s.lows[j]
    if not (
        is_lower_word(s.words[j])
        and len(low) > 2
        and not low.endswith("ly")
        and low not in PREP
        and low not in AUX
        and low not in COORDINATORS
        and low not in s.verbs
        and low not in s.pronouns
        and low not in TIME_WORDS
        and low not in TIME_NOUNS
        and low not in PERIODS
        and low not in WEEKDAYS
    ):
        return False
    if plural(low):
        return True
    k = j + 1
    # an adjective or a noun before a plural head: "harsh remarks"
    return (
        k < s.n
        and is_lower_word(s.words[k])
        and plural(s.lows[k])
        and s.lows[k] not in PREP
        and s.lows[k] not in AUX
    )


def plural(low: str) -> bool:
    """Whether a lower-case word looks like a plural noun ("members", "plans")."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


#: Relatives that front the object of a verb of judgement ("what police called").
_FRONTING = frozenset({"what", "which", "that", "whom"})


def fronted_object(s: Sentence, first: int) -> bool:
    """ "in what police described as", "a move which critics have branded as".

    A relative within six words before the verb, then the verb's own
    subject (a word that is no relative, auxiliary or form of "be"): the
    relative stands for the object judged. Not "which was described as"
    (a passive without its speaker).
    """
    lows = s.lows
    k = skip_aux(s, first - 1)
    if k < 1 or lows[k] in _FRONTING or any(w in BE for w in lows[k + 1 : first]):
        return False
    for r in range(k - 1, max(-1, k - 6), -1):
        w = lows[r]
        if w in _FRONTING:
            return True
        if w in STOPS or w == "," or w in BE or w in s.verbs:
            return False
    return False


_OPENING = frozenset(("that", ":", ","))
#: Question words that open a reported clause after a channel ("how", "why").
_CLAUSE_WH = frozenset(("how", "why", "whether"))
_OF_BLOCKERS = frozenset(("who", "whom", "whose", "which", "that", "what"))
#: Object pronouns a judging verb may take: "criticised him", "blasted them".
_OBJECT_PRONOUNS = frozenset(("him", "them", "us", "me"))
_CHANNEL_HEADS = frozenset({HeadClass.MEDIA, HeadClass.DOCUMENT, HeadClass.COLLECTIVE})

#: The complement test of each verb class.
COMPLEMENTS: dict[str, Callable[[Sentence, int, str, int], bool]] = {
    VerbClass.SPEECH: any_complement,
    VerbClass.PHRASE: any_complement,
    VerbClass.PREP: any_complement,
    VerbClass.TELL: any_complement,
    VerbClass.NOUN: noun_complement,
    VerbClass.DESIRE: desire_complement,
    VerbClass.STATEMENT: statement_complement,
    VerbClass.INTENT: intent_complement,
    VerbClass.BELIEF: belief_complement,
    VerbClass.STANCE: view_complement,
    VerbClass.CALL: call_complement,
    VerbClass.CONSIDER: consider_complement,
    VerbClass.BLAME: blame_complement,
    VerbClass.CLAUSE: clause_complement,
    VerbClass.VIEW: view_complement,
    VerbClass.OBJECT: object_complement,
    VerbClass.EVIDENCE: finding_complement,
    VerbClass.VIEWAS: clause_or_end,
}


def skip_inserted(s: Sentence, j: int) -> int:
    """The token after an adverbial set off by commas at ``j``, else ``j``.

    "blames, in part, the globalization", "said, however, that", "added,
    in a statement, that": a short insert between the verb and its
    complement (at most five words, no verb, no quotation).
    """
    lows = s.lows
    if j >= s.n or lows[j] != ",":
        return j
    for c in range(j + 1, min(s.n, j + 7)):
        w = lows[c]
        if w == ",":
            return c + 1 if c > j + 1 and c + 1 < s.n else j
        if (
            not (is_lower_word(w) or w.isdigit() or is_name(s, c))
            or w in s.verbs
            or w in BE
            or w in ("and", "but", "that")
        ):
            return j
    return j


def naming_ok(s: Sentence, j: int, first: int) -> bool:
    """Whether "call" at ``first`` names something: "called it “a disgrace”".

    "call X Y" and "what X calls Y" are speech acts (a judgement passed
    on X); "called the police" and "a group called PEACH" are not.
    """
    lows = s.lows
    if "what" in lows[max(0, first - 4) : first]:
        return True  # "what she called “a rant”"
    if j >= s.n or lows[j] in PREP or lows[j] in ("back", "up", "off", "out"):
        return False
    if s.words[j][:1].isupper() and first >= 2 and lows[first - 2] in ("a", "an"):
        return False  # "a band called Tidewater": a reduced passive
    for w in lows[j : j + 7]:
        if w in QUOTES:
            return True
        if w in STOPS or w == ",":
            break
    if lows[j] in OBJECT and j + 1 < s.n:
        nxt = lows[j + 1]
        return nxt in ("a", "an", "the") or (
            is_lower_word(nxt) and nxt not in PREP and nxt not in CALL_PARTICLES
        )
    return judged_object(s, j)


def judged_object(s: Sentence, j: int) -> bool:
    """Whether an object and what it is judged to be start at ``j``.

    "the rule a trap", "the plan unfair", "the strike illegal": a noun
    phrase (with one "of" phrase: "the closure of the bridge a mistake"),
    then a noun phrase with "a"/"an" (not a time: "a week later") or "one
    of", or an adjective ending the clause.
    """
    lows = s.lows
    # the object may keep one "of" phrase: "the closure of the bridge a
    # mistake", "the last days of July one of the worst"
    of = next((p for p in range(j + 1, min(s.n, j + 4)) if lows[p] == "of"), None)
    stop = j + 5 if of is None else of + 5
    for p in range(j + 1, min(s.n - 1, stop)):
        w = lows[p]
        if p == of:
            continue
        if w in STOPS or w == "," or w in PREP or w in CALL_PARTICLES:
            break
        if (
            (w in ("a", "an") and lows[p + 1] not in TIME_NOUNS)
            or (w == "one" and lows[p + 1] == "of")  # "one of the best"
            or (
                p > j + 1
                and lows[j] in DET
                and w.endswith(ADJECTIVE_ENDINGS)
                and is_lower_word(w)
                and (lows[p + 1] in STOPS or lows[p + 1] in (",", "and", "but"))
            )
        ):
            return True  # "called the rule a trap", "called the plan unfair"
    chunk = s.syntax.object_of(s, j, s.n)
    if chunk is None or chunk[1] + 2 >= s.n:
        return False
    e = chunk[1]
    return lows[e + 1] in ("a", "an") and lows[e + 2] not in TIME_NOUNS


def modifier_participle(s: Sentence, first: int, last: int) -> bool:
    """Whether the cue at ``first`` is a participle in a reduced relative.

    "The memo posted online cites", "a notice printed by the council
    said": a past participle right after a determiner and noun,
    followed by a preposition, modifies that noun when a finite reporting
    verb follows later in the same clause; that verb is the cue.
    """
    lows = s.lows
    low = lows[first]
    if (
        first != last
        or first < 2
        or last + 1 >= s.n
        or lows[last + 1] not in PREP
        or not (low.endswith("ed") or low in REDUCED_IRREGULAR)
    ):
        return False
    head = lows[first - 1]
    if (
        not is_lower_word(head)
        or head in s.pronouns
        or head in s.verbs
        or head in AUX
        or head in DET
        or head in PREP
    ):
        return False
    # a determiner opens the subject a few words back: "the 40-page report"
    for d in range(first - 2, max(-1, first - 6), -1):
        w = lows[d]
        if w in DET:
            break
        if not (w.replace("-", "").isalnum() or w == ",") or w in s.verbs:
            return False
    else:
        return False
    for j in range(last + 2, min(s.n, last + 16)):
        w = lows[j]
        if w in STOPS or w in QUOTES or w in (":", "that", "who", "which"):
            return False
        if w == "," and j + 1 < s.n and lows[j + 1] in ("and", "but", "while"):
            return False
        cls = s.verbs.get(w)
        if (
            cls is not None
            and cls != VerbClass.PREP
            and s.words[j][:1].islower()
            and lows[j - 1] not in DET
            and lows[j - 1] not in PREP
            and not (j + 1 < s.n and lows[j + 1] == "by")
            and (
                (w.endswith("s") and not w.endswith("ss"))
                or w.endswith("ed")
                or w in PAST_IRREGULAR
            )
        ):
            return True
    return False
