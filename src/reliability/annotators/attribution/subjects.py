"""Source finders: the phrase that says what a cue reports. Each finder is a
small named construction (a subject before the verb, an apposition, a long
insert, a reduced relative, a document whose evidence speaks, a speaker after
a quotation ...), found by name in the rule trace.
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.attribution.chunks import possessor_det
from reliability.annotators.attribution.lexicon import (
    ABSTRACT_ENDINGS,
    ANONYMITY,
    ANONYMOUS_HEADS,
    AUX,
    BE,
    CHANNEL_PREP,
    COMMON_PLURAL,
    COORDINATORS,
    DEICTICS,
    DET,
    EVIDENCE_AUX,
    HEAD_COLLECTIVE,
    HEAD_DOCUMENT,
    HEAD_MEDIA,
    HEAD_MODIFIER,
    HEAD_ORGANIZATION,
    HEAD_TITLE,
    INSERT_BREAKS,
    INSERT_OPENERS,
    INSERT_RELATIVE,
    KNOWLEDGE,
    LOCATIVES,
    MONTHS,
    NOT_NAME,
    PAST_IRREGULAR,
    PERIODS,
    PERSON_HEADS,
    PLURAL_MEN,
    POSSESSIVES,
    POST_PREP,
    POST_QUOTE_PREP,
    POSTMODIFIED,
    PREP,
    QUANT,
    QUANT_SUBJECTS,
    REDUCED_HEADS,
    REDUCED_IRREGULAR,
    REFLEXIVE,
    SHARE_MODIFIERS,
    SHARES,
    STRICT_AUX,
    SUBORDINATORS,
    TIME_NOUNS,
    TIME_WORDS,
    WEEKDAYS,
    WH,
)
from reliability.annotators.attribution.sentence import (
    Sentence,
    Source,
    Subject,
    is_cap,
    is_lower_word,
    is_name,
    is_possessive,
    is_possessive_mark,
    valid_head,
)
from reliability.annotators.attribution.sources import (
    anonymity_end,
    classify,
    document_type,
    members_of_named_body,
    narrow,
)
from reliability.schema import SourceType
from reliability.tokens import (
    CLOSING_QUOTES,
    DASHES,
    QUOTE_LIKE,
    QUOTES,
    STOPS,
)

#: Words before a subject that opens a clause.
CLAUSE_OPENERS = frozenset({",", ":", ";", "and", "but", "while", "as", "although"})
#: Prepositions after a word of knowledge: "familiar with", "close to".
POST_KNOWLEDGE = frozenset({"with", "to", "on", "about"})
_BODY_TYPES = {
    HEAD_ORGANIZATION: SourceType.NAMED_ORGANIZATION,
    HEAD_MEDIA: SourceType.MEDIA_OUTLET,
}

__all__ = [
    "anonymity_start",
    "apposed_body_name",
    "document_end",
    "knowing_end",
    "knowing_start",
    "apposed_source",
    "apposition_end",
    "bare_plural_subject",
    "clause_subject",
    "described_name",
    "opens_subject",
    "evidence_source",
    "insert_opening",
    "inserted_subject",
    "is_past_speech",
    "left_source",
    "post_quote_speech",
    "postmodified",
    "reduced_relative",
    "right_source",
    "speaker_after_quote_verb",
    "subject_source",
    "unknown_head",
]


def right_source(
    s: Sentence,
    j: int,
    memory: dict[str, SourceType],
    stop: int | None = None,
) -> Source | None:
    """The source phrase starting at token ``j``, narrowed and typed.

    "said a park official" -> "a park official"; "according to a report from
    Radio Harbour" -> "Radio Harbour" (judgement call 12); "officials who
    asked not to be named" keeps its relative clause; "according to the
    Centers for Disease Control and Prevention" keeps the name's "and".
    """
    end = s.n if stop is None else stop
    chunk = s.syntax.object_of(s, j, end)
    if chunk is None:
        return None
    a, b = narrow(s, *chunk)
    if b + 2 < end and s.lows[b + 1] == "and" and is_name(s, b + 2):
        rest = s.syntax.object_of(s, b + 2, end)
        if rest is not None:
            p, q = narrow(s, *rest)
            if shares_name(s, [(a, b), (p, q)]) and not any(
                is_possessive(w) for w in s.words[a : q + 1]
            ):
                b = q  # one name: "the Institute of Geology and Mining"
    typ, conf = classify(s, a, b, memory)
    end = knowing_end(s, b)
    if end > b:
        return Source(a, end, SourceType.ANONYMOUS, 0.8)
    if typ is SourceType.DOCUMENT:
        return Source(a, max(document_end(s, b), document_origin_end(s, b)), typ, conf)
    return Source(a, anonymity_end(s, b), typ, conf)


def by_after_time(s: Sentence, i: int) -> bool:
    """Whether "by" comes at ``i``, after at most one time word ("evening")."""
    if i < s.n and s.lows[i] in TIME_WORDS | TIME_NOUNS:
        i += 1
    return i < s.n and s.lows[i] == "by"


def document_origin_end(s: Sentence, b: int) -> int:
    """End of "records from three hospitals" after the document head ``b``.

    A document keeps where it comes from (judgement call 12) when "from" and
    a phrase follow its head and end the clause: "according to a letter from
    their lawyers, ...", "admission records from three hospitals."; else ``b``.
    """
    lows = s.lows
    if b + 2 >= s.n or lows[b + 1] != "from":
        return b
    e = b + 2
    while e < s.n and lows[e] not in STOPS and lows[e] != ",":
        plain = lows[e].replace("-", "").replace("'", "").replace("\u2019", "")
        if not plain.isalnum() or (lows[e] in s.verbs and s.words[e].islower()):
            return b  # the clause goes on: "a report from Ohio shows"
        e += 1
    if e - (b + 2) > 6:
        return b
    return e - 1


def document_end(s: Sentence, b: int) -> int:
    """End of "minutes released by the clerk's office" after head ``b``.

    A document keeps its identifying modifiers (judgement call 12): a
    participle right after the head ("released", "published", "seen") and
    what follows it to the end of the clause, at most ten words.
    """
    lows = s.lows
    p = b + 1
    if not (
        p + 1 < s.n
        and is_lower_word(lows[p])
        and (lows[p].endswith("ed") or lows[p] in REDUCED_IRREGULAR)
        and lows[p] not in STRICT_AUX
        and (
            lows[p + 1] in POST_PREP
            or lows[p + 1] in ("by", "last", "this")
            # "an order issued Tuesday evening by the judge"
            or (lows[p + 1] in WEEKDAYS and by_after_time(s, p + 2))
        )
    ):
        return b
    e = p
    while e + 1 < s.n and e - p < 10:
        nxt = lows[e + 1]
        plain = nxt.replace("'", "").replace("\u2019", "").replace("-", "")
        if not plain.isalnum() or nxt == "that":
            break
        if nxt in s.verbs and s.words[e + 1].islower() and not nxt.endswith("ed"):
            break
        e += 1
    if e + 1 < s.n and lows[e + 1] not in STOPS and lows[e + 1] != ",":
        return b  # the clause goes on: "minutes released by the clerk show"
    return e


def left_source(
    s: Sentence,
    k: int,
    memory: dict[str, SourceType],
    *,
    strong: bool = False,
) -> Source | None:
    """The subject phrase ending at token ``k`` (before a verb), typed.

    "The school board has said" -> "The school board"; a gloss in brackets,
    a relative pronoun after a document, "officials who asked not to be
    named", a reduced relative, a postmodifier and an apposition each have a
    construction of their own. ``strong``: the verb always has a speaker
    ("the caller said"), so an unknown head noun is accepted.
    """
    lows = s.lows
    if k < 0:
        return None
    k = before_trailing_word(s, k)
    if lows[k] == ")":
        gloss = before_gloss(s, k)
        if gloss is None:
            return None
        k = gloss
    elif lows[k] == ",":
        return comma_subject(s, k, memory)
    elif (
        lows[k] in ("that", "which")
        and k >= 1
        and s.heads.get(lows[k - 1]) == HEAD_DOCUMENT
    ):
        return document_antecedent(s, k)
    unnamed = unnamed_one(s, k)
    if unnamed is not None:
        return unnamed
    p = channel_before_verb(s, k)
    if p is not None:
        # "The agency in a statement said": the subject ends before the channel
        return left_source(s, p - 1, memory, strong=strong)
    anon = anonymity_start(s, k)
    if anon is not None:
        return Source(anon, k, SourceType.ANONYMOUS, 0.85)
    knowing = knowing_start(s, k)
    if knowing is not None:
        return Source(knowing, k, SourceType.ANONYMOUS, 0.8)
    share = share_subject(s, k)
    if share is not None:
        return share
    contact = contact_clause_subject(s, k, memory)
    if contact is not None:
        return contact
    reduced = reduced_relative(s, k, memory)
    if reduced is not None:
        return reduced
    relative = relative_subject(s, k, memory)
    if relative is not None:
        return relative
    chunk = s.syntax.subject_of(s, k)
    post = postmodified(s, k, chunk)
    if post is not None:
        a, head, b = post
        typ, conf = postmodified_type(s, a, head, b, memory)
        return Source(a, b, typ, conf)
    if chunk is None and strong:
        chunk = unknown_head(s, k)
    if chunk is None:
        return bare_plural_subject(s, k)
    a, b = chunk
    a, b = narrow(s, coordinated_start(s, a), b)
    typ, conf = classify(s, a, b, memory)
    return Source(a, b, typ, conf)


def before_trailing_word(s: Sentence, k: int) -> int:
    """The subject's last token when a word after it at ``k`` is no part of it.

    "Lee himself told the radio": the emphatic pronoun is not the source;
    "Officials there said": nor is the place.
    """
    lows = s.lows
    if k >= 1 and lows[k] in REFLEXIVE:
        return k - 1
    if (
        k >= 1
        and lows[k] in LOCATIVES
        and valid_head(s, k - 1)
        and lows[k - 1] not in s.pronouns
    ):
        return k - 1
    return k


def before_gloss(s: Sentence, k: int) -> int | None:
    """The token before the bracketed gloss that closes at ``k``.

    "The WHO (World Health Organization) had said": the gloss is dropped and
    the subject ends at "WHO". None when the bracket never opens.
    """
    lows = s.lows
    depth = 0
    for i in range(k, -1, -1):
        if lows[i] == ")":
            depth += 1
        elif lows[i] == "(":
            depth -= 1
            if depth == 0:
                return i - 1
    return None


def comma_subject(s: Sentence, k: int, memory: dict[str, SourceType]) -> Source | None:
    """The subject of a verb after a comma at ``k``.

    A name before its apposition ("Ann Lee, a teacher at the school,
    said"), a description before a name ("The city's largest employer,
    Acme, said"), or a subject before a long insert ("The council, in a
    letter to parents, said"), tried in that order.
    """
    src = apposed_source(s, k, memory)
    if src is None:
        src = described_name(s, k, memory)
    if src is None:
        src = inserted_subject(s, k, memory)
    return src if src is not None else stray_comma_subject(s, k, memory)


def finite_report(low: str) -> bool:
    """Whether ``low`` is a finite past or third-person form: "said", "says"."""
    return low in PAST_IRREGULAR or low.endswith(("ed", "s"))


def past_after_noun(s: Sentence, i: int) -> bool:
    """Whether ``i`` is a lower-case past form after a noun: "Costs rose".

    Not an adjective after a determiner or preposition: "the allied force".
    """
    low = s.lows[i]
    if not (s.words[i].islower() and (low in PAST_IRREGULAR or low.endswith("ed"))):
        return False
    prev = s.lows[i - 1] if i else ""
    return not (prev in DET or prev in PREP or prev in POSSESSIVES)


#: Most words between a sentence's opening name and a stray comma before its verb.
_STRAY_COMMA_SPAN = 24
#: Words that open a clause inside a phrase, so that it is no plain subject.
_STRAY_BREAKS = frozenset({"who", "which", "that", "whose", ";", ":", "(", ")"})


def stray_comma_subject(
    s: Sentence, k: int, memory: dict[str, SourceType]
) -> Source | None:
    """ "Ann Lee of the city council and head of its board, said": a name
    opening the sentence, then the first comma, right before its verb.

    Press releases often set a comma between a long subject and its verb.
    The phrase opens with a name of two words or more and holds no other
    comma, no verb or past form, no relative pronoun and no quotation, and
    the verb is finite ("said", "says"; not the request of "Ann, tell us");
    the source is the opening name.
    """
    lows = s.lows
    lead, first_comma, _, _ = s.marks()
    if k != first_comma or not 1 <= k - lead <= _STRAY_COMMA_SPAN:
        return None
    if not is_name(s, lead) or lows[lead] in s.pronouns or lows[lead] in PREP:
        return None
    v = k + 1
    while v < s.n and lows[v] in TIME_WORDS:
        v += 1  # "Ann Lee, today said"
    if v >= s.n or not finite_report(lows[v]):
        return None  # "Ann, tell us": an address, then a request
    for i in range(lead, k):
        low = lows[i]
        if (
            low in s.verbs
            or low in STRICT_AUX
            or low in BE
            or low in _STRAY_BREAKS
            or s.words[i] in QUOTE_LIKE
            or past_after_noun(s, i)
        ):
            return None
    b = lead
    while b + 1 < k and is_name(s, b + 1):
        b += 1
    if b == lead:
        return None  # one capitalised word may open any clause: "Costs rose, ..."
    typ, conf = classify(s, lead, b, memory)
    return Source(lead, b, typ, conf * 0.7)


def document_antecedent(s: Sentence, k: int) -> Source:
    """ "articles that explain": a document antecedent of the relative at ``k``.

    The phrase runs back from the head noun before "that" or "which" over
    head nouns, names, possessives and at most one determiner.
    """
    lows = s.lows
    a = b = k - 1
    while a >= 1 and (
        lows[a - 1] in s.heads
        or (lows[a - 1] in DET and lows[a - 1] != "that")
        or is_name(s, a - 1)
        or s.words[a - 1].endswith(("'s", "\u2019s"))
    ):
        a -= 1
        if lows[a] in DET:
            break
    return Source(a, b, document_type(s, a, b), 0.7)


def unnamed_one(s: Sentence, k: int) -> Source | None:
    """ "another" or "one" at ``k``: an unnamed person of a kind named before.

    "One resident called it a joke, while another wondered", "..., with one
    saying", '"...," one wrote': anonymous (ANNOTATION.md, source types).
    """
    lows = s.lows
    if lows[k] == "another" and opens_subject(s, k):
        return Source(k, k, SourceType.ANONYMOUS, 0.6)
    if lows[k] == "one" and k >= 1 and (lows[k - 1] == "with" or after_quotation(s, k)):
        return Source(k, k, SourceType.ANONYMOUS, 0.6)
    return None


def coordinated_start(s: Sentence, a: int) -> int:
    """Where a subject starting at ``a`` starts when it is coordinated.

    "she and her staff", "Lee and Park": one coordinated source; also after
    a quotation ('"...," the poet and author said') or a word opening a
    clause ("because Lee and Park said"). Otherwise ``a``.
    """
    lows = s.lows
    if a >= 2 and lows[a - 1] == "and":
        e = a - 2
        if lows[e] == ")":
            # "Ann Lee (D-Ore.) and Tom Park": a party tag after the first name
            gloss = before_gloss(s, e)
            if gloss is None or gloss < 0 or not is_name(s, gloss):
                return a
            e = gloss
        first = s.syntax.subject_of(s, e)
        if first is not None and (
            lows[first[0]] in s.pronouns
            or first[0] == 0
            or lows[first[0] - 1] in (",", "but", "while", "although", "as")
            # a clause opened by a subordinator or a question word: "because
            # Lee and Park said", "That is why Lee and Park asked"
            or lows[first[0] - 1] in SUBORDINATORS
            or lows[first[0] - 1] in ("why", "how", "where")
            # "Both the mayor and the governor said", the "both" opening
            or (lows[first[0] - 1] == "both" and first[0] - 1 == s.marks()[0])
            or lows[first[0] - 1] in DASHES  # "WASHINGTON – Ann Lee and ..."
            or after_quotation(s, first[0])
        ):
            return first[0]
    return a


def is_count(low: str) -> bool:
    """ "40", "1,200": a number written in digits."""
    return low[:1].isdigit() and low.replace(",", "").replace(".", "").isdigit()


def share_subject(s: Sentence, k: int) -> Source | None:
    """ "More than 40% said", "half of the voters said", "8 in 10 farmers said".

    A share of a surveyed group speaks for it (annotation notes, decision
    61: vague): a percentage, a fraction or a count, with the words that
    bound it ("more than", "nearly", "only") and the group of people after
    "of" or after the number, opening its clause. A bare count needs a
    bounding word ("only 14 said"), so that a year or a score is not read as
    one; a count before its noun needs a noun for people ("8 in 10
    farmers", not "a 2013 budget report").
    """
    lows = s.lows
    e = k
    if not (lows[k] in SHARES or is_count(lows[k])):
        # any plural group ("half of the businesses reported higher
        # profits", "8 in 10 white evangelicals"), unless the verb only
        # modifies it ("half of the crimes reported in 2017 were thefts")
        plural = (
            lows[k].endswith("s")
            and not lows[k].endswith("ss")
            and not (k + 2 < s.n and lows[k + 2] in PREP)
        )
        if not (names_people(s, k) or plural):
            return None
        # the group after the share: "of the voters", "10 white farmers"
        for o in range(k - 1, max(-1, k - 6), -1):
            low = lows[o]
            if low == "of" or is_count(low):
                break
            if not (is_lower_word(low) or low in DET) or low in s.verbs:
                return None
        else:
            return None
        e = o - 1 if low == "of" else o
        if low != "of" and not s.words[o + 1 : k + 1] == lows[o + 1 : k + 1]:
            return None  # capitals after the number: "a 2013 Senate report"
        if e < 0 or not (lows[e] in SHARES or is_count(lows[e])):
            return None
    a = e
    while a > 0:
        prev = lows[a - 1]
        if prev in SHARES or prev in SHARE_MODIFIERS or is_count(prev):
            a -= 1
        elif prev == "in" and a >= 2 and is_count(lows[a - 2]) and is_count(lows[a]):
            a -= 1  # "8 in 10"
        elif prev in ("a", "an") and lows[a] in SHARES:
            a -= 1  # "a third", "a majority"
        else:
            break
    if e == k and k + 2 < s.n and lows[k + 2] == "of":
        return None  # a noun after the count: "just 57 claims of harm"
    span = lows[a : e + 1]
    if not any(w in SHARES for w in span) and not (
        any(is_count(w) for w in span) and any(w in SHARE_MODIFIERS for w in span)
    ):
        return None
    if not (a == s.marks()[0] or opens_subject(s, a)):
        return None
    return Source(a, k, SourceType.VAGUE, 0.6)


def names_people(s: Sentence, k: int) -> bool:
    """Whether the plural at ``k`` names people: "voters", "farmers", "Americans"."""
    low = s.lows[k]
    if low in WH or (low in s.pronouns and low != "those"):
        return False  # "those who responded said": the relative is no group
    if is_name(s, k):
        return low.endswith("s")
    return (
        s.heads.get(low) in ANONYMOUS_HEADS
        or low.endswith(COMMON_PLURAL)
        or low.endswith(PLURAL_MEN)
        or low.endswith("ers")
        # "those questioned", "those who responded"
        or "those" in s.lows[max(0, k - 4) : k + 1]
    )


#: Subject pronouns that open a contact clause ("the farmers we met said").
_CONTACT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})


def contact_clause_subject(
    s: Sentence, k: int, memory: dict[str, SourceType]
) -> Source | None:
    """ "The economists I interviewed said", "Residents we spoke to said".

    A noun phrase opening its clause, then a relative clause without "who"
    or "that" (a subject pronoun and its verb, maybe an auxiliary and a
    stranded "to" or "with") ending at ``k``: the noun phrase is the source.
    """
    lows = s.lows
    e = k
    if lows[e] in ("to", "with"):
        e -= 1
    if e < 2 or not is_lower_word(lows[e]) or lows[e] in AUX or lows[e] in DET:
        return None
    p = e - 1
    while p > 0 and lows[p] in AUX:
        p -= 1
    if lows[p] not in _CONTACT_PRONOUNS or p < 1:
        return None
    if lows[p] == "i" and s.words[p] != "I":
        return None
    chunk = s.syntax.subject_of(s, p - 1)
    if chunk is None or lows[chunk[0]] in s.pronouns:
        return None
    a, b = chunk
    if a == b and s.heads.get(lows[b]) is None:
        return None  # "Everything we know said": no speaker's noun
    if a >= 1 and lows[a - 1] in QUANT:
        a -= 1  # "All the economists I interviewed"
    if not (a == s.marks()[0] or opens_subject(s, a)):
        return None
    typ, conf = classify(s, a, b, memory)
    return Source(a, b, typ, conf * 0.8)


def channel_before_verb(s: Sentence, k: int) -> int | None:
    """ "The agency in a statement said": where a channel before the verb opens.

    A channel preposition, a determiner or possessive, at most three words
    and a document or outlet noun ending at ``k`` (judgement call 8), after
    a phrase that can be a subject: the position of the preposition.
    """
    lows = s.lows
    if s.heads.get(lows[k]) not in (HEAD_DOCUMENT, HEAD_MEDIA):
        return None
    for p in range(k - 2, max(0, k - 6), -1):
        low = lows[p]
        if low in CHANNEL_PREP:
            nxt = lows[p + 1]
            if not (nxt in DET or nxt in POSSESSIVES) or p < 1:
                return None
            if not valid_head(s, p - 1) or s.heads.get(lows[p - 1]) == HEAD_DOCUMENT:
                return None  # "A memo on the agency's website states": one phrase
            return p
        if not (is_lower_word(low) or low in DET) or low in s.verbs:
            return None
    return None


def opens_subject(s: Sentence, i: int) -> bool:
    """Whether a subject at token ``i`` opens its clause (sentence, comma, "while")."""
    return i == 0 or s.words[i - 1] in QUOTE_LIKE or s.lows[i - 1] in CLAUSE_OPENERS


def after_quotation(s: Sentence, i: int) -> bool:
    """Whether token ``i`` follows a quotation closed by a comma, "!" or "?"."""
    return i >= 2 and s.words[i - 1] in QUOTE_LIKE and s.lows[i - 2] in (",", "!", "?")


#: Words that stand alone for one more speaker of a group: "said another".
_ONE_MORE = frozenset({"another", "one", "other"})


def speaker_after_quote_verb(
    s: Sentence, j: int, memory: dict[str, SourceType]
) -> Source | None:
    """ "“It was chaos,” said a shopkeeper in the square.": whoever follows.

    A speech verb right after a quotation has its speaker after it, even
    when no word list knows the speaker's noun: a determiner, up to three
    plain lower-case words, then the end of the clause, a comma, a
    preposition or "who". "said another", "said the other": the word that
    stands for one more member of a group is the (anonymous) speaker.
    """
    lows = s.lows
    if j >= s.n or lows[j] not in DET:
        return None
    i = j + 1 if lows[j] == "the" else j
    if i >= s.n:
        return None  # "..., said The" at the end of the text
    if lows[i] in _ONE_MORE and (i + 1 >= s.n or lows[i + 1] in STOPS):
        return Source(j, i, SourceType.ANONYMOUS, 0.6)
    i = j + 1
    b = None
    while i < s.n and i - j <= 3:
        low = lows[i]
        if not is_lower_word(s.words[i]) or low in PREP or low in s.verbs:
            break
        if low in AUX or low in COORDINATORS or low in WH or low == "that":
            break
        b = i
        i += 1
    if b is None or not (i >= s.n or lows[i] in STOPS or lows[i] in (",", "who")):
        if b is None or not (i < s.n and lows[i] in PREP):
            return None
    typ, conf = classify(s, j, b, memory)
    return Source(j, b, typ, conf * 0.8)


def bare_plural_subject(s: Sentence, k: int) -> Source | None:
    """ "Farmers and ranchers know", "Most park lovers know": vague collectives.

    A plural noun at ``k`` heading a short phrase of plain words (a
    quantifier first, "and" between) that opens the sentence, or a clause
    after ", and", "but" or a semicolon ("..., and forecasters warn"): an
    unidentified collective (annotation notes, decision 14), whatever the
    noun.
    """
    lows = s.lows
    low = lows[k]
    if not (
        low.endswith("s")
        and not low.endswith(("ss", "'s", "\u2019s"))
        and len(low) > 3
        and low.replace("-", "").isalpha()
        and low not in s.verbs
        and low not in NOT_NAME
        and low not in AUX
        and low not in DET
        and s.heads.get(low) != HEAD_MODIFIER
    ):
        return None  # "As stated", "This explains", "sometimes", "news"
    lead = s.marks()[0]
    if k - lead > 4 or k < lead:
        lead = coordinated_clause_start(s, k)
        if lead < 0 or (k + 1 < s.n and s.lows[k + 1] in AUX):
            # not the last item of a list: "schools, and homes would reveal"
            return None
    for i in range(lead, k):
        w = lows[i]
        if i == lead and w in QUANT_SUBJECTS:
            continue
        if w == "and" and i > lead:
            continue
        if (
            not w.replace("-", "").isalpha()
            or w in NOT_NAME
            or w in s.verbs
            or w in AUX
            or w in s.pronouns
        ):
            return None
    return Source(lead, k, SourceType.VAGUE, 0.5)


def coordinated_clause_start(s: Sentence, k: int) -> int:
    """Where a clause joined by ", and", ", but" or ";" opens before ``k``, else -1.

    Within four words before ``k``: "..., and forecasters warn" -> the
    position of "forecasters".
    """
    lows = s.lows
    for i in range(k, max(0, k - 4), -1):
        prev = lows[i - 1]
        if prev == ";" or (prev in ("and", "but") and i >= 2 and lows[i - 2] == ","):
            return i
    return -1


def relative_subject(
    s: Sentence, k: int, memory: dict[str, SourceType]
) -> Source | None:
    """ "Firms that plan to hire say", "Residents who fled the town said".

    A noun phrase and a short subject relative clause ("who" or "that",
    then a verb: no comma, quotation or second subject inside) ending at
    ``k``: the whole phrase is the source, typed by its head (a plural noun
    that names no role is a vague collective, decision 14). Not "the
    report that the ministry published", whose relative clause has its own
    subject.
    """
    lows = s.lows
    for r in range(k - 1, max(0, k - 9), -1):
        low = lows[r]
        if low in ("who", "that"):
            break
        if not low.replace("-", "").isalnum():
            return None
    else:
        return None
    if r < 1 or r + 1 > k:
        return None
    verb = lows[r + 1]
    if verb in DET or verb in s.pronouns or not is_lower_word(s.words[r + 1]):
        return None
    head = lows[r - 1]
    if not (
        s.heads.get(head) in PERSON_HEADS
        or (
            head.endswith("s")
            and not head.endswith(("ss", "'s", "\u2019s"))
            and (is_lower_word(s.words[r - 1]) or r - 1 == s.marks()[0])
            and head not in s.verbs
            and head not in AUX
        )
    ):
        return None
    chunk = s.syntax.subject_of(s, r - 1)
    if chunk is None:
        chunk = (r - 1, r - 1)
    a = chunk[0]
    if not (a == s.marks()[0] or lows[a - 1] in (",", "and", "but")):
        return None  # the phrase must open its clause
    if head in s.heads:
        typ, conf = classify(s, a, r - 1, memory)
    else:
        typ, conf = SourceType.VAGUE, 0.6  # "Firms that ...": no role named
    return Source(a, k, typ, conf * 0.8)


def anonymity_start(s: Sentence, k: int) -> int | None:
    """Start of "officials who asked not to be named" ending at ``k``.

    ``k`` is the last word ("named"); the phrase opens at its noun phrase.
    """
    lows = s.lows
    if lows[k] not in ANONYMITY:
        return None
    for i in range(k - 1, max(0, k - 13), -1):
        if lows[i] == "who" or (
            # "officials speaking on condition of anonymity said"
            is_lower_word(lows[i])
            and lows[i].endswith("ing")
            and i >= 1
            and s.heads.get(lows[i - 1]) in ANONYMOUS_HEADS
        ):
            chunk = s.syntax.subject_of(s, i - 1)
            if chunk is not None and anonymity_end(s, i - 1) == k:
                return chunk[0]
            return None
        if not lows[i].isalnum():
            return None
    return None


def knowing_start(s: Sentence, k: int) -> int | None:
    """Start of "a person familiar with the talks" ending at ``k``.

    A person or group head, a word of knowledge or closeness and its
    preposition ("familiar with", "close to", "briefed on"), then a short
    noun phrase ending at ``k``: an unnamed informed source (ANNOTATION.md:
    anonymous), the whole phrase.
    """
    lows = s.lows
    for i in range(k - 1, max(0, k - 8), -1):
        if lows[i] in KNOWLEDGE and i + 1 < k and lows[i + 1] in POST_KNOWLEDGE:
            if lows[i - 1] == "those" and opens_subject(s, i - 1):
                return i - 1  # "Those close to the mayor say"
            chunk = s.syntax.subject_of(s, i - 1)
            if chunk is None or s.heads.get(lows[i - 1]) not in ANONYMOUS_HEADS:
                return None
            return chunk[0]
        if not (lows[i].isalnum() or lows[i] in ("-", "'s", "’s")):
            return None
        if lows[i] in s.verbs and s.words[i].islower() and lows[i] not in KNOWLEDGE:
            return None
    return None


def knowing_end(s: Sentence, b: int) -> int:
    """End of "people familiar with the matter" after head ``b``, else ``b``."""
    lows = s.lows
    if not (
        b + 3 < s.n
        and lows[b + 1] in KNOWLEDGE
        and lows[b + 2] in POST_KNOWLEDGE
        and s.heads.get(lows[b]) in ANONYMOUS_HEADS
    ):
        return b
    chunk = s.syntax.object_of(s, b + 3, s.n)
    if chunk is not None:
        return chunk[1]
    # "the matter", "the negotiations": any short noun phrase of plain words
    first = b + 4 if lows[b + 3] in DET else b + 3
    e = first
    while e < s.n and e - b < 9 and lows[e].isalnum() and lows[e] not in s.verbs:
        if lows[e] in AUX or lows[e] in ("that", "and", "or"):
            break
        e += 1
    return e - 1 if e > first else b


def reduced_relative(
    s: Sentence, k: int, memory: dict[str, SourceType]
) -> Source | None:
    """ "The memo posted online cites": a subject with a reduced relative.

    A participle ("posted", "released", "published") after a noun phrase,
    with a short prepositional or time phrase ending at ``k``, belongs to
    the subject; the participle is not the cue, the noun heads the source.
    """
    lows, words = s.lows, s.words
    for p in range(k, max(0, k - 7), -1):
        low = lows[p]
        if not (low.endswith("ed") or low in REDUCED_IRREGULAR):
            if not (low.isalnum() or low in ("-", ".")) or low in STRICT_AUX:
                return None
            continue
        if low in STRICT_AUX:
            return None
        if not (
            p >= 1
            and is_lower_word(low)
            and low not in s.heads
            and (low not in s.verbs or low in ("posted", "written", "shown"))
            and (
                p == k
                or lows[p + 1] in POST_PREP
                or (lows[p + 1] == "to" and lows[p + 2] in DET)
                or lows[p + 1] in WEEKDAYS
                or lows[p + 1] in TIME_WORDS
                or lows[p + 1] in ("last", "this", "earlier")
            )
        ):
            continue
        head = p - 1
        cls = s.heads.get(lows[head])
        if cls is None and p == k and opens_plain_plural(s, head):
            # "Migrants interviewed said": a plural noun no list knows,
            # opening the sentence, with its participle
            return Source(head, k, SourceType.ANONYMOUS, 0.6)
        if cls not in REDUCED_HEADS:
            return None
        chunk = s.syntax.subject_of(s, head)
        if chunk is None or (chunk[0] > 0 and lows[chunk[0] - 1] in PREP):
            return None
        a = chunk[0]
        # "the 40-page report": a number modifier before the noun
        d = a - 1
        while d >= 0 and (lows[d] == "," or lows[d][:1].isdigit()):
            d -= 1
        if d < a - 1 and d >= 0 and lows[d] in DET:
            a = d
        if not (lows[a] in DET or words[a][:1].isupper()):
            return None
        if cls == HEAD_DOCUMENT:
            typ = document_type(s, a, head)
            if typ is SourceType.PRONOUN:
                typ = SourceType.DOCUMENT  # modified: "the memo posted online"
        else:
            typ = classify(s, a, head, memory)[0]
        return Source(a, k, typ, 0.75)
    return None


def opens_plain_plural(s: Sentence, i: int) -> bool:
    """Whether token ``i`` is a plain plural noun opening the sentence ("Migrants")."""
    low = s.lows[i]
    return (
        i == s.marks()[0]
        and low.endswith("s")
        and not low.endswith(("ss", "'s", "\u2019s"))
        and low.isalpha()
        and len(low) > 3
        and low not in s.verbs
        and low not in NOT_NAME
        and low not in s.pronouns
    )


def postmodified(
    s: Sentence, k: int, chunk: tuple[int, int] | None
) -> tuple[int, int, int] | None:
    """ "Experts on trade said", "sources in the capital said".

    Returns ``(start, head, end)``: the phrase keeps its prepositional
    modifier (as "footage from the valley" does), the head types it.
    """
    lows = s.lows
    start = chunk[0] if chunk is not None else k
    if chunk is not None and lows[chunk[0]] in s.pronouns:
        return None
    for i in range(start - 1, max(-1, start - 13), -1):
        low = lows[i]
        if low in POST_PREP and i >= 1:
            outer = s.syntax.subject_of(s, i - 1)
            if outer is not None and s.heads.get(lows[i - 1]) in POSTMODIFIED:
                return outer[0], i - 1, k
            if chunk is not None:
                located = located_outer(s, k, i, outer)
                if (
                    located is None
                    and lows[i] == "of"
                    # not a long name: "the governor of Fars Ali Reza Khan said"
                    and not (chunk[1] - chunk[0] >= 2 and is_name(s, chunk[1]))
                ):
                    # a chain: "The mayor of the northern city of Mosul", "the
                    # head of the northern branch of the party": the phrase
                    # before "of" may itself follow the speaker's preposition
                    inner = outer or plain_phrase(s, i - 1)
                    if (
                        inner is not None
                        and inner[0] >= 2
                        and lows[inner[0] - 1] in POST_PREP
                    ):
                        return postmodified(s, k, inner)
                return located
            continue
        if chunk is not None:
            return None  # the phrase itself must follow the preposition
        if not (low.isalnum() or low == "-") or low in s.verbs or low in STRICT_AUX:
            return None
    return None


def plain_phrase(s: Sentence, b: int) -> tuple[int, int] | None:
    """ "the northern city" ending at ``b``: a determiner and plain words.

    At most three lower-case words after the determiner, none a verb or a
    preposition; ``(start, b)``, else None.
    """
    lows = s.lows
    for a in range(b - 1, max(-1, b - 5), -1):
        low = lows[a]
        if low in DET:
            return (a, b) if a < b else None
        if not is_lower_word(s.words[a]) or low in PREP or low in s.verbs:
            return None
    return None


def located_outer(
    s: Sentence, k: int, i: int, outer: tuple[int, int] | None
) -> tuple[int, int, int] | None:
    """ "Police in the north of the county in Wales said": a chain of places.

    A place after "in" (token ``i``) is not the subject when the phrase
    before it is: "Police in the East Midlands in England" keeps the whole
    chain ("in England" locates the East Midlands, which locate the police),
    and "The National Gallery in London" is the gallery, named.
    """
    if s.lows[i] != "in" or not is_name(s, i + 1):
        return None
    if outer is None and s.lows[i - 1] == ")":
        # "The Royal Museum (RM) in Oslo said": the name before its gloss
        g = before_gloss(s, i - 1)
        if g is None or not is_name(s, g):
            return None
        outer = s.syntax.subject_of(s, g)
    if outer is None:
        return None
    a, b = outer
    nested = postmodified(s, k, outer)
    if nested is not None:
        return nested
    named = [j for j in range(a, b + 1) if is_name(s, j)]
    if named and named[0] <= a + 1 and len(named) == b - named[0] + 1:
        words = tuple(s.lows[named[0] : b + 1])
        if words not in s.lex.places2 and not (
            len(words) == 1 and words[0] in s.lex.places
        ):
            return a, b, b  # "The Royal Museum in Oslo said": the museum
    return None


def postmodified_type(
    s: Sentence, a: int, head: int, b: int, memory: dict[str, SourceType]
) -> tuple[SourceType, float]:
    """The type of a postmodified phrase ``[a, b]`` with its head at ``head``.

    The head types it ("Experts on trade": vague), unless it names unnamed
    members of a named body ("Experts with NASA": anonymous).
    """
    if members_of_named_body(s, head, b):
        return SourceType.ANONYMOUS, 0.7
    return classify(s, a, head, memory)


def unknown_head(s: Sentence, k: int) -> tuple[int, int] | None:
    """ "the announcer said": an unknown noun after a determiner or possessive."""
    lows = s.lows
    low = lows[k]
    if not is_lower_word(low) or low in s.verbs or low in AUX:
        return None
    for j in (k - 1, k - 2):
        if j < 0:
            return None
        if (lows[j] in DET and lows[j] != "that") or (
            s.words[j].endswith(("'s", "\u2019s"))
            and lows[j][:-2].replace("\u2019", "'") not in s.pronouns
        ):  # "the fund's chair", not "it's fair"
            if j >= 1 and lows[j - 1] in PREP and lows[j - 1] not in SUBORDINATORS:
                # "a view of the sea says": not a speaker; but "after the
                # clinic said" opens a clause
                return None
            if lows[j] not in DET and possessor_det(s, j):
                return j - 1, k  # "the study's authors said"
            return j, k
        if not lows[j].isalpha() or lows[j] in PREP or lows[j] in s.verbs:
            return None
    return None


def dateline_comma(s: Sentence, c: int) -> bool:
    """Whether comma ``c`` splits a dateline that opens the sentence.

    "WASHINGTON, D.C. – Sen. Ann Lee, ..., said", "LYON, France - The
    mayor, ..., said": capitalised place words before the comma and after it,
    then a dash, so the phrase before the comma is the place the report was
    filed from, not the speaker.
    """
    words = s.words
    if not all(w[:1].isupper() for w in words[:c]):
        return False
    for p in range(c + 1, min(s.n, c + 5)):
        if s.lows[p] in DASHES:
            # a hyphen joined on both sides is a compound: "D.C.-based"
            glued = s.ends[p - 1] == s.starts[p] and s.starts[p + 1] == s.ends[p]
            return p > c + 1 and not (glued and s.lows[p] == "-")
        if not (words[p][:1].isupper() or words[p] == "."):
            return False
    return False


def apposition_commas(s: Sentence, k: int) -> list[int]:
    """Up to five commas before the comma ``k``, right to left, within one clause.

    The walk stops at a quotation mark, a stop, a colon or a finite verb
    (not a noun after a determiner or a preposition, nor a verb inside a
    relative insert).
    """
    lows = s.lows
    commas: list[int] = []
    i = k - 1
    while i >= 0 and k - i < 48 and len(commas) < 5:
        low = lows[i]
        if (
            (low in QUOTE_LIKE and not is_possessive_mark(s, i))
            or (low in STOPS and not is_inner_dot(s, i))
            or low == ":"
            or (
                low in s.verbs
                and s.words[i][:1].islower()
                and not (i and lows[i - 1] in DET)  # "one of the towns"
                # "also in charge of banking": a noun after a preposition
                and not (i and lows[i - 1] in PREP and lows[i - 1] != "to")
                and not in_relative_insert(s, i)
            )
        ):
            break
        if low == ",":
            commas.append(i)
        i -= 1
    return commas


def apposed_source(s: Sentence, k: int, memory: dict[str, SourceType]) -> Source | None:
    """ "Ann Lee, a teacher at the school, said" -> the name.

    ``k`` is the comma before the verb. The subject is the leftmost phrase
    before one of up to five earlier commas that starts a clause.
    """
    lows = s.lows
    best: tuple[int, int, int, int] | None = None
    for c in apposition_commas(s, k):
        if c < 1 or (c == 1 and is_opening_adverb(s)):
            continue  # "Previously, Sen. Ann Lee, ..., told": an adverb, no subject
        if dateline_comma(s, c):
            continue  # "WASHINGTON, D.C. – Sen. Ann Lee, ..., said": a place
        e = c - 1
        if lows[e] == ")":  # "Sen. Ann Lee (D-Ore.), a panel member, said"
            while e > 0 and lows[e] != "(":
                e -= 1
            e -= 1
        outer = s.syntax.subject_of(s, e) if e >= 0 else None
        if outer is None and e >= 0 and lows[c + 1] in ("who", "which"):
            # "The cashier, who ..., said": an unknown noun after a determiner
            # before a relative clause
            outer = unknown_head(s, e)
        if outer is None:
            continue
        post = postmodified(s, e, outer)
        if post is not None:
            # "Experts with NASA, the space agency, say": the head before
            # the preposition starts the phrase and types it
            outer = (post[0], outer[1])
            head = post[1]
        else:
            head = -1
        a = outer[0]
        if (
            a == 0
            or a == s.marks()[0]  # after "Yet", "But", "And"
            or fronted_time(s, a)  # "Last week Ann Lee, a spokeswoman, said"
            or lows[a - 1] in QUOTE_LIKE
            or lows[a - 1] in DASHES  # a dateline: "WASHINGTON – Sen. Ann Lee, ..."
            or lows[a - 1]
            in (
                ",",
                ":",
                "and",
                "but",
                "while",
                "as",
                "although",
            )
        ):
            best = (outer[0], outer[1], c, head)
    if best is None:
        return None
    a, b, c, head = best
    if head >= 0 and not (
        is_name(s, c + 1) and s.heads.get(lows[head]) in PERSON_HEADS
    ):
        typ, conf = postmodified_type(s, a, head, b, memory)
        return Source(a, b, typ, conf)
    if (
        is_name(s, c + 1)
        and (
            s.heads.get(lows[c - 1]) in PERSON_HEADS
            # "The Director of the Water Board, Tom Park,": the office's head
            or s.heads.get(lows[s.syntax.head_of(s, a, c - 1)]) in PERSON_HEADS
        )
        and s.syntax.object_of(s, c + 1, k) == (c + 1, k - 1)
    ):
        # "the club's spokesman, Tom Park, said": the name types the phrase
        typ, conf = classify(s, c + 1, k - 1, memory)
        if typ is SourceType.NAMED_PERSON:
            return Source(a, k - 1, typ, conf)
        b = k - 1
    named = apposed_body_name(s, c, k)
    if named is not None:
        return Source(a, k - 1, named, 0.8)
    typ, conf = classify(s, a, b, memory)
    if typ is SourceType.NAMED_PERSON and all(is_name(s, i) for i in range(a, b + 1)):
        # "Aemet, the state weather agency, said": the apposition types the name
        # the apposition's head, not its modifier: "the top spokeswoman for
        # the campaign" names a person
        cls = s.heads.get(lows[s.syntax.head_of(s, c + 1, k - 1)])
        if cls in _BODY_TYPES and lows[c + 1] in DET:
            typ = _BODY_TYPES[cls]
    return Source(a, b, typ, conf)


#: Words of a short time adverbial that may open a clause without a comma.
_TIME_OPENERS = frozenset({"on", "in", "at", "early", "late"})


def fronted_time(s: Sentence, a: int) -> bool:
    """Whether a short time adverbial alone opens the clause before token ``a``.

    "Last week Ann Lee, ..., said", "On Monday the union, ..., said": at most
    four words of time ("last", "this", weekdays, months, "week", "earlier",
    numbers) between the sentence's opening and the subject.
    """
    lead = s.marks()[0]
    if not 0 < a - lead <= 4:
        return False
    for i in range(lead, a):
        low = s.lows[i]
        if not (is_time_word(low) or low in _TIME_OPENERS or low.isdigit()):
            return False
    return s.lows[a - 1] not in _TIME_OPENERS and not is_time_word(s.lows[a])


def is_time_word(low: str) -> bool:
    """Whether ``low`` names a time ("month", "Monday", "earlier")."""
    return (
        low in DEICTICS
        or low in WEEKDAYS
        or low in MONTHS
        or low in TIME_NOUNS
        or low in TIME_WORDS
    )


def in_relative_insert(s: Sentence, i: int) -> bool:
    """Whether the verb at ``i`` opens a relative clause set off by a comma.

    "The cashier, who spoke on condition of anonymity, said": "spoke" is
    the relative clause's verb, not the main clause's.
    """
    for j in (i - 1, i - 2):
        if j >= 1 and s.lows[j] in ("who", "which") and s.lows[j - 1] == ",":
            return True
        if j < 0 or s.lows[j] not in AUX:
            return False
    return False


def is_opening_adverb(s: Sentence) -> bool:
    """ "Previously, Sen. Lee": an "-ly" adverb and its comma before a name.

    Not a name ending in "-ly" ("Italy, once the centre of ..."): a place
    is a name, and an adverb is followed by a capitalised subject.
    """
    low = s.lows[0]
    return (
        low.endswith("ly")
        and low.isalpha()
        and low not in s.lex.places
        and s.n > 2
        and s.lows[1] == ","
        and is_cap(s.words[2])
    )


def is_inner_dot(s: Sentence, i: int) -> bool:
    """A full stop glued to the words on both sides: "D-N.Y.", not a stop."""
    return (
        s.lows[i] == "."
        and 0 < i < s.n - 1
        and s.starts[i] == s.ends[i - 1]
        and s.starts[i + 1] == s.ends[i]
    )


def described_name(s: Sentence, k: int, memory: dict[str, SourceType]) -> Source | None:
    """ "Spain's state weather agency, Aemet, said": a description, then a name.

    ``k`` is the comma after the name. The description opens its clause
    with a determiner or a possessive and runs through plain words to the
    comma before the name ("The city's largest employer", "Her former
    business partner"), even when no word list knows its head noun. The
    source is the whole phrase, typed by the head when it names a kind of
    body ("agency", "union"), else by the name.
    """
    lows = s.lows
    c = k - 1
    if not is_name(s, c):
        return None
    while c > 0 and lows[c] != "," and k - c <= 8:
        if not (is_name(s, c) or lows[c] in ("of", "&")):
            if not name_title_word(s, c):
                return None
        c -= 1
    if c < 2 or c == k - 1 or lows[c] != ",":
        return None
    a = c - 1
    head = s.lows[a]
    if not is_lower_word(head) or head in s.verbs or head in AUX or head in PREP:
        return None
    while a > 0 and c - a < 7:
        w, low = s.words[a - 1], lows[a - 1]
        if low in DET or is_possessive(w):
            a -= 1
            if low in DET and not (a >= 2 and lows[a - 1] == "of"):
                break
            if low in DET:
                a -= 1  # "The minister of the economy, Ann Lee,": past "of"
        elif is_lower_word(low) and low not in PREP and not is_inflected_verb(s, low):
            a -= 1  # "state" in "Spain's state weather agency" modifies a noun
        else:
            break
    if not (lows[a] in DET or is_possessive(s.words[a])) or lows[a] == "that":
        return None
    if not opens_subject(s, a):
        return None
    cls = s.heads.get(head)
    if cls in _BODY_TYPES:
        return Source(a, k - 1, _BODY_TYPES[cls], 0.75)
    typ, conf = classify(s, c + 1, k - 1, memory)
    if typ is SourceType.PRONOUN:
        return None
    return Source(a, k - 1, typ, conf * 0.8)


#: Lower-case words that may stand before a title and a name in an
#: apposition: "former Prime Minister Ann Lee", "then-senator Tom Park".
_TITLE_PREFIXES = frozenset({"former", "then", "acting", "interim", "deputy", "ex"})


def name_title_word(s: Sentence, i: int) -> bool:
    """Whether lower-case token ``i`` belongs to a title before a name.

    "former", "acting" and the like, or a title or role noun ("senator",
    "spokeswoman"): "The main challenger, former senator Ann Lee, said".
    """
    low = s.lows[i]
    if low in _TITLE_PREFIXES or low.startswith(("former-", "then-", "ex-")):
        return True
    return s.heads.get(low) in PERSON_HEADS


def is_inflected_verb(s: Sentence, low: str) -> bool:
    """Whether ``low`` is a reporting verb in a form no noun takes ("said", "warns")."""
    return low in s.verbs and low.endswith(("ed", "s", "ing"))


def apposed_body_name(s: Sentence, c: int, k: int) -> SourceType | None:
    """ "the state weather agency, Aemet, said": a body, then its name.

    ``c`` and ``k`` are the commas around the name. A body noun
    (organisation or outlet) before a capitalised name that fills the
    apposition makes the whole phrase one source, typed by the body noun
    (the name alone would read as a person's).
    """
    cls = s.heads.get(s.lows[c - 1])
    n = c + 2 if s.lows[c + 1] == "the" else c + 1  # ", the Bundesbank,"
    if cls not in _BODY_TYPES or not is_name(s, n):
        return None
    if not all(is_name(s, i) or s.lows[i] in ("of", "&") for i in range(n, k)):
        return None
    return _BODY_TYPES[cls]


def inserted_subject(
    s: Sentence, k: int, memory: dict[str, SourceType]
) -> Source | None:
    """The subject before a long insert set off by commas, ending at ``k``.

    "The mayor, in an effort to win support for the $2.5 million budget, has
    stressed", "The ministry, which has denied any role, said": the
    phrase opening the clause, then an insert of at most 30 words that
    opens with a preposition, a participle or a relative pronoun and holds
    no quotation; outside a relative clause it holds no finite verb.
    """
    lows = s.lows
    lead, first_comma, _, _ = s.marks()
    i = k - 1
    while i > lead and k - i <= 40:
        low = lows[i]
        if low == ",":
            found = insert_opening(s, i, k, lead, first_comma)
            if found is None:
                knowing = knowing_start(s, i - 1)
                # "A person familiar with the talks, who ..., told": the whole phrase
                if knowing is not None and knowing == lead:
                    return Source(knowing, i - 1, SourceType.ANONYMOUS, 0.7)
            else:
                a, head, b = found
                if head == b:
                    a, b = narrow(s, a, b)
                    head = b
                typ, conf = classify(s, a, head, memory)
                return Source(a, b, typ, conf * 0.8)
        elif (
            low in QUOTE_LIKE and not is_possessive_mark(s, i)
        ) or low in INSERT_BREAKS:
            return None
        elif low == "." and not (lows[i - 1].isdigit() and lows[i + 1].isdigit()):
            return None  # a stop, not a decimal point ("$2.5 million")
        i -= 1
    return None


def insert_opening(
    s: Sentence, o: int, k: int, lead: int, first_comma: int
) -> tuple[int, int, int] | None:
    """The subject before the insert ``(o, k)``, when both fit: ``(a, head, b)``.

    The subject may keep a prepositional modifier: "Officials in the
    region, who asked for more money, said" (as :func:`postmodified`).
    """
    lows = s.lows
    if o < 1 or o + 1 >= k or k - o > 32:
        return None
    opener = lows[o + 1]
    relative = opener in INSERT_RELATIVE
    if not (
        relative
        or opener in PREP
        or opener in INSERT_OPENERS
        or (s.words[o + 1].islower() and opener.endswith(("ing", "ed")))
    ):
        return None
    if not relative and any(w in STRICT_AUX for w in lows[o + 1 : k]):
        return None  # "The team, its bus was late, ...": a clause, not an insert
    e = before_time(s, o - 1) if not relative else o - 1
    chunk = s.syntax.subject_of(s, e)
    if chunk is not None and chunk[1] != e:
        return None
    a, head = chunk if chunk is not None else (-1, -1)
    if a != lead and relative:
        post = postmodified(s, o - 1, chunk)
        if post is not None:
            a, head, _ = post
    if a < 0:
        return None
    if a == lead or (
        a - 1 == first_comma and lows[lead] in NOT_NAME and lows[lead] not in DET
    ):
        return a, head, e
    return None


def before_time(s: Sentence, k: int) -> int:
    """The subject's last token before a day named after it, ending at ``k``.

    Wire copy puts the day between a subject and its insert: "The mayor on
    Monday, in a letter to residents, said", "Ann Lee Tuesday, speaking to
    reporters, said", "The board last week, in a filing, said".
    """
    lows = s.lows
    if k >= 2 and lows[k] in WEEKDAYS:
        return k - 2 if lows[k - 1] == "on" else k - 1
    if k >= 2 and lows[k] in PERIODS and lows[k - 1] in DEICTICS:
        return k - 2
    return k


def clause_subject(
    s: Sentence, before: int, memory: dict[str, SourceType]
) -> Source | None:
    """The subject of the clause a coordinated verb or participle shares.

    "The mayor thanked the crew and said", "The coach, smiling, said" ->
    "The mayor", "The coach".
    """
    lows = s.lows
    lead, comma, _, _ = s.marks()
    i = min(lead, before)  # after leading quote marks and conjunctions
    if i < before and (
        (lows[i] in NOT_NAME and lows[i] not in DET)
        # a participle phrase: "Based on the report, the group ..."
        or (lows[i].endswith(("ed", "ing")) and i + 1 < s.n and lows[i + 1] in PREP)
        # an adverb phrase: "More recently, he ...", "Most importantly, ..."
        or (
            0 < comma - i <= 3
            and comma < s.n
            and lows[comma - 1].endswith("ly")
            and is_lower_word(lows[comma - 1])
        )
    ):
        # a leading adverbial ends at its comma
        if comma >= before:
            return None
        i = comma + 1
    # The phrase at ``i`` is walked once per sentence: a walk bounded by
    # ``before`` ends the same way when it stopped short of it (the walk's
    # look-ahead is one token), and within a sentence ``memory`` is fixed.
    memo = s.subject
    if memo is None or memo.start != i:
        memo = s.subject = Subject(i, s.syntax.object_of(s, i, s.n), s.walk_end)
    if before > memo.walk_end + 1:
        chunk = memo.chunk
    else:
        chunk, memo = s.syntax.object_of(s, i, before), None
    if chunk is None:
        return None
    a, b = chunk
    if (
        b + 2 < before
        and lows[b + 1] == ","
        and "," in lows[a:b]
        and is_lower_word(lows[b + 2])
        and lows[b + 2] not in COORDINATORS
    ):
        # "The club's coach, Ann Lee, praised ... and said": the phrase holds
        # its apposition already, and the clause's verb follows its comma
        src = subject_source(s, a, b, memory, memo)
        named = apposed_body_name(s, a + lows[a:b].index(","), b + 1)
        return src if named is None else Source(a, b, named, src.confidence)
    if b + 1 < before and lows[b + 1] == "," and is_name(s, b):
        # "Ann Lee, her rival, regretted ... and said": skip the apposition
        if memo is None:
            c = apposition_end(s, b + 2, before)
        else:
            if memo.apposition_end is None:
                memo.apposition_end = apposition_end(s, b + 2, s.n)
            c = min(memo.apposition_end, before)
        if c + 1 < before and lows[c] == "," and is_lower_word(lows[c + 1]):
            return subject_source(s, a, b, memory, memo)
        return None
    if b + 2 < before and lows[b + 1] == ",":
        # "The electoral board, the EBC, has defended ..., blaming": a body
        # described, then its name in apposition, then the clause's verb
        c = apposition_end(s, b + 2, before)
        if c + 1 < before and c > b + 2 and lows[c] == ",":
            verb = lows[c + 1]
            if (
                is_name(s, c - 1)
                and is_lower_word(verb)
                and (
                    verb in AUX
                    or verb in s.verbs
                    or verb.endswith("ed")
                    or verb in PAST_IRREGULAR
                )
            ):
                src = subject_source(s, a, c - 1, memory, None)
                named = apposed_body_name(s, b + 1, c)
                return src if named is None else Source(a, c - 1, named, src.confidence)
            if (
                lows[b + 2] in INSERT_RELATIVE
                and is_lower_word(verb)
                and verb not in PREP
                and verb not in DET
                and verb not in COORDINATORS
            ):
                # "The union, which represents nurses, went on strike and
                # said": the relative clause is no part of the source
                return subject_source(s, a, b, memory, None)
    if b + 1 < s.n and (s.lows[b + 1] in STOPS or s.lows[b + 1] == ","):
        return None
    return subject_source(s, a, b, memory, memo)


def apposition_end(s: Sentence, c: int, before: int) -> int:
    """The first comma or stop from ``c`` on, else ``before``.

    In "Ann Lee, her rival, said", from "her": the comma after "rival".
    """
    lows = s.lows
    while c < before and lows[c] != "," and lows[c] not in STOPS:
        c += 1
    return c


def subject_source(
    s: Sentence,
    a: int,
    b: int,
    memory: dict[str, SourceType],
    memo: Subject | None,
) -> Source:
    """The typed clause subject ``[a, b]``, typed once per sentence.

    "The mayor thanked the crew and said": "The mayor", at confidence 0.7
    of its typing.
    """
    if memo is not None and memo.source is not None:
        return memo.source
    typ, conf = classify(s, a, b, memory)
    src = Source(a, b, typ, conf * 0.7)
    if memo is not None:
        memo.source = src
    return src


def evidence_source(
    s: Sentence, first: int, memory: dict[str, SourceType]
) -> Source | None:
    """ "Photos taken last week show", "video ..., showing" (call 11).

    Also across a participial insert: "The audit, published today, shows".
    """
    lows = s.lows
    k = first - 1
    while k >= 0 and lows[k] in EVIDENCE_AUX:
        k -= 1
    end = k
    commas = 0
    if k >= 0 and lows[k] == "," and lows[first].endswith("ing"):
        end = k - 1
        commas = 1
    elif k >= 0 and lows[k] == ",":
        # "The report, released today, shows": a participial insert between
        # the document and its verb
        for c in range(k - 2, max(0, k - 7), -1):
            if lows[c] == ",":
                if lows[c + 1].endswith("ed") and is_lower_word(lows[c + 1]):
                    end = c - 1
                    commas = 1
                break
    if end >= 2 and lows[end] == "which" and lows[end - 1] == ",":
        # "the latest statistics, which showed": the relative pronoun of a
        # document set off by a comma is the source (a pronoun)
        if s.heads.get(lows[end - 2]) == HEAD_DOCUMENT:
            return Source(end, end, SourceType.PRONOUN, 0.7)
        return None
    if end >= 1 and lows[end] in ("that", "which"):
        end -= 1  # "her letters ... that showed": the antecedent speaks
    if end >= 2 and lows[end] == ")":
        # "Data from the survey (NHS) show": the bracketed acronym goes
        # (annotation notes, decision 12)
        opening = next(
            (o for o in range(end - 1, max(0, end - 5), -1) if lows[o] == "("), 0
        )
        end = opening - 1 if opening else end
    for i in range(end, max(-1, end - 9), -1):
        low = lows[i]
        if low in STOPS or low in QUOTES or (low == "," and commas == 0):
            return None
        if i < end and low in BE and not (i >= 1 and lows[i - 1] in ("that", "which")):
            # another clause: "the hair in the study was taken from a whale
            # found"; not a relative clause: "the report that was leaked shows"
            return None
        if s.heads.get(low) == HEAD_DOCUMENT and not (
            i + 1 < s.n and is_cap(s.words[i]) and is_cap(s.words[i + 1])
        ):  # not a name: "Bill Evans"
            if i < end and compound_noun_after(s, i + 1):
                continue  # a modifier: "account holders found", "video games"
            chunk = s.syntax.subject_of(s, i)
            a = chunk[0] if chunk else i
            return Source(a, end, document_type(s, a, end), 0.8)
        if i == end and s.heads.get(low) == HEAD_MEDIA and shows_scene(s, first):
            # "State television showed soldiers digging": what it broadcast
            chunk = s.syntax.subject_of(s, i)
            if chunk is not None:
                typ, conf = classify(s, chunk[0], end, memory)
                return Source(chunk[0], end, typ, conf * 0.9)
        if low == "," or low in s.verbs:
            return None
    return None


def compound_noun_after(s: Sentence, i: int) -> bool:
    """Whether the plain plural at ``i`` heads a compound with the word before it.

    "account holders", "report cards": a lower-case plural that is no head
    of a source, no verb, preposition, determiner, auxiliary or relative;
    not a participle ("photos taken last week show").
    """
    low = s.lows[i]
    return (
        is_lower_word(low)
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in s.heads
        and low not in s.verbs
        and low not in PREP
        and low not in DET
        and low not in BE
        and low not in EVIDENCE_AUX
        and low not in STRICT_AUX
        and low not in ("that", "which", "who", "and", "or")
    )


def shows_scene(s: Sentence, first: int) -> bool:
    """ "showed soldiers digging", "showed that": an outlet showing what happened.

    A past tense, then a clause or an object followed by a participle in
    "-ing" within six words; not "the paper showed no sign of".
    """
    lows = s.lows
    if not lows[first].endswith("ed") or first + 1 >= s.n:
        return False  # "a radio show that airs", "TV shows": nouns
    if lows[first + 1] == "that":
        return True
    for w in lows[first + 2 : first + 8]:
        if w.endswith("ing") and len(w) > 5:
            return True
        if w in STOPS or w == "," or w in QUOTES or w in PREP:
            return False
    return False


def post_quote_speech(
    s: Sentence, memory: dict[str, SourceType], after_quote: bool
) -> Iterator[tuple[int, Source]]:
    """ "“...,” the chef sighed.": a speaker and a past-tense verb after a quote.

    After a quotation closed by a comma, "!" or "?", a name or pronoun
    followed by a past-tense verb that ends the clause introduces the
    quote, whatever the verb ("sighed", "shouted", "joked").
    ``after_quote``: the sentence starts right after such a quote, which
    ended the previous sentence (``“... !” the guard shouted.``).
    """
    lows = s.lows
    for q in range(-1 if after_quote else 1, s.n - 2):
        if q >= 0 and not (
            lows[q] in CLOSING_QUOTES
            and lows[q - 1] in (",", "!", "?")
            and s.starts[q] == s.ends[q - 1]
        ):
            continue
        chunk = s.syntax.object_of(s, q + 1, s.n)
        if chunk is None:
            continue
        a, b = chunk
        if not valid_head(s, b):
            continue
        v = b + 1
        if v < s.n and lows[v] == "(":  # "(D-Ore.)"
            while v < s.n and lows[v] != ")":
                v += 1
            v += 1
        if v < s.n and lows[v] == ",":  # an apposition: "Lee, a top aide, said"
            c = v + 1
            while c < s.n and c - v < 16 and lows[c] not in STOPS:
                if lows[c] == "," and c + 1 < s.n and is_lower_word(lows[c + 1]):
                    break
                c += 1
            if c >= s.n or lows[c] != ",":
                continue
            v = c + 1
        if v >= s.n or not is_past_speech(s, v):
            continue
        end = lows[v + 1] if v + 1 < s.n else "."
        if end in STOPS or end == "," or end in POST_QUOTE_PREP or end in (WEEKDAYS):
            typ, conf = classify(s, a, b, memory)
            yield v, Source(a, b, typ, conf * 0.8)


def is_past_speech(s: Sentence, v: int) -> bool:
    """A lower-case past-tense verb that is not an auxiliary ("sighed")."""
    low = s.lows[v]
    return (
        is_lower_word(low)
        and low.endswith("ed")
        and len(low) > 4
        and low not in AUX
        and low not in s.heads
    )


#: Head classes that end a body's name: "the Fish and Wildlife Service" is
#: one source, its head noun shared by both words before it.
_BODY_ENDS = frozenset({HEAD_ORGANIZATION, HEAD_DOCUMENT, HEAD_MEDIA, HEAD_COLLECTIVE})
_NAME_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
_NAMED_CONJUNCTS = frozenset(
    {SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET}
)


def name_conjuncts(
    s: Sentence, src: Source, memory: dict[str, SourceType]
) -> list[Source]:
    """The named parties of a coordinated source, one each (decision 37).

    "Senator Ann Lee and Mayor Tom Park said" -> "Senator Ann Lee", "Mayor Tom
    Park"; "the Herald, the Star and the Post reported" -> each paper (the
    list before "and" is walked back when the subject finder kept only its
    last name). A description after a name goes ("Ann Lee of the finance
    committee"), so does a bracketed gloss. Every part must be a name of a
    person, body or outlet, else the phrase stays one source: "the Fish and
    Wildlife Service", "farmers and ranchers", "she and her staff". An
    empty list means no split.
    """
    lows = s.lows
    a, b = src.a, src.b
    joined = "and" in lows[a : b + 1]
    a = listed_before(s, a, joined=joined)
    if a == src.a and not joined:
        return []
    if a >= 2 and lows[a - 1] == "," and is_name(s, a - 2):
        return []  # a longer list the finder cut: "for Jobs, Growth and Trade"
    parts: list[tuple[int, int]] = []
    start, depth = a, 0
    for i in range(a, b + 1):
        w = lows[i]
        if w == "(":
            depth += 1
        elif w == ")":
            depth -= 1
        elif (
            depth == 0
            and w in (",", "and")
            and not (i + 1 <= b and lows[i + 1] in _NAME_SUFFIXES)
        ):
            if i > start:
                parts.append((start, i - 1))
            start = i + 1
    if start <= b:
        parts.append((start, b))
    if len(parts) < 2:
        return []
    if shares_name(s, parts):
        return []
    out: list[Source] = []
    for p, q in parts:
        q = name_core_end(s, p, q)
        if q < p:
            return []
        typ, conf = classify(s, p, q, memory)
        if typ not in _NAMED_CONJUNCTS:
            return []
        out.append(Source(p, q, typ, conf))
    return out


def shares_name(s: Sentence, parts: list[tuple[int, int]]) -> bool:
    """Whether the parts are words of one name: "the Fish and Wildlife Service".

    The last part has no article of its own and ends in a body's head noun
    that an earlier part lacks ("Wildlife Service" after "Fish") or in an
    abstract noun ("Customs and Border Protection"), or an earlier part
    holds a name with a preposition ("the Centers for Disease Control and
    Prevention", "the Institute of Geology and Mining"). "the Labour Party
    and the Green Party", "Lee and Park" and "the Herald, the Star and the
    Post" are several names.
    """
    lows = s.lows
    p, q = parts[-1]
    if lows[p] == "the":
        return False
    if lows[q].endswith(ABSTRACT_ENDINGS):
        return True
    if s.heads.get(lows[q]) in _BODY_ENDS and any(
        s.heads.get(lows[e]) not in _BODY_ENDS for _, e in parts[:-1]
    ):
        return True
    return any(
        lows[i] in PREP and s.words[i].islower() and is_name(s, i + 1)
        for a, b in parts[:-1]
        for i in range(a, b)
    )


def listed_before(s: Sentence, a: int, *, joined: bool) -> int:
    """The start of a comma list of names before the phrase at token ``a``.

    In "..., the Herald, the Star, and the Post reported" with ``a`` at "the
    Post": "the Herald" (two names or more before ", and"); in "Lee, Park
    and Cho said" with ``a`` at "Park": "Lee" (a list opening the sentence,
    ``joined`` saying that the phrase holds its "and"). ``a`` itself when no
    such list stands before it.
    """
    lows = s.lows
    i = a - 1
    if i < 1 or lows[i] not in ("and", ","):
        return a
    serial = lows[i] == "and"
    if not serial and not joined:
        return a
    i -= 1
    if serial and lows[i] == ",":
        i -= 1
    items = 0
    start = a
    while i >= 0:
        if lows[i] == ")":
            # "Ann Lee (D-Ore.), Tom Park (R-Ky.) and ...": a party tag
            gloss = before_gloss(s, i)
            if gloss is None:
                break
            i = gloss
        if i < 0 or not is_name(s, i):
            break
        e = i
        while e >= 0 and is_name(s, e):
            e -= 1
        p = e if e >= 0 and lows[e] == "the" else e + 1
        items += 1
        start = p
        if p >= 2 and lows[p - 1] == ",":
            i = p - 2
            continue
        break
    if serial:
        # two names or more before ", and"; one when the list opens its
        # clause ("Ann Lee and Tom Park, both members of the panel, said")
        opens = start == s.marks()[0] or lows[start - 1] in DASHES
        return start if items >= 2 or (items == 1 and opens and not titled(s, a)) else a
    # a list with no "and" before the phrase opens the sentence or follows
    # the reported clause ("..., the Post, the Herald and the Star reported")
    opens = start == s.marks()[0] or lows[start - 1] == ","
    return start if items and opens else a


def titled(s: Sentence, a: int) -> bool:
    """Whether the name phrase at ``a`` is a title alone, its holder after a comma.

    "Communities and Housing Minister, Ann Lee, said": "Housing Minister"
    ends in a title, so the "and" joins the two halves of one office.
    """
    e = a
    while e + 1 < s.n and is_name(s, e + 1):
        e += 1
    return e + 1 < s.n and s.lows[e + 1] == "," and s.heads.get(s.lows[e]) == HEAD_TITLE


def name_core_end(s: Sentence, p: int, q: int) -> int:
    """The last token of the name that opens ``[p, q]``, or -1 if it is no name.

    A bracketed gloss and a description after the name are dropped ("Ann
    Lee (D-Ore.)", "Ann Lee of the finance committee", "Ann Lee for the
    Northern District"); the name must start
    with a capital (after "the") and end in a name.
    """
    lows = s.lows
    first = p + 1 if lows[p] == "the" else p
    if not is_name(s, first):
        return -1
    for i in range(first, q + 1):
        if lows[i] == "(" or (
            # a description, not a name's "of": "Ann Lee of the finance
            # committee", but "the Ministry of Health"
            lows[i] in PREP
            and s.words[i].islower()
            and i + 1 <= q
            and not is_name(s, i + 1)
        ):
            q = i - 1
            break
    if q < first or not is_name(s, q):
        return -1
    return q
