"""Source vetoes: sources that cannot have said it ("a tweet says": a noun, not
a verb; "the report's" possessive), the table :data:`SOURCE_VETOES`, and
:func:`reported_forecaster`, a forecast held by a party a reported clause names.
"""

from __future__ import annotations

from collections.abc import Callable

from reliability.annotators.attribution.broad import opens_clause
from reliability.annotators.attribution.context import (
    _DESIRE,
    _NOUN,
    _PHRASE_ENDS,
    _RELATIVES,
    Context,
)
from reliability.annotators.attribution.identified_as import IDENTIFY_FORMS
from reliability.annotators.attribution.lexicon import (
    BROAD_HOLDERS,
    DET,
    FORECAST_FORMS,
    HEAD_DOCUMENT,
    HELD_CLASSES,
    NOT_NAME,
    NOT_NOUN_HOLDERS,
    NOUN_OPENERS,
    PAST_IRREGULAR,
    PLURAL_MEN,
    POSSESSIVES,
    PREP,
    STRICT_AUX,
    TEXT_VOICES,
    VerbClass,
)
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    Source,
    is_lower_word,
    is_possessive,
)
from reliability.schema import SourceType
from reliability.tokens import QUOTE_LIKE, QUOTES

__all__ = ["SOURCE_VETOES"]


_BLAME = VerbClass.BLAME
_DESIRE_HOLDERS = BROAD_HOLDERS | {SourceType.ANONYMOUS}
_FORECAST_HOLDERS = _DESIRE_HOLDERS | {SourceType.VAGUE}


#: Verbs of a writer's own earlier words: "As we wrote, ...".
_OWN_WORDS = frozenset({"wrote", "said", "noted", "reported", "explained", "argued"})


_VIEWS = frozenset({VerbClass.VIEW, VerbClass.VIEWAS})
_SINGULAR_TYPES = frozenset(
    {SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET, SourceType.NAMED_PERSON}
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
    """ "the report agrees": a document holds no view.

    A document does identify: "the study identified smoking as the main risk"
    reports its finding (annotation notes, decision 33).
    """
    return (
        cue.cls in _VIEWS
        and src.type is SourceType.DOCUMENT
        and cue.form not in IDENTIFY_FORMS
    )


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
