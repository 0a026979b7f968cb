"""Outlet name search: the ``_Found`` result, line and sentence spans, the
registry and shown-site lookups of a name, and the masthead shapes (title
bars, leading outlets, capitals mastheads) the publisher rules share.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from reliability.annotators.outlet.lexicon import (
    _CHROME_NAME_WORDS,
    _CREDIT_NEXT,
    _HOLDER_TAIL,
    _ISSUED,
    _ISSUED_BEFORE,
    _LAST_STOP,
    _MENU_WORDS,
    _OWN_SECTIONS,
    _SITE,
    _THIS_STORY,
    _TITLE_BAR,
)
from reliability.outlets.domains import is_public_host, registrable_domain, split_url
from reliability.outlets.sites import SiteIndex, site_index
from reliability.outlets.table import NON_MEDIA_KINDS, OutletEntry, OutletTable, compact


@dataclass(frozen=True)
class _Found:
    entry: OutletEntry | None
    domain: str
    rule: str
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0


def _line_spans(text: str, limit: int) -> Iterator[tuple[int, int]]:
    start = 0
    n = min(len(text), limit)
    while start < n:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


def _named(
    table: OutletTable,
    text: str,
    start: int,
    end: int,
    rule: str,
    confidence: float,
    *,
    whole: bool = False,
    heading: bool = False,
) -> _Found | None:
    """The registry outlet named in ``text[start:end]``, any kind but a platform.

    With ``whole``, the name must fill the span ("Example Press News" is not
    "Example"). ``heading`` as in ``OutletTable.find_names``: the span is a
    credit's own field, so a name there is no part of a longer one.
    """
    if whole:
        # A site credited by its address: "By Jane Doe, Editor, EXAMPLE.COM".
        site = text[start:end].strip(" \t")
        if "." in site and _SITE.fullmatch(site):
            entry = table.by_domain(site.lower())
            if entry is not None and entry.kind != "platform":
                s = text.index(site, start)
                return _Found(entry, entry.domain, rule, s, s + len(site), confidence)
    match = table.name_in(text, start, end, media_only=False, heading=heading)
    if match is None or match.entry.kind == "platform":
        return None
    rest = text[match.end : end].strip(" \t.")
    if whole and rest != "" and rest.lower() not in _OWN_SECTIONS:
        return None  # ("Example News Digital": the outlet's own desk)
    if not whole and match.start > start and _inside_name(text, match.start):
        return None  # "Follow Lakeside News Observer": not "News Observer"
    e = match.entry
    return _Found(e, e.domain, rule, match.start, match.end, confidence)


def _first_named(
    table: OutletTable,
    text: str,
    patterns: Sequence[tuple[tuple[str, ...], tuple[str, ...], re.Pattern[str]]],
    rule: str,
    confidence: float,
) -> _Found | None:
    """The first registry outlet a pattern's ``name`` group (or ``before``) holds.

    Each pattern comes with words the page must contain for it to be tried
    at all, and words one of which every match contains: only the lines
    holding one of those are scanned, since no match spans two lines.
    """
    lowered = _lowered(text)
    present = _keywords_present(lowered)
    for keywords, needles, pattern in patterns:
        core = _common_core(keywords)
        if core and not _keyword_in(lowered, core, present):
            continue  # each keyword holds the core: none is on the page
        # Each keyword is searched for once a page: the cues share many
        # ("from", "follow", "latest"), and this runs ~100 times a page.
        for k in keywords:
            has = present.get(k)
            if has is None:
                has = present[k] = k in lowered
            if has:
                break
        else:
            continue
        groups = pattern.groupindex
        for m in _line_matches(text, lowered, needles, pattern):
            if "before" in groups and m.group("before") is not None:
                # The name ends where the cue begins, from the sentence start.
                end = m.start()
                start = _sentence_start(text, end)
                whole = True
            else:
                group = next(
                    g for g in ("name", "name2", "name3") if m.groupdict().get(g)
                )
                start, end, whole = m.start(group), m.end(group), False
                if pattern is _ISSUED and not _ISSUED_BEFORE.search(
                    text, _line_start(text, m.start()), m.start()
                ):
                    continue
            found = _named(table, text, start, end, rule, confidence, whole=whole)
            if found is None and pattern is not _THIS_STORY:
                found = _unlisted(table, text, start, end, rule, confidence - 0.1)
            if found is None and not whole:
                found = _parent_named(table, text, end, rule, confidence)
            if (
                found is not None
                and pattern is _THIS_STORY
                and m.group()[:1] in "Tt"
                and found.entry is not None
                and found.entry.kind not in NON_MEDIA_KINDS
            ):
                continue  # "this Example Times report from April" cites it
            if found is not None:
                return found
    return None


# After a name the registry does not hold, the body it belongs to: "produced
# by Example Desk, a project of the Example Media Institute".
_PARENT = re.compile(
    r",[ \t]+(?:an?|the)[ \t]+(?:(?:news|media|reporting|journalism)[ \t]+)?"
    r"(?:project|program|programme|initiative|service|publication|division|unit)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,;:]{1,60}?)"
    r"(?=[ \t]*(?:[.!?,;:]|$))",
    re.M,
)


def _parent_named(
    table: OutletTable, text: str, end: int, rule: str, confidence: float
) -> _Found | None:
    """The registry outlet an appositive after a credited name says it is part of.

    "This article was produced by Example Desk, a project of the Example
    Media Institute": the desk is unknown, the institute whose project it
    is gives the copy's origin. Only a news outlet counts ("the council, a
    division of the Example Ministry" names a body's report).
    """
    m = _PARENT.match(text, end)
    if m is None:
        return None
    found = _named(table, text, *m.span("name"), rule, confidence, whole=True)
    if found is None or found.entry is None or found.entry.kind in NON_MEDIA_KINDS:
        return None
    return found


# A core shorter than this is on nearly every page: no use looking for it.
_CORE_MIN = 4


@functools.lru_cache(maxsize=256)
def _common_core(keywords: tuple[str, ...]) -> str:
    """The longest text each of several keywords holds, if long enough to look for.

    ("statement sent to", "statement emailed to") hold "statement ": a page
    without it holds neither, found with one search instead of two.
    """
    if len(keywords) < 2:
        return ""
    shortest = min(keywords, key=len)
    core = ""
    for i in range(len(shortest)):
        j = i + len(core) + 1
        while j <= len(shortest) and all(shortest[i:j] in k for k in keywords):
            core = shortest[i:j]
            j += 1
    return core if len(core) >= _CORE_MIN else ""


@functools.lru_cache(maxsize=4)
def _keywords_present(lowered: str) -> dict[str, bool]:
    """Which cue keywords the page holds, filled in as they are asked for."""
    return {}


def _keyword_in(lowered: str, keyword: str, present: dict[str, bool]) -> bool:
    """Whether ``lowered`` holds ``keyword``, each keyword searched once a page."""
    has = present.get(keyword)
    if has is None:
        has = present[keyword] = keyword in lowered
    return has


@functools.lru_cache(maxsize=4)
def _lowered(text: str) -> str:
    # The publisher and origin cues each test the same page for their words.
    return text.lower()


def _line_matches(
    text: str, lowered: str, needles: tuple[str, ...], pattern: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, scanning only the lines that hold a needle.

    A match lies on one line (its parts never match a newline), so it is
    found the same from the line's start; the scan reads past the line's end
    only as far as a lookahead can ("Example Post\non ..."), and a match
    starting on a later line is left to that line.
    """
    if len(lowered) != len(text):  # lower() changed lengths: offsets differ
        yield from pattern.finditer(text)
        return
    n = len(text)
    for start in _needles_lines(text, lowered, needles):
        end = text.find("\n", start)
        end = n if end < 0 else end
        # Room for a lookahead across the line break: whitespace, then
        # "under" and one more character.
        stop = end
        while stop < n and text[stop].isspace():
            stop += 1
        for m in pattern.finditer(text, start, min(n, stop + 7)):
            if m.start() > end:
                break
            yield m


# The lines a cue's needles stand on (several cues share a cue's needles:
# the writer's bio and credit patterns ask for the same ones).
@functools.lru_cache(maxsize=64)
def _needles_lines(
    text: str, lowered: str, needles: tuple[str, ...]
) -> tuple[int, ...]:
    """The starts of the lines of ``text`` holding one of ``needles``, in order."""
    starts: set[int] = set()
    for needle in needles:
        starts.update(_needle_lines(text, lowered, needle))
    return tuple(sorted(starts))


# The lines each needle stands on (the cues ask for the same needles,
# "from", "follow", again and again on one page).
@functools.lru_cache(maxsize=512)
def _needle_lines(text: str, lowered: str, needle: str) -> tuple[int, ...]:
    """The starts of the lines of ``text`` whose lower case holds ``needle``."""
    present = _keywords_present(lowered)  # shared with the cues' keywords
    if present.get(needle) is False:
        return ()
    starts: list[int] = []
    at = lowered.find(needle)
    present[needle] = at >= 0
    while at >= 0:
        line_end = text.find("\n", at)
        starts.append(text.rfind("\n", 0, at) + 1)
        if line_end < 0:
            break
        at = lowered.find(needle, line_end)
    return tuple(starts)


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence or line holding ``at`` begins (at most 60 back)."""
    lo = max(_line_start(text, at), at - 60)
    m = _LAST_STOP.search(text, lo, at)
    return m.end() if m else lo


# -- names the registry does not hold -------------------------------------------

# An address the page shows, from its first label: "www.lakesidegazette.com",
# "jo@lakesidegazette.com". The last label is lower-case ("Monday.It" is a
# missing space, not an address).
_SHOWN_SITE = re.compile(
    r"(?<![\w.-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[a-z]{2,})(?![\w-])"
)


_MIN_SHOWN_KEY = 5


_NAME_LEAD = re.compile(r"[ \t\"'\u201c\u2018]*(?:the[ \t]+)?", re.I)


def _shown_site(text: str, name: str) -> str | None:
    """The registrable domain the page shows under ``name`` run together.

    "Lakeside Gazette" finds ``lakesidegazette.com`` (or
    ``thelakesidegazette.com``) where the page shows it in an address or a
    mailbox, or with hyphens between its words (``lakeside-gazette.com``);
    mail providers and link services do not count. Only the name's own
    occurrences are read, not every address on the page.
    """
    key = compact(name)
    if key.startswith("the") and len(key) - 3 >= _MIN_SHOWN_KEY:
        key = key[3:]
    if len(key) < _MIN_SHOWN_KEY:
        return None
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None
    index = site_index()
    for label in (key, "the" + key):
        found = _shown_label(text, lowered, label, (label,), index)
        if found is not None:
            return found
    return _shown_hyphened_site(text, lowered, name, index)


def _shown_label(
    text: str, lowered: str, label: str, accepted: tuple[str, ...], index: SiteIndex
) -> str | None:
    """The public news domain shown in ``text`` whose host holds ``label`` and
    whose first label is one of ``accepted``."""
    at = lowered.find(label + ".")
    while at >= 0:
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".-"):
            start -= 1
        m = _SHOWN_SITE.match(text, start)
        if m is not None and m.start(1) <= at < m.end(1):
            host = m.group(1).lower()
            domain = registrable_domain(host)
            if (
                domain is not None
                and domain.split(".", 1)[0] in accepted
                and index.is_publisher(host)
                and is_public_host(host)
            ):
                return domain
        at = lowered.find(label + ".", at + 1)
    return None


def _shown_hyphened_site(
    text: str, lowered: str, name: str, index: SiteIndex
) -> str | None:
    """The shown domain whose first label is the name's words joined by
    hyphens: "Lakeside Gazette" at ``lakeside-gazette.com``."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    if words and words[0] == "the":
        words = words[1:]
    if len(words) < 2:
        return None
    label = "-".join(words)
    return _shown_label(text, lowered, label, (label, "the-" + label), index)


def _unlisted(
    table: OutletTable, text: str, start: int, end: int, rule: str, conf: float
) -> _Found | None:
    """An outlet no registry row holds, named in ``text[start:end]`` in full.

    The name ("Lakeside Gazette") is a news domain's name run together
    (``lakesidegazette.com``), or the name of a domain the page itself shows
    in an address or a mailbox. It must be a proper name of a few words, or
    the site's address itself ("lakesidegazette.com").
    """
    lead = _NAME_LEAD.match(text, start, end)
    s = lead.end() if lead else start
    name = text[s:end].rstrip(" \t.,;:\"'\u201d\u2019")
    e = s + len(name)
    words = name.split()
    if len(words) == 1 and "." in name and "@" not in name:
        # A credit naming the site by its address: "republished from
        # dailyexample.com", "By Jane Doe, DailyExample.com".
        parts = split_url(name)
        if parts is None or not _SITE.fullmatch(parts.host):
            return None
        return _site_found(table, parts.host, rule, s, e, conf)
    if not words or len(words) > _CHROME_NAME_WORDS or not name[0].isupper():
        return None
    found = _name_found(table, text, s, e, rule, conf)
    if found is not None:
        return found
    domain = _shown_site(text, name)
    if not domain:
        return None
    entry = table.by_domain(domain)
    if entry is not None and entry.kind == "platform":
        return None
    return _Found(entry, domain, rule, s, e, conf)


# -- the publisher: what the page shows of itself ------------------------------


# Words run together in a logo, each with its capital: "ExampleNewsAgency".
_CAMEL_LOGO = re.compile(r"(?:[A-Z][a-z]+){2,}")


def _line_outlet(table: OutletTable, line: str) -> OutletEntry | None:
    """The outlet a short chrome line is exactly: a name, alias or domain."""
    words = line.split()
    if len(words) == 1 and "." in line:
        parts = split_url(line)
        return table.by_domain(parts.host) if parts else None
    if len(words) == 1 and line.lower() in _MENU_WORDS:
        return None
    entry = table.by_name(line)
    if entry is not None:
        return entry
    if len(words) == 1 and (
        line.islower() or line.isupper() or _CAMEL_LOGO.fullmatch(line)
    ):
        # a logo word: "indianarrative", "EXAMPLEPOST", "ExampleNewsAgency"
        return table.by_compact(line)
    return None


def _with_parent(table: OutletTable, text: str, s: int, e: int) -> _Found | None:
    """A government body's name opening a masthead line, its parent's after it.

    "Example Weather Service United States Department of Examples" names
    the body; the line is too long to be a name alone.
    """
    match = table.name_in(text, s, e, media_only=False, heading=True)
    if (
        match is None
        or match.start != s
        or match.entry.kind not in NON_MEDIA_KINDS
        or not _parent_after(table, text, match.end, e)
    ):
        return None
    entry = match.entry
    return _Found(entry, entry.domain, "text:masthead", match.start, match.end, 0.8)


def _parent_after(table: OutletTable, text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is only a government body's name, a parent's.

    "United States Department of Examples" after a bureau's name on its
    masthead line; "U.S. Department of Examples" too.
    """
    match = table.name_in(text, s, e, media_only=False, heading=True)
    if match is None or match.entry.kind not in NON_MEDIA_KINDS:
        return False
    if text[match.end : e].strip():
        return False
    before = text[s : match.start].split()
    # "United States" or "U.S." before a department the registry names
    # without it
    return not before or " ".join(before) in _NATION_WORDS


_NATION_WORDS = frozenset({"United States", "U.S.", "US", "The"})


def _leading_outlet(
    table: OutletTable, text: str, s: int, e: int, *, section: bool = False
) -> _Found | None:
    """An outlet's name opening a short chrome line, a section after it.

    "Voice of America Arts & Culture" and "Home Office in the media" name
    their outlet; "Reuters/Jane Doe" and "AFP via Getty Images" are photo
    credits and do not. With ``section`` (the part before a colon), the name
    alone is a label and does not count.
    """
    match = table.name_in(text, s, e, media_only=False, heading=True)
    if match is None or match.start != s or match.entry.kind == "platform":
        return None
    rest = text[match.end : e].strip()
    if _CREDIT_NEXT.match(rest) or rest[:1] in ("'", "\u2019", ",", "("):
        return None
    if len(rest.split()) > 3 or (section and not rest):
        return None
    if (
        len(text[s : match.end].split()) == 1
        and text[s : match.end].lower() in _MENU_WORDS
    ):
        return None
    entry = match.entry
    return _Found(entry, entry.domain, "text:masthead", match.start, match.end, 0.8)


def _title_bar(table: OutletTable, text: str, s: int, e: int) -> _Found | None:
    """The site a long title line names at one of its ends.

    "Headline | Example Times" names the site in its last part, also with a
    section after the name ("Headline - Example Foundation blog"); a
    breadcrumb, "Example Agency - News - Headline", in its first part when
    two or more bars follow it.
    """
    bars = list(_TITLE_BAR.finditer(text, s, e))
    if not bars:
        return None
    last = bars[-1].end()
    part = text[last:e].strip()
    entry = _line_outlet(table, part)
    if entry is not None and entry.kind != "platform":
        ps = text.index(part, last)
        return _Found(entry, entry.domain, "text:masthead", ps, ps + len(part), 0.85)
    if part:
        ps = text.index(part, last)
        found = _leading_outlet(table, text, ps, ps + len(part))
        if found is not None:
            return replace(found, confidence=0.8)
    if len(bars) >= 2:
        part = text[s : bars[0].start()].strip()
        entry = _line_outlet(table, part) if part else None
        if entry is not None and entry.kind != "platform":
            return _Found(entry, entry.domain, "text:masthead", s, s + len(part), 0.8)
    return None


# The words in capitals a flattened page opens with: "EXAMPLE AGENCY NEWS
# RELEASE Monday ...".
_CAPITALS_RUN = re.compile(r"(?:[A-Z][A-Z.&'\u2019-]*[ \t]+){3,}")


_CAPITALS_AFTER = 3


def _capitals_masthead(table: OutletTable, text: str, s: int) -> _Found | None:
    """A government body or organisation opening a page's run of capitals.

    A page whose lines were run together keeps its masthead as the first
    words in capitals, glued to the story: "EXAMPLE PARK SERVICE MORNING
    REPORT Friday ...". The name must open the run and one to three more
    words in capitals follow it (a section or a label): a dateline ("NEW
    YORK (Example Wire)") is no masthead, nor is a headline in capitals
    that runs on ("EXAMPLE AGENCY TO CLOSE ITS OFFICES ..." names its
    subject); a news outlet's name there is left to the other cues.
    """
    run = _CAPITALS_RUN.match(text, s)
    if run is None:
        return None
    match = table.name_in(text, s, run.end(), media_only=False, heading=True)
    if (
        match is None
        or match.start != s
        or match.entry.kind not in NON_MEDIA_KINDS
        or not 1 <= len(text[match.end : run.end()].split()) <= _CAPITALS_AFTER
    ):
        return None
    e = match.entry
    return _Found(e, e.domain, "text:masthead", match.start, match.end, 0.7)


def _site_found(
    table: OutletTable, host: str, rule: str, start: int, end: int, conf: float
) -> _Found | None:
    """The publisher at ``host``: a registry outlet, else its registrable domain."""
    sites = site_index()
    host = host.lower().rstrip(".")
    if not sites.is_publisher(host) or not is_public_host(host):
        return None
    entry = table.by_domain(host)
    if entry is not None:
        if entry.kind == "platform":
            return None
        return _Found(entry, entry.domain, rule, start, end, conf)
    domain = registrable_domain(host)
    if domain is None:
        return None
    return _Found(None, domain, rule, start, end, conf)


def _name_found(
    table: OutletTable, text: str, start: int, end: int, rule: str, conf: float
) -> _Found | None:
    """The site a chrome name stands for, from the registry or the news domains."""
    name = text[start:end].strip(" \t,:")
    if not name:
        return None
    found = _named(table, text, start, end, rule, conf, whole=True)
    if found is not None and found.start is not None:
        lead = text[start : found.start].strip(" \t,:")
        # The name must fill the span: "He said the Sun" is no name, and
        # "Lakeside Gazette Inc" is not Inc. magazine.
        if lead in ("", "The", "the"):
            return found
    words = name.split()
    while words:
        part = " ".join(words).rstrip(",")
        entry = table.by_name(part) if len(words) < len(name.split()) else None
        if entry is not None and entry.kind != "platform":
            # "Example Media Group, Inc.": the registry's "Example"
            s = text.index(name, start)
            return _Found(entry, entry.domain, rule, s, s + len(part), conf)
        domain = site_index().domain_for_name(part) or _shown_site(text, part)
        if domain is not None:
            s = text.index(name, start)
            return _Found(table.by_domain(domain), domain, rule, s, s + len(name), conf)
        if words[-1].lower().strip(".,") not in _HOLDER_TAIL:
            return None
        words.pop()
    return None


# A capitalised word just before a name, itself inside its sentence: the
# name only ends a longer one ("the Democratic People's Republic", "Apple
# and Alphabet Inc's Google", "the Cambodian People's Party").
_WORD_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][\w&'\u2019-]*)[ \t]+$")


_BEFORE_WORD = re.compile(r"(?:^|[.!?:;\"\u201c(\[]|\n)[ \t]*$")


def _inside_name(text: str, at: int) -> bool:
    """Whether the name at ``at`` ends a longer proper name it stands inside."""
    w = _WORD_BEFORE.search(text, max(0, at - 40), at)
    if w is None or w.group(1) == "The":
        return False
    # A capitalised word opening the sentence ("As Example News' Jo Cole")
    # says nothing.
    return _BEFORE_WORD.search(text, max(0, w.start() - 5), w.start()) is None
