"""Noun-phrase chunking over grammar tokens: the phrase ending at a token
(a subject before its verb) and the phrase starting at one (an object, an
agent, a source after "according to"). The heuristics behind the syntax
seam (:mod:`reliability.annotators.attribution.syntax`).
"""

from __future__ import annotations

from reliability.annotators.attribution.lexicon import (
    AUX,
    CONNECT,
    DET,
    HEAD_MODIFIER,
    HEAD_ORGANIZATION,
    HEAD_PRONOUN,
    MONTHS,
    NAME_INNER,
    NAME_PARTICLES,
    NOT_NAME,
    PERSON_HEADS,
    PREP,
    QUANT,
    WH,
)
from reliability.annotators.attribution.sentence import (
    Sentence,
    is_cap,
    is_lower_word,
    is_name,
    is_possessive,
    is_possessive_mark,
    valid_head,
)
from reliability.tokens import QUOTES

#: Words that join two modifiers of one head: "civil and gay rights groups".
_JOINERS = frozenset({"and", "or", "&"})

__all__ = [
    "opens_role_phrase",
    "chunk_left",
    "chunk_right",
    "head_of",
    "is_inner_word",
    "name_part",
    "name_run_is_person",
    "possessor_det",
    "titled_left",
]


def chunk_left(s: Sentence, k: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``k``: ``(a, k)`` or None.

    "the city's chief engineer said", with ``k`` at "engineer": "the city's
    chief engineer"; "one of the nurses"; "the hospital's director, Ann Lee".
    """
    if k < 0 or not valid_head(s, k):
        return None
    lows, words = s.lows, s.words
    if lows[k] in s.pronouns:
        a = k
        return a, k
    a = k
    i = k - 1
    while i >= 0:
        low, w = lows[i], words[i]
        if low == "that":
            break  # a complementizer, not a determiner: "said that Lee said"
        if low in DET and not (is_cap(w) and i > 0 and is_name(s, i)):
            a = i
            # "one of the soldiers", "a spokesman for the council"
            if (
                i >= 2
                and lows[i - 1] in CONNECT
                and (lows[i - 2] in QUANT or valid_head(s, i - 2))
            ):
                a = i - 2
                i -= 3
                continue
            break
        if is_name(s, i) or (
            low in MONTHS
            and is_cap(w)
            and i > 0
            and is_name(s, i - 1)
            and is_name(s, i + 1)
        ):  # "Harbour Day Chief Operating Officer"
            a = i
            i -= 1
            continue
        if ranked_class(s, i, a):
            a = i  # "Sgt. 1st Class Ann Lee": a rank with its class
            i -= 1
            continue
        if is_inner_word(s, i) and is_name(s, a) and is_name(s, i - 1):
            a = i  # "Doctors Without Borders": a capitalised word inside a name
            i -= 1
            continue
        if low in NAME_PARTICLES and is_name(s, a):
            j = i - 1
            while j >= 0 and lows[j] in NAME_PARTICLES:
                j -= 1
            if is_name(s, j):  # "Ursula von der Leyen"
                a = j
                i = j - 1
                continue
        if w.endswith(("'s", "\u2019s")) and is_lower_word(low[:-2]):
            a = i  # "the bakery's head chef"
            i -= 1
            continue
        if is_possessive_mark(s, i) and i >= 2 and is_lower_word(lows[i - 1]):
            a = i - 1  # "the teachers' union": a plural possessor
            i -= 2
            continue
        cls = s.heads.get(low)
        if cls is not None and cls != HEAD_PRONOUN:
            a = i
            i -= 1
            continue
        if (
            (
                low in CONNECT
                or (low == "on" and s.heads.get(lows[i - 1]) == HEAD_ORGANIZATION)
            )
            and i >= 1
            and (is_name(s, i - 1) or lows[i - 1] in s.heads or lows[i - 1] in QUANT)
            # "a spokesman for the council", "chief of staff"
            and (is_name(s, i + 1) or lows[i + 1] in DET or i + 1 == k)
        ):
            a = i - 1
            i -= 2
            continue
        if low == "," and i >= 1 and is_name(s, k) and titled_left(s, i - 1):
            # "Deputy Director of Parks, Ann Lee"
            i -= 1
            continue
        if (is_lower_word(low) or is_number_compound(low)) and not is_name(s, a):
            a = modifiers_start(s, i, a)
        break
    return a, k


def ranked_class(s: Sentence, i: int, a: int) -> bool:
    """Whether token ``i`` is the ordinal of a rank's class opening at ``a``.

    "Sgt. 1st Class Ann Lee", "Petty Officer 2nd Class Ann Lee": the
    ordinal before "Class" and the title before it belong to the name.
    """
    return (
        s.lows[a] == "class"
        and a == i + 1
        and s.lows[i] in ("1st", "2nd", "3rd")
        and i >= 1
        and is_name(s, i - 1)
    )


def modifiers_start(s: Sentence, i: int, a: int) -> int:
    """Where up to two unknown modifiers of a common noun start, or ``a``.

    They end at token ``i`` and are kept only when a determiner, a possessive
    or a name closes them: "the night nurses", "Ohio's state auditor", "the
    country's largest union" (from the possessor's determiner).
    """
    lows, words = s.lows, s.words
    j = i
    while (
        j > i - 2
        and j >= 0
        # a plain word, or a number compound: "the 75-year-old author"
        and (is_lower_word(lows[j]) or is_number_compound(lows[j]))
        and lows[j] not in DET
        and lows[j] not in PREP
        and lows[j] not in AUX
        and lows[j] not in s.verbs
        # "as" or "however" ends the phrase: "Prices rose as analysts said"
        and (lows[j] not in NOT_NAME or lows[j] in MONTHS or lows[j] in _JOINERS)
    ):
        j -= 1
    if (
        j >= 0
        and j < i
        and (
            (lows[j] in DET and lows[j] != "that")
            or words[j].endswith(("'s", "\u2019s"))
            or is_name(s, j)
        )
    ):
        if words[j].endswith(("'s", "\u2019s")) and possessor_det(s, j):
            return j - 1
        return j
    if j < i and opens_speaker(s, j) and named_role(s, a):
        return j + 1  # '"...," construction statistics manager Ann Lee said'
    return named_modifiers_start(s, i, a)


def opens_speaker(s: Sentence, j: int) -> bool:
    """Whether a speaker's phrase may open right after token ``j``.

    At the start of the sentence (``j`` is -1), after a quotation mark, or
    after the comma that closes a quotation ('"...," senior manager Ann Lee').
    """
    if j < 0:
        return True
    w = s.words[j]
    return w in QUOTES or (w == "," and j >= 1 and s.words[j - 1] in QUOTES)


def named_role(s: Sentence, a: int) -> bool:
    """Whether the words from ``a`` end in a person's head word and a name.

    "statistics manager Ann Lee", "senior manager Ann Lee"; not "the
    statistics office".
    """
    for m in range(a, min(a + 3, s.n - 1)):
        if is_name(s, m):
            return False
        if s.heads.get(s.lows[m]) in PERSON_HEADS and is_name(s, m + 1):
            return True
    return False


def named_modifiers_start(s: Sentence, i: int, a: int) -> int:
    """Where a name before one or two lower-case modifiers starts, or ``a``.

    "NASA climate scientist Ann Lee", "Acme sales director Ann Lee": the
    body named before a role keeps the role's modifiers in the phrase, with
    the whole name ("the Acme Group sales director") and its determiner.
    """
    lows, words = s.lows, s.words
    j = i
    while j > i - 2 and j >= 0 and is_lower_word(words[j]) and lows[j] not in DET:
        if (
            lows[j] in PREP
            or lows[j] in AUX
            or lows[j] in s.verbs
            or (lows[j] in NOT_NAME and lows[j] not in _JOINERS)
        ):
            return a  # "Prices rose as analysts said": no modifier
        j -= 1
    if j < 0 or j == i or not is_name(s, j) or s.lows[j] in s.pronouns:
        return a
    while j >= 1 and is_name(s, j - 1):
        j -= 1
    if j >= 1 and lows[j - 1] in DET and lows[j - 1] != "that":
        j -= 1
    return j


def is_number_compound(low: str) -> bool:
    """ "75-year-old", "40-page": a number joined by hyphens to plain words."""
    head, _, rest = low.partition("-")
    return head.isdigit() and rest.replace("-", "").isalpha()


def is_number_modifier(low: str) -> bool:
    """ "75-year-old", "9/11": a number joined to words or numbers as a modifier."""
    if is_number_compound(low):
        return True
    head, slash, rest = low.partition("/")
    return bool(slash) and head.isdigit() and rest.isdigit()


def is_inner_word(s: Sentence, i: int) -> bool:
    """A capitalised function word inside a name ("Doctors Without Borders")."""
    return i >= 1 and s.lows[i] in NAME_INNER and is_cap(s.words[i])


def possessor_det(s: Sentence, j: int) -> bool:
    """Whether a determiner opens the possessor at ``j``: "the city's" (not "that")."""
    return j >= 1 and s.lows[j - 1] in DET and s.lows[j - 1] != "that"


def titled_left(s: Sentence, k: int) -> bool:
    """Whether a title word ends the phrase before a comma at ``k + 1``.

    "Director of Parks, Ann Lee": "Director" ends a titled phrase; so does a
    lower-case role opening its clause ('..." military expert, Col. Ann
    Lee'), but not one ending a fronted phrase ("When she ran for mayor,
    Lee", "her daughter, Diario de Cuba").
    """
    article = False
    for i in range(k, max(-1, k - 8), -1):
        low = s.lows[i]
        cls = s.heads.get(low)
        if cls in PERSON_HEADS:
            if article:
                # the longer title opens its clause: not "After she was named
                # Person of the Year, Lee"
                return opens_title_phrase(s, i)
            return is_cap(s.words[i]) or opens_role_phrase(s, i)
        # "Director General of the Prison Service, Ann Lee": an article
        # inside the title's named complement
        if low == "the" and i >= 1 and s.lows[i - 1] in CONNECT:
            article = True
        elif not (is_name(s, i) or low in CONNECT):
            return False
    return False


def opens_title_phrase(s: Sentence, i: int) -> bool:
    """Whether the title at ``i``, with its names and determiner, opens a clause.

    "The Director of Parks", "the city's Director of Parks" after the
    sentence start, a quote mark or a comma.
    """
    p = i - 1
    while p >= 0 and is_name(s, p) and s.lows[p] not in DET:
        p -= 1
    if p >= 1 and is_possessive(s.words[p]) and possessor_det(s, p):
        p -= 2
    elif p >= 0 and s.lows[p] in DET and s.lows[p] != "that":
        p -= 1
    return p < 0 or s.words[p] in QUOTES or s.lows[p] == ","


def opens_role_phrase(s: Sentence, i: int) -> bool:
    """Whether the role noun at ``i`` and its modifiers open a clause.

    Up to two plain lower-case modifiers before it, then the sentence start,
    a quote mark or a comma.
    """
    p = i - 1
    while p >= max(0, i - 2) and is_lower_word(s.words[p]):
        low = s.lows[p]
        if low in NOT_NAME or low in PREP or low in s.verbs or low in AUX:
            return False  # "As president,", "Speaking to supporters,"
        p -= 1
    if p >= 1 and is_possessive(s.words[p]) and possessor_det(s, p):
        p -= 2  # "the country's top finance official, Ann Lee"
    return p < 0 or s.words[p] in QUOTES or s.lows[p] == ","


def chunk_right(s: Sentence, j: int, stop: int) -> tuple[int, int] | None:
    """The noun phrase starting at token ``j``, ended before ``stop``: ``(j, b)``.

    "according to a senior park official", with ``j`` at "a": "a senior park
    official"; None when no head is found. ``s.walk_end`` is left where the
    walk stopped.
    """
    lows, words = s.lows, s.words
    i = j
    if i < stop and lows[i] in s.pronouns and lows[i] not in ("which",):
        s.walk_end = i
        return i, i
    i = after_determiners(s, i, stop)
    unknown = 0
    lead = number_lead(s, i, stop) if i == j else 0
    if lead:
        i, unknown = i + lead, 1  # "2016 candidate Ann Lee", "9/11 widow Ann Lee"
    last: int | None = None
    titled = False
    is_open = True  # modifiers may still come before a head
    while i < stop:
        low, w = lows[i], words[i]
        if is_name(s, i) and not (last is not None and lows[last] in MONTHS):
            if s.heads.get(low) in PERSON_HEADS:
                titled = True
            last, is_open = i, False
            i += 1
            if (
                w.endswith(".")
                and i < stop
                and is_lower_word(lows[i])
                and lows[i] not in s.verbs
                and lows[i] not in PREP
                and lows[i] not in AUX
            ):
                last = i  # "The U.N. office": an acronym modifies a noun
                i += 1
            if w.endswith(("'s", "\u2019s")):
                # "Lee's cooking show": a possessive is a determiner
                last, unknown, is_open = None, 0, True
            continue
        if last is None and unknown < 2 and is_common_possessor(s, i):
            # "the coroner's report", "the city's own figures": a common-noun
            # possessor is a determiner of the head that follows
            i += 1
            continue
        cls = s.heads.get(low)
        if (
            cls is not None
            and cls != HEAD_PRONOUN
            and (is_open or cls != HEAD_MODIFIER)
        ):
            if cls in PERSON_HEADS:
                titled = True
            if cls != HEAD_MODIFIER:
                last, is_open = i, False
            i += 1
            continue
        if (
            low in CONNECT
            and last == i - 1
            and i + 1 < stop
            and (is_name(s, i + 1) or lows[i + 1] in DET)
        ):
            i += 1
            while i < stop and lows[i] in DET and not is_name(s, i):
                i += 1  # "a letter from the council"
            unknown, is_open = 0, True
            continue
        if low == "," and last == i - 1 and titled and name_after_title(s, j, i, stop):
            i += 1
            continue
        skip = inner_words(s, i, stop) if last == i - 1 else 0
        if skip:
            i += skip
            continue
        if (
            is_open
            # a plain word, or a number joined to words: "23-year-old", "9/11"
            and (is_lower_word(low) or (is_number_modifier(low) and unknown == 0))
            and unknown < 2
            and low not in PREP
            and low not in AUX
            and (
                low not in s.verbs
                # "a written statement": a participle after a determiner
                or (i > j and lows[i - 1] in DET and low.endswith(("ed", "en")))
            )
        ):
            unknown += 1
            i += 1
            continue
        break
    s.walk_end = i
    if last is None:
        return None
    return j, last


def inner_words(s: Sentence, i: int, stop: int) -> int:
    """How many tokens at ``i`` a phrase walks past inside a name (0 if none).

    "Sgt. (retired) Ann Lee" (:func:`title_aside`), "NASA climate scientist
    Ann Lee" (:func:`role_after_body`).
    """
    return title_aside(s, i, stop) or role_after_body(s, i, stop)


def title_aside(s: Sentence, i: int, stop: int) -> int:
    """How many tokens a bracketed aside after a title takes at ``i`` (0 if none).

    "Sgt. (retired) Ann Lee", "Maj. (Dr.) Ann Lee": one or two words in
    brackets between a title and the name it goes with.
    """
    lows = s.lows
    if lows[i] != "(" or s.heads.get(lows[i - 1].rstrip(".")) not in PERSON_HEADS:
        return 0
    for n in (3, 4, 5):
        close = i + n - 1
        if (
            close + 1 < stop
            and lows[close] == ")"
            and lows[i + 1].rstrip(".").isalpha()
            and all(
                lows[m].rstrip(".").isalpha() or lows[m] == "."
                for m in range(i + 1, close)
            )
            and is_name(s, close + 1)
        ):
            return n
    return 0


def role_after_body(s: Sentence, i: int, stop: int) -> int:
    """How many lower-case modifiers lead from a name to a role at ``i`` (0 if none).

    "said NASA climate scientist Ann Lee": one or two plain words, then a
    person's head word followed by a name; not "said NASA officials".
    """
    lows = s.lows
    for n in (1, 2):
        h = i + n
        if h + 1 >= stop or not all(
            is_lower_word(s.words[m])
            and lows[m] not in s.verbs
            and lows[m] not in PREP
            and lows[m] not in AUX
            and lows[m] not in DET
            for m in range(i, h)
        ):
            return 0
        if s.heads.get(lows[h]) in PERSON_HEADS and is_name(s, h + 1):
            return n
    return 0


def number_lead(s: Sentence, i: int, stop: int) -> int:
    """How many tokens a number modifying a name takes at ``i`` (0 if none).

    "2016 candidate Ann Lee", "9/11 widow Ann Lee": a number (or two joined
    by a slash) before one plain word and a name, opening the phrase (after
    a determiner it names a thing: "the 1990 film Home Alone"). Not "20
    people" nor "2019 figures", where no name follows.
    """
    lows = s.lows
    if i >= stop or not lows[i].isdigit():
        return 0
    n = 3 if i + 2 < stop and lows[i + 1] == "/" and lows[i + 2].isdigit() else 1
    k = i + n
    if k + 1 < stop and is_lower_word(lows[k]) and is_name(s, k + 1):
        return n
    return 0


def after_determiners(s: Sentence, i: int, stop: int) -> int:
    """The first token from ``i`` past the determiners that open a phrase.

    "the", "a", "some of the": the words before any modifier or head. A
    determiner that may be part of a name (``is_name``) is not skipped.
    """
    lows = s.lows
    while i < stop and lows[i] in DET and not is_name(s, i):
        i += 1
        if i + 1 < stop and lows[i] == "of" and lows[i + 1] in DET:
            i += 1
    return i


def name_after_title(s: Sentence, j: int, i: int, stop: int) -> bool:
    """Whether the comma at ``i`` joins a title to the name that follows it.

    "the club's head coach, Ann Lee": the walk from ``j`` goes on past the
    comma. Not when the phrase before the comma is no title ("the official
    history of the club, Lee ...") or already ends in a personal name.
    """
    lows = s.lows
    last = i - 1
    return (
        (is_name(s, last) or s.heads.get(lows[last]) in PERSON_HEADS)
        and i + 1 < stop
        and is_name(s, i + 1)
        and not name_run_is_person(s, j, i - 1)
    )


def is_common_possessor(s: Sentence, i: int) -> bool:
    """ "coroner's", "city's", "WHO's": a possessor, not "she's" or "it's"."""
    w = s.words[i]
    if not w.endswith(("'s", "\u2019s")):
        return False
    if len(w) > 4 and w[:-2].isupper() and w[:-2].isalpha():
        return True  # an acronym: "the WHO's director"
    owner = s.lows[i][:-2]
    return (
        is_lower_word(owner)
        and owner not in s.pronouns
        and owner not in DET
        and owner not in NOT_NAME
        and owner not in WH
    )


def name_run_is_person(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b]`` already ends in a personal name after a title.

    "Coach Ann Lee" does; "the coach" does not.
    """
    n = b
    while n >= a and is_name(s, n) and s.heads.get(s.lows[n]) is None:
        n -= 1
    return n < b and n >= a and s.heads.get(s.lows[n]) in PERSON_HEADS


def name_part(s: Sentence, a: int, b: int) -> int:
    """Start of the trailing run of capitalised words in ``[a, b]`` (b+1: none).

    "the city's Parks Department" -> "Parks"; "Bank of Spain" is one run.
    """
    n = b
    while n >= a and (
        is_name(s, n)
        or (
            (s.lows[n] in CONNECT or is_inner_word(s, n))
            and n > a
            and is_name(s, n - 1)
            and is_name(s, n + 1)
        )
    ):
        n -= 1
    return n + 1


def head_of(s: Sentence, a: int, b: int) -> int:
    """The head token of the phrase ``[a, b]``: the word before its modifier.

    "a spokesman for the city" -> "spokesman", "Head of State" -> "Head";
    "one of the officials" and "Bank of Spain" keep their last word (a
    quantifier, a name).
    """
    lows = s.lows
    for c in range(a + 1, b):
        if (
            lows[c] in CONNECT
            and lows[c - 1] not in QUANT
            and (
                not (is_name(s, c - 1) and is_name(s, c + 1))
                # "Head of State", "Chief of Staff of the Army": an office
                or (lows[c] == "of" and s.heads.get(lows[c - 1]) in PERSON_HEADS)
            )
        ):
            return c - 1
    return b
