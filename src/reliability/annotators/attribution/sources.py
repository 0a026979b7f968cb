"""Source typing: which :class:`~reliability.schema.SourceType` a phrase is
(ANNOTATION.md, "Attributions", judgement calls 12 and 13), driven by the
head-noun table (``source_heads.tsv``), the outlet and place gazetteers
(``media_names.txt``, ``place_names.txt``), capitalisation and the names the
document has typed before.
"""

from __future__ import annotations

from functools import cache

from reliability.annotators.attribution.chunks import (
    is_inner_word,
    name_part,
)
from reliability.annotators.attribution.lexicon import (
    ANONYMITY,
    ANONYMOUS_HEADS,
    COMMON_PLURAL,
    DEFINITE,
    DET,
    HEAD_COLLECTIVE,
    HEAD_DOCUMENT,
    HEAD_JOURNALIST,
    HEAD_MEDIA,
    HEAD_MODIFIER,
    HEAD_ORGANIZATION,
    HEAD_PRONOUN,
    HEAD_ROLE,
    HEAD_TITLE,
    MASS_DOCUMENTS,
    OPINION_WRITERS,
    ORGANIZATION_NAME_ENDS,
    ORGANIZATION_NAME_STARTS,
    ORGANIZATIONS,
    PERSON_HEADS,
    PLURAL_MEN,
    WEASEL_DOCUMENTS,
    AttributionLexicon,
    HeadClass,
)
from reliability.annotators.attribution.sentence import (
    Sentence,
    is_cap,
    is_name,
    is_possessive,
)
from reliability.outlets import builtin_table
from reliability.schema import SourceType
from reliability.tokens import (
    DASHES,
    QUOTE_LIKE,
)

_BODY_HEADS = frozenset({HEAD_ORGANIZATION, HEAD_MEDIA})
_NOT_HEADS = frozenset({None, HEAD_MODIFIER})
_OUTLET_KINDS = frozenset({HEAD_COLLECTIVE, HEAD_MEDIA})
_TITLE_WORDS = PERSON_HEADS | {HEAD_MODIFIER}

__all__ = [
    "anonymity_end",
    "classify",
    "common_type",
    "named_type",
    "plural_people_opening",
    "titled_at",
    "document_type",
    "is_media_words",
    "is_registry_outlet",
    "may_name_outlet",
    "members_of_named_body",
    "narrow",
    "stand_in_document",
]


def is_media_words(lex: AttributionLexicon, lows: list[str]) -> bool:
    """Whether ``lows`` hold an outlet name of one or two words ("the bbc said")."""
    if any(w in lex.media for w in lows):
        return True
    return any(p in lex.media2 for p in zip(lows, lows[1:], strict=False))


Typed = tuple[SourceType, float]


def classify(s: Sentence, a: int, b: int, memory: dict[str, SourceType]) -> Typed:
    """The type of the source phrase ``[a, b]`` and how sure the typing is.

    A pronoun is a pronoun; a phrase with a modifier ("a spokesman for the
    city") is typed by its head; a run of capitalised words by the name
    rules (:func:`named_type`); anything else by its head noun
    (:func:`common_type`). ``memory`` holds the types of names seen earlier
    in the document ("Smith" after "Mayor Jane Smith").
    """
    lows = s.lows
    if lows[a] in s.pronouns:
        return SourceType.PRONOUN, 0.9
    if document_from(s, a, b):
        return SourceType.DOCUMENT, 0.8  # "Revised figures from the agency"
    h = s.syntax.head_of(s, a, b)
    if (
        h < b
        and any(
            s.heads.get(lows[i].rstrip(".")) in PERSON_HEADS and is_cap(s.words[i])
            for i in range(a, h + 1)
        )
        and ends_in_full_name(s, h, b)
    ):
        # "President of the Regional Council Ann Lee", "The Director of the
        # Zoo, Ann Lee": the office, then the person who holds it
        return SourceType.NAMED_PERSON, 0.85
    if h < b:
        if s.heads.get(lows[h]) == HEAD_JOURNALIST and is_media_words(
            s.lex, lows[h + 2 : b + 1]
        ):
            return SourceType.MEDIA_OUTLET, 0.8  # "a reporter for the Daily Star"
        if members_of_named_body(s, h, b):
            return SourceType.ANONYMOUS, 0.7  # "Forecasters at the Weather Service"
        b = h
    head_cls = s.heads.get(lows[b])
    if head_cls == HEAD_PRONOUN:  # "both sides"
        return SourceType.PRONOUN, 0.85
    if (
        head_cls in _OUTLET_KINDS
        and is_media_words(s.lex, lows[a : b + 1])
        and not is_document_plural(s, b)
    ):
        return SourceType.MEDIA_OUTLET, 0.75  # "State media": an outlet by kind
    n = name_part(s, a, b)
    if n <= b:
        if n == b and head_cls == HEAD_COLLECTIVE:
            return SourceType.VAGUE, 0.7  # "Democrats said"
        if (
            n == a
            and all(
                s.heads.get(w) not in (None, HEAD_MODIFIER) for w in lows[n : b + 1]
            )
            and opens_sentence(s, n)
        ):
            n = b + 1  # "Neighbours told reporters": a capitalised common noun
        elif plural_people_opening(s, a, n, b, head_cls):
            return SourceType.VAGUE, 0.6  # "Economists disagree"
    det = lows[a] if lows[a] in DET else None
    if n <= b:
        return named_type(s, a, n, b, head_cls, det, memory)
    return common_type(s, a, b, head_cls, det)


def document_from(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b]`` is a document with its author or addressee after it.

    "Revised figures from the statistics office", "Preliminary reports by the
    weather service", "Letter to the finance minister": the text is the
    source, identified by who wrote it or whom it was sent to (annotation
    notes, decision 12: documents keep their identifying modifiers), not the
    people of that body nor a vague plural of reports.
    """
    lows = s.lows
    for i in range(a + 1, b):
        low = lows[i]
        if low in _DOCUMENT_LINKS:
            head = lows[i - 1]
            return s.heads.get(head) == HEAD_DOCUMENT or is_document_plural(s, i - 1)
        if not lows[i].isalpha():
            return False
    return False


#: Prepositions between a document and who wrote it or whom it is to.
_DOCUMENT_LINKS = frozenset({"by", "from", "to"})


def opens_sentence(s: Sentence, n: int) -> bool:
    """Whether token ``n`` opens the sentence, where any word is capitalised.

    At the start, after a quotation mark, or after an opening dateline and
    its dash: "NAIROBI — Officials say", "LYON, France - Doctors said".
    """
    if n == 0 or s.words[n - 1] in QUOTE_LIKE:
        return True
    if s.words[n - 1] not in DASHES or n > 6:
        return False
    return all(w[:1].isupper() or w in (",", ".") for w in s.words[: n - 1])


def members_of_named_body(s: Sentence, h: int, b: int) -> bool:
    """Whether plural head ``h`` is people of a body named after it.

    "Forecasters at the National Weather Service", "Scientists with NASA",
    "Economists from the Bank of Canada": unnamed people of a named body
    (annotation notes, "Experts with NASA" is anonymous), not a kind of
    people in general (vague) nor the body itself.
    """
    lows = s.lows
    if h + 2 > b or lows[h + 1] not in ("at", "with", "from"):
        return False
    if not lows[h].endswith("s") or s.heads.get(lows[h]) in _BODY_HEADS:
        return False
    j = h + 2
    if lows[j] in DET and j < b:
        j += 1
    return is_name(s, j)


def is_document_plural(s: Sentence, b: int) -> bool:
    """ "news reports", "press accounts": the plural of a document noun.

    Reports that no outlet is named for are a vague source (decisions 39
    and 61: "Media reports", "U.S. media reports"), not the outlet itself.
    """
    low = s.lows[b]
    return low.endswith("s") and s.heads.get(low[:-1]) == HEAD_DOCUMENT


def plural_people_opening(
    s: Sentence, a: int, n: int, b: int, head_cls: HeadClass | None
) -> bool:
    """Whether a lone capitalised plural opens the clause: "Economists disagree"."""
    lows = s.lows
    return (
        n == a == b
        and head_cls is None
        and opens_sentence(s, n)
        and len(lows[b]) > 6
        and lows[b].endswith(COMMON_PLURAL)
        and not is_media_words(s.lex, lows[b : b + 1])
        and lows[b] not in s.lex.places
    )


def named_type(
    s: Sentence,
    a: int,
    n: int,
    b: int,
    head_cls: HeadClass | None,
    det: str | None,
    memory: dict[str, SourceType],
) -> Typed:
    """The type of a phrase ``[a, b]`` whose name runs from ``n``.

    "Health Minister Jane Roe" is a person (a title before the name), "the
    Daily Star" an outlet, "the Red Cross", "Statistics Canada" and "NASA"
    organisations, "Spain"
    a government; a bare name is a person unless the document typed it.
    """
    lows = s.lows
    name = [w.strip(".").lower() for w in s.words[n : b + 1]]
    name = [w[:-2] if is_possessive(w) else w for w in name]
    if len(name) > 1 and name[-1] in _COMPANY_ENDS:
        # "Harbour Media Group PLC", "Daily Star Corp.": the company that owns
        # a paper speaks as a business, not as the outlet
        return SourceType.NAMED_ORGANIZATION, 0.8
    if is_registry_outlet(s, n, b, memory):
        return SourceType.MEDIA_OUTLET, 0.85  # "The Economist reports"
    if any(is_inner_word(s, i) for i in range(n + 1, b)):
        # "Doctors Without Borders": no title and no person's name
        return SourceType.NAMED_ORGANIZATION, 0.8
    if det in DEFINITE and (
        (
            s.heads.get(lows[b]) in PERSON_HEADS
            and all(s.heads.get(w) in _TITLE_WORDS for w in lows[n:b])
        )
        or office_without_name(s, n, b)
    ):
        # "the President understands", "The Prime Minister welcomed": a
        # title without a name stands in for someone named elsewhere (call 13)
        return SourceType.PRONOUN, 0.75
    t = titled_at(s, a, b)
    if t == n and len(name) > 1 and name[-1] in ORGANIZATION_NAME_ENDS:
        # "General Motors", "General Electric": a company name that opens
        # with a word that is also a title, and no personal name after it
        t = None
    if t is not None and t < b:
        if lows[t] in OPINION_WRITERS:
            # "a newspaper's media columnist Jane Roe": a columnist speaks for
            # herself, not for the outlet that prints her
            return SourceType.NAMED_PERSON, 0.85
        if s.heads.get(lows[t]) == HEAD_JOURNALIST or (
            # "BBC reporter Ann Lee" speaks for the outlet; "CNN President
            # Ann Lee" is an executive, a person (annotation notes, decision 39)
            is_media_words(s.lex, lows[a:t]) and s.heads.get(lows[t]) != HEAD_TITLE
        ):
            return SourceType.MEDIA_OUTLET, 0.85
        return SourceType.NAMED_PERSON, 0.9
    if (
        is_media_words(s.lex, name)
        or s.heads.get(lows[n - 1] if n > a else "") == HEAD_MEDIA
    ):
        return SourceType.MEDIA_OUTLET, 0.85
    if (
        n > a
        and s.heads.get(lows[n - 1]) == HEAD_ORGANIZATION
        and all(s.heads.get(w) is None for w in name)
    ):
        # "the research group Netblocks", "the state agency Energoatom": a
        # body named after the noun of its kind
        return SourceType.NAMED_ORGANIZATION, 0.8
    if (
        any(s.heads.get(w) == HEAD_ORGANIZATION for w in name)
        or (len(name) > 1 and name[-1] in ORGANIZATION_NAME_ENDS)
        # "Statistics Canada", "Stats NZ": an office named by its field
        or (len(name) > 1 and name[0] in ORGANIZATION_NAME_STARTS)
        or (len(name) == 1 and name[0] in ORGANIZATIONS)
    ):
        # "the Harbour Trust", "Rights Watch", "Oxfam": an organisation's name
        return SourceType.NAMED_ORGANIZATION, 0.85
    if is_acronym_or_place(s, n, b, name):
        return SourceType.NAMED_ORGANIZATION, 0.8  # "NASA", "Spain"
    if names_instrument(s, b, det, name):
        # "The Constitution says", "the Geneva Convention states": a text
        # known by its name, not the body that wrote it
        return SourceType.DOCUMENT, 0.75
    if det == "the":
        return SourceType.NAMED_ORGANIZATION, 0.75  # "the Vatican"
    if head_cls == HEAD_ORGANIZATION:
        return SourceType.NAMED_ORGANIZATION, 0.75
    remembered = memory.get(name[-1])
    if remembered is not None:
        return remembered, 0.8
    return SourceType.NAMED_PERSON, 0.8


def is_acronym_or_place(s: Sentence, n: int, b: int, name: list[str]) -> bool:
    """Whether the name ``[n, b]`` is an acronym ("NASA") or a place ("Spain").

    An agency known by its initials, or a country or city standing for its
    government, is an organisation.
    """
    surface = s.words[n : b + 1]
    if (
        len(surface) == 1
        and surface[0].replace(".", "").isupper()
        and len(surface[0].replace(".", "")) > 1
    ):
        return True
    return (
        " ".join(name) in s.lex.places
        or tuple(name) in s.lex.places2
        or (len(name) == 1 and name[0] in s.lex.places)
    )


#: Nouns that end the name of a law, a treaty or an order: "the Clean Water
#: Act", "the Treaty of Rome", "the UN Charter", "Executive Order 123".
_INSTRUMENTS = frozenset(
    {
        "accord",
        "accords",
        "act",
        "agreement",
        "charter",
        "constitution",
        "convention",
        "covenant",
        "declaration",
        "directive",
        "order",
        "protocol",
        "resolution",
        "statute",
        "treaty",
    }
)


def names_instrument(s: Sentence, b: int, det: str | None, name: list[str]) -> bool:
    """Whether a capitalised name ending at ``b`` is a law, treaty or charter.

    "The Constitution", "the Paris Agreement", "the Universal Declaration of
    Human Rights" (cut at its head): a document by its name (annotation
    notes, decision 39). A lone word needs an article ("This Order" but not
    "Order"); "the Order of the Garter" is a body.
    """
    if not (det or len(name) > 1):
        return False
    if name[-1] in _INSTRUMENTS:
        return not (name[-1] == "order" and b + 1 < s.n and s.lows[b + 1] == "of")
    # "the Treaty of Rome": the instrument before the of-phrase naming it
    return any(
        w in _INSTRUMENTS and w != "order" and nxt == "of"
        for w, nxt in zip(name, name[1:], strict=False)
    )


#: Words that end a company's registered name: "Harbour Holdings PLC".
_COMPANY_ENDS = frozenset(
    {"ag", "co", "company", "corp", "corporation", "inc", "llc", "ltd", "plc", "sa"}
)


def office_without_name(s: Sentence, n: int, b: int) -> bool:
    """Whether capitalised ``[n, b]`` is an office: "Home Secretary".

    A title head after capitalised words that name no outlet ("The Home
    Secretary", "the Iranian Foreign Minister", "the Senate Majority Leader"):
    one holder of an office, never the organisation the office belongs to.
    """
    lows = s.lows
    if s.heads.get(lows[b]) != HEAD_TITLE or n == b:
        return False
    if not all(is_cap(s.words[i]) for i in range(n, b)):
        return False
    if any(s.heads.get(w) not in _TITLE_OR_PLAIN for w in lows[n:b]):
        return False
    return not is_media_words(s.lex, lows[n:b])


#: Head classes a word before an office may have: "Deputy", "Foreign",
#: "Senate" (the body the office belongs to), none.
_TITLE_OR_PLAIN = _TITLE_WORDS | {None, HEAD_ORGANIZATION}


def is_registry_outlet(
    s: Sentence, n: int, b: int, memory: dict[str, SourceType]
) -> bool:
    """Whether the name ``[n, b]`` is exactly an outlet of the registry.

    "The Harbour Independent reports": the outlet table (``outlets.csv``)
    knows the name as written, with its article ("told Hill" is a person); a
    name the document gave a person is never an outlet.
    """
    if n > b or is_possessive(s.words[b]):
        return False
    if memory.get(s.lows[b].strip(".")) is SourceType.NAMED_PERSON:
        return False
    start, end = s.starts[n], s.ends[b]
    if not may_name_outlet(s.text[start:end].lower()):
        return False
    match = builtin_table().name_in(s.text, start, end)
    if match is None or match.start != start or match.end != end:
        return False
    # the name as written, with its article: "The Hill" but not "told Hill"
    said = s.text[start:end].lower()
    labels = {x.lower() for x in (match.entry.name, *match.entry.aliases)}
    the = n > 0 and s.lows[n - 1] == "the"
    return said in labels or (the and f"the {said}" in labels)


def may_name_outlet(said: str) -> bool:
    """Whether ``said`` (lower case), alone or after "the", is an outlet's label.

    The registry tests end by comparing the words as written with the
    labels of the outlet found; a phrase that is no label of any outlet
    fails them all, so it is ruled out here without a search of the table.
    """
    labels = _outlet_labels()
    return said in labels or f"the {said}" in labels


@cache
def _outlet_labels() -> frozenset[str]:
    """Every name and alias of the packaged registry, in lower case."""
    return frozenset(
        label.lower() for e in builtin_table() for label in (e.name, *e.aliases)
    )


def titled_at(s: Sentence, a: int, b: int) -> int | None:
    """The last title word of ``[a, b]`` that a personal name follows, else None.

    "Mayor Jane Roe" -> "Mayor"; "Secretary of State Ann Lee" -> "Secretary";
    not in "Mayor of the City Council", where an organisation word follows
    the title.
    """
    lows = s.lows
    for i in range(b, a - 1, -1):
        # "Army Sgt. Ann Lee": an abbreviated title keeps its full stop (not
        # after a lower-case head: "a spokesman for Gov. Ann Lee")
        low = lows[i]
        if low.endswith(".") and all(
            is_name(s, j) or lows[j] in DET for j in range(a, i)
        ):
            low = low.rstrip(".")
        if s.heads.get(low) in PERSON_HEADS:
            if i < b and any(
                s.heads.get(w) in _BODY_HEADS for w in lows[i + 1 : b + 1]
            ):
                # "Secretary of State Ann Lee": the body is part of the
                # title when a personal name of two words ends the phrase
                return i if ends_in_full_name(s, i, b) else None
            return i
    return None


def ends_in_full_name(s: Sentence, i: int, b: int) -> bool:
    """Whether two capitalised words that head no source end ``(i, b]``: "Ann Lee"."""
    return (
        b - 2 > i
        and is_name(s, b)
        and is_name(s, b - 1)
        and s.lows[b] not in s.heads
        and s.lows[b - 1] not in s.heads
        and s.lows[b - 2] not in ("of", "for", "and")
    )


def common_type(
    s: Sentence, a: int, b: int, head_cls: HeadClass | None, det: str | None
) -> Typed:
    """The type of a phrase without a name, from its head noun and determiner.

    "the report" stands in for a document named elsewhere (a pronoun), "a
    report" is a document, "experts" vague, "the agency" a pronoun, "an
    agency" anonymous, "a senior official" anonymous.
    """
    lows = s.lows
    has_cap = any(is_name(s, i) for i in range(a, b))
    plural = lows[b].endswith("s") or lows[b].endswith(PLURAL_MEN)
    if stand_in_document(s, a, b):
        return SourceType.PRONOUN, 0.75  # "the reports said"
    if head_cls == HEAD_DOCUMENT:
        return SourceType.DOCUMENT, 0.85
    if head_cls == HEAD_COLLECTIVE:
        return SourceType.VAGUE, 0.85
    if head_cls == HEAD_MEDIA:
        if own_website(s, a, b):
            return SourceType.DOCUMENT, 0.7  # "its website", "the council's website"
        if has_cap:
            return SourceType.MEDIA_OUTLET, 0.75
        if det in DEFINITE:
            return SourceType.PRONOUN, 0.8
        return SourceType.ANONYMOUS, 0.5
    if head_cls == HEAD_ORGANIZATION:
        if has_cap:
            if is_media_words(s.lex, lows[a:b]):
                return SourceType.MEDIA_OUTLET, 0.7  # "the state news agency"
            return SourceType.NAMED_ORGANIZATION, 0.7
        if det == "the" and lows[b] in _INSTITUTIONS and not kind_named_before(s, a, b):
            # "The military said" where the text never names the military
            return SourceType.NAMED_ORGANIZATION, 0.6
        if det in DEFINITE and not plural:
            return SourceType.PRONOUN, 0.8
        if a == b and det is None and not lows[b].endswith("s"):
            return SourceType.NAMED_ORGANIZATION, 0.6  # "Police said" (call 12)
        if b == a + 1 and det == "the" and plural and not lows[b].endswith("s"):
            return SourceType.NAMED_ORGANIZATION, 0.6  # "the police said", too
        return SourceType.ANONYMOUS, 0.6
    if head_cls in PERSON_HEADS:
        if det in DEFINITE and not plural and lows[b] != "source":
            return SourceType.PRONOUN, 0.75
        if (
            det == "the"
            and plural
            and head_cls == HEAD_ROLE
            and mentioned_before(s, a, b)
        ):
            # "... candidates held a rally. The candidates said": people the
            # text has already named
            return SourceType.PRONOUN, 0.6
        if unique_office(s, a, b, head_cls):
            return SourceType.NAMED_PERSON, 0.7
        return SourceType.ANONYMOUS, 0.85
    if det in DEFINITE:
        return SourceType.PRONOUN, 0.5
    return SourceType.ANONYMOUS, 0.5


#: Heads for a body's own pages on the web.
_WEB_PAGES = frozenset({"homepage", "site", "webpage", "website"})
#: Possessive determiners: "its website", "their site".
_POSSESSIVE_DETS = frozenset({"her", "his", "its", "my", "our", "their", "your"})


def own_website(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b]`` is a website that belongs to someone: "its website".

    "According to its website", "the ministry's website says": the pages where
    a body keeps its own text are a document (annotation notes, decision 60),
    unlike a news site ("the BBC website") or a website standing for an outlet.
    """
    lows = s.lows
    if lows[b] not in _WEB_PAGES or a == b:
        return False
    owner = [w[:-2] if is_possessive(w) else w for w in lows[a:b]]
    if is_media_words(s.lex, owner):
        return False
    return lows[a] in _POSSESSIVE_DETS or any(
        is_possessive(s.words[i]) for i in range(a, b)
    )


#: Institutions a country has one of, which a text may name by their kind
#: alone (annotation notes, D2 and decision 39): "The military said", "the
#: jury found", "The ambulance service reported".
_INSTITUTIONS = frozenset(
    {
        "coastguard",
        "government",
        "judiciary",
        "jury",
        "military",
        "prosecution",
        "service",
    }
)


def kind_named_before(s: Sentence, a: int, b: int) -> bool:
    """Whether text before the phrase names the institution that head ``b`` is.

    "South Sudan's government says ... The government said": the definite
    description stands in for the named one (a pronoun, D2); "the Welsh
    Government", "the Government of Chile" name it too.
    """
    head = s.lows[b]
    before = s.text[: s.starts[a]]
    words = before.replace("\u2019", "'").split()
    for i, w in enumerate(words):
        if w.lower().strip(".,;:") != head:
            continue
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (prev[:1].isupper() and prev.lower() not in ("the", "a", "an")) or (
            nxt == "of" and i + 2 < len(words) and words[i + 2][:1].isupper()
        ):
            return True
    return False


def mentioned_before(s: Sentence, a: int, b: int) -> bool:
    """Whether head ``b`` of the phrase at ``a`` occurs earlier in the text.

    "Five candidates held a rally. The candidates said ...": the definite
    phrase refers back to them; "The foot soldiers said" on first mention
    does not.
    """
    head = s.lows[b]
    before = s.text[: s.starts[a]].lower()
    return any(w.strip(".,;:!?\"'") == head for w in before.split())


def unique_office(s: Sentence, a: int, b: int, head_cls: HeadClass | None) -> bool:
    """ "Somalia's prime minister", "the city's mayor": one office of a named body.

    A capitalised possessor opening the phrase, plain words, then a title
    head in the singular: the holder is one on-record person (annotation
    notes, D7), unlike "a ministry spokesman" or "the agency's officials".
    """
    first = s.words[a]
    return (
        head_cls == HEAD_TITLE
        and a < b
        and is_possessive(first)
        and first[:1].isupper()
        and not s.lows[b].endswith("s")
        and not s.lows[b].startswith("spokes")
        and all(s.words[i].islower() for i in range(a + 1, b + 1))
    )


def narrow(s: Sentence, a: int, b: int) -> tuple[int, int]:
    """Trim a phrase to its head (judgement call 12).

    "a report from Radio Harbour" -> "Radio Harbour"; "The NHS (National
    Health Service)" never reaches here (parentheses stop a phrase).
    """
    for i in range(a, b):
        if s.heads.get(s.lows[i]) == HEAD_DOCUMENT and s.lows[i + 1] in (
            "from",
            "by",
            "of",
        ):
            n = i + 2
            if n <= b and is_media_words(s.lex, s.lows[n : b + 1]) and is_name(s, b):
                return n, b
    return a, b


def document_type(s: Sentence, a: int, b: int) -> SourceType:
    """A document source, or a weasel one: "studies show", "research suggests".

    A bare plural or mass document noun names no identified document
    (ANNOTATION.md: vague covers unidentified collective sources).
    """
    low = s.lows[a]
    if a == b and low in WEASEL_DOCUMENTS:
        return SourceType.VAGUE
    if stand_in_document(s, a, b):
        return SourceType.PRONOUN
    return SourceType.DOCUMENT


def stand_in_document(s: Sentence, a: int, b: int) -> bool:
    """ "the reports said": documents named elsewhere.

    A bare "the" and a plural document noun, with no modifier, possessive or
    of-phrase, stands in for documents the text names elsewhere (judgement
    call 13). One document ("the study found", "the report said") is
    identified by the article itself and stays a document (annotation notes,
    decision 12: documents are typed as documents).
    """
    lows = s.lows
    return (
        b == a + 1
        and lows[a] == "the"
        and lows[b].endswith("s")
        and not lows[b].endswith(("ss", "sis"))  # "the analysis" is one
        and (s.heads.get(lows[b]) == HEAD_DOCUMENT or lows[b] in WEASEL_DOCUMENTS)
        and lows[b] not in MASS_DOCUMENTS
        and s.words[b].islower()
        and not (b + 1 < s.n and lows[b + 1] == "of")
    )


def anonymity_end(s: Sentence, b: int) -> int:
    """End of "officials who asked not to be named" after head ``b``, else ``b``.

    ANNOTATION.md gives that whole phrase as an anonymous source.
    """
    lows = s.lows
    if b + 1 >= s.n or not (
        lows[b + 1] == "who" or (lows[b + 1].endswith("ing") and lows[b + 1].isalpha())
    ):
        return b  # "who asked not to be named", "speaking on condition of anonymity"
    if s.heads.get(lows[b]) not in ANONYMOUS_HEADS:
        return b
    for i in range(b + 2, min(s.n, b + 14)):
        if lows[i] in ANONYMITY:
            return i
        if not lows[i].isalnum() and lows[i] not in ("-",):
            return b
    return b
