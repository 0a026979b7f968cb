"""Cue vetoes other than noun readings, and the table :data:`CUE_VETOES` of all
of them in order: negation ("did not say"), requests ("asked not to be
named"), futures and infinitives, bylines, supposed speakers ("if anyone
says") and acts that report nothing ("claimed the prize").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from reliability.annotators.attribution.attack_cues import cue_is_physical_attack
from reliability.annotators.attribution.constructions import judged_by
from reliability.annotators.attribution.context import (
    _ACCORDING,
    _CLAUSE_SPEECH,
    _NOUN,
    _PASSIVE_ADVERBS,
    _PHRASE_ENDS,
    _PREP,
    _RELATIVES,
    _REPORT_NOUNS,
    _TELL,
)
from reliability.annotators.attribution.cues import (
    is_participle,
    modifier_participle,
    skip_aux,
)
from reliability.annotators.attribution.lexicon import (
    AUX,
    BE,
    CALL_OUTS,
    CLAIM_NOUNS,
    COUNTS,
    DECLARED_ACTS,
    DET,
    FEELINGS,
    FILINGS,
    FUTURE,
    IMPERATIVES,
    NEGATION,
    NOUN_FIRST,
    PAST_IRREGULAR,
    PREP,
    PRIZES,
    RULINGS,
    STRICT_AUX,
    TIME_WORDS,
    WH,
    VerbClass,
)
from reliability.annotators.attribution.noun_readings import (
    _NOUN_VERBS,
    cue_ends_a_noun_compound,
    cue_follows_a_qualifier,
    cue_follows_determiner,
    cue_heads_a_noun_phrase,
    cue_is_capitalised,
    cue_is_mass_report_noun,
    cue_is_modified_noun,
    cue_is_mostly_noun,
    cue_is_object_noun,
    cue_is_plural_noun,
    cue_is_qualified_plural,
    cue_names_a_document,
)
from reliability.annotators.attribution.reported_by import reported_by
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    is_lower_word,
    is_name,
    is_possessive,
)
from reliability.tokens import QUOTE_LIKE, QUOTES, STOPS

__all__ = ["CUE_VETOES", "vetoes_for"]


#: Cues whose negation is itself a report: "did not rule out a summit".
_WOULD = frozenset({"would", "'d", "\u2019d"})


_LIKE_ADVERBS = frozenset({"also", "really", "still", "just", "very", "much"})
_GRADES = frozenset({"most", "more", "less", "least"})
_NEGATABLE = frozenset({"rule", "ruled", "rules", "ruling"})
_NOT_ENDINGS = ("n't", "n\u2019t")
_HABIT = frozenset({"used"})  # "used to say": a habit of speech
_OWN_VIEWS = frozenset({VerbClass.VIEW, VerbClass.BELIEF})


#: Most words of an opening phrase before a sign-off ("With Tom Park contributing,").
_BYLINE_OPENING = 6


#: Prepositions that give a feeling its topic: "concerned about", "concern over".
_TOPIC_PREPS = frozenset(
    {"about", "at", "by", "for", "of", "on", "over", "regarding", "with"}
)


#: Words after the preposition that open a clause: "concerned about whether".
_TOPIC_CLAUSE_OPENERS = frozenset({"if", "whether"})


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
    if nxt == "by" and reported_by(s, cue) is not None:
        return False  # "the fraud alleged by the opposition": an allegation
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
    """ "the memo posted online says": a participle modifying the subject.

    "the bodies reported by local media" is an allegation with its agent
    (:func:`reported_by`), not a modifier.
    """
    return modifier_participle(s, cue.first, cue.last) and reported_by(s, cue) is None


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
    cue_is_physical_attack,
)


Veto = Callable[[Sentence, Cue], bool]


def _prefix(*stems: str) -> Callable[[str], bool]:
    """A test of a cue form: whether it opens with one of ``stems``."""
    return lambda form: form.startswith(stems)


#: For a veto that can fire on a few cue forms only, the test of the form.
#: Each test is the veto's own first check of ``cue.form`` (it returns False
#: at once when the test fails), so skipping the veto for any other form
#: changes no result.
_FORM_GATES: dict[Veto, Callable[[str], bool]] = {
    cue_is_mostly_noun: NOUN_FIRST.__contains__,
    cue_heads_a_noun_phrase: lambda form: form.endswith("s"),
    cue_is_qualified_plural: lambda form: form.endswith("s"),
    cue_is_mass_report_noun: _REPORT_NOUNS.__contains__,
    cue_is_object_noun: _NOUN_VERBS.__contains__,
    cue_identifies_a_group: _COMMITMENTS.__contains__,
    cue_answers_a_call_out: _prefix("respond"),
    cue_responds_without_words: _prefix("respond"),
    cue_declares_an_act: _prefix("declar"),
    cue_acts_on_a_proceeding: _prefix(*(stem for stem, _ in _PROCEEDINGS)),
    cue_claims_a_prize: _prefix("claim"),
    cue_recalls_goods: _prefix("recall"),
    cue_continues_an_event: _GOING_ON.__contains__,
    cue_asks_only_a_topic: _prefix("ask"),
    cue_is_byline: "reports".__eq__,
    cue_is_unprinted_statement: "statement from".__eq__,
}


@cache
def vetoes_for(form: str) -> tuple[Veto, ...]:
    """The vetoes of :data:`CUE_VETOES` that may drop a cue of ``form``, in order.

    "said" skips "claimed the prize" and "dismissed the appeal" (see
    ``_FORM_GATES``); the cue forms are the lexicon's, so the table stays
    small.
    """
    return tuple(v for v in CUE_VETOES if _FORM_GATES.get(v, _any_form)(form))


def _any_form(form: str) -> bool:
    """The test of a veto that any cue form may meet."""
    return True
