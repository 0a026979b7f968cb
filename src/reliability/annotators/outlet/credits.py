"""Origin rules from credit lines: bare bylines, newsroom lines, writer
addresses, credit and closing lines, the outlet's own reporter or interview,
and whether an outlet is a source's channel.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from reliability.annotators.outlet.datelines import (
    _MARK,
    _agency_initials,
    _role_credit,
)
from reliability.annotators.outlet.lexicon import (
    _BULLETS,
    _BYLINE_START,
    _CHANNEL_BEFORE,
    _CHROME_NAME_WORDS,
    _DASH,
    _NEWSROOM,
    _PRESSED,
)
from reliability.annotators.outlet.notices import _CHROME_CHARS, _name_ending
from reliability.annotators.outlet.shapes import (
    _first_named,
    _Found,
    _keyword_in,
    _keywords_present,
    _line_matches,
    _line_outlet,
    _line_start,
    _lowered,
    _name_found,
    _named,
    _sentence_start,
    _site_found,
)
from reliability.annotators.outlet.sitelines import (
    _CONTACT_LINE_WORDS,
    _CONTACT_WORDS,
    _EMAIL,
    _WRITER_CONTACT,
)
from reliability.outlets.sites import site_index
from reliability.outlets.table import NON_MEDIA_KINDS, OutletTable

# A byline without "By" on a line of its own: "Jane Doe, Example Today",
# "\u2014 Jane Doe, The Example Press", "JANE DOE, EXAMPLE WIRE", "Jane Doe
# and John Roe, Example Press", "Jane Doe For Example Online", "Jane Doe,
# Example Press Writer".
_WRITER = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]*){1,3}"


_BARE_BYLINE = re.compile(
    r"^[ \t]*(?:" + _DASH + r"[ \t]*)?"
    r"(?P<writer>" + _WRITER + r"(?:[ \t]+(?:and|AND|&)[ \t]+" + _WRITER + r")?)"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:for|For|FOR)[ \t]+)"
    r"(?:[Tt]he[ \t]+|THE[ \t]+)?(?P<name>[A-Z][^\n,|]{1,60}?)[ \t]*$",
    re.M,
)


_BARE_BYLINE_CHARS = 1500  # a byline stands near the top or at the foot


def bare_byline(table: OutletTable, text: str) -> _Found | None:
    """A writer's name and a news outlet alone on a line near the top or foot.

    "Jane Doe, Example Today" under a headline or "\u2014 Jane Doe, The
    Example Press" closing the copy. The name must be two to four
    capitalised words that are not themselves an outlet, and the outlet
    must fill the rest of the line: "Jane Doe, a nurse, said" names none.
    With the writer's role after the outlet ("Jane Doe, Example Press
    Writer") it is a credit, as "Jane Doe, Example News staff writer" is.
    """
    n = len(text)
    head = text.find("\n", min(n, _BARE_BYLINE_CHARS))
    head = n if head < 0 else head
    foot = text.rfind("\n", 0, max(0, n - _BARE_BYLINE_CHARS)) + 1
    windows = ((0, head),) if foot <= head else ((0, head), (foot, n))
    for lo, hi in windows:
        for m in _BARE_BYLINE.finditer(text, lo, hi):
            if table.by_name(m.group("writer")) is not None:
                continue  # "Example News, Example Wire": a list of outlets
            found = _named(
                table, text, *m.span("name"), "text:origin:byline", 0.65, whole=True
            ) or _role_credit(table, text, *m.span("name"), "text:origin:credit")
            if (
                found is not None
                and found.start == m.start("name")  # not "Special to Example News"
                and found.entry is not None
                and found.entry.kind not in NON_MEDIA_KINDS
                and found.entry.kind != "platform"
            ):
                return found
    return None


def newsroom(table: OutletTable, text: str) -> _Found | None:
    """The outlet whose newsroom the story shows at work.

    "The ministry did not respond to a request for comment from Example
    News", "Example News reached out to the families", "in a statement sent
    to Example News": the outlet that asked is the one that reported it.
    """
    return _first_named(table, text, _NEWSROOM, "text:origin:newsroom", 0.6)


def newsroom_pressed(table: OutletTable, text: str) -> _Found | None:
    """The news outlet the story shows pressing for answers or checking them.

    "Example News could not reach the company for comment", "Example Wire
    has not independently verified the footage", "the mayor did not return
    a call from Example News": the outlet at work is the one reporting.
    Only a news outlet counts: "The jury could not reach a verdict" and
    "the council could not reach the owner" name none.
    """
    found = _first_named(table, text, _PRESSED, "text:origin:newsroom", 0.6)
    if found is None or (
        found.entry is not None and found.entry.kind in NON_MEDIA_KINDS
    ):
        return None
    return found


# The newsroom putting its question or hearing an exclusive: "Asked by
# Example Wire whether the plant would close, a spokesman said ...", "the
# mayor told Example News in an exclusive interview". A name followed by a
# person or a presenter ("asked by Example News host Jo Cole", "asked by
# Example TV's Jo Cole") is a broadcast interview the story cites.
_ASKED_BY = re.compile(
    r"\b[Aa]sked[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>[A-Z][^\n.!?,;:'\u2019]{1,40}?)"
    r"(?=[ \t]*[.,;:]|[ \t]+(?:whether|about|if|why|how|what|when|where|to|for)\b)"
    r"|\btold[ \t]+(?:the[ \t]+)?(?P<name2>[A-Z][^\n.!?,;:'\u2019]{1,40}?)"
    r"[ \t]+in[ \t]+an?[ \t]+exclusive[ \t]+"
    r"(?:(?:phone|telephone|video|written)[ \t]+)?(?:interview|statement)\b"
)


def newsroom_asked(table: OutletTable, text: str) -> _Found | None:
    """The news outlet that put the story's questions or got its exclusive.

    "Asked by Example Wire whether the plant would close, the company said
    ...", "the minister told Example News in an exclusive interview": the
    outlet asking is the one reporting. Only a news outlet counts ("asked
    by the committee whether" names a body questioning a witness).
    """
    lowered = _lowered(text)
    # ("exclusive" is a newsroom cue's keyword: asked of the page already)
    present = _keywords_present(lowered)
    if not any(_keyword_in(lowered, k, present) for k in ("exclusive", "asked by")):
        return None
    for m in _ASKED_BY.finditer(text):
        g = "name" if m.group("name") is not None else "name2"
        match = table.name_in(text, *m.span(g))
        if match is None or match.entry.kind == "platform":
            continue
        if text[match.end : m.end(g)].strip():
            continue  # "asked by Example News host Jo Cole": a presenter's
        e = match.entry
        return _Found(e, e.domain, "text:origin:newsroom", match.start, match.end, 0.6)
    return None


# A newsroom's own blurb opening a line: "Example Post is an independent,
# nonprofit newsroom covering ...", "Example Wire is a news service of ...".
_BLURB = re.compile(
    r"^[ \t]*(?P<name>[A-Z][^\n.,;:!?]{1,50}?)(?:,[ \t]+which[ \t]+[^\n,;]{2,80},)?"
    r"[ \t]+is[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w-]+,?[ \t]+){0,5}?(?:(?:news|media|journalism|broadcasting)[ \t]+"
    r"(?:organi[sz]ation|outlet|site|website|publication|company|service|"
    r"nonprofit|non-profit|startup)|newsroom|news[ \t]+and[ \t]+information[ \t]+"
    r"(?:site|service)|newspaper|magazine|news[ \t]+agency|wire[ \t]+service)\b",
    re.M,
)


def newsroom_blurb(table: OutletTable, text: str) -> _Found | None:
    """A newsroom describing itself in a line of its own: whose copy this is.

    "The Daily Yonder is an independent, nonprofit newsroom covering rural
    America." stands at the foot of its stories and of the copies other
    sites carry; the name is a registry outlet or a news domain's name.
    """
    lowered = _lowered(text)
    n = len(text)
    for needle in (" is a", " is the"):
        at = lowered.find(needle)
        while at >= 0:
            ls = text.rfind("\n", 0, at) + 1
            le = text.find("\n", at)
            le = n if le < 0 else le
            m = _BLURB.match(text, ls, le)
            if m is not None:
                found = _name_found(
                    table, text, *m.span("name"), "text:origin:about", 0.6
                )
                if found is not None:
                    return found
            at = lowered.find(needle, le)
    return None


def writer_address(table: OutletTable, text: str) -> _Found | None:
    """A writer's address in a short contact line: whose staff wrote the copy.

    "Contact reporter Jane Doe at jdoe@dailyexample.com" or "Email Jane at
    jane@dailyexample.com": like a byline credit, it names the newsroom the
    writer works for (a desk's mailbox, "tips@...", is the site's own and a
    publisher cue). The address must stand in a line of a contact or
    sign-off (a few words, one of them "contact", "email", "reach", ...).
    A mailbox at a site that is not a news outlet's counts only when the
    line points at the writer (a byline, a writer's role, "him", "me", a
    name after the verb, "Jane Doe can be reached at"): "Email the county at
    roads@example.gov" is a story's pointer to a body it cites.
    """
    lowered = _lowered(text)
    at = lowered.find("@")
    while at >= 0:
        ls = text.rfind("\n", 0, at) + 1
        le = text.find("\n", at)
        le = len(text) if le < 0 else le
        low = lowered[ls:le]
        byline = _BYLINE_START.match(text, ls + len(low) - len(low.lstrip()))
        if len(low.split()) <= _CONTACT_LINE_WORDS and (
            byline or any(w in low for w in _CONTACT_WORDS)
        ):
            writer = byline or _WRITER_CONTACT.search(text, ls, le) is not None
            for m in _EMAIL.finditer(text, ls, le):
                found = _site_found(
                    table,
                    m.group("site"),
                    "text:origin:contact",
                    m.start("site"),
                    m.end("site"),
                    0.6,
                )
                if found is not None and (writer or _is_news_site(found)):
                    return found
        at = lowered.find("@", le)
    return None


def _is_news_site(found: _Found) -> bool:
    """Whether ``found`` is a news outlet's site (a registry outlet or news domain)."""
    if found.entry is not None:
        return found.entry.kind not in NON_MEDIA_KINDS
    return found.domain in site_index().news


# Credits of whose reporting the copy carries, in the page's own lines:
# "Additional reporting by Example Wire", "-- Example Wire" or "(EW)" alone at
# the end, "Jane Doe, Special to The Example Times", "Jane Doe, Example News
# staff writer", and bios "Jane Doe covers politics for Example News", "Jane
# Doe reported from Oslo for Example News", "Jane Doe is an Example Radio
# correspondent".
_CREDIT_LINES = tuple(
    re.compile(p, re.M)
    for p in (
        r"\b(?:[Aa]dditional[ \t]+)?[Rr]eporting[ \t]+(?:by|from)[ \t]+(?:the[ \t]+)?"
        r"(?P<name>[A-Z][^\n.;,]{1,50}?)[ \t]*"
        r"(?=[.;,]|$|[ \t]+(?:and|in|from|contributed)\b)",
        r"^[ \t]*(?:By[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3},"
        r"[ \t]+(?:[Ss]pecial[ \t]+(?:to|for)[ \t]+(?:the[ \t]+)?"
        r"(?P<name3>[A-Z][^\n,]{1,50}?)|(?P<name4>[A-Z][^\n,]{1,50}?)[ \t]+"
        r"(?:(?:staff|senior|chief|contributing)[ \t]+)?"
        r"(?:writer|reporter|correspondent|editor|columnist)s?)[ \t]*$",
        r"(?:\b(?:covers|covered)[ \t]+[\w ,&-]{2,40}?|\breported[ \t]+from[ \t]+[A-Z]"
        r"[\w ,.'-]{1,40}?)[ \t]+for[ \t]+(?:the[ \t]+)?"
        r"(?P<name5>[A-Z][^\n.!?,;]{1,50}?)[ \t]*(?=[.!?,;]|$)",
        r"i(?<!\wi)s[ \t]+(?:a|an|the)[ \t]+"
        r"(?P<name6>[A-Z][\w&'\u2019 .-]{1,40}?)[ \t]+"
        r"(?:(?:staff|senior|chief|special|foreign|political|[A-Z]\w+)[ \t]+)?"
        r"(?:correspondent|reporter|writer|columnist|editor)\b",
        # "an Example Wire correspondent at the scene", "a Example Wire witness"
        r"(?:A(?<!\wA)|a(?<!\wa))n?[ \t]+"
        r"(?P<name7>[A-Z][\w&.'\u2019-]*(?:[ \t]+[A-Z][\w&.'\u2019-]*){0,3})[ \t]+"
        r"(?:correspondent|reporter|journalist|photographer|cameraman"
        r"|witness)\b",
        # An outlet credited for its part of the copy: "The Example Wire
        # contributed to this report" ("Example News' Jane Doe contributed"
        # credits the outlet's own staff, a promotion)
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?:[Tt]he[ \t]+)?"
        r"(?P<name9>[A-Z][^\n.!?,;'\u2019]{1,50}?)[ \t]+(?:also[ \t]+)?"
        r"contributed[ \t]+to[ \t]+this[ \t]+(?:report|story|article)\b",
    )
)


# The words one of which each credit above holds, lower-cased.
_CREDIT_LINE_NEEDLES = (
    ("reporting",),
    ("special", "writer", "reporter", "correspondent", "editor", "columnist"),
    ("covers", "covered", "reported from"),
    ("correspondent", "reporter", "writer", "columnist", "editor"),
    ("correspondent", "reporter", "journalist", "photographer", "cameraman", "witness"),
    ("contributed",),
)


# "-- Example Wire" or "(EW)" alone on a line.
_DASH_CREDIT = re.compile(
    r"^[ \t]*(?:[-\u2013\u2014]{1,2}[ \t]*|\()(?P<name>[A-Z][\w .&'\u2019-]{0,40}?)"
    r"\)?[ \t]*$",
    re.M,
)


# An agency's tag closing the copy's last paragraph: "... on Monday. (EWA)".
_CLOSING_TAG = re.compile(
    r"(?<=[.!?\"\u201d])[ \t]+\((?P<name8>[A-Z][\w .&-]{0,30}?)\)[ \t]*$", re.M
)


def credit_line(table: OutletTable, text: str) -> _Found | None:
    """A credit of whose reporting the copy carries, naming a registry outlet.

    "Additional reporting by Example Wire", "-- Example Wire" alone on the
    last lines, "Jane Doe, Special to The Example Times", "Jane Doe, Example
    News staff writer", "Jane Doe covers politics for Example News", "Jane Doe
    reported from Oslo for Example News", "Jane Doe is an Example Radio
    correspondent", "an Example Wire correspondent at the scene", "The
    Example Wire contributed to this report". A credit
    naming a person only gives nothing.
    """
    lowered = _lowered(text)
    matches = [
        m
        for needles, pattern in zip(_CREDIT_LINE_NEEDLES, _CREDIT_LINES, strict=True)
        for m in _line_matches(text, lowered, needles, pattern)
    ]
    # "-- Example Wire" alone, "... on Monday. (EWA)": the copy's last lines only
    tail = max(0, len(text) - _CHROME_CHARS)
    matches += _DASH_CREDIT.finditer(text, tail)
    if ")" in text[tail:]:
        matches += _CLOSING_TAG.finditer(text, tail)
    for m in matches:
        g = next(k for k, v in m.groupdict().items() if v)
        found = _named(table, text, *m.span(g), "text:origin:credit", 0.7, whole=True)
        if found is None and g == "name8" and _MARK.fullmatch(m.group(g)):
            # "... on Monday. (EWA)": a news agency's initials
            entry = _agency_initials(table).get(m.group(g))
            if entry is not None:
                found = _Found(
                    entry, entry.domain, "text:origin:credit", *m.span(g), 0.7
                )
        if found is None or found.entry is None:
            continue
        if g in ("name", "name7", "name9") and found.entry.kind in NON_MEDIA_KINDS:
            continue  # "reporting from the Home Office", "a White House reporter"
        if g == "name8" and found.entry.kind != "wire agency":
            continue  # "(CDC)" after a sentence names a body, not a credit
        return found
    return closing_name(table, text)


def closing_name(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's name alone on the page's last line: its sign-off or footer.

    "... the bridge reopens in May.\n\nExample Wire" credits the copy; an
    office's name there signs a statement, and is left to the publisher's
    cues.
    """
    end = len(text.rstrip())
    start = _line_start(text, end)
    line = text[start:end].strip(_BULLETS)
    if not line[:1].isalnum() or len(line.split()) > _CHROME_NAME_WORDS:
        return None  # ("\u00a9 Example Wire" under a photo is its credit)
    entry = _line_outlet(table, line)
    if entry is None or entry.kind in NON_MEDIA_KINDS or entry.kind == "platform":
        return None
    s = text.index(line, start)
    return _Found(entry, entry.domain, "text:origin:closing", s, s + len(line), 0.65)


# A reporter of the outlet's own named in its copy: "Example Radio's Jo Cole
# reports forecasters expect rain", "Example Radio's Jo Cole, who is in
# Examplia, said ..." (the correspondent's whereabouts), and "..., according
# to Jo Cole, reporting for Example Radio from Examplia."
_PERSON = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,2}"


# A possessive: "'s", or the apostrophe after an "s" ("Example News'"); the
# apostrophe is written first so that the search can skip to it.
_POSSESSIVE = r"['\u2019](?:s|(?<=s['\u2019]))"


_OWN_REPORTER = re.compile(
    _POSSESSIVE
    + r"[ \t]+(?:(?:correspondent|reporter)[ \t]+)?"
    + _PERSON
    + r"(?:[ \t]+(?:reports|narrates)[ \t]+[a-z\d]"
    r"|,[ \t]+who[ \t]+is[ \t]+in[ \t]+[A-Z][^\n.!?;]{0,60},[ \t]+"
    r"(?:says|said|reports|reported)\b)"
)


_REPORTING_FOR = re.compile(
    _PERSON + r",[ \t]+reporting[ \t]+for[ \t]+(?P<name>[A-Z][^\n.,;]{1,40}?)"
    r"[ \t]+from[ \t]+[A-Z]"
)


_REPORTER_NEEDLES = ("reports", "narrates", "who")


# Where the script says the correspondent is, before the hand-over: "In
# Examplia City, Example Radio's Jo Cole reports ...", "From Port Example,
# the Example Service's Kim Lee reports."
# (A sentence closing on a quotation, 'a "dirty bomb." In Examplia, ...',
# ends there too.)
_PLACE_LEAD = re.compile(
    r"(?:[^\n]*[.!?][\"\u201d\u2019][ \t]+)?"
    r"(?:(?:In|From)[ \t]+[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3},"
    r"[ \t]+(?:the[ \t]+)?)?"
)


def own_reporter(table: OutletTable, text: str) -> _Found | None:
    """A news outlet's own reporter credited in the copy names its origin.

    A broadcast's script hands over to its correspondent in the present
    tense, or says where the correspondent is: "Example Radio's Jo Cole
    reports forecasters expect rain", "In Examplia City, Example Radio's Jo
    Cole reports that ...", "Example Radio's Jo Cole, who is in Examplia,
    said ...". "Jo Cole, reporting for Example Radio from
    Examplia" credits the same. The outlet must open its sentence: "as
    Example Radio's Jo Cole reports, ..." cites another outlet, and so does
    the past tense ("Example Radio's Jo Cole reported that ...").
    """
    if "reporting for" in text:
        for m in _REPORTING_FOR.finditer(text):
            found = _named(
                table, text, *m.span("name"), "text:origin:reporter", 0.7, whole=True
            )
            if found is not None and _is_news_site(found):
                return found
    # Every match holds one of these words, on one line.
    for m in _line_matches(text, _lowered(text), _REPORTER_NEEDLES, _OWN_REPORTER):
        opens = _sentence_start(text, m.start())
        lo = max(opens, m.start() - 60)
        found = _name_ending(table, text, lo, m.start())
        if found is None or found.start is None:
            continue
        if found.start != opens and not _PLACE_LEAD.fullmatch(text, opens, found.start):
            continue
        if found.entry is None or found.entry.kind in NON_MEDIA_KINDS:
            continue
        return replace(found, rule="text:origin:reporter", confidence=0.7)
    return None


# The outlet's own interview: "responded to Example News' request for an
# interview", "did not respond to Example News's request for comment",
# "Example News' Jo Cole interviewed him", "Example News reporter Jo Cole
# has conducted an interview with ...".
_OWN_INTERVIEW = re.compile(
    _POSSESSIVE + r"[ \t]+requests?[ \t]+for[ \t]+"
    r"(?:an[ \t]+)?(?:interview|comment)\b"
    r"|(?:"
    + _POSSESSIVE
    + r"|[ \t]+(?:reporter|correspondent))[ \t]+"
    + _PERSON
    + r"[ \t]+(?:interviewed|(?:has|had)[ \t]+(?:interviewed|performed[ \t]+an"
    r"[ \t]+interview|conducted[ \t]+an[ \t]+interview))\b"
)


_INTERVIEW_NEEDLES = ("interview", "comment")


def own_interview(table: OutletTable, text: str) -> _Found | None:
    """A news outlet that interviewed the story's people names the copy's origin.

    "Two candidates responded to Example News' requests for an interview",
    "Example News' Jo Cole interviewed him" and "Example News reporter Jo
    Cole has conducted an interview with ..." are the outlet's own reporting;
    a source "told Example News" is left to the attribution cues.
    """
    if "interview" not in text and "comment" not in text:
        return None
    # Every match holds one of the two words, on one line.
    for m in _line_matches(text, _lowered(text), _INTERVIEW_NEEDLES, _OWN_INTERVIEW):
        lo = max(_line_start(text, m.start()), m.start() - 60)
        found = _name_ending(table, text, lo, m.start())
        if found is None or found.entry is None:
            continue
        if found.entry.kind in NON_MEDIA_KINDS or found.entry.kind == "platform":
            continue
        return replace(found, rule="text:origin:interview", confidence=0.65)
    return None


# Asked twice of each outlet source: for the origin and for the cited outlets.
@functools.lru_cache(maxsize=256)
def is_channel(text: str, start: int) -> bool:
    """Whether the outlet named at ``start`` is the one a source spoke to.

    "Two witnesses told Example Wire the road was shut" names the channel,
    not the source of the claim; so do "said in an interview with the
    Example Times" and "speaking to Example Radio".
    """
    return _CHANNEL_BEFORE.search(text, max(0, start - 40), start) is not None
