"""Publisher rules from a broadcaster's voice and site notices: on-air lines,
newsroom titles and notices a site prints about itself.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from reliability.annotators.outlet.lexicon import _MASTHEAD_CHARS, _MASTHEAD_LINES
from reliability.annotators.outlet.shapes import (
    _Found,
    _line_matches,
    _line_spans,
    _line_start,
    _lowered,
    _named,
    _sentence_start,
)
from reliability.outlets.table import OutletTable

# -- the broadcaster's voice, notices, member releases ----------------------------

# A broadcast naming its own station: "This is Example Radio news.", "From
# Example Radio Learning, this is the Health Report.", "For Example Radio,
# I'm Jo Cole.", "Welcome to Example Radio's science magazine". Group "name"
# is where the outlet's name opens.
_THIS_IS = re.compile(
    r"[Tt]his[ \t]+is[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,60}?)"
    r"[ \t]*(?:[.!]|$)",
    re.M,
)


_FROM_FOR = re.compile(
    r"(?:From|For)[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,60}?)"
    r"(?=,[ \t]+(?:this[ \t]+is\b|I['\u2019]m[ \t]+[A-Z]))"
)


_WELCOME = re.compile(
    r"[Ww]elcome[ \t]+to[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,40}?)"
    r"['\u2019]s[ \t]"
)


# "... on today's edition of Example Radio's science show": the programme's
# own announcement.
_EDITION = re.compile(
    r"(?:[Tt]oday|[Tt]onight|[Tt]his[ \t]+week)['\u2019]s[ \t]+(?:edition|episode)"
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,40}?)['\u2019]s[ \t]"
)


# A presenter's sign-on with the programme: "I'm Jo Cole with the Example
# Radio Health Report.", "I'm Jo Cole with Example News."
_WITH = re.compile(
    r"I['\u2019]m[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]+"
    r"with[ \t]+(?:the[ \t]+|your[ \t]+)?(?P<name>[A-Z][^\n.!?,]{1,60}?)"
    r"[ \t]*(?:[.!]|$)",
    re.M,
)


# A sign-off: "This has been the Health Report from Example Radio.", "That
# was a news brief for Example Radio."
_BEEN = re.compile(
    r"(?:This|That)[ \t]+(?:has[ \t]+been|was)[ \t]+(?:a|an|the)[ \t]+"
    r"[^\n.!?,]{1,40}?[ \t]+(?:for|from|on)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[A-Z][^\n.!?,]{1,60}?)[ \t]*(?:[.!]|$)",
    re.M,
)


_ON_AIR = (
    (("this is",), _THIS_IS),
    (("i'm", "i\u2019m"), _WITH),
    (("has been", "that was"), _BEEN),
    ((", i'm", ", i\u2019m", ", this is"), _FROM_FOR),
    (("welcome to",), _WELCOME),
    (("s edition of", "s episode of"), _EDITION),
)


# Page chrome (station IDs, notices, appeals, release headers, source credits)
# stands in a page's first or last lines: only those are read for it.
_CHROME_CHARS = 1000


def _edge_spans(text: str, size: int) -> tuple[tuple[int, int], ...]:
    """The page's first and last ``size`` characters, widened to whole lines."""
    n = len(text)
    if n <= 2 * size:
        return ((0, n),)
    head = text.find("\n", size)
    head = n if head < 0 else head
    tail = text.rfind("\n", 0, n - size) + 1
    if tail <= head:
        return ((0, n),)
    return ((0, head), (tail, n))


@functools.lru_cache(maxsize=4)
def _edges(
    text: str, lowered: str, head_only: bool
) -> tuple[tuple[tuple[int, int], ...], str]:
    """The page's edge spans and their lower case run together (several cues
    read the same edges)."""
    spans = _edge_spans(text, _CHROME_CHARS)
    if head_only:
        spans = spans[:1]
    # The keywords are looked for once, in the edges run together.
    window = (
        "\n".join(lowered[lo:hi] for lo, hi in spans)
        if len(lowered) == len(text)
        else lowered
    )
    return spans, window


def _edge_matches(
    text: str,
    lowered: str,
    patterns: Sequence[tuple[tuple[str, ...], re.Pattern[str]]],
    *,
    head_only: bool = False,
) -> Iterator[re.Match[str]]:
    """Matches of each pattern in the page's edges holding one of its keywords."""
    spans, window = _edges(text, lowered, head_only)
    for keywords, pattern in patterns:
        for k in keywords:
            if k in window:
                break
        else:
            continue
        for lo, hi in spans:
            yield from pattern.finditer(text, lo, hi)


# What may follow the station's name in "This is ...": a programme's kind.
_PROGRAMME = re.compile(
    r":?(?:[ \t]+[A-Z][\w&-]*)*?(?:[ \t]+(?:news|report|program|programme|magazine|"
    r"show|bulletin|broadcast|podcast|newscast|radio|service))?[ \t]*$",
    re.I,
)


# The same in a sign-on or sign-off, where only the programme's title in
# capitals may follow: "... with the Example Radio Health Report."
_PROGRAMME_TITLE = re.compile(r":?(?:[ \t]+[A-Z][\w&-]*)*[ \t]*$")


# The anchor handing over to the station's own correspondent: "Example
# Radio's Jo Cole has more.", "... Jo Cole reports." (the sentence ends at
# the verb: a quoted colleague's report takes a clause).
_HANDOVER = re.compile(
    r"['\u2019]s[ \t]+(?:(?:[a-z]+[ \t]+)?correspondent[ \t]+)?[A-Z][\w.'\u2019-]*"
    r"(?:[ \t]+[A-Z][\w.'\u2019-]*){0,2}[ \t]+(?:has[ \t]+more|reports)"
    r"(?:[ \t]+(?:from|on)[ \t]+"
    r"[^\n.!?]{1,60}?)?[ \t]*[.:](?:\s|$)"
)


_EDGE_CHARS = 600


_HANDOVER_NEEDLES = ("has more", "reports.", "reports:", "reports from")


# A break announced after the station ID: the ID is a bumper inside the
# broadcast, whose transcript another site may be carrying.
_BREAK = re.compile(
    r"(?i)\bwhen we come back\b|\bstay with us\b|\bafter (?:the|this) break\b"
)


def on_air(table: OutletTable, text: str) -> _Found | None:
    """A broadcast naming its own station, in an opener, sign-off or handover.

    "This is Example Radio news.", "This is Example Radio: News Briefs.",
    "From Example Radio, this is the Health Report.", "For Example Radio,
    I'm Jo Cole.", "I'm Jo Cole with the Example Radio Health Report.",
    "This has been the news brief for Example Radio.", "Welcome to Example Radio's
    science magazine" and "Example Radio's Jo Cole has more." are how a
    station speaks of itself on air; a story citing another outlet says what
    it reported ("Example Radio's Jo Cole reported that ...").
    """
    lowered = _lowered(text)
    # Openers and sign-offs stand in a broadcast's first or last lines.
    for m in _edge_matches(text, lowered, _ON_AIR):
        pattern = m.re
        if pattern is not _WELCOME and pattern is not _EDITION:
            if not _opens_clause(text, m.start()):
                continue
        s, e = m.span("name")
        match = table.name_in(text, s, e, media_only=False)
        if match is None or match.start != s or match.entry.kind == "platform":
            continue
        if pattern is _EDITION and match.end != e:
            continue
        if pattern is _WITH or pattern is _BEEN:
            if not _PROGRAMME_TITLE.fullmatch(text, match.end, e):
                continue  # "I'm Jo Cole with the Example Radio union today"
        if pattern is _THIS_IS and (
            not _PROGRAMME.fullmatch(text, match.end, e)
            or _EDGE_CHARS <= s < len(text) - _EDGE_CHARS
            or _BREAK.search(text, e, e + 80) is not None
        ):
            # "This is the Example Times's view of ..."; and away from the
            # ends, "This is Example Radio" is a break's bumper in a
            # transcript another site may carry, not the broadcast's own
            # opening or close.
            continue
        entry = match.entry
        return _Found(entry, entry.domain, "text:self:on-air", s, match.end, 0.8)
    if "has more" in lowered or "reports" in lowered:
        for m in _line_matches(text, lowered, _HANDOVER_NEEDLES, _HANDOVER):
            lo = max(_line_start(text, m.start()), m.start() - 60)
            found = _name_ending(table, text, lo, m.start())
            if found is not None:
                return replace(found, rule="text:self:on-air", confidence=0.75)
    return None


# A clause joined on after a comma: "It is Monday, ten o'clock, and this is ...".
_AND_AFTER_COMMA = re.compile(r",[ \t]+and[ \t]+$")


def _opens_clause(text: str, at: int) -> bool:
    """Whether ``at`` opens a line, a sentence or a clause after a comma.

    A clause joined with "and" after a comma counts too: "It is Monday, and
    this is Example Radio." is the station's opener.
    """
    before = text[max(0, at - 3) : at].rstrip(" \t")
    if not before or before[-1] in ".!?,\n":
        return True
    return _AND_AFTER_COMMA.search(text, max(0, at - 8), at) is not None


def _name_ending(table: OutletTable, text: str, lo: int, end: int) -> _Found | None:
    """The registry outlet (not a platform) whose name ends exactly at ``end``."""
    at = lo
    while at < end:
        match = table.name_in(text, at, end, media_only=False)
        if match is None:
            return None
        if match.end == end and match.entry.kind != "platform":
            e = match.entry
            return _Found(e, e.domain, "text:self", match.start, match.end, 0.8)
        at = match.end if match.end > at else at + 1
    return None


# A site's own notices: "Articles presented on Example Wiki reflect ...",
# "Example Wiki is a project of the Example Foundation.", "Donate today to
# keep Example Voices strong!", "We are Example Voices."
_NOTICE = re.compile(
    r"(?:Articles|Stories|Content)[ \t]+(?:presented|published)"
    r"[ \t]+on[ \t]+(?P<name>[A-Z][^\n.,;]{1,40}?)[ \t]+(?:reflect|are|do|may)\b"
)


# "Donate today to keep Example Voices strong!"
_DONATE = re.compile(
    r"[Dd]onate(?:[ \t]+(?:today|now))?[ \t]+to[ \t]+(?:keep|help|support)[ \t]+"
    r"(?P<name>[A-Z][^\n.!?,;]{1,40}?)[ \t]+"
    r"(?:strong|going|free|alive|independent|running)\b"
)


# "Example Wiki is a project of the Example Foundation."
_PROJECT_OF = re.compile(
    r"[ \t]+is[ \t]+a[ \t]+project[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]"
)


# "We are Example Voices."
_WE_ARE = re.compile(
    r"We[ \t]+are[ \t]+(?P<name>[A-Z][^\n.!?,;]{1,40}?)[ \t]*[.!](?:\s|$)"
)


_SITE_NOTICES = (
    (("presented on", "published on"), _NOTICE),
    (("donate",), _DONATE),
    (("is a project of",), _PROJECT_OF),
    (("we are",), _WE_ARE),
)


# A newsroom's feed or page title: "Example Agency Newsroom", "Updates for the
# Example Service Digital Newsroom", "Example Office Press Releases", "Example
# Agency News", "Subscribe to Example Courts News feed", "Example Service in
# the News".
_DESK_TITLE = re.compile(
    r"[ \t]+(?:(?:digital|online)[ \t]+)?(?:newsroom"
    r"|press[ \t]+(?:releases|room|office)|news[ \t]+(?:releases|cent(?:re|er))"
    r"|media[ \t]+cent(?:re|er)|news(?:[ \t]+feed)?|in[ \t]+the[ \t]+news)[ \t]*$",
    re.I,
)


# The title naming the organisation after the news: "Latest News from Example
# Agency", "News and Updates from the Example Service".
_NEWS_FROM = re.compile(
    r"^[ \t]*(?:(?:latest|recent)[ \t]+)?news(?:[ \t]+and[ \t]+[a-z]+)?"
    r"[ \t]+from[ \t]+(?:the[ \t]+)?(?=[A-Z])",
    re.I,
)


_DESK_TITLE_WORDS = 12


_DESK_TITLE_NEEDLES = ("newsroom", "press", "news", "media c")


def newsroom_title(table: OutletTable, text: str) -> _Found | None:
    """A short line near the top naming an organisation's newsroom.

    "Recent Updates for Example Service Digital Newsroom" or "Example Agency
    Press Releases" over the story: the organisation whose newsroom the page
    is. The name must stand right before the newsroom's word.
    """
    top = _lowered(text)[:_MASTHEAD_CHARS]
    if not any(w in top for w in _DESK_TITLE_NEEDLES):
        return None
    seen = 0
    for start, end in _line_spans(text, _MASTHEAD_CHARS):
        line = text[start:end]
        if not line.strip():
            continue
        seen += 1
        if seen > _MASTHEAD_LINES:
            break
        if len(line.split()) > _DESK_TITLE_WORDS:
            continue
        found = _desk_named(table, text, start, end)
        if found is not None:
            return found
    return None


def _desk_named(table: OutletTable, text: str, start: int, end: int) -> _Found | None:
    """The organisation a newsroom title line names right before or after its desk.

    "Example Agency Newsroom" names it before the desk's word, "Latest News from
    Example Agency" after it, filling the rest of the line.
    """
    line = text[start:end]
    desk = _DESK_TITLE.search(line)
    if desk is not None:
        lo, hi, at_end = start, start + desk.start(), True
    else:
        after = _NEWS_FROM.match(line)
        if after is None:
            return None
        lo, hi, at_end = start + after.end(), start + len(line.rstrip()), False
    for m in table.find_names(text, lo, hi, media_only=False, heading=True):
        if (m.end == hi if at_end else m.start == lo and m.end == hi) and (
            m.entry.kind != "platform"
        ):
            e = m.entry
            return _Found(e, e.domain, "text:newsroom-title", m.start, m.end, 0.8)
    return None


def site_notice(table: OutletTable, text: str) -> _Found | None:
    """The site's notice about itself names it: its disclaimer, appeal or motto.

    "Articles presented on Example Wiki reflect the time they were written",
    "Example Wiki is a project of the Example Foundation", "Donate today to
    keep Example Voices strong!", "We are Example Voices." The name must
    fill its place (a name inside a longer one does not count).
    """
    lowered = _lowered(text)
    rule = "text:self:notice"
    for m in _edge_matches(text, lowered, _SITE_NOTICES):
        if m.re is _PROJECT_OF:
            s, e = _sentence_start(text, m.start()), m.start()  # "X is a project"
        elif m.re is _WE_ARE and _sentence_start(text, m.start()) != m.start():
            continue  # "... and so We are Example" is not the motto
        else:
            s, e = m.span("name")
        found = _named(table, text, s, e, rule, 0.8, whole=True)
        if found is not None and found.start == s:
            return found
    return None
