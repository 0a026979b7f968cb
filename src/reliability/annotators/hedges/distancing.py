"""Distancing words, "likely", "possibility" and the rarer cue kinds.

"claims that", "suggests", "perceived", "unconfirmed", "likely" and
"possibility" are each read in their clause, and vetoed when they assert a
right or a count ("a claim for damages", "57 claims"), report a speech act,
modify a noun, or follow a word that asserts falsity ("falsely claimed");
``_set_term_kind_hedges`` holds the vetoes of the rarer kinds (signs,
content, hearsay, participles), such as the set term "warning signs of".
"""

from __future__ import annotations

from reliability.annotators.hedges.lexicon import (
    Context,
    _be_forms,
    _be_participles,
    _finite_after_noun,
    _grammar_words,
    _hedge_entries,
    _perfect,
    _words,
)
from reliability.annotators.hedges.patterns import _QUOTE_CLOSERS
from reliability.annotators.hedges.shapes import (
    _clause_after,
    _clause_before,
    _compound_tail,
    _counted,
    _in_phrase,
    _is_determiner,
    _named_subject,
)
from reliability.document import Document
from reliability.words import WordClass, saying_verbs, words_of


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
        noun = (
            not _clause_before(doc, start, end, 1)
            or _is_determiner(prev)
            or prev in _words(Context.SUBJECT_LEAD)
        )
    else:
        noun = entry.startswith(("accusation", "allegation"))
    index = doc.segment_at(start)
    if index is None or not noun:
        return False
    lowers = doc.words.lowers
    i = doc.token_range(start, end).start
    first = doc.token_range(doc.segments[index].start, start).start
    content = _words(Context.CONTENT_NOUN)
    if any(
        lowers[k] in falsity and lowers[k + 1] in content and lowers[k + 1] != "news"
        for k in range(max(first, i - _FALSITY_REACH), i - 1)
    ):
        return True
    return _verdict_predicate(doc, start, end)


#: How many words after a distancing noun its verb may stand ("allegations of
#: abuse by the army's units are ..."), and after that verb its verdict.
_SUBJECT_REACH = 12
_VERDICT_REACH = 6
#: Words a subject may take between its determiner and the noun ("the
#: ministry's earlier claims").
_MODIFIER_REACH = 2


def _verdict_predicate(doc: Document, start: int, end: int) -> bool:
    """Whether the sentence's own predicate settles the noun's truth.

    "But these allegations are false.", "The claims were untrue.", "Such
    claims have been debunked.", "The accusations turned out to be wrong.",
    "Allegations of abuse are abundant and well documented.": the outlet
    itself says whether what the noun reports holds, so there is no
    distance to mark (annotation notes D21). The noun must be the first
    subject of its sentence: after a teller ("The ministry said the claims
    were false", "Critics insist the allegations are true") the verdict is
    the teller's and the noun keeps its distance. A modal ("the claims may
    be false"), the claimed content ("claims that the data were false": the
    falsity may be the content's own) or a relative clause ("the claims,
    which he denies, are false") leaves the hedge.
    """
    if not _first_subject(_clause_before(doc, start, end, 6)):
        return False
    if _told_later(doc, start, end):
        return False  # "The claims are false, the court found.": the court's verdict
    after = _clause_after(doc, start, end, _SUBJECT_REACH + _VERDICT_REACH)
    links = _words(Context.VERDICT_LINK)
    stops = _words(Context.MODAL_BEFORE_BE) | {"that", "which", "who", "whether"}
    for k, word in enumerate(after[:_SUBJECT_REACH]):
        if word in stops:
            return False
        if word in links:
            return _verdict_after(after[k + 1 : k + 1 + _VERDICT_REACH])
    return False


def _told_later(doc: Document, start: int, end: int) -> bool:
    """Whether a reporting verb follows the noun in its sentence (", aides said")."""
    index = doc.segment_at(start)
    if index is None:
        return False
    span = doc.token_range(end, doc.segments[index].end)
    lowers = doc.words.lowers
    tellers = saying_verbs()
    links = _words(Context.VERDICT_LINK) | _words(Context.VERDICT_FILLER)
    joins = _words(Context.CLAUSE_JOIN)
    subjects = _words(Context.PERSONAL_PRONOUN)
    for k in range(span.start, span.stop):
        word = lowers[k]
        if word in joins and k + 1 < span.stop:
            following = lowers[k + 1]
            if _is_determiner(following) or following in subjects:
                return False  # "..., and the company knows it": another clause
        # "were found to be false", "has been shown to be": the verdict's own
        # passive verb group, not a teller
        if word in tellers and lowers[k - 1] not in links:
            return True
    return False


def _first_subject(before: list[str]) -> bool:
    """Whether the words before a noun leave it the first subject of its clause.

    Nothing ("Allegations of ..."), a determiner after leading words ("But
    those", "All his", "Most of the"), then up to two modifiers that are no
    reporting verb ("the ministry's earlier"): "the minister said the" is a
    teller's clause.
    """
    if not before:
        return True
    lead = _words(Context.SUBJECT_LEAD) | words_of(WordClass.COORDINATOR)
    k = 0
    while k < len(before) and before[k] in lead:
        k += 1
        if k and before[k : k + 1] == ["of"]:
            k += 1  # "Most of the claims", "Many of those allegations"
    if k == len(before):
        return True
    if not _is_determiner(before[k]):
        return False
    rest = before[k + 1 :]
    return len(rest) <= _MODIFIER_REACH and saying_verbs().isdisjoint(rest)


def _verdict_after(words: list[str]) -> bool:
    """Whether a verdict word ends the verb group that opens ``words``.

    "are false", "have been found to be untrue", "are not true", "were
    completely fabricated", "are abundant and well documented"; not "are
    based on a false premise" (the verdict is inside another phrase).
    """
    fillers = _words(Context.VERDICT_FILLER)
    verdicts = _words(Context.VERDICT)
    for k, word in enumerate(words):
        if word in verdicts:
            return True
        if word in _words(Context.VERDICT_AFTER_WELL) and words[k - 1 : k] == ["well"]:
            return True
        joined = words[k + 1 : k + 2] == ["and"]  # "abundant and well documented"
        if word in fillers or word == "and" or word.endswith("ly") or joined:
            continue
        return False
    return False


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
