"""The words the attribution rules read: typed classes and the sets built from them.

Everything here comes from data files under ``data/lexicons/`` (ANNOTATION.md,
"Attributions"); no word list is written in code:

* ``reporting_verbs.tsv``: cue forms and their :class:`VerbClass`;
* ``source_heads.tsv``: head nouns of sources and their :class:`HeadClass`;
* ``media_names.txt`` and ``place_names.txt``: gazetteers of outlets and of
  places that speak for their governments;
* ``verb_forms.tsv`` (:class:`VerbForm`), ``attribution_words.tsv``
  (:class:`AttributionWord`), ``word_endings.tsv`` (:class:`Ending`) and the
  library's ``function_words.tsv`` (:class:`reliability.words.WordClass`).

A class that its enum does not define fails when the file loads, naming the
file and the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from reliability.resources import load_classed_lexicon, load_lexicon
from reliability.schema import SourceType
from reliability.words import WordClass, function_words, words_of

__all__ = [
    "OBJECT_SPEECH_VERBS",
    "CONTENT_VERBS",
    "FORECAST_FORMS",
    "HELD_CLASSES",
    "AttributionLexicon",
    "HeadClass",
    "VerbClass",
    "load_attribution_lexicon",
]


class VerbClass(StrEnum):
    """What a cue of ``reporting_verbs.tsv`` needs around it to report speech.

    Attributes:
        SPEECH: any complement ("said", "denied").
        CLAUSE: a clause, a quotation or the end of the clause ("added").
        VIEW: a reported view; a clause, a quotation or an object ("agreed").
        VIEWAS: "see ... as" ("described X as").
        TELL: an addressee ("told").
        EVIDENCE: a document subject ("shows", "found").
        PREP: a source follows ("according to").
        PHRASE: a multi-word speech act ("pointed out").
        BLAME: an object, then "for" or "on" ("blamed X for").
        CALL: naming something: "called it a disgrace", "what she calls a
            rant"; not "called the police" nor "a group called X".
        CONSIDER: a judgement with a clause or on a named object:
            "considers that", "considers the strike illegal", "deems it a
            failure"; not "considers the bill this week".
        OBJECT: a verb that reports a judgement on its object: "criticised
            the plan", "denounced the decision"; needs an object, a
            possessive or a quotation after it.
        NOUN: a speech-act verb with its noun ("expressed concern",
            "raised questions"): a person or body subject and a complement.
        STATEMENT: a statement issued and printed after a colon or in
            quotation marks ("released this statement:"), decision 15.
        DESIRE: a wish of a person or body with what is wished ("wants
            to", "wants the press to", "would like his successor to";
            "like" only after "would"), annotation notes decision 8.
        INTENT: broad mode only: an intention ("plans to", "aims to").
        BELIEF: a belief or fear holding a clause ("fears that", "assumed
            they would"), annotation notes decision 8.
        STANCE: broad mode only: a stance on an object ("supports the plan").
    """

    SPEECH = "speech"
    CLAUSE = "clause"
    VIEW = "view"
    VIEWAS = "viewas"
    TELL = "tell"
    EVIDENCE = "evidence"
    PREP = "prep"
    PHRASE = "phrase"
    BLAME = "blame"
    CALL = "call"
    CONSIDER = "consider"
    OBJECT = "object"
    NOUN = "noun"
    DESIRE = "desire"
    STATEMENT = "statement"
    INTENT = "intent"
    BELIEF = "belief"
    STANCE = "stance"


class HeadClass(StrEnum):
    """The class of a source head noun in ``source_heads.tsv``."""

    PRONOUN = "pronoun"
    TITLE = "title"  # precedes a name: "minister", "senator"
    ROLE = "role"  # an unnamed person: "official", "witness"
    JOURNALIST = "journalist"
    COLLECTIVE = "collective"  # vague: "experts", "observers"
    ORGANIZATION = "organization"
    MEDIA = "media"  # news-outlet nouns: "newspaper", "broadcaster"
    DOCUMENT = "document"
    MODIFIER = "modifier"  # modifies a head: "senior", "former"


class VerbForm(StrEnum):
    """Classes of ``verb_forms.tsv``: verb forms that endings do not give."""

    PAST = "past"
    PARTICIPLE = "participle"
    REDUCED = "reduced"
    STRONG = "strong"
    FINDING = "finding"
    BROAD_OBJECT = "broad-object"
    OBJECT_SPEECH = "object-speech"
    CONTENT = "content"
    TELL = "tell"
    GO = "go"
    CONTINUE = "continue"
    MANNER = "manner"
    FORECAST = "forecast"


class AttributionWord(StrEnum):
    """Classes of ``attribution_words.tsv``: open-class words rules read."""

    WEASEL_DOCUMENT = "weasel-document"
    MASS_DOCUMENT = "mass-document"
    INTERVIEW = "interview"
    ANONYMITY = "anonymity"
    LABEL = "label"
    HEADLINE_DOCUMENT = "headline-document"
    ORGANIZATION_NAME = "organization-name"
    ORGANIZATION_NAME_START = "organization-name-start"
    OPINION_WRITER = "opinion-writer"
    RESPONSE = "response"
    PLATFORM = "platform"
    KNOWLEDGE = "knowledge"
    INTERVIEWED = "interviewed"
    REFLEXIVE = "reflexive"
    FUTURE = "future"
    IMPERATIVE = "imperative"
    NAME_PARTICLE = "name-particle"
    ORGANIZATION = "organization"
    NAME_INNER = "name-inner"
    CALL_OUT = "call-out"
    DECLARED_ACT = "declared-act"
    FILING = "filing"
    RULING = "ruling"
    PRIZE = "prize"
    COUNT = "count"
    INDEFINITE = "indefinite"
    SHARE = "share"
    SHARE_MODIFIER = "share-modifier"
    SUBORDINATOR = "subordinator"
    LOCATIVE = "locative"
    CLAIM_NOUN = "claim-noun"
    STATED_NOUN = "stated-noun"
    QUALIFIER = "qualifier"
    NOUN_FIRST = "noun-first"
    SOLICITED = "solicited"
    FEELING = "feeling"


class Ending(StrEnum):
    """Classes of ``word_endings.tsv``: endings that mark a part of speech."""

    ADJECTIVE = "adjective"
    COMMON_PLURAL = "common-plural"
    ABSTRACT_NOUN = "abstract-noun"
    PLURAL_PEOPLE = "plural-people"


_VERB_FORMS = load_classed_lexicon("verb_forms", VerbForm)
_WORDS = load_classed_lexicon("attribution_words", AttributionWord)
_ENDINGS = load_classed_lexicon("word_endings", Ending)

DEFINITE = words_of(WordClass.DEFINITE)
DET = words_of(WordClass.DETERMINER)
QUANT = words_of(WordClass.QUANTIFIER)
QUANT_SUBJECTS = words_of(WordClass.QUANTIFIER_SUBJECT)
PREP = words_of(WordClass.PREPOSITION)
CONNECT = words_of(WordClass.CONNECTOR)
POST_PREP = words_of(WordClass.POST_PREPOSITION)
CHANNEL_PREP = words_of(WordClass.CHANNEL_PREPOSITION)
POST_QUOTE_PREP = words_of(WordClass.POST_QUOTE_PREPOSITION)
OBJECT = words_of(WordClass.OBJECT)
BE = words_of(WordClass.BE)
AUX = words_of(WordClass.AUXILIARY)
STRICT_AUX = words_of(WordClass.STRICT_AUXILIARY)
EVIDENCE_AUX = words_of(WordClass.EVIDENCE_AUXILIARY)
NEGATION = words_of(WordClass.NEGATION)
WH = words_of(WordClass.WH)
CLAUSE_PRONOUNS = words_of(WordClass.CLAUSE_PRONOUN)
OPENERS = words_of(WordClass.OPENER)
INSERT_RELATIVE = words_of(WordClass.INSERT_RELATIVE)
INSERT_OPENERS = words_of(WordClass.INSERT_OPENER)
NOUN_COMPLEMENT = words_of(WordClass.NOUN_COMPLEMENT)
CALL_PARTICLES = words_of(WordClass.CALL_PARTICLE)
DOCUMENT_TAIL = words_of(WordClass.DOCUMENT_TAIL)
FUNCTION_WORDS = words_of(WordClass.FUNCTION)
NOT_NAME = words_of(WordClass.NOT_NAME)
WEEKDAYS = words_of(WordClass.WEEKDAY)
MONTHS = words_of(WordClass.MONTH)
TIME_NOUNS = words_of(WordClass.TIME_NOUN)
TIME_WORDS = words_of(WordClass.TIME_WORD)
POSSESSIVES = words_of(WordClass.POSSESSIVE)
COORDINATORS = words_of(WordClass.COORDINATOR)
TEXT_VOICES = words_of(WordClass.TEXT_VOICE)
LEADERS = words_of(WordClass.LEADER)
NOUN_OPENERS = words_of(WordClass.NOUN_OPENER)
PERIODS = words_of(WordClass.PERIOD)
DEICTICS = words_of(WordClass.DEICTIC)

PAST_IRREGULAR = _VERB_FORMS.words(VerbForm.PAST)
PARTICIPLE_IRREGULAR = _VERB_FORMS.words(VerbForm.PARTICIPLE)
REDUCED_IRREGULAR = _VERB_FORMS.words(VerbForm.REDUCED)
STRONG = _VERB_FORMS.words(VerbForm.STRONG)
FINDING = _VERB_FORMS.words(VerbForm.FINDING)
BROAD_OBJECT_VERBS = _VERB_FORMS.words(VerbForm.BROAD_OBJECT)
#: Clause verbs that report with an object in every mode ("noted support
#: from", "highlighted the risk"; annotation notes decision 7).
OBJECT_SPEECH_VERBS = _VERB_FORMS.words(VerbForm.OBJECT_SPEECH)
CONTENT_VERBS = _VERB_FORMS.words(VerbForm.CONTENT)
TELL_FORMS = _VERB_FORMS.words(VerbForm.TELL)
GO_FORMS = _VERB_FORMS.words(VerbForm.GO)
CONTINUE_FORMS = _VERB_FORMS.words(VerbForm.CONTINUE)
MANNER_FORMS = _VERB_FORMS.words(VerbForm.MANNER)
#: Verbs of a forecast ("economists expect the rate to rise"): a collective
#: may hold one, and it may take a clause ("expects the storm will weaken").
FORECAST_FORMS = _VERB_FORMS.words(VerbForm.FORECAST)

WEASEL_DOCUMENTS = _WORDS.words(AttributionWord.WEASEL_DOCUMENT)
MASS_DOCUMENTS = _WORDS.words(AttributionWord.MASS_DOCUMENT)
INTERVIEW = _WORDS.words(AttributionWord.INTERVIEW)
ANONYMITY = _WORDS.words(AttributionWord.ANONYMITY)
LABELS = _WORDS.words(AttributionWord.LABEL)
HEADLINE_DOCUMENTS = _WORDS.words(AttributionWord.HEADLINE_DOCUMENT)
ORGANIZATION_NAME_ENDS = _WORDS.words(AttributionWord.ORGANIZATION_NAME)
ORGANIZATION_NAME_STARTS = _WORDS.words(AttributionWord.ORGANIZATION_NAME_START)
OPINION_WRITERS = _WORDS.words(AttributionWord.OPINION_WRITER)
RESPONSES = _WORDS.words(AttributionWord.RESPONSE)
CLAIM_NOUNS = _WORDS.words(AttributionWord.CLAIM_NOUN)
STATED_NOUNS = _WORDS.words(AttributionWord.STATED_NOUN)
PLATFORMS = _WORDS.words(AttributionWord.PLATFORM)
KNOWLEDGE = _WORDS.words(AttributionWord.KNOWLEDGE)
INTERVIEWED = _WORDS.words(AttributionWord.INTERVIEWED)
REFLEXIVE = _WORDS.words(AttributionWord.REFLEXIVE)
FUTURE = _WORDS.words(AttributionWord.FUTURE)
IMPERATIVES = _WORDS.words(AttributionWord.IMPERATIVE)
NAME_PARTICLES = _WORDS.words(AttributionWord.NAME_PARTICLE)
ORGANIZATIONS = _WORDS.words(AttributionWord.ORGANIZATION)
NAME_INNER = _WORDS.words(AttributionWord.NAME_INNER)
CALL_OUTS = _WORDS.words(AttributionWord.CALL_OUT)
DECLARED_ACTS = _WORDS.words(AttributionWord.DECLARED_ACT)
FILINGS = _WORDS.words(AttributionWord.FILING)
RULINGS = _WORDS.words(AttributionWord.RULING)
PRIZES = _WORDS.words(AttributionWord.PRIZE)
COUNTS = _WORDS.words(AttributionWord.COUNT)
INDEFINITES = _WORDS.words(AttributionWord.INDEFINITE)
SHARES = _WORDS.words(AttributionWord.SHARE)
SHARE_MODIFIERS = _WORDS.words(AttributionWord.SHARE_MODIFIER)
SUBORDINATORS = _WORDS.words(AttributionWord.SUBORDINATOR)
LOCATIVES = _WORDS.words(AttributionWord.LOCATIVE)
QUALIFIERS = _WORDS.words(AttributionWord.QUALIFIER)
NOUN_FIRST = _WORDS.words(AttributionWord.NOUN_FIRST)
#: What an open invitation asks for ("a call for tenders"): no statement.
SOLICITED = _WORDS.words(AttributionWord.SOLICITED)
#: Feelings stated with a copula ("is concerned"): with a plain noun-phrase
#: topic ("about the plan") they give no content.
FEELINGS = _WORDS.words(AttributionWord.FEELING)

ADJECTIVE_ENDINGS = tuple(sorted(_ENDINGS.words(Ending.ADJECTIVE)))
COMMON_PLURAL = tuple(sorted(_ENDINGS.words(Ending.COMMON_PLURAL)))
PLURAL_MEN = tuple(sorted(_ENDINGS.words(Ending.PLURAL_PEOPLE)))
ABSTRACT_ENDINGS = tuple(sorted(_ENDINGS.words(Ending.ABSTRACT_NOUN)))

#: Marks that end the search for an insert between a subject and its verb.
INSERT_BREAKS = frozenset(";:!?()")
#: Broad mode: dashes that sign a quotation.
BROAD_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "--"})

HEAD_PRONOUN = HeadClass.PRONOUN
HEAD_TITLE = HeadClass.TITLE
HEAD_ROLE = HeadClass.ROLE
HEAD_JOURNALIST = HeadClass.JOURNALIST
HEAD_COLLECTIVE = HeadClass.COLLECTIVE
HEAD_ORGANIZATION = HeadClass.ORGANIZATION
HEAD_MEDIA = HeadClass.MEDIA
HEAD_DOCUMENT = HeadClass.DOCUMENT
HEAD_MODIFIER = HeadClass.MODIFIER

#: Heads of a person who may be named after them ("the minister, Jane Roe").
PERSON_HEADS = frozenset({HeadClass.TITLE, HeadClass.ROLE, HeadClass.JOURNALIST})
#: Heads of "officials who asked not to be named" (ANNOTATION.md: anonymous).
ANONYMOUS_HEADS = frozenset({HeadClass.ROLE, HeadClass.COLLECTIVE, HeadClass.TITLE})
#: Heads of a subject with a reduced relative ("the memo posted online says").
REDUCED_HEADS = frozenset(
    {
        HeadClass.DOCUMENT,
        HeadClass.MEDIA,
        HeadClass.ORGANIZATION,
        HeadClass.ROLE,
        HeadClass.COLLECTIVE,
    }
)
#: Heads that can voice a statement: a person, a body, a document or a poll.
SPEAKER_HEADS = frozenset(HeadClass) - {HeadClass.PRONOUN, HeadClass.MODIFIER}
#: Heads whose phrase keeps a prepositional modifier ("experts on trade said").
POSTMODIFIED = frozenset(
    {
        HeadClass.ROLE,
        HeadClass.COLLECTIVE,
        HeadClass.TITLE,
        HeadClass.JOURNALIST,
        HeadClass.DOCUMENT,
        HeadClass.ORGANIZATION,
    }
)
#: Verb classes marked only in broad mode.
BROAD_CLASSES = frozenset({VerbClass.INTENT, VerbClass.STANCE})
#: Verb classes held by a person or body in a clause of its own (the
#: broad-mode holders): intentions, stances, and wishes.
HELD_CLASSES = BROAD_CLASSES | {VerbClass.DESIRE}
#: Sources that cannot voice a speech-act noun ("the report raised concerns").
NOT_NOUN_HOLDERS = frozenset({SourceType.DOCUMENT, SourceType.VAGUE})
#: Broad mode: who may hold an intention, a belief or a stance.
BROAD_HOLDERS = frozenset(
    {
        SourceType.NAMED_PERSON,
        SourceType.NAMED_ORGANIZATION,
        SourceType.MEDIA_OUTLET,
        SourceType.PRONOUN,
    }
)
#: Broad mode: speakers of a headline's colon.
HEADLINE_SPEAKERS = frozenset(
    {SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET}
)


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    """The cue and source vocabulary of one annotator (broad mode or not).

    Attributes:
        verbs: one-word cues and their class.
        phrases: multi-word cues (as word tuples) and their class.
        phrase_first: the first words of ``phrases``.
        phrase_sizes: the first two words of ``phrases`` -> the lengths of
            the phrases that open with them, longest first.
        cue_words: the words a cue may start with (``verbs`` and
            ``phrase_first``).
        longest: the length of the longest phrase.
        triggers: words whose presence makes a sentence worth a full parse.
        heads: source head nouns and their class.
        pronouns: heads of class pronoun ("he", "they"), "sides" excepted.
        acronym_pronouns: pronouns of two letters or more in capitals ("WHO",
            "US"), which are read as acronyms.
        media, media2: outlet names of one word, and of two (as tuples).
        places, places2: place names of one word, and of two (as tuples).
        title_stops: abbreviated titles that keep their stop before a name
            ("assoc", "supt"), the splitter's own list.
        resources: data file name -> SHA-256 of every file read.
    """

    verbs: dict[str, VerbClass]
    phrases: dict[tuple[str, ...], VerbClass]
    phrase_first: frozenset[str]
    phrase_sizes: dict[tuple[str, str], tuple[int, ...]]
    cue_words: frozenset[str]
    longest: int
    triggers: frozenset[str]
    heads: dict[str, HeadClass]
    pronouns: frozenset[str]
    acronym_pronouns: frozenset[str]
    media: frozenset[str]
    media2: frozenset[tuple[str, ...]]
    places: frozenset[str]
    places2: frozenset[tuple[str, ...]]
    title_stops: frozenset[str]
    resources: dict[str, str]


#: Words too common to stand for a phrase in the trigger check ("is confident").
_COMMON = FUNCTION_WORDS | BE | AUX | DET | PREP


def phrase_trigger(phrase: tuple[str, ...]) -> str:
    """The one word of ``phrase`` whose absence rules the phrase out of a sentence.

    A phrase matches only where all its words are, so one of them is enough
    for the trigger check: the longest that is not a form of "be", an
    auxiliary, a determiner or a preposition ("confident" for "is
    confident", "warning" for "issue a warning"), which few sentences hold.
    """
    plain = [w for w in phrase if w.isalpha()]
    pool = [w for w in plain if w not in _COMMON] or [
        w for w in plain if w not in FUNCTION_WORDS
    ]
    return max(pool or plain or phrase, key=len)


def sizes_by_opening(
    phrases: dict[tuple[str, ...], VerbClass],
) -> dict[tuple[str, str], tuple[int, ...]]:
    """The lengths of the phrases that open with each pair of words, longest first.

    {("pointed", "out"), ("in", "a", "statement"), ("in", "a", "letter", "to")}
    -> {("pointed", "out"): (2,), ("in", "a"): (4, 3)}.
    """
    sizes: dict[tuple[str, str], set[int]] = {}
    for k in phrases:
        sizes.setdefault((k[0], k[1]), set()).add(len(k))
    return {pair: tuple(sorted(n, reverse=True)) for pair, n in sizes.items()}


@cache
def load_attribution_lexicon(*, broad: bool = False) -> AttributionLexicon:
    """Build the vocabulary; intentions and stances only when ``broad``."""
    verb_lexicon = load_classed_lexicon("reporting_verbs", VerbClass)
    head_lexicon = load_classed_lexicon("source_heads", HeadClass)
    media = load_lexicon("media_names")
    places = load_lexicon("place_names")
    abbreviations = load_lexicon("abbreviations")
    verbs: dict[str, VerbClass] = {}
    phrases: dict[tuple[str, ...], VerbClass] = {}
    for entry, cls in verb_lexicon.first_class().items():
        if cls in BROAD_CLASSES and not broad:
            continue  # intentions and stances: PolNeAR-style attributions only
        words = tuple(entry.split())
        if len(words) == 1:
            verbs[entry] = cls
        else:
            phrases[words] = cls
    heads = head_lexicon.first_class()
    resources = {
        f"lexicons/{lx.name}": lx.sha256
        for lx in (verb_lexicon, head_lexicon, media, places, abbreviations)
    }
    resources |= {
        f"lexicons/{lx.name}": lx.sha256
        for lx in (function_words(), _VERB_FORMS, _WORDS, _ENDINGS)
    }
    pronouns = frozenset(k for k, v in heads.items() if v == HeadClass.PRONOUN) - {
        "sides"
    }
    return AttributionLexicon(
        verbs=verbs,
        phrases=phrases,
        phrase_first=frozenset(k[0] for k in phrases),
        phrase_sizes=sizes_by_opening(phrases),
        cue_words=frozenset(verbs) | {k[0] for k in phrases},
        longest=max((len(k) for k in phrases), default=1),
        triggers=frozenset(verbs)
        | {phrase_trigger(k) for k in phrases}
        | RESPONSES
        | CLAIM_NOUNS,
        heads=heads,
        pronouns=pronouns,
        acronym_pronouns=frozenset(
            k.upper() for k in pronouns | WH if len(k) > 1 and k.isalpha()
        ),
        media=frozenset(k for k in media.entries if " " not in k),
        media2=frozenset(tuple(k.split()) for k in media.entries if " " in k),
        places=frozenset(k for k in places.entries if " " not in k),
        places2=frozenset(tuple(k.split()) for k in places.entries if " " in k),
        title_stops=frozenset(
            k for k, v in abbreviations.entries.items() if v == "title"
        ),
        resources=resources,
    )
