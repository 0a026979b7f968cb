"""Cue vetoes that read the cue as a noun, not a verb: "the said agreement",
"three claims", "the latest reports of", "a court filing", and a gerund after
a preposition ("after saying").
"""

from __future__ import annotations

from reliability.annotators.attribution.constructions import judged_by
from reliability.annotators.attribution.context import (
    _ACCORDING,
    _CLAUSE_SPEECH,
    _EVIDENCE,
    _GERUND_PREPS,
    _PREP,
    _RELATIVES,
    _REPORT_NOUNS,
    _TELL,
)
from reliability.annotators.attribution.cues import (
    CARDINALS,
    bare_clause,
    opens_complement,
    skip_aux,
)
from reliability.annotators.attribution.lexicon import (
    ADJECTIVE_ENDINGS,
    AUX,
    CLAUSE_PRONOUNS,
    COORDINATORS,
    DET,
    HEAD_DOCUMENT,
    NOUN_FIRST,
    PAST_IRREGULAR,
    PERIODS,
    POSTMODIFIED,
    PREP,
    QUALIFIERS,
    QUANT,
    QUANT_SUBJECTS,
    STRICT_AUX,
    TIME_NOUNS,
    HeadClass,
    VerbClass,
)
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    is_lower_word,
    is_name,
    is_possessive,
    valid_head,
)
from reliability.annotators.attribution.subjects import after_quotation, opens_subject
from reliability.tokens import QUOTES, STOPS

__all__ = [
    "cue_ends_a_noun_compound",
    "cue_follows_a_qualifier",
    "cue_follows_determiner",
    "cue_heads_a_noun_phrase",
    "cue_is_capitalised",
    "cue_is_mass_report_noun",
    "cue_is_modified_noun",
    "cue_is_mostly_noun",
    "cue_is_object_noun",
    "cue_is_plural_noun",
    "cue_is_qualified_plural",
    "cue_names_a_document",
    "gerund_after_preposition",
]


_ADJECTIVE_ENDS = (*ADJECTIVE_ENDINGS, "est")


#: Prepositions after a plural noun that look like a verb ("reports of").
_NOUN_LINKS = frozenset({"of", "by", "from"})


#: Marks that end a noun phrase: "... Republican claims, ..." (and "and").
_PLURAL_ENDS = frozenset(
    {",", ".", ";", ":", "(", ")", "[", "\u2013", "\u2014", "--", "and"}
)


_ARTICLES = frozenset({"the", "a", "an"})
_SINGULAR_HEADS = frozenset(
    {None, HEAD_DOCUMENT, HeadClass.MODIFIER, HeadClass.TITLE, HeadClass.ROLE}
)


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
