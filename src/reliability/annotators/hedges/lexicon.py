"""The hedge word classes and the loaders of the hedge lexicons.

:class:`Context` names the word classes of ``hedges_context.tsv``;
``KINDS`` are the cue kinds of ``hedges.tsv``. The cached loaders give a
class's words, the hedge entries, the forms of "be", the perfect auxiliaries
and the grammar words the rules read.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from reliability.resources import ClassedLexicon, load_classed_lexicon, load_lexicon
from reliability.words import WordClass, words_of


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
    VERDICT = "verdict"
    VERDICT_AFTER_WELL = "verdict-after-well"
    VERDICT_LINK = "verdict-link"
    VERDICT_FILLER = "verdict-filler"
    SUBJECT_LEAD = "subject-lead"
    CLAUSE_JOIN = "clause-join"


# The kinds of ``hedges.tsv`` (its header says what each vetoes).
KINDS = frozenset(
    "always modal passive contracted suggest distancing attributive predicative "
    "signs risk participle report likely after-in content hearsay first-person "
    "court allegation unchecked negated impersonal".split()
)


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
