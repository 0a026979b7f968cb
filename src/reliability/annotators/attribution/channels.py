"""Channels: the outlet or account a statement went through (judgement call 8):
"told a news agency", "in a statement", "on its website", "In an interview
with a broadcaster,".
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from reliability.annotators.attribution.lexicon import (
    CHANNEL_PREP,
    DET,
    DOCUMENT_TAIL,
    HEAD_DOCUMENT,
    HEAD_JOURNALIST,
    HEAD_MEDIA,
    HEAD_ORGANIZATION,
    INTERVIEW,
    INTERVIEWED,
    LEADERS,
    PLATFORMS,
    POSSESSIVES,
    STRICT_AUX,
    TELL_FORMS,
    TIME_WORDS,
    WEASEL_DOCUMENTS,
    WEEKDAYS,
)
from reliability.annotators.attribution.sentence import (
    Sentence,
    Source,
    is_name,
    is_possessive,
    is_possessive_mark,
)
from reliability.annotators.attribution.sources import is_media_words, may_name_outlet
from reliability.annotators.attribution.subjects import (
    right_source,
)
from reliability.outlets import builtin_table
from reliability.schema import SourceType
from reliability.tokens import (
    QUOTES,
)

_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we"})

__all__ = [
    "channel",
    "channels_of",
    "extras",
    "document_phrase",
    "fronted_document",
    "inserted_document",
    "lead_channels",
    "outlet_named",
    "outlet_right",
    "registry_outlet",
]


def outlet_right(s: Sentence, j: int, memory: dict[str, SourceType]) -> Source | None:
    """The outlet phrase at ``j`` ("with the Daily Star"), else None."""
    src = right_source(s, j, memory)
    if src is not None and src.type is SourceType.MEDIA_OUTLET:
        return src
    if j < s.n and (s.words[j][:1].isupper() or s.lows[j] == "the"):
        return registry_outlet(s, j, memory)
    return None


def registry_outlet(
    s: Sentence, j: int, memory: dict[str, SourceType]
) -> Source | None:
    """A registry outlet written out from token ``j``: "Radio Harbour", "the Star".

    The capitalised phrase from ``j`` (after "the") must be exactly one
    outlet name or alias of the registry, in any case ("REUTERS"); a name
    known as a person's in this document is never an outlet ("told Hill").
    """
    lows, words, n = s.lows, s.words, s.n
    a = j + 1 if j < n and lows[j] == "the" else j
    b = a
    while b < n and (
        words[b][:1].isupper()
        or (
            lows[b] in ("of", "&")
            and b > a
            and b + 1 < n
            and words[b + 1][:1].isupper()
        )
    ):
        if words[b].endswith(("'s", "\u2019s")):
            return None  # "the Star's reporter", "Radio Harbour's host"
        b += 1
    if b == a or b - a > 6:
        return None
    b -= 1
    while b > a and (
        lows[b] in WEEKDAYS or (lows[b] in TIME_WORDS and s.words[b].islower())
    ):
        b -= 1  # "told the Star Tuesday"; not "told USA TODAY"
    # the longest run from ``a`` that is an outlet's name: "told VOA Seoul
    # must ...", where the clause told opens with a capitalised place
    for e in range(b, a - 1, -1):
        if outlet_named(s, j, a, e, memory):
            return Source(j, e, SourceType.MEDIA_OUTLET, 0.8)
    return None


def outlet_named(
    s: Sentence, j: int, a: int, b: int, memory: dict[str, SourceType]
) -> bool:
    """Whether tokens ``[a, b]`` (after "the" at ``j``, if any) name a registry outlet.

    The run must be exactly one outlet name or alias as written, with its
    article ("The Star" but not "Star"); a name known as a person's in this
    document is never an outlet ("told Hill").
    """
    lows = s.lows
    if memory.get(lows[b].strip(".")) is SourceType.NAMED_PERSON:
        return False
    start, end = s.starts[a], s.ends[b]
    said = s.text[start:end].lower()
    if not may_name_outlet(said):
        return False
    match = builtin_table().name_in(s.text, start, end)
    if match is None or match.start != start or match.end != end:
        return False
    labels = {x.lower() for x in (match.entry.name, *match.entry.aliases)}
    return said in labels or (lows[j] == "the" and f"the {said}" in labels)


def channel(s: Sentence, j: int, memory: dict[str, SourceType]) -> Source | None:
    """A channel phrase at token ``j``: "in her blog post", "on the station's show"."""
    lows = s.lows
    if j >= s.n or lows[j] not in CHANNEL_PREP:
        return None
    if (
        j + 1 < s.n
        and lows[j + 1] in DET | {"an"}
        and j + 2 < s.n
        and lows[j + 2] in INTERVIEW
    ):
        m = j + 3
        if m < s.n and lows[m] in ("with", "to"):
            return outlet_right(s, m + 1, memory)
        return None
    platform = platform_at(s, j)
    if platform is not None:
        return platform
    src = right_source(s, j + 1, memory)
    if src is None:
        return None
    head = s.heads.get(lows[src.b])
    if head == HEAD_DOCUMENT and lows[j + 1] in DET and not on_topic(s, j):
        return Source(src.a, src.b, SourceType.DOCUMENT, 0.7)
    if head == HEAD_MEDIA and lows[j + 1] in POSSESSIVES:
        return Source(src.a, src.b, SourceType.DOCUMENT, 0.6)  # "on its website"
    if head == HEAD_MEDIA or src.type is SourceType.MEDIA_OUTLET:
        typ = (
            src.type
            if src.type is not SourceType.ANONYMOUS
            else SourceType.MEDIA_OUTLET
        )
        return Source(src.a, src.b, typ, 0.7)
    return None


#: Nouns of what is said whose "on" names a topic: "a statement on the treaty".
_TOPIC_NOUNS = frozenset(
    ("statement", "statements", "remarks", "comments", "testimony", "briefing", "views")
)


def on_topic(s: Sentence, j: int) -> bool:
    """ "issued a statement on the treaty": "on" after a speech noun, a topic.

    Not a channel, unlike "on her blog" or "in the report".
    """
    return s.lows[j] == "on" and j >= 1 and s.lows[j - 1] in _TOPIC_NOUNS


def platform_at(s: Sentence, j: int) -> Source | None:
    """ "said on X", "wrote on the social media app Telegram": a platform (call 10).

    "on" and a platform name, with up to four modifiers between them, is a
    document channel: the platform with its modifiers (annotation notes,
    decision 10).
    """
    lows, n = s.lows, s.n
    if lows[j] != "on":
        return None
    for k in range(j + 1, min(n, j + 6)):
        if lows[k] in PLATFORMS and s.words[k][:1].isupper():
            if k + 1 < n and s.words[k + 1][:1].isupper():
                return None  # "on X Street", "on Truth Social" read by name
            if k + 1 < n and s.heads.get(lows[k + 1]) in (HEAD_DOCUMENT, HEAD_MEDIA):
                k += 1  # "on his Facebook account", "on her X feed"
            return Source(j + 1, k, SourceType.DOCUMENT, 0.7)
        if not lows[k].isalnum() or lows[k] in ("and", "or"):
            return None
    return None


def lead_channels(
    s: Sentence, memory: dict[str, SourceType]
) -> list[tuple[int, Source]]:
    """Sentence-level channels: "In an interview with the Star,", "Speaking to ..."."""
    out: list[tuple[int, Source]] = []
    lows = s.lows
    fronted = fronted_document(s)
    if fronted is not None:
        out.append(fronted)
    if "," in lows:
        out.extend(inserted_document(s))
    # past the second word only "interview" and "speaking" open a channel
    stop = s.n - 3 if "interview" in lows or "speaking" in lows else min(2, s.n - 3)
    for i in range(stop):
        if (
            lows[i] == "interview"
            and lows[i + 1] in ("with", "to")
            and i >= 2
            and lows[i - 2] == "in"
        ):
            src = outlet_right(s, i + 2, memory)
            if src is not None:
                out.append((i, src))
        elif lows[i] == "speaking" and lows[i + 1] in ("to", "with"):
            src = outlet_right(s, i + 2, memory)
            if src is not None:
                out.append((i, src))
        elif i <= 1 and lows[i].endswith("ing") and s.words[i][:1].isupper():
            # "Writing on X, the minister said": the platform (decision 10)
            platform = platform_at(s, i + 1)
            if platform is not None:
                out.append((i, platform))
        elif lows[i] in INTERVIEWED and lows[i + 1] == "by" and i <= 1:
            # "Interviewed by the Daily Star, the mayor said": the outlet
            src = outlet_right(s, i + 2, memory)
            if src is not None and src.b + 1 < s.n and lows[src.b + 1] == ",":
                out.append((i, src))
    return out


def fronted_document(s: Sentence) -> tuple[int, Source] | None:
    """ "In a statement, the council said": the document a clause comes from.

    A sentence opening with "in"/"on"/"via"/"through" and a document phrase
    (:func:`document_phrase`) is a channel of the clause's cue (call 8).
    """
    lows, n = s.lows, s.n
    p = 0 if lows[0] in CHANNEL_PREP else 1  # after a quote mark or "But"
    if p + 3 >= n or lows[p] not in CHANNEL_PREP:
        return None
    if p and not (lows[0] in QUOTES or lows[0] in LEADERS):
        return None
    found = document_phrase(s, p, opening=True)
    return None if found is None else (p, found[0])


def inserted_document(s: Sentence) -> Iterator[tuple[int, Source]]:
    """ "The agency, in a new report, says": a document set off by commas.

    A comma, "in"/"on", a document phrase closed by a comma, and a reporting
    verb right after it: the document is a channel of that verb (call 8).
    """
    lows, n = s.lows, s.n
    for i in range(1, n - 4):
        if lows[i] != "," or lows[i + 1] not in CHANNEL_PREP:
            continue
        found = document_phrase(s, i + 1, opening=False)
        if found is None:
            continue
        src, c = found
        if c + 1 < n and lows[c + 1] in s.verbs and s.words[c + 1].islower():
            yield i + 1, src


def document_phrase(s: Sentence, p: int, *, opening: bool) -> tuple[Source, int] | None:
    """The document phrase after the preposition at ``p`` and the comma closing it.

    A determiner or possessive, up to four modifiers and a document head
    ("her 2003 book", "a statement", "its website", "his nightly video
    address"), then a comma (possibly after "to ..." or "released ..."). A
    plural head needs no determiner ("In court records filed Monday,"). A
    piece written for an outlet gives the outlet ("In an op-ed for the Daily
    Star,").
    When the phrase ``opening`` the sentence ends in a document head, a
    pronoun subject may follow with no comma ("In the video she says").
    Returns the source and the index of the comma (or of the pronoun).
    """
    lows, n = s.lows, s.n
    det = lows[p + 1]
    possessive = det in POSSESSIVES or s.words[p + 1].endswith(("'s", "\u2019s"))
    bare = det not in DET and det != "an" and not possessive
    for h in range(p + 1 if bare else p + 2, min(n - 1, p + 7)):
        low = lows[h]
        cls = s.heads.get(low)
        if cls == HEAD_DOCUMENT or (cls == HEAD_MEDIA and possessive):
            while h + 2 < n and s.heads.get(lows[h + 1]) == HEAD_DOCUMENT:
                h += 1  # "his video address", "her plea agreement"
            low = lows[h]
            if bare and not (low.endswith("s") and s.words[h].islower()):
                return None  # a bare singular: "In fact, ...", "In Photo, ..."
            c = h + 1
            while c < n - 1 and (lows[c] in WEEKDAYS or lows[c] in TIME_WORDS):
                c += 1  # "In a statement Wednesday,"
            nxt = lows[c]
            if (
                opening
                and nxt in _SUBJECT_PRONOUNS
                and c + 1 < n
                and lows[c + 1] in s.verbs
            ):
                return _document_source(s, p, h), c  # "In the video she says"
            if nxt in ("for", "in") and c + 1 < n:
                # "In an op-ed for the Daily Star,": the outlet that printed
                # it is the channel (annotation notes, decision 36)
                outlet = outlet_right(s, c + 1, {})
                if (
                    outlet is not None
                    and outlet.b + 1 < n
                    and lows[outlet.b + 1] == ","
                ):
                    return outlet, outlet.b + 1
            if nxt != "," and nxt not in DOCUMENT_TAIL:
                return None
            while c < n and c - h < 12 and lows[c] != ",":
                if not (lows[c].rstrip(".").isalnum() or lows[c] in ("-", ".", "'")):
                    return None
                c += 1
            if c >= n or lows[c] != ",":
                return None
            return _document_source(s, p, h), c
        if not (lows[h].isalnum() or lows[h] == "-") or (
            low in s.verbs and not low.endswith("ed")
        ):
            return None
    return None


def _document_source(s: Sentence, p: int, h: int) -> Source:
    """The document ``[p + 1, h]``: vague when it is a bare weasel noun ("studies")."""
    weasel = h <= p + 2 and s.lows[h] in WEASEL_DOCUMENTS
    return Source(p + 1, h, SourceType.VAGUE if weasel else SourceType.DOCUMENT, 0.7)


def channels_of(
    s: Sentence,
    memory: dict[str, SourceType],
    found: list[tuple[int, int, Source]],
) -> Iterator[tuple[int, int, Source, str]]:
    """Attach sentence-level channels to the sentence's cues (call 8).

    "In an interview with a radio station, the mayor said": the station goes
    to "said".

    A channel goes to the first cue found (in the order found) after the
    phrase, else to the last cue found; found lists are indexed once so
    that a sentence with many channels and cues stays linear.
    """
    channels = lead_channels(s, memory)
    if not channels:
        return
    # cue positions in ascending order, each with the least index in
    # ``found`` of a cue at or after it
    order = sorted(range(len(found)), key=lambda x: found[x][0])
    keys = [found[x][0] for x in order]
    least = order[:]
    for x in range(len(least) - 2, -1, -1):
        least[x] = min(least[x], least[x + 1])
    spans = {(f[2].a, f[2].b) for f in found}
    last = found[-1]
    for pos, ch in channels:
        # attach to the nearest cue after the phrase, else the one before
        x = bisect_right(keys, pos)
        cue = found[least[x]] if x < len(keys) else last
        if (ch.a, ch.b) not in spans:
            last = (cue[0], cue[1], ch)
            found.append(last)
            spans.add((ch.a, ch.b))
            yield cue[0], cue[1], ch, f"channel:{s.lows[cue[0]]}"


def unnamed_outlet_journalists(s: Sentence, y: Source) -> bool:
    """Whether the phrase told ``y`` names journalists but not their outlet.

    "told reporter Ann Lee", "told Senate reporters": whom something was
    told, not an outlet it went through; "told the Star's correspondent"
    and "told Radio Asia reporter Ann Lee" name the outlet.
    """
    lows = s.lows
    a = y.a
    while a < y.b and lows[a] in DET:
        a += 1
    if any(
        is_possessive(s.lows[i]) or is_possessive_mark(s, i) for i in range(a, y.b + 1)
    ):
        return False
    if s.heads.get(lows[a]) == HEAD_JOURNALIST:
        return True  # "reporter Ann Lee": a journalist known by name only
    head = lows[y.b]
    return s.heads.get(head) == HEAD_JOURNALIST and head.endswith("s")


def extras(
    s: Sentence,
    first: int,
    last: int,
    src: Source,
    memory: dict[str, SourceType],
    found: list[tuple[int, int, Source]],
) -> Iterator[tuple[int, int, Source, str]]:
    """Outlets and accounts the statement went through (judgement call 8).

    "told the Daily Star", "said in a statement", "wrote on her blog"."""
    lows = s.lows
    j = max(last, src.b) + 1 if src.a > last else last + 1
    form = lows[first]
    if form in TELL_FORMS and j == last + 1:
        y = right_source(s, j, memory)
        if y is not None and (
            y.type is not SourceType.MEDIA_OUTLET
            and s.heads.get(lows[y.b]) != HEAD_MEDIA
            and (s.words[j][:1].isupper() or lows[j] == "the")
        ):
            y = registry_outlet(s, j, memory) or y
        elif (
            y is not None
            and y.b > j
            and y.b + 1 < s.n
            and (lows[y.b + 1] in STRICT_AUX or lows[y.b + 1] in ("that", "the"))
        ):
            # "told AFP Seoul must ...": the clause told opens with a name;
            # not "told Fox Business host Ann Lee that", the outlet's host
            r = registry_outlet(s, j, memory)
            if r is not None and all(is_name(s, i) for i in range(r.b + 1, y.b + 1)):
                y = r
        if (
            y is not None
            and s.heads.get(lows[y.b]) == HEAD_JOURNALIST
            and any(is_name(s, i) for i in range(y.a, y.b + 1))
        ):
            # "told the Star's Seoul correspondent": a named outlet's
            # journalist is the outlet (decision 10); "told reporters" is not
            y = Source(y.a, y.b, SourceType.MEDIA_OUTLET, y.confidence)
        if (
            y is not None
            and not unnamed_outlet_journalists(s, y)
            and (
                y.type is SourceType.MEDIA_OUTLET
                or s.heads.get(lows[y.b]) == HEAD_MEDIA
                # "told the news agency": a body named as an outlet by its kind
                or (
                    s.heads.get(lows[y.b]) == HEAD_ORGANIZATION
                    and is_media_words(s.lex, lows[y.a : y.b])
                )
            )
        ):
            if y.type is SourceType.ANONYMOUS:
                # "told a tabloid": an outlet named by its kind (decision 12)
                y = Source(y.a, y.b, SourceType.MEDIA_OUTLET, y.confidence)
            found.append((first, last, y))
            yield first, last, y, f"told-outlet:{form}"
            j = y.b + 1
        elif y is not None:
            j = y.b + 1
    # skip "on Monday", "earlier", "then"
    while j < s.n and (
        lows[j] in WEEKDAYS or lows[j] in TIME_WORDS or lows[j] in ("then", "also")
    ):
        j += 1
    if j + 1 < s.n and lows[j] == "on" and lows[j + 1] in WEEKDAYS:
        j += 2
    if j + 1 < s.n and lows[j] == "," and lows[j + 1] in CHANNEL_PREP:
        j += 1  # "said, in a statement, that": a channel set off by commas
    ch = channel(s, j, memory)
    if ch is not None:
        found.append((first, last, ch))
        yield first, last, ch, f"channel:{form}"
