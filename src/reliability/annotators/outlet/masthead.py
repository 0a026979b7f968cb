"""Publisher rules from the page's head and own lines: the masthead, the page
describing itself, a site greeting, page notes, "Also on", promotions and
interviewer labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reliability.annotators.outlet.lexicon import (
    _ALSO_ON,
    _ANSWER_LABEL,
    _BODY_WORDS,
    _BULLETS,
    _BYLINE_START,
    _CREDIT_LABEL,
    _LOGO_ALT,
    _LOGO_WORDS,
    _MASTHEAD_CHARS,
    _MASTHEAD_LINES,
    _PARTS,
    _PROMOS,
    _QUESTION_LABEL,
    _SELF,
    _SENTENCE_WORDS,
    _STORY_SENTENCES,
    _TAG_OPEN,
)
from reliability.annotators.outlet.shapes import (
    _capitals_masthead,
    _first_named,
    _Found,
    _leading_outlet,
    _line_matches,
    _line_outlet,
    _line_spans,
    _lowered,
    _named,
    _title_bar,
    _with_parent,
)
from reliability.outlets.domains import registrable_domain
from reliability.outlets.table import NON_MEDIA_KINDS, NameMatch, OutletTable

# The addressee opening a letter's inside address, and the lines it runs on.
_ADDRESSEE = re.compile(r"[ \t]*(?:The[ \t]+)?(?:Honou?rable|Hon\.)[ \t]+[A-Z]")


_ADDRESS_LINES = 4


def masthead(table: OutletTable, text: str) -> _Found | None:
    """A short line near the top that is an outlet's name, logo or site.

    "Example Times" or "Logo Example Times" alone on a line, or
    "Tag: Home Office" (a part of the line), above the story: the outlet
    that publishes the page. Lines before the story's first long paragraph
    are read; an outlet name opening a line ("Example Times Sport") counts
    when no line is a name on its own. A letter's inside address ("The
    Honorable Jane Doe / Secretary / Example Department") is not read.
    """
    leading: _Found | None = None
    seen = 0
    addressee = 0
    sentences = 0
    for start, end in _line_spans(text, _MASTHEAD_CHARS):
        line = text[start:end]
        stripped = line.strip(_BULLETS)
        if not stripped:
            continue
        seen += 1
        if seen > _MASTHEAD_LINES:
            break
        if _ADDRESSEE.match(stripped):
            # a letter's inside address: "The Honorable Jane Doe / Secretary
            # / Example Department / 1 Main Street" names whom it is sent
            # to, not who publishes it
            addressee = seen + _ADDRESS_LINES
        if seen <= addressee:
            continue
        words = stripped.split()
        if len(words) >= _BODY_WORDS:
            if seen == 1:  # a page flattened into one line
                return _capitals_masthead(table, text, start + line.index(stripped))
            break  # the story has begun
        if sentences >= _STORY_SENTENCES:
            break  # two sentences of the story: what follows is its text
        if len(words) >= _SENTENCE_WORDS and stripped[-1] in ".!?":
            sentences += 1
        if _CREDIT_LABEL.match(stripped.lstrip("([")) or _BYLINE_START.match(stripped):
            # a credit or byline names whose copy it is, not the site; so
            # does a bracketed one: "(Photo Credit: Example Agency)"
            continue
        s = start + line.index(stripped)
        alt = _LOGO_ALT.fullmatch(text, s, s + len(stripped))
        if alt is not None and len(words) > 6:
            # "Link to Example Department of Examples Home Page": a long
            # name in its logo's link text
            g = "name" if alt.group("name") else "name2"
            entry = _line_outlet(table, alt.group(g))
            if entry is not None and entry.kind != "platform":
                return _Found(entry, entry.domain, "text:masthead", *alt.span(g), 0.9)
        if len(words) > 8:
            found = _title_bar(table, text, s, s + len(stripped))
            if found is not None:
                return found
            continue
        parts = [(s, s + len(stripped), True)]
        at = 0
        for m in _PARTS.finditer(stripped):
            # "Tag: Home Office" names it after a colon; before one, a bare
            # name is a label ("Reuters: Talks resume"), but a name with its
            # section still names the page ("Example News Weekly: May 1").
            exact = not m.group().lstrip().startswith(":")
            parts.append((s + at, s + m.start(), exact))
            at = m.end()
        if at:
            parts.append((s + at, s + len(stripped), True))
        for ps, pe, exact in parts:
            part = text[ps:pe]
            pw = part.split()
            if pw and pw[0].lower() in _LOGO_WORDS:
                ps = ps + part.index(pw[1]) if len(pw) > 1 else pe
            elif pw and pw[-1].lower() in _LOGO_WORDS and len(pw) > 1:
                pe = ps + part.rindex(pw[-1])
            alt = _LOGO_ALT.fullmatch(text, ps, pe)
            if alt is not None:
                ps, pe = alt.span("name" if alt.group("name") else "name2")
            part = text[ps:pe].strip().lstrip(_TAG_OPEN)
            if not part:
                continue
            ps = text.index(part, ps)
            if len(part.split()) > 6 or len(part) > 60:
                # too long for a name alone; a name and its parent body
                # ("Example Weather Service United States Department of
                # Examples") still opens the line
                if leading is None and exact:
                    leading = _with_parent(table, text, ps, ps + len(part))
                continue
            entry = _line_outlet(table, part) if exact else None
            if entry is not None and entry.kind != "platform":
                return _Found(
                    entry, entry.domain, "text:masthead", ps, ps + len(part), 0.9
                )
            if leading is None:
                leading = _leading_outlet(
                    table, text, ps, ps + len(part), section=not exact
                )
    return leading


def self_description(table: OutletTable, text: str) -> _Found | None:
    """The site naming itself: "From Example Wiki, the free news source".

    Also "Official website of the Example Ministry", "The press release
    issued by the Example Office on 2 May", "Press release from the
    Department of Examples", "this Example Survey feature story", and "For
    more information, contact the Example Agency's press office".
    """
    return _first_named(table, text, _SELF, "text:self", 0.85)


# A site's greeting line near the top: "Welcome to Example News",
# "Welcome to the Example Agency website!", "Hello, welcome to the Example
# Foundation Newsletter", "Welcome to the Open Data Blog at the Example
# Institute". Group "name" is the rest of the line up to its end or stop.
_GREETING = re.compile(
    r"^[ \t]*(?:(?:Hello|Hi)[ \t]*,?[ \t]+)?[Ww]elcome[ \t]+to[ \t]+(?:the[ \t]+)?"
    r"(?:official[ \t]+)?(?P<name>[A-Z][^\n.!?,;:]{1,80}?)[ \t]*(?:[.!]|$)",
    re.M,
)


# What a greeting may add after the site's name: "... website", "... online".
_GREETING_SITE = (
    r"(?:web[ \t]?site|site|web[ \t]?pages?|pages?|home[ \t]?page|portal|online|blog|"
    r"newsroom|news(?:[ \t]?room)?|newsletter|podcast|archive|service)"
)


_GREETING_AFTER = re.compile(r"(?:[ \t]+" + _GREETING_SITE + r")?[ \t]*$", re.I)


# A greeting to a section of the site that names its owner after it: "the
# Open Data Blog at the Example Institute", "the Press Pages of Example Council".
_GREETING_OWNER = re.compile(
    r"(?:[A-Z][\w&'\u2019-]*[ \t]+){0,4}" + _GREETING_SITE + r"[ \t]+"
    r"(?:at|of|from|by)[ \t]+(?:the[ \t]+)?",
    re.I,
)


_GREETING_CHARS = 1500


def site_greeting(table: OutletTable, text: str) -> _Found | None:
    """A site greeting its readers by its own name near the top of the page.

    "Welcome to Example News", "Welcome to the Example Agency website" and
    "Welcome to the Open Data Blog at the Example Institute" name the site
    the reader has come to. The greeting must be the whole line or sentence:
    "Welcome to Example City, where ..." in a story greets a place, and
    "Welcome to Example Radio's science show" is a broadcast's opener
    (``on_air``).
    """
    head = text[:_GREETING_CHARS]
    if "elcome to" not in head:
        return None
    for m in _GREETING.finditer(head):
        s, e = m.span("name")
        owner = _GREETING_OWNER.match(text, s, e)
        if owner is not None:
            s = owner.end()
        match = table.name_in(text, s, e, media_only=False, heading=True)
        if (
            match is None
            or match.start != s
            or match.entry.kind == "platform"
            or not _GREETING_AFTER.match(text, match.end, e)
        ):
            continue
        entry = match.entry
        return _Found(entry, entry.domain, "text:self", match.start, match.end, 0.8)
    return None


# An official site's page notes: "Content source: Example Agency", "This
# page is maintained by the Example Office" (each to the line's end: "Office
# of Public Affairs, U.S. Department of State.").
_PAGE_NOTE = re.compile(
    r"^[ \t]*(?:[Cc]ontent[ \t]+[Ss]ource:|(?:[Tt]his[ \t]+)?(?:[Pp]age|[Ww]eb[ \t]?"
    r"site|[Ss]ite)[ \t]+(?:is[ \t]+)?[Mm]aintained[ \t]+by)[ \t]+(?:the[ \t]+)?"
    r"(?P<name>[^\n]{2,160}?)[ \t.]*$",
    re.M,
)


def page_note(table: OutletTable, text: str) -> _Found | None:
    """An official page's note of whose content it is.

    "Content source: Example Institute, Example Agency" names the body that
    publishes the page; of the registry names in it, a government body or
    organisation is taken before a news outlet (an office's name can hold
    one: "National ...").
    """
    lowered = _lowered(text)
    if "content source" not in lowered and "maintained by" not in lowered:
        return None
    for m in _line_matches(text, lowered, ("source", "maintained"), _PAGE_NOTE):
        at, end = m.span("name")
        first: NameMatch | None = None
        while at < end:
            match = table.name_in(text, at, end, media_only=False)
            if match is None:
                break
            if match.entry.kind in NON_MEDIA_KINDS:
                first = match
                break
            if first is None and match.entry.kind != "platform":
                first = match
            at = match.end
        if first is not None:
            e = first.entry
            return _Found(e, e.domain, "text:self", first.start, first.end, 0.85)
    return None


def also_on(table: OutletTable, text: str) -> _Found | None:
    """A site's related-links banner: "Also on example.com"."""
    lowered = _lowered(text)
    if "also on" not in lowered:
        return None  # (no regex pass over a page without the words)
    m = _ALSO_ON.search(text)
    if m is None:
        return None
    entry = table.by_domain(m.group(1))
    domain = entry.domain if entry else registrable_domain(m.group(1))
    if not domain:
        return None
    return _Found(entry, domain, "text:also-on", m.start(1), m.end(1), 0.9)


def promotion(table: OutletTable, text: str) -> _Found | None:
    """The outlet a page promotes as its own: "Follow Example News on Twitter".

    Also its app, its newsletter, and "Example News' Jane Doe contributed to
    this report". Only a registry name in the promotion counts; an outlet
    the story cites ("told Example News") is never taken for the publisher.
    """
    return _first_named(table, text, _PROMOS, "text:promo", 0.8)


def interviewer_label(table: OutletTable, text: str) -> _Found | None:
    """A Q&A's question labelled with the outlet asking it.

    "Example Radio (ER): What changed after the vote?" at a line's start:
    the interviewer speaks for the page's outlet. The labelled line must be
    a question answered on the next line under another label ("Jane Doe:"),
    so a list of sources ("Example Wire: Will talks resume?") is not one;
    on a page cut off after the question, the label must carry the outlet's
    initials ("Example Radio (ER): ...").
    """
    for m in _question_labels(text):
        if not _ANSWER_LABEL.match(text, m.end()) and not (
            text[m.end() :].strip() == "" and _initials_of(m["name"], m["abbr"])
        ):
            continue  # an interview answers its question in the next line
        found = _named(
            table, text, *m.span("name"), "text:interviewer", 0.75, whole=True
        )
        if found is not None and found.start == m.start("name"):
            return found
    return None


def _question_labels(text: str) -> Iterator[re.Match[str]]:
    """``_QUESTION_LABEL.finditer(text)``, trying only the lines with a "?".

    A match is one whole line (it starts at a line's start and holds no
    newline), so matching at the start of each line with a question mark
    finds the same matches without trying every position of the text.
    """
    at = text.find("?")
    while at >= 0:
        m = _QUESTION_LABEL.match(text, text.rfind("\n", 0, at) + 1)
        if m is not None:
            yield m
        line_end = text.find("\n", at)
        if line_end < 0:
            break
        at = text.find("?", line_end)


def _initials_of(name: str, abbr: str | None) -> bool:
    """Whether ``abbr`` is the initials of ``name`` ("Global Voices", "GV")."""
    return abbr is not None and "".join(w[0] for w in name.split()).upper() == abbr
