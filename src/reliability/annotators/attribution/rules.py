"""The sentence handler: a dispatch over cue vetoes, cue classes and source finders.

For each cue of a sentence (:func:`~reliability.annotators.attribution.cues.find_cues`):

1. :data:`CUE_VETOES` drop readings that report nothing ("the said
   agreement", "did not say", "asked not to be named");
2. the cue's construction picks a source finder: a preposition
   ("according to"), a passive with its agent ("was confirmed by"), "quoted
   as saying", an evidence verb ("the study shows"), else a verb whose
   source stands before or after it;
3. :data:`SOURCE_VETOES` drop sources that cannot have said it ("a tweet
   says": a noun, not a verb);
4. channels and outlets of the statement follow (judgement call 8).

Then speakers after quotations, sentence-level channels and, in broad mode,
colon and dash cues. Each found attribution is ``(cue_first, cue_last,
source, rule)``; the rule names the construction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reliability.annotators.attribution.broad import (
    broad_marks,
    broad_object,
    broad_shared,
    opens_clause,
)
from reliability.annotators.attribution.channels import channel, channels_of, extras
from reliability.annotators.attribution.cues import (
    CARDINALS,
    bare_clause,
    complement_ok,
    find_cues,
    is_participle,
    modifier_participle,
    opens_complement,
    skip_aux,
)
from reliability.annotators.attribution.lexicon import (
    ADJECTIVE_ENDINGS,
    AUX,
    BE,
    BROAD_HOLDERS,
    CALL_OUTS,
    CLAIM_NOUNS,
    CLAUSE_PRONOUNS,
    CONNECT,
    CONTENT_VERBS,
    COORDINATORS,
    COUNTS,
    DECLARED_ACTS,
    DET,
    FEELINGS,
    FILINGS,
    FINDING,
    FORECAST_FORMS,
    FUTURE,
    GO_FORMS,
    HEAD_DOCUMENT,
    HELD_CLASSES,
    IMPERATIVES,
    MANNER_FORMS,
    MASS_DOCUMENTS,
    MONTHS,
    NEGATION,
    NOT_NAME,
    NOT_NOUN_HOLDERS,
    NOUN_FIRST,
    NOUN_OPENERS,
    OBJECT,
    OBJECT_SPEECH_VERBS,
    PAST_IRREGULAR,
    PERIODS,
    PLURAL_MEN,
    POSSESSIVES,
    POSTMODIFIED,
    PREP,
    PRIZES,
    QUALIFIERS,
    QUANT,
    QUANT_SUBJECTS,
    RESPONSES,
    RULINGS,
    STATED_NOUNS,
    STRICT_AUX,
    STRONG,
    TEXT_VOICES,
    TIME_NOUNS,
    TIME_WORDS,
    WH,
    HeadClass,
    VerbClass,
)
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    Source,
    is_lower_word,
    is_name,
    is_possessive,
    valid_head,
)
from reliability.annotators.attribution.sources import classify
from reliability.annotators.attribution.subjects import (
    after_quotation,
    channel_before_verb,
    clause_subject,
    document_end,
    evidence_source,
    is_inner_dot,
    left_source,
    name_conjuncts,
    opens_subject,
    post_quote_speech,
    right_source,
    speaker_after_quote_verb,
)
from reliability.schema import SourceType
from reliability.tokens import QUOTE_LIKE, QUOTES, STOPS

__all__ = ["CUE_VETOES", "SOURCE_VETOES", "Context", "sentence_attributions"]

Attribution = tuple[int, int, Source, str]

_PREP = VerbClass.PREP
_VIEWAS = VerbClass.VIEWAS
_TELL = VerbClass.TELL
_NOUN = VerbClass.NOUN
_BLAME = VerbClass.BLAME
_EVIDENCE = VerbClass.EVIDENCE
_DESIRE = VerbClass.DESIRE
_CLAUSE_SPEECH = frozenset({VerbClass.SPEECH, VerbClass.CLAUSE})
_INVERTIBLE = frozenset({VerbClass.CLAUSE, VerbClass.VIEW})
_JUDGING = frozenset({VerbClass.CALL, VerbClass.CONSIDER, VerbClass.BLAME})
_ADJECTIVE_ENDS = (*ADJECTIVE_ENDINGS, "est")
_ACCORDING = ["according", "to"]
_DESIRE_HOLDERS = BROAD_HOLDERS | {SourceType.ANONYMOUS}
_FORECAST_HOLDERS = _DESIRE_HOLDERS | {SourceType.VAGUE}
#: Cues whose negation is itself a report: "did not rule out a summit".
_WOULD = frozenset({"would", "'d", "\u2019d"})
_LIKE_ADVERBS = frozenset({"also", "really", "still", "just", "very", "much"})
_WISHED_STATES = frozenset({"see", "ensure", "hear", "know"})
#: Verbs after "wants to" that hold others back or make them act ("wants to
#: prevent banks from", "wants to force the firm to"); "keep" and "stop" only
#: with "from" ("keep them from owning"), not "keep his job", "stop smoking".
_CONTROLS = frozenset({"prevent", "ban", "bar", "force", "keep", "stop"})
_CONTROLS_NEED_FROM = frozenset({"keep", "stop"})
_OWN_OBJECTS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_GRADES = frozenset({"most", "more", "less", "least"})
_NEUTER = frozenset({"it", "this", "that", "which"})
_NEGATABLE = frozenset({"rule", "ruled", "rules", "ruling"})
_NOT_ENDINGS = ("n't", "n\u2019t")
_HABIT = frozenset({"used"})  # "used to say": a habit of speech
#: Verbs of a writer's own earlier words: "As we wrote, ...".
_OWN_WORDS = frozenset({"wrote", "said", "noted", "reported", "explained", "argued"})
_NOT_PASSIVE = frozenset({VerbClass.PHRASE, VerbClass.NOUN})
_VIEWS = frozenset({VerbClass.VIEW, VerbClass.VIEWAS})
_OWN_VIEWS = frozenset({VerbClass.VIEW, VerbClass.BELIEF})
_QUOTED_AS = frozenset({"quoted as saying", "cited as saying"})
_PASSIVE_ADVERBS = frozenset(
    {"also", "first", "widely", "later", "previously", "not", "never", "only"}
)
_DASHES = frozenset({"\u2013", "\u2014", "--"})
#: Prepositions after a plural noun that look like a verb ("reports of").
_NOUN_LINKS = frozenset({"of", "by", "from"})
#: Marks that end a noun phrase: "... Republican claims, ..." (and "and").
_PLURAL_ENDS = frozenset(
    {",", ".", ";", ":", "(", ")", "[", "\u2013", "\u2014", "--", "and"}
)
_CLAUSE_OPENERS = frozenset({",", ":", ";", "and", "but"}) | QUOTE_LIKE
_MARKS_BEFORE_VERB = QUOTE_LIKE | {",", ":", "\u2013", "\u2014", "--"}
_RELATIVES = frozenset({"who", "which", "that"})
#: Most words of an opening phrase before a sign-off ("With Tom Park contributing,").
_BYLINE_OPENING = 6
#: Prepositions that give a feeling its topic: "concerned about", "concern over".
_TOPIC_PREPS = frozenset(
    {"about", "at", "by", "for", "of", "on", "over", "regarding", "with"}
)
#: Words after the preposition that open a clause: "concerned about whether".
_TOPIC_CLAUSE_OPENERS = frozenset({"if", "whether"})
_ARTICLES = frozenset({"the", "a", "an"})
_FIRST_PERSON = frozenset({"me", "us"})
_PHRASE_ENDS = frozenset({",", ".", ";", ":", "\u2013", "\u2014", "--", ")"})
_NAMED_TYPES = frozenset({SourceType.NAMED_PERSON, SourceType.MEDIA_OUTLET})
_SPEAKER_HEADS = frozenset(
    {
        HeadClass.TITLE,
        HeadClass.ROLE,
        HeadClass.JOURNALIST,
        HeadClass.ORGANIZATION,
        HeadClass.MEDIA,
    }
)
_SINGULAR_HEADS = frozenset(
    {None, HEAD_DOCUMENT, HeadClass.MODIFIER, HeadClass.TITLE, HeadClass.ROLE}
)
_SINGULAR_TYPES = frozenset(
    {SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET, SourceType.NAMED_PERSON}
)


@dataclass(slots=True)
class Context:
    """What the rules of one sentence share: the sentence and what was found.

    ``memory`` maps names to the types the document gave them before;
    ``found`` lists ``(cue_first, cue_last, source)`` in the order found;
    ``used`` the source ranges of verbs (a participle may not reuse one).
    """

    s: Sentence
    memory: dict[str, SourceType]
    broad: bool
    found: list[tuple[int, int, Source]] = field(default_factory=list)
    used: set[tuple[int, int]] = field(default_factory=set)


# ------------------------------------------------------------------ vetoes
def cue_is_capitalised(s: Sentence, cue: Cue) -> bool:
    """ "The Daily Reporter", "Says Who": a capitalised verb is part of a name.

    Not a verb opening the sentence before its speaker and a colon: "Said
    Lee: “...”" puts the verb first.
    """
    return (
        cue.cls != _PREP
        and not s.words[cue.first][:1].islower()
        and not inverted_opening(s, cue)
        # "Described by critics as a sham, the plan ...": an opening judgement
        and not (cue.first == s.marks()[0] and judged_by(s, cue) is not None)
    )


def inverted_opening(s: Sentence, cue: Cue) -> bool:
    """ "Said Lee: “...”", "Added the mayor: “...”": the verb first, then who."""
    j = cue.last + 1
    if cue.first != s.marks()[0] or cue.cls != VerbClass.SPEECH or j >= s.n:
        return False
    if s.lows[j] in DET:
        j += 1
    e = j
    while e < s.n and e - j < 5 and s.lows[e] != ":":
        if not (is_name(s, e) or is_lower_word(s.lows[e])) or s.lows[e] in s.verbs:
            return False
        e += 1
    return e > j and e + 1 < s.n and s.lows[e] == ":" and s.words[e + 1] in QUOTES


def cue_follows_determiner(s: Sentence, cue: Cue) -> bool:
    """ "the said agreement", "all told", "of reported cases": not a verb."""
    if cue.cls == _PREP or not cue.first:
        return False
    prev = s.lows[cue.first - 1]
    if prev == "another" and opens_subject(s, cue.first - 1):
        return False  # "..., while another wondered": a second speaker
    if prev in QUANT_SUBJECTS:
        # "the author of that boast": a determiner after a preposition
        before = s.lows[cue.first - 2] if cue.first >= 2 else ""
        # not "as many say", "with some arguing"
        return before in PREP and before not in ("as", "like", "with")
    if prev in ("both", "all") and skip_aux(s, cue.first - 1) < cue.first - 1:
        return False  # "Lee and Park both said", "they all agreed"
    if prev == "one" and cue.first >= 2 and s.lows[cue.first - 2] == "with":
        return False  # "..., with one saying": one of those just named speaks
    if prev == "one" and after_quotation(s, cue.first - 1):
        return False  # '“...,” one wrote': one of those just named speaks
    if counted_speakers(s, cue):
        return False
    if prev in _GERUND_PREPS and gerund_after_preposition(s, cue):
        return False  # "responded by saying that": the subject speaks
    return prev in DET or prev in PREP


#: Prepositions before which a speech gerund keeps the clause's subject.
_GERUND_PREPS = frozenset({"by", "of", "from", "for", "after", "before", "while"})
#: Words before "of" or "for" that make the gerund no report of speech.
_NOT_GERUND_HOSTS = frozenset(
    {"instead", "short", "him", "her", "them", "me", "us", "you", "it"}
)


def gerund_after_preposition(s: Sentence, cue: Cue) -> bool:
    """ "The mayor responded by saying the plan was dead": a speech gerund.

    A gerund of speech after a preposition ("by saying", "was fond of
    saying", "aside from saying", "after arguing") whose reported clause
    follows: the clause's subject is the speaker. Not "instead of saying"
    nor "stopped short of saying" (nothing was said), not "the habit of
    saying" (a noun's phrase) and not "attacked him for saying" (the
    object spoke).
    """
    first = cue.first
    if first < 2 or first != cue.last or cue.cls not in _CLAUSE_SPEECH:
        return False
    if not cue.form.endswith("ing"):
        return False
    prev, host = s.lows[first - 1], s.lows[first - 2]
    if host in DET:
        return False  # "all the while asking how": an adverb, not a verb's phrase
    if prev in ("of", "for") and (
        host in _NOT_GERUND_HOSTS
        or not is_lower_word(s.words[first - 2])
        or (first >= 3 and s.lows[first - 3] in DET)
    ):
        return False
    j = first + 1
    nxt = s.lows[j] if j < s.n else ""
    return opens_complement(nxt) or nxt in CLAUSE_PRONOUNS or bare_clause(s, j)


#: Words before a cardinal that make it a phrase of people: "the two".
_COUNTED = frozenset({"the", "all", "both", "those"})


def counted_speakers(s: Sentence, cue: Cue) -> bool:
    """ "The two said", "a mother of three replied", "all four agreed that".

    A cardinal number closing a phrase of people (after "the", "all",
    "both" or "those", or after "of" and a noun of a person) is the
    speaker, not a determiner of the verb, when what follows the verb opens
    what was said (a comma, a colon, "that", a quotation mark, a pronoun, a
    determiner or an auxiliary) or, for "told", its addressee. "the two
    reported cases" keeps its noun reading.
    """
    first = cue.first
    if first < 2 or s.lows[first - 1] not in CARDINALS:
        return False
    lows = s.lows
    before = lows[first - 2]
    people = before in _COUNTED or (
        before == "of"
        and first >= 3
        and s.heads.get(lows[first - 3]) in (HeadClass.ROLE, HeadClass.TITLE)
    )
    if not people or cue.last + 1 >= s.n:
        return False
    nxt = lows[cue.last + 1]
    return (
        nxt in (",", ":", "that")
        or s.words[cue.last + 1] in QUOTES
        or nxt in s.pronouns
        or nxt in DET
        or nxt in AUX
        or cue.cls == _TELL
    )


def cue_is_plural_noun(s: Sentence, cue: Cue) -> bool:
    """ "news reports said": a plural noun before a verb, not a verb itself.

    Also a document verb's plural noun before "of" ("websites post lists of
    medicines", "shows of force"): a document's verb never takes "of".
    """
    first = cue.first
    if cue.cls == _PREP or first + 1 >= s.n or cue.last != first:
        return False
    if cue.form == "says" or (first and s.lows[first - 1] in s.pronouns):
        return False  # "which he says would cost": "says" is never a noun
    nxt = s.lows[first + 1]
    if cue.cls == _EVIDENCE and nxt == "of":
        return cue.form.endswith("s")
    if cue.cls == _EVIDENCE and first and s.lows[first - 1] == ",":
        return False  # "The report, released today, shows continued growth"
    return cue.form.endswith("s") and (nxt in s.verbs or nxt in STRICT_AUX)


#: Quantifiers of a plural: "several reports", "a few highlights".
_PLURAL_QUANT = frozenset(
    {"all", "both", "few", "many", "most", "several", "some", "two", "three", "four"}
)


def cue_is_mostly_noun(s: Sentence, cue: Cue) -> bool:
    """ "in 11 swing states", "the capital of Kassala state": a noun.

    "state" right after a singular name is a noun ("Kassala state"). A
    present form of a speech verb that is mostly a noun ("state",
    "states") after a word that cannot head its subject (a modifier, a
    number, a determiner or a preposition) is a noun, unless "that", a
    colon or a quotation follows ("the rule states that"); after a speaker
    ("The report states the bridge is unsafe") it stays a verb.
    """
    first = cue.first
    if first != cue.last or cue.form not in NOUN_FIRST:
        return False
    if singular_name_before(s, first) and not cue.form.endswith("s"):
        return True  # "Jonglei state": a singular name takes "states"
    if first > 0 and valid_head(s, first - 1) and s.lows[first - 1] not in DET:
        return False
    j = cue.last + 1
    nxt = s.lows[j] if j < s.n else ""
    if nxt == "," and j + 1 < s.n:
        nxt = s.lows[j + 1]
    return not (nxt in ("that", ":") or nxt in QUOTES)


def singular_name_before(s: Sentence, k: int) -> bool:
    """Whether a single name ends right before ``k``: "Jonglei", not "Lee and Park"."""
    i = k - 1
    if not is_name(s, i) or s.lows[i].endswith("s"):
        return False
    while i >= 0 and is_name(s, i):
        i -= 1
    return i < 0 or s.lows[i] not in COORDINATORS


def cue_follows_a_qualifier(s: Sentence, cue: Cue) -> bool:
    """ "Preliminary reports by the agency say", "the key highlights", "a few notes".

    A report noun's plural or base form right after an adjective or a
    preposition that names no one ("Preliminary", "Monthly", "latest",
    "key", "Within") is the noun that word opens, when the word opens the
    sentence or follows a determiner, a possessive, a quantifier or a
    preposition; so is a plural after a quantifier of a plural ("several
    reports", "a few highlights"), with which no "-s" verb agrees. The
    verb, if any, comes later ("Preliminary reports ... say").
    """
    first = cue.first
    if cue.cls == _PREP or first != cue.last or first < 1:
        return False
    form = cue.form
    if form == "says" or form.endswith(("ed", "ing")) or form in PAST_IRREGULAR:
        return False
    prev = s.lows[first - 1]
    if prev in _PLURAL_QUANT and form.endswith("s"):
        return True
    if prev not in QUALIFIERS or prev in s.heads:
        return False
    if first - 1 == s.marks()[0]:
        return True
    before = s.lows[first - 2] if first >= 2 else ""
    return before in DET or before in QUANT or before in PREP or is_possessive(before)


def cue_heads_a_noun_phrase(s: Sentence, cue: Cue) -> bool:
    """ "received several reports of damage", "early reports by the agency say".

    A plural form after a quantifier or a plain lower-case word (an adjective
    or a noun, not a speaker, a pronoun or an auxiliary) or opening the
    sentence, followed by
    "of", "by" or "from": a noun with its complement, not a verb; "the mayor
    says of the plan" and "Smith reports from Kyiv" stay verbs.
    """
    first = cue.first
    if cue.cls == _PREP or first != cue.last or first + 1 >= s.n:
        return False
    if not cue.form.endswith("s") or s.lows[first + 1] not in _NOUN_LINKS:
        return False
    if first == s.marks()[0]:
        return True
    prev = s.lows[first - 1]
    if prev in QUANT:
        return True  # "several reports of": a plural subject takes no "-s" verb
    return (
        s.words[first - 1].isalpha()
        and s.words[first - 1].islower()
        and prev not in s.heads
        and prev not in s.pronouns
        and prev not in s.verbs
        and prev not in AUX
        and prev not in COORDINATORS
    )


def cue_is_qualified_plural(s: Sentence, cue: Cue) -> bool:
    """ "Republican claims of fraud", "official Russian posts that", "denied claims".

    A plural form after a word that only qualifies a noun, before the end of
    a noun phrase (a stop, a comma, a dash, a bracket, "of", "by", "from",
    "as" or "and"): a noun, not a verb. The qualifier is a lower-case
    adjective by its ending ("basic questions,"), a capitalised adjective of
    a people or party ("Russian" beside the head "Russians", "Democratic")
    that opens no name, or a verb's past form whose object the plural is
    ("followed claims that", where a relative also ends the phrase). "The
    official claims that", "the Tallahassee Democrat reports" and "a medical
    journal suggests that" keep the verb.
    """
    first = cue.first
    if cue.cls == _PREP or first != cue.last or first < 2 or first + 1 >= s.n:
        return False
    if not cue.form.endswith("s") or cue.form == "says":
        return False
    nxt, prev, word = s.lows[first + 1], s.lows[first - 1], s.words[first - 1]
    ends = nxt in _PLURAL_ENDS or nxt in _NOUN_LINKS or nxt == "as"
    if not (ends or nxt in _RELATIVES) or not word.isalpha():
        return False
    if prev in s.pronouns or prev in AUX or prev in s.verbs or prev in s.heads:
        return False
    if s.lows[first - 2] in _ARTICLES:
        return False  # "the accused claims that", "a Republican says"
    if word.islower():
        if prev.endswith("ed"):
            return True  # "followed claims that": the object of a verb
        return ends and prev.endswith(_ADJECTIVE_ENDS)
    if s.words[first - 2][:1].isupper():
        return False  # "the Tallahassee Democrat reports": a name
    # "Russian" beside the head "Russians"; "Democratic", "Islamic"
    plural_head = s.heads.get(prev + "s") is HeadClass.COLLECTIVE
    return plural_head or (prev.endswith("ic") and len(prev) > 6)


def cue_is_modified_noun(s: Sentence, cue: Cue) -> bool:
    """ "in its latest report", "its annual report said": a noun after an adjective.

    A determiner, then an adjective that is no noun a speaker is named by
    (not "the group say"), then the base form, then the end of the phrase (a
    stop, a comma or a preposition): a noun, not a verb. After a superlative
    a clause may follow the noun: "the greatest fear that", "the biggest
    worry that".
    """
    first = cue.first
    form = cue.form
    if cue.cls == _PREP or first < 2 or first != cue.last:
        return False
    if form.endswith(("ed", "s", "ing")) or form in PAST_IRREGULAR:
        return False
    det, prev = s.lows[first - 2], s.lows[first - 1]
    nxt = s.lows[first + 1] if first + 1 < s.n else "."
    return (
        # not "the country say Scott"; but "its annual report said": the noun
        # is the subject of the verb after it
        (
            nxt in STOPS
            or nxt in PREP
            or nxt == ","
            or (nxt in s.verbs and s.words[first + 1].islower())
            or (nxt == "that" and prev.endswith("est"))
        )
        and det in DET
        and det != "that"
        and is_lower_word(s.words[first - 1])
        # an adjective or a superlative: "annual", "latest"; not a noun that
        # could head a subject ("the vaccine argue")
        and prev.endswith(_ADJECTIVE_ENDS)
        and prev not in PERIODS  # "this week show"
        and prev not in TIME_NOUNS
        and not prev.endswith("s")
        and prev not in s.heads
        and prev not in s.verbs
        and prev not in s.pronouns
        and prev not in STRICT_AUX
    )


def cue_names_a_document(s: Sentence, cue: Cue) -> bool:
    """ "the author of the UN report": a document noun after a name it belongs to.

    A cue that is also a document noun ("report", "statement"), right after
    a name that a preposition (and a determiner) opens, ends that phrase.
    """
    first = cue.first
    if first != cue.last or s.heads.get(cue.form) != HEAD_DOCUMENT:
        return False
    i = first - 1
    while i >= 0 and is_name(s, i):
        i -= 1
    if i == first - 1:
        return False
    if i >= 0 and s.lows[i] in DET:
        if (
            s.lows[i] != "that"
            and not cue.form.endswith("s")
            and cue.form not in PAST_IRREGULAR  # "the Weather Service forecast"
            and not s.lows[first - 1].endswith("s")
        ):
            # "cited the Harbour Watch report that": a singular name and a
            # base form; a verb would agree ("the Harbour Watch reports")
            return True
        i -= 1
    # "of the UN report", "according to the Harbour Post report"
    return i >= 0 and (s.lows[i] in PREP or s.lows[i - 1 : i + 1] == _ACCORDING)


def cue_ends_a_noun_compound(s: Sentence, cue: Cue) -> bool:
    """ "a draft environmental report available", "the blog post on": a noun.

    A document noun's base form ("report", "post") right after a singular
    lower-case word that heads no speaker: a verb would agree with that
    word ("the inspector general reports"), or follow an auxiliary, "to", a
    pronoun or a plural; so the word is the noun the compound ends in.
    """
    first = cue.first
    form = cue.form
    if first != cue.last or first < 1 or s.heads.get(form) != HEAD_DOCUMENT:
        return False
    if form.endswith(("s", "ed", "ing")) or form in PAST_IRREGULAR:
        return False
    prev = s.lows[first - 1]
    return (
        is_lower_word(s.words[first - 1])
        and not prev.endswith(("s", "ly"))
        and prev != "to"  # "continued to tweet"
        and prev not in s.pronouns
        and prev not in AUX
        and prev not in STRICT_AUX
        and prev not in DET
        and prev not in PREP
        and prev not in COORDINATORS
        and prev not in s.verbs
        # not a collective or a body, which may take a plural verb ("the
        # media report", "the government say")
        and s.heads.get(prev) in _SINGULAR_HEADS
    )


#: Forms of "report" that also name the reports themselves ("media reports").
_REPORT_NOUNS = frozenset({"report", "reports", "reporting"})
#: Head classes of mass modifiers before a report noun ("media", "press", "news").
_MASS_MODIFIERS = frozenset({HeadClass.COLLECTIVE, HeadClass.MODIFIER})


def cue_is_mass_report_noun(s: Sentence, cue: Cue) -> bool:
    """ "Media reports included the names", "bias in media reporting.": a noun.

    "report", "reports" or "reporting" right after a lower-case mass
    modifier ("media", "press", "news"; not a plural such as "officials")
    and followed by a past-tense verb, an auxiliary or the end of the
    sentence heads a noun phrase: the verb, if any, is the phrase's own.
    "State media reports that" and "the press reports the talks failed"
    stay cues.
    """
    first = cue.first
    if cue.form not in _REPORT_NOUNS or first != cue.last or first < 1:
        return False
    prev = s.lows[first - 1]
    cls = s.heads.get(prev)
    if cls not in _MASS_MODIFIERS or not (
        is_lower_word(s.words[first - 1]) or first - 1 == s.marks()[0]
    ):
        return False
    if prev.endswith("s") and cls is not HeadClass.MODIFIER:
        return False
    j = first + 1
    if j >= s.n or s.lows[j] in STOPS:
        return True
    nxt = s.lows[j]
    return (
        nxt in PAST_IRREGULAR
        or nxt in STRICT_AUX
        or (nxt.endswith("ed") and is_lower_word(s.words[j]))
    )


#: Present forms of reporting verbs that are also nouns of what is reported.
_NOUN_VERBS = frozenset({"report", "reports", "estimate", "estimates"})
#: Heads of a speaker that a prepositional phrase may follow ("Doctors in").
_MODIFIED_SPEAKERS = POSTMODIFIED - {HeadClass.DOCUMENT}


def cue_is_object_noun(s: Sentence, cue: Cue) -> bool:
    """ "a series of research reports on", "posting these team reports to": a noun.

    "report(s)" or "estimate(s)" ending a phrase of plain words, names and
    determiners that a preposition or an "-ing" verb governs ("of local
    finance statistics quarterly estimates", "according to a newly released
    court report"), with no clause, quotation, colon or comma after it: the
    phrase is an object, so the word is its head noun. "The Guardian
    reports on the case", "Analysts at the bank estimate that ..." and "...,
    CNN reports." stay cues.
    """
    first = cue.first
    if cue.form not in _NOUN_VERBS or first != cue.last or first < 2:
        return False
    lows = s.lows
    j = first + 1
    nxt = lows[j] if j < s.n else ""
    if nxt in ("that", ":", ",") or nxt in QUOTES or bare_clause(s, j):
        return False
    for i in range(first - 1, max(-1, first - 9), -1):
        low = lows[i]
        lower = is_lower_word(s.words[i])
        if i < first - 1 and low in PREP and low not in ("as", "like", "that"):
            # "a series of research reports"; not a speaker's modifier:
            # "Doctors in the region report"
            return i == 0 or s.heads.get(lows[i - 1]) not in _MODIFIED_SPEAKERS
        if lower and low.endswith("ing") and low not in s.verbs and i < first - 1:
            return True  # "posting these team reports"
        if (
            low in s.pronouns
            or low in AUX
            or low in STRICT_AUX
            or low in COORDINATORS
            or (low in s.verbs and not (i and lows[i - 1].endswith("ly")))
            or not (lower or low in DET or is_name(s, i))
        ):
            return False
    return False


#: Verbs of a commitment to one's own act ("pledged to", "vowed to").
_COMMITMENTS = frozenset(
    {
        "pledge",
        "pledged",
        "pledges",
        "promise",
        "promised",
        "promises",
        "vow",
        "vowed",
        "vows",
    }
)


def cue_identifies_a_group(s: Sentence, cue: Cue) -> bool:
    """ "leaders who have pledged to defend it": a relative that names a group.

    A commitment to one's own act ("pledged to", "vowed to") in a
    restrictive relative clause ("who" or "that" right after a lower-case
    noun, no comma) identifies which people are meant; it reports nothing
    they said. "The minister has pledged to act" and "the senator, who
    vowed to block the bill, ..." stay cues.
    """
    first = cue.first
    if cue.form not in _COMMITMENTS or first + 1 >= s.n or s.lows[first + 1] != "to":
        return False
    k = first - 1
    while k >= 0 and (s.lows[k] in AUX or s.lows[k].endswith("ly")):
        k -= 1
    if k < 1 or s.lows[k] not in ("who", "that"):
        return False
    prev = s.lows[k - 1]
    return (
        (is_lower_word(s.words[k - 1]) or k - 1 == s.marks()[0])
        and prev not in s.pronouns
        and prev not in DET
        and prev not in PREP
    )


def cue_is_feeling_about_a_topic(s: Sentence, cue: Cue) -> bool:
    """ "is deeply concerned about the violence", "were worried over the
    closure": a stated feeling about a plain noun phrase gives no content.

    A copula and a feeling (:data:`FEELINGS`) followed by a preposition and
    a noun phrase (annotation notes D39). A colon later in the sentence
    ("worried about the weather: ..."), a question word ("concerned about
    whether") or a noun of a statement with its clause ("concerned by reports
    that") still give the content; voicing a feeling ("expressed concern
    regarding") is an act of speech and stays.
    """
    if cue.cls != _NOUN or s.lows[cue.first] not in BE:
        return False
    if s.lows[cue.last] not in FEELINGS:
        return False
    j = cue.last + 1
    if j + 1 >= s.n or s.lows[j] not in _TOPIC_PREPS:
        return False
    if s.lows[j + 1] in WH or s.lows[j + 1] in _TOPIC_CLAUSE_OPENERS:
        return False
    rest = s.lows[j + 1 :]
    if ":" in rest:
        return False
    return not any(
        (w in CLAIM_NOUNS or w in _REPORT_NOUNS) and nxt == "that"
        for w, nxt in zip(rest, rest[1:], strict=False)
    )


def cue_answers_a_call_out(s: Sentence, cue: Cue) -> bool:
    """ "Police responded to the scene", "crews responded to a fire": no speech.

    A form of "respond" followed by "to" or "on" and, within three words,
    what emergency crews are called out to.
    """
    last = cue.last
    return (
        cue.form.startswith("respond")
        and last + 1 < s.n
        and s.lows[last + 1] in ("to", "on")
        and not CALL_OUTS.isdisjoint(s.lows[last + 2 : last + 5])
    )


def cue_responds_without_words(s: Sentence, cue: Cue) -> bool:
    """ "Two candidates responded to our requests.": a reply that says nothing.

    A form of "respond" followed by "to" and what it answers, with no
    quotation, colon or "that" after it in the sentence, reports an act,
    not words; "responded to critics: “...”" and "responded to the charge
    that ..." keep the cue (a relative "that" with its auxiliary does not).
    """
    last = cue.last
    if not cue.form.startswith("respond") or last + 1 >= s.n:
        return False
    if s.lows[last + 1] != "to":
        return False
    lows = s.lows
    for i in range(last + 2, s.n):
        if s.words[i] in QUOTES or lows[i] == ":":
            return False
        if lows[i] == "that" and not (i + 1 < s.n and lows[i + 1] in AUX):
            return False  # "the charge that she lied"; not "fires that have"
    return True


def cue_declares_an_act(s: Sentence, cue: Cue) -> bool:
    """ "declared a state of emergency", "declares war": an act put in force.

    A form of "declare" whose object, within six words and before any
    clause or quotation, is what declaring enacts (a curfew, a ceasefire).
    "declared the vote a fraud" and "declared that" stay cues.
    """
    if not cue.form.startswith("declar"):
        return False
    for w in s.lows[cue.last + 1 : cue.last + 7]:
        if w in DECLARED_ACTS:
            return True
        if w in ("that", ",", ":") or w in QUOTES or w in STOPS:
            return False
    return False


#: Verb stems that dispose of a filing or take a ruling further, with the
#: nouns that make them a legal act: ``cue_acts_on_a_proceeding``.
_PROCEEDINGS = (("dismiss", FILINGS), ("reject", FILINGS), ("appeal", RULINGS))


def cue_acts_on_a_proceeding(s: Sentence, cue: Cue) -> bool:
    """ "the court dismissed the appeal", "she appealed the verdict": a legal act.

    A form of "dismiss" or "reject" whose object is a filing (an appeal, an
    application, a lawsuit), or of "appeal" (also "appealed against") whose
    object is a ruling: the head of the noun phrase right after the verb,
    before any preposition, clause or "as". "dismissed the charges as
    baseless", "rejected claims that" and "appealed for calm" stay cues.
    """
    nouns = next((n for stem, n in _PROCEEDINGS if cue.form.startswith(stem)), None)
    if nouns is None or cue.first != cue.last:
        return False
    j = cue.last + 1
    if nouns is RULINGS and j < s.n and s.lows[j] == "against":
        j += 1
    return _object_names(s, j, nouns)


def _object_names(s: Sentence, j: int, nouns: frozenset[str]) -> bool:
    """Whether the noun phrase opening at word ``j`` holds one of ``nouns``.

    The phrase runs up to six words, before any preposition, clause or
    quotation; an "as" ("dismissed the case as a distraction") makes the
    verb a judgement, so it finds nothing.
    """
    found = False
    for w in s.lows[j : j + 6]:
        if w == "as":
            return False
        if w in PREP or w in ("that", ",", ":") or w in QUOTES or w in STOPS:
            break
        found = found or w in nouns
    return found


def cue_claims_a_prize(s: Sentence, cue: Cue) -> bool:
    """ "The home side claimed the title", "a storm that claimed ten lives": no claim.

    A one-word form of "claim" whose object names what a side wins (a
    trophy, a medal, a seat) or what a disaster takes (lives): an act, as
    in a sports report or a disaster report. "claimed that", "claimed
    responsibility for" and "claimed the vote was rigged" stay cues.
    """
    if not cue.form.startswith("claim") or cue.first != cue.last:
        return False
    j = cue.last + 1
    # an auxiliary in the phrase opens a clause: "claimed the seat was rigged"
    if any(w in AUX or w in STRICT_AUX for w in s.lows[j : j + 4]):
        return False
    return _object_names(s, j, PRIZES)


def cue_recalls_goods(s: Sentence, cue: Cue) -> bool:
    """ "is recalling millions of cars", "recalled 20,000 kettles": a product recall.

    A form of "recall" followed by a count: a large-count word or a number
    that is not a bare year ("recalled 1968 as a hard year" stays a cue).
    """
    if not cue.form.startswith("recall") or cue.last + 1 >= s.n:
        return False
    nxt = s.lows[cue.last + 1]
    if nxt in COUNTS:
        return True
    return nxt[:1].isdigit() and not (len(nxt) == 4 and nxt.isdigit())


def cue_asks_anonymity(s: Sentence, cue: Cue) -> bool:
    """ "asked not to be named": a request for anonymity, not a statement.

    A speech verb with a negated plan of its own ("vowed not to resign",
    "promised not to raise taxes") still reports a commitment.
    """
    last = cue.last
    if not (last + 2 < s.n and s.lows[last + 1] == "not" and s.lows[last + 2] == "to"):
        return False
    own_plan = cue.cls == VerbClass.SPEECH and last + 3 < s.n
    return not own_plan or s.lows[last + 3] in BE or s.lows[cue.first] in _ASKING


#: Verbs of asking, whose "not to" is a request ("asked not to attend").
_ASKING = frozenset(
    {
        "ask",
        "asked",
        "asking",
        "asks",
        "demand",
        "demanded",
        "demanding",
        "demands",
        "request",
        "requested",
        "requesting",
        "requests",
    }
)


def cue_in_reduced_passive(s: Sentence, cue: Cue) -> bool:
    """ "the figures reported by", "people accused of", "workers told to leave".

    Reduced passives report nothing of their own; "reported from the capital"
    is a byline. "was reported by" is a passive with an agent and stays.
    """
    last, form = cue.last, cue.form
    nxt = s.lows[last + 1] if last + 1 < s.n else ""
    if nxt == "by" and judged_by(s, cue) is not None:
        return False  # "slammed by rights groups as a sham": a judgement
    if not (
        # "is concerned by reports": the phrase holds its own "be"
        (nxt == "by" and is_participle(form) and s.lows[cue.first] not in BE)
        or (nxt == "of" and form == "accused")
        or (nxt == "to" and form == "told")
        or (
            nxt == "from"
            and form == "reported"
            and s.marks()[3] < last
            and not s.has_quote
        )
    ):
        return False
    k = cue.first - 1
    while k > 0 and s.lows[k] in _PASSIVE_ADVERBS:
        k -= 1  # "was not only cited by", "was widely reported by"
    prev = s.lows[k] if k >= 0 else ""
    return not (nxt == "by" and prev in BE)


def cue_is_negated(s: Sentence, cue: Cue) -> bool:
    """ "did not immediately respond", "never said": nothing was said.

    "did not rule out a summit" still reports a position (an openness), and
    "were never built, according to regulators" negates the claim, not the
    source's word; "not only said" negates nothing.
    """
    if cue.cls == _PREP or (s.lows[cue.first] in _NEGATABLE and cue.last > cue.first):
        return False
    lows = s.lows
    for i in range(max(0, cue.first - 3), cue.first):
        w = lows[i]
        if (w in NEGATION or w.endswith(_NOT_ENDINGS)) and lows[i + 1] != "only":
            return True  # not "not only said": no negation
    return False


def cue_is_graded_adjective(s: Sentence, cue: Cue) -> bool:
    """ "the country's most threatened wildlife": a participle graded as an adjective.

    "most", "more", "less" or "least" after a determiner or a possessive
    before the cue; "most said", "found that most feel" (a quantifier
    subject) still report.
    """
    first = cue.first
    if first < 2 or s.lows[first - 1] not in _GRADES:
        return False
    before = s.lows[first - 2]
    # not "found that most feel": there "that" opens a clause
    return (before in DET and before != "that") or is_possessive(before)


def cue_is_bare_like(s: Sentence, cue: Cue) -> bool:
    """ "leaders like Lee", "feels like": "like" wishes only after "would"."""
    if s.lows[cue.first] != "like":
        return False
    k = cue.first - 1
    while k >= 0 and s.lows[k] in _LIKE_ADVERBS:
        k -= 1
    return k < 0 or s.lows[k] not in _WOULD


def cue_is_future(s: Sentence, cue: Cue) -> bool:
    """ "The minister will also stress": speech still to come reports nothing.

    Not a release's preview of a speech whose text it already gives ("the
    minister will say today", "will say:", annotation notes, decision 11):
    the words are the speaker's, said by the time the reader reads them.
    """
    if cue.cls == _PREP:
        return False
    nxt = s.lows[cue.last + 1] if cue.last + 1 < s.n else ""
    if nxt in TIME_WORDS or nxt == ":":
        return False
    # the cue's own verb group only: not "Prices will rise, said the
    # minister", whose "will" belongs to what was said
    for i in range(cue.first - 1, max(-1, cue.first - 4), -1):
        low = s.lows[i]
        if low in FUTURE:
            return True
        if not low.replace("'", "").replace("\u2019", "").isalpha():
            return False
    return False


def cue_is_infinitive(s: Sentence, cue: Cue) -> bool:
    """ "the tools they need to counter", "to investigate and report on": a purpose.

    A base form after "to" (or joined by "and"/"or" to a base form after
    "to") names an act to come or a purpose, not something said; its
    subject is no speaker. Not "went on to add", "continued to say" (the
    auxiliary skip passes over those) nor "he used to say" (a habit of
    speech).
    """
    first = cue.first
    low = s.lows[first]
    if cue.cls == _PREP or first < 1 or not is_base_form(low):
        return False
    k = skip_aux(s, first - 1)
    if k >= 2 and s.lows[k] in ("and", "or") and is_base_form(s.lows[k - 1]):
        k -= 2  # "to monitor and respond": the base form the pair opens with
    if k < 1 or s.lows[k] != "to":
        return False
    # "he used to say": a habit of the person before; not "models used to
    # study", a passive purpose
    return not (
        s.lows[k - 1] in _HABIT
        and k >= 2
        and (s.lows[k - 2] in s.pronouns or is_name(s, k - 2))
    )


def is_base_form(low: str) -> bool:
    """Whether a lower-case word may be a verb's base form ("say", "report")."""
    return (
        low.isalpha()
        and not low.endswith(("s", "ed", "ing"))
        and low not in PAST_IRREGULAR
    )


def cue_is_reported_view(s: Sentence, cue: Cue) -> bool:
    """ "Officials said they believed the man had died": the view is reported.

    A view verb or stated state ("is concerned") whose pronoun subject opens
    a clause reported by a speech verb ("said they believe", "said that she
    thinks", "said it is concerned") is the speaker's own framing inside
    what they said: it names no new source (seeds rule 8, annotation notes
    D4). So is a view that an opening "according to X," reports: X says
    what the subject thinks. Hoping and knowing are such states too ("said
    he hoped the talks would resume"), and the clause may follow a time or
    an addressee ("said Friday that she thinks", "told the crowd that he
    believes") or a first clause ("said ... and that he hopes", "told her
    that he owed money and he thought ...").
    """
    if cue.first < 2 or not (
        cue.cls in _OWN_VIEWS
        or cue.form in _OWN_STATES
        or (cue.last > cue.first and s.lows[cue.first] in BE)
    ):
        return False  # a view verb, or a state: "said it is concerned"
    lows = s.lows
    k = skip_aux(s, cue.first - 1)
    for i in range(max(0, k - 12), k - 1):
        if lows[i : i + 2] == _ACCORDING and "," in lows[i + 2 : k]:
            return True  # "According to the sources, the city is concerned"
    if k < 1 or lows[k] not in s.pronouns or lows[k] in _RELATIVES:
        return False
    before = k - 1
    if lows[before] == "that" and before >= 1:
        return speech_opens_clause(s, before)
    if lows[before] == "and" and before >= 1 and lows[before - 1] != ",":
        # "told her that he owed money and he thought ...": a second clause
        return speech_opens_clause(s, before)
    return s.verbs.get(lows[before]) in _CLAUSE_SPEECH


#: States of mind a speaker reports of themselves, like views: "hopes", "knew".
_OWN_STATES = frozenset({"hope", "hoped", "hopes", "know", "knew", "knows"})
#: Marks that end the search for the verb whose clause a "that" opens.
_CLAUSE_BREAKS = frozenset({".", "!", "?", ":", ";"})


def speech_opens_clause(s: Sentence, that: int) -> bool:
    """Whether a verb of speech opens the clause that "that" (or "and") starts.

    The verb is right before "that", or up to fourteen words before it across
    a time ("said Friday that"), an addressee ("told the crowd that") or a
    first reported clause ("said the plan was sound and that"); a stop, a
    colon or a quotation mark ends the search.
    """
    lows = s.lows
    for j in range(that - 1, max(-1, that - 15), -1):
        low = lows[j]
        if low in _CLAUSE_BREAKS or s.words[j] in QUOTE_LIKE:
            return False
        cls = s.verbs.get(low)
        if cls in _CLAUSE_SPEECH or cls == _TELL:
            return True
    return False


def cue_is_request(s: Sentence, cue: Cue) -> bool:
    """ "Please note that ...": a request to the reader, not a report."""
    return cue.first >= 1 and s.lows[cue.first - 1] in IMPERATIVES


def cue_is_byline(s: Sentence, cue: Cue) -> bool:
    """ "Ann Lee reports from the capital.": a correspondent's sign-off.

    "reports" with nothing reported (a place or the end of the sentence,
    and no "that" or colon after it), and before it no quotation
    or comma that it could close; a comma may end an opening phrase of a
    preposition ("For the network, Ann Lee reports from the capital.",
    "With Tom Park contributing, Ann Lee reports from ..."). "Ann Lee
    reports from the capital that the talks stalled" stays a cue.
    """
    first = cue.first
    nxt = s.lows[cue.last + 1] if cue.last + 1 < s.n else "."
    if cue.form != "reports" or not (nxt == "from" or nxt in STOPS):
        return False
    if any(w == "that" or w == ":" for w in s.lows[cue.last + 1 :]):
        return False
    if s.marks()[2] > first:
        return True
    lead, comma = s.marks()[0], s.marks()[1]
    if not (lead < comma < first and s.lows[lead] in PREP):
        return False
    opening, rest = s.lows[lead:comma], s.lows[comma + 1 : first]
    return (
        len(opening) <= _BYLINE_OPENING
        and "," not in rest
        and not any(w in QUOTE_LIKE for w in s.words[:first])
        and not any(w in STRICT_AUX or w in BE or w.endswith("ed") for w in opening)
    )


def cue_is_modifier(s: Sentence, cue: Cue) -> bool:
    """ "the memo posted online says": a participle modifying the subject."""
    return modifier_participle(s, cue.first, cue.last)


def cue_is_unprinted_statement(s: Sentence, cue: Cue) -> bool:
    """ "A statement from the ministry said": the statement is a subject.

    "statement from" is a cue only in a lead-in that presents the statement
    printed after it ("The following is a statement from the mayor:",
    annotation notes, decision 58); elsewhere the verb after it is the cue.
    """
    if cue.form != "statement from":
        return False
    before = s.lows[max(0, cue.first - 2) : cue.first]
    return len(before) < 2 or before[0] not in BE or before[1] not in ("a", "the")


#: Punctuation that ends the object of "ask" before any "about".
_BREAKS = frozenset({",", ":", ";", "(", ")"})


def cue_asks_only_a_topic(s: Sentence, cue: Cue) -> bool:
    """ "reporters asked her about the delay": a question whose words are not given.

    A form of "ask", then at most three words of whom it asks, then
    "about": the sentence names the topic of a question, not what was said
    or asked. "asked whether", "asked about the delay, she said" (the later
    verb is the cue) and "asked them to leave" are not this case.
    """
    if not cue.form.startswith("ask") or cue.first != cue.last:
        return False
    for k in range(cue.last + 1, min(cue.last + 5, s.n)):
        low = s.lows[k]
        if low == "about":
            rest = s.lows[k + 1 :]
            return not any(w in QUOTES or w in ("whether", "if", ":") for w in rest)
        if low in PREP or low in STOPS or low in _BREAKS or low in QUOTES:
            return False
    return False


#: Words that open a condition: "If the council approves", "unless the board agrees".
_CONDITIONS = frozenset({"if", "unless"})
#: Antecedents that stand for no one in particular: "anyone who says".
_ANY_SPEAKERS = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "whoever", "nobody"}
)
#: The words without which no speaker is supposed.
_SUPPOSING = _CONDITIONS | {"who"}


def cue_has_supposed_speaker(s: Sentence, cue: Cue) -> bool:
    """ "If the board agrees", "Who knows what ...?", "anyone who says": no one spoke.

    A speaker only supposed reports nothing: the verb of a condition ("if"
    or "unless", then its short subject), a rhetorical question opened by
    "Who" ("Who would have believed that ...") and a relative clause on an
    antecedent that stands for no one in particular ("anyone who complains
    about the rules"). The text says of no one that they said it.
    """
    first = cue.first
    if cue.cls == _PREP or first < 1 or _SUPPOSING.isdisjoint(s.lows):
        return False  # a cheap gate: most sentences hold none of the words
    k = skip_aux(s, first - 1)
    if k >= 0 and s.lows[k] == "who":
        if k == s.marks()[0] and s.words[k] == "Who":
            return True  # "Who knows what tomorrow will bring?"
        if k >= 1 and s.lows[k - 1] in _ANY_SPEAKERS:
            return True
    return conditional_subject(s, k)


def conditional_subject(s: Sentence, k: int) -> bool:
    """Whether the phrase ending at ``k`` is the subject of "if" or "unless".

    At most six words of a noun phrase ("If someone over there in the city",
    "unless the board") between the condition word and the verb; a comma, a
    quotation mark or another verb between them ends the search ("If the
    vote fails the minister says": "says" belongs to the main clause).
    """
    lows = s.lows
    for i in range(k, max(-1, k - 7), -1):
        low = lows[i]
        if low in _CONDITIONS:
            return i < k
        if (
            low in STOPS
            or low in _PHRASE_ENDS
            or s.words[i] in QUOTE_LIKE
            or low in s.verbs
            or low in STRICT_AUX
            or low.endswith(_NOT_ENDINGS)
            or low in PAST_IRREGULAR
            or (
                is_lower_word(s.words[i])
                and low.endswith(("ed", "s"))
                and low not in s.heads
                and low not in s.pronouns
            )
        ):
            return False
    return False


#: Verbs of going on that report speech only beside a quotation.
_GOING_ON = frozenset({"continue", "continues", "continued"})


def cue_continues_an_event(s: Sentence, cue: Cue) -> bool:
    """ "The talks continue", "the protest continued when": going on, not speech.

    A form of "continue" reports speech only beside a quotation ("“...,”
    she continued", "He continued: “...”") or before "that".
    """
    if cue.first != cue.last or cue.form not in _GOING_ON:
        return False
    j = cue.last + 1
    if j < s.n and s.lows[j] in ("that", ":"):
        return False
    near = s.words[max(0, cue.first - 4) : cue.first] + s.words[j : j + 2]
    return not any(w in QUOTE_LIKE for w in near)


#: Readings of a cue that report nothing, tried in order on every cue.
CUE_VETOES: tuple[Callable[[Sentence, Cue], bool], ...] = (
    cue_is_capitalised,
    cue_follows_determiner,
    cue_is_plural_noun,
    cue_is_mostly_noun,
    cue_follows_a_qualifier,
    cue_heads_a_noun_phrase,
    cue_is_qualified_plural,
    cue_is_modified_noun,
    cue_names_a_document,
    cue_ends_a_noun_compound,
    cue_is_mass_report_noun,
    cue_is_object_noun,
    cue_identifies_a_group,
    cue_is_feeling_about_a_topic,
    cue_answers_a_call_out,
    cue_responds_without_words,
    cue_declares_an_act,
    cue_acts_on_a_proceeding,
    cue_claims_a_prize,
    cue_recalls_goods,
    cue_asks_anonymity,
    cue_in_reduced_passive,
    cue_is_graded_adjective,
    cue_is_bare_like,
    cue_is_negated,
    cue_is_future,
    cue_is_infinitive,
    cue_continues_an_event,
    cue_is_reported_view,
    cue_is_request,
    cue_asks_only_a_topic,
    cue_is_byline,
    cue_is_modifier,
    cue_is_unprinted_statement,
    cue_has_supposed_speaker,
)


def source_is_possessive(c: Context, cue: Cue, src: Source) -> bool:
    """ "the senator's statement": a possessive is a noun's modifier."""
    return is_possessive(c.s.words[src.b])


def source_is_text_voice(c: Context, cue: Cue, src: Source) -> bool:
    """ "you might ask", "I think", "we noted": the quote's or the outlet's own.

    Two first-person frames do name where words come from (annotation
    notes, decision 38): a statement printed next ("I issued the following
    statement:") and the writer citing their own earlier words outside any
    quotation ("As we wrote, the bill ...").
    """
    s = c.s
    if src.a == src.b and s.lows[src.a] == "you" and addressed_past(s, cue, src):
        return False
    if src.a != src.b or s.lows[src.a] not in TEXT_VOICES or s.lows[src.a] == "you":
        return src.a == src.b and s.lows[src.a] in TEXT_VOICES
    if cue.cls == VerbClass.STATEMENT:
        return False
    return not (
        src.a >= 1
        and s.lows[src.a - 1] == "as"
        and cue.first == src.a + 1
        and cue.last + 1 < s.n
        and s.lows[cue.last + 1] == ","
        and QUOTE_LIKE.isdisjoint(s.words[: cue.first])  # not inside a quotation
        and s.lows[cue.first] in _OWN_WORDS
    )


def addressed_past(s: Sentence, cue: Cue, src: Source) -> bool:
    """ "you said in May that", "you have been saying that": an interviewee's words.

    An interviewer quoting back to the person addressed what they said
    uses a past form ("said", "asked", "invited") or "have been saying",
    with nothing but auxiliaries and adverbs between "you" and the verb;
    the reader's "you" goes with a modal or the present ("you might ask",
    "as you know", "you say").
    """
    low = s.lows[cue.first]
    past = low.endswith("ed") or low in PAST_IRREGULAR
    between = s.lows[src.b + 1 : cue.first]
    if low.endswith("ing"):
        past = between[-2:] == ["have", "been"] or between[-2:] == ["had", "been"]
    return past and all(
        w in ("have", "had", "been", "also", "just", "then")
        or (w.endswith("ly") and w.isalpha())
        for w in between
    )


def source_makes_noun_compound(c: Context, cue: Cue, src: Source) -> bool:
    """ "a campaign report", "The Harbour Post report was": a noun, not a verb.

    A base form right after an article or pronoun is a noun; so is one right
    after a singular name, which a verb could not agree with, when a verb or
    a preposition follows it ("The Post report was"; not "The Harbour Club say
    they").
    """
    s = c.s
    verb = s.lows[cue.first]
    is_base = not verb.endswith(("s", "ed", "ing")) and verb not in PAST_IRREGULAR
    if not is_base or src.b != cue.first - 1 or cue.last != cue.first:
        return False
    if s.lows[src.a] in NOUN_OPENERS:
        return True
    head = s.lows[src.b]
    nxt = s.lows[cue.last + 1] if cue.last + 1 < s.n else ""
    return (
        (nxt in STRICT_AUX or nxt in PREP)  # "report was", "report on"
        and src.type in _SINGULAR_TYPES
        and not head.endswith(("s", "'", "\u2019"))
        and not head.endswith(PLURAL_MEN)
        and "and" not in s.lows[src.a : src.b]
    )


def source_used_by_participle(c: Context, cue: Cue, src: Source) -> bool:
    """ "she said, adding": a participle adds nothing to its verb's source."""
    return (src.a, src.b) in c.used and c.s.lows[cue.first].endswith("ing")


def source_cannot_hold_view(c: Context, cue: Cue, src: Source) -> bool:
    """Wishes, intentions and beliefs need a holder in a clause of their own.

    "The mayor plans to" holds one; "said she plans to" (inside a reported
    clause), "the things she wants" (a relative clause) and a quotation do
    not start a new attribution. A wish may also be an unnamed person's
    ("officials want to"), never a vague collective's; a forecast may be
    ("economists expect the rate to rise", "forecasters expect the storm
    to weaken").
    """
    if cue.cls not in HELD_CLASSES:
        return False
    s = c.s
    if cue.cls != _DESIRE:
        holders = BROAD_HOLDERS
    elif cue.form in FORECAST_FORMS:
        holders = _FORECAST_HOLDERS
    else:
        holders = _DESIRE_HOLDERS
    if src.type not in holders or s.lows[src.a] in _RELATIVES:
        return True
    if sum(1 for w in s.words[: cue.first] if w in QUOTES) % 2 == 1:
        return True
    if reported_forecaster(c, cue, src):
        return False
    return any(f[0] < cue.first for f in c.found) or not opens_clause(s, src.a)


def source_is_document_view(c: Context, cue: Cue, src: Source) -> bool:
    """ "the report agrees": a document holds no view."""
    return cue.cls in _VIEWS and src.type is SourceType.DOCUMENT


def source_cannot_voice(c: Context, cue: Cue, src: Source) -> bool:
    """ "the report raised questions": a speech-act noun needs a speaker."""
    return cue.cls == _NOUN and (
        src.type in NOT_NOUN_HOLDERS or c.s.heads.get(c.s.lows[src.b]) == HEAD_DOCUMENT
    )


#: Words after a sentence's first word that make that word a verb taking an
#: object ("Imagine what ...", "Extending the series ...", "Discover with ...").
_OBJECT_OPENERS = frozenset(
    {"the", "a", "an", "this", "these", "those"}
    | {"what", "how", "why", "whether", "with"}
)


def source_opens_with_a_verb(c: Context, cue: Cue, src: Source) -> bool:
    """ "Imagine what ...", "Use the agency's site to ... and tell": no speaker.

    A capitalised word opening the sentence and followed by an article, a
    possessive, a question word or "with" is an imperative or a gerund
    taking an object ("Extending the series ... is good news"), not a name:
    names are followed by their verb, a comma, an auxiliary or the rest of
    the name. Not a word the document used as a name before, nor a head
    noun ("Officials with the agency said").
    """
    s = c.s
    a = src.a
    if a != s.marks()[0] or a + 1 >= s.n or not s.words[a][:1].isupper():
        return False
    low = s.lows[a]
    if low in s.heads or low.strip(".") in c.memory or low in s.pronouns:
        return False
    if low in NOT_NAME or low in DET:
        return False
    nxt = s.lows[a + 1]
    return nxt in _OBJECT_OPENERS or nxt in POSSESSIVES


def source_document_goes_on(c: Context, cue: Cue, src: Source) -> bool:
    """ "the inquiry would continue.": a document that goes on says nothing.

    "continue" reports speech after a speaker ("she continued") or before
    what the document goes on to say ("The letter continued: ..."); a
    document with no words after the verb only lasts.
    """
    if src.type is not SourceType.DOCUMENT or not cue.form.startswith("continu"):
        return False
    j = cue.last + 1
    return j >= c.s.n or not (c.s.lows[j] in (":", ",") or c.s.words[j] in QUOTES)


def source_blames_vaguely(c: Context, cue: Cue, src: Source) -> bool:
    """ "many blame": blame by a person, a body or a document only."""
    return cue.cls == _BLAME and src.type is SourceType.VAGUE


#: Sources a verb cue may not take, tried in order on every source found.
#: Words that take a noun phrase as their object: "according to police
#: reports", "citing media reports", "amid press reports".
_GOVERNORS = PREP | {
    "to",
    "amid",
    "amidst",
    "among",
    "despite",
    "following",
    "within",
    "during",
    "regarding",
    "including",
    "against",
    "via",
    "through",
}
#: Words after a plural that end its noun phrase: "police reports, the".
_NOUN_PHRASE_ENDS = _PHRASE_ENDS | {
    "(",
    "of",
    "on",
    "in",
    "for",
    "from",
    "about",
    "and",
    "or",
    "!",
    "?",
}


def source_is_governed_noun(c: Context, cue: Cue, src: Source) -> bool:
    """ "According to police reports, ...", "citing media reports": a noun compound.

    A plural right after a bare phrase of at most three words (no
    determiner) that a preposition or a verb's "-ing" form takes as its
    object, and followed by the end of a noun phrase (a stop, a comma, a
    dash, "of", "on", "and"), is the compound's head noun, not a verb whose
    subject the phrase would be: "amid press reports of a split", "the
    bedrock of agency reports.". "The piece of legislation stipulates that"
    keeps its verb: a clause follows.
    """
    s = c.s
    first, form = cue.first, cue.form
    if first != cue.last or not form.endswith("s") or form == "says":
        return False
    if src.b + 1 != first or src.b - src.a > 2 or src.a < 1 or first + 1 >= s.n:
        return False
    lows = s.lows
    if lows[src.a] in DET or lows[first + 1] not in _NOUN_PHRASE_ENDS:
        return False
    gov = lows[src.a - 1]
    return gov in _GOVERNORS or (
        gov.endswith("ing") and len(gov) > 4 and is_lower_word(s.words[src.a - 1])
    )


SOURCE_VETOES: tuple[Callable[[Context, Cue, Source], bool], ...] = (
    source_is_possessive,
    source_is_text_voice,
    source_makes_noun_compound,
    source_used_by_participle,
    source_cannot_hold_view,
    source_is_document_view,
    source_cannot_voice,
    source_blames_vaguely,
    source_opens_with_a_verb,
    source_document_goes_on,
    source_is_governed_noun,
)


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
    if src is not None:
        c.found.append((cue.first, cue.last, src))
        yield cue.first, cue.last, src, f"evidence:{cue.form}"


def progressive(s: Sentence, first: int) -> bool:
    """Whether a form of "be" comes right before ``first``: "are finding that".

    "Researchers are finding that the drug works", "have been finding".
    """
    return first > 0 and s.lows[first - 1] in BE


def verb_sources(c: Context, cue: Cue) -> Iterator[Attribution]:
    """A reporting verb and its source before or after it.

    "The mayor said", "“We will,” said the mayor", "..., the mayor said, and
    added", "The papers note support from" (a speech act on an object).
    In broad mode, also "agreed to pay" (``broad:object``).
    """
    s, first, last = c.s, cue.first, cue.last
    broad_obj = content = speech_obj = False
    if cue.cls == _VIEWAS:
        if not viewas_ok(s, cue):
            return
    elif not (
        complement_ok(s, last + 1, cue.cls, first)
        or (s.lows[first - 1] in QUOTE_LIKE if first else False)
        or speaker_after_quote(s, first)
        or inverted_speaker(s, cue)
    ):
        content = content_object(s, cue)
        speech_obj = (c.broad or cue.form in OBJECT_SPEECH_VERBS) and broad_object(
            s, last + 1, cue.form, first
        )
        if not (speech_obj or content):
            return
        broad_obj = True
    if cue.cls == _TELL and not tell_ok(s, cue):
        return
    if cue.cls == _DESIRE and not c.broad and own_intention(s, cue):
        return
    k = skip_aux(s, first - 1)
    found = find_verb_source(c, cue, k)
    if found is SHARED:
        if c.broad:
            yield from broad_shared(first, last, cue.form, c.found)
        return
    if found is None:
        if cue.cls == _TELL:
            # "..., a trader who saw it told Reuters": no speaker found, but
            # the outlet told is still the channel (never the source)
            yield from extras(s, first, last, _NO_SOURCE, c.memory, c.found)
        return
    src, rule = found
    for veto in SOURCE_VETOES:
        if veto(c, cue, src):
            return
    if content and src.type is SourceType.DOCUMENT:
        # "The survey highlights the importance of": what a document says
        # (annotation notes, decision 33)
        if not rule.startswith("subject"):
            return
    elif broad_obj and not c.broad:
        # "The papers note support from": a speaker's speech act on an object
        if src.type is SourceType.DOCUMENT or not rule.startswith("subject"):
            return
        if not speech_obj:
            return
    elif broad_obj:
        if (
            src.type not in BROAD_HOLDERS
            or not rule.startswith("subject")
            or not speech_obj
        ):
            return
        rule = f"broad:object:{cue.form}"
    c.used.add((src.a, src.b))
    c.found.append((first, last, src))
    parts = name_conjuncts(s, src, c.memory) if not broad_obj else []
    if parts:
        # "Ann Lee and Tom Park said": one attribution per named party
        for part in parts:
            yield first, last, part, rule
    else:
        yield first, last, src, rule
    p = channel_before_verb(s, k) if src.b < k else None
    ch = channel(s, p, c.memory) if p is not None else None
    if ch is not None and ch.b == k:
        # "The agency in a statement said": the channel before the verb
        c.found.append((first, last, ch))
        yield first, last, ch, f"channel:{cue.form}"
    yield from extras(s, first, last, src, c.memory, c.found)


def content_object(s: Sentence, cue: Cue) -> bool:
    """ "The audit describes serious failings": a content verb and its object.

    A verb that tells what a text contains ("describes", "outlines",
    "highlights", "details") followed by a noun phrase; whether its subject
    is a document is checked once the subject is found.
    """
    j = cue.last + 1
    if cue.form not in CONTENT_VERBS or j >= s.n:
        return False
    low = s.lows[j]
    return (
        low in DET
        or low in QUANT
        or is_name(s, j)
        or low[:1].isdigit()
        or (
            is_lower_word(low)
            and low not in PREP
            and low not in AUX
            and low not in s.verbs
            and low not in s.pronouns
        )
    )


def reported_forecaster(c: Context, cue: Cue, src: Source) -> bool:
    """ "The agency says forecasters expect the storm to weaken": a forecast
    inside a reported clause, held by a party the clause names.

    The holder opens the clause right after the earlier cue, or after its
    "that". Not "said it expects", the speaker's own forecast.
    """
    if cue.form not in FORECAST_FORMS or src.type is SourceType.PRONOUN:
        return False
    a = src.a - 1 if src.a and c.s.lows[src.a - 1] == "that" else src.a
    return any(f[1] == a - 1 for f in c.found)


def own_intention(s: Sentence, cue: Cue) -> bool:
    """ "wants to go to Iraq": the holder's own plan, an intention (broad mode).

    A wish about others is a stance (annotation notes, decision 8): "wants
    the press to", "wants to see the corps disbanded", "wants that", and
    the formal "would like to" of a statement.
    """
    j = cue.last + 1
    return (
        s.lows[cue.first] != "like"
        and j + 1 < s.n
        and s.lows[j] == "to"
        and s.lows[j + 1] not in _WISHED_STATES
        and not controls_others(s, j + 1)
    )


def controls_others(s: Sentence, k: int) -> bool:
    """ "wants to prevent banks from lending": a wish about others (decision 8).

    A verb that holds others back or makes them act (:data:`_CONTROLS`) at
    ``k``, with an object that is not the holder's own ("keep his job") nor
    a gerund ("stop smoking"); "keep" and "stop" need "from" after it.
    """
    verb = s.lows[k]
    if verb not in _CONTROLS or k + 1 >= s.n:
        return False
    obj = s.lows[k + 1]
    if obj in _OWN_OBJECTS or obj.endswith("ing") or not obj.isalpha():
        return False
    if verb in _CONTROLS_NEED_FROM:
        return "from" in s.lows[k + 2 : k + 6]
    return True


def inverted_speaker(s: Sentence, cue: Cue) -> bool:
    """ "Turnout will be low, noted NBC's Ann Lee.": the clause before is reported.

    A clause verb after a comma with a name (or a possessive and a name)
    after it that ends the sentence: the speaker follows the verb, the
    clause before the comma is what was said.
    """
    first, j = cue.first, cue.last + 1
    if first < 3 or s.lows[first - 1] != "," or cue.cls not in _INVERTIBLE:
        return False
    if not cue.form.endswith(("ed", "s")) and cue.form not in PAST_IRREGULAR:
        return False  # "..., state Sen. Ann Lee": a title, not a verb
    return name_ends_sentence(s, j) or description_ends_sentence(s, j)


def description_ends_sentence(s: Sentence, j: int) -> bool:
    """Whether "the magazine", "the city's chief planner" runs from ``j`` to the stop.

    A determiner or possessor, at most three plain words, the last a head
    noun a source is named by ("writes the magazine", "noted the report").
    """
    lows = s.lows
    if j >= s.n or not (lows[j] in DET or is_possessive(s.words[j])):
        return False
    e = j + 1
    while e < s.n and e - j <= 3 and is_lower_word(s.words[e]):
        if lows[e] in s.verbs and lows[e] not in s.heads:
            return False
        e += 1
    head = s.heads.get(lows[e - 1])
    return (
        e > j + 1
        and head is not None
        and head not in (HeadClass.MODIFIER, HeadClass.PRONOUN)
        and (e >= s.n or lows[e] in STOPS)
    )


def name_ends_sentence(s: Sentence, j: int) -> bool:
    """Whether a name ("NBC's Ann Lee", "the Herald") runs from ``j`` to the stop."""
    if j < s.n and s.lows[j] in DET:
        j += 1
    if not is_name(s, j):
        return False
    e = j
    while e + 1 < s.n and (is_name(s, e + 1) or s.lows[e + 1] in ("'s", "\u2019s")):
        e += 1
    return e + 1 >= s.n or s.lows[e + 1] in STOPS


def speaker_after_quote(s: Sentence, first: int) -> bool:
    """ "“We were wrong,” Lee wrote a few days later": the quote is the complement.

    A short subject (a name, a pronoun or a noun phrase of up to five words)
    between a quotation closed by a comma, "!" or "?" and the verb. A single
    mark closes it too ("'We were wrong,' she wrote"): after the comma it
    can be no apostrophe.
    """
    lows = s.lows
    for q in range(first - 1, max(0, first - 7), -1):
        if lows[q] in QUOTE_LIKE:
            return (
                q < first - 1
                and q >= 1
                and lows[q - 1] in (",", "!", "?")
                and (
                    is_name(s, q + 1) or lows[q + 1] in s.pronouns or lows[q + 1] in DET
                )
            )
        if not (
            lows[q].isalnum() or lows[q] in ("-", ".") or is_title_abbreviation(lows[q])
        ) or (lows[q] in s.verbs):
            return False
    return False


def is_title_abbreviation(low: str) -> bool:
    """ "mr.", "dr.", "sen.": a short abbreviation with its stop, as titles are."""
    return 2 < len(low) < 6 and low[-1] == "." and low[:-1].isalpha()


def viewas_ok(s: Sentence, cue: Cue) -> bool:
    """ "sees the vote as a test": "as" within five words, in the same clause.

    Or right after a longer object: "identified the cause of the outbreak as
    tainted water".
    """
    window = s.lows[cue.last + 1 : cue.last + 6]
    if passive_view_without_agent(s, cue, window):
        return False
    if "as" in window and not any(
        w in STOPS or w == "," for w in window[: window.index("as")]
    ):
        return True
    lows = s.lows
    for p in range(cue.last + 1, min(s.n, cue.last + 10)):
        w = lows[p]
        if w == "as":
            return p > cue.last + 1
        # a noun phrase and its of-phrase: "the cause of the outbreak"
        if not (w == "of" or w in DET or is_name(s, p) or is_possessive(w)) and (
            not w.isalpha() or w in PREP or w in s.verbs or w in STRICT_AUX or w in WH
        ):
            return False
    return False


#: Participles of "see ... as" that are passive unless "have" comes before.
_VIEW_PARTICIPLES = frozenset({"seen", "viewed"})
_PERFECT_AUX = frozenset({"have", "has", "had", "having", "'ve"})


def passive_view_without_agent(s: Sentence, cue: Cue, window: list[str]) -> bool:
    """A passive "seen as" or "viewed as" that names no one who sees.

    "The vote is seen as a test" and "a player, seen as the favourite," are
    the writer's own hedged view (judgement call 16); "was seen by many
    experts as a test" names its tellers and is an attribution, as is the
    active "Critics have long viewed the tax as unfair".
    """
    if cue.form not in _VIEW_PARTICIPLES:
        return False
    before = s.lows[max(0, cue.first - 2) : cue.first]
    if not _PERFECT_AUX.isdisjoint(before):
        return False
    return "by" not in window


def tell_ok(s: Sentence, cue: Cue) -> bool:
    """ "told reporters", "told the court": an addressee, a colon or a quotation."""
    j = cue.last + 1
    if j < s.n and (
        s.lows[j] in OBJECT
        or s.lows[j] in DET
        or is_name(s, j)
        or s.lows[j] in s.heads
        or plain_addressee(s, j)
    ):
        return True
    return (j < s.n and s.lows[j] in (":", ",")) or s.has_quote


def plain_addressee(s: Sentence, j: int) -> bool:
    """ "told investors that", "told lawmakers the bill": a bare plural addressee.

    A plain lower-case plural noun right after "told", followed by "that", a
    clause or a quotation: whom something was told, even when no word list
    knows the noun.
    """
    low = s.lows[j]
    if not (
        is_lower_word(low)
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in s.verbs
        and low not in PREP
        and j + 1 < s.n
    ):
        return False
    nxt = s.lows[j + 1]
    return nxt in ("that", ":", ",") or nxt in QUOTES or nxt in s.pronouns


#: What a source finder returns: ``(source, rule)`` or None.
Found = tuple[Source, str] | None
#: A stand-in source before the cue, for channels of a verb with no speaker.
_NO_SOURCE = Source(-1, -1, SourceType.ANONYMOUS, 0.0)
#: Returned by a finder when the verb shares the source of an earlier cue.
SHARED: Found = (Source(-1, -1, SourceType.ANONYMOUS, 0.0), "shared")


def find_verb_source(c: Context, cue: Cue, k: int) -> Found:
    """The source of a verb whose subject would end at token ``k``.

    After a quotation mark, a comma or a colon the source follows the verb
    (:func:`source_after_mark`); after "and"/"but"/"or" it is the clause's
    (:func:`coordinated_source`); else it is the subject before the verb.
    Returns ``(source, rule)``, None, or :data:`SHARED`.
    """
    s = c.s
    prev = s.lows[k] if k >= 0 else ""
    if k < 0 or prev in _MARKS_BEFORE_VERB:
        return source_after_mark(c, cue, k)
    if prev in COORDINATORS:
        return coordinated_source(c, cue, k)
    if prev in _GERUND_PREPS and gerund_after_preposition(s, cue):
        return gerund_source(c, cue, k)
    if prev == "-":
        dashed = dashed_subject(c, k)  # "Lee -- a former mayor -- said"
        if dashed is not None:
            return dashed, f"subject-verb:{cue.form}"
    strong = cue.form in STRONG or reports_clause(s, cue)
    src = left_source(s, k, c.memory, strong=strong)
    return None if src is None else (src, f"subject-verb:{cue.form}")


def reports_clause(s: Sentence, cue: Cue) -> bool:
    """ "The fund warned that", "the panel concluded:": a speech verb and its clause.

    A past-tense verb of speech or clause verb followed at once by "that", a
    colon or a quotation reports what a speaker said, so the noun before it
    is the speaker even when no word list knows it (as for "said"); so does
    a past-tense verb passing judgement whose class test passed ("called it
    a farce", "blamed the storm for"). Not a noun ("the demands that"), nor
    an infinitive ("fair to say that").
    """
    j = cue.last + 1
    form = cue.form
    if cue.first != cue.last or not (form.endswith("ed") or form in PAST_IRREGULAR):
        return False
    if cue.cls in _JUDGING:
        # "His aides called him “a genius”": the class test passed; not "a
        # film called “Vaxxed”", a reduced passive naming a thing
        before = s.lows[max(0, cue.first - 3) : cue.first]
        return "a" not in before and "an" not in before
    return (
        cue.cls in _CLAUSE_SPEECH
        and j < s.n
        and (s.lows[j] in ("that", ":") or s.words[j] in QUOTES)
    )


def source_after_mark(c: Context, cue: Cue, k: int) -> Found:
    """ "“We will,” said the mayor", "the mayor, a lawyer, said", ", adding".

    An apposition before the verb comes first, then the phrase after the
    verb (not a document), then for a participle the clause's subject.
    """
    s, first = c.s, cue.first
    participle = s.lows[first].endswith("ing")
    if not participle:
        dashed = dashed_subject(c, k)
        if dashed is not None:
            return dashed, f"subject-verb:{cue.form}"
        if (
            s.lows[k] == ","
            and k >= 1
            # "..., in Havana, Cuba, explained Gordon.": the name after speaks
            and (cue.cls == _TELL or not name_ends_sentence(s, cue.last + 1))
        ):
            src = left_source(s, k, c.memory)
            if src is not None:
                return src, f"subject-verb:{cue.form}"
        # "..., told Reuters": the phrase after "told" is whom it was told to;
        # after "hope for", "call for" it is what is hoped or called for
        # not after an auxiliary: "..., has threatened consumers with" is a
        # verb of the clause's own subject, whose object follows it
        if (
            cue.last + 1 < s.n
            and cue.cls != _TELL
            and s.lows[cue.last] != "for"
            and not any(s.lows[i] in STRICT_AUX for i in range(k + 1, first))
        ):
            src = right_source(s, cue.last + 1, c.memory)
            if src is not None and opens_reported_clause(s, src):
                # "Lee, who ... — said he would run": "he" is what was said
                named = opening_name(s, k, c.memory)
                if named is not None:
                    return named, f"subject-verb:{cue.form}"
            if src is not None and (
                src.type is not SourceType.DOCUMENT or quoted_document(s, k, src)
            ):
                return src, f"verb-subject:{cue.form}"
            if (
                src is None
                and first == cue.last
                and cue.cls in _CLAUSE_SPEECH
                and after_quotation(s, first)
            ):
                src = speaker_after_quote_verb(s, cue.last + 1, c.memory)
                if src is not None:
                    return src, f"verb-subject:{cue.form}"
        return None
    if c.found:
        return SHARED
    src = clause_subject(s, k, c.memory)
    return None if src is None else (src, f"shared-subject:{cue.form}")


def opens_reported_clause(s: Sentence, src: Source) -> bool:
    """ "..., said he would run": a pronoun after the verb that a verb follows.

    Right after a verb, a subject pronoun followed by a lower-case word (not
    a preposition) is the subject of the reported clause, not a speaker put
    after the verb ("“We will,” said he." ends there).
    """
    if src.a != src.b or s.lows[src.a] not in CLAUSE_PRONOUNS:
        return False
    j = src.b + 1
    return j < s.n and is_lower_word(s.words[j]) and s.lows[j] not in PREP


def opening_name(s: Sentence, k: int, memory: dict[str, SourceType]) -> Source | None:
    """ "Lee, who served two terms — a long time — said": the name opening it.

    The sentence opens with a name of at most five words closed by a comma
    before token ``k``; an insert of any length may follow it before the verb.
    """
    a, comma = s.marks()[:2]
    if not a < comma < k or comma - a > 5:
        return None
    if not all(is_name(s, i) for i in range(a, comma)):
        return None
    typ, conf = classify(s, a, comma - 1, memory)
    if typ not in _NAMED_TYPES and typ is not SourceType.NAMED_ORGANIZATION:
        return None
    return Source(a, comma - 1, typ, conf * 0.8)


def quoted_document(s: Sentence, k: int, src: Source) -> bool:
    """ "“The law is clear,” said the ruling.": a document quoted, then named.

    Right after a quotation closed by a comma (``k`` is its closing mark), a
    document phrase that ends the sentence is what the quotation comes from;
    so is one after a clause closed by a comma, with at most a short
    modifier before the stop ("..., said the survey of 1,000 adults.");
    elsewhere a document after the verb is rather its object or channel.
    """
    if (
        s.words[k] in QUOTES
        and k >= 1
        and s.lows[k - 1] in (",", "!", "?")
        and (src.b + 1 >= s.n or s.lows[src.b + 1] in STOPS)
    ):
        return True
    if s.lows[k] != "," or k < 3:
        return False
    e = src.b + 1
    while e < s.n and s.lows[e] not in STOPS:
        low = s.lows[e]
        if e - src.b > 6 or low == "," or low in s.verbs or low in STRICT_AUX:
            return False
        if low in QUOTE_LIKE:
            return False
        e += 1
    return all(w in STOPS or w in QUOTE_LIKE for w in s.lows[e:])


def dashed_subject(c: Context, k: int) -> Source | None:
    """ "Lee — who has led the union since 2010 — insisted": the subject before.

    ``k`` is a dash closing an insert that a dash opened; the subject ends
    before the opening dash and starts its clause. A typed double hyphen
    ("Lee -- a former mayor -- said") is a dash too.
    """
    s = c.s
    lows = s.lows
    closing = dash_start(s, k)
    if closing is None:
        return None
    k = closing
    for o in range(k - 1, max(0, k - 40), -1):
        d = dash_start(s, o)
        if d is not None:
            src = left_source(s, d - 1, c.memory)
            if src is None or not (src.a == 0 or lows[src.a - 1] in _CLAUSE_OPENERS):
                return None
            named = dashed_name(c, o + 1, k - 1)
            return src if named is None else named
        if lows[o] in STOPS or lows[o] in QUOTES:
            return None
    return None


def dashed_name(c: Context, a: int, b: int) -> Source | None:
    """ "the report's author — Special Rapporteur Ann Lee — said": the name.

    An insert between dashes that is only a (titled) name names the
    speaker the description before it stands for: the shortest span that
    names who is speaking (ANNOTATION.md).
    """
    s = c.s
    if a > b or not all(is_name(s, i) for i in range(a, b + 1)):
        return None
    typ, conf = classify(s, a, b, c.memory)
    if typ is not SourceType.NAMED_PERSON:
        return None
    return Source(a, b, typ, conf)


def dash_start(s: Sentence, k: int) -> int | None:
    """The first token of a dash ending at ``k``: an en or em dash, "--" or " - "."""
    low = s.lows[k]
    if low in _DASHES:
        return k
    if low == "-" and k >= 1 and s.lows[k - 1] == "-" and s.starts[k] == s.ends[k - 1]:
        return k - 1
    if (
        low == "-"
        and 0 < k < s.n - 1
        and s.starts[k] > s.ends[k - 1]
        and s.starts[k + 1] > s.ends[k]
        and s.lows[k + 1] != "-"
    ):
        return k  # a hyphen typed for a dash, spaced: "Lee - a judge - said"
    return None


def coordinated_source(c: Context, cue: Cue, k: int) -> Found:
    """ "The mayor warned ... and added": one source mention (judgement call 8)."""
    if c.found:
        return SHARED
    src = clause_subject(c.s, k, c.memory)
    return None if src is None else (src, f"shared-subject:{cue.form}")


def gerund_source(c: Context, cue: Cue, k: int) -> Found:
    """ "The mayor responded by saying": the clause's subject, once per mention."""
    if c.found:
        return SHARED
    src = clause_subject(c.s, k, c.memory)
    return None if src is None else (src, f"gerund-subject:{cue.form}")


def cue_attributions(c: Context, cue: Cue) -> Iterator[Attribution]:
    """The attributions of one cue that no veto dropped, by construction.

    "according to" -> :func:`preposition_sources`; "was confirmed by" ->
    :func:`passive_sources`; "was quoted as saying" -> :func:`quoted_as_source`;
    "the survey shows" -> :func:`evidence_sources`; else
    :func:`verb_sources`.
    """
    if cue.cls == _PREP:
        return preposition_sources(c, cue)
    if is_passive(c.s, cue):
        return passive_sources(c, cue)
    judge = judged_by(c.s, cue)
    if judge is not None:
        return reduced_judgement(c, cue, judge)
    if cue.form in _QUOTED_AS:
        return quoted_as_source(c, cue)
    if cue.cls == _EVIDENCE:
        return evidence_sources(c, cue)
    return verb_sources(c, cue)


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


def sentence_attributions(
    s: Sentence,
    memory: dict[str, SourceType],
    *,
    broad: bool = False,
    after_quote: bool = False,
    stated: bool = True,
) -> Iterator[Attribution]:
    """Yield ``(cue_first, cue_last, source, rule)`` for one sentence.

    ``after_quote``: the sentence starts right after a quotation that ended
    the previous one (``“Stop!” the guard shouted.``). ``stated``: the
    sentence may hold a stated position ("Her view is that"); False skips
    that search when a pass over the document found none in it.
    """
    c = Context(s, memory, broad)
    for cue in find_cues(s):
        for veto in CUE_VETOES:
            if veto(s, cue):
                break
        else:
            yield from cue_attributions(c, cue)
    found = c.found
    for v, src in response_colons(s, memory):
        found.append((v, v, src))
        yield v, v, src, f"response-colon:{s.lows[v]}"
    for v, src in possessed_claims(s, memory):
        if all(f[0] != v for f in found):
            found.append((v, v, src))
            yield v, v, src, f"possessed-claim:{s.lows[v]}"
    for v, src in stated_positions(s, memory) if stated else ():
        if all(f[0] != v for f in found):
            found.append((v, v, src))
            yield v, v, src, f"stated-position:{s.lows[v]}"
    if s.has_quote or after_quote:
        cues = {f[0] for f in found}
        starts = {f[2].a for f in found}
        for v, src in post_quote_speech(s, memory, after_quote):
            if v not in cues and src.a not in starts:
                found.append((v, v, src))
                starts.add(src.a)
                yield v, v, src, f"post-quote:{s.lows[v]}"
    if found:
        yield from channels_of(s, memory, found)
    if broad:
        yield from broad_marks(s, memory, found)


def remember(memory: dict[str, SourceType], s: Sentence, src: Source) -> None:
    """Remember the type of a named source for later mentions ("Roe said")."""
    if src.type in _NAMED_TYPES:
        memory[s.lows[src.b].strip(".")] = src.type
