"""Publisher rules from the site's own address and name: copyright footers,
the site's address or name (registry or not), its handles, menu bars and
the chrome around the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reliability.annotators.outlet.lexicon import (
    _BULLETS,
    _CHROME_NAME_WORDS,
    _COPYRIGHT,
    _DOMAIN,
    _HOLDER_TAIL,
    _SITE,
    _TITLE_BAR,
    _YEAR,
)
from reliability.annotators.outlet.shapes import (
    _Found,
    _lowered,
    _name_found,
    _named,
    _shown_site,
    _site_found,
    _unlisted,
)
from reliability.outlets.domains import split_url
from reliability.outlets.sites import site_index
from reliability.outlets.table import OutletEntry, OutletTable


def copyright_footer(table: OutletTable, text: str) -> _Found | None:
    """A footer line: "(c) 2024 Example Media", "Copyright Example. All rights
    reserved".

    A photo credit ("(c) Example Agency / Jane Doe") has neither a year nor
    "rights reserved", and is not a footer.
    """
    lowered = _lowered(text)
    if not any(mark in lowered for mark in _MARK_NEEDLES[:3]):
        return None  # no mark: no regex pass over the page
    for m in _COPYRIGHT.finditer(text):
        if not _YEAR.search(m.group(0)) and "rights reserved" not in m.group(0).lower():
            found = _bare_copyright(table, text, m)
            if found is not None:
                return found
            continue
        found = _named(table, text, m.start(1), m.end(1), "text:copyright", 0.85)
        if found is None or found.start is None:
            continue
        if _INSIDE_NAME.search(text, m.start(1), found.start):
            continue  # "(c) 2022 Colorado Sun Media": "Sun" ends a longer name
        if (
            found.start > m.start(1)
            and text[found.start : found.end].lower().strip(".") in _HOLDER_TAIL
        ):
            continue  # "Example Media, Inc.": the company's form, not Inc.
        return found
    return None


def _bare_copyright(table: OutletTable, text: str, m: re.Match[str]) -> _Found | None:
    """A footer line "Copyright The Example Times" with neither year nor
    "rights reserved": the word "Copyright" and an outlet's name filling the
    rest of the line. A photo credit ("\u00a9 Example Agency / Jane Doe")
    writes the sign, and a name and more.
    """
    if not m.group(0).lstrip().lower().startswith("copyright"):
        return None
    end = m.end(1)
    while end > m.start(1) and text[end - 1] in " \t.":
        end -= 1
    return _named(table, text, m.start(1), end, "text:copyright", 0.8, whole=True)


# A capitalised word before a registry name in a copyright holder: the name
# is part of a longer one.
_INSIDE_NAME = re.compile(r"\b(?!The\b)[A-Z][\w&'\u2019-]*[ \t]+$")


# -- the site's own address and name, registry or not ----------------------------

# Words that mark a line as chrome holding an address: a copyright mark or a
# mailbox anywhere, a domain ending near the page's top or bottom.
_MARK_NEEDLES = ("\u00a9", "copyright", "(c)", "@")


_SITE_NEEDLES = (
    "www.",
    ".com",
    ".org",
    ".net",
    ".gov",
    ".mil",
    ".edu",
    ".news",
    ".info",
    ".co.",
)


_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w.+-]{1,64})@(?P<site>" + _DOMAIN + r")\b",
    re.I,
)


_COPYRIGHT_MARK = re.compile(r"\u00a9|\(c\)|\bcopyright\b", re.I)


# "Visit us at example.com", "Read more at example.com", "More news on
# example.org", "originally published at example.org", and a cookie notice's
# "how you use example.gov.uk" or "cookies on example.org": the site pointing
# to its own address (a story's "visit cdc.gov" names no "us" or "more").
_VISIT = re.compile(
    r"\b(?:visit[ \t]+us[ \t]+(?:at|on)|find[ \t]+us[ \t]+(?:at|on)|"
    r"read[ \t]+(?:more|the[ \t]+full[ \t]+(?:story|article))[ \t]+(?:here[ \t]+)?"
    r"(?:at|on)|"
    r"(?:more|latest)[ \t]+(?:news|stories|articles|updates)(?:[ \t]+(?:at|on)|"
    r"[^\n.!?]{0,40}?[ \t](?:go[ \t]+to|head[ \t]+to|visit))|"
    r"(?:originally|first)[ \t]+(?:published|appeared|posted)[ \t]+(?:at|on)|"
    r"appeared[ \t]+first[ \t]+on|"
    r"how[ \t]+you[ \t]+use|cookies[ \t]+on)"
    r"[ \t]+(?:https?://)?(?P<site>" + _DOMAIN + r")\b",
    re.I,
)


# The mailbox of a newsroom desk ("tips@", "press@"): the site's own.
_DESK_MAILBOXES = frozenset(
    "comments communications contact corrections desk editor editorial editors "
    "feedback hello info inquiries letters media mediarelations news newsdesk "
    "newsroom press pressoffice publicaffairs tips webmaster".split()
)


# Words of a contact or sign-off line ("Contact the writer at", "Email:").
_CONTACT_WORDS = (
    "contact",
    "email",
    "e-mail",
    "reach",
    "write to",
    "tips",
    "send",
    "get in touch",
)


_CONTACT_LINE_WORDS = 25


# A contact line pointing at the writer: a writer's role, a pronoun for the
# writer, or the contact verb before a name ("Email Jane at"); "Email the
# county at roads@example.gov" points at a body the story cites.
_WRITER_CONTACT = re.compile(
    r"(?i:\b(?:reporter|writer|author|columnist|correspondent|editor|journalist)s?\b"
    r"|\b(?:him|her|me)\b)"
    r"|(?i:\b(?:e-?mail|contact|reach|write[ \t]+to))[ \t]+(?!The\b)[A-Z][a-z]"
    r"|\b[A-Z][a-z]+[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][\w'\u2019-]+[ \t]+can[ \t]+be"
    r"[ \t]+reached\b"
)


# Where a copyright holder's name ends: "All rights", a stop or bar, a dash,
# or its owner after a comma ("Example Courier, a Example Media company").
_HOLDER_END = re.compile(
    r"\ball[ \t]+rights\b|[.|;\u2022]|[ \t][-\u2013\u2014][ \t]|"
    r",[ \t]+(?:an?|part[ \t]+of|owned[ \t]+by|published[ \t]+by)[ \t]",
    re.I,
)


# Where a name given in chrome stands: "About The Daily Example", "Subscribe to
# The Daily Example".
_NAMED_CHROME = re.compile(
    r"^(?:about|subscribe[ \t]+to|support)[ \t]+(?P<name>.+)$", re.I
)


_NAMED_CHROME_KEYWORDS = ("about ", "subscribe to", "support ")


_SITE_EDGE_LINES = 12


_SITE_EDGE_CHARS = 2000


# A page title is on the first lines and has a few words before its bar.
_TITLE_LINES = 3


_TITLE_WORDS = 3


_HANDLE = re.compile(r"(?<![\w@])@(\w{3,30})\b")


# A labelled link to the page itself at its top or foot: "Permalink:
# https://www.example.com/...", "Share this article: example.com/...",
# "Printed from example.com", "Read more: https://www.example.com/...".
_URL_LINE = re.compile(
    r"[ \t]*(?:perma-?link|short[ \t]?link|url|link[ \t]+to[ \t]+this[ \t]+"
    r"(?:page|article|story)|share[ \t]+this(?:[ \t]+(?:link|article|story|page))?|"
    r"copy[ \t]+(?:the[ \t]+)?link|printed[ \t]+from|article[ \t]+(?:url|link)|"
    r"canonical(?:[ \t]+url)?|source[ \t]+url|read[ \t]+more|read[ \t]+(?:the[ \t]+)?"
    r"full[ \t]+(?:story|article))[ \t]*:?[ \t]*(?:https?://)?"
    r"(?P<site>" + _DOMAIN + r")\b",
    re.I,
)


# A share button's text: "Share on X: Storm shuts roads via @LakesideGazette".
_SHARE_VIA = re.compile(r"\bvia[ \t]+@(\w{3,30})\b", re.I)


_SHARE_WORDS = ("share", "tweet", "post this")


# A logo's text: "Lakeside Gazette logo", "Logo: Lakeside Gazette".
_LOGO_LINE = re.compile(
    r"^[ \t]*(?:logo[ \t]*(?:of|for|:|-)?[ \t]+(?P<after>[^\n]{3,60}?)|"
    r"(?P<before>[^\n]{3,60}?)[ \t]+logo)[ \t]*$",
    re.I,
)


def _copyright_holder(table: OutletTable, text: str, ls: int, le: int) -> _Found | None:
    """The site a copyright line shows: its address, else its holder's name."""
    line = text[ls:le]
    mark = _COPYRIGHT_MARK.search(line)
    after = mark.end() if mark else 0
    # The holder stands after the mark ("Sign up at a.org. (c) 2020 b.com": b.com).
    sites = sorted(_SITE.finditer(line), key=lambda m: m.start() < after)
    for m in sites:
        if line[m.end() : m.end() + 1] == "@" or line[m.start() - 1 : m.start()] == "@":
            continue
        found = _site_found(
            table, m.group(), "text:copyright:site", ls + m.start(), ls + m.end(), 0.85
        )
        if found is not None:
            return found
    if mark is None:
        return None
    lead = _HOLDER_START.match(line, mark.end())
    start = lead.end() if lead else mark.end()
    stop = _HOLDER_END.search(line, start)
    end = stop.start() if stop else len(line)
    if len(line[start:end].split()) > _CHROME_NAME_WORDS + 2:
        return None
    return _name_found(table, text, ls + start, ls + end, "text:copyright:name", 0.8)


# After the copyright mark: more marks, years and commas.
_HOLDER_START = re.compile(
    r"(?:[ \t,]|\u00a9|\(c\)|copyright|(?:19|20)\d\d|[-\u2013])*", re.I
)


def site_address(table: OutletTable, text: str) -> _Found | None:
    """The site's own address or name in its chrome, registry outlet or not.

    In order of trust: a copyright line's address or holder ("(c) 2024
    dailyexample.com", "Copyright The Daily Example Inc."); a line that is
    only an address at the top or the bottom of the page; "Visit us at
    dailyexample.com", "Read more at ..."; a newsroom mailbox
    ("tips@dailyexample.com") or an address in a short contact line
    ("Contact the writer at jane@dailyexample.com"); and a short top line,
    "About X" or "Subscribe to X" whose name is a news domain run together
    ("The Daily Example" -> dailyexample.com). Mail providers, link
    shorteners and social networks are never the publisher; an address in a
    story's sentence is a citation, not the site.
    """
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return None
    n = len(text)
    starts = _site_line_starts(text, lowered)
    edge = _edge_lines(text)
    best: tuple[int, _Found] | None = None

    def offer(rank: int, found: _Found | None) -> None:
        nonlocal best
        if found is not None and (best is None or rank < best[0]):
            best = (rank, found)

    for ls in sorted(starts):
        le = text.find("\n", ls)
        le = n if le < 0 else le
        line = text[ls:le]
        low = lowered[ls:le]
        if _COPYRIGHT_MARK.search(line) and (
            _YEAR.search(line) or "rights reserved" in low
        ):
            offer(0, _copyright_holder(table, text, ls, le))
            continue
        stripped = line.strip(_BULLETS)
        if stripped and " " not in stripped and "@" not in stripped and ls in edge():
            parts = split_url(stripped)
            if parts is not None and _SITE.fullmatch(parts.host):
                s = ls + line.index(stripped)
                offer(
                    1,
                    _site_found(
                        table, parts.host, "text:site", s, s + len(stripped), 0.8
                    ),
                )
                continue
        m = _URL_LINE.match(line)
        if m is not None and ls in edge():
            offer(
                1,
                _site_found(
                    table,
                    m.group("site"),
                    "text:site",
                    ls + m.start("site"),
                    ls + m.end("site"),
                    0.8,
                ),
            )
            continue
        for m in _VISIT.finditer(line):
            offer(
                2,
                _site_found(
                    table,
                    m.group("site"),
                    "text:visit",
                    ls + m.start("site"),
                    ls + m.end("site"),
                    0.8,
                ),
            )
        if "@" in line:
            for m in _EMAIL.finditer(line):
                if m.group("local").lower() in _DESK_MAILBOXES:
                    offer(
                        3,
                        _site_found(
                            table,
                            m.group("site"),
                            "text:contact",
                            ls + m.start("site"),
                            ls + m.end("site"),
                            0.75,
                        ),
                    )
    if best is not None:
        return best[1]
    return _site_name(table, text, lowered, edge)


def _site_line_starts(text: str, lowered: str) -> set[int]:
    """The starts of the lines that may carry the site's address.

    Marks and mailboxes count anywhere; a bare address or "Visit us at" only
    in the page's first and last characters, where its chrome stands.
    """
    starts: set[int] = set()
    n = len(text)
    head = min(n, _SITE_EDGE_CHARS)
    windows: list[tuple[tuple[str, ...], int, int]] = [
        (_MARK_NEEDLES, 0, n),
        (_SITE_NEEDLES, 0, head),
    ]
    if n > head:
        windows.append((_SITE_NEEDLES, max(head, n - _SITE_EDGE_CHARS), n))
    for needles, lo, hi in windows:
        for needle in needles:
            at = lowered.find(needle, lo, hi)
            while at >= 0:
                starts.add(text.rfind("\n", 0, at) + 1)
                line_end = text.find("\n", at)
                if line_end < 0:
                    break
                at = lowered.find(needle, line_end, hi)
    return starts


def _site_name(
    table: OutletTable, text: str, lowered: str, edge: Callable[[], dict[int, int]]
) -> _Found | None:
    """The site's name in its title bar, own handle or named chrome lines.

    Consulted when no line of the page carries the site's address.
    """
    found = _title_bar_name(table, text)
    if found is None and "follow us" in lowered:
        found = _own_handle(table, text, lowered)
    if found is None and "via @" in lowered:
        found = _share_handle(table, text, lowered)
    if found is None:
        found = _shown_masthead(table, text, edge())
    if found is None and any(
        _opens_line(text, lowered, k) for k in _NAMED_CHROME_KEYWORDS
    ):
        found = _chrome_name(table, text, edge())
    return found


def _opens_line(text: str, lowered: str, word: str) -> bool:
    """Whether ``word`` opens some line of the page (after bullets)."""
    at = lowered.find(word)
    while at >= 0:
        if not text[text.rfind("\n", 0, at) + 1 : at].strip(_BULLETS):
            return True
        # A later one on the same line stands after the same words.
        line_end = text.find("\n", at)
        if line_end < 0:
            return False
        at = lowered.find(word, line_end)
    return False


def _title_bar_name(table: OutletTable, text: str) -> _Found | None:
    """The last part of a page title on the first lines, read as a news domain.

    "Storm shuts coastal roads | The Daily Yonder": a title bar ends with the
    site's name. Registry names there are the masthead's; this finds the
    others, when the part's words run together are one news domain's name,
    or when the part is the site's address ("... - dailyyonder.com").
    """
    n = len(text)
    ls = seen = 0
    while ls < n and seen < _TITLE_LINES:
        le = text.find("\n", ls)
        le = n if le < 0 else le
        line = text[ls:le]
        at, ls = ls, le + 1
        if not line.strip():
            continue
        seen += 1
        bars = list(_TITLE_BAR.finditer(line))
        if not bars:
            continue
        start = at + bars[-1].end()
        part = text[start:le].strip(_BULLETS)
        if not part or not 1 <= len(part.split()) <= _CHROME_NAME_WORDS:
            continue
        if len(text[at : at + bars[-1].start()].split()) < _TITLE_WORDS:
            continue  # "Politics | Opinion": a menu, not a page title
        if len(bars) > 1 and all(
            len(item.split()) <= 2 for item in _TITLE_BAR.split(line)
        ):
            continue  # "Home | News | Politics | Weather": a menu's items
        s = text.index(part, start)
        if " " not in part and _SITE.fullmatch(part):
            # "Storm shuts coastal roads - dailyexample.com": the title bar
            # names the site by its address.
            found = _site_found(
                table, part, "text:masthead:site", s, s + len(part), 0.75
            )
            if found is not None:
                return found
            continue
        domain = site_index().domain_for_name(part) or _shown_site(text, part)
        if domain is not None:
            entry = table.by_domain(domain)
            return _Found(entry, domain, "text:masthead:name", s, s + len(part), 0.75)
    return None


def _own_handle(table: OutletTable, text: str, lowered: str) -> _Found | None:
    """ "Follow us on Twitter @DailyYonder": the site's handle read as a news domain."""
    at = lowered.find("follow us")
    while at >= 0:
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        for m in _HANDLE.finditer(text, at, le):
            handle = m.group(1)
            entry = table.by_compact(handle)
            domain = entry.domain if entry else site_index().domain_for_name(handle)
            if domain is not None and (entry is None or entry.kind != "platform"):
                return _Found(entry, domain, "text:promo:handle", *m.span(1), 0.75)
        at = lowered.find("follow us", le)
    return None


def _handle_site(table: OutletTable, handle: str) -> tuple[OutletEntry | None, str]:
    """The outlet or news domain a social handle reads as, else ``(None, "")``."""
    entry = table.by_compact(handle)
    if entry is not None:
        return (None, "") if entry.kind == "platform" else (entry, entry.domain)
    domain = site_index().domain_for_name(handle)
    return (None, domain) if domain else (None, "")


def _share_handle(table: OutletTable, text: str, lowered: str) -> _Found | None:
    """A share button's "via @LakesideGazette": the handle of the site shared from.

    Only a line with share words ("Share on X", "Tweet this") counts; a
    photo "via @someone" in a story does not.
    """
    at = lowered.find("via @")
    while at >= 0:
        ls = text.rfind("\n", 0, at) + 1
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        if any(w in lowered[ls:le] for w in _SHARE_WORDS):
            for m in _SHARE_VIA.finditer(text, ls, le):
                entry, domain = _handle_site(table, m.group(1))
                if not domain:
                    domain = _shown_site(text, m.group(1)) or ""
                    entry = table.by_domain(domain) if domain else None
                if domain:
                    return _Found(entry, domain, "text:promo:handle", *m.span(1), 0.75)
        at = lowered.find("via @", le)
    return None


def _shown_masthead(
    table: OutletTable, text: str, edge: dict[int, int]
) -> _Found | None:
    """A short line at the page's edge that is a site's name, not in the registry.

    "Lakeside Gazette logo" reads as the news domain ``lakesidegazette.com``;
    a bare name counts when the page also shows that domain (in an address
    or a mailbox), or when it ends with a word of newspapers' titles ("The
    Lakeside Gazette", "Lakeside Times"): a short top line alone may be a
    headline or a writer's name.
    """
    for ls, le in sorted(edge.items()):
        stripped = text[ls:le].strip(_BULLETS)
        if not stripped or stripped[-1] in ".!?":
            continue
        found = _menu_name(table, text, ls, le)
        if found is not None:
            return found
        if len(stripped) > 60:
            continue
        logo = _LOGO_LINE.match(stripped) if "logo" in stripped.lower() else None
        if logo is not None:
            name = logo.group("after") or logo.group("before")
            s = text.index(name, ls)
            found = _unlisted(table, text, s, s + len(name), "text:masthead:name", 0.75)
            if found is not None:
                return found
            continue
        if len(stripped.split()) > _CHROME_NAME_WORDS or not stripped[0].isupper():
            continue
        domain = _shown_site(text, stripped)
        if domain is None and stripped.isupper() and " " not in stripped:
            # A logo in capitals: a call sign ("WXYZ-TV") or a run-together name
            domain = site_index().domain_for_name(stripped)
        elif (
            domain is None
            and " " in stripped
            and _ends_title(table, stripped.rsplit(None, 1)[-1])
        ):
            # A newspaper's title ("The Lakeside Gazette"), its address in full
            domain = site_index().domain_for_exact_name(stripped)
        found = _named_site(table, text, ls, stripped, domain)
        if found is not None:
            return found
    return None


def _ends_title(table: OutletTable, word: str) -> bool:
    """Whether ``word`` ends newspapers' names, in the registry or the news names."""
    return table.ends_title(word) or site_index().ends_title(word)


def _named_site(
    table: OutletTable, text: str, ls: int, name: str, domain: str | None
) -> _Found | None:
    """The masthead finding for ``name`` (first shown from ``ls``) naming
    ``domain``; none for no domain or a platform's (a blog host names no
    publisher)."""
    if not domain:
        return None
    s = text.index(name, ls)
    entry = table.by_domain(domain)
    if entry is not None and entry.kind == "platform":
        return None
    return _Found(entry, domain, "text:masthead:name", s, s + len(name), 0.7)


# A menu's separators: "Home | News | Sport", "News \u2022 Opinion \u2022 Sport".
_MENU_BAR = re.compile(r"[ \t]+[|\u2022\u00b7][ \t]+")


_MENU_PARTS = 3


_HOME = re.compile(r"^(?:home[ \t]+)?(?P<name>.+?)(?:[ \t]+home)?$", re.I)


# A date or a time written in figures: "16-09-2015", "2015/09/16", "10:12".
_STAMP_ITEM = re.compile(r"\d{1,4}(?:[./:-]\d{1,4}){1,2}(?:[ \t]*[ap]\.?m\.?)?", re.I)


def _menu_name(table: OutletTable, text: str, ls: int, le: int) -> _Found | None:
    """A site's name among a navigation menu's items at the page's edge.

    "Home | News | Sport | Lakeside Gazette" or "Lakeside Gazette Home |
    World | Business": an item that is a news domain's name, or the name of
    a domain the page shows, is the site's own.
    """
    line = text[ls:le]
    if "|" not in line and "\u2022" not in line and "\u00b7" not in line:
        return None
    bars = list(_MENU_BAR.finditer(line))
    if len(bars) < _MENU_PARTS - 1:
        return None
    if any(_STAMP_ITEM.fullmatch(item.strip()) for item in _MENU_BAR.split(line)):
        # "News item | 16-09-2015 | 10:12": a listed item's label, date and
        # time, not a menu; the label is no site's name
        return None
    at = 0
    for cut in [*(m.start() for m in bars), len(line)]:
        item = line[at:cut].strip(_BULLETS)
        at = next((m.end() for m in bars if m.start() == cut), cut)
        m = _HOME.match(item)
        if m is None or not 1 <= len(m["name"].split()) <= _CHROME_NAME_WORDS:
            continue
        name = m["name"]
        if not name[0].isupper():
            continue
        # One word is a section's name ("Politics", "Weather") more often
        # than a site's: it needs the page's address to back it.
        domain = (
            site_index().domain_for_name(name) if " " in name else None
        ) or _shown_site(text, name)
        found = _named_site(table, text, ls, name, domain)
        if found is not None:
            return found
    return None


def _edge_lines(text: str) -> Callable[[], dict[int, int]]:
    """A function giving the first and last non-empty lines, start -> end.

    Read only when a cue needs them, and then only from the two ends.
    """
    edge: dict[int, int] = {}

    def lines() -> dict[int, int]:
        if edge or not text.strip():
            return edge
        n = len(text)
        at = found = 0
        while at <= n and found < _SITE_EDGE_LINES:
            end = text.find("\n", at)
            end = n if end < 0 else end
            if text[at:end].strip():
                edge[at] = end
                found += 1
            at = end + 1
        end, found = n, 0
        while end >= 0 and found < _SITE_EDGE_LINES:
            start = text.rfind("\n", 0, end) + 1
            if text[start:end].strip():
                edge[start] = end
                found += 1
            end = start - 1
        return edge

    return lines


def _chrome_name(table: OutletTable, text: str, edge: dict[int, int]) -> _Found | None:
    """A line "About X" or "Subscribe to X" at the page's edge naming a news domain.

    A short top line alone is no evidence: headlines, sections and writers'
    names stand there too, and many read as some site's name run together.
    """
    for ls, le in sorted(edge.items()):
        m = _NAMED_CHROME.match(text[ls:le].strip(_BULLETS))
        if m is None or len(m["name"].split()) > _CHROME_NAME_WORDS:
            continue
        s = text.index(m["name"], ls)
        found = _name_found(table, text, s, s + len(m["name"]), "text:about", 0.7)
        if found is not None:
            return found
    return None
