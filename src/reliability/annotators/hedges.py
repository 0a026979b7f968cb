"""Hedges: words that lower the certainty of a claim (ANNOTATION.md, "Hedges").

The lexicon ``hedges.tsv`` gives each cue a *kind*; ``HedgeAnnotator.accept``
vetoes the readings of that kind which do not hedge: "could" of ability,
"may" the month, "might" the noun, "claims" the noun, "a possible offensive",
"it became apparent", "the apparent magnitude of a star" (a measurement),
"was reported by Reuters" (an agent makes it an attribution), "little sign of"
(judgement call 17), the concessive "Bombs may not be falling", "Someone
suggesting that ..." (a person suggesting is a speech act, not evidence; so is
"Senator Lee suggests"), and a capitalised word inside a sentence, which is
part of a name ("Prompt Asylum Claim Review").
may/might/could are read in their clause: purpose ("so that they could"),
degree ("as bad as it may seem"), permission ("residents may apply for"),
perception ("smoke could be seen") and a legal penalty ("may be fined") are
not likelihood. "the likely winner" is attributive (annotation notes 17).
The noun "claims" hedges when it introduces the claimed content ("his claims
that ...", judgement call 15); counted ("1,200 claims") it is the legal noun,
and so is a singular "claim" before a finite verb ("the claim was upheld").
Agentless passives are hedges (judgement call 16), also after a contracted
copula: "It's described as ..." marks "'s described as". A report passive
with an adverb inside its verb group ("is widely seen as", "are now expected
to") is marked whole (annotation notes 18); without a form of "be" ("a vote
expected to pass") it is not. "to claim royalties" asserts a right, and "might"
after an adjective of power or a nationality ("Chinese might") or before a
finite verb ("its might was felt") is the noun.
"may not" hedges ("readers may not know that") unless it concedes ("may not
be shut, but") or forbids ("you may not park", "may not be reproduced");
denied ability or feasibility is certain, not doubtful ("no one could keep
up", "has never been possible"); "warning signs of" is a set term and
"suggests ways to" and "suggest names for" a proposal. A report participle
may open an aside after a dash as after a comma ("the flag — interpreted as a snub —").
A forecast participle right after its noun is a report passive with "which
is" left out ("a ruling expected on Friday", "with rain expected"), and so
is "isn't expected to"; "than expected", "is to be expected" and "the duty
expected of" are not. A distancing word right after one that asserts its
falsity ("falsely claimed", "bogus allegations", "found to be fake") keeps
no distance (annotation notes D21). "May was wet" is the month; "may be
eligible", "may wish to" and "you may want to" state a rule, a courtesy or
advice; "in the hope that others may", "while it may seem odd" a wish and a
concession; "discussing the possibility of" a topic; "anyone who may have
seen the crash" a hypothetical witness; "did all it could to" an ellipsis.
Nothing is marked in a question, which asserts nothing, nor is a modal in an
embedded question ("who the winner might be", "whether the fire may have been
set") or in a comparison with what was expected ("than might be expected").
A report passive whose agent names no one hedges as the agentless one does
("is seen by many as", "is considered by some to be"; not "by many experts"),
and so does a report participle joined to an earlier passive ("was arrested
and accused of fraud", "is quick and widely regarded as the best").
Only the outlet's own voice is marked, never direct quotations (judgement call
14), in single quotation marks too ("'The pier may close,' she said").
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterator
from enum import StrEnum
from functools import cache

from reliability.annotators.base import LexiconAnnotator
from reliability.annotators.speech import dash_answers, introduced_speech
from reliability.document import Document
from reliability.errors import ResourceError
from reliability.findings import Layer, SpanFinding
from reliability.registry import register
from reliability.resources import ClassedLexicon, load_classed_lexicon, load_lexicon
from reliability.words import WordClass, function_words, words_of

__all__ = ["Context", "HedgeAnnotator", "in_single_quotes"]


class Context(StrEnum):
    """The classes of ``hedge_context.tsv`` (its header says what each serves)."""

    MIGHT_NOUN_BEFORE = "might-noun-before"
    ABILITY_AFTER = "ability-after"
    PERCEPTION = "perception"
    PERSONAL_PRONOUN = "personal-pronoun"
    ABILITY_BEFORE = "ability-before"
    INDIRECT_QUESTION = "indirect-question"
    RHETORICAL_SUBJECT = "rhetorical-subject"
    RHETORICAL_VERB = "rhetorical-verb"
    MONTH_BEFORE = "month-before"
    CLAIM_NOUN_BEFORE = "claim-noun-before"
    CLAIMED_OBJECT = "claimed-object"
    CLAUSE_OPENER = "clause-opener"
    BECOME = "become"
    NEGATIVE_QUANTITY = "negative-quantity"
    PERSON_SUBJECT = "person-subject"
    POSSESSIVE = "possessive"
    CONTRACTED_SUBJECT = "contracted-subject"
    DISTANCING_DETERMINER = "distancing-determiner"
    STATEMENT_AFTER = "statement-after"
    RISK_ADJECTIVE = "risk-adjective"
    REPORT_ADVERB = "report-adverb"
    PURPOSE_BEFORE_THAT = "purpose-before-that"
    PURPOSE_VERB = "purpose-verb"
    PERMISSION_VERB = "permission-verb"
    ADMINISTRATIVE_ACT = "administrative-act"
    AVAILABLE = "available"
    AVAILABLE_PLACE = "available-place"
    PERCEIVED = "perceived"
    PENALTY = "penalty"
    PENALTY_AFTER_FACE = "penalty-after-face"
    ATTRIBUTIVE_DETERMINER = "attributive-determiner"
    DEGREE = "degree"
    EMPHATIC_COMPARATIVE = "emphatic-comparative"
    TIME_LIMIT = "time-limit"
    POLL_TERM = "poll-term"
    CONCESSIVE_MODAL = "concessive-modal"
    PLACARD_VERB = "placard-verb"
    HEARSAY_BEFORE = "hearsay-before"
    MULTIPLIER = "multiplier"
    NEGATOR = "negator"
    SIGN_COMPOUND = "sign-compound"
    PROPOSAL_OBJECT = "proposal-object"
    CONCESSIVE_LATER = "concessive-later"
    PERMISSION_PARTICIPLE = "permission-participle"
    NEGATIVE_SUBJECT = "negative-subject"
    FIRST_PERSON = "first-person"
    CLAUSE_SUBJECT = "clause-subject"
    FALSITY = "falsity"
    ENTITLEMENT = "entitlement"
    FORECAST = "forecast"
    EXPECTED_WHEN = "expected-when"
    COMPARISON = "comparison"
    MEASURE_NOUN = "measure-noun"
    RHETORICAL_BRIDGE = "rhetorical-bridge"
    PURPOSE_NOUN = "purpose-noun"
    APPEARANCE_VERB = "appearance-verb"
    CONCESSIVE_OPENER = "concessive-opener"
    HYPOTHETICAL_SUBJECT = "hypothetical-subject"
    MODAL_BEFORE_BE = "modal-before-be"
    NO_ASIDE = "no-aside"
    DUTY = "duty"
    PENALTY_VERB = "penalty-verb"
    TERM_UNIT = "term-unit"
    PENALTY_TERM = "penalty-term"
    PERMISSION_NOUN = "permission-noun"
    NOTIFIED_STATUS = "notified-status"
    CATEGORY_DETERMINER = "category-determiner"
    IRREGULAR_PARTICIPLE = "irregular-participle"
    PAGE_NOUN = "page-noun"
    CONTENT_NOUN = "content-noun"
    GENERIC_PERSON = "generic-person"
    REPORT_DOCUMENT = "report-document"
    CHANGE_VERB = "change-verb"
    SCHEDULED_EVENT = "scheduled-event"
    LICENCE_TERM = "licence-term"
    STATUS_ADVERB = "status-adverb"
    CLAIMS_RESPONSE = "claims-response"
    CLAIM_HEAD = "claim-head"
    CLAIM_RIGHT_VERB = "claim-right-verb"
    HEARSAY_PARTICIPLE = "hearsay-participle"
    COMPARATIVE_RATE = "comparative-rate"
    POSSIBILITY_ASSERTED = "possibility-asserted"
    BELIEF_PREPOSITION = "belief-preposition"
    RELATIVE_SUBJECT = "relative-subject"
    PRESCRIPTION = "prescription"
    VAGUE_AGENT = "vague-agent"
    ACTIVE_REPORT = "active-report"
    OPINION_PARTICIPLE = "opinion-participle"
    JUDGING_PARTICIPLE = "judging-participle"


# The kinds of ``hedges.tsv`` (its header says what each vetoes).
KINDS = frozenset(
    "always modal passive contracted suggest distancing attributive predicative "
    "signs risk participle report likely after-in content hearsay first-person "
    "court allegation unchecked negated impersonal".split()
)
_APOSTROPHES = "'\u2019"
_QUOTE_CLOSERS = "\"'\u201d\u2019"
_CLOSERS = _QUOTE_CLOSERS + ")]"
# Single quotation marks, straight and typographic (also apostrophes).
_SINGLE_MARKS = "'\u2018\u2019"
_SINGLE_MARK = re.compile("[" + _SINGLE_MARKS + "]")
# A single mark that may open a quotation: after a space, a bracket or a dash
# (or at the text start), before a letter. _opens() says the same per mark.
_SINGLE_OPENER = re.compile(
    "(?:^|(?<=[\\s(\\[\"\u201c\u2013\u2014-]))['\u2018](?=[^\\W\\d_])"
)
# How far back a quotation in single marks is looked for (characters).
_QUOTE_REACH = 600
# Marks after which a single mark opens a quotation ("(\u2018", "\u2014\u2018").
_SINGLE_OPEN_AFTER = '(["\u201c\u2013\u2014-'
# Marks right after a word that end its clause or sentence.
_STOPS = ".;:!?)"
# Marks between two words that end a clause; a hyphen or apostrophe does not.
_CLAUSE_BREAKS = frozenset(',;:()[]"\u201c\u201d\u2013\u2014!?.')
# How far back a modal's clause is read for "while" or "although" ("while
# the names of the streets in the new district may seem dull").
_CONCESSION_REACH = 12
# How far back a modal's clause is read for a purpose frame ("so that the
# crews from both towns could ...").
_CLAUSE_REACH = 8


@cache
def _context() -> ClassedLexicon[Context]:
    return load_classed_lexicon("hedge_context", Context)


@cache
def _words(cls: Context) -> frozenset[str]:
    """The words of one class of ``hedge_context.tsv``."""
    return frozenset(w for w, cs in _context().entries.items() if cls in cs)


@cache
def _hedge_entries() -> frozenset[str]:
    """The entries of ``hedges.tsv`` ("unconfirmed", "conflicting reports")."""
    return frozenset(load_lexicon("hedges").entries)


@cache
def _be_forms() -> frozenset[str]:
    """Forms of "be" that carry a report passive ("is now expected to")."""
    return words_of(WordClass.BE)


@cache
def _be_participles() -> frozenset[str]:
    """Non-finite forms of "be", which do not make a clause ("being")."""
    return frozenset(("be", "been", "being"))


@cache
def _finite_after_noun() -> frozenset[str]:
    """Finite auxiliaries that follow the noun "might", never the modal.

    A modal takes a bare verb: "might be", "might have", "might do" keep
    their reading; "might was", "might has", "might will" make it the noun.
    """
    bare = frozenset(("be", "been", "being", "have", "do"))
    return words_of(WordClass.STRICT_AUXILIARY) - bare


@cache
def _grammar_words() -> frozenset[str]:
    """Function words that cannot be the noun of a reduced relative ("the", "had")."""
    classes = (
        WordClass.DEFINITE,
        WordClass.DETERMINER,
        WordClass.QUANTIFIER,
        WordClass.PREPOSITION,
        WordClass.CONNECTOR,
        WordClass.OBJECT,
        WordClass.AUXILIARY,
        WordClass.STRICT_AUXILIARY,
        WordClass.NEGATION,
        WordClass.WH,
        WordClass.CLAUSE_PRONOUN,
        WordClass.POSSESSIVE,
        WordClass.COORDINATOR,
        WordClass.FUNCTION,
    )
    return frozenset().union(*(words_of(c) for c in classes))


@cache
def _perfect() -> frozenset[str]:
    """Forms of "have" that make a participle the verb ("have long suspected")."""
    return frozenset(("had", "has", "have", "having"))


@cache
def _be() -> frozenset[str]:
    """Forms of "be" before a predicative adjective ("it is possible that")."""
    return words_of(WordClass.COPULA)


def _likely_hedges(
    doc: Document,
    start: int,
    end: int,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    prev: str | None,
) -> bool:
    """Decide whether "likely"/"unlikely" hedges rather than modifies a noun."""
    # "the likely winner", "her unlikely victory": an adjective before
    # its noun, like "a possible deployment" and "the probable
    # motivation" (annotation notes 17). "is likely to", "will likely",
    # "it's likely the ...", "the most likely of the towns" hedge.
    if prev == "as" and nxt == "as" and before[-2:-1]:
        # "twice as likely as those who ...": a measured rate, not doubt.
        if before[-2] in _words(Context.MULTIPLIER):
            return False
    if nxt in ("to", "that") and prev in _words(Context.COMPARATIVE_RATE):
        # "drivers over 80 are more likely to crash", "this makes it less
        # likely that ...": a comparison of rates or chances between two
        # cases, which a survey or a study states, not doubt about one fact.
        # "more likely than not" and "most likely" keep the hedge.
        return False
    if nxt is None or gap or nxt in ("to", "that", "than", "of"):
        return True
    if nxt in _words(Context.CONTRACTED_SUBJECT):
        return True  # "the more likely it is to fail": predicative
    if not _words(Context.POLL_TERM).isdisjoint(_clause_after(doc, start, end, 2)):
        return False  # "likely voters": the pollsters' term
    if prev in _words(Context.DEGREE) and len(before) > 1:
        prev = before[-2]  # "the most likely cause"
    return not _is_determiner(prev)


def _after_colon(text: str, start: int) -> bool:
    """Whether a colon right before ``start`` opens a new clause there.

    "Update: Suspected gunman held", "Today's news: Alleged plot foiled":
    the capital starts the clause, it does not mark a name.
    """
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and k < start - 1 and text[k] == ":"


_POSSIBILITY_REACH = 4


def _possibility_asserted(doc: Document, start: int, end: int) -> bool:
    """Whether the noun "possibility" asserts that something may be so.

    "There is a possibility that the talks fail", "raised the possibility
    of a recount" and "cannot rule out the possibility" lower the certainty
    of what follows. Elsewhere the noun names a possibility the sentence
    speaks about, a topic and not a likelihood it asserts: "ministers
    discussed the possibility of a new tax", "the budget takes account of
    the possibility that prices rise", "the possibility of buying a title
    was advertised", "faces the possibility of prison".
    """
    clause = _clause_before(doc, start, end, _POSSIBILITY_REACH)
    return not _words(Context.POSSIBILITY_ASSERTED).isdisjoint(clause)


def _suggest_hedges(doc: Document, start: int, end: int, prev: str | None) -> bool:
    """Decide whether "suggests" hedges rather than reports a speech act."""
    # "Evidence suggests" hedges; "someone suggesting that" and
    # '"Rest more," suggests the coach' report a speech act.
    tail = doc.text[max(0, start - 4) : start].rstrip()
    if tail[-1:] in _QUOTE_CLOSERS and tail[-2:-1] in ",!?":
        return False
    after = _clause_after(doc, start, end, 5)
    if "should" in after:
        return False  # "suggests the council should wait": advice
    if after[:1] and after[0] in _words(Context.PROPOSAL_OBJECT):
        return False  # "suggests ways to cut costs": a proposal, not evidence
    if _named_subject(doc, start, end):
        return False  # "Senator Lee suggests ...": her speech act
    return prev not in _words(Context.PERSON_SUBJECT)


def _distancing_hedges(
    doc: Document,
    start: int,
    end: int,
    entry: str,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
) -> bool:
    """Decide whether "claim(s)" distances from a statement, not a plain noun."""
    prev = before[-1] if before else None
    # "his claims that ..." distances from what follows (judgement
    # call 15); "the claims of fraud", "his claim": the plain noun;
    # "claimed the lives", "claimed ownership": owning or demanding
    # something, not distancing from a statement; "claimed responsibility"
    # for an attack is a claim the outlet cannot check, and distances.
    if nxt == "that" and not gap and prev in _words(Context.POSSESSIVE):
        return True
    if entry in ("claim", "claims") and _claim_of_a_right(doc, start, end, before, nxt):
        return False
    if prev == "to" and nxt not in ("that", "to"):
        # "used its patent to claim damages": asserting a right.
        return False
    if (
        entry == "claims"
        and prev in _words(Context.DISTANCING_DETERMINER)
        and (nxt is None or gap or nxt in _words(Context.STATEMENT_AFTER))
    ):
        # "the claims of fraud were", "these claims": statements
        # the text keeps its distance from (annotation notes 17); "denied
        # the claims", "in response to the claims" only name them, as
        # "denied the reports" does (annotation notes 48), unless their
        # content follows ("denied the claims of fraud").
        if nxt in ("of", "that") and not gap:
            return True
        return _words(Context.CLAIMS_RESPONSE).isdisjoint(before[:-1])
    if prev in _words(Context.CLAIM_NOUN_BEFORE):
        return False  # "his asylum claim"
    if entry == "claim" and nxt in _finite_after_noun():
        # "the antitrust claim would fail", "the dismissal claim was upheld":
        # a verb follows, so "claim" is the subject noun, not the verb.
        return False
    counted = entry in ("claim", "claims") and nxt not in ("to", "that")
    if counted and _counted(doc, start, end):
        return False  # "settled 1,200 claims": the legal noun
    if nxt not in _words(Context.CLAIMED_OBJECT):
        return True
    return _clause_after_object(doc, start, end)


_OBJECT_REACH = 8
_CLAUSE_JOINS = frozenset(("who", "which", "that", "and", "or", "but", "when"))


def _clause_after_object(doc: Document, start: int, end: int) -> bool:
    """Whether a finite verb follows the noun phrase after "claimed".

    "claims the pier is safe", "claimed the two men arrested were
    soldiers": a clause follows, so the verb distances from a statement;
    "claimed the lives of three people who were ...", "claimed the
    title and was ..." and "claim the costs your insurer might cover": the
    verb belongs to another clause, so "claimed" means taking or winning.
    """
    finite = words_of(WordClass.STRICT_AUXILIARY) - _be_participles()
    subjects = _words(Context.RELATIVE_SUBJECT)
    for word in _clause_after(doc, start, end, _OBJECT_REACH)[2:]:
        if word in _CLAUSE_JOINS or word in subjects:
            return False  # "claim the costs your insurer might cover"
        if word in finite:
            return True
    return False


def _claim_of_a_right(
    doc: Document, start: int, end: int, before: tuple[str, ...], nxt: str | None
) -> bool:
    """Whether the noun "claim(s)" is a demand for a right, money or land.

    A claim on an insurer, a court or a territory is no statement the text
    keeps its distance from: "the small claims court", "the claims process"
    (a compound head after it), "filed a claim", "staked twelve claims",
    "lays claim to the islands" (a verb that makes or settles the demand),
    "a claim to the throne", "claims over the seabed" (the right and what it
    bears on). "Critics claim the plan will fail", "claims to be the heir",
    "claims that it ...", "claims of fraud" and "claims to the contrary"
    stay distancing.
    """
    if nxt in ("that", "of") or nxt is None:
        return False
    if nxt in _words(Context.CLAIM_HEAD):
        return True
    prev = before[-1] if before else None
    noun = _is_determiner(prev) or prev in _words(Context.CLAIM_NOUN_BEFORE)
    if noun and nxt in ("to", "on", "over"):
        after = _clause_after(doc, start, end, 6)[1:]
        if after[:1] and "contrary" not in after and "that" not in after:
            # "a claim to the throne", "overlapping claims over the seabed",
            # "Russia's claim to Crimea"; not "claims to be", "claim to the
            # press that", "he claims to Reuters"
            k = doc.token_range(start, end).stop + 1
            name = doc.text[doc.words.starts[k] : doc.words.starts[k] + 1].isupper()
            if name or _is_determiner(after[0]):
                return True
    verbs = _words(Context.CLAIM_RIGHT_VERB)
    clause = _clause_before(doc, start, end, 2)
    if clause[-1:] and clause[-1] in verbs:
        return True  # "lays claim to", "insurers processing claims"
    # "filed a claim", "staked twelve claims", "paid out claims"
    between = clause[-1:] and (
        _is_determiner(clause[-1]) or clause[-1].isdigit() or clause[-1] == "out"
    )
    return bool(between) and len(clause) == 2 and clause[0] in verbs


def _modal_hedges(
    doc: Document,
    start: int,
    end: int,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    prev: str | None,
) -> bool:
    """Decide whether a modal ("may", "might", "could") is epistemic here.

    Not a negated "may" of permission, a concession ("while it may seem
    odd"), a modal of ability, purpose or rule.
    """
    comma = doc.text[end : end + 1] == ","
    after_next = None  # read only for a rhetorical frame ("you may have")
    if prev in _words(Context.RHETORICAL_SUBJECT):
        after_next = _word_after_next(doc, start, end)
    negated_may = nxt == "not" and doc.text[start:end] == "may"
    if negated_may and not _may_not_hedges(doc, start, end, prev):
        return False
    if nxt in _words(Context.APPEARANCE_VERB) and _conceded(
        _clause_before(doc, start, end, _CONCESSION_REACH)
    ):
        return False  # "while it may seem odd, ...": a concession
    if prev == "who" and _restrictive_who(doc, start, end):
        return False  # "people who may have been exposed": a class, not doubt
    if _page_notice(doc, start):
        return False  # "this script may differ from the recording"
    if _asked_or_compared(doc, start, end, before, nxt):
        return False
    return _is_epistemic_modal(
        doc.text[start:end], before, nxt, gap, comma, after_next
    ) and not _modal_of_purpose_or_rule(doc, start, end)


def _asked_or_compared(
    doc: Document, start: int, end: int, before: tuple[str, ...], nxt: str | None
) -> bool:
    """Whether the modal stands in an embedded question or a comparison's standard.

    Neither clause asserts what the modal qualifies, so no claim is made less
    certain. An embedded question whose complement moved to its wh-word ends
    at "be": "it is not clear who the winner might be", "they asked what the
    cause could be". A comparison with what was expected has no subject
    after "as" or "than": "turnout was higher than might have been
    expected", "not as bad as might be feared", as "than had been expected"
    is no hedge (annotation notes 47). "who might be the winner" and "the
    more intense the pain may be" keep the hedge: the first has its
    complement after "be", the second asks nothing.
    """
    if before[-1:] in (("as",), ("than",)):
        return nxt in ("be", "have")
    if nxt != "be" or len(_clause_after(doc, start, end, 2)) > 1:
        return False
    clause = _clause_before(doc, start, end, _CLAUSE_REACH)
    return not words_of(WordClass.WH).isdisjoint(clause)


#: How far back in its sentence a word calling a distancing word false is read.
_FALSITY_REACH = 12


def _called_false(
    doc: Document, start: int, end: int, entry: str, prev: str | None
) -> bool:
    """Whether the sentence calls false what a distancing word distances from.

    The outlet asserts the falsity, so there is nothing to keep a distance
    from (annotation notes D21: "no hedge when the same sentence asserts the
    falsity"): right before the word ("bogus allegations", "falsely
    claimed"), inside its noun phrase ("unsupported and deeply problematic
    claims"), or, for a noun, earlier in the sentence on told content it is
    set among ("Like the other false claims made to justify the war,
    accusations that ..."). A falsity word after the cue is not read: it may
    belong to the content ("claims that the data were false"); nor is "fake
    news", a genre; nor, for a verb, an earlier clause ("made false statements
    and later claimed that ...": another statement).
    """
    falsity = _words(Context.FALSITY)
    if prev in falsity:
        return True
    if not falsity.isdisjoint(_clause_before(doc, start, end, 4)):
        return True
    if entry in ("claim", "claims"):
        # the noun: first in its clause or after a determiner ("the claims")
        noun = not _clause_before(doc, start, end, 1) or _is_determiner(prev)
    else:
        noun = entry.startswith(("accusation", "allegation"))
    index = doc.segment_at(start)
    if index is None or not noun:
        return False
    lowers = doc.words.lowers
    i = doc.token_range(start, end).start
    first = doc.token_range(doc.segments[index].start, start).start
    content = _words(Context.CONTENT_NOUN)
    return any(
        lowers[k] in falsity and lowers[k + 1] in content and lowers[k + 1] != "news"
        for k in range(max(first, i - _FALSITY_REACH), i - 1)
    )


def _page_notice(doc: Document, start: int) -> bool:
    """Whether the modal's sentence is a notice about the page itself.

    "Please note: there may be small differences between this script and
    the recording", "This page may not have been reviewed", "this
    translation may differ from the original": the page tells its reader how
    far to rely on it, which is no claim about the world to hedge. The
    sentence names the page ("this page", "this transcript") with a
    ``page-noun`` word after "this". A notice alone is not enough: "Please
    note the car park may be full" and the method notes of statistics
    ("Note: figures may be revised") hedge what they tell.
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    seg = doc.segments[index]
    span = doc.token_range(seg.start, seg.end)
    nouns = _words(Context.PAGE_NOUN)
    lowers = doc.words.lowers
    return any(
        lowers[k] == "this" and lowers[k + 1] in nouns
        for k in range(span.start, span.stop - 1)
    )


def _report_hedges(
    doc: Document,
    start: int,
    end: int,
    entry: str,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    prev: str | None,
) -> bool:
    """Decide whether a report participle ("expected", "seen as") hedges.

    It does in a report passive, as a report adverb's participle ("widely
    reported"), in an aside after a comma and in a reduced relative; not
    with an agent ("by"), nor after a modal or in a comparison.
    """
    # "is now expected to", "are widely seen as", "it's also thought
    # to": a report passive with an adverb of frequency or extent
    # inside the verb group (judgement call 16). Without a form of
    # "be" ("a vote expected to pass") it is not marked.
    if nxt == "by" or _other_reading(doc, end, entry, nxt):
        return False
    if not entry.endswith((" to", " be")) and _later_agent(doc, start, end):
        return False
    back = _report_group(before)
    if back is not None:
        if before[-back] == "be":
            # "could be seen as": the modal is the shortest cue
            # (annotation notes 18); "cannot be regarded as", "can be
            # considered rude", "should surely be considered", "wants to
            # be accused of", "that shops be considered essential": a
            # bare "be" makes the passive a rule or a hypothesis, never
            # the report itself; "is to be expected": unsurprising.
            return False
        if entry == "expected" and _scheduled(doc, start, end, nxt):
            return False
        if entry == "expected to" and before[-back - 1 :][:1] == ("you",):
            # "you are expected to arrive early": a duty put to the
            # reader, as "may be required to" (annotation notes 69).
            return False
        # "than had been expected", "than might have been expected": a
        # comparison with expectations, like "as predicted" (annotation
        # notes 47).
        if len(before) == 3 and words_of(WordClass.STRICT_AUXILIARY).issuperset(before):
            before = tuple(_clause_before(doc, start, end, 6))
        return not _compared(before)
    if entry.partition(" ")[0] in _words(Context.REPORT_ADVERB):
        return True  # "the widely reported talks": hearsay relayed
    # An aside after a comma ("Lee, seen as the favourite, won"); not
    # "reported", whose active use closes a subject's apposition
    # ("Radio X, a local station, reported fighting"), nor "found" of
    # a discovery ("the man, found to be armed, ...").
    if _coordinated_passive(entry, before, nxt):
        return True
    active = entry.partition(" ")[0] in _words(Context.NO_ASIDE)
    if " " not in entry and nxt not in _words(Context.EXPECTED_WHEN):
        active = True  # "the price, expected yield and term": a list
    if not active and _opens_aside(doc, start, before):
        return True
    return _reduced_relative(doc, start, end, entry, prev, nxt, gap)


@register("hedges")
class HedgeAnnotator(LexiconAnnotator):
    """Marks hedging cues in the outlet's own voice (not inside quotations)."""

    name = "hedges"
    version = "23"
    layer = Layer.HEDGES
    lexicon = "hedges"
    skip_quotations = True
    confidence = 0.85

    def __init__(self) -> None:
        super().__init__()
        self.resources = {
            **self.resources,
            "lexicons/function_words": function_words().sha256,
            "lexicons/hedge_context": _context().sha256,
            "lexicons/claim_frames": load_lexicon("claim_frames").sha256,
        }
        kinds = {k or "always" for k in self._lexicon.entries.values()}
        if kinds - KINDS:
            raise ResourceError(
                f"hedges.tsv: unknown kind {sorted(kinds - KINDS)[0]!r}"
            )

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Veto the readings of a cue that do not lower certainty."""
        kind = self._lexicon.entries.get(entry) or "always"
        if kind == "first-person" or kind == "court":
            return _after_word_hedges(doc, start, end, entry, kind)
        if kind == "negated":
            return _negated_start(doc, start, end, entry) is not None
        if kind == "impersonal":
            return _impersonal_start(doc, start, end) is not None
        before, nxt, gap = _neighbours(doc, start, end)
        prev = before[-1] if before else None
        if doc.text[start].isupper() and before and kind != "modal":
            if not _after_colon(doc.text, start):
                return False  # a capitalised word inside a sentence: part of a name
        if kind == "always":
            if entry in ("seem", "seems", "seemed") and nxt == "like":
                # "this seems like a fair plan": an opinion softened, not a
                # fact made less certain (annotation notes 77); "it seems
                # like the storm is easing" keeps the hedge.
                return _word_after_next(doc, start, end) not in ("a", "an")
            if entry == "seem" and prev in _words(Context.CONCESSIVE_MODAL):
                # "as odd as it may seem", "while it may seem odd": a
                # concession, not doubt
                if _conceded(_clause_before(doc, start, end, _CONCESSION_REACH)):
                    return False
                return not _is_degree(_clause_before(doc, start, end, 8)[:-1])
            if entry.startswith("possibility"):
                return _possibility_asserted(doc, start, end)
            return True
        if kind == "allegation":
            # "bogus allegations": the outlet asserts the falsity, so there
            # is no distance to mark (annotation notes D21).
            return not _called_false(doc, start, end, entry, prev)
        if kind == "modal":
            return _modal_hedges(doc, start, end, before, nxt, gap, prev)
        if kind == "unchecked":
            return _unchecked_hedges(doc, start, end, nxt, gap)
        if kind == "likely":
            return _likely_hedges(doc, start, end, before, nxt, gap, prev)
        if kind == "passive":
            if before[-1:] == ("be",) and _bare_participle(entry):
                # "could be said to be lucky": the modal is the shortest cue
                # (annotation notes 18), as for the report participles.
                return False
            if prev in _words(Context.PERSONAL_PRONOUN) and _bare_participle(entry):
                return False  # "they said to be careful": the active verb
            if entry.endswith("expected to") and prev == "you":
                return False  # "you are expected to": a duty (as below)
            # "was reported by Reuters": the agent makes it an attribution.
            return nxt != "by" and not _other_reading(doc, end, entry, nxt)
        if kind == "contracted":
            # "It's described as": the copula is inside the pronoun's token.
            if nxt == "by" or _other_reading(doc, end, entry, nxt):
                return False
            if _contracted_copula(before):
                return True
            # "it is now thought (that)": an impersonal report passive.
            return _impersonal_start(doc, start, end) is not None
        if kind == "report":
            return _report_hedges(doc, start, end, entry, before, nxt, gap, prev)
        if kind == "suggest":
            return _suggest_hedges(doc, start, end, prev)
        if kind == "distancing":
            if not _words(Context.NEGATOR).isdisjoint(before):
                return False  # "no group has claimed it": nothing is claimed
            if _called_false(doc, start, end, entry, prev):
                # "falsely claimed", "inaccurate claims": the outlet asserts
                # the falsity, no distance to mark (annotation notes D21).
                return False
            return _distancing_hedges(doc, start, end, entry, before, nxt, gap)
        if kind == "attributive":
            # "an apparent attempt" hedges; "it became apparent" means evident;
            # "heir apparent" is a title; "its apparent magnitude" is a
            # measurement of how a thing looks from here.
            # "was supposed to arrive": a duty or plan, not the attribute.
            attributive = nxt is not None and not gap and nxt != "to"
            linking = _be() | _words(Context.BECOME)
            if nxt in _words(Context.MEASURE_NOUN):
                return False
            if entry == "perceived" and not _perceived_attribute(prev, nxt):
                return False
            return attributive and prev not in linking and prev != "heir"
        if kind == "predicative":
            # "it is possible that", "unknown whether" hedge; "a possible
            # offensive" (judgement call 17), "as soon as possible", "unknown
            # gunmen", "possible to see" do not.
            if entry == "possible" and not _words(Context.NEGATOR).isdisjoint(before):
                # "has never been possible", "is not possible": feasibility
                # denied, which is certain, not doubtful.
                return False
            if nxt in _words(Context.CLAUSE_OPENER):
                return True
            # "it's possible the talks fail": the copula inside "it's".
            copula = prev in _be() or _contracted_copula(before)
            return copula and nxt not in ("to", "for")
        return _set_term_kind_hedges(doc, start, end, kind, before, nxt, gap)

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield hedge cues; a contracted passive starts at its apostrophe."""
        entries = self._lexicon.entries
        # Labelled turns, colon-introduced speech and the answers of an
        # interview whose turns open with a dash are someone else's words
        # (judgement call 14; annotation notes 6, 30).
        speech = introduced_speech(doc) | dash_answers(doc)
        found = super().annotate(doc)
        if _VAGUE_AGENT.search(doc.text) is not None:
            found = heapq.merge(found, self._vague_agent_passives(doc), key=_start_of)
        last_end = -1
        for f in found:
            if f.rule == _VAGUE_RULE and f.start < last_end:
                continue  # a lexicon cue already covers it
            last_end = max(last_end, f.end)
            index = doc.segment_at(f.start)
            if speech and index in speech:
                continue  # someone else's words (judgement call 14)
            if index is not None and _is_question(doc, index):
                continue  # a question asserts nothing to hedge ("is it likely?")
            if in_single_quotes(doc.text, f.start, f.end):
                continue  # "'The pier may close,' she said" (judgement call 14)
            entry = f.rule.rpartition(":")[2]
            kind = entries.get(entry)
            if kind == "first-person":
                # The span takes in the pronoun ("we believe", "I think"),
                # and an adverb after it ("we firmly believe").
                i = doc.token_range(f.start, f.end).start - 1
                if _first_person_adverb(doc, i):
                    i -= 1
                if entry in _NEGATED_BELIEF:
                    i -= _first_person_negation(doc, i)
                f = SpanFinding(
                    f.layer, doc.words.starts[i], f.end, f.rule, f.confidence
                )
            if kind == "report" or (kind == "passive" and _bare_participle(entry)):
                # The whole verb group: "is now expected to", "were also
                # thought to be" (annotation notes 18).
                i = doc.token_range(f.start, f.end).start
                back = _report_group(tuple(doc.words.lowers[max(0, i - 3) : i]))
                if back and doc.segment_at(doc.words.starts[i - back]) == (
                    doc.segment_at(f.start)
                ):
                    k = _group_start(doc, i - back)
                    a, b = doc.words.starts[k], doc.words.ends[k]
                    cut = -1  # "isn't expected to" is marked from "isn't"
                    if _contracted_copula((doc.words.lowers[k],)):
                        cut = max(doc.text.rfind(m, a, b) for m in _APOSTROPHES)
                    f = SpanFinding(
                        f.layer, a if cut < 0 else cut, f.end, f.rule, f.confidence
                    )
                if entry.endswith((" for", " on")):
                    # "is blamed for", "is blamed on": the verb group, not
                    # its preposition.
                    j = doc.token_range(f.start, f.end).stop - 2
                    f = SpanFinding(
                        f.layer, f.start, doc.words.ends[j], f.rule, f.confidence
                    )
                yield f
                continue
            if kind == "after-in":
                # The span starts at "in": "in doubt", "in all likelihood".
                i = doc.token_range(f.start, f.end).start
                back = _in_phrase(tuple(doc.words.lowers[max(0, i - 2) : i]))
                a = doc.words.starts[i - back]
                f = SpanFinding(f.layer, a, f.end, f.rule, f.confidence)
            if kind in ("negated", "contracted", "impersonal"):
                first = _group_first(doc, f.start, f.end, entry, kind)
                if first is not None:
                    # "isn't clear", "It is also believed", "'s feared"
                    yield SpanFinding(f.layer, first, f.end, f.rule, f.confidence)
                    continue
            if entries.get(entry) == "contracted":
                # "It's described as": mark "'s described" (judgement call 16).
                i = doc.token_range(f.start, f.end).start - 1
                a, b = doc.words.starts[i], doc.words.ends[i]
                cut = max(doc.text.rfind(m, a, b) for m in _APOSTROPHES)
                f = SpanFinding(f.layer, cut, f.end, f.rule, f.confidence)
            yield f

    def _vague_agent_passives(self, doc: Document) -> Iterator[SpanFinding]:
        """Report passives whose agent names no one: "is seen by many as".

        "is considered by many to be", "was regarded by some as", "are
        thought by most to", "has been seen by many people as": the passive
        hands its view to an unnamed crowd, as the agentless "is seen as"
        does (annotation notes 17), so the agent does not make it an
        attribution (decision 74 reads a passive whose tellers are named).
        Not "by many experts" or "by some of his rivals" (a group that is
        named), "by some 200 people" (a count), nor after a bare "be" ("could
        be seen by many as": the modal is the cue, annotation notes 18).
        Nor an aside without "be" ("the vote, seen by many as a test,").
        The span is the verb group ("is widely seen", "It is believed").
        """
        for m in _VAGUE_AGENT.finditer(doc.text):
            if doc.in_quotation(m.start(), m.end()):
                continue
            span = _vague_agent_group(doc, m.start(), m.end())
            if span is not None:
                yield SpanFinding(self.layer, *span, _VAGUE_RULE, self.confidence)


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


def _start_of(f: SpanFinding) -> int:
    return f.start


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


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before offset ``start`` (a straight apostrophe)."""
    tail = text[max(0, start - 24) : start].split()
    return tail[-1].lower().replace("\u2019", "'") if tail else ""


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


def _perceived_attribute(prev: str | None, nxt: str | None) -> bool:
    """Whether "perceived" is the distancing adjective before its noun.

    "the perceived threat", "over perceived slights" and "and perceived
    biases" distance the outlet from a judgement (annotation notes 48);
    "residents perceived a change" and "she perceived danger" are the verb.
    """
    if nxt is None or nxt in _grammar_words():
        return False  # "perceived a change", "perceived that ...": the verb
    if prev is None:
        return True  # "Perceived slights led to ...": the sentence opens with it
    if prev in _words(Context.PERSONAL_PRONOUN):
        return False
    return prev in _grammar_words()


def _unchecked_hedges(
    doc: Document, start: int, end: int, nxt: str | None, gap: bool
) -> bool:
    """Decide whether "unconfirmed", "unverified", "unproven" hedges.

    As a predicate ("the toll is unconfirmed", "remains unverified by
    police") and before a noun of content, also with one adjective between
    ("unconfirmed reports", "unverified local footage"), it lowers the
    certainty of what is told. Before another noun it classifies a thing
    ("unproven drugs", "unverified sources"), like "a possible deployment"
    (annotation notes 17).
    """
    if nxt is None or gap or not nxt.isalpha():
        return True
    if nxt in _grammar_words():
        return True  # "unverified by police", "unconfirmed as yet"
    content = _words(Context.CONTENT_NOUN)
    return not content.isdisjoint(_clause_after(doc, start, end, 2))


def _named_subject(doc: Document, start: int, end: int) -> bool:
    """Whether a name, not a thing, stands right before the match.

    "Mayor Jo Lee suggests" (a speech act): capitalised words right before,
    more than the sentence's capitalised first word, and not the object of a
    preposition ("data from the Federal Reserve suggests": evidence).
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    words, text = doc.words, doc.text
    first = doc.segments[index].start
    k = doc.token_range(start, end).start - 1
    edge = start
    run = 0
    while k >= 0 and words.starts[k] >= first and text[words.starts[k]].isupper():
        if not _CLAUSE_BREAKS.isdisjoint(text[words.ends[k] : edge]):
            break
        run += 1
        edge = words.starts[k]
        k -= 1
    if k < 0 or words.starts[k] < first:
        return run > 1  # "Research suggests" opens the sentence; "Jo Lee" a name
    if not run or not _CLAUSE_BREAKS.isdisjoint(text[words.ends[k] : edge]):
        return run > 0  # "Second, Lee suggests"
    if words.lowers[k] in words_of(WordClass.DEFINITE) and k > 0:
        k -= 1  # "data from the Federal Reserve"
    return words.lowers[k] not in words_of(WordClass.PREPOSITION)


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


def _restrictive_who(doc: Document, start: int, end: int) -> bool:
    """Whether the "who" right before a modal picks out a class of people.

    "Anyone who may have seen the crash", "residents who might need help",
    "the business community who may want to use the data": a restrictive
    relative on a generic group (``generic-person``) names people by a
    possibility and asserts of no one that it holds, so the modal is not a
    hedge. On a particular person ("the man who could become mayor") and
    after a comma, an aside about someone the text names ("the driver, who
    may have been drunk,"), the modal keeps its doubt.
    """
    k = doc.token_range(start, end).start - 1  # "who"
    if k < 1:
        return False
    words = doc.words
    if not doc.text[words.ends[k - 1] : words.starts[k]].isspace():
        return False  # an aside after a comma or bracket
    return words.lowers[k - 1] in _words(Context.GENERIC_PERSON)


def _may_not_hedges(doc: Document, start: int, end: int, prev: str | None) -> bool:
    """Whether "may not" states doubt ("readers may not know that ...").

    Not when it concedes ("Shops may not be shut, but ..."), or forbids:
    a rule addressed to the reader ("you may not enter") or a permission
    verb ("may not reproduce", "may not be reused").
    """
    if prev == "you":
        return False
    index = doc.segment_at(start)
    if index is None:
        return False
    words = doc.words
    k = doc.token_range(start, end).stop + 1  # the word after "not"
    last = doc.segments[index].end
    verbs = _words(Context.PERMISSION_VERB)
    if k < len(words) and words.ends[k] <= last:
        word = words.lowers[k]
        if word in verbs:
            return False
        if word == "be" and k + 1 < len(words):
            if words.lowers[k + 1] in _words(Context.PERMISSION_PARTICIPLE):
                return False
    later = _words(Context.CONCESSIVE_LATER)
    passive = k < len(words) and words.lowers[k] == "be"
    while k < len(words) and words.ends[k] <= last:
        if words.lowers[k] in later:
            return False
        if passive and words.lowers[k] == "without":
            # "may not be used without consent": a prohibition; "may not be
            # passed without their votes" stays doubt.
            granted = words.lowers[k + 1 : k + 3]
            if not _words(Context.PERMISSION_NOUN).isdisjoint(granted):
                return False
        k += 1
    return True


def _counted(doc: Document, start: int, end: int) -> bool:
    """Whether a number stands right before the match, in its clause ("57 claims")."""
    before = _clause_before(doc, start, end, 1)
    return bool(before) and before[0].isdigit()


def _is_determiner(word: str | None) -> bool:
    """Whether ``word`` opens a noun phrase: "the", "its", "the council's"."""
    if word is None:
        return False
    if word in _words(Context.ATTRIBUTIVE_DETERMINER):
        return True
    stem, _, rest = word.replace("\u2019", "'").rpartition("'")
    # "the mayor's likely rival" is possessive; "it's likely" is a copula.
    return rest == "s" and bool(stem) and stem not in _words(Context.CONTRACTED_SUBJECT)


def _clause_before(doc: Document, start: int, end: int, reach: int) -> list[str]:
    """Up to ``reach`` lower-case words before the match in its clause.

    Reading stops at the sentence start and at a mark that ends a clause
    (comma, colon, dash, bracket, quotation mark). Nearest word last.
    """
    index = doc.segment_at(start)
    if index is None:
        return []
    starts, ends, lowers = doc.words.starts, doc.words.ends, doc.words.lowers
    text = doc.text
    first = doc.segments[index].start
    i = doc.token_range(start, end).start
    k = i - 1
    stop = max(-1, k - reach)
    edge = start
    while k > stop and starts[k] >= first:
        gap = edge - ends[k]
        # one space is the usual gap: no slice to check
        if gap and not (gap == 1 and text[edge - 1] == " "):
            if not _CLAUSE_BREAKS.isdisjoint(text[ends[k] : edge]):
                break
        edge = starts[k]
        k -= 1
    return lowers[k + 1 : i]


def _clause_after(doc: Document, start: int, end: int, reach: int) -> list[str]:
    """Up to ``reach`` lower-case words after the match in its clause."""
    index = doc.segment_at(start)
    if index is None:
        return []
    starts, ends, lowers = doc.words.starts, doc.words.ends, doc.words.lowers
    text = doc.text
    last = doc.segments[index].end
    j = k = doc.token_range(start, end).stop
    stop = min(len(starts), k + reach)
    edge = end
    while k < stop and ends[k] <= last:
        gap = starts[k] - edge
        if gap and not (gap == 1 and text[edge] == " "):
            if not _CLAUSE_BREAKS.isdisjoint(text[edge : starts[k]]):
                break
        edge = ends[k]
        k += 1
    return lowers[j:k]


def _modal_of_purpose_or_rule(doc: Document, start: int, end: int) -> bool:
    """Whether may/might/could here states an aim, a permission or a rule.

    Not likelihood, so not a hedge (ANNOTATION.md: "epistemic, not ability"):
    a purpose clause ("so that crews could reach", "in order that we may",
    "to ensure a team could deploy", "left early so they could vote"); a
    degree ("as bad as it may seem", "as far as we could tell"); the idiom
    "may as well"; permission ("residents may apply for", "may be viewed
    here"); perception ("smoke could be seen"); a legal penalty ("may be
    fined", "could face up to five years"); a time limit ("before the police
    could arrive"); and emphasis ("there may be no
    better example").
    """
    after = _clause_after(doc, start, end, 3)
    nxt = after[0] if after else None
    second = after[1] if len(after) > 1 else None
    third = after[2] if len(after) > 2 else None
    if nxt == "as" and second == "well":
        return True  # "we may as well wait": a suggestion
    if (
        nxt is not None
        and nxt.endswith("ly")
        and second in _words(Context.PERMISSION_VERB)
    ):
        return True  # "you may freely reproduce the text": a licence's permission
    if nxt in _words(Context.PERMISSION_VERB):
        return not (nxt == "apply" and second == "to")  # "rules may apply to"
    if doc.text[start:end].lower() == "may" and _may_of_a_rule(doc, start, end, after):
        return True
    if _discretion_of_an_institution(doc, start, end, after):
        return True
    if nxt == "be" and second == "no" and third in _words(Context.EMPHATIC_COMPARATIVE):
        return True  # "there may be no better example": emphasis, not doubt
    if nxt == "be":
        if second in _words(Context.AVAILABLE) and third in _words(
            Context.AVAILABLE_PLACE
        ):
            return True
        if doc.text[start:end].lower() == "could" and second in _words(
            Context.PERCEIVED
        ):
            return third not in ("as", "by", "to")  # "could be seen as weak"
        if second in _words(Context.PENALTY) or (
            second == "held" and third == "liable"
        ):
            return True
        if second in _words(Context.ENTITLEMENT):
            return True  # "renters may be eligible for": a rule of a scheme
        if second in _words(Context.DUTY) and third == "to":
            # "contractors may be required to show ...": a duty a rule
            # imposes (annotation notes 69); "could be required to" is left
            # a hedge, the likely outcome of a proposal ("could be banned"),
            # and so is a thing's need ("the care that may be required to").
            before = _clause_before(doc, start, end, 1)
            relative = before[-1:] in (["that"], ["which"])
            return doc.text[start:end].lower() == "may" and not relative
    if nxt == "face":
        penalty = _words(Context.PENALTY_AFTER_FACE)
        if second in penalty or (second in ("a", "an") and third in penalty):
            return True
    if nxt in _words(Context.PENALTY_VERB) and _statutory_term(doc, start, end):
        return True  # "could receive a 10-year ban": a penalty the law sets
    clause = _clause_before(doc, start, end, _CLAUSE_REACH)
    # A subject stands between "that" and the modal: "a message of hope that
    # may help" is a relative clause, not a wish.
    for k in range(1, len(clause) - 1) if "that" in clause else ():
        if clause[k] != "that":
            continue
        if clause[k - 1] in _words(Context.PURPOSE_BEFORE_THAT):
            return True
        if clause[k - 1] in _words(Context.PURPOSE_NOUN) and clause[k - 2 : k - 1] == [
            "the"
        ]:
            return True  # "in the hope that others may learn"
    if not _words(Context.PURPOSE_VERB).isdisjoint(clause):
        return True
    if _hypothetical_subject(clause):
        return True
    if (
        len(clause) >= 3
        and clause[-2] == "so"
        and clause[-1] in _words(Context.PERSONAL_PRONOUN)
        and clause[-3] not in ("and", "but", "or")
    ):
        # "He left early so he could vote"; a clause-initial "so" ("..., so
        # it could fail") means "therefore" and keeps the hedge.
        return True
    if not _words(Context.TIME_LIMIT).isdisjoint(clause[-4:-1]):
        # "fled before the police could arrive": when, not whether.
        return True
    return _is_degree(clause)


def _may_of_a_rule(doc: Document, start: int, end: int, after: list[str]) -> bool:
    """Whether "may" states what a rule permits or forbids (annotation notes 69).

    "Members may also apply online": a permission with an adverb between;
    "may only be used", "may be sold only to": a use a rule restricts
    ("it may only be a matter of time" keeps its doubt: no participle);
    "No vehicle may park here", "no one may enter": a prohibition with a
    negative subject, the modal being the sentence's first verb.
    """
    nxt, second, third = (after + [""] * 3)[:3]
    if nxt == "also" and second in _words(Context.PERMISSION_VERB):
        return True
    if _licence_terms(doc, start, end):
        return True
    if nxt == "only" and second == "be" and _is_participle(third):
        return True
    if nxt == "be" and third == "only" and _is_participle(second):
        return True
    index = doc.segment_at(start)
    if index is None:
        return False
    words = doc.words
    first = doc.token_range(doc.segments[index].start, start)
    if not len(first) or words.lowers[first.start] not in ("no", "nobody", "none"):
        return False  # the usual case
    # Another clause before the modal ("No one knows, but the talks may
    # ...", "No one knows when ...") leaves it doubt.
    stops = (
        words_of(WordClass.STRICT_AUXILIARY)
        | words_of(WordClass.OPENER)
        | words_of(WordClass.WH)
    )
    return stops.isdisjoint(words.lowers[first.start + 1 : first.stop])


def _licence_terms(doc: Document, start: int, end: int) -> bool:
    """Whether "may be used" states the terms of a licence.

    "Photos may be used for any purpose", "the text may also be reused
    under the same licence", "may be copied by anyone": a use a licence
    grants, not doubt (annotation notes 69). "The funds may be used to
    buy arms" names no terms and keeps its doubt.
    """
    after = _clause_after(doc, start, end, 8)
    words = after[1:] if after[:1] == ["also"] else after
    if words[:1] != ["be"] or len(words) < 2:
        return False
    use = words[1] in _words(Context.PERMISSION_PARTICIPLE) or words[1] == "available"
    return use and not _words(Context.LICENCE_TERM).isdisjoint(words[2:])


#: Reader-address pronouns: a page using them this often speaks to its reader
#: (guidance, a service page), as news reports, quotations aside, seldom do.
_READER_WORDS = ("you", "your")
_READER_ADDRESS = 4


def _discretion_of_an_institution(
    doc: Document, start: int, end: int, after: list[str]
) -> bool:
    """Whether may/might states what an institution may do under its powers.

    On a page that addresses its reader, "the Agency may provide a grant",
    "we may also be able to help pay for repairs", "costs your insurance
    might cover" say what a body is allowed or able to grant, not how sure
    the page is (annotation notes 69). The subject is an institution (an
    acronym, "the Secretary", the page's own "we") or the reader's side
    ("your insurer"), and the verb an administrative act (provide, pay,
    grant, designate, issue, approve, cover). News writing ("the alliance
    may send troops", "the drug may help") seldom addresses the reader, so
    its modals stay hedges.
    """
    if doc.text[start:end].lower() not in ("may", "might"):
        return False
    # "may also be able to help pay": the act is up to six words on
    rest = _clause_after(doc, start, end, 6) if len(after) == 3 else after
    k = 1 if rest[:1] == ["also"] else 0
    if rest[k : k + 2] == ["be", "able"]:
        k += 1
    if rest[k : k + 2] == ["able", "to"]:
        k += 2
    if rest[k : k + 1] == ["help"]:
        k += 1  # "help pay for": the act is the verb after
    if rest[k : k + 1] == [] or rest[k] not in _words(Context.ADMINISTRATIVE_ACT):
        return False
    if not _institution_subject(doc, start, end):
        return False
    lowers = doc.words.lowers
    return sum(map(lowers.count, _READER_WORDS)) >= _READER_ADDRESS


def _institution_subject(doc: Document, start: int, end: int) -> bool:
    """Whether the modal's subject is a public body, the page's "we", or the reader's.

    "FEMA may", "the Secretary may", "we may", "your insurance might".
    """
    words = doc.words
    i = doc.token_range(start, end).start - 1
    if i < 0:
        return False
    surface = doc.text[words.starts[i] : words.ends[i]]
    lower = words.lowers[i]
    if lower == "we":
        return True
    if i >= 1 and words.lowers[i - 1] == "your":
        return True
    if len(surface) >= 2 and surface.isalpha() and surface.isupper():
        return True  # an acronym: "FEMA may", "the EPA may"
    # "the Secretary may", "the Council may": a capitalised office or body
    return i >= 1 and words.lowers[i - 1] == "the" and surface[:1].isupper()


def _is_participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle ("used", "taken", "sold")."""
    if len(word) > 3 and word.endswith(("ed", "en")):
        return True
    return word in _words(Context.IRREGULAR_PARTICIPLE)


def _statutory_term(doc: Document, start: int, end: int) -> bool:
    """Whether a penalty verb after the modal takes a sentence with its length.

    "A person found guilty could receive a 10-year ban", "could face five
    years in prison", "may face life in prison": a penalty the law allows,
    not doubt (annotation notes 69). Without a length ("could face a ban")
    the outcome stays uncertain and the modal a hedge.
    """
    after = _clause_after(doc, start, end, 10)[1:]
    if _words(Context.PENALTY_TERM).isdisjoint(after):
        return False  # the usual case
    units = _words(Context.TERM_UNIT)
    return any(w[:1].isdigit() or w in units for w in after)


def _other_reading(doc: Document, end: int, entry: str, nxt: str | None) -> bool:
    """Whether the word after a report passive gives it another reading.

    "the comet is seen as it was an hour ago" compares (as it was); "have been found to
    date" is the idiom "to date"; "the proposals were considered." and "was
    considered at the meeting" mean weighed, not regarded as anything; "were
    found to be false" states the falsity (annotation notes D21).
    """
    if entry.endswith("seen as"):
        return nxt in _words(Context.CLAUSE_SUBJECT)
    if entry.endswith("found to be"):
        return nxt in _words(Context.FALSITY)
    if entry.endswith("estimated to"):
        # "GDP is estimated to have grown by 0.5%": the verb says how a
        # statistic was measured, not that its source is unnamed
        # (annotation notes 83); "is estimated to have killed 300" keeps it.
        later = _clause_after(doc, end - 1, end, 3)
        return (
            later[:1] == ["have"]
            and later[1:2] != []
            and later[1] in _words(Context.CHANGE_VERB)
            and later[2:3] == ["by"]
        )
    if entry.endswith("reported to"):
        # "was reported to the police": the act of notifying an authority,
        # an event the text asserts (annotation notes D20); "is reported to
        # have fled" keeps the hedge.
        return _is_determiner(nxt)
    if entry.endswith(" to"):
        # "found to date, ..." but not "said to date back"
        after = end + len(" date")
        return nxt == "date" and (_stop_after(doc, after) or doc.text[after] == ",")
    if entry.endswith("considered"):
        # Not a comma ("were considered, rightly or not, a threat") nor a
        # quotation mark ('was considered "a leak"').
        if _stop_after(doc, end) or nxt in words_of(WordClass.PREPOSITION):
            return True
        # "are considered a pollutant under the Clean Air Act": a status in
        # law, which is checkable (annotation notes 76).
        return "under" in _clause_after(doc, end - 1, end, 8)[1:]
    if entry.endswith("reported"):
        # "was reported missing", "had been reported as offensive": the act of
        # notifying the police or a platform, an event the text asserts, not
        # unnamed sources of the news (annotation notes D20).
        status = _words(Context.NOTIFIED_STATUS)
        if nxt == "in":
            return _named_document(doc, end)
        if nxt == "as":
            return _word_after_next(doc, end - 1, end) in status
        return nxt in status
    return False


def _scheduled(doc: Document, start: int, end: int, nxt: str | None) -> bool:
    """Whether "is expected" gives the time set for a scheduled event.

    "The court's ruling is expected on Friday", "Results are expected later
    this week": the verb gives the time the organisers set, as "is due" does
    (annotation notes 88). A forecast ("Snow is expected on Friday") names
    no scheduled event and keeps the hedge.
    """
    if nxt not in _words(Context.EXPECTED_WHEN):
        return False
    clause = _clause_before(doc, start, end, 8)
    return not _words(Context.SCHEDULED_EVENT).isdisjoint(clause)


def _named_document(doc: Document, end: int) -> bool:
    """Whether "reported in" names the document that tells it.

    "The outage was reported in the weekly bulletin", "as reported in the
    journal": the sentence names its teller, an attribution rather than a
    hedge (annotation notes 74). A place ("fighting was reported in the
    north") names no teller and keeps the hedge.
    """
    after = _clause_after(doc, end - 1, end, 6)[1:]
    return not _words(Context.REPORT_DOCUMENT).isdisjoint(after)


def _stop_after(doc: Document, end: int) -> bool:
    """Whether a sentence or clause ends right at ``end`` (not at a comma)."""
    mark = doc.text[end : end + 1]
    return mark in _STOPS or end >= len(doc.text) or mark == "\n"


def _conceded(clause: list[str]) -> bool:
    """Whether ``clause`` (the words before a modal) opens a concession."""
    return not _words(Context.CONCESSIVE_OPENER).isdisjoint(clause)


def _compared(before: tuple[str, ...]) -> bool:
    """Whether a report passive's verb group follows "than" or "as".

    "than had been expected", "as was expected": a comparison with what was
    expected, like "as predicted" (annotation notes 47), not a hedge.
    """
    aux = words_of(WordClass.STRICT_AUXILIARY)
    for word in reversed(before):
        if word in _words(Context.COMPARISON):
            return True
        if word not in aux:
            return False
    return False


#: Conjunctions that join a second passive to the first ("was arrested and accused of").
_COORDINATORS = frozenset(("and", "or", "but"))


def _coordinated_passive(entry: str, before: tuple[str, ...], nxt: str | None) -> bool:
    """Whether a report participle is the second of two joined passives.

    "was arrested and accused of fraud", "is left-handed and widely regarded
    as the best", "a tactician and considered to be the finest boxer": the
    form of "be" is shared, and a participle with "as", "of" or "to be" after
    a conjunction has no object, so it cannot be the active verb. Not the
    participles that are also common active verbs before "to" ("trained hard
    and expected to win", "was stopped and reported to the police"), and
    "to" must open "be" or "have" ("paused and thought to himself").
    """
    first, _, particle = entry.partition(" ")
    if particle not in ("as", "of", "to"):
        return False
    if first in _words(Context.ACTIVE_REPORT):
        return False
    if particle == "to" and nxt not in ("be", "have"):
        return False
    k = len(before) - 1
    if k >= 1 and before[k] in _words(Context.NEGATOR):
        return False  # "charged but not accused of murder": nothing is claimed
    if k >= 1 and (
        before[k] in _words(Context.REPORT_ADVERB) or before[k].endswith("ly")
    ):
        k -= 1  # "and generally regarded as"
    return k >= 0 and before[k] in _COORDINATORS


def _reduced_relative(
    doc: Document,
    start: int,
    end: int,
    entry: str,
    prev: str | None,
    nxt: str | None,
    gap: bool,
) -> bool:
    """Whether a report participle follows its noun as a reduced relative.

    "a ruling expected on Friday", "a levy projected to raise $2bn", "with
    heavy rain expected": report passives (annotation notes 47, "expected").
    A hearsay participle before "to have" or "to be" likewise: "goods alleged
    to have been stolen", "the man alleged to be the leader".
    Not after a function word ("than expected", "the expected crush"), a
    pronoun or an adverb ("they expected to win", "fully expected"), and not
    before an object ("investors expected the bank to ..."): the active verb.
    """
    # "a man accused of fraud appeared in court": an accusation with no
    # accuser named, as "alleged" (annotation notes D41).
    accused = entry == "accused of"
    participle = entry.partition(" ")[0]
    if not accused and participle not in _words(Context.FORECAST):
        if participle not in _words(Context.HEARSAY_PARTICIPLE):
            return False
        if nxt not in ("have", "be"):
            return False
    if prev is None or not prev.isalpha() or prev.endswith("ly"):
        return False
    if prev in _grammar_words() or prev in _words(Context.PERSON_SUBJECT):
        return False
    if prev in _words(Context.COMPARISON):
        return False  # "higher than expected"
    joint = doc.text[max(0, start - 2) : start]
    if len(joint) < 2 or joint[1] != " " or not joint[0].isalpha():
        return False  # "Lee, expected to win," is an aside, read elsewhere
    if entry.endswith(" to") or accused:
        return True
    if nxt is not None and not gap:
        return nxt in _words(Context.EXPECTED_WHEN)
    return "with" in _clause_before(doc, start, end, 5)


def _compound_tail(doc: Document, start: int, end: int) -> str | None:
    """The second part of a hyphenated word after the match ("sight-threatening")."""
    j = doc.token_range(start, end).stop
    words = doc.words
    if j + 1 >= len(words) or doc.text[words.ends[j] : words.starts[j + 1]] != "-":
        return None
    return words.lowers[j + 1]


def _hypothetical_subject(clause: list[str]) -> bool:
    """Whether the modal after ``clause`` has a hypothetical person as subject.

    "anyone who may have seen the crash" (a police appeal to a witness who may
    not exist), "anyone with news that could help", "anyone could apply" (a
    generic ability): no verb stands between "anyone" and the modal, else
    "anyone" belongs to an earlier clause ("how well anyone can do could
    depend on ...").
    """
    hypothetical = _words(Context.HYPOTHETICAL_SUBJECT)
    if hypothetical.isdisjoint(clause):
        return False  # the usual case
    aux = words_of(WordClass.STRICT_AUXILIARY)
    for word in reversed(clause):
        if word in hypothetical:
            return True
        if word in aux:
            return False
    return False


def _is_degree(clause: list[str]) -> bool:
    """Whether ``clause`` ends in a degree frame before its modal.

    "as high as it" (could go): "as" + an adjective or adverb + "as" + a
    subject of one to three words.
    """
    if clause.count("as") < 2:
        return False  # the usual case: the frame needs two
    for p in range(len(clause) - 2, max(len(clause) - 5, 1), -1):
        if clause[p] == "as" and "as" in clause[max(0, p - 3) : p - 1]:
            return True
    return False


def _single_marks(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of single quotation marks and apostrophes in ``[start, end)``."""
    for m in _SINGLE_MARK.finditer(text, start, end):
        yield m.start()


def _opens(text: str, k: int, first: int) -> bool:
    """Whether the single mark at ``k`` opens a quotation ("'The", "(‘It")."""
    before = text[k - 1] if k > first else " "
    after = text[k + 1 : k + 2]
    return (before.isspace() or before in _SINGLE_OPEN_AFTER) and after.isalpha()


def _closes(text: str, k: int) -> bool:
    """Whether the single mark at ``k`` ends a word and is not inside one."""
    after = text[k + 1 : k + 2]
    return not text[k - 1].isspace() and not after.isalnum()


def in_single_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a quotation in single marks.

    British and many other outlets quote speech in single marks ("‘The
    pier may close,’ she said"), which apostrophes make unsafe to scan for
    up front; only the paragraph of a match is read: an opening mark before
    it with no closing mark between, and a closing mark after it. A
    quotation is looked for up to ``_QUOTE_REACH`` characters back.
    """
    first = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    if text.find("\u2018", first, start) < 0 and text.find("'", first, start) < 0:
        return False  # the usual case: no mark that could open one
    # One character past the match start: the opener's lookahead needs the
    # letter after a mark that sits right before the match ("‘I think").
    if _SINGLE_OPENER.search(text, first, start + 1) is None:
        return False  # apostrophes only
    last = text.find("\n", end)
    last = min(len(text) if last < 0 else last, end + _QUOTE_REACH)
    opened = False
    for k in _single_marks(text, first, start):
        if _opens(text, k, first):
            opened = True
        elif opened and _closes(text, k):
            opened = False
    if not opened:
        return False
    return any(_closes(text, k) for k in _single_marks(text, end, last))


def _is_question(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` ends with a question mark (closing quotes aside)."""
    seg = doc.segments[index]
    return doc.text[seg.start : seg.end].rstrip().rstrip(_CLOSERS).endswith("?")


def _bare_participle(entry: str) -> bool:
    """Whether a passive entry opens on its participle ("thought to be").

    Entries that hold their verb group ("is said to", "have been found to",
    "it is believed") are not extended backwards.
    """
    first = entry.partition(" ")[0]
    aux = words_of(WordClass.AUXILIARY)
    return first not in aux and first not in words_of(WordClass.CLAUSE_PRONOUN)


def _report_group(before: tuple[str, ...]) -> int | None:
    """How many words back a report passive's verb group starts, or None.

    ``before`` holds the words before the participle, nearest last: a form of
    "be" (or a pronoun with a contracted "is") right before it, or with one or
    two adverbs of the ``report-adverb`` class between ("is widely seen as",
    "is still widely regarded as").
    """
    for back in (1, 2, 3):
        if len(before) < back:
            return None
        if back > 1 and before[1 - back] not in _words(Context.REPORT_ADVERB):
            return None
        word = before[-back]
        if word in _be_forms() or _contracted_copula((word,)) or _negated_be(word):
            return back
    return None


def _later_agent(doc: Document, start: int, end: int) -> bool:
    """Whether an agent follows the report participle later in its clause.

    "hailed as a 'righteous strike' by the general", "first reported on
    Wednesday by the agency": the agent names who says it, an attribution
    rather than a hedge. "by" before a number or an "-ing" form gives a
    time or a means ("by 2030", "by cutting costs"). Quote marks do not
    end the clause here; commas and stops do, and so does a new passive
    ("expected to be approved by the board": the agent is the board's).
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    words, text = doc.words, doc.text
    last = doc.segments[index].end
    k = doc.token_range(start, end).stop
    edge = end
    for _ in range(_CLAUSE_REACH):
        if k + 1 >= len(words.starts) or words.ends[k + 1] > last:
            return False
        if any(c in ",;:()\u2013\u2014!?." for c in text[edge : words.starts[k]]):
            return False
        if words.lowers[k] in _be_participles():
            return False
        if words.lowers[k] == "by":
            after = words.lowers[k + 1]
            return not (after[0].isdigit() or after.endswith("ing"))
        edge = words.ends[k]
        k += 1
    return False


def _existential(before: tuple[str, ...]) -> bool:
    """Whether ``before`` ends in "there" + a form of "be" (+ "no", "also").

    "have been" stands for "there have been" when "there" is out of reach:
    its noun after "reports" would be the subject, never a complement.
    """
    words = before[:-1] if before[-1:] in (("no",), ("also",), ("further",)) else before
    if words[-2:] in (("have", "been"), ("has", "been"), ("had", "been")):
        return True
    return "there" in words[-2:-1] and words[-1] in _be_forms()


def _existential_clause(doc: Document, start: int, end: int) -> bool:
    """Whether "reports" is the subject of "there" + "be", with words between.

    "there have also been reports that ...", "there have been press reports
    that ...", "there were unconfirmed reports of ...": the existential frame
    of ``_existential`` with report adverbs inside its verb group and one
    word qualifying the noun (annotation notes 17, 48).
    """
    clause = _clause_before(doc, start, end, 6)
    if "there" not in clause:
        return False  # the usual case
    words = clause[len(clause) - clause[::-1].index("there") :]
    words = [w for w in words if w not in _words(Context.REPORT_ADVERB)]
    if words and words[-1] != "been" and words[-1] not in _be_forms():
        if words[-1] in _hedge_entries():
            return False  # "there were unconfirmed reports": that word hedges
        words = words[:-1]  # one qualifier: "press", "many", "no"
    if len(words) == 1:
        return words[0] in _be_forms()
    return len(words) == 2 and words[0] in _perfect() and words[1] == "been"


def _negated_be(word: str) -> bool:
    """Whether ``word`` is a form of "be" with a contracted "not" ("isn't")."""
    stem = word.replace("\u2019", "'").removesuffix("n't")
    return stem != word and stem in _be_forms()


def _opens_aside(doc: Document, start: int, before: tuple[str, ...]) -> bool:
    """Whether a report participle opens an aside after a comma or a dash.

    "Lee, seen as the favourite, won", "Lee, widely seen as ..." and "the
    flag — interpreted as a snub — ..." are agentless report passives
    with their "be" left out (annotation notes 47); so is one that opens
    its sentence ahead of the subject ("Hailed as a breakthrough, the
    drug ...", "Widely regarded as the best, she ...").
    """
    text = doc.text
    edge = start
    if before and before[-1] in _words(Context.REPORT_ADVERB):
        i = doc.token_range(start, start + 1).start - 1
        edge = doc.words.starts[i]
        before = before[:-1]
    if not before and _opens_sentence(doc, edge):
        return True
    return text[max(0, edge - 3) : edge].rstrip().endswith((",", "\u2013", "\u2014"))


def _opens_sentence(doc: Document, start: int) -> bool:
    """Whether ``start`` is its sentence's first character, quotes aside."""
    index = doc.segment_at(start)
    if index is None:
        return False
    head = doc.text[doc.segments[index].start : start]
    return not head.strip(_QUOTE_CLOSERS + "\u201c\u2018( ")


def _group_start(doc: Document, k: int) -> int:
    """The first word of the verb group whose form of "be" is word ``k``.

    Walks back over auxiliaries and report adverbs with nothing but a space
    between ("has also been reported", "had been widely reported", "is being
    blamed"), in the same sentence, so the whole group is marked
    (annotation notes 18).
    """
    words, text = doc.words, doc.text
    group = words_of(WordClass.EVIDENCE_AUXILIARY) | _words(Context.REPORT_ADVERB)
    index = doc.segment_at(words.starts[k])
    first = doc.segments[index].start if index is not None else 0
    for _ in range(3):
        p = k - 1
        if p < 0 or words.starts[p] < first:
            break
        if words.lowers[p] not in group:
            if _contracted_copula((words.lowers[p],)):
                k = p  # "it's long been described as": from the apostrophe
            break
        if text[words.ends[p] : words.starts[k]].strip():
            break
        k = p
    return k


def _in_phrase(before: tuple[str, ...]) -> int:
    """How many words back "in" opens the phrase ("in doubt": 1, "in all": 2), or 0."""
    if before[-1:] == ("in",):
        return 1
    return 2 if before[-2:] == ("in", "all") else 0


def _contracted_copula(before: tuple[str, ...]) -> bool:
    """Whether the word before is a pronoun with a contracted "is" ("it's")."""
    if not before:
        return False
    word = before[-1].replace("\u2019", "'")
    subject, _, rest = word.partition("'")
    return rest == "s" and subject in _words(Context.CONTRACTED_SUBJECT)


def _neighbours(
    doc: Document, start: int, end: int
) -> tuple[tuple[str, ...], str | None, bool]:
    """The words around ``[start, end)`` within its sentence.

    Returns ``(before, next, punctuated)``: up to three lower-case words before
    the match (nearest last), the word after it or None at the sentence end,
    and whether punctuation separates the match from that next word.
    """
    words = doc.words
    starts, lowers = words.starts, words.lowers
    index = doc.segment_at(start)
    if index is None:
        return (), None, True
    seg = doc.segments[index]
    span = doc.token_range(start, end)
    i, j = span.start, span.stop
    k = max(0, i - 3)
    while k < i and starts[k] < seg.start:
        k += 1  # starts are sorted: the words of this sentence are a suffix
    before = tuple(lowers[k:i])
    if j < len(words) and words.ends[j] <= seg.end:
        gap = bool(doc.text[end : starts[j]].strip())
        return before, lowers[j], gap
    return before, None, True


def _word_after_next(doc: Document, start: int, end: int) -> str | None:
    """The second word after ``[start, end)`` in its sentence ("have missed")."""
    index = doc.segment_at(start)
    j = doc.token_range(start, end).stop + 1
    if index is None or j >= len(doc.words):
        return None
    if doc.words.ends[j] > doc.segments[index].end:
        return None
    return doc.words.lowers[j]


def _is_epistemic_modal(
    surface: str,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    comma: bool,
    after_next: str | None = None,
) -> bool:
    """Whether may/might/could here states likelihood, not ability or a name."""
    word = surface.lower()
    prev = before[-1] if before else None
    if nxt is None or (gap and not comma):
        return False  # "as best they could.", "with all its might."
    if nxt == "to":
        return False  # "did all it could to help": "do" left out
    # "Many of you may have seen ...": a guess about how many readers did
    # something, a hedge (annotation notes 72), not the generic "you"; so is
    # the aside "as you may know", which doubts what the reader knows.
    if (
        prev in _words(Context.RHETORICAL_SUBJECT)
        and before[-2:-1] not in (("of",), ("as",))
        and (
            nxt in _words(Context.RHETORICAL_VERB)
            or (
                nxt in _words(Context.RHETORICAL_BRIDGE)
                and after_next in _words(Context.RHETORICAL_VERB)
            )
        )
    ):
        # "you might think", "you may have missed": a figure of speech; "you
        # may want to", "you may decide to": advice or a choice put to the
        # reader, not doubt.
        return False
    if prev == "you" and before[-2:-1] not in (("of",), ("as",)):
        # "you might see fans in costume", "you may need a permit", "you could
        # be certain that ...": the generic reader, a case put to whoever
        # reads, not doubt about what the text reports.
        return False
    if not _words(Context.INDIRECT_QUESTION).isdisjoint(before):
        # "silent about how the rules might be enforced", "checking whether
        # the fire may have been set": an open question, not a likelihood
        # the text asserts.
        return False
    if word == "may":
        if nxt == "not" and surface != "may":
            return False  # "May not ...": sentence-initial, read as a rule
        if surface == "May":
            sentence_initial = prev is None
            # "in May", "May 5", "Theresa May said": the month or a name.
            month_before = _words(Context.MONTH_BEFORE)
            if not sentence_initial or nxt.isdigit() or prev in month_before:
                return False
            if nxt in _finite_after_noun():
                return False  # "May was wet": a modal takes a bare verb
        # "May I ask", "may we": permission in a question.
        return nxt not in ("i", "we")
    if word == "might":
        # "military might", "the nation's might", "the might of": the noun.
        if prev in _words(Context.MIGHT_NOUN_BEFORE) or nxt == "of":
            return False
        if nxt in _finite_after_noun():
            return False  # "its might was unmatched": a verb follows the noun
        return prev is None or not prev.endswith(("'s", "\u2019s"))
    # could
    if not _words(Context.ABILITY_BEFORE).isdisjoint(before[-2:]):
        return False
    if prev in _words(Context.NEGATIVE_SUBJECT) or before[-2:] == ("no", "one"):
        return False  # "no one could keep up": ability denied, not doubt
    if nxt in _words(Context.PERCEPTION):
        # "she could see the smoke": ability; "the drought could see prices
        # rise": a possible outcome.
        return prev not in _words(Context.PERSONAL_PRONOUN)
    return nxt not in _words(Context.ABILITY_AFTER)


def _set_term_kind_hedges(
    doc: Document,
    start: int,
    end: int,
    kind: str,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
) -> bool:
    """The vetoes of the rarer kinds (signs, content, hearsay, participle, ...)."""
    prev = before[-1] if before else None
    if kind == "signs":
        # "little sign of them complying" is not a hedge (judgement call 17);
        # "holding signs that read ..." are placards, not evidence.
        if nxt in _words(Context.PLACARD_VERB):
            return False
        if prev in _words(Context.SIGN_COMPOUND):
            return False  # "the warning signs of a scam": a set term
        return prev not in _words(Context.NEGATIVE_QUANTITY)
    if kind == "content":
        # "accusations that the count was rigged", "accusations of fraud"
        # keep a distance from what follows (annotation notes 48); "he
        # denied the accusations" names them without stating them.
        word = doc.text[start:end].lower()
        if _called_false(doc, start, end, word, prev):
            return False  # "baseless accusations that ..." (annotation notes D21)
        return nxt in ("that", "of") and not gap
    if kind == "hearsay":
        # "amid reports of shelling", "concerned by reports that ...": the
        # claim rests on unnamed reports; "the agency reports that" is a
        # speech act and "denied the reports" only names them.
        if prev in _words(Context.HEARSAY_BEFORE) and not gap:
            return True
        # "there were no reports of casualties", "there have also been
        # reports that ...": the existential frame carries the claim on
        # the reports, either polarity (annotation notes 48).
        if nxt not in ("of", "that") or gap:
            return False
        return _existential(before) or _existential_clause(doc, start, end)
    if kind == "participle":
        # "the suspected gunman" hedges; "he suspected a leak" and "scientists
        # have long suspected" are the verb, a stance someone holds.
        if prev in _words(Context.CATEGORY_DETERMINER):
            return False  # "report any suspected fraud": a category, not a suspicion
        have = _perfect()
        adverb = prev in _words(Context.REPORT_ADVERB)
        if prev in have or (adverb and len(before) > 1 and before[-2] in have):
            return False
        return prev not in _words(Context.PERSONAL_PRONOUN)
    if kind == "after-in":
        # "in doubt", "in all likelihood": only after "in" ("no doubt",
        # "beyond doubt" do not hedge). Matching the noun, not "in", keeps
        # the commonest preposition out of the lexicon's first words.
        return _in_phrase(before) > 0
    if kind == "risk":
        # "potentially fatal", "potentially sight-threatening": a property of
        # the thing, not the writer's doubt; "potentially decisive" hedges.
        risk = _words(Context.RISK_ADJECTIVE)
        return nxt not in risk and _compound_tail(doc, start, end) not in risk
    return True
