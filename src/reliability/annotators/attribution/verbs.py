"""The source of a plain verb cue: before it (the subject, after a dash or a
coordinator), after it (after a quotation mark, a comma or a colon, or an
inverted "said the minister"), and the tests of "tell" and "view as" cues.
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.attribution.broad import broad_object, broad_shared
from reliability.annotators.attribution.channels import channel, extras
from reliability.annotators.attribution.context import (
    _CLAUSE_SPEECH,
    _DESIRE,
    _GERUND_PREPS,
    _NAMED_TYPES,
    _NO_SOURCE,
    _TELL,
    SHARED,
    Attribution,
    Context,
    Found,
)
from reliability.annotators.attribution.cues import complement_ok, skip_aux
from reliability.annotators.attribution.identified_as import (
    IDENTIFY_FORMS,
    identified_as,
)
from reliability.annotators.attribution.lexicon import (
    AUX,
    BROAD_HOLDERS,
    CLAUSE_PRONOUNS,
    CONTENT_VERBS,
    COORDINATORS,
    DET,
    OBJECT,
    OBJECT_SPEECH_VERBS,
    PAST_IRREGULAR,
    PREP,
    QUANT,
    STRICT_AUX,
    STRONG,
    WH,
    HeadClass,
    VerbClass,
)
from reliability.annotators.attribution.noun_readings import gerund_after_preposition
from reliability.annotators.attribution.sentence import (
    Cue,
    Sentence,
    Source,
    is_lower_word,
    is_name,
    is_possessive,
)
from reliability.annotators.attribution.source_vetoes import SOURCE_VETOES
from reliability.annotators.attribution.sources import classify
from reliability.annotators.attribution.subjects import (
    after_quotation,
    channel_before_verb,
    clause_subject,
    left_source,
    name_conjuncts,
    right_source,
    speaker_after_quote_verb,
)
from reliability.schema import SourceType
from reliability.tokens import QUOTE_LIKE, QUOTES, STOPS

__all__ = ["verb_sources"]


_VIEWAS = VerbClass.VIEWAS
_INVERTIBLE = frozenset({VerbClass.CLAUSE, VerbClass.VIEW})
_JUDGING = frozenset({VerbClass.CALL, VerbClass.CONSIDER, VerbClass.BLAME})
_WISHED_STATES = frozenset({"see", "ensure", "hear", "know"})


#: Verbs after "wants to" that hold others back or make them act ("wants to
#: prevent banks from", "wants to force the firm to"); "keep" and "stop" only
#: with "from" ("keep them from owning"), not "keep his job", "stop smoking".
_CONTROLS = frozenset({"prevent", "ban", "bar", "force", "keep", "stop"})


_CONTROLS_NEED_FROM = frozenset({"keep", "stop"})
_OWN_OBJECTS = frozenset({"his", "her", "their", "its", "my", "our", "your"})
_DASHES = frozenset({"\u2013", "\u2014", "--"})
_CLAUSE_OPENERS = frozenset({",", ":", ";", "and", "but"}) | QUOTE_LIKE
_MARKS_BEFORE_VERB = QUOTE_LIKE | {",", ":", "\u2013", "\u2014", "--"}


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
    if cue.form in IDENTIFY_FORMS:
        return identified_as(s, cue)
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
