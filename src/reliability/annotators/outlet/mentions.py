"""Publisher rule from the outlet the page keeps naming as its own, and the
tests that tell such a mention from a cited one.
"""

from __future__ import annotations

import re

from reliability.annotators.outlet.lexicon import (
    _BULLETS,
    _CHANNEL_BEFORE,
    _CHANNEL_CUE,
    _CREDIT_LABEL,
    _CREDIT_NEXT,
    _MENU_WORDS,
)
from reliability.annotators.outlet.shapes import (
    _Found,
    _inside_name,
    _line_start,
    _lowered,
)
from reliability.annotators.outlet.voice import _SUBJECT_VERB
from reliability.outlets.table import NON_MEDIA_KINDS, NameMatch, OutletTable

# -- the outlet the page keeps naming as its own --------------------------------

# After a name's possessive, the page's own staff and services: "Example
# Radio's Jane Doe", "Example Radio's Somali service", "Example Voices'
# network".
_STAFF_AFTER = re.compile(
    r"['\u2019]s?[ \t]+(?:[A-Z]\w|(?:own[ \t]+)?(?:reporters?|correspondents?"
    r"|bureaus?|network|team|staff(?:ers)?|journalists?|editors?|community|coverage"
    r"|newsroom|services?|audiences?|webcast)\b)"
)


# After a name without a possessive: "Example Voices community members",
# "Example Radio staffers", "the Example News byline".
_OWN_AFTER = re.compile(r"[ \t]+(?:community|staff(?:ers)?|byline|newsroom)\b")


# After a name, the outlet at work in its own pages: "Example Voices
# presents", "Example News interviews the mayor", "Example Post previously
# reported", "Example Radio is introducing", "Example News interviewed".
_AT_WORK_AFTER = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:(?:previously|earlier|also|first)[ \t]+)?"
    r"(?:presents|invites|interview(?:s|ed)|brings|introduc(?:es|ing)|amplified|launch(?:es|ed)"
    r"|(?:is|was)[ \t]+(?:introducing|launching|bringing)|(?:previously|earlier)"
    r"[ \t]+reported|reported[ \t]+(?:on|earlier|last|previously|this))\b",
    re.I,
)


# The same words in another outlet's story: "As Example Post reported on
# Sunday", "Example Post first reported last week" cite its reporting, so
# they count as little as a reporter's name ("previously reported" stays a
# page's own).
_CITED_REPORT = re.compile(
    r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:(?:also|first)[ \t]+)?"
    r"reported[ \t]+(?:on|earlier|last|previously|this)\b",
    re.I,
)


# Before a name: "Discover with Example Voices", "Credit: Example Radio"
# (a photo's credit names the picture's source, not the page's).
_AT_CUE = (
    r"(?:\b(?:[Dd]iscover|[Ee]xplore|[Jj]oin[ \t]+us|[Oo]nly)[ \t]+(?:with|on|at)"
    r"|(?<![Pp]hoto[ \t])(?<![Ii]mage[ \t])(?<![Vv]ideo[ \t])\b[Cc]redits?[ \t]*:)"
    r"[ \t]+(?:the[ \t]+)?"
)


_AT_BEFORE = re.compile(_AT_CUE + "$")


# Every context above, found from its words: a name stands before an
# "after" context (the possessive of its staff, the word of its work) and
# begins where a "before" context ends. The page's body is searched for the
# words, the pattern tried where one stands, and names are looked up only
# beside what it finds (the scoring checks each context exactly).
_WORK_WORD = re.compile(
    r"(?:community|staff|staffers|byline|newsroom|presents|invites|interview(?:s|ed)"
    r"|brings"
    r"|introduc(?:es|ing)|amplified|launch(?:es|ed|ing)|bringing"
    r"|reported[ \t]+(?:on|earlier|last|previously|this)|(?:previously|earlier)"
    r"[ \t]+reported)\b",
    re.I,
)


_AT_WORDS = re.compile(_AT_CUE, re.I)


_CHANNEL_WORDS = re.compile(_CHANNEL_CUE, re.I)


_MENTION_NEEDLES: tuple[tuple[str, bool, re.Pattern[str]], ...] = (
    *((w, True, _STAFF_AFTER) for w in ("'", "\u2019")),
    *(
        (w, True, _WORK_WORD)
        for w in (
            "community",
            "staff",
            "byline",
            "newsroom",
            "presents",
            "invites",
            "interviews",
            "interviewed",
            "brings",
            "introduc",
            "amplified",
            "launch",
            "bringing",
            "reported",
            "previously",
            "earlier",
        )
    ),
    *((w, False, _AT_WORDS) for w in ("discover", "explore", "join", "only", "credit")),
    *(
        (w, False, _CHANNEL_WORDS)
        for w in (
            "told",
            "tell",
            "said",
            "says",
            "speaking",
            "spoke",
            "talk",
            "interview",
            "comments",
        )
    ),
)


_APOSTROPHE_CHARS = "'\u2019"


# The word that ends just before a context, and the one that opens after it.
_LAST_WORD = re.compile(r"\w+$")


_AUXILIARY_WORDS = frozenset(
    {"has", "have", "had", "is", "was", "previously", "earlier", "also", "first"}
)


_WORD_AT = re.compile(r"\w+")


# How far from a context a name is looked for, at most, on its line.
_MENTION_REACH = 150


# How many lines at each end of the page are its chrome, and how short.
_EDGE_NAME_LINES = 3


_EDGE_LINE_WORDS = 12


_EDGE_LINE_CHARS = 200  # longer lines hold more than 12 words


_SELF_MENTION_MIN = 2


_SELF_MENTION_WEAK = 3


# A person's name after the possessive: "Example Radio's Jane Doe".
_STAFF_NAME = re.compile(r"['\u2019]s?[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")


# A capitalised word and an event or show after it: "Example TV's Nevada
# town hall", "Example Radio's Sunday debate" (a story cites another outlet's
# events; "Example Radio's Somali service" is the outlet's own).
_CAPITAL_EVENT = re.compile(
    r"['\u2019]s?[ \t]+(?:[A-Z][\w-]*[ \t]+){1,2}(?:town[ \t]+halls?|debates?|forums?"
    r"|interviews?|polls?|shows?|programs?|documentar(?:y|ies)|specials?|events?)\b"
)


# Its feature or column reporting: "Example Post's Weather Watch feature
# reports", "Example Radio's morning show found": a story citing it.
_CITED_WORK = re.compile(
    r"['\u2019]s?[ \t]+(?:[\w-]+[ \t]+){1,3}?(?:reports?|reported|sa(?:id|ys)|found"
    r"|finds|wr(?:ote|ites)|not(?:es|ed)|revealed|claim(?:s|ed))\b"
)


# Its people by their role: "Example Post's editor-in-chief", "Example
# Radio's correspondents". Another outlet's story names them as often.
_STAFF_ROLE = re.compile(
    r"['\u2019]s?[ \t]+(?:own[ \t]+)?(?:(?:chief|senior|executive|top|managing)[ \t]+)?"
    r"(?:reporters?|correspondents?|journalists?|editors?)\b"
)


def _edge_line_bounds(text: str) -> tuple[int, int]:
    """Where the first and the last few non-empty lines of the page end and begin."""
    head = 0
    seen = 0
    while seen < _EDGE_NAME_LINES and head < len(text):
        nl = text.find("\n", head)
        line_end = len(text) if nl < 0 else nl
        if text[head:line_end].strip():
            seen += 1
        head = line_end + 1
    tail = len(text)
    seen = 0
    while seen < _EDGE_NAME_LINES and tail > 0:
        nl = text.rfind("\n", 0, tail - 1)
        if text[nl + 1 : tail].strip():
            seen += 1
        tail = nl + 1 if nl >= 0 else 0
    return head, tail


# A verb that introduces another text's words: a line "Example Post
# reports:", "As Example Post's Jane Doe explained:" opens a quoted excerpt.
_EXCERPT_VERB = re.compile(
    r"\b(?:reports?|reported|wr(?:ote|ites)|not(?:es|ed)|explain(?:s|ed)|sa(?:id|ys)"
    r"|add(?:s|ed)|detail(?:s|ed)|describ(?:es|ed)|observ(?:es|ed)|continu(?:es|ed)"
    r"|according|put[ \t]+it|summed)\b",
    re.I,
)


# The signature an embedded social-media post ends with: "- Jane Doe
# (@janedoe) May 5, 2020". The name in it is the post's author, whichever
# page embeds the post.
_POST_SIGNATURE = re.compile(
    r"(?:^|[ \t])[-\u2013\u2014][ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},"
    r"[ \t]*(?:19|20)\d\d[ \t]*$"
)


def _chrome_mention(text: str, m: NameMatch, *, opens: bool) -> bool:
    """Whether a name stands in a short chrome line, not in a photo credit.

    With ``opens``, the name must open the line ("[Example Agency News] ...").
    """
    ls = _line_start(text, m.start)
    le = text.find("\n", m.end)
    line = text[ls : len(text) if le < 0 else le].strip()
    if len(line.split()) > _EDGE_LINE_WORDS or line.endswith((".", "?", "!")):
        return False  # a sentence, not chrome
    if line.endswith(":") and _EXCERPT_VERB.search(line):
        return False  # "Example Post reports:" opens a quoted excerpt
    if "(@" in line and _POST_SIGNATURE.search(line):
        return False  # "... - Example Post (@ExamplePost) May 5, 2020": a post
    if text[m.start : m.end].lower() in _MENU_WORDS:
        return False  # "People" or "Time" alone: a menu label
    if _CREDIT_NEXT.match(text[m.end : m.end + 12].lstrip()):
        return False  # "Example Wire / Jane Doe": a photo's credit
    before = text[ls : m.start]
    if any(q in before for q in '"\u201c\u201d'):
        return False  # '"Talks resume" - Example Wire, May 5': a source list
    if _CREDIT_LABEL.match(before.strip(_BULLETS + "[(")) and not before.strip(
        _BULLETS + "[("
    ).lower().startswith("credit"):
        return False
    if opens and _SUBJECT_VERB.match(text, m.end):
        return False  # "Example Agency wins an award": a headline's subject
    return not opens or not before.strip(_BULLETS + "[(\"'\u201c")


def _mention_names(
    table: OutletTable, text: str, head: int, tail: int, *, channel: bool = False
) -> list[NameMatch]:
    """The names in the page's edge lines, and those beside a mention's context.

    The rest of the page is not searched word by word: a name counts there
    only against a context ("Example Radio's network", "told Example
    Radio"), so names are looked up on the context's line next to it.
    """
    found: dict[int, NameMatch] = {}
    for lo, hi in () if channel else ((0, head), (tail, len(text))):
        ls = lo
        while ls < hi:
            le = text.find("\n", ls, hi)
            le = hi if le < 0 else le
            # chrome lines only: a name in a long line scores nothing there
            if le - ls <= _EDGE_LINE_CHARS:
                for m in table.find_names(text, ls, le, media_only=False):
                    found.setdefault(m.start, m)
            ls = le + 1
    lowered = _lowered(text)
    if len(lowered) != len(text):
        lowered = text  # lower() changed lengths: search the text as it is
    looked: set[tuple[int, bool]] = set()
    for needle, after, pattern in _MENTION_NEEDLES:
        if (pattern is _CHANNEL_WORDS) is not channel:
            continue
        at = lowered.find(needle)
        while at >= 0:
            if after and needle in "'\u2019":
                c = pattern.match(text, at)
            elif at > 0 and text[at - 1].isalnum():
                c = None  # inside a word
            else:
                c = pattern.match(text, at)
            if c is not None and (c.start(), after) not in looked:
                looked.add((c.start(), after))
                _names_beside(table, text, c, after, found)
            at = lowered.find(needle, at + 1)
    return [found[k] for k in sorted(found)]


def _names_beside(
    table: OutletTable,
    text: str,
    c: re.Match[str],
    after: bool,
    found: dict[int, NameMatch],
) -> None:
    """Add the names before an "after" context, or the one opening a "before" one."""
    if after:
        at = c.start()
        lo = max(_line_start(text, at), at - _MENTION_REACH)
        end = at
        for _ in range(4):  # past "has", "previously": "Example has previously"
            while end > lo and text[end - 1] in " \t":
                end -= 1
            word = _LAST_WORD.search(text, max(lo, end - 40), end)
            if word is None or word.group().lower() not in _AUXILIARY_WORDS:
                break
            end = word.start()
        if word is not None and not table.ends_name(word.group()):
            return  # no outlet's name ends with the word before the context
        # (with the apostrophe, so that a name before it reads as possessive)
        hi = at + 1 if text[at] in _APOSTROPHE_CHARS else at
        for m in table.find_names(text, lo, hi, media_only=False):
            found.setdefault(m.start, m)
        return
    at = c.end()
    word = _WORD_AT.match(text, at)
    if word is None or not table.opens_name(word.group()):
        return  # no outlet's name begins with the word after the context
    le = text.find("\n", at)
    hi = min(len(text) if le < 0 else le, at + _MENTION_REACH)
    names = table.find_names(text, at, hi, media_only=False)
    if names and names[0].start == at:
        found.setdefault(at, names[0])


def self_mention(table: OutletTable, text: str) -> _Found | None:
    """The outlet the page names as its own, weakest cue of all.

    A page that shows no masthead or credit still names its publisher in its
    first or last short lines ("Example Voices: Daily Digest", "Credit:
    Example Radio"), in its services ("Example Radio's Somali service",
    "Example Voices' network of bloggers", "Example Voices community
    members") or at work on its own pages ("Example Voices presents a
    selection", "Example Post previously reported"): each such mention
    scores 2. A reporter in the possessive ("Example Radio's Jane Doe"), its
    reporting cited ("As Example Radio reported on Sunday") and a source
    speaking to it ("told Example Radio") score 1, since another outlet's
    story cites them too; a short line opening a quoted excerpt ("Example
    Radio reports:") is no chrome and scores nothing. The outlet scoring
    highest is taken when one of its mentions scored 2 and it has 2 in all,
    or when it has 3. A government body or an organisation counts in the
    page's chrome, opening the line, or (1) with its own staff: a story often
    names a ministry at work. Used only when nothing else names a publisher
    or an origin.
    """
    head, tail = _edge_line_bounds(text)
    if head >= tail:
        head, tail = 0, len(text)  # all lines at the edges: no chrome to tell
    scores: dict[str, int] = {}
    strong: set[str] = set()
    first: dict[str, NameMatch] = {}
    seen: set[int] = set()
    names = _mention_names(table, text, head, tail)
    _score_mentions(text, names, head, tail, scores, strong, first, seen)
    if strong:
        # Whom the sources spoke to counts only beside a stronger mention.
        names = _mention_names(table, text, head, tail, channel=True)
        _score_mentions(text, names, head, tail, scores, strong, first, seen)
    if not scores:
        return None
    # One strong mention with another, or three weak ones: "told Example
    # Radio" twice is how another outlet's story cites its interviews.
    scores = {
        d: v
        for d, v in scores.items()
        if v >= _SELF_MENTION_WEAK or (d in strong and v >= _SELF_MENTION_MIN)
    }
    if not scores:
        return None
    best = max(scores.values())
    m = min((first[d] for d, v in scores.items() if v == best), key=lambda x: x.start)
    e = m.entry
    return _Found(e, e.domain, "text:self-mention", m.start, m.end, 0.4)


def _score_mentions(
    text: str,
    matches: list[NameMatch],
    head: int,
    tail: int,
    scores: dict[str, int],
    strong: set[str],
    first: dict[str, NameMatch],
    seen: set[int],
) -> None:
    """Add each mention's score to its outlet's (see ``self_mention``)."""
    for m in matches:
        if m.entry.kind == "platform" or m.start in seen:
            continue
        seen.add(m.start)
        media = m.entry.kind not in NON_MEDIA_KINDS
        lo = max(0, m.start - 40)
        if (m.start < head or m.start >= tail) and _chrome_mention(
            text, m, opens=not media
        ):
            score = 2
        elif m.possessive and _STAFF_AFTER.match(text, m.end):
            # "Example Radio's Somali service" is its own; "Example Radio's
            # Jane Doe" also reads in another outlet's story.
            named = (
                _STAFF_NAME.match(text, m.end) is not None
                or _STAFF_ROLE.match(text, m.end) is not None
                or _CAPITAL_EVENT.match(text, m.end) is not None
                or _CITED_WORK.match(text, m.end) is not None
            )
            score = (1 if named else 2) if media else (0 if named else 1)
            if _inside_name(text, m.start):
                score = 0  # "the Democratic People's Republic", "Alphabet Inc's"
        elif not media:
            score = 0
        elif _OWN_AFTER.match(text, m.end) or _AT_BEFORE.search(text, lo, m.start):
            score = 2
        elif _CITED_REPORT.match(text, m.end):
            score = 1
        elif _AT_WORK_AFTER.match(text, m.end):
            score = 2
        elif _CHANNEL_BEFORE.search(text, lo, m.start):
            score = 1
        else:
            score = 0
        if score:
            d = m.entry.domain
            scores[d] = scores.get(d, 0) + score
            if score > 1:
                strong.add(d)
            first.setdefault(d, m)
