"""Publisher rules of official pages: member releases, source credits,
disclaimers, an office's transcripts, a ministry's news digest and a
chamber label.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Iterator

from reliability.annotators.outlet.lexicon import _SITE
from reliability.annotators.outlet.notices import _edge_matches
from reliability.annotators.outlet.shapes import (
    _Found,
    _line_matches,
    _lowered,
    _named,
    _unlisted,
)
from reliability.outlets.domains import registrable_domain, split_url
from reliability.outlets.sites import site_index
from reliability.outlets.table import NON_MEDIA_KINDS, OutletEntry, OutletTable
from reliability.resources import load_lexicon

# A member of Congress's release: "Source: United States Senator for Examplia
# Jo Cole", "Senator Jo Cole (D-EX) today issued the following statement".
_MEMBER = (
    r"(?P<title>Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.)"
    r"(?:[ \t]+for[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?"
    r"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}?(?P<last>[A-Z][a-z'\u2019-]+)"
    r"(?:,[ \t]+(?:Jr|Sr|III|II|M\.D)\.?)?"
)


_MEMBER_RELEASE = re.compile(
    r"^[ \t]*(?:Source:[ \t]+[^\n]*?\b"
    + _MEMBER
    + r"(?:[ \t]+\([^)\n]{2,40}\))?[ \t]*$"
    r"|(?:[A-Z][A-Za-z.,' ]{1,40}(?:[ \t]*[\u2013\u2014][ \t]*|[ \t]+-[ \t]+))?"
    r"(?:Today,[ \t]+)?(?P<r_us>U\.S\.[ \t]+|United[ \t]+States[ \t]+)?"
    + _MEMBER.replace("?P<", "?P<r_")
    + r"(?:[ \t]+\([^)\n]{2,12}\))?"
    # The member's office after the name: ", Chair of the Example Committee,".
    r"(?:,[ \t]+[A-Z][^,;\n]{2,120},)?(?:[ \t]+today)?[ \t]+"
    r"(?:(?:issued|released|delivered)[ \t]+the[ \t]+following[ \t]+"
    r"(?:opening[ \t]+)?(?:statement|remarks)"
    r"|(?<=today[ \t])(?P<r_did>[a-z]{3,}ed)\b))",
    re.M,
)


_HOUSE_TITLES = frozenset({"Congressman", "Congresswoman", "Representative", "Rep."})


def member_release(table: OutletTable, text: str) -> _Found | None:
    """A member of Congress's release names the member's own site.

    A copy's "Source: ... Congressman Jo Cole (EX-05)", or a release opening
    "Senator Jo Cole (D-EX) today issued the following statement": the
    member's site is ``<surname>.senate.gov`` or ``<surname>.house.gov``, as
    members' sites are named. A statement of several members names no one
    site and is left alone.
    """
    lowered = _lowered(text)
    keys = (("source:", "following ", " today "), _MEMBER_RELEASE)
    for m in _edge_matches(text, lowered, (keys,), head_only=True):
        prefix = "" if m.group("title") else "r_"
        if m.group("r_did") and not m.group("r_us"):
            continue  # "Senator Jo Cole today voted": a story about the member
        title, last = m.group(prefix + "title"), m.group(prefix + "last")
        chamber = "house.gov" if title in _HOUSE_TITLES else "senate.gov"
        surname = re.sub(r"[^a-z]", "", last.lower())
        if len(surname) < 2:
            continue
        s, e = m.span(prefix + "last")
        return _Found(None, f"{surname}.{chamber}", "text:self:member", s, e, 0.75)
    return None


# An agency's story code closing the copy: "EWA/IRN8505" on its own line.
_STORY_CODE = re.compile(r"^[ \t]*(?P<name>[A-Z]{2,6})/[A-Z]{0,5}\d{4,}[ \t]*$", re.M)


# The story code stands in the copy's last lines.
_CODE_CHARS = 300


# A copy's source credit on its own line: "Source: Example Radio".
_SOURCE_LINE = re.compile(
    r"^[ \t]*(?:(?:19|20)\d\d-\d\d-\d\d[ \t]*)?\(?(?:Source|SOURCE|\u6765\u6e90)[ \t]*"
    r"[:\uff1a][ \t]*(?P<name>[^\n()]{2,60}?)"
    r"(?:[ \t]+and[ \t]+(?:other[ \t]+)?(?:news[ \t]+|wire[ \t]+)?agencies)?"
    r"(?:[ \t]+[|\u2013\u2014-]?[ \t]*(?:Published|Updated|Posted)\b[^\n]*)?"
    r"\)?[ \t.]*$",
    re.M,
)


def _news_site(
    text: str, start: int, end: int, rule: str, conf: float
) -> _Found | None:
    """The news domain ``text[start:end]`` is the address of, if it is one."""
    site = text[start:end].strip(" \t.")
    parts = split_url(site) if " " not in site and "." in site else None
    if parts is None or not _SITE.fullmatch(parts.host):
        return None
    domain = registrable_domain(parts.host)
    if domain is None or domain not in site_index().news:
        return None
    s = text.index(site, start)
    return _Found(None, domain, rule, s, s + len(site), conf)


def source_credit(table: OutletTable, text: str) -> _Found | None:
    """A copy's credit naming the news outlet it came from.

    "Source: Example Radio" or "Source: dailyexample.com" alone on a line,
    or an agency's story code closing the copy ("EWA/IRN8505"). Only a news
    outlet counts: "Source: Example Statistics Office" or "Source:
    stats.example.gov" under a table credits the figures.
    """
    lowered = _lowered(text)
    keys = (("source", "\u6765\u6e90"), _SOURCE_LINE)
    for m in _edge_matches(text, lowered, (keys,)):
        found = _named(
            table, text, *m.span("name"), "text:origin:source", 0.7, whole=True
        )
        if (
            found is not None
            and found.entry is not None
            and found.entry.kind not in NON_MEDIA_KINDS
        ):
            return found
        if found is None:
            found = _news_site(text, *m.span("name"), "text:origin:source", 0.7)
            if found is not None:
                return found
    if "/" in text[-_CODE_CHARS:]:
        for m in _STORY_CODE.finditer(text, max(0, len(text) - _CODE_CHARS)):
            entry = table.by_name(m.group("name"))
            if entry is not None and entry.kind == "wire agency":
                return _Found(
                    entry, entry.domain, "text:origin:code", *m.span("name"), 0.7
                )
    return None


# A disclaimer naming the page's outlet: "... do not necessarily reflect
# Example News's editorial stance", "... the views of Example Radio".
_DISCLAIMER = re.compile(
    r"\b(?:reflect|represent)s?[ \t]+(?:(?:the[ \t]+)?(?:views?|opinions?|positions?"
    r"|polic(?:y|ies)|stance)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^\n.!?,;]{1,60}?)"
    r"(?=[.!?,;]|$|[ \t]+(?:or|and|nor|its|as)\b)|(?:the[ \t]+)?"
    r"(?P<name2>[A-Z][^\n.!?,;]{1,60}?)['\u2019]s?[ \t]+(?:editorial[ \t]+)?"
    r"(?:stance|polic(?:y|ies)|positions?"
    r"|views?|opinions?)\b)",
    re.M,
)


def disclaimer(table: OutletTable, text: str) -> _Found | None:
    """A disclaimer: "The views expressed ... do not necessarily reflect Example
    News's editorial stance" or "... the views of Example Radio".

    Only a page's own outlet disowns its contributors' views; the name must
    be a registry outlet or a news site's name.
    """
    lowered = _lowered(text)
    if "reflect" not in lowered and "represent" not in lowered:
        return None
    for m in _line_matches(text, lowered, ("reflect", "represent"), _DISCLAIMER):
        g = "name" if m.group("name") else "name2"
        found = _named(table, text, *m.span(g), "text:disclaimer", 0.8, whole=True)
        if found is None:
            found = _unlisted(table, text, *m.span(g), "text:disclaimer", 0.7)
        if found is not None:
            return found
    return None


# -- an office's own transcript ---------------------------------------------------

# A transcript's heading in a page's first lines: "Press Conference by the
# Prime Minister", "Extra Press Conference by the Example Minister", "News
# conference - Capital City", "Doorstop interview - Harbour Town", "Press
# Briefing", "Transcript: ...".
_TRANSCRIPT_HEADING = re.compile(
    r"^[ \t]*(?:(?:Extra|Regular|Joint|Special|Weekly|Daily)[ \t]+)?"
    r"(?:(?:Press|News|Media)[ \t]+(?:[Cc]onferences?|[Bb]riefings?)\b"
    r"|(?:Doorstop|Television|TV|Radio)(?:[ \t]+[Ii]nterview)?[ \t]*[-\u2013\u2014:]"
    r"|(?:Interview|Transcript)[ \t]*[-\u2013\u2014:])",
    re.M,
)


_TRANSCRIPT_CHARS = 600


_OFFICE_CHARS = 1500


# The office holding it, in the heading: "Press Conference by (the) Prime
# Minister Jane Doe", "... by the Example Minister (10:30 a.m.)".
_HEADING_OFFICE = re.compile(
    r"(?:[Cc]onference|[Bb]riefing|[Ss]tatements?|[Rr]emarks)[ \t]+by[ \t]+"
    r"(?:the[ \t]+)?(?P<title>[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,5})"
)


# A speaker label with the office in capitals: "JANE DOE, PRIME MINISTER:".
_SPEAKER_OFFICE = re.compile(
    r"^[ \t]*[A-Z][A-Z.'\u2019-]*(?:[ \t]+[A-Z][A-Z.'\u2019-]*){0,3},[ \t]+"
    r"(?P<title>[A-Z]{2,}(?:[ \t]+[A-Z]{2,}){0,4})[ \t]*:",
    re.M,
)


# A ministry named in the page: "Press Conference Room, Ministry of Defense".
_MINISTRY = re.compile(
    r"\b(?P<title>(?:Ministry|Department|Office)[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?"
    r"[A-Z][\w'\u2019-]*(?:[ \t]+(?:(?:and|of|for)[ \t]+)?[A-Z][\w'\u2019-]*){0,4})"
)


# An office's name in the registry with its country after "of" or in
# brackets: "Prime Minister of Example Land and His Cabinet", "Ministry of
# Examples of Example Land", "Ministry of Examples (Example Land)".
_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


_IN_BRACKETS = re.compile(r"^(?P<office>.+?)[ \t]+\((?P<country>[^()]+)\)$")


@functools.lru_cache(maxsize=4)
def _country_words() -> frozenset[str]:
    """Place names in the lexicon that name a country or a capital."""
    return frozenset(load_lexicon("place_names").entries)


_OFFICES_CACHE: dict[int, tuple[OutletTable, dict[str, dict[str, OutletEntry]]]] = {}


def _offices(table: OutletTable) -> dict[str, dict[str, OutletEntry]]:
    """Government offices of the registry by title, then by their country.

    "Prime Minister of Example Land" is kept as "prime minister" ->
    {"example land": entry}; a title held in one country only still needs
    its country named on the page.
    """
    cached = _OFFICES_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    countries = _country_words()
    out: dict[str, dict[str, OutletEntry]] = {}
    for entry in table:
        if entry.kind not in NON_MEDIA_KINDS:
            continue
        for label in (entry.name, *entry.aliases):
            for office, country in _office_country(label, countries):
                out.setdefault(office, {}).setdefault(country, entry)
    _OFFICES_CACHE[id(table)] = (table, out)
    return out


def _office_country(label: str, countries: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(office, country) readings of a registry name, both lower-case."""
    bracket = _IN_BRACKETS.match(label)
    if bracket is not None and bracket.group("country").lower() in countries:
        yield bracket.group("office").lower(), bracket.group("country").lower()
    for m in _OF_COUNTRY.finditer(label):
        tail = label[m.end() :].split(" and ")[0].strip().lower()
        if tail in countries:
            yield label[: m.start()].lower(), tail


def _office_titles(title: str) -> Iterator[tuple[str, int]]:
    """The office a title may stand for, longest first, lower-case, and its length.

    "Prime Minister Jane Doe" -> "prime minister jane doe", ..., "prime
    minister"; "Example Minister" also -> "ministry of example" and
    "ministry of example affairs" (a foreign minister heads the ministry of
    foreign affairs). The length is how many characters of the title the
    office spans.
    """
    words = list(re.finditer(r"\S+", title.replace("\u2019", "'")))
    for n in range(len(words), 0, -1):
        size = words[n - 1].end()
        head = " ".join(w.group() for w in words[:n]).lower()
        yield head, size
        if n == 2 and words[1].group().lower() == "minister":
            yield f"ministry of {words[0].group().lower()}", size
            yield f"ministry of {words[0].group().lower()} affairs", size


def _page_country(text: str, choices: Collection[str]) -> str | None:
    """Of ``choices``, the country the page names, and more often than the others.

    A name counts with the words it opens ("Examplean" for "Example"); a
    page naming none of the choices, or two of them equally often, has none.
    """
    counts: Counter[str] = Counter()
    lowered = text.lower()
    for country in choices:
        if country in lowered:
            n = len(re.findall(r"\b" + re.escape(country.title()), text))
            if n:
                counts[country] = n
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def office_transcript(table: OutletTable, text: str) -> _Found | None:
    """A government office's transcript on its own site, by the office's title.

    A page headed "Press Conference by the Prime Minister", "Doorstop
    interview - Harbour Town" (its speaker labelled "JANE DOE, PRIME
    MINISTER:") or "Press Conference by the Example Minister" (held at the
    Ministry of Example) is the office's own record. The registry names
    such offices with their country ("Prime Minister of Example Land",
    "Ministry of Example (Example Land)"); the country is the one the page
    names most. A title the registry holds for no country, or a page whose
    country is unclear, gives nothing.
    """
    head = text[:_TRANSCRIPT_CHARS]
    if _TRANSCRIPT_HEADING.search(head) is None:
        return None
    offices = _offices(table)
    top = text[:_OFFICE_CHARS]
    found = [
        m
        for pattern in (_HEADING_OFFICE, _SPEAKER_OFFICE, _MINISTRY)
        for m in pattern.finditer(top)
    ]
    for m in found:
        title = m.group("title")
        if title.isupper():
            title = title.title()
        for office, size in _office_titles(title):
            by_country = offices.get(office)
            if by_country is None:
                continue
            country = _page_country(text, by_country)
            if country is None:
                return None
            entry = by_country[country]
            s = m.start("title")
            return _Found(entry, entry.domain, "text:office", s, s + size, 0.7)
    return None


# A ministry's weekly digest of its own news, headed by the short name it
# goes by: "A look at the Defence news 3 - 9 May", "A summary of the
# Health news in the week of 3 May", "Round-up of the Transport news".
_DIGEST_HEADING = re.compile(
    r"^[ \t]*(?:A[ \t]+look[ \t]+at|A[ \t]+summary[ \t]+of|Round-?up[ \t]+of|"
    r"Highlights[ \t]+of)[ \t]+(?:the[ \t]+)?"
    r"(?P<field>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+news\b",
    re.M,
)


_DIGEST_CHARS = 300


def office_digest(table: OutletTable, text: str) -> _Found | None:
    """A ministry's digest of its own news, headed by the name it goes by.

    "A look at the Defence news 3 - 9 May" on a page about one country's
    armed forces is that country's Ministry of Defence's weekly digest: the
    field is read as "Ministry of <field>" and, as for ``office_transcript``,
    the registry's office of the country the page names most gives the row.
    """
    m = _DIGEST_HEADING.search(text, 0, _DIGEST_CHARS)
    if m is None:
        return None
    by_country = _offices(table).get("ministry of " + m.group("field").lower())
    if by_country is None:
        return None
    country = _page_country(text, by_country)
    if country is None:
        return None
    entry = by_country[country]
    return _Found(entry, entry.domain, "text:office", *m.span("field"), 0.7)


# A parliament's record labels each sitting with its chamber: "Commons
# Chamber" opening a line (often run into the speech) or in the title's
# brackets, "(Lords/Lords Chamber)".
_CHAMBER_LABEL = re.compile(
    r"(?:^|[(/])[ \t]*(?P<house>(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)[ \t]+Chamber"
    r"(?=[A-Z\s)/]|$)",
    re.M,
)


_CHAMBER_CHARS = 1500


def chamber_label(table: OutletTable, text: str) -> _Found | None:
    """A parliament's record page by its chamber's label near the top.

    "Commons Chamber" opening a line or "(Commons/Commons Chamber)" after a
    debate's title label a sitting of the House of Commons, the parliament
    that publishes its record. The house must be a registry name as "House
    of <label>" ("House of Commons"); "the council chamber" in a story is
    written in lower case and names no house.
    """
    head = text[:_CHAMBER_CHARS]
    if "Chamber" not in head:
        return None
    for m in _CHAMBER_LABEL.finditer(head):
        entry = table.by_name("House of " + m.group("house"))
        if entry is not None and entry.kind in NON_MEDIA_KINDS:
            s, e = m.start("house"), m.end()
            return _Found(entry, entry.domain, "text:masthead", s, e, 0.75)
    return None
