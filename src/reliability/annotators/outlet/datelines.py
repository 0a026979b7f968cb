"""Origin rules: "retrieved from" and republished lines, agency datelines,
byline lines and credits, agency credit lines, files credits and "first
published" lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reliability.annotators.outlet.lexicon import (
    _AGENCY_MARK,
    _AND_LIST,
    _BIO,
    _BIO_NEEDLES,
    _BIO_OWNED,
    _BIO_SUBJECT,
    _BODY_WORDS,
    _BYLINE,
    _DASH,
    _DATELINE,
    _INNER_BYLINE,
    _MASTHEAD_CHARS,
    _MASTHEAD_LINES,
    _OWN_SECTIONS,
    _PLACE_BEFORE,
    _REPUBLISHED,
    _ROLE_TAIL,
    _STAFF,
    _STAFF_LEAD,
    _WIRE,
)
from reliability.annotators.outlet.masthead import _ADDRESS_LINES, _ADDRESSEE
from reliability.annotators.outlet.notices import _EDGE_CHARS
from reliability.annotators.outlet.shapes import (
    _first_named,
    _Found,
    _line_matches,
    _line_outlet,
    _line_spans,
    _line_start,
    _lowered,
    _named,
    _sentence_start,
    _unlisted,
)
from reliability.outlets.table import NON_MEDIA_KINDS, OutletEntry, OutletTable

# -- the origin: whose copy the page carries ------------------------------------


# A wiki page's printed footer: "Retrieved from “https://en.example.org/w/...”".
_RETRIEVED = re.compile(
    r"\bRetrieved from[ \t]*[\"\u201c']?https?://(?P<host>[\w.-]+\.[a-z]{2,})/",
    re.I,
)


def retrieved_from(table: OutletTable, text: str) -> _Found | None:
    """A wiki page's footer naming the site it was printed from.

    MediaWiki ends every printed or copied page with "Retrieved from
    “https://en.example.org/w/index.php?title=...”": the address of the
    page the text is a copy of, so its site is the origin (ANNOTATION.md,
    "Document"; decision 21's Wikinews footer), whatever the copy's own page
    names in its body. Only a registry outlet's address counts.
    """
    if "retrieved from" not in _lowered(text):
        return None
    for m in _RETRIEVED.finditer(text):
        entry = table.by_domain(m.group("host"))
        if entry is not None and entry.kind != "platform":
            return _Found(
                entry, entry.domain, "text:origin:retrieved", *m.span("host"), 0.85
            )
    return None


def republished_from(table: OutletTable, text: str) -> _Found | None:
    """A republication notice: "This story was originally published by Example Post".

    Also "The post ... appeared first on Example Daily", "This text comes
    from Example Wiki", "republished from Example Review under a Creative
    Commons licence" and "... from the Example Ministry website".
    """
    return _first_named(table, text, _REPUBLISHED, "text:origin:republished", 0.85)


# Press-release distribution services: their mark in a release's dateline
# ("EXAMPLE CITY, May 3, 2024 (EXAMPLE NEWSWIRE) -- Example Agency today
# ...") says who carried the release, not who wrote it; the issuer named
# in the release is its origin, on the service's own site as on any other.
_RELEASE_WIRES = frozenset(
    {
        "accesswire.com",
        "businesswire.com",
        "globenewswire.com",
        "newswire.ca",
        "prnewswire.com",
        "prweb.com",
    }
)


def agency_dateline(table: OutletTable, text: str) -> _Found | None:
    """A dateline naming the agency: "OSLO, March 3 (Example Wire) -".

    Also "OSLO (EW) --", "OSLO, March 3 /EW/ -" and "(EW) -" at a line's
    start. Any registry outlet but a platform counts ("WASHINGTON (CNN) -").
    Inside a line (a dateline run on after a byline or a timestamp), the
    agency needs a place or a date before it: "... OSLO (EW) -", "... May
    3. /EW/."; a news agency's dateline may go without its dash: "NEW
    DELHI, Jan 5 (EWA) The ministry said ...", or name it after a comma
    near the top: "Oslo, EWA - The ministry said ...".
    """
    for m in _dateline_matches(text):
        group = "paren" if m.group("paren") is not None else "slash"
        entry = _desk_of(table, m.group(group))
        if entry is not None and entry.domain in _RELEASE_WIRES:
            continue  # the release's issuer, not its distributor, wrote it
        if entry is not None and entry.kind != "platform":
            return _Found(
                entry,
                entry.domain,
                "text:origin:dateline",
                m.start(group),
                m.end(group),
                0.75,
            )
        if entry is None:
            # "OSLO (Lakeside Gazette) -": a newsroom the registry lacks
            found = _unlisted(table, text, *m.span(group), "text:origin:dateline", 0.65)
            if found is not None:
                return found
    for m in _AGENCY_MARK.finditer(text):
        group = "paren" if m.group("paren") is not None else "slash"
        entry = _desk_of(table, m.group(group))
        if entry is None or entry.kind == "platform" or entry.domain in _RELEASE_WIRES:
            continue
        if m.group("bare") is not None and entry.kind != "wire agency":
            continue  # without a dash, only a news agency signs a dateline
        line = _line_start(text, m.start())
        if _PLACE_BEFORE.search(text, max(line, m.start() - 40), m.start()):
            return _Found(
                entry,
                entry.domain,
                "text:origin:dateline",
                m.start(group),
                m.end(group),
                0.7,
            )
    for m in _COMMA_DATELINE.finditer(text, 0, min(len(text), _EDGE_CHARS)):
        entry = table.by_name(m.group("agency"))
        if (
            entry is not None
            and entry.kind == "wire agency"
            and entry.domain not in _RELEASE_WIRES
        ):
            return _Found(
                entry, entry.domain, "text:origin:dateline", *m.span("agency"), 0.7
            )
    return _bare_dateline(table, text)


# A dateline without brackets, the outlet's name before a long dash that
# opens the story: "Oslo Example News — The ministry said ...".
_BARE_DATELINE = re.compile(
    r"^[ \t]*(?P<head>[A-Z][\w.&'\u2019-]*(?:[ \t]+[A-Z][\w.&'\u2019-]*){0,5})"
    r"[ \t]+(?:\u2014|\u2013|--)[ \t]+(?P<rest>[^\n]*)",
    re.M,
)


_BARE_DATELINE_BODY = 8  # spaces in the rest of the line: a paragraph


def _bare_dateline(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's name before a long dash opening the first paragraph.

    "Oslo Example News — The ministry said on Monday ..." and "Example
    News — The ministry said ...": the outlet signs its dateline without
    brackets. The name must end just before the dash, only a place in
    capitalised words may stand before it, and a paragraph must follow on
    the same line (a title "Example News — Home" is the page's own bar).
    """
    if "\u2014" not in text and "\u2013" not in text and "--" not in text:
        return None
    for m in _BARE_DATELINE.finditer(text, 0, min(len(text), _EDGE_CHARS)):
        if m.group("rest").count(" ") < _BARE_DATELINE_BODY:
            continue
        head_start, head_end = m.span("head")
        at = head_start
        while at < head_end:
            entry = table.by_name(text[at:head_end])
            if (
                entry is not None
                and entry.kind not in NON_MEDIA_KINDS
                and entry.kind != "platform"
            ):
                return _Found(
                    entry, entry.domain, "text:origin:dateline", at, head_end, 0.65
                )
            space = text.find(" ", at, head_end)
            if space < 0:
                break
            at = space + 1
    return None


def _desk_of(table: OutletTable, name: str) -> OutletEntry | None:
    """The registry outlet a dateline's agency names, perhaps by one of its desks.

    "(Example News Business) -" and "(Example News Politics) -" are the
    outlet's business and politics desks signing the copy, so the outlet
    is "Example News" when the registry has no row for the desk.
    """
    entry = table.by_name(name)
    if entry is None:
        head, _, last = name.rstrip().rpartition(" ")
        if head and last.lower() in _OWN_SECTIONS:
            entry = table.by_name(head)
    if entry is None and _MARK.fullmatch(name):
        entry = _agency_initials(table).get(name)
    return entry


# A news agency's mark of its initials in a dateline: "ANKARA (EWA) -".
_MARK = re.compile(r"[A-Z]{2,4}")


_INITIALS_CACHE: dict[int, tuple[OutletTable, dict[str, OutletEntry]]] = {}


def _agency_initials(table: OutletTable) -> dict[str, OutletEntry]:
    """News agencies by the initials of their full names, where only one has them.

    "Example Wire Agency" signs "(EWA)". Only a name ending in "Agency"
    counts, and only for an agency with no acronym of its own among its
    names (one that has one signs with it: "Example Telegram Agency",
    "ETAG"); initials two agencies share, or that are already a registry
    name, are left out.
    """
    cached = _INITIALS_CACHE.get(id(table))
    if cached is not None and cached[0] is table:
        return cached[1]
    seen: dict[str, OutletEntry | None] = {}
    # ("APA" opening another agency's name is that agency's mark)
    words = {w for e in table for n in (e.name, *e.aliases) for w in n.split()}
    for entry in table:
        if entry.kind != _WIRE or not entry.name.endswith(" Agency"):
            continue
        if any(a.isupper() for a in entry.aliases):
            continue
        mark = "".join(w[0] for w in entry.name.split() if w[:1].isalpha()).upper()
        if _MARK.fullmatch(mark) and mark not in words and table.by_name(mark) is None:
            seen[mark] = None if mark in seen else entry
    marks = {k: v for k, v in seen.items() if v is not None}
    _INITIALS_CACHE[id(table)] = (table, marks)
    return marks


# A news agency's dateline with a comma: "Oslo, EWA -" (only a news agency
# signs a dateline this way; "Oslo, Norway -" names no outlet).
_COMMA_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'\u2019-]{1,30},[ \t]+"
    r"(?P<agency>[A-Z][\w&.-]{1,15}(?:[ \t]+[A-Z][\w&.-]{1,15}){0,3})[ \t]*"
    + _DASH
    + r"[ \t]+(?=\S)",
    re.M,
)


def _dateline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_DATELINE.finditer(text)``, trying only lines with "(" or "/".

    A dateline is one line's start up to its agency's bracket or slash, so
    a line with neither holds none; trying the others at their start finds
    the same matches in the same order.
    """
    starts: set[int] = set()
    for mark in "(/":
        at = text.find(mark)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at)
            if line_end < 0:
                break
            at = text.find(mark, line_end)
    for start in sorted(starts):
        m = _DATELINE.match(text, start)
        if m is not None:
            yield m


def _staff_matches(text: str) -> Iterator[re.Match[str]]:
    """``_STAFF.finditer(text)``, tried only where "staff" stands after a space."""
    lowered = _lowered(text)
    if len(lowered) != len(text):  # lower() changed lengths: offsets differ
        lowered = text
    at = lowered.find("staff")
    while at >= 0:
        start = at
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        if start < at:
            m = _STAFF.match(text, start)
            if m is not None:
                yield m
                at = lowered.find("staff", m.end())
                continue
        at = lowered.find("staff", at + 1)


_WORD_CHAR = re.compile(r"\w")


def _byline_matches(text: str) -> Iterator[re.Match[str]]:
    """``_BYLINE.finditer(text)``, trying only lines that open with "By".

    A byline is one line from its start; a line whose first word is not
    "By" holds none.
    """
    at = text.find("By")
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        if not text[start:at].strip(" \t"):
            m = _BYLINE.match(text, start)
            if m is not None:
                yield m
        end = text.find("\n", at)
        if end < 0:
            break
        at = text.find("By", end)


def _role_credit(
    table: OutletTable, text: str, start: int, end: int, rule: str
) -> _Found | None:
    """A byline's outlet with the writer's role after it: "Example Wire Reporter".

    The registry name must open the credit, and only a role (and perhaps a
    place) may follow it.
    """
    match = table.name_in(text, start, end, media_only=False)
    if match is None or match.entry.kind == "platform":
        return None
    if text[start : match.start].strip(" \t").lower() not in ("", "the"):
        return None
    if _ROLE_TAIL.match(text, match.end, end) is None:
        return None
    e = match.entry
    return _Found(e, e.domain, rule, match.start, match.end, 0.65)


_BYLINE_LINE_LINES = 12


_BYLINE_LINE_BODY = 25


_BYLINE_LINE_SPACES = 8  # a short line: a name, indented at most a little


_BYLINE_LINE_CHARS = _MASTHEAD_CHARS


def byline_line(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's name alone on a line, over the story's first paragraph.

    "Example Radio News" between the headline (or a photo caption) and the
    first paragraph is the agency byline of the copy. Only a news outlet
    counts (an office's name over a paragraph is a section heading), and
    only near the top.
    """
    seen = 0
    previous: tuple[int, int] | None = None
    for start, end in _line_spans(text, _BYLINE_LINE_CHARS):
        spaces = text.count(" ", start, end)
        if spaces >= _BYLINE_LINE_BODY:
            if previous is not None:
                entry = _line_outlet(table, text[previous[0] : previous[1]])
                if (
                    entry is not None
                    and entry.kind not in NON_MEDIA_KINDS
                    and entry.kind != "platform"
                ):
                    return _Found(
                        entry, entry.domain, "text:origin:byline-line", *previous, 0.7
                    )
            previous = None
        elif spaces <= _BYLINE_LINE_SPACES:
            line = text[start:end]
            stripped = line.strip()
            if not stripped:
                continue
            ps = start + line.index(stripped)
            previous = (ps, ps + len(stripped))
        else:
            previous = None
        seen += 1
        if seen > _BYLINE_LINE_LINES:
            break
    return None


# A writer's name: two to four words in capitals ("Jane Doe", "Jo K. Cole").
_PERSON = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}"


# A byline "By" does not open: "Jane Doe, Example News", "Written by Jane Doe
# | Example News", "Jane Doe, for Example News", perhaps with the writer's
# place after the outlet ("Jane Doe, Example News, Oslo").
_NAME_BYLINE = re.compile(
    r"[ \t]*(?:(?:Written|Story|Words|Reported)[ \t]+by[ \t]+)?" + _PERSON + r"[ \t]*"
    r"(?:,|\||[ \t][-\u2013\u2014])[ \t]*(?:(?:for|[Ss]pecial[ \t]+to)[ \t]+)?"
    r"(?P<name>[A-Z][^\n,|]{1,50}?)"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})?[ \t]*$"
)


# The writer's name alone on a line (the outlet on the next).
_PERSON_LINE = re.compile(r"[ \t]*(?:By[ \t]+)?" + _PERSON + r"[ \t]*$")


# The outlet line under it: "Example News" or "Example News, Oslo".
_OUTLET_LINE = re.compile(
    r"[ \t]*(?P<name>[A-Z][^\n,|]{1,50}?)"
    r"(?:[ \t]*,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2})?[ \t]*$"
)


def name_byline(table: OutletTable, text: str) -> _Found | None:
    """A byline near the top that "By" does not open, naming a news outlet.

    "Jane Doe, Example News" or "Jane Doe | Example News" on a line of its
    own, or "Jane Doe" over a line "Example News, Oslo", under the headline
    and before the story's first long paragraph. Only a news outlet counts:
    "Jane Doe, Example Ministry" gives a person's office, not whose copy it
    is; nor does a letter's inside address name a writer.
    """
    seen = 0
    addressee = 0
    person_before = False
    for start, end in _line_spans(text, _MASTHEAD_CHARS):
        if not text[start:end].strip():
            continue
        seen += 1
        if seen > _MASTHEAD_LINES or text.count(" ", start, end) >= _BODY_WORDS:
            break
        if _ADDRESSEE.match(text, start, end):
            # a letter's inside address ("The Honorable Jane Doe / Deputy
            # Secretary / Example Department"): a title over the office
            addressee = seen + _ADDRESS_LINES
        if seen <= addressee:
            person_before = False
            continue
        if seen == 1:
            # the headline ("New Year, New Example, Same Mission")
            person_before = False
            continue
        matches = (
            _NAME_BYLINE.match(text, start, end),
            _OUTLET_LINE.match(text, start, end) if person_before else None,
        )
        person_before = _PERSON_LINE.match(text, start, end) is not None
        for m, own_line in zip(matches, (False, True), strict=True):
            if m is None:
                continue
            found = _named(
                table, text, *m.span("name"), "text:origin:byline", 0.65, whole=True
            )
            # An office on a line of its own under the writer's name is the
            # body's own news service ("Jane Doe\nExample Agency News"); after
            # a comma it is the writer's post ("Jane Doe, Example Ministry").
            if (
                found is not None
                and found.entry is not None
                and (own_line or found.entry.kind not in NON_MEDIA_KINDS)
                and text[m.start("name") : found.start].strip() in ("", "The")
            ):
                return found
    return None


_FOR_BEFORE = re.compile(r"[ \t](?:for|For|FOR)[ \t]+(?:the[ \t]+|THE[ \t]+)?$")


def byline_credit(table: OutletTable, text: str) -> _Found | None:
    """A byline or credit line naming an outlet: "By Jane Doe, Example Wire".

    Also "Example Wire staff", a writer's bio ("Jane Doe is a columnist for
    Example News."), a wire credit that names its agency ("(Reporting by
    Example Wire's Jane Doe; Editing by John Roe)") and a contributors' line
    ("Contributing: Jane Doe, Example Today"); a credit that names no
    outlet gives nothing.
    """
    rule = "text:origin:byline"
    for m in _byline_matches(text):
        found = _named(table, text, *m.span("name"), rule, 0.7, whole=True)
        if found is None and _FOR_BEFORE.search(text, m.start(), m.start("name")):
            # "By Jane Doe for the Example Mail": the writer's name before
            # "for" does not make the outlet part of a longer name
            found = _named(
                table, text, *m.span("name"), rule, 0.7, whole=True, heading=True
            )
        if found is None:
            found = _unlisted(table, text, *m.span("name"), rule, 0.6)
        if found is None:
            found = _role_credit(table, text, *m.span("name"), rule)
        if found is not None:
            return found
    at = text.find("By")
    while at >= 0:
        # ("By" after a word character is inside a word: "\bBy" of the pattern)
        inside = at > 0 and _WORD_CHAR.match(text, at - 1) is not None
        inner = None if inside else _INNER_BYLINE.match(text, at)
        if inner is not None:
            found = _named(table, text, *inner.span("name"), rule, 0.65, whole=True)
            if found is not None:
                return found
            at = text.find("By", inner.end())
        else:
            at = text.find("By", at + 1)
    if "staff" in _lowered(text):
        for m in _staff_matches(text):
            lead = _STAFF_LEAD.match(text, _line_start(text, m.start()), m.start())
            if lead is not None:
                found = _named(
                    table, text, lead.end(), m.start(), rule, 0.7, whole=True
                ) or _unlisted(table, text, lead.end(), m.start(), rule, 0.6)
                if found is not None and found.start == lead.end():
                    return found
    for pattern in (_BIO, _BIO_OWNED):
        for m in _line_matches(text, _lowered(text), _BIO_NEEDLES, pattern):
            start = _sentence_start(text, m.start())
            if _BIO_SUBJECT.fullmatch(text, start, m.start()) is None:
                continue
            found = _named(table, text, *m.span("name"), rule, 0.7)
            if found is None and pattern is _BIO:
                found = _unlisted(table, text, *m.span("name"), rule, 0.6)
            if found is not None:
                return found
    at = text.find("Reporting by")
    while at >= 0:
        start, end = _line_start(text, at), text.find("\n", at)
        end = len(text) if end < 0 else end
        if "Editing by" in text[at:end]:
            found = _named(table, text, start, end, "text:origin:credit", 0.7)
            if found is not None:
                return found
        at = text.find("Reporting by", end)
    if "contributed" in text:
        for m in _line_matches(text, _lowered(text), ("contributed",), _WRITER_CREDIT):
            found = _named(table, text, *m.span("name"), "text:origin:credit", 0.7)
            if found is not None:
                return found
    if "Contribut" in text:
        for m in _CONTRIBUTING.finditer(text):
            found = _named(table, text, *m.span("name"), "text:origin:credit", 0.7)
            if found is not None:
                return found
    return None


# An agency writer's credit: "Example Press writer Jane Doe in Paris
# contributed to this report" (the outlet's own staff are credited as
# "Example News' Jane Doe", a promotion).
_WRITER_CREDIT = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*(?P<name>[A-Z][^\n.!?'\u2019]{1,40}?)[ \t]+"
    r"(?:[Ss]taff[ \t]+)?(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Pp]hotographer|"
    r"[Jj]ournalist)s?[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}"
    r"(?:and[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4})?"
    r"(?:in[ \t]+(?:[A-Z][\w.'\u2019-]*,?[ \t]+){1,3})?"
    r"contributed(?:[ \t]+to[ \t]+this[ \t]+(?:report|story|article)|[ \t]*[.;])",
    re.M,
)


# A credit line of the writers who helped: "Contributing: Jane Doe, Example
# Today; Example Wire".
_CONTRIBUTING = re.compile(
    r"^[ \t]*(?:Contributing|Contributors?)[ \t]*:[ \t]*(?P<name>[^\n]{2,200})$", re.M
)


def agency_credit_line(table: OutletTable, text: str) -> _Found | None:
    """A line that lists only wire agencies: "Example Wire, EWA" under a headline.

    The first agency is taken; a line naming anything else is not a credit.
    """
    for start, end in _line_spans(text, len(text)):
        line = text[start:end]
        if not 1 < len(line) <= 80 or ("," not in line and " and " not in line):
            continue
        parts = [p.strip() for p in _AND_LIST.split(line)]
        entries = [table.by_name(p) if p else None for p in parts]
        if entries and all(e is not None and e.kind == "wire agency" for e in entries):
            first = entries[0]
            assert first is not None
            s = start + line.index(parts[0])
            return _Found(
                first,
                first.domain,
                "text:origin:credit",
                s,
                s + len(parts[0]),
                0.7,
            )
    return None


# A credit for the files or reporting of another outlet, on a line of its
# own: "With files from Example Press", "\u2014 With files from Example Wire",
# "- with EWA", "(with reporting by Example Wire)".
_FILES = (
    r"(?:additional[ \t]+)?(?:files|reporting|reports|contributions)[ \t]+"
    r"(?:from|by)[ \t]+"
)


# After "with", the words of a credit for files or reporting.
_FILES_AFTER = re.compile(
    r"[ \t]+(?:files|reporting|additional|reports|contributions)[ \t]"
)


_CREDIT_MARKS = ("-", "\u2013", "\u2014", "(")


_FILES_CREDIT = re.compile(
    r"[ \t]*(?:(?:" + _DASH + r"|\()[ \t]*(?:[Ww]ith|WITH)[ \t]+(?:" + _FILES + r")?"
    r"|(?:[Ww]ith|WITH)[ \t]+" + _FILES + r")"
    r"(?:the[ \t]+)?(?P<name>[^\n()]{2,80}?)[ \t]*\)?[ \t]*\.?[ \t]*$",
    re.M,
)


# Where the credit may also close a paragraph's last sentence: "... the
# ministry said. (With reporting by Example Wire)", "... on Monday. - with EWA".
_SENTENCE_END = re.compile(r"[.!?\"\u201d][ \t]*$")


def files_credit(table: OutletTable, text: str) -> _Found | None:
    """A news outlet credited for part of the copy: "With files from Example Press".

    Also "- With files from Example Wire", "(with reporting by Example
    Wire)" and a wire's bare "- with EWA": the outlet whose copy the story
    carries in part, as "Example Wire contributed to this report". The
    credit is a line of its own, or closes the paragraph's last sentence
    after a bracket or a dash ("... it said. (With reporting by Example
    Wire)"); each name must be a whole news outlet's: "With files from the
    court, the clerk said" names none.
    """
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None  # (lower() changed lengths: offsets differ)
    tried = -1
    at = lowered.find("with")
    while at >= 0:
        key, at = at, lowered.find("with", at + 4)
        # ("- with EWA", "(with reporting by ...)", "With files from ...")
        if (
            lowered[max(0, key - 2) : key].rstrip(" \t")[-1:] not in _CREDIT_MARKS
            and _FILES_AFTER.match(lowered, key + 4) is None
        ):
            continue
        ls = _line_start(text, key)
        if ls == tried:
            continue
        m = _FILES_CREDIT.match(text, ls)
        if m is None:
            # the credit after the paragraph's last sentence, opened by its
            # bracket or dash
            mark = key - 1
            while mark > ls and text[mark] in " \t":
                mark -= 1
            if mark > ls and _SENTENCE_END.search(text, ls, mark):
                m = _FILES_CREDIT.match(text, mark)
        else:
            tried = ls
        if m is None:
            continue
        start, end = m.span("name")
        for part in _AND_LIST.split(text[start:end]):
            part = part.strip()
            if not part:
                continue
            s = text.index(part, start, end)
            found = _named(
                table, text, s, s + len(part), "text:origin:credit", 0.6, whole=True
            )
            if (
                found is not None
                and found.entry is not None
                and found.entry.kind not in NON_MEDIA_KINDS
            ):
                return found
    return None


# A wire's note of its copy's first publication: "This report by Example
# Press was first published Jan. 5, 2024."
_FIRST_PUBLISHED = re.compile(
    r"\bThis[ \t]+(?:report|story|article|piece)[ \t]+by[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^\n.!?,;:]{1,60}?)[ \t]+was[ \t]+(?:first|originally)[ \t]+"
    r"published\b",
    re.I,
)


def first_published(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's note that the copy was first published by it.

    "This report by Example Press was first published Jan. 5, 2024." travels
    with the copy to every site that runs it. Only a news outlet counts:
    "This report by the Example Audit Office was first published in May"
    credits a report, not copy.
    """
    lowered = _lowered(text)
    if "first published" not in lowered and "originally published" not in lowered:
        return None
    for m in _FIRST_PUBLISHED.finditer(text):
        found = _named(
            table, text, *m.span("name"), "text:origin:republished", 0.75, whole=True
        )
        if (
            found is not None
            and found.entry is not None
            and found.entry.kind not in NON_MEDIA_KINDS
        ):
            return found
    return None
