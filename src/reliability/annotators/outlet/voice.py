"""Publisher rules from the body's own voice: the issuer of a release, the
organisation speaking as "we", and the body the lead opens with or names as
the actor of its own statement.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence

from reliability.annotators.outlet.lexicon import _MENU_WORDS
from reliability.annotators.outlet.shapes import (
    _Found,
    _inside_name,
    _line_matches,
    _line_start,
    _lowered,
    _sentence_start,
)
from reliability.outlets.table import (
    NON_MEDIA_KINDS,
    NameMatch,
    OutletEntry,
    OutletTable,
    name_key,
)

# -- the issuer of a release -----------------------------------------------------

# The marks of a release, an organisation's own announcement: a label line
# ("Press Release", "News Releases", "Media Advisory", "For Immediate
# Release", "REF-12 - Announcement"), an end mark ("###", "-30-", "ENDS"),
# the issuer's "today announced" or a press contact line ("Media contact:",
# "Press enquiries:"; group "contact" ends where its details begin).
_RELEASE_LINE = re.compile(
    r"[ \t\u2022*>-]*(?:[\w.-]+[ \t]+[-\u2013\u2014][ \t]+)?"
    r"(?:(?:press|news|media)[ \t]+(?:releases?|statements?|advisory|advisories)"
    r"|for[ \t]+immediate[ \t]+release|announcements?)\b"
    r"|[ \t]*(?:#{3,}|-30-|-[ \t]*ends[ \t]*-|ends)[ \t]*$"
    r"|(?P<contact>[ \t]*(?:(?:media|press)[ \t]+(?:contacts?|enquiries|inquiries)"
    r"|contacts?)[ \t]*:)",
    re.I | re.M,
)


_RELEASE_TODAY = re.compile(
    r"\btoday[ \t]+(?:announced|released|launched|unveiled|awarded)\b"
    r"|\b(?:announced|released|launched|unveiled)[ \t]+today\b",
    re.I,
)


# The issuer is named this often at least, twice as often as any other
# name, and first in the page's first third (a release opens with it).
_ISSUER_MIN = 3


# An official's title and name after a body's name: the body is whom the
# official works for, which a release by another body names as often
# ("The Example Secretary and Example Agency Administrator Jane Doe
# announced ...").
_OFFICIAL_AFTER = re.compile(
    r"[ \t]+(?:Acting[ \t]+|Deputy[ \t]+)?(?:Administrator|Director|Secretary"
    r"|Commissioner|Chief|Chair(?:man|woman)?|Spokes(?:person|man|woman))"
    r"[ \t]+[A-Z]"
)


_ISSUER_LEAD = 3


def release_issuer(table: OutletTable, text: str) -> _Found | None:
    """The organisation a release speaks for: its contact, or its running name.

    A release's press contact line names its issuer ("Contact: Press Office,
    Example Agency"). Otherwise a page marked as a release ("Press Release",
    "###", "The Example Agency today announced") is the issuer's when one
    name runs through it: named three times at least,
    twice as often as any other, and first in the page's first third ("The
    Example Agency today announced ..."). A story that quotes a release has
    no such mark; the weakest of the publisher cues, used only when the page
    shows nothing else.
    """
    marked = False
    ls = 0
    while True:  # each line's start: a label, an end mark, a contact
        mark = _RELEASE_LINE.match(text, ls)
        ls = text.find("\n", ls) + 1
        if mark is not None:
            marked = True
            if mark.group("contact") is not None:
                # "Contact: Press Office, Example Agency, 555-0100"
                end = len(text) if ls == 0 else ls - 1
                for m in table.find_names(text, mark.end(), end, media_only=False):
                    if m.entry.kind != "platform":
                        e = m.entry
                        return _Found(
                            e, e.domain, "text:release:contact", m.start, m.end, 0.6
                        )
        if ls == 0:
            break
    if not marked:
        lowered = _lowered(text)
        if "today" not in lowered or len(lowered) != len(text):
            return None
        if not any(_line_matches(text, lowered, ("today",), _RELEASE_TODAY)):
            return None
    top = _most_named(
        m
        for m in _all_names(table, text)
        # "Example Agency Director Jane Doe": whom she works for
        if m.entry.kind != "platform" and not _OFFICIAL_AFTER.match(text, m.end)
    )
    if top is None:
        return None
    m, n, runner = top
    if n < _ISSUER_MIN or n < 2 * runner or m.start > len(text) / _ISSUER_LEAD:
        return None
    return _Found(m.entry, m.entry.domain, "text:release", m.start, m.end, 0.5)


# The last page's names: the fallback cues (the release's issuer, the
# page's voice, its lead) each read every name on the same page.
_NAMES_CACHE: list[tuple[OutletTable, str, tuple[NameMatch, ...]]] = []


def _all_names(table: OutletTable, text: str) -> tuple[NameMatch, ...]:
    """Every registry name on the page, media or not (``find_names``), read once."""
    if _NAMES_CACHE:
        last_table, last_text, names = _NAMES_CACHE[0]
        if last_table is table and last_text is text:
            return names
    names = tuple(table.find_names(text, media_only=False))
    _NAMES_CACHE[:] = [(table, text, names)]
    return names


def _most_named(matches: Iterable[NameMatch]) -> tuple[NameMatch, int, int] | None:
    """The most named domain's first match, its count and the runner-up's count.

    Ties go to the domain named first; None when there is no match.
    """
    counts: dict[str, int] = {}
    first: dict[str, NameMatch] = {}
    for m in matches:
        counts[m.entry.domain] = counts.get(m.entry.domain, 0) + 1
        first.setdefault(m.entry.domain, m)
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    runner = ranked[1][1] if len(ranked) > 1 else 0
    return first[ranked[0][0]], ranked[0][1], runner


# -- the organisation's own voice ------------------------------------------------

# The page speaking for itself: "we", "our", "ours" outside quotation marks
# ("us" is left out: "shocking many of us" speaks for readers, not a body).
# (Written to open with a character class, which the regex engine scans for
# fast, rather than with "\b".)
_WE = re.compile(r"[WwOo](?<!\w[WwOo])(?:(?<=[Ww])e|(?<=[Oo])urs?)\b")


# A quotation on one line; one left open runs to the line's end, and a line
# opening with the end of a quotation begun above is quoted up to its mark.
_QUOTED = re.compile(
    r"\u201c[^\u201d\n]*(?:\u201d|$)|\"[^\"\n]*(?:\"|$)|^[^\u201c\u201d\n]*\u201d",
    re.M,
)


# A sentence's start within a paragraph: the line's start or after ". ".
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?:][ \t]))[ \t]*(?=\S)", re.M)


_OWN_VOICE_MIN = 2


# How often the page names itself: once in so many characters.
_OWN_VOICE_SPACING = 1000


# How far from "we" a name is read: about a sentence either side.
_OWN_VOICE_REACH = 150


# A body the page names this often, once in so many characters, speaks.
_DENSE_MIN = 5


_DENSE_SPACING = 250


# A page that never says "we" or "our" must name the body this often: an
# agency's third-person release or advice page ("Example Agency cannot pay
# for repairs your insurance covers. Example Agency may ...") keeps naming
# itself, more than a short story about it does.
_DENSE_UNVOICED_MIN = 8


# ... and be a page of this size at most: a longer page that never says "we"
# is a story, however often it names the body.
_DENSE_UNVOICED_CHARS = 3000


def _names_near(
    table: OutletTable, text: str, start: int, end: int, hits: list[int]
) -> Iterator[NameMatch]:
    """Registry names within a sentence or so of each hit, on its line."""
    spans: list[list[int]] = []
    for h in hits:
        lo = max(start, h - _OWN_VOICE_REACH)
        hi = min(end, h + _OWN_VOICE_REACH)
        if lo > start:  # widen to whole words
            lo = max(text.rfind(" ", start, lo) + 1, start)
        if hi < end:
            space = text.find(" ", hi, end)
            hi = end if space < 0 else space
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    for lo, hi in spans:
        yield from table.find_names(text, lo, hi, media_only=False)


def own_voice(table: OutletTable, text: str) -> _Found | None:
    """The organisation a page speaks for in the first person plural.

    A press release, an agency's blog or an organisation's FAQ names itself
    beside "we" and "our": "Example Parks Service (EPS). We marked our
    100th year", "Example Foundation opened an office and focused our
    work on the EU", "EPN is a non-profit, so we do not endorse". The outlet
    named most often within a sentence or so of "we" (outside quotations)
    is taken if the page names it at least twice and about once in every
    thousand characters; a government body or an organisation anywhere
    there, a news outlet only when it opens a sentence there (an op-ed
    speaking for its readers cites the outlets it names). Used only when
    the page shows no publisher and no origin.
    """
    hits = _we_hits(text)
    if not hits:
        return None
    counts: dict[str, int] = {}
    first: dict[str, _Found] = {}
    voiced = 0
    at = 0
    while at < len(hits):
        start = text.rfind("\n", 0, hits[at]) + 1
        end = text.find("\n", hits[at])
        end = len(text) if end < 0 else end
        line_hits = []
        while at < len(hits) and hits[at] < end:
            line_hits.append(hits[at])
            at += 1
        quoted = [m.span() for m in _QUOTED.finditer(text, start, end)]
        voiced_hits = [h for h in line_hits if not any(a <= h < b for a, b in quoted)]
        if not voiced_hits:
            continue
        voiced += len(voiced_hits)
        opens: set[int] | None = None  # read only for a news outlet's name
        for match in _names_near(table, text, start, end, voiced_hits):
            entry = match.entry
            if entry.kind == "platform" or any(a <= match.start < b for a, b in quoted):
                continue
            if entry.kind not in NON_MEDIA_KINDS:
                if opens is None:
                    opens = {
                        m.end() for m in _SENTENCE_START.finditer(text, start, end)
                    }
                if (
                    match.start not in opens
                    or text[match.start : match.end].lower() in _MENU_WORDS
                ):
                    continue  # "People who should be on our side": a word, not People
            counts[entry.domain] = counts.get(entry.domain, 0) + 1
            first.setdefault(
                entry.domain,
                _Found(
                    entry, entry.domain, "text:own-voice", match.start, match.end, 0.5
                ),
            )
    if voiced < _OWN_VOICE_MIN or not counts:
        return None
    best = max(counts.values())
    found = min(
        (f for d, f in first.items() if counts[d] == best),
        key=lambda f: f.start or 0,
    )
    # The page keeps naming itself, about once in every thousand characters
    # and at least twice; an op-ed speaking for its readers names a ministry
    # now and then ("our alarm at the Example Ministry").
    mentions = sum(m.entry.domain == found.domain for m in _all_names(table, text))
    needed = max(_OWN_VOICE_MIN, len(text) / _OWN_VOICE_SPACING)
    return found if mentions >= needed else None


@functools.lru_cache(maxsize=4)
def _we_hits(text: str) -> tuple[int, ...]:
    # The page's own voice is asked for twice (own_voice, dense_voice).
    return tuple(m.start() for m in _WE.finditer(text))


def _unquoted(text: str, at: int) -> bool:
    """Whether the word at ``at`` stands outside the quotations of its line."""
    ls = _line_start(text, at)
    le = text.find("\n", at)
    le = len(text) if le < 0 else le
    return not any(q.start() <= at < q.end() for q in _QUOTED.finditer(text, ls, le))


@functools.lru_cache(maxsize=4)
def _voiced(text: str) -> bool:
    """Whether the page says "we" or "our" once at least outside quotations."""
    return any(_unquoted(text, at) for at in _we_hits(text))


def _we_soon(text: str, at: int) -> bool:
    """Whether the page says "we" or "our" outside quotations soon after ``at``."""
    return any(
        at < h < at + _WE_SOON_CHARS and _unquoted(text, h) for h in _we_hits(text)
    )


def body_words(table: OutletTable) -> dict[str, tuple[str, ...]]:
    """The first words of the names of government bodies and organisations.

    Each word (in the lower case of the document's words, also with a
    possessive: "cbp's") maps to the domains of the bodies whose names it
    opens. A page whose words open a body's names fewer times than the body
    must be named cannot name it densely, and is not searched for names.
    """
    words: dict[str, set[str]] = {}
    for e in table:
        if e.kind in NON_MEDIA_KINDS:
            for label in (e.name, *e.aliases):
                key = name_key(label).split()
                for tail in ("", "'s", "\u2019s") if key else ():
                    words.setdefault(key[0] + tail, set()).add(e.domain)
    return {w: tuple(sorted(ds)) for w, ds in words.items()}


def _may_be_dense(
    lowers: Sequence[str], bodies: dict[str, tuple[str, ...]], needed: float
) -> bool:
    """Whether some body's names open often enough among the page's words."""
    seen = Counter(filter(bodies.__contains__, lowers))
    bound: dict[str, int] = {}
    for word, count in seen.items():
        for domain in bodies[word]:
            n = bound[domain] = bound.get(domain, 0) + count
            if n >= needed:  # a bound only grows: the answer is known
                return True
    return False


def _lead_body_spelt_often(table: OutletTable, text: str, needed: float) -> bool:
    """Whether a body the lead names may be named ``needed`` times on the page.

    The page must spell the first word of one of the body's names ("FEMA",
    "Federal") that often: a bound, read before the page is searched whole.
    """
    lead_end = min(len(text), _LEAD_CHARS + _LEAD_MARGIN)
    for m in table.find_names(text, 0, lead_end, media_only=False):
        e = m.entry
        if e.kind not in NON_MEDIA_KINDS:
            continue
        firsts = {label.split()[0] for label in (e.name, *e.aliases) if label.split()}
        if sum(text.count(f) for f in firsts) >= needed:
            return True
    return False


def dense_voice(
    table: OutletTable,
    text: str,
    lowers: Sequence[str] | None = None,
    bodies: dict[str, tuple[str, ...]] | None = None,
) -> _Found | None:
    """The body a page names on every few lines.

    An agency's release or an organisation's FAQ may say "our" only once,
    away from its name ("Read more on our web page"), while naming itself
    again and again: a government body or an organisation named at least
    five times, about once in every 250 characters (some 40 words), and
    more than twice as often as any other, is the page's voice. A page
    that never says "we" or "our" (an agency writing of itself in the third
    person) must be short (3,000 characters at most), name the body in its
    lead and name it eight times at least. A news outlet is left
    out (a story about an outlet names it as often), and a story about a
    body names it less often. The last of the publisher cues,
    used only when nothing else names one. With the document's ``lowers``
    and the table's ``bodies`` (``body_words``), a page whose words open a
    body's name too seldom is passed over unsearched.
    """
    voiced = _voiced(text)
    least = _DENSE_MIN if voiced else _DENSE_UNVOICED_MIN
    needed = max(least, len(text) / _DENSE_SPACING)
    if not voiced and len(text) > _DENSE_UNVOICED_CHARS:
        return None
    if lowers is not None and bodies is not None:
        if not _may_be_dense(lowers, bodies, needed):
            return None
    if not voiced and not _lead_body_spelt_often(table, text, needed):
        return None
    top = _most_named(
        m for m in _all_names(table, text) if m.entry.kind in NON_MEDIA_KINDS
    )
    if top is None:
        return None
    m, n, runner = top
    if n < needed or n <= 2 * runner:
        return None
    return _Found(m.entry, m.entry.domain, "text:own-voice:dense", m.start, m.end, 0.4)


# -- the body a page opens with --------------------------------------------------

# How far into the page its lead runs: its title and first paragraph.
_LEAD_CHARS = 500


# Text read past the lead so that a name the lead begins is read whole.
_LEAD_MARGIN = 300


_LEAD_MIN = 2


# How soon after the lead's subject a "we" or "our" speaks for it.
_WE_SOON_CHARS = _LEAD_CHARS


# Words an organisation's initials pass over ("South Wales Fire and Rescue
# Service" is SWFRS).
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to", "&"})


_INITIALS_MIN = 3


# After the body's name, the verb it is the subject of, past its initials:
# "Northdale Council (NC) has agreed", "... Service urges", "... Agency
# today announced". A name before a noun ("Example Agency Secretary Jane
# Doe", "Example Agency headquarters", "Example Agency (EA) agents") or in
# an address block is not one.
# "we" or "our" later in the sentence that names the body: "At Example
# Council, we ...", "for the Example Service as we have begun".
_WE_AFTER = re.compile(r"[^.!?\n\"\u201c]{0,60}?\b(?:[Ww]e|[Oo]ur)\b")


_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:\([A-Z]{2,10}\)[ \t]+)?(?:(?:today|also|now)[ \t]+)?"
    r"(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|must|shall"
    r"|should|does|did)\b|(?!(?:news|headquarters|operations|affairs|officials"
    r"|officers|statistics|services|updates|staff|members|this|thus|its|his"
    r"|agents|employees|workers|inspectors|investigators|researchers|scientists"
    r"|lawyers|attorneys|analysts|experts|leaders|troops|forces|guards|rules"
    r"|regulations|guidelines|records|documents|figures)\b)"
    r"[a-z]{2,}(?:s|ed)\b)"
)


def _initials(name: str) -> str | None:
    """A name's initials in capitals ("Northdale Fire and Rescue Service": NFRS)."""
    words = [
        w for w in re.findall(r"[\w'\u2019]+", name) if w.lower() not in _INITIALS_SKIP
    ]
    initials = "".join(w[0] for w in words).upper()
    return initials if len(initials) >= _INITIALS_MIN and initials.isalpha() else None


def _initials_count(text: str, entry: OutletEntry) -> int:
    """How often the page writes a body by its name's initials ("NFRS")."""
    labels = (entry.name, *entry.aliases)
    found = {i for label in labels if (i := _initials(label))}
    found -= {label.upper() for label in labels}  # "FBI" is read as a name
    return sum(len(re.findall(r"\b" + i + r"\b", text)) for i in found)


def _bodies(table: OutletTable, text: str) -> list[NameMatch]:
    """The outlets and bodies ``text`` names, platforms left out, in order."""
    return [m for m in _all_names(table, text) if m.entry.kind != "platform"]


def _lead_subject(text: str, m: NameMatch) -> bool | None:
    """Whether a body the lead names goes on in "we"/"our" (True) or as the
    subject of a verb (False); None when it is neither, or not in the lead."""
    if m.entry.kind not in NON_MEDIA_KINDS or m.start > _LEAD_CHARS:
        return None
    if _WE_AFTER.match(text, m.end) is not None:
        subject: bool | None = True
    else:
        subject = False if _SUBJECT_VERB.match(text, m.end) else None
    if subject is not None and (
        _inside_name(text, m.start) or not _unquoted(text, m.start)
    ):
        # "the Democratic Example Office", or a speaker's words: not the
        # page's own subject
        return None
    return subject


def lead_body(table: OutletTable, text: str) -> _Found | None:
    """The public body or organisation a page opens with and speaks for as "we".

    A council's, a fire service's or an agency's own news item names the
    body in its title or first paragraph ("Northdale Fire and Rescue Service
    urges residents to ...") and then speaks as "we" and "our" ("our crews
    attended ..."), naming itself now and then, often by its initials
    (NFRS); so does a foundation's or an institute's. The first body the
    page names is taken when it is a government body or an organisation,
    named in the lead as the subject of a verb ("Example Council has
    agreed"), the page says "we" or "our" outside quotations,
    and the body is named (by name or initials) twice at least and more
    than twice as often as any other outlet or body; once is enough when
    the sentence that names it goes on in "we" or "our" ("a busy year for
    Example Council as we rebuilt ..."), or the lead right after it does
    ("Example Council will open two libraries. ... our staff will ...").
    A story about the body does not
    speak as "we"; the last of the publisher cues.
    """
    if not _voiced(text):
        return None
    # A cheap gate first: the lead read on its own (a name is far shorter than
    # the margin). Only a page whose lead qualifies is searched whole.
    lead = _bodies(table, text[: _LEAD_CHARS + _LEAD_MARGIN])
    if not lead or _lead_subject(text, lead[0]) is None:
        return None
    matches = _bodies(table, text)
    first = matches[0]
    we_after = _lead_subject(text, first)
    if we_after is None:
        return None
    # "Example Council will open two libraries. ... our new library": the
    # sentences right after the lead's subject go on in "we" or "our".
    we_after = we_after or _we_soon(text, first.end)
    counts = Counter(m.entry.domain for m in matches)
    n = counts.pop(first.entry.domain) + _initials_count(text, first.entry)
    runner = max(counts.values(), default=0)
    if n < (1 if we_after else _LEAD_MIN) or n <= 2 * runner:
        return None
    e = first.entry
    return _Found(e, e.domain, "text:lead-body", first.start, first.end, 0.4)


# -- a body the lead names as the speaker or actor of its own statement ----------

# After the body's name, a statement or an announced act: "Example Agency
# today filed charges", "the Example Office welcomes", "Example Service has
# revised", "the Example Board is warning", "Example Council will hold".
_ACT_VERB = re.compile(
    r"[ \t]+(?:\([A-Z]{2,10}\)[ \t]+)?(?:(?:today|also|now|yesterday)[ \t]+)?"
    r"(?:(?:has|have|had|will|is)[ \t]+)?(?:(?:today|also|now)[ \t]+)?"
    r"(?:sa(?:id|ys)|announc(?:es|ed|ing)|welcom(?:es|ed)|publish(?:es|ed)"
    r"|releas(?:es|ed)|issu(?:es|ed)|filed?s?|charg(?:es|ed)|launch(?:es|ed)"
    r"|confirm(?:s|ed)?|revis(?:es|ed)|expects?|expected|reports?|reported"
    r"|warn(?:s|ed|ing)|urg(?:es|ed)|award(?:s|ed)|approv(?:es|ed)|recommend(?:s|ed)"
    r"|stat(?:es|ed)|estimat(?:es|ed)|hold|held|close|begin|start)\b"
)


# Before the name, in its sentence: nothing, "The", or a short opening
# phrase and a comma ("In its complaint, the Example Agency charges").
_ACT_OPENING = re.compile(
    r"[ \t\u2022*-]*(?:[A-Z][^,.;:\n]{0,40},[ \t]+)?(?:[Tt]he[ \t]+)?$"
)


# The body as the speaker its sentence credits: "..., Example Agency said
# today", "according to the Example Office". A quotation credited to it
# ("'We will ...,' the Example Agency said") is how a story quotes a body.
_SPEAKER_BEFORE = re.compile(
    r"(?:(?<![\"'\u201d\u2019]),[ \t]+(?:the[ \t]+)?"
    r"|according[ \t]+to[ \t]+(?:the[ \t]+)?)$"
)


_SPEAKER_AFTER = re.compile(r"[ \t]+(?:sa(?:id|ys)|reported|announced)\b")


# The words the cues above need in the lead, found before any name search.
_ACT_GATE = re.compile(
    r"[A-Z][\w.]*\)?"
    + _ACT_VERB.pattern
    + r"|according[ \t]+to[ \t]+(?:the[ \t]+)?[A-Z]"
)


# The words _ACT_VERB and "according to" stand on, as a page's words are
# lower-cased.
_ACT_WORDS = frozenset(
    "according announced announces announcing approved approves awarded awards"
    " begin charged charges close confirm confirmed confirms estimated estimates"
    " expect expected expects file filed files held hold issued issues launched"
    " launches recommended recommends released releases report reported reports"
    " revised revises said says start stated states urged urges warned warning"
    " warns welcomed welcomes published publishes".split()
)


# A name that is an office held by a person ("the Prime Minister of
# Example", "the Attorney General"): its holder speaks, not a body.
_OFFICE_NAME = re.compile(
    r"(?:the[ \t]+)?(?:(?:Prime|Foreign|Deputy)[ \t]+)?(?:Minister|President"
    r"|Premier|Governor|Mayor|Chancellor|Ambassador|Secretary|Attorney|Speaker"
    r"|Lord)\b",
    re.I,
)


# A day of the week in the sentence ("the Example Agency said on Tuesday",
# "Example Board on Friday filed ..."): how a news story dates what a body
# did; a body's own release says "today" or gives the date in its header.
_NEWS_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _news_dated(text: str, m: NameMatch) -> bool:
    """Whether the sentence naming ``m`` is dated by a day of the week."""
    start = _sentence_start(text, m.start)
    end = text.find(".", m.end)
    return _NEWS_DAY.search(text, start, m.end + 160 if end < 0 else end) is not None


def _lead_actor_at(text: str, m: NameMatch) -> bool:
    """Whether a body named in the lead speaks or acts in its own sentence."""
    start = _sentence_start(text, m.start)
    if _news_dated(text, m):
        return False  # a news story's frame, not the body's own voice
    before = text[start : m.start]
    if _ACT_OPENING.fullmatch(before) and _ACT_VERB.match(text, m.end):
        return True
    if not _SPEAKER_BEFORE.search(before):
        return False
    return before.rstrip().endswith("to") or bool(_SPEAKER_AFTER.match(text, m.end))


def lead_actor(
    table: OutletTable, text: str, lead_words: Collection[str] | None = None
) -> _Found | None:
    """A body the lead names in the third person as the speaker or actor of
    its own statement, on a page that names no outlet.

    A body's own release, or a copy that carries it, names the body as it
    acts or speaks: "The Example Agency today filed charges against ...",
    "Example Service has revised its policy ...", "... rose 4 percent,
    Example Statistics said today.", "according to Example Statistics". The
    page's first government body or organisation named that way in the lead
    is taken when the page says no "we" or "our" of its own, names no news
    outlet, and names the body more often than any other body. A news story
    about a body is found by its masthead, credit or byline before this cue.
    """
    # Cheap gates first: an act verb among the lead's lower-case words
    # (``lead_words``, when the caller has them), then a word in capitals
    # right before an act verb, or "according to" a name, in the lead; then
    # the page's own "we".
    if lead_words is not None and _ACT_WORDS.isdisjoint(lead_words):
        return None
    if not _ACT_GATE.search(text, 0, _LEAD_CHARS + _LEAD_MARGIN):
        return None
    if _voiced(text):
        return None
    lead = [
        m
        for m in _bodies(table, text[: _LEAD_CHARS + _LEAD_MARGIN])
        if m.start <= _LEAD_CHARS and m.entry.kind in NON_MEDIA_KINDS
    ]
    # "The Example Fund announced Tuesday ... The Fund expects ...": a body
    # the lead dates by a day of the week is a news story's subject all along.
    actor = next(
        (
            m
            for m in lead
            if not _OFFICE_NAME.match(text, m.start)
            and _lead_actor_at(text, m)
            and not any(
                o.entry.domain == m.entry.domain and _news_dated(text, o) for o in lead
            )
        ),
        None,
    )
    if actor is None:
        return None
    matches = _bodies(table, text)
    if any(m.entry.kind not in NON_MEDIA_KINDS for m in matches):
        return None
    counts = Counter(m.entry.domain for m in matches)
    n = counts.pop(actor.entry.domain, 0)
    if n <= max(counts.values(), default=0):
        return None
    e = actor.entry
    return _Found(e, e.domain, "text:lead-actor", actor.start, actor.end, 0.4)
