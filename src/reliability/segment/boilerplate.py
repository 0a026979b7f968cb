"""Boilerplate flags (ANNOTATION.md, Sentences; judgement calls 2-7).

Found by phrase lists in ``data/lexicons/boilerplate_*`` (navigation, share
buttons, login, cookie and newsletter notices, captions, bylines, "Also
read:") and by the layout of the page: the short lines above the first body
sentence (masthead, headline, alt text), a headline that ends in a full stop
when the paragraph below restates it, short standalone lines between
paragraphs (crossheads, captions, all-capitals section labels such as ``FULL
TEXT.``), wire story codes (``[L1N2AB0XY]``), and the short lines after a
footer opener such as "Related Articles". Short sentences on the first line
that run straight into the body and are not restated by it open the body
("Talk about oversharing."). A related-link teaser glued to the next body
sentence by bad extraction (``... on other sideOn the other hand``) is cut at
the join, before the line is split into sentences, and so are an ad label
left between two sentences (``... storm. Advertisement Repairs ...``) and a
time stamp or share label run into the first one (``Updated 3:14 PM EST The
council ...``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from reliability.resources import load_lexicon
from reliability.segment.sentences import CLOSERS, LINE_BREAK, OPENERS, STOPS, Piece

__all__ = [
    "boilerplate_rules",
    "cut_glued_heads",
    "cut_glued_labels",
    "may_hold_inline_label",
]

# A date label run into the first sentence of a line: "date 2021-10-09 In a
# tweet ..." (annotation notes, decision 3: glued chrome is cut at the join).
# A listing's date run into its teaser: "Monday, May 4, 2009 The council ...".
_GLUED_DATE = re.compile(
    r"(?:(?:(?i:date|published|updated|posted)[ \t\u00a0]*:?[ \t\u00a0]*)?"
    r"\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t\u00a0]+"
    r"(?:(?:Jan|Febr)uary|March|April|May|June|July|August"
    r"|(?:Septem|Octo|Novem|Decem)ber)"
    r"[ \t\u00a0]+\d{1,2},[ \t\u00a0]+\d{4}"
    # "3 March 2024 The council ...", "Updated 3 Mar 2024 The ...".
    r"|(?:(?i:published|updated|posted|last[ \t\u00a0]updated)"
    r"(?:[ \t\u00a0]on)?:?[ \t\u00a0]+)?"
    r"\d{1,2}[ \t\u00a0](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*+"
    r"\.?,?[ \t\u00a0]\d{4}"
    # "Published June 3, 2021 The council ...", "Jun 3, 2021, 4:12 PM The ...".
    r"|(?:(?i:published|updated|posted|last[ \t\u00a0]updated)"
    r"(?:[ \t\u00a0]on)?:?[ \t\u00a0]+)?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*+\.?"
    r"[ \t\u00a0]\d{1,2},[ \t\u00a0]\d{4}"
    r"(?:,?[ \t\u00a0](?:at[ \t\u00a0])?\d{1,2}:\d{2}"
    r"(?:[ \t\u00a0]?(?:AM|PM|am|pm|a\.m\.|p\.m\.))?(?:[ \t\u00a0][A-Z]{2,4})?)?)"
    r"[ \t\u00a0|]+(?=[A-Z\u201c\"])"
)
# What follows a glued date is body when it holds a stop; a few words without
# one are chrome glued to chrome ("date 2024-05-03 City Council"), one label.
_CHROME_AFTER_DATE = 4  # words, at most
_TEASER_WORDS = 15  # words in a linked headline glued to a label, at most
# A headline and byline run into the first sentence of a one-line copy, or a
# byline into a teaser: "Storm Hits Coast by City News At least ...", "By Ann
# Lee, I met ..." (annotation notes, decision 25): cut before a capitalised
# word that opens sentences, when a sentence follows.
_STARTER_AHEAD = (
    r"(?=(?:A|An|At|As|After|Each|For|He|I|In|It|On|She|The|They|This|We|When"
    r"|While|Hello|Greetings)[ \t\u00a0][^\n]*?[.?!])"
)
# A headline or crosshead in title case run into the sentence after it: "Word
# Games The document also ...", "Jane Roe We have ..." (a teaser's author).
# Title-case words cannot be followed by a sentence-opening word and a
# lower-case one inside a sentence; a comma would start an apposition ("The
# Riverton Rovers, a Class A team, ..."). A release's title may run to thirty
# words ("Officials Who Took Payments ... Will Be Barred From Office, Repay
# Fees and Pay Fines WASHINGTON, D.C. -").
_DASH = "[\u2013\u2014\u2015-]"
_GLUED_HEAD = re.compile(
    r"[A-Z][\w'\u2019&-]*+(?:,?[ \t\u00a0](?:[A-Z][\w'\u2019&-]*+|\$?\d\w*+)"
    r"|[ \t\u00a0](?:a|an|and|as|at|by|for|from|in|into|of|on|or|the|to|vs|with)"
    r"){1,30}?"
    r"[ \t\u00a0](?=(?:(?:A|An|As|At|After|Although|Before|Despite|During|Earlier"
    r"|Following|For|He|Her|His|In|It|Its|Last|Many|Most|On|Our|Prior|She|Since"
    r"|Some|The|Their|There|These|They|This|Those|We|When|While)"
    r"[ \t\u00a0](?:[a-z]|\d[\d,]*+[ \t\u00a0]*+,?[ \t\u00a0]*+[a-z])"
    # or an article, a name or two and a word that is no title's small word:
    # "... On Board A Russian spacecraft carried ...".
    r"|(?:A|An|The|This|These|Its|Their)[ \t\u00a0][A-Z][\w'\u2019-]*+[ \t\u00a0]"
    r"(?:[A-Z][\w'\u2019-]*+[ \t\u00a0])?+(?!(?:a|an|and|as|at|by|for|from|in|into"
    r"|of|on|or|the|to|vs|with)[ \t\u00a0,])[a-z])"
    r"[^\n]*?[.?!\u2026]"
    # A release's capitals dateline: "... Repair Roads WASHINGTON, D.C. - Today".
    r"|(?:[A-Z][A-Z.'\u2019]++[ \t\u00a0]?+){1,4}+(?:,[ \t\u00a0]*+[A-Z][\w.]*+"
    rf"(?:[ \t\u00a0][A-Z][\w.]*+)?+)?+[ \t\u00a0]*+{_DASH}{{1,2}}[ \t\u00a0]++[A-Z])"
)
# A headline that ends in a date's year: "... Third Day March 3, 2024 The ...".
_YEAR_END = re.compile(r",[ \t\u00a0](?:19|20)\d\d[ \t\u00a0]")
_GLUED_BYLINE = re.compile(
    r"By[ \t\u00a0]+(?:[A-Z][\w'\u2019-]*+,?[ \t\u00a0]+){1,3}?" + _STARTER_AHEAD
)
# A photo credit run into the first sentence of a line: "Photo: Jane Roe/Agency
# The council ...".
_GLUED_CREDIT = re.compile(
    r"(?:Photo|Image|Picture|Photograph|Credit)s?+(?::|[ \t\u00a0]by:?)[ \t\u00a0]+"
    r"(?:[A-Z][\w.'\u2019&-]*+(?:[ \t\u00a0]*+[/|][ \t\u00a0]*+|,?[ \t\u00a0]+)){1,5}?"
    + _STARTER_AHEAD
)
_HEAD_BYLINE_REACH = 200  # characters of headline before " by ", at most
_GLUED_HEAD_BYLINE = re.compile(
    r"[^\n.?!]{8,200}?[ \t\u00a0]by[ \t\u00a0]+"
    r"(?:[A-Z][\w'\u2019-]*+[ \t\u00a0]+){1,3}?" + _STARTER_AHEAD
)
# A time stamp run into the first sentence of a line: "Updated 3:14 PM EST The
# council ...", "Published 9:02 AM ET, June 2, 2025 The council ...".
_GLUED_STAMP = re.compile(
    r"(?:Updated|UPDATED|Published|PUBLISHED|Posted|POSTED)(?:[ \t\u00a0]on)?:?"
    r"[ \t\u00a0]\d{1,2}[:.]\d{2}(?:[ \t\u00a0]?(?:AM|PM|am|pm))?"
    r"(?:[ \t\u00a0](?:[A-Z]{2,4}))?(?:,?[ \t\u00a0](?:[A-Z][a-z]{2,8},?[ \t\u00a0])?"
    r"[A-Z][a-z]{2,8}\.?[ \t\u00a0]\d{1,2},?[ \t\u00a0]\d{4})?"
    r"[ \t\u00a0|]+(?=[A-Z\u201c\"][a-z\u2018'])"
)
# A share button's label run into the first sentence of a line.
_GLUED_SHARE = re.compile(
    r"Share[ \t\u00a0]this[ \t\u00a0](?:article|story|page|post)"
    r"(?=[ \t\u00a0]++[A-Z\u201c\"][a-z\u2018'])"
)
# A lower-case word glued to a capitalised one: "sideOn the other hand".
_GLUE = re.compile(r"(?<![^\W\d_])[a-z]{2,}+(?=[A-Z][a-z])")
# A short label run into the sentence after it with no space, where the
# page's markup set them apart: "Council ChamberWe met on ...", "2 hr agoThank
# you, ...", "Photo of the old mill\u201cWe ..." (annotation notes, decision 3:
# glued chrome is cut at the join). ``_JOIN_GATE`` finds a capital or an
# opening quotation mark after a lower-case letter (its first character a
# class, so the search skips ahead in C); ``_JOIN`` then asks for a
# lower-case word of three letters or more glued to a capitalised word with
# no capital inside it ("agoThank", "img_harbourStorm"), a capitalised word of
# five letters or more glued to a word that opens sentences ("ChamberWe";
# brand names such as "PlayStation" or "LinkedIn" glue no such word), or a
# word glued to an opening quotation mark.
_JOIN_GATE = re.compile(r"[A-Z\u201c](?<=[a-z][A-Z\u201c])")
_JOIN_OPENERS = (
    r"(?:A|As|He|I|It|Our|She|Thank|The|These|They|This|To|Today|We|When|While)"
)
_JOIN = re.compile(
    r"(?:(?<![^\W\d_])(?<![#@])[a-z]{3,}+(?=(?P<next>[A-Z][a-z]++)[ \t\u00a0,])"
    rf"|[A-Z][a-z]{{4,}}+(?={_JOIN_OPENERS}[ \t\u00a0,])"
    r"|[a-z]{2,}+(?=\u201c[A-Z]))"
)
_JOIN_OPENING = frozenset(_JOIN_OPENERS[3:-1].split("|"))
# What the sentence after a glued label ends its line with: a stop, or the
# comma or colon of a motion or list that goes on below ("Council ChamberI beg
# to move," / "That this council: ...").
_JOIN_ENDS = STOPS + ",:"
_JOIN_REACH = 50  # characters of a label before the join, at most
_JOIN_LEAST = 24  # characters in a line holding a label and a sentence, at least
_JOIN_AHEAD = 12  # characters past the join its lookahead may read
_JOIN_LABEL_WORDS = 8  # words in the label, at most
_JOIN_SENTENCE_WORDS = 4  # words in the sentence after it, at least
# A label holds no sentence stop, comma or quotation mark: "\u201cIt was
# built,\u201d reportedValley Radio News." is a sentence with a link glued in.
_NOT_IN_LABEL = re.compile(r"[.?!][\s\"\u201d\u2019)]|[,;\"\u201c\u201d]")


_LEAD_JUNK = (
    " \t\u00a0\u2022\u00b7\u25aa\u25cf\u25ba\u25b6\u2192\u00bb\u203a>|*#\u2013\u2014-"
)
_TRAIL_JUNK = _LEAD_JUNK + ".:!?,;\u2026\u00ab\u2039<"
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Maps every byte but an ASCII letter to a space: the runs of letters of an
# ASCII text are then its ``split()`` (``_LETTERS`` on ASCII text).
_ASCII_LETTERS = bytes(
    c if chr(c).isascii() and chr(c).isalpha() else 32 for c in range(256)
)
_WORD = re.compile(r"[^\W_]++(?:['\u2019.\-][^\W_]++)*+")
# ``_WORD`` on ASCII text, where ``[^\W_]`` is ``[A-Za-z0-9]``: a class of
# ranges is a quicker test than a negated category, and ``_shape`` runs it on
# every sentence.
_ASCII_WORD = re.compile(r"[A-Za-z0-9]++(?:['.\-][A-Za-z0-9]++)*+")
_URL = re.compile(r"\s*+(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_BYLINE = re.compile(r"[Bb][Yy]:?\s")
# Lower-case words a byline holds besides names: "By Jane Roe, staff writer".
_BYLINE_WORDS = frozenset(
    "and in staff writer writers reporter reporters correspondent editor "
    "contributor senior chief political".split()
)
# A story code in brackets, letters mixed with digits: "[L1N297021]", "[nL8N2XY]".
# A speaker's label on a line of its own above a transcript's turn
# ("Mikhail Mishustin's opening remarks:", "Senator Young's full remarks:",
# "Senator Lee's remarks, as delivered:", "The mayor's speech as prepared for
# delivery:"): a label asserts nothing (annotation notes, decision 53).
# "Officials wrote:" has a verb and runs on into the quotation: body.
_REMARKS_LABEL = re.compile(
    r"(?:[A-Z][\w.\-\u2019']*+[ \t\u00a0]){0,6}?[A-Z][\w.\-]*+['\u2019]s"
    r"(?:[ \t\u00a0][a-z]++)?[ \t\u00a0](?:remarks|speech|address|statement)"
    r"(?:,?[ \t\u00a0]as[ \t\u00a0](?:delivered|prepared(?:[ \t\u00a0]for"
    r"[ \t\u00a0]delivery)?))?[ \t\u00a0]*+:"
)
# A sentence that is only a tag in square brackets: a wiki's "[edit]" link, a
# question's reference number ("[12345/21]"), a quotation's source and date
# ("[Daily Courier, 5/23/17]"). A stage direction ("[Laughter]") holds no
# digit, slash or comma; an elided passage ("[...]") no letter or digit.
_BRACKET_TAG = re.compile(r"\[(?:edit|(?=[^\]\n]*[\d/,])[^\]\n.]{1,60})\]")
_WIRE_CODE = re.compile(
    r"[\[(](?:[A-Za-z]{1,4}:)?(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z0-9]{6,20}[\])]"
)
# A photo credit: capitalised names joined by a slash, a bar or "via", in
# brackets or not ("AP Photo/Jane Doe", "Jane Doe / Agency", "Jane Doe | Wire",
# "Agency via Picture Library").
_NAME = r"[A-Z][\w.'\u2019&-]*+"
_NAMES = rf"{_NAME}(?:[ \t\u00a0]++{_NAME}){{0,4}}+"
_CREDIT = re.compile(
    rf"[(\[]?+{_NAMES}(?:[ \t\u00a0]*+[/|][ \t\u00a0]*+{_NAMES}"
    rf"|[ \t\u00a0]++via[ \t\u00a0]++{_NAMES})++"
    # "Jane Doe / AFP - Picture Library file": a second agency after a dash,
    # and "file" for a picture from the archive.
    rf"(?:[ \t\u00a0]++-[ \t\u00a0]++{_NAMES})?+(?:[ \t\u00a0]++file)?+"
    r"[)\]]?+\.?+"
)
# A credit that names the picture's maker after its kind, bracketed or not:
# "Staff photo by Jane Roe", "(Navy photo by Petty Officer Sam Field/Released)",
# "Agency video by Jane Roe." A sentence about a picture opens with an article
# ("A video by the group shows ...") or goes on in lower case after the name.
_MAKER = r"(?:[A-Z][\w.'\u2019&-]*+|\d\w*+|of|the|and)"
_MAKER_CREDIT = re.compile(
    r"\(?+(?!(?:A|An|The|This|That|These|Those|His|Her|Their|Its|Our)[ \t\u00a0])"
    r"(?:[A-Z][\w.'\u2019&-]*+[ \t\u00a0]++){0,5}?"
    r"(?i:photo|photograph|video|image|picture|illustration|graphic)s?+"
    r"[ \t\u00a0]++(?:by|courtesy[ \t\u00a0]++of)[ \t\u00a0]++[A-Z][\w.'\u2019&-]*+"
    rf"(?:(?:[ \t\u00a0]++|[ \t\u00a0]*+[/|,][ \t\u00a0]*+){_MAKER}){{0,10}}+"
    r"\)?+\.?+"
)
_MAKER_CREDIT_WORDS = 16
_COURTESY_WORDS = 10  # words in a "Courtesy Jane Roe" credit, at most
# A picture's credit or label in brackets: "(Agency Photo)", "(High
# resolution image)", "(Coast Guard photo by Jane Roe)"; a bracketed sentence
# ("(The photo was taken in May.)") ends in a full stop.
_PICTURE_LABEL = re.compile(
    r"\((?:[^()!?\n]{0,60}?[ \t\u00a0])?(?i:photo|image|picture)s?"
    r"(?:[ \t\u00a0][^()!?\n]{0,60}?)?(?<!\.)\)"
)
_STARTS_SENTENCE = re.compile(r"[ \t\u00a0]++[A-Z\u201c\"][a-z\u2018' \t]")
_LABEL_WORDS = 3  # words in an all-capitals standalone line taken as a section label
_SHORT = 12  # words in a standalone line without a final stop to call it furniture
_QUESTION = 8  # words in a standalone question to call it a crosshead
_PHRASE_MAX = 40  # words in a sentence that a boilerplate phrase may flag
_FOOTER_MAX = 20  # words in a sentence after a footer opener to call it furniture
_PASTED = 25  # words in a pasted headline; a longer line without a stop lost it
_LONG_CHARS = 2000  # longer sentences are body; skip the word-level tests
_HEADLINE_WORDS = 20  # words in a headline that ends in a full stop
_CONTENT = re.compile(r"[^\W\d_]{3,}")
_STEM = 5  # letters of a word compared between a headline and its lede
_RESTATE = 0.5  # share of a headline's content words its lede repeats
_RESTATE_CHARS = 600  # how much of the next paragraph is compared
_FUNCTION = frozenset(
    "about after again against all also and any are back been before being but "
    "can could did does for from had has have her here him his how into its just "
    "more most new not now off one only our out over says said she than that the "
    "their them then there these they this those under was were what when where "
    "which while who why will with would you your".split()
)
_CONNECTIVES = frozenset("and but so or yet then now because if".split())
# A headline block (headline, dek) holds at most this many lines.
_HEAD_LINES = 3
_DEK = 15  # words in a dek that a blank line sets off from its headline
# Words that open a body sentence but not a headline: a pronoun or connective
# leans on earlier text ("It was late.", "So much for the truce.").
_BODY_OPENERS = frozenset(
    "and but he her his i it its it's it\u2019s my now our she so that their then "
    "there these they this those we yet you".split()
)
# A finite past auxiliary or a day named as the time of the news is body
# grammar; headlines use the present ("Mayor quits") and drop the weekday.
_BODY_WORDS = frozenset(
    "was were had yesterday monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A dateline opens the first paragraph of the story: "WASHINGTON (AP) \u2014",
# "Hong Kong (AFP) \u2013", "SELMA, N.C.\u2014", "MIDWAY ATOLL - ".
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'\u2019]++[ \t\u00a0]?+){1,4}+"
    rf"(?:,[ \t\u00a0]*+(?!{_MONTH}[ \t\u00a0]\d)[A-Z][\w.]*+"
    r"(?:[ \t\u00a0][A-Z][\w.]*+)?+)?+"
    # "BEIJING, June 4 (Agency) --": the wires' date after the place.
    rf"(?:,[ \t\u00a0]*+{_MONTH}[ \t\u00a0]\d{{1,2}}+)?+"
    rf"[ \t\u00a0]*+(?:\([\w. ]{{1,30}}+\)[ \t\u00a0]*+)?+{_DASH}{{1,2}}"
    r"|(?:[A-Z][\w.'\u2019]*+[ \t\u00a0]?+){1,4}+"
    rf"\([A-Z][\w. ]{{1,30}}+\)[ \t\u00a0]*+{_DASH}{{1,2}}"
    # "(Agency) -" left alone when the place went with the headline.
    rf"|\([A-Z][\w. ]{{1,30}}+\)[ \t\u00a0]*+{_DASH}{{1,2}}"
)
# A quotation that opens a headline and is closed by a colon:
# "'Words matter': Mayor says ...".
_QUOTE_COLON = re.compile(
    '["\'\u201c\u2018][^"\u201c\u201d\n]{1,120}?["\'\u201d\u2019][ \t\u00a0]*+:\\s'
)
_LEDE_WORDS = frozenset(
    "said yesterday monday tuesday wednesday thursday friday saturday sunday".split()
)
_CONTINUES = frozenset(
    "a an and as at but by for from her his in its of on or that the their to "
    "with".split()
)
_SMALL = frozenset(
    "a an and as at but by for from in into of off on or over the to up via vs "
    "with".split()
)


def _alternation(entries: list[str]) -> str:
    parts = []
    for e in sorted(entries, key=len, reverse=True):
        parts.append(
            r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in e.split())
        )
    return "|".join(parts) or "(?!)"


class _Alternation:
    """A case-blind alternation of lexicon entries, matched by its first two letters.

    ``match`` gives what one regular expression of all the entries gives,
    but tries only the entries that open with the two characters at the
    position (most sentences open with two that none does): the others
    cannot match there, and the ones tried keep their order.
    """

    def __init__(self, entries: list[str], tail: str) -> None:
        self.full = re.compile(rf"(?i:{_alternation(entries)}){tail}")
        buckets: dict[str, list[str]] = {}
        every = [e for e in entries if not _keyed(e)]
        for e in entries:
            if _keyed(e):
                buckets.setdefault(e[:2], []).append(e)
        # An entry without a key is tried everywhere, in its place.
        self.by_key = {
            k: re.compile(
                rf"(?i:{_alternation([e for e in entries if e in v or e in every])})"
                f"{tail}"
            )
            for k, v in buckets.items()
        }
        self.rest = re.compile(rf"(?i:{_alternation(every)}){tail}") if every else None
        # The pattern for each two characters seen so far (None: no entry
        # can match), so that a repeated opening costs one dict look-up.
        self.seen: dict[str, re.Pattern[str] | None] = {}

    def pattern_for(self, two: str) -> re.Pattern[str] | None:
        """The pattern to try where the text opens with ``two`` (None: none)."""
        if len(two) < 2 or not two.isascii():
            return self.full
        key = two[0].lower() + " " if two[1].isspace() else two.lower()
        return self.by_key.get(key, self.rest)

    def match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``full.match(text, pos, endpos)``, trying only the entries that can match."""
        two = text[pos : pos + 2] if pos + 2 <= endpos else text[pos:endpos]
        seen = self.seen
        if two in seen:
            pattern = seen[two]
        else:
            pattern = self.pattern_for(two)
            if len(seen) < _SEEN_MAX:
                seen[two] = pattern
        return None if pattern is None else pattern.match(text, pos, endpos)


_SEEN_MAX = 1 << 14  # openings an ``_Alternation`` remembers, at most


def _keyed(entry: str) -> bool:
    """Whether ``entry`` opens with two ASCII characters, a space as the second."""
    return (
        len(entry) >= 2
        and entry[:2].isascii()
        and entry[0] not in " '"
        and (entry[1] == " " or not entry[1].isspace())
        and entry[1] != "'"
    )


@dataclass(frozen=True)
class _Tables:
    lines: dict[str, str]
    footer: frozenset[str]
    prefixes: dict[str, str]
    words: dict[str, str]
    prefix: _Alternation
    site_prefix: _Alternation
    phrase: re.Pattern[str]
    phrases: dict[str, str]
    glued_marker: _Alternation
    # Every phrase's runs of letters, filed under its key (the longest run
    # that is not a common word): a sentence holds a phrase only if it holds
    # all of that phrase's runs, so the (slow) search for one is skipped
    # unless some phrase's runs are all there.
    phrase_runs: dict[str, tuple[frozenset[str], ...]]
    # The same as ASCII bytes (phrases of ASCII letters only), for the fast
    # test on ASCII sentences.
    phrase_runs_ascii: dict[bytes, tuple[frozenset[bytes], ...]]
    # Words in the longest line entry, or in a line of word-class words.
    norm_words: int

    def may_hold_phrase(self, norm: str) -> bool:
        """Whether ``norm`` holds every run of letters of some phrase.

        An ASCII sentence is split into its runs of letters by one byte
        translation, three times faster than the regular expression. Most
        sentences hold no phrase's key, which one set test tells.
        """
        if norm.isascii():
            ascii_runs = norm.encode().translate(_ASCII_LETTERS).split()
            ascii_table = self.phrase_runs_ascii
            if ascii_table.keys().isdisjoint(ascii_runs):
                return False
            ascii_have = set(ascii_runs)
            return any(
                need <= ascii_have
                for key in ascii_have.intersection(ascii_table)
                for need in ascii_table[key]
            )
        runs = _LETTERS.findall(norm)
        table = self.phrase_runs
        if table.keys().isdisjoint(runs):
            return False
        have = set(runs)
        return any(
            need <= have for key in have.intersection(table) for need in table[key]
        )

    def line_kind(self, label: str) -> str:
        return self.lines.get(_normalize(label), "nav")

    def prefix_kind(self, matched: str) -> str:
        return self.prefixes.get(_SPACES.sub(" ", _fold(matched.lower())), "nav")


@cache
def _tables() -> _Tables:
    lines = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_lines").entries.items()
    }
    footer = frozenset(load_lexicon("boilerplate_footer").entries)
    prefixes = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_prefixes").entries.items()
    }
    phrases = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_phrases").entries.items()
    }
    words = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_words").entries.items()
    }
    sites = list(load_lexicon("boilerplate_site_prefixes").entries)
    # Prefixes are matched case-insensitively on the original text, but the
    # next character must not be a lower-case letter or digit, so that
    # a label glued to a capitalised name ("image sourceWire Agency") matches
    # and "Also readers" does not.
    prefix = _Alternation(list(prefixes), "(?![a-z0-9])")
    site_prefix = _Alternation(sites, "(?=\\s)")
    phrase = re.compile(rf"(?<!\w)(?:{_alternation(list(phrases))})(?!\w)")
    labels = [
        k for k, v in lines.items() if len(k) >= 8 and v in ("ad", "nav", "related")
    ]
    glued_marker = _Alternation(labels, "(?=[A-Z][a-z])")
    runs: dict[str, list[frozenset[str]]] = {}
    for k in phrases:
        runs.setdefault(_phrase_key(k), []).append(frozenset(_LETTERS.findall(k)))
    return _Tables(
        lines,
        footer,
        prefixes,
        words,
        prefix,
        site_prefix,
        phrase,
        phrases,
        glued_marker,
        {k: tuple(v) for k, v in runs.items()},
        _ascii_runs(runs),
        max(_SHORT, *(len(_WORD.findall(k)) for k in lines)),
    )


def _ascii_runs(
    runs: dict[str, list[frozenset[str]]],
) -> dict[bytes, tuple[frozenset[bytes], ...]]:
    """``runs`` as bytes, without the phrases that no ASCII sentence holds."""
    out: dict[bytes, list[frozenset[bytes]]] = {}
    for key, needs in runs.items():
        for need in needs:
            if all(r.isascii() for r in need):
                out.setdefault(key.encode(), []).append(
                    frozenset(r.encode() for r in need)
                )
    return {k: tuple(v) for k, v in out.items()}


def _phrase_key(phrase: str) -> str:
    """The run of letters of ``phrase`` that a sentence must hold to hold it.

    The longest one that is not a common word, so that few sentences pass
    the test and reach the search for the phrases.
    """
    runs: list[str] = sorted(_LETTERS.findall(phrase), key=len, reverse=True)
    return next((r for r in runs if r not in _FUNCTION), runs[0])


def _site_teaser(text: str, start: int, end: int) -> bool:
    """'Also on example.com ...': a site prefix followed by a web address."""
    m = _tables().site_prefix.match(text, start, end)
    return bool(m and _URL.match(text, m.end(), end))


def _fold(s: str) -> str:
    """``s`` with curly quotes made straight (``replace`` beats ``translate``)."""
    if s.isascii():
        return s  # no curly quotes; ``isascii`` is a flag, not a scan
    return (
        s.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


def _normalize(s: str) -> str:
    # Splitting on whitespace and joining with a space collapses runs as
    # ``\s+`` would; the ends are junk that the strips below remove anyway.
    s = " ".join(_fold(s.lower()).split())
    return s.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK)


@dataclass(slots=True)
class _Shape:
    """What the layout rules need to know about one sentence."""

    words: int
    last: str  # last character before closing marks
    first: str
    title_case: bool
    first_word: str
    last_word: str
    upper: bool = False  # every letter is a capital: "FULL TEXT."


_CLOSERS_SPACE = CLOSERS + " \u00a0"


def _shape(s: str) -> _Shape:
    if len(s) > _LONG_CHARS:
        return _Shape(1000, s.rstrip(CLOSERS)[-1:], s[0], False, "", "")
    toks = (_ASCII_WORD if s.isascii() else _WORD).findall(s)
    n = len(toks)
    core = s.rstrip(_CLOSERS_SPACE)
    if not n:
        return _Shape(0, core[-1:], s[0], False, "", "", False)
    title_case = False
    if n <= _PASTED:  # only short lines are headlines or crossheads
        # Capitalised words among those that are not small words: one pass.
        long_words = caps = 0
        for t in toks[1:]:
            c = t[0]
            if c.isalpha() and t.lower() not in _SMALL:
                long_words += 1
                if c.isupper():
                    caps += 1
        # A long title capitalises every word: "Agency Fines Bank for ...".
        least = 0.75 * long_words if n <= _SHORT + 3 else long_words
        title_case = long_words >= 2 and caps >= least
    return _Shape(
        n,
        core[-1:],
        s[0],
        title_case,
        toks[0].lower(),
        toks[-1].lower(),
        n <= _SHORT and s.isupper() and sum(map(len, toks)) >= 4,
    )


# "... before the game. Image: Jane Roe." / "(Credit: Jane Roe / Agency)":
# a credit label and a name (with an agency after a slash) that end the line.
_CREDIT_TAIL = re.compile(
    r"(?:^|[\s(\[]|(?<=[a-z]\.))"
    r"(?:Image|Photo|Photograph|Picture|Credit|Video|Camera)s?"
    r"(?::| by:?| credit:?| source:?)[ \t\u00a0]+"
    r"[A-Z][\w.'\u2019&-]*+(?:(?:[ \t\u00a0]*+[/|,][ \t\u00a0]*+|[ \t\u00a0]++"
    r"(?:(?:via|for|and|of)[ \t\u00a0]++)?+)[A-Z][\w.'\u2019&-]*+){0,8}"
    r"[)\]]?\.?$"
)
# "- March 3, 2020 - Agency approves ...": a dated link in a list of releases.
_DATED_LINK = re.compile(
    rf"[-\u2013\u2022*\u00b7]?[ \t\u00a0]*+{_MONTH}"
    r"[ \t\u00a0]\d{1,2},[ \t\u00a0]\d{4}"
    rf"[ \t\u00a0]*+(?:{_DASH}|\|)[ \t\u00a0]*+\S"
)
# "- Agency approves a new test (3 March)": a listed headline with its date in
# brackets at the end, no stop.
_BRACKET_DATE = re.compile(
    rf"[ \t\u00a0]\((?:\d{{1,2}}[ \t\u00a0]{_MONTH}|{_MONTH}[ \t\u00a0]\d{{1,2}})"
    r"(?:,?[ \t\u00a0]\d{4})?\)$"
)
# "Clinics report fewer cases of flu 3 May 2016": a listed headline with its
# date printed after its last word, no stop (a list of releases or related
# stories). The word before the date is no function word ("... held on 3 May
# 2016" is a sentence cut off), no day's name and no verb of publishing.
_DATE_AFTER_HEAD = re.compile(
    r"(?<![^ \t\u00a0])(?P<word>[^\W\d_][\w'\u2019-]*+)[ \t\u00a0]++"
    rf"(?:\d{{1,2}}[ \t\u00a0]{_MONTH}|{_MONTH}[ \t\u00a0]\d{{1,2}},)"
    r"[ \t\u00a0]\d{4}$"
)
_DATE_HEAD_WORDS = 5  # words in such a line, at least
_NOT_HEAD_END = frozenset(
    "published updated posted released issued dated monday tuesday wednesday "
    "thursday friday saturday sunday".split()
)
# "SPRINGFIELD, March 3." or "Springfield, Ill., March 3, 2020": a dateline
# left on a line of its own.
_BARE_DATELINE = re.compile(
    r"[A-Z][\w'\u2019-]*+(?:[ \t\u00a0][A-Z][\w'\u2019-]*+){0,3}+,"
    r"(?:[ \t\u00a0][A-Z][\w.]*+,)?+"
    rf"[ \t\u00a0](?:{_MONTH}[ \t\u00a0]\d{{1,2}}(?:,[ \t\u00a0]\d{{4}})?"
    # "LONDON, 3 March." / "LONDON, 3 March 2020."
    rf"|\d{{1,2}}[ \t\u00a0]{_MONTH}(?:[ \t\u00a0]\d{{4}})?)\.?"
)
# "Jane Roe is a staff reporter for the Daily Courier." / "... covers city hall
# for ...": the author's bio line under a story.
_BIO = re.compile(
    r"[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}[ \t\u00a0]"
    r"(?:is|was)[ \t\u00a0](?:a|an|the)[ \t\u00a0](?:[\w-]+[ \t\u00a0]){0,4}?"
    r"(?:reporter|writer|correspondent|editor|columnist|contributor|journalist|"
    r"producer|photographer|intern|fellow)s?[ \t\u00a0](?:for|at|with|based|who|"
    # "Jane Roe is a freelance writer living in Springfield."
    r"covering|living|and)\b"
    # "Jane Roe covers city hall for the Daily Courier."
    r"|(?!The[ \t\u00a0])[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}"
    r"[ \t\u00a0](?:covers|writes[ \t\u00a0]about|reports[ \t\u00a0]on)"
    r"[ \t\u00a0][^.;:]{1,80}?[ \t\u00a0](?:for|at)[ \t\u00a0][^.;:]{1,60}\.$"
    # "Jane Roe is the Courier's city hall reporter."
    r"|[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}[ \t\u00a0]is"
    r"[ \t\u00a0](?:a|an|the)[ \t\u00a0](?:[\w'\u2019-]+[ \t\u00a0]){0,4}?"
    r"(?:reporter|writer|correspondent|columnist|photographer)\.$"
    # "Jane Roe has covered city hall for the Daily Courier since 2015."
    r"|(?!The[ \t\u00a0])[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}"
    r"[ \t\u00a0]has[ \t\u00a0]"
    r"(?:covered|reported[ \t\u00a0]on|written[ \t\u00a0]about)"
    r"[ \t\u00a0][^.;:]{1,80}?[ \t\u00a0](?:for|at)[ \t\u00a0](?:the[ \t\u00a0])?[A-Z]"
    r"[^.;:]{0,60}?[ \t\u00a0]since[ \t\u00a0]\d{4}\.$"
    # "Jane Roe is Senior Editor-at-Large at the Daily Courier." (a title in
    # capitals, no article) / "... is a political analyst for ...".
    r"|[A-Z][\w'\u2019-]+(?:[ \t\u00a0][A-Z][\w.'\u2019-]+){1,3}[ \t\u00a0]is"
    r"[ \t\u00a0](?:(?:[A-Z][\w-]*+[ \t\u00a0]){0,3}?(?:Reporter|Writer|"
    r"Correspondent|Editor|Columnist|Contributor|Analyst|Commentator)"
    r"|(?:a|an|the)[ \t\u00a0](?:[\w-]+[ \t\u00a0]){0,4}?(?:analyst|commentator))"
    r"(?:-[\w-]+)?[ \t\u00a0](?:for|at|with)[ \t\u00a0]"
)
_BIO_WORDS = 40
# The last four characters of an image's file name ("harbour-wall.jpg").
_IMAGE_ENDS = frozenset({".png", ".jpg", "jpeg", ".gif", ".svg", "webp"})
# An e-mail address in a short sentence: "Reach her directly at jroe@example.com."
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_EMAIL_WORDS = 20
# A table's or figure's caption, its label and number first: "Table 1.
# Rainfall by month.", "Figure 3: The harbour wall", "Graph, Homes built by
# region". The label alone before a comma or colon too: "Chart: ...".
_FIGURE_WORDS = ("Table", "Figure", "Fig.", "Chart", "Graph", "Exhibit", "Plate")
_FIGURE_LABEL = re.compile(
    r"(?:Table|Figure|Fig\.|Chart|Graph|Exhibit|Plate)"
    r"(?:[ \t\u00a0]\d{1,3}[a-z]?[.:,]|[:,])[ \t\u00a0]+[A-Z]"
)
# A caption points at the people shown: "The mayor (left) and the engineer
# ...", "From left: Jane Roe, Sam Field". A tabloid's body points at its
# photos too ("Jane Roe (pictured) was ..."): "pictured" makes a caption only
# on a line without a stop (``_pictured_caption``).
_POINTS_AT = re.compile(r"\((?:(?i:left|right|centre|center)|L|L-R|R-L|L to R)\)")
_FROM_LEFT = re.compile(
    r"(?<!\w)(?i:from[ \t\u00a0]+left|left[ \t\u00a0]+to[ \t\u00a0]+right):"
)
# A news photo's caption ends with the day the picture was taken, after a
# comma and the place: "Fans wave flags in Springfield, Ill., Friday, May 3,
# 2019." A body sentence dates an event with a preposition ("on May 3, 2019",
# "Today is Friday, May 3, 2019.").
_DATED_CAPTION = re.compile(
    r"(?<!day),[ \t\u00a0]++"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,[ \t\u00a0]++)?"
    rf"{_MONTH}[ \t\u00a0]\d{{1,2}},[ \t\u00a0]\d{{4}}\.$"
)
# ... and it tells what the picture shows in the present tense.
_PAST = frozenset("was were had said did".split())
# What a news photo shows someone doing, in the present tense of captions:
# "Jane Roe gestures as she speaks", "... looks on during the hearing". A
# report tells it in the past ("spoke during"); "to speak as" is no caption.
_CAPTION_VERB = re.compile(
    r"(?<=[a-z),][ \t\u00a0])"
    r"(?:speaks|gestures?|looks?[ \t\u00a0]on|waves|smiles|poses?)"
    r"[ \t\u00a0](?:as|during|while)[ \t\u00a0]"
)
_NOT_SUBJECT = frozenset("a an the his her their its our this that to".split())
# A gallery's counter: "Image 2 of 12", "Photo 3/8".
_GALLERY = re.compile(
    r"(?i:image|photo|picture|slide)s?[ \t\u00a0]++\d+"
    r"[ \t\u00a0]*+(?:of|/)[ \t\u00a0]*+\d+"
)
# An author's accounts: "Follow Jane Roe on Twitter", "Follow her on X".
_FOLLOW = re.compile(
    r"Follow[ \t\u00a0]++(?:[A-Z][\w.'\u2019-]*+[ \t\u00a0]++){1,4}+on[ \t\u00a0]++"
    r"(?:(?:Twitter|X|Instagram|Facebook|Bluesky|Threads|LinkedIn|Mastodon|TikTok)\b"
    # "... on facebook.com/jane.roe"
    r"|[\w-]++\.(?:com|org|net)/)"
    # "Follow @janeroe", "Follow Courier reporters @janeroe and @samfield"
    r"|Follow[ \t\u00a0][^.!?@]{0,60}@\w"
)
# A gallery's label: "Slideshow (3 Images)".
_SLIDESHOW = re.compile(
    r"(?i:slideshow|gallery)[ \t\u00a0]\(\d+[ \t\u00a0](?i:images?|photos?)\)"
)
# A credit to who lent the picture: "Courtesy Jane Roe", "Courtesy of the Roe
# family".
_COURTESY = re.compile(
    r"Courtesy(?:[ \t\u00a0]of)?:?[ \t\u00a0](?:the[ \t\u00a0])?[A-Z][^.!?]{0,60}"
)
# A wire service's tag after a dateline: "PORTVILLE, March 3. /NewsWire/."
_AGENCY_TAG = re.compile(r"[/(\[][A-Z][\w .&'-]{0,30}[/)\]]\.?")
# A sign-up prompt: "Sign up for our weekly newsletter", "Subscribe to the
# Morning Brief newsletter." (a body sentence about a newsletter does not
# open with the imperative).
_NEWSLETTER = re.compile(
    r"(?:Sign[ \t\u00a0]up|Subscribe|Register|(?:Get|Join)[ \t\u00a0]our)"
    r"[ \t\u00a0][^.!?]{0,60}?"
    r"\b[Nn]ewsletters?\b[^.!?]{0,60}[.!]?[ \t\u00a0\])]*$"
)
# Where the story was published first: "This article originally appeared in
# the Valley Ledger.", "This story was first published by ...".
_REPUBLISHED = re.compile(
    r"This[ \t\u00a0](?:article|story|piece|post|column|essay|op-ed|"
    r"commentary)\b[^.!?]{0,40}?[ \t\u00a0](?:originally|first)"
    r"[ \t\u00a0](?:appeared|published|ran)\b"
)
# Where a copy comes from, or under which licence it is shared: "This text
# comes from the Valley Ledger.", "This content is distributed under a
# Creative Commons licence.", "This story was adapted from a report by ...",
# "This is a partial translation of an article from ...".
_COPY_NOTICE = re.compile(
    r"This[ \t\u00a0](?:(?:article|story|text|content|piece|post|page|material)\b"
    r"[^.!?]{0,40}?[ \t\u00a0](?:comes[ \t\u00a0]from|came[ \t\u00a0]from"
    r"|(?:is|was|has[ \t\u00a0]been)[ \t\u00a0](?:(?:re)?published[ \t\u00a0]under"
    r"|distributed[ \t\u00a0]under|licensed[ \t\u00a0]under|translated[ \t\u00a0]from"
    r"|adapted[ \t\u00a0]from|reprinted[ \t\u00a0](?:from|with)))\b"
    r"|is[ \t\u00a0]an?[ \t\u00a0](?:[\w-]+[ \t\u00a0]){0,3}?translation"
    r"[ \t\u00a0]of\b)"
)
_COPY_NOTICE_WORDS = 30  # words in such a notice, at most
# The series a story belongs to, named under it: "This article is part of
# our series on housing.", "This story is part of a project on ..."
_SERIES = re.compile(
    r"This[ \t\u00a0](?:article|story|piece|post|report|essay|column|episode)"
    r"[ \t\u00a0]is[ \t\u00a0]part[ \t\u00a0]of[ \t\u00a0](?:a|an|our|the)[ \t\u00a0]"
)
_SERIES_WORDS = 30
# A label over links to the site's other stories: "More from the Daily
# Courier", "More in Business" (a sentence goes on in lower case).
_MORE_FROM = re.compile(
    r"(?:More|MORE)[ \t\u00a0](?:from|in|on|FROM|IN|ON)[ \t\u00a0](?:the[ \t\u00a0])?"
    r"[A-Z][\w&'\u2019.-]*+(?:[ \t\u00a0][A-Z][\w&'\u2019.-]*+){0,3}+:?"
)
# A section or topic page's blurb under its name: "The latest news and
# analysis on the election.", "The latest developments in the flood."
_BLURB = re.compile(
    r"The[ \t\u00a0]latest[ \t\u00a0](?:news|developments|updates|headlines|stories"
    r"|videos|coverage)(?:[ \t\u00a0]and[ \t\u00a0][a-z]+)?[ \t\u00a0]"
    r"(?:on|about|in|from|of|for)[ \t\u00a0][^.!?]{1,80}\.?"
)
_BLURB_WORDS = 15
# A verb turns the blurb into a sentence: "The latest news from the front was
# grim."
_BLURB_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|shows?|"
    r"showed|suggests?|said|says|came|comes)\b"
)
# A broadcast report's sign-off: "Jane Roe, Metro News, Springfield.", "For
# Metro Radio News, I'm Jane Roe." (annotation notes, decision 26: credit
# lines of video and audio reports).
_SIGN_OFF_LINE = re.compile(
    r"[A-Z][\w'\u2019.-]+(?:[ \t\u00a0][A-Z][\w'\u2019.-]+){1,3},[ \t\u00a0]"
    r"(?:[A-Z][\w&'\u2019.-]*[ \t\u00a0]){1,4}[Nn]ews,[ \t\u00a0]"
    r"[A-Z][\w'\u2019.-]*(?:[ \t\u00a0,]+[A-Z][\w'\u2019.-]*){0,3}\.?"
    r"|For[ \t\u00a0](?:[A-Z][\w&'\u2019.-]*[ \t\u00a0]?){1,5},[ \t\u00a0]"
    r"I['\u2019]m[ \t\u00a0][A-Z][\w'\u2019.-]+"
    r"(?:[ \t\u00a0][A-Z][\w'\u2019.-]+){0,3}\.?"
)
# A press office's section of a site, named on a line of its own: "Newsroom",
# "2016 Newsroom", "Agency Newsroom".
_NEWSROOMS = frozenset({"newsroom", "pressroom"})
_SECTION_WORDS = 4  # words in such a label, at most
# A letter's salutation on a line of its own: "Dear Colleague,", "Dear
# Minister Lee and Ms Roe:", "Dear members of the board,".
_SALUTATION = re.compile(
    r"Dear(?:[ \t\u00a0]++[\w.'\u2019&-]++){1,8}?[ \t\u00a0]*+[,:]"
)
# A letter's or newsletter's greeting or closing on a line of its own, ending
# in a comma: "To all our readers,", "Hi everyone,", "Yours in friendship,",
# "Stay safe and well,", "With best wishes,". A speech's address to its
# audience ("Friends and colleagues,") opens with none of these words.
_SP = "[ \t\u00a0]+"
_LETTER_LINE = re.compile(
    rf"(?:To{_SP}(?:all|every)|Hi|Hello|Greetings|Yours|Sincerely|Regards|Best"
    rf"|Warmly|Warmest|Thanks|Thank{_SP}you|Many{_SP}thanks|Cheers"
    rf"|Stay{_SP}(?:safe|well|healthy|strong)|Take{_SP}care|All{_SP}the{_SP}best"
    rf"|Respectfully|Cordially|In{_SP}solidarity|Until{_SP}next{_SP}time"
    rf"|With{_SP}(?:best|warm|kind|many|love|thanks|gratitude)|Love(?=,))"
    r"\b[^,.!?;:]*+,"
)
_LETTER_LINE_WORDS = 6  # words in such a line, at most
# A pointer to more of the site's coverage: "For more information on the
# fund, see the council's website.", "For the latest updates, follow our live
# page." (annotation notes, decision 26: follow and pointer lines).
_POINTER = re.compile(
    r"(?:And[ \t\u00a0]+)?[Ff]or[ \t\u00a0]+"
    r"(?:(?:more|even[ \t\u00a0]more|further|additional|the[ \t\u00a0]latest|full)"
    r"[ \t\u00a0]+)?(?:[\w'\u2019-]+[ \t\u00a0]+){0,3}?"
    r"(?:information|info|coverage|updates|news|details|stories|analysis)\b"
    r"[^.!?]{0,100}?[ \t\u00a0,]+(?:please[ \t\u00a0]+)?"
    r"(?:visit|see|go[ \t\u00a0]to|check[ \t\u00a0]out|click|follow|tap[ \t\u00a0]into"
    r"|contact|call|e-?mail|subscribe|head[ \t\u00a0]to)\b"
)
_POINTER_WORDS = 40
# A call to action that sends the reader to the outlet's channels: an
# imperative verb of following, visiting or signing up at the head of the
# sentence ("Visit our website to ...", "Follow the mayor's office on X at
# @...", "Stay current by subscribing to our e-mail updates.", "Learn how to
# stream the launch on our app."), and a web channel later in it. A news
# sentence rarely opens with an imperative; "Stay tuned ..." and "Follow the
# money" name no channel.
_CALL_TO_ACTION = re.compile(
    r"(?:Please[ \t\u00a0]+)?(?i:"
    # A verb, then a channel later in the sentence ...
    r"(?:visit|follow|subscribe|sign[ \t\u00a0]up|register|join[ \t\u00a0]us"
    r"|learn[ \t\u00a0](?:more|how)|explore|download|watch|listen|stream"
    r"|check[ \t\u00a0]out|like[ \t\u00a0]us|connect[ \t\u00a0]with|keep[ \t\u00a0]up"
    r"|find[ \t\u00a0](?:us|out[ \t\u00a0]more)|stay[ \t\u00a0](?:current"
    r"|up[ \t\u00a0]to[ \t\u00a0]date|connected|informed|in[ \t\u00a0]touch)"
    r"|get[ \t\u00a0](?:the[ \t\u00a0]latest|updates|alerts|breaking))\b"
    r"[^\"\u201c\u201d]*?\b(?:web[ \t\u00a0]?site|web[ \t\u00a0]?page"
    r"|home[ \t\u00a0]?page|facebook|twitter|instagram|youtube|linkedin|tiktok"
    r"|bluesky|threads|flickr|newsletters?|e-?mail[ \t\u00a0](?:updates|alerts)"
    r"|podcasts?|rss|app)\b"
    # ... or a handle or a web address.
    r"|(?:visit|follow|subscribe|register|watch|listen|download|learn[ \t\u00a0]more)"
    r"\b[^\"\u201c\u201d]*?(?:@\w|https?://|www\.|\bon[ \t\u00a0](?-i:X)\b))"
)
_CALL_TO_ACTION_WORDS = 40  # words in such a sentence, at most
_CALL_TO_ACTION_HEADS = tuple("CDEFGJKLPRSVW")  # their first letters
# An instruction on how to use the page, to the reader: "Click on the map to
# see ...", "To watch the full speech, click here.", "Refresh this page for
# the latest.", "Use the drop-down menu to filter ...", "Please fill in this
# survey." (ANNOTATION.md: navigation; annotation notes, decision 4: UI
# text). The sentence opens with the imperative, after "Please" or a "For
# ...," / "To ...," / "If ...," lead-in. A verb only a screen takes ("click",
# "scroll") is enough; a verb that also has other objects ("use", "enter",
# "fill in") needs a part of the page after it.
_UI_LEAD = (
    r"(?:[Pp]lease[ \t\u00a0,]+)?"
    r"(?:(?:For|To|If)\b[^,.;:!?\n]{1,80},[ \t\u00a0]+(?:please[ \t\u00a0]+)?)?"
)
_UI_ONLY = re.compile(
    _UI_LEAD + r"(?i:click|tap|scroll|hover|swipe|refresh|reload)[ \t\u00a0]+"
    r"(?:here|on|the|this|to|down|up|a|an|either|any|one|below|above|through|over)\b"
)
_UI_VERB = re.compile(
    _UI_LEAD + r"(?i:use|select|choose|enter|type|fill[ \t\u00a0](?:in|out)|press"
    r"|toggle|zoom|drag)[ \t\u00a0]+[a-z]"
)
_UI_PART = re.compile(
    r"\b(?:page|site|website|web[ \t\u00a0]site|buttons?|menus?|drop-?down|links?"
    r"|tabs?|search|filters?|keywords?|survey|form|fields?|icons?|screen|arrows?"
    r"|slider|checkbox)\b"
)
_UI_WORDS = 30  # words in such an instruction, at most
# An icon font's name for its icon, or an image's file name, left alone on a
# line by extraction: "arrow_upward", "icon_share", "play_arrow".
_ICON_NAME = re.compile(r"[a-z][a-z0-9]*+(?:_[a-z0-9]++)++")
# The first words of such instructions and notes (a cheap test before the
# patterns).
_UI_OPENERS = frozenset(
    "choose click drag enter fill for hover if please press refresh reload scroll "
    "select swipe tap to toggle type use you you'll you\u2019ll zoom".split()
)
# A note to the reader about the site itself: "Please acknowledge the agency
# as the source of material from this site.", "You can find everything you
# need on this website." The outlet's own news about its page ("We will update
# this page when ...") is body (annotation notes, decision 5).
_SITE_NOTE = re.compile(
    r"(?:[Pp]lease\b|You[ \t\u00a0](?:can|may|will|could|might)\b|You['\u2019]ll\b)"
    r"[^\"\u201c\n]*?\b(?:this|our)[ \t\u00a0]"
    r"(?:website|web[ \t\u00a0]site|site|web[ \t\u00a0]?page|page)\b"
)
# A wire story's date stub left without its place: "June 3 (Agency) -",
# "June 3, 2021 (Metro Wire) --".
_DATE_STUB = re.compile(
    rf"{_MONTH}[ \t\u00a0]\d{{1,2}}(?:,[ \t\u00a0]\d{{4}})?"
    rf"[ \t\u00a0]*+\([\w. ]{{1,30}}+\)[ \t\u00a0]*+{_DASH}{{1,2}}"
)
# A link's text at the end of a sentence: "The full report is available
# here.", "You can read the minister's statement here.", "Download the
# leaflets here:" (the link on the line below).
_HERE_LINK = re.compile(
    r"(?:\b(?:is|are|be)[ \t\u00a0](?:(?:now|also|shortly|soon)[ \t\u00a0])?"
    r"available(?:[ \t\u00a0](?:now|shortly|soon|online))?"
    r"|\b(?:[Ff]ind|[Rr]ead|[Ww]atch|[Vv]iew|[Dd]ownload|[Aa]ccess|[Ss]ee|[Ff]ollow)"
    r"[ \t\u00a0]"
    r"(?:the|a|an|our|his|her|its|their|this|these|more|all)[ \t\u00a0][^.!?]{1,80}?)"
    r"[ \t\u00a0]here[.:]?$"
)
_HERE_WORDS = 30
# Where more of it can be had: "The full report is available on the council's
# website.", "Past releases are available through the agency's archive."
_AVAILABLE_AT = re.compile(
    r"\b(?:is|are)[ \t\u00a0](?:(?:now|also)[ \t\u00a0])?available[ \t\u00a0]"
    r"(?:on|at|through|from|via)[ \t\u00a0][^.!?]{0,50}?\b(?:website|web[ \t\u00a0]site"
    r"|site|page|archive|channel)\b"
)
# A sentence that sends the reader to a web address it ends with: "For more
# safety tips, go to example.org.", "The report is available to download at
# www.example.gov/report.", "Tickets can be found at example.com."
_WEB_POINTER = re.compile(
    r"(?<![\w-])(?:[Vv]isit|[Gg]o\s+to|[Hh]ead\s+to|[Ll]og\s+on\s+to|[Cc]heck\s+out"
    r"|[Ss]ee|available(?:\s+(?:for|to)\s+download)?\s+(?:at|on|from)"
    r"|(?:can|may)\s+be\s+found\s+(?:at|on))\s+"
    r"(?:https?://)?[\w-]++(?:\.[\w-]++)*?\.[a-z]{2,6}(?:/\S*)?[.!]?"
    r"[\"'\u201d\u2019)]*$"
)
_WEB_POINTER_WORDS = 30  # words in such a sentence, at most
_WEB_REACH = 160  # characters before the end looked at for it
# An app's download prompt: "Download the Daily Courier app for alerts."
_GET_APP = re.compile(
    r"Download[ \t\u00a0](?:the|our)[ \t\u00a0]"
    r"(?:[A-Z][\w&'\u2019-]*+[ \t\u00a0]){0,4}+(?:news[ \t\u00a0])?app\b"
)
# The reporter's sign-off under the story: "\u2014 Jane Roe", "\u2013 Jane Roe,
# Daily Courier"; a letter writer's: "\u2013 Jane Roe, Springfield, Ill.".
_SIGN_OFF = re.compile(
    r"[\u2014\u2013\u2015]{1,2}[ \t\u00a0]*+[A-Z][\w.'\u2019-]*+"
    r"(?:[ \t\u00a0]++[A-Z][\w.'\u2019-]*+){1,3}+"
    r"(?:,[ \t\u00a0]*+[A-Z][\w.'\u2019&-]*+"
    r"(?:[ \t\u00a0]++[A-Z][\w.'\u2019&-]*+){0,3}+){0,2}+"
)
_CREDIT_CHARS = 120  # a credit is this near the end of its caption
# A photographer and agency in brackets at the end of a caption.
_PAREN_CREDIT = re.compile(
    r"\((?:[A-Z][\w.'\u2019&-]*+[ \t\u00a0]?+){1,4}+[ \t\u00a0]?/[ \t\u00a0]?"
    r"(?:[A-Z][\w.'\u2019&-]*+[ \t\u00a0]?+){1,5}+\)$"
)
# The words a credit label opens with: a caption without one is no credit.
_CREDIT_WORDS = re.compile("Image|Photo|Picture|Credit|Video|Camera")


def credit_tail(s: str) -> bool:
    """Whether ``s`` ends in a photo credit: a caption.

    >>> credit_tail("Fans cheer before kick-off Image: Jane Roe.")
    True
    >>> credit_tail("A barge on the river (Credit: Jane Roe / Harbour Agency)")
    True
    >>> credit_tail("She took the photo herself.")
    False
    """
    tail = s[-_CREDIT_CHARS:]
    return bool(_CREDIT_WORDS.search(tail) and _CREDIT_TAIL.search(tail))


def dated_link(s: str) -> bool:
    """Whether ``s`` is a dated headline in a list of releases.

    >>> dated_link("- March 3, 2020 - Agency approves a new test")
    True
    >>> dated_link("On March 3, 2020, the agency approved a new test.")
    False
    """
    return bool(_DATED_LINK.match(s))


def _date_after_head(raw: str, shape: _Shape) -> bool:
    """Whether line ``raw`` is a listed headline with its date after it, no stop.

    >>> _date_after_head("Clinics report fewer cases of flu 3 May 2016",
    ...     _shape("Clinics report fewer cases of flu 3 May 2016"))
    True
    >>> _date_after_head("The council will vote on the plan on May 3, 2016",
    ...     _shape("The council will vote on the plan on May 3, 2016"))
    False
    """
    if shape.words < _DATE_HEAD_WORDS or raw[0] in OPENERS or raw[0] in _LIST_BULLETS:
        return False
    m = _DATE_AFTER_HEAD.search(raw, max(0, len(raw) - _DATE_HEAD_REACH))
    if m is None:
        return False
    word = m.group("word").lower()
    return word not in _NOT_HEAD_END and word not in _join_stop_words()


_DATE_HEAD_REACH = 48  # characters at a line's end looked at for the date


def _dated_lede(shape: _Shape) -> bool:
    """Whether a line opening with a date and a dash is a story's first sentence.

    "May 3, 2020 – The council approved the budget on Friday after a long
    debate about the cost of repairs to the harbour wall.": a release's or a
    press service's dateline opens a sentence that ends in a stop and runs
    longer than a headline; a listed headline has no stop ("March 3, 2020 -
    Agency approves a new test").
    """
    return shape.last in ".!?" and shape.words > _HEADLINE_WORDS


def bare_dateline(s: str) -> bool:
    """Whether ``s`` is a dateline alone: a place and a date, no story.

    >>> bare_dateline("SPRINGFIELD, March 3.")
    True
    >>> bare_dateline("Springfield, Ill., Oct. 12, 2019")
    True
    >>> bare_dateline("Springfield, March 3. The mayor resigned.")
    False
    """
    return bool(_BARE_DATELINE.fullmatch(s))


def author_bio(s: str, words: int) -> bool:
    """Whether ``s`` (of ``words`` words) is an author's bio line.

    >>> author_bio("Jane Roe is a staff reporter for the Daily Courier.", 10)
    True
    >>> author_bio("The mayor is a former reporter.", 6)
    False
    """
    return words <= _BIO_WORDS and bool(_BIO.match(s))


def _caption_verb(raw: str) -> bool:
    """Whether ``raw`` tells what a photo shows in a caption's present tense.

    "Jane Roe speaks during a rally in Springfield." A sentence in the past
    tense, a quotation, or a noun ("a gesture as") is no caption.
    """
    if not (" as " in raw or " during " in raw or " while " in raw):
        return False
    m = _CAPTION_VERB.search(raw)
    if m is None or '"' in raw or "\u201c" in raw or not raw[0].isupper():
        return False
    before = raw[: m.start()].split()
    return before[-1].lower() not in _NOT_SUBJECT and _PAST.isdisjoint(
        w.lower() for w in _WORD.findall(raw)
    )


def is_separator(s: str) -> bool:
    """Whether ``s`` holds no word at all: a rule or end mark between blocks.

    >>> is_separator("###")
    True
    >>> is_separator("-30-")
    False
    """
    return not _HAS_ALNUM.search(s) and not _ELLIPSIS_ONLY.fullmatch(s)


def is_bare_link(s: str) -> bool:
    """Whether ``s`` is a web address alone ("Direct link" rows, link lists).

    >>> is_bare_link("https://example.org/news/2020/03/item-42")
    True
    >>> is_bare_link("Details are at https://example.org.")
    False
    """
    return bool(_BARE_LINK.fullmatch(s))


_MARKS = re.compile(r"[-\u2013\u2014\u2022*\u00b7|#]+")
# A rule drawn with one character, at least five times.
_RULE_OPENERS = ("_____", "=====", "-----", "*****", "~~~~~")
_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+")
_HAS_ALNUM = re.compile(r"[^\W_]")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_ELLIPSIS_ONLY = re.compile(r"[.\u2026\s]+")


def _is_blurb(raw: str, shape: _Shape) -> bool:
    """Whether ``raw`` is a section's blurb: "The latest news on the election."."""
    return (
        shape.words <= _BLURB_WORDS
        and raw.startswith("The latest ")
        and bool(_BLURB.fullmatch(raw))
        and not _BLURB_VERB.search(raw)
    )


# A wiki template's call left in the text: "{{editprotected}}", "{{cite web}}".
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}\n]{1,60}\}\}")
_LOGO_WORDS = 8  # words in a title-case logo line ("Weather Service Logo"), at most

# A wiki page's section heading keeps its edit link, or the empty brackets
# the link left, glued to its end: "History[edit]", "Early life[]", "[edit]".
_EDIT_LINK = re.compile(r"(?<![\s.!?,;:])\[(?i:edit(?: source)?)?\]$")


def _shape_rule(raw: str, p: Piece, shape: _Shape) -> str | None:
    """The boilerplate rule the form of a sentence gives, if any."""
    # A sentence that opens with a letter is neither a separator nor a line
    # of numbers: most of them, so the searches below are skipped.
    letter = raw[0].isalpha()
    if not letter and is_separator(raw) and (p.whole_line or _MARKS.fullmatch(raw)):
        return "separator"
    if not letter and raw.startswith(_RULE_OPENERS):
        # "_____ [1]http://... References 1.": what follows a rule drawn
        # across a plain-text copy is its link list, not the story.
        return "separator"
    if p.whole_line and is_bare_link(raw):
        return "nav"
    if (
        p.whole_line
        and not letter
        and not _HAS_LETTER.search(raw)
        and not _ELLIPSIS_ONLY.fullmatch(raw)
    ):
        # Numbers alone on a line: a score, a counter, a player's clock
        # ("0:00 / 3:25"), a page range ("1 - 20"): annotation notes,
        # decision 4 (scoreboards and infobox cells).
        return "nav"
    if shape.words > _BIO_WORDS:
        return None
    if "{{" in raw and _WIKI_TEMPLATE.search(raw):
        return "nav"  # an editing note: "Add {{delete}} to the page ..."
    if p.whole_line and raw[-1] == "]" and _EDIT_LINK.search(raw):
        return "crosshead"  # a wiki page's section heading: "History[edit]"
    if credit_tail(raw):
        return "caption"
    if raw[-1] == ")" and "/" in raw[-_CREDIT_CHARS:] and _PAREN_CREDIT.search(raw):
        return "caption"  # "Workers on the pier (Jane Roe/Daily Courier)"
    if p.whole_line and dated_link(raw) and not _dated_lede(shape):
        return "related"
    if (
        p.whole_line
        and raw[-1] == ")"
        and shape.words >= 4
        and _BRACKET_DATE.search(raw, max(0, len(raw) - 24))
    ):
        return "related"  # "- Agency approves a new test (3 March)"
    if p.whole_line and shape.words <= 8 and bare_dateline(raw):
        return "dateline"
    if p.whole_line and raw[-1].isdigit() and _date_after_head(raw, shape):
        return "related"  # "Clinics report fewer cases of flu 3 May 2016"
    if author_bio(raw, shape.words):
        return "byline"
    found = _caption_rule(raw, p, shape)
    if found:
        return found
    if raw.startswith("This "):
        if _REPUBLISHED.match(raw) or (
            shape.words <= _COPY_NOTICE_WORDS and _COPY_NOTICE.match(raw)
        ):
            return "wire"  # "This story first appeared in the Valley Ledger."
        if shape.words <= _SERIES_WORDS and _SERIES.match(raw):
            return "related"  # "This article is part of our series on housing."
    if (
        p.whole_line
        and raw.startswith(("More ", "MORE "))
        and _MORE_FROM.fullmatch(raw)
    ):
        return "related"  # "More from the Daily Courier", "More in Business"
    if p.whole_line and ":" in raw and _labelled_head(raw, shape):
        return "related"  # "Flood watch: Coast road closed for a second night"
    return _pointer_rule(raw, p, shape, letter)


# A label and a colon before a capitalised headline, teaser or caption:
# "Flood watch: Coast road closed again", "Out and about: The singer ...".
_LABELLED = re.compile(
    r"[A-Z][\w'\u2019-]*+(?:[ \t\u00a0][\w'\u2019-]++){0,3}+:[ \t\u00a0]++"
    # ... four words at least after it: "Tag: Environment" is a field.
    r"[A-Z][\w'\u2019-]*+(?:[ \t\u00a0,]++[^\s:]++){3}"
)
# A label that ends in a verb of saying introduces what someone said: body
# ("The Courier reports: Nearly half of ...").
_SAYS_LABEL = re.compile(
    r"[^:]*\b(?:reports|reported|says|said|writes|wrote|adds|added|explains|tweeted)"
    r":"
)
_LABELLED_WORDS = 30
# An editor's note is the publisher's own word on the story: body.
_NOTE_LABEL = re.compile(r"[^:]*\b(?i:note)s?:")


def _labelled_head(raw: str, shape: _Shape) -> bool:
    """Whether a whole line is a labelled headline, teaser or caption.

    It opens with a label of up to four words and a colon, goes on with a
    capital and has no final stop, as a sentence of the body would; an
    embedded post (a web address, a handle) and an editor's note are body.
    """
    return (
        shape.words <= _LABELLED_WORDS
        and shape.last not in STOPS
        and not _is_cut_off(shape)
        and _LABELLED.match(raw) is not None
        and "http" not in raw
        and "@" not in raw
        and _NOTE_LABEL.match(raw) is None
        and _SAYS_LABEL.match(raw) is None
    )


def _dated_caption(raw: str, shape: _Shape) -> bool:
    """Whether sentence ``raw`` is a news photo's caption that ends in its date.

    "Crowds gather in Springfield, Ill., Friday, May 3, 2019.": present tense,
    forty words or fewer, the date after a comma (``_DATED_CAPTION``).
    """
    return (
        shape.words <= _CAPTION_WORDS
        and raw[-1] == "."
        and raw[-2:-1].isdigit()
        and _DATED_CAPTION.search(raw, max(0, len(raw) - 40)) is not None
        and shape.first not in OPENERS
        and _PAST.isdisjoint(w.lower() for w in _WORD.findall(raw))
    )


def _caption_rule(raw: str, p: Piece, shape: _Shape) -> str | None:
    """The rule of a short line under a picture or a story: a caption, a
    credit, a logo's or an image's alt text, or a contact line."""
    if p.whole_line and shape.words <= 8 and raw[-4:].lower() in _IMAGE_ENDS:
        return "caption"  # an image's file name left as its alt text
    if (
        p.whole_line
        and shape.words <= _CAPTION_WORDS
        and raw.startswith(_FIGURE_WORDS)
        and _FIGURE_LABEL.match(raw)
    ):
        return "caption"  # "Table 1. Rainfall by month", "Graph, Homes built"
    if (
        p.whole_line
        and shape.last_word == "logo"
        and shape.last not in ".!?"
        and (shape.words <= 3 or shape.title_case and shape.words <= _LOGO_WORDS)
    ):
        return "caption"  # a logo's alt text: "Council logo", "Weather Service Logo"
    if shape.words <= _EMAIL_WORDS and "@" in raw and _EMAIL.search(raw):
        return "byline"  # a contact line under the story
    if shape.words <= _PHRASE_MAX and (
        "(" in raw and _POINTS_AT.search(raw) or "eft" in raw and _FROM_LEFT.search(raw)
    ):
        return "caption"  # "The mayor (left) and ...", "From left: ..."
    if p.whole_line and raw[-2:-1].isdigit() and _dated_caption(raw, shape):
        return "caption"  # "Crowds gather in Springfield, Ill., May 3, 2019."
    if p.whole_line and shape.words <= _CAPTION_WORDS and _caption_verb(raw):
        return "caption"  # "The mayor gestures during a news conference."
    if shape.words <= 6 and _GALLERY.match(raw):
        return "caption"  # a gallery's counter: "Image 2 of 12"
    if raw.startswith("Follow") and shape.words <= 15 and _FOLLOW.match(raw):
        return "byline"  # "Follow Jane Roe on Twitter."
    if p.whole_line and shape.words <= 4 and _SLIDESHOW.fullmatch(raw):
        return "caption"  # "Slideshow (3 Images)"
    if (
        p.whole_line
        and shape.words <= _COURTESY_WORDS
        and raw.startswith("Courtesy")
        and _COURTESY.fullmatch(raw)
    ):
        return "caption"  # "Courtesy Jane Roe"
    return None


def _pointer_rule(raw: str, p: Piece, shape: _Shape, letter: bool) -> str | None:
    """The rest of ``_shape_rule``: blurbs, sign-offs, pointers, prompts."""
    if p.whole_line and _is_blurb(raw, shape):
        return "nav"  # a section's blurb: "The latest news on the election."
    if p.whole_line and shape.words <= 12 and _SIGN_OFF_LINE.fullmatch(raw):
        return "byline"  # "Jane Roe, Metro News, Springfield."
    if (
        shape.words <= _POINTER_WORDS
        and raw.startswith(("F", "f", "And"))
        and _POINTER.match(raw)
    ):
        return "nav"  # "For more information, visit the council's website."
    if (
        shape.words <= _HERE_WORDS
        and raw.endswith(("here.", "here", "here:"))
        and _HERE_LINK.search(raw)
    ):
        return "nav"  # "The full report is available here."
    if shape.words <= _HERE_WORDS and "available" in raw and _AVAILABLE_AT.search(raw):
        return "nav"  # "The full report is available on the council's website."
    if (
        shape.words <= _WEB_POINTER_WORDS
        and raw[0] not in OPENERS
        and ("." in shape.last_word or "/" in raw[-_WEB_REACH:])
        and _WEB_POINTER.search(raw, max(0, len(raw) - _WEB_REACH))
    ):
        return "nav"  # "For more safety tips, go to example.org."
    if raw.startswith("Download") and _GET_APP.match(raw):
        return "newsletter"  # "Download the Daily Courier app."
    if "ewsletter" in raw and _NEWSLETTER.match(raw):
        return "newsletter"  # "Sign up for the Morning Brief newsletter."
    if (
        shape.words <= _CALL_TO_ACTION_WORDS
        and raw.startswith(_CALL_TO_ACTION_HEADS)
        and _CALL_TO_ACTION.match(raw)
    ):
        return "nav"  # "Follow the council on Facebook for updates."
    if (
        p.whole_line
        and shape.words <= _SECTION_WORDS
        and shape.last_word in _NEWSROOMS
        and shape.last not in ".!?"
    ):
        return "nav"  # a site's section label: "Newsroom", "2016 Newsroom"
    if p.whole_line and raw.startswith("Dear") and _SALUTATION.fullmatch(raw):
        return "label"  # a letter's salutation: "Dear Minister Lee and Ms Roe:"
    if (
        p.whole_line
        and raw[-1] == ","
        and shape.words <= _LETTER_LINE_WORDS
        and _LETTER_LINE.fullmatch(raw)
    ):
        return "byline"  # a letter's greeting or closing: "Yours in friendship,"
    if not letter and p.whole_line and shape.words <= 8:
        if raw[0] in "\u2014\u2013\u2015" and _SIGN_OFF.fullmatch(raw):
            return "byline"  # "\u2014 Jane Roe, Daily Courier" under the story
    if (
        p.whole_line
        and shape.words <= 8
        and raw[-1] in "\u2013\u2014\u2015-"
        and (_DATELINE.fullmatch(raw) or _DATE_STUB.fullmatch(raw))
    ):
        # "SPRINGFIELD, Ill. (AP) \u2014" or "June 3 (Agency) -" alone on its line
        return "dateline"
    if p.whole_line and raw[-1] in _TRAIL_MARKS and _trailing_mark(raw, shape):
        return "nav"  # a breadcrumb or a link: "News /", "Our blog \u00bb"
    return None


# The marks that end a link, a breadcrumb or a menu item when a space sets
# them off from its words: "Documents /", "Archive |", "Our blog \u00bb".
_TRAIL_MARKS = "/|\u00bb\u203a>-\u2013\u2014"
_TRAILING_MARK = re.compile(
    r"(?<=\S)[ \t\u00a0]++(?:/|\||[\u00bb\u203a>]++|[-\u2013\u2014])$"
)
_TRAIL_MARK_WORDS = 8  # words on such a line, at most
_TRAIL_DASH_WORDS = 3  # ... when the mark is a dash, which may cut a sentence off


def _trailing_mark(raw: str, shape: _Shape) -> bool:
    """Whether a short line ends in a mark set off by a space: chrome.

    A breadcrumb ("Documents /"), a link or menu item ("Our blog \u00bb",
    "Archive |") or a picture's credit ("\u00a9Jane Roe -") ends in a mark that
    no sentence ends in. A dash may cut a sentence off (judgement call 5),
    so after one the line is three words at most.

    >>> _trailing_mark("Documents /", _shape("Documents /"))
    True
    >>> _trailing_mark("The mayor said the plan -", _shape("The mayor said the plan -"))
    False
    """
    most = _TRAIL_DASH_WORDS if raw[-1] in "-\u2013\u2014" else _TRAIL_MARK_WORDS
    return 0 < shape.words <= most and _TRAILING_MARK.search(raw) is not None


def _instruction(raw: str) -> bool:
    """Whether ``raw`` tells the reader how to use the page (see ``_UI_ONLY``).

    >>> _instruction("To see the full list, click here.")
    True
    >>> _instruction("Use the search box to find your local station.")
    True
    >>> _instruction("Use caution when driving in fog.")
    False
    """
    if _UI_ONLY.match(raw):
        return True
    m = _UI_VERB.match(raw)
    return m is not None and _UI_PART.search(raw, m.end() - 1) is not None


# A note about the page itself, not the news: "This page lists the council's
# meetings.", "This section has information that changed since the last
# release.", "The information on this website is provided by the council."
# "This section of the road ..." is about a place; "The website you are
# reading started as ..." and "This blog will ..." can be the writer's own
# text, and so can a board or a forum (a school board, a public forum).
_PAGE_NOTE = re.compile(
    r"(?:This[ \t\u00a0]+(?:web[ \t\u00a0]?page|page|web[ \t\u00a0]?site|section"
    r"|category|wiki)"
    r"|The[ \t\u00a0]+information[ \t\u00a0]+on[ \t\u00a0]+(?:this|our)[ \t\u00a0]+"
    r"(?:web[ \t\u00a0]?site|web[ \t\u00a0]?page|page|site))"
    r"(?![ \t\u00a0]+of\b)[ \t\u00a0]+[a-z]"
)
_PAGE_NOTE_WORDS = 40  # words in such a note, at most
_LIST_LOOKBACK = 12  # lines above a one-word line looked at for a list's lead-in
_ITEM_WORDS = 4  # words in a list item between the lead-in and the line, at most


def _one_word_line_is_chrome(text: str, p: Piece) -> bool:
    """Whether one-word line ``p`` is page chrome, not the body's.

    The last line of a text cut off mid-word ("... the harbour was
    Compli") is body (judgement call 5), and so is an item of a list that
    a line ending in a colon introduces ("The plan covers:" / "Stone" /
    "Labour"), with any short items between them.
    """
    if not text[p.end :].strip():
        return False
    b = p.start
    for _ in range(_LIST_LOOKBACK):
        a = text.rfind("\n", 0, max(0, b - 1)) + 1
        line = text[a:b].strip()
        if line.endswith(":"):
            return False
        if line and (line[-1] in STOPS or len(line.split()) > _ITEM_WORDS):
            return True
        if a == 0:
            return True
        b = a
    return True


def _lexicon_rule(text: str, p: Piece, shape: _Shape) -> str | None:
    """The boilerplate rule a phrase list gives sentence ``p``, if any."""
    if shape.words > _PHRASE_MAX * 3:
        return None
    t = _tables()
    raw = text[p.start : p.end]
    # Longer sentences than any line entry and any word-class line need no
    # normal form unless they may hold a phrase (below).
    norm = _normalize(raw) if shape.words <= t.norm_words else ""
    if norm in t.lines:
        return t.lines[norm]
    lead = len(raw) - len(raw.lstrip(_LEAD_JUNK))
    m = t.prefix.match(raw, lead, len(raw))
    if m:
        return t.prefix_kind(m.group())
    if _site_teaser(raw, lead, len(raw)):
        return "related"
    if (
        raw.startswith(("B", "b"), lead)
        and _BYLINE.match(raw, lead)
        and shape.last not in ".?!"
        and shape.words <= 8
    ):
        names = _WORD.findall(raw[lead + 3 :])
        if names and all(w[0].isupper() or w in _BYLINE_WORDS for w in names):
            return "byline"
    if shape.last == ":" and p.whole_line:
        if _REMARKS_LABEL.fullmatch(raw, lead) or _colon_label(raw, shape):
            return "label"  # "Senator Lee's remarks:", "Key points:"
    if raw[0] == "(" and _PICTURE_LABEL.fullmatch(raw):
        return "caption"  # "(Agency Photo)", "(High resolution image)"
    if raw[0] in "[(" and _WIRE_CODE.fullmatch(raw):
        return "wire"  # a wire service's story code: "[L1N2AB0XY]"
    if raw[0] == "[" and raw[-1] == "]" and _BRACKET_TAG.fullmatch(raw):
        return "nav"  # "[edit]", "[12345/21]", "[Daily Courier, 5/23/17]"
    if shape.words <= 8 and _CREDIT.fullmatch(raw, lead):
        return "caption"  # a photo credit: "REUTERS/Jane Doe/File Photo"
    if shape.words <= _MAKER_CREDIT_WORDS and _maker_credit(raw):
        return "caption"  # "Staff photo by Jane Roe"
    why = _shape_rule(raw, p, shape)
    if why is not None:
        return why
    if (
        p.whole_line
        and raw.isalpha()
        and (len(raw) > 1 or raw == "x")
        and _one_word_line_is_chrome(text, p)
    ):
        # One word alone on its line, without a stop: a link ("here",
        # "Sources"), a label ("Source", "Pages"), a button ("x", "Close") or
        # an image's name; a sentence of the body has more words or a stop.
        return "nav"
    if (
        not p.whole_line
        and raw[-2:-1].isdigit()
        and _at_line_start(text, p.start)
        and _dated_caption(raw, shape)
    ):
        # "Crowds gather in Springfield, Ill., Friday, May 3, 2019. (File)":
        # a caption opens its line, its credit or the body run on after it.
        return "caption"
    if shape.words <= _PHRASE_MAX and t.may_hold_phrase(
        # The same runs of letters as the normal form: it only drops spaces
        # and marks.
        norm or _fold(raw.lower())
    ):
        norm = norm or _normalize(raw)
        m = t.phrase.search(norm)
        if m and not _quotes_phrase(raw, t):
            return t.phrases.get(_SPACES.sub(" ", m.group()), "nav")
    if (
        raw.startswith(("This ", "The information on "))
        and shape.words <= _PAGE_NOTE_WORDS
        and _PAGE_NOTE.match(raw)
    ):
        # "This page lists the council's meetings.", "The information on
        # this website is provided by ..." (a cookie notice is one of its own)
        return "nav"
    if p.whole_line and "_" in raw and _ICON_NAME.fullmatch(raw):
        return "nav"  # an icon's name left as text: "arrow_upward"
    if shape.first_word in _UI_OPENERS:
        if shape.words <= _UI_WORDS and _instruction(raw):
            return "nav"  # "Click on the map to see the latest alerts."
        if _SITE_NOTE.match(raw):
            return "nav"  # "You can find everything you need on this website."
    if shape.words > _SHORT or _unknown_word(shape.first_word, t.words):
        return None
    toks = _WORD.findall(norm)
    if toks:
        kinds = set()
        for w in toks:
            kind = t.words.get(w) or ("digit" if _is_number(w) else None)
            if kind is None:
                return None  # a word that is not a navigation or date word
            kinds.add(kind)
        if kinds != {"digit"}:
            return "dateline" if kinds <= {"dateline", "digit"} else "nav"
    return None


_QUOTING_WORDS = 6  # words of a sentence outside the quotation it reports, at least


_COLON_LABEL_WORDS = 4  # words in a label before its colon, at most
_CAPS_LABEL_WORDS = 8  # ... in one written in capitals ("CURRENT WATCH AREAS:")
# The classes of function words that make a line a clause: a lead-in's verb,
# subject or question word ("They are:", "How it works:").
_CLAUSE_CLASSES = frozenset(
    {"be", "auxiliary", "strict-auxiliary", "clause-pronoun", "wh"}
)


@cache
def _lead_in_words() -> frozenset[str]:
    """Words that make a short line ending in a colon a lead-in, not a label.

    Verbs of saying ("said", "writes"), forms of "be", auxiliaries, subject
    pronouns and wh-words, and the verbs and adverbs that introduce a list
    (``boilerplate_lead_ins``).
    """
    out = set(load_lexicon("boilerplate_lead_ins").entries)
    out.update(w for w in load_lexicon("reporting_verbs").entries if " " not in w)
    for word, classes in load_lexicon("function_words").entries.items():
        if classes and _CLAUSE_CLASSES.intersection(classes.split()):
            out.add(word)
    return frozenset(out)


def _colon_label(raw: str, shape: _Shape) -> bool:
    """Whether ``raw``, a line of its own ending in a colon, is a label.

    A few words without a verb head what follows on the page: "Key points:",
    "For more information:", "Related coverage:", "NEW CASES BY COUNTY:"
    (up to eight words in capitals). A lead-in of the body has a verb, a
    subject pronoun or a question word: "Officials said:", "The measures
    include:", "They are:", "Here's how:".

    >>> _colon_label("Key points:", _shape("Key points:"))
    True
    >>> _colon_label("The new rules include:", _shape("The new rules include:"))
    False
    """
    if shape.words > (_CAPS_LABEL_WORDS if shape.upper else _COLON_LABEL_WORDS):
        return False
    if raw[0] in OPENERS or shape.first.isdigit():
        return False  # a quotation, or a time stamp ("9:12 p.m.:")
    lead_ins = _lead_in_words()
    return not any(
        w.lower().split("'")[0] in lead_ins for w in _WORD.findall(_fold(raw))
    )


def _quotes_phrase(raw: str, t: _Tables) -> bool:
    """Whether ``raw`` holds its furniture phrase only inside a quotation.

    'An editor's note reads, "This article has been updated," which is not
    true.' reports the notice; the sentence itself is body.
    """
    if '"' not in raw and "\u201c" not in raw:
        return False
    rest = _QUOTED.sub(" ", raw)
    if len(_WORD.findall(rest)) < _QUOTING_WORDS:
        return False
    return t.phrase.search(_normalize(rest)) is None


def _maker_credit(raw: str) -> bool:
    """Whether ``raw`` is a credit naming a picture's maker ("Staff photo by ...")."""
    return (" by " in raw or "ourtesy of" in raw) and bool(_MAKER_CREDIT.fullmatch(raw))


def _is_credit(raw: str, words: int) -> bool:
    """Whether caption piece ``raw`` (of ``words`` words) is a picture's credit.

    "(AP Photo/Jane Roe)", "Staff photo by Jane Roe", "Photo: Jane Roe": a
    credit closes its caption, which the sentences before it on the line
    make up (``_caption_run``). A video's credit ("Camera: Jane Roe") is
    none: the blurb above it is the story of a video page.
    """
    if words > _MAKER_CREDIT_WORDS or "ideo" in raw or "amera" in raw:
        return False
    return bool(
        _maker_credit(raw)
        or _CREDIT.fullmatch(raw)
        or (raw[0] == "(" and _PICTURE_LABEL.fullmatch(raw))
        or (_CREDIT_WORDS.match(raw) and credit_tail(raw))
        or (raw.startswith("Courtesy") and _COURTESY.fullmatch(raw))
    )


def _unknown_word(word: str, words: dict[str, str]) -> bool:
    """Whether ``word``, an ASCII first word, is neither a listed word nor a number.

    A sentence's first word (``_Shape.first_word``) is the first word of its
    normal form too when it is ASCII: a sentence that opens with an unknown
    one is not made of navigation and date words, and is not split again.
    """
    return word.isascii() and word not in words and not (word and _is_number(word))


# An age or a count with its unit glued on: "12m" (ago), "3h", "2hrs".
_AGE = re.compile(r"\d++(?:s|m|h|d|w|mo|y|min|mins|hr|hrs)")


# A clock time written with a full stop, as British and European pages do: "14.15".
_DOTTED_TIME = re.compile(r"\d{1,2}\.\d{2}")


def _is_number(w: str) -> bool:
    """Whether ``w`` is a number, an age (``12m``, ``3h``) or a time (``14.15``)."""
    return (
        w.isdigit()
        or w[0].isdigit()
        and bool(_AGE.fullmatch(w) or _DOTTED_TIME.fullmatch(w))
    )


def _is_body_like(p: Piece, shape: _Shape) -> bool:
    """Whether a sentence looks like the start of the article body."""
    if shape.words >= 25:
        return True
    if shape.words < 6:
        return False
    if shape.last in ".!":
        return not (shape.title_case and shape.words <= 10)
    return shape.last == "?" and not p.whole_line


def _is_cut_off(shape: _Shape) -> bool:
    """A line that stops mid-sentence (judgement call 5) is body."""
    return shape.last in ",;:-\u2013\u2014/&(" or shape.last_word in _CONTINUES


def _layout_rule(p: Piece, shape: _Shape) -> str | None:
    """Rule for a standalone line in the body: crosshead, caption or alt text."""
    if (
        not p.whole_line
        or shape.first in OPENERS
        or shape.first.islower()
        or _is_cut_off(shape)
    ):
        return None
    if shape.words <= _LABEL_WORDS and shape.upper and shape.last not in "!?":
        return "label"  # a section label: "ABSTRACT.", "FULL TEXT."
    if shape.last == "?":
        # Judgement calls 6-7: a short standalone question is a crosshead;
        # a longer one, or one opening with "So"/"But", is rhetorical body,
        # and so is an interviewer's turn ("Q: Who may apply?").
        if (
            shape.words <= _QUESTION
            and shape.first_word not in _CONNECTIVES
            and shape.first_word != "q"
        ):
            return "crosshead"
        return None
    if shape.last in ".!\u2026":
        return None
    if shape.title_case:
        return "crosshead"
    if shape.words <= _SHORT:
        return "caption"
    return None


# The quotation marks that open and close a pulled quote set as a crosshead.
_PULL_OPEN = "\"'\u201c\u2018"
_PULL_CLOSE = "\"'\u201d\u2019"
_PULL_WORDS = 10  # words in a quoted crosshead, at most


def _quoted_crosshead(text: str, p: Piece, shape: _Shape) -> bool:
    """Whether line ``p`` is a quotation set as a crosshead: "'We were lucky'".

    Tabloids and regional papers head a section with a few words of its
    quotation, alone on the line, in quotation marks and without a stop; a
    quoted paragraph of the body ends in a stop, a comma or a question
    (a speaker's "“Who did that?”" is body) before its closing mark.
    """
    if not (
        p.whole_line
        and shape.words <= _PULL_WORDS
        and text[p.start] in _PULL_OPEN
        and text[p.end - 1] in _PULL_CLOSE
        and shape.last not in ".!?\u2026"
        and not _is_cut_off(shape)
    ):
        return False
    inner = text[p.start + 1 : p.end - 1]
    return not any(c in inner for c in '"\u201c\u201d')


# A quotation and who says it, in a headline's present tense: "'It was like a
# war zone,' says neighbour".
_QUOTE_SAYS = re.compile(
    '["\'\u201c\u2018][^"\u201c\u201d\n]{2,120}["\'\u201d\u2019][ \t\u00a0]++'
    "(?:says|warns|claims|admits|reveals|insists|tells|urges)\\b"
)
_QUOTE_HEAD_WORDS = 15  # words in such a crosshead, at most


def _quote_says_head(text: str, p: Piece, shape: _Shape) -> bool:
    """Whether line ``p`` is a quotation crosshead: "'We lost it all,' says mum".

    The body quotes in the same order ("'We lost it all,' says Ann Lee.") but
    ends the paragraph with a stop; a crosshead has none.
    """
    return (
        p.whole_line
        and shape.words <= _QUOTE_HEAD_WORDS
        and text[p.start] in _PULL_OPEN
        and shape.last not in STOPS
        and text[p.end - 1] not in CLOSERS
        and not _is_cut_off(shape)
        and _QUOTE_SAYS.match(text, p.start, p.end) is not None
    )


_PICTURED = re.compile(r"(?<!\bthe )\bpictured\b")


def _pictured_caption(text: str, p: Piece, shape: _Shape) -> bool:
    """Whether line ``p`` is a caption that says who is "pictured".

    "Ann Lee, 34, pictured, needed stitches after the fall": a tabloid's
    caption reads as a sentence but has no final stop; the body's "Ann Lee
    (pictured) was ..." ends in one.
    """
    return (
        p.whole_line
        and shape.words <= _CAPTION_WORDS
        and shape.last not in STOPS
        and not _is_cut_off(shape)
        and "pictured" in text[p.start : p.end]
        and _PICTURED.search(text, p.start, p.end) is not None
    )


def _after_caption(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None], i: int
) -> bool:
    """Whether unpunctuated line ``i`` follows an unpunctuated caption line.

    Tabloids set two photos side by side and print their captions one under
    the other, each without a stop ("Ann Lee, 34, pictured, ..." / "The dog
    was seized by police"); the body's paragraphs end in one.
    """
    p, shape = pieces[i], shapes[i]
    if i == 0 or i + 1 == len(pieces):
        return False
    q = pieces[i - 1]
    return (
        rules[i - 1] == "boilerplate:caption"
        and q.whole_line
        and p.whole_line
        and q.line + 1 == p.line
        and shapes[i - 1].last not in STOPS
        and shape.last not in STOPS
        and 3 <= shape.words <= _CAPTION_WORDS
        and not _is_cut_off(shape)
        and not shape.first.islower()
        and shape.first not in OPENERS
    )


def _keys(s: str) -> set[str]:
    """Content words of ``s``, cut to a short stem so that "reduced" meets "reduce"."""
    out = set()
    for m in _CONTENT.finditer(s):
        w = m.group().lower()
        if w not in _FUNCTION:
            out.add(w[:_STEM])
    return out


def _paragraph_after(text: str, pieces: list[Piece], i: int) -> tuple[int, int]:
    """The line that follows piece ``i``'s line, at most ``_RESTATE_CHARS`` long."""
    j = i + 1
    while j < len(pieces) and pieces[j].line == pieces[i].line:
        j += 1
    if j == len(pieces):
        return 0, 0
    start = pieces[j].start
    end = text.find("\n", start, start + _RESTATE_CHARS)
    return start, min(len(text), start + _RESTATE_CHARS) if end < 0 else end


def _restated(text: str, pieces: list[Piece], i: int) -> bool:
    """Whether the next paragraph repeats most content words of piece ``i``.

    A headline is restated by the lede below it; a first body sentence is
    followed by new matter.
    """
    head = _keys(text[pieces[i].start : pieces[i].end])
    if len(head) < 3:
        return False
    a, b = _paragraph_after(text, pieces, i)
    if b - a < 1.5 * (pieces[i].end - pieces[i].start):
        return False  # a headline is much shorter than the paragraph below it
    return len(head & _keys(text[a:b])) >= _RESTATE * len(head)


def _stop_headline(
    text: str, pieces: list[Piece], shapes: list[_Shape], i: int
) -> bool:
    """Whether the first body-like sentence is a headline that ends in a stop.

    It stands alone on its line, is short, and is in title case or the
    paragraph under it restates it.
    """
    p, shape = pieces[i], shapes[i]
    return (
        p.whole_line
        and shape.words <= _HEADLINE_WORDS
        and shape.last in ".!"
        and (
            shape.title_case
            # "Officials said Thursday that ...": a weekday and "said" are
            # how a lede tells its news; a headline "says" and drops the day.
            or _LEDE_WORDS.isdisjoint(
                w.lower() for w in _WORD.findall(text, p.start, p.end)
            )
            and _restated(text, pieces, i)
        )
    )


def _is_lede(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    body: int,
) -> bool:
    """Whether the short sentences above the body open it ("Talk about oversharing.").

    They are the first line of the text, end in a full stop, are not in title
    case, run straight into the body paragraph (no blank line between) and are
    not restated by it, as a headline would be.
    """
    if body == 0 or rules[body - 1] is not None:
        return False
    line = pieces[0].line
    if pieces[body].line != line + 1:
        return False
    for i in range(body):
        if (
            rules[i] is not None
            or pieces[i].line != line
            or shapes[i].title_case
            or shapes[i].upper
            or shapes[i].last not in ".!"
            or not shapes[i].first.isupper()
        ):
            return False
    return not _restated(text, pieces, body - 1)


_STOP_HEAD_WORDS = 4  # words in a crosshead that ends in a full stop, at most


def _stop_crosshead(
    text: str, pieces: list[Piece], shapes: list[_Shape], i: int
) -> bool:
    """Whether line ``i`` is a run-in crosshead with a full stop: "The Budget.".

    Some papers end a section's heading with a stop ("High-Speed Rail.",
    "The Foundation."): two to four capitalised words (small words aside)
    alone between blank lines. One word ("Silent.", "Wow.") is body. A
    letter's signature and place ("Jane Roe." / "Millbrook, Maine.") take
    the same shape and are furniture too.
    """
    p, shape = pieces[i], shapes[i]
    if not (
        p.whole_line
        and shape.last == "."
        and 2 <= shape.words <= _STOP_HEAD_WORDS
        and shape.first.isupper()
        and 0 < i < len(pieces) - 1
        and _blank_before(text, pieces, i)
        and _blank_before(text, pieces, i + 1)
    ):
        return False
    if text.find(":", p.start, p.end) >= 0:
        return False  # a speaker's turn: "Ann Lee: Yes."
    words = _WORD.findall(text, p.start, p.end)
    return all(w[0].isupper() or w in _SMALL for w in words)


def _blank_before(text: str, pieces: list[Piece], j: int) -> bool:
    """Whether a blank line separates piece ``j`` from the piece before it."""
    if pieces[j].start - pieces[j - 1].end < 2:
        return False  # no room for two line breaks: most pieces
    gap = text[pieces[j - 1].end : pieces[j].start].replace("\r\n", "\n")
    return len(LINE_BREAK.findall(gap)) >= 2


_QUOTED = re.compile('["\u201c][^"\u201c\u201d\n]*+["\u201d]')


def _reads_as_body(s: str, shape: _Shape) -> bool:
    """Whether a short line has the grammar of a body sentence, not a headline.

    A pronoun or connective opening it leans on earlier text, and a past
    auxiliary or a weekday outside quotation marks is how a report tells
    its news ("Voters went to the polls on Sunday."); headlines use the
    present tense and drop the day.
    """
    m = _QUOTE_COLON.match(s)
    words = _WORD.findall(_QUOTED.sub(" ", s[m.end() if m else 0 :]))
    if words and words[0].lower() in _BODY_OPENERS:
        return True
    return any(w.lower() in _BODY_WORDS for w in words)


def _line_words(pieces: list[Piece], shapes: list[_Shape], j: int) -> int:
    """Words on the line of piece ``j`` from ``j`` on."""
    n, k = 0, j
    while k < len(pieces) and pieces[k].line == pieces[j].line:
        n += shapes[k].words
        k += 1
    return n


def _header_block(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> int:
    """The number of pieces in a headline block at the top of the text, or 0.

    A headline block is at most ``_HEAD_LINES`` short lines (a headline, a
    dek: "Lawmaker urges retaliation;" / "Member of panel says ...", besides
    labels and bylines the phrase lists flag) above the first long paragraph,
    which a blank line sets off. The block ends at the first line that reads
    as a body sentence ("So much for the truce."), unless the paragraph under
    it opens with a dateline, which starts every wire story.
    """
    lines = 0
    firsts: list[int] = []  # the first piece of each unflagged line
    j = 0
    while j < len(pieces):
        p = pieces[j]
        if j == 0 or p.line != pieces[j - 1].line:
            n = _line_words(pieces, shapes, j)
            if (
                j
                and rules[j] is None
                and (n >= 20 or _DATELINE.match(text, p.start))
                and _blank_before(text, pieces, j)
            ):
                break  # the first paragraph
            if n > 25 or shapes[j].first.islower():
                return 0
            if firsts and n > _DEK and _blank_before(text, pieces, j):
                break  # a short first paragraph: a dek set off is shorter
            if rules[j] is None:
                lines += 1
                firsts.append(j)
                if lines > _HEAD_LINES:
                    return 0
        j += 1
    if j == len(pieces) or not firsts or rules[j] is not None:
        return 0
    dateline = bool(_DATELINE.match(text, pieces[j].start))
    for k in range(j):
        last_on_line = k + 1 == j or pieces[k + 1].line != pieces[k].line
        if last_on_line and rules[k] is None and _is_cut_off(shapes[k]):
            # "Lawmaker urges retaliation on Russia;" above its dek is a
            # headline; a line ending in a colon or a comma runs on.
            if not (shapes[k].last == ";" and k + 1 < j):
                return 0
    if dateline:
        return j
    for k in firsts:
        if _reads_as_body(
            text[pieces[k].start : pieces[k].end], shapes[k]
        ) or _is_speaker_turn(text, pieces[k], shapes[k]):
            return 0 if k == firsts[0] else k
        if _ON_AIR.match(text, pieces[k].start, pieces[k].end):
            return 0 if k == firsts[0] else k
    return j


def _is_unpunctuated_head(
    text: str, pieces: list[Piece], shapes: list[_Shape], i: int
) -> bool:
    """Whether a standalone line in punctuated prose is a pasted headline.

    Scrapers paste the headlines of related stories between paragraphs: a
    line of its own without a final stop, followed by a new line that
    starts with a capital. A cut-off line, a line that ends in a closing
    quote mark or bracket, and a quotation are body.
    """
    p, shape = pieces[i], shapes[i]
    if not p.whole_line or not 3 <= shape.words <= _PASTED or i + 1 == len(pieces):
        return False
    if shape.last in STOPS or _is_cut_off(shape) or text[p.end - 1] in CLOSERS:
        return False
    if shape.first.islower():
        return False
    if shape.first in OPENERS and not _QUOTE_COLON.match(text, p.start):
        return False  # a quotation line, not "'Words matter': Mayor says ..."
    nxt = text[pieces[i + 1].start]
    if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS):
        return False
    # "But there was no sign of it": a stop lost by extraction. The costliest
    # test goes last.
    return not _reads_as_body(text[p.start : p.end], shape)


def _punctuated_prose(
    text: str, pieces: list[Piece], shapes: list[_Shape]
) -> tuple[bool, bool]:
    """Whether the text is paragraphs that end in sentence punctuation.

    Returns two answers: whether it is laid out as an article (blank lines
    or paragraphs of several sentences), and whether it is prose at all,
    which also holds for a page of one-sentence paragraphs (below).

    Only then does a line without a final stop stand out as furniture. A
    list of sentences one a line (no blank line, and few long lines with
    two sentences or more) is not laid out as an article, and a text
    without stops has no body paragraphs to compare with. A line is long
    by the words of all its sentences, so that paragraphs of short
    sentences count. A page of one-sentence paragraphs, a line each, is
    prose too when at least four long sentences end in a stop and more
    than five times as many as run on without one (lines broken
    mid-sentence).
    """
    ended = open_ = multi = long_lines = 0
    blank = False
    line_words = 0  # words on the line so far
    for i, p in enumerate(pieces):
        if i and pieces[i - 1].line != p.line:
            line_words = 0
            if not blank and _blank_before(text, pieces, i):
                blank = True
        line_words += shapes[i].words
        if i + 1 < len(pieces) and pieces[i + 1].line == p.line:
            continue
        if line_words >= _SHORT:
            # Paragraphs of several sentences, counted by the line's words.
            long_lines += 1
            multi += not p.whole_line
        if shapes[i].words >= _SHORT:
            if shapes[i].last in ".!?":
                ended += 1
            else:
                open_ += 1
    if ended < 2 or ended <= 2 * open_:
        return False, False
    laid_out = blank or multi >= 0.25 * long_lines
    return laid_out, laid_out or ended >= 4 and ended > 5 * open_


def _trim_end(text: str, end: int) -> int:
    while text[end - 1] in " \t\u00a0,":
        end -= 1
    return end


def _cut_head_byline(
    text: str, start: int, end: int, out: list[tuple[int, int, str | None]]
) -> int:
    """Cut a headline and byline glued to the sentence after it; return the rest.

    The headline starts the line or follows a sentence of it ("... public
    domain. Storm Hits Coast by City News At least ..."); the text before it
    becomes a part of its own.
    """
    k = text.find(" by ", start, end)
    while k != -1 and k + 5 < end:
        if text[k + 4].isupper():
            floor = max(start, k - _HEAD_BYLINE_REACH)
            h = max(text.rfind(c, floor, k) for c in ".?!") + 1
            if h == 0:
                h = start  # no stop before: the headline opens the line
            while h < k and text[h].isspace():
                h += 1
            m = _GLUED_HEAD_BYLINE.match(text, h, end) if h >= floor else None
            if m:
                if h > start:
                    out.append((start, h, None))
                out.append((h, _trim_end(text, m.end()), "boilerplate:byline"))
                return m.end()
        k = text.find(" by ", k + 4, end)
    return start


_DASHED_HEAD_REACH = 160  # characters of a title before its dash, at most
_DASHED_HEAD_WORDS = 5  # words in it, at least


def _at_line_start(text: str, a: int) -> bool:
    """Whether only spaces stand between offset ``a`` and the line's start."""
    j = a - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in "\n\r"


def _dashed_head(text: str, a: int, end: int) -> int:
    """Where a line-opening title set before an em dash and a subtitle ends, or 0.

    "Agency Opens New Lab in the North \u2014 The lab will ..." -> after the
    dash. The title has at least five words in title case and no comma (a
    dateline has one); the subtitle opens with a capitalised word and goes
    on in lower case.
    """
    k = text.find(" \u2014 ", a, min(end, a + _DASHED_HEAD_REACH))
    if k < 0 or k + 4 >= end or not _at_line_start(text, a):
        return 0
    if not (text[k + 3].isupper() and text[k + 4].islower()):
        return 0
    if text.find(", ", a, k) >= 0:
        return 0  # a dateline: "WASHINGTON, D.C. \u2014 Today ..."
    shape = _shape(text[a:k])
    if shape.words < _DASHED_HEAD_WORDS or not shape.title_case:
        return 0
    return k + 2


def _head_word_before(text: str, m: re.Match[str]) -> bool:
    """Whether a headline ends before a capitals dateline with a capitalised word.

    "... Repair Roads WASHINGTON —": a headline's last word is capitalised;
    "... Ann Lee and the NHS — Britain's ..." runs on inside a sentence.
    Other matches (a sentence-opening word after the headline) pass.
    """
    e = m.end()
    if not text[e + 1 : e + 2].isupper():
        return True
    w = text.rfind(" ", m.start(), e - 1) + 1 or m.start()
    return text[w].isupper()


_NAMED_HEAD_WORDS = 4  # words of a headline run into a name-led sentence


def _titled_before_name(text: str, m: re.Match[str]) -> bool:
    """Whether a headline run into a sentence that names someone is one.

    "Crew Reaches Station After Long Trip A Russian capsule carrying ...": the
    sentence's opening word is followed by a name, so the cut needs a real
    title before it, four words or more ending in a capitalised one;
    "Writing in The Guardian newspaper, ..." runs on. Other matches pass.
    """
    after = text[m.end() : m.end() + 60].split(None, 2)
    if len(after) < 2 or not after[1][0].isupper():
        return True
    if after[0].isupper() and len(after[0]) > 1:
        return True  # a capitals dateline: "... Roads WASHINGTON, D.C. - ..."
    head = text[m.start() : m.end()].split()
    return len(head) >= _NAMED_HEAD_WORDS and head[-1][0].isupper()


def _head_goes_on(text: str, start: int, end: int) -> bool:
    """Whether the title-case words after a headline's opening words go on with it.

    "Police Arrest Suspect After the Shooting in St. Louis", "Senate Passes
    Aid Bill As the U.S. Election Nears": a headline may go on with a
    phrase that opens with a word that opens sentences; what follows is in
    title case too, and its stop is an abbreviation's ("U.S.", "St."), not a
    sentence's. A sentence run into a headline goes on in lower case ("...
    Hits Coast The storm closed roads on Friday.").
    """
    return _shape(text[start:end]).title_case


# A headline in sentence case run into its first sentence: "Storm closes
# harbour for third day The harbour in ...": a closed-class word that opens
# sentences, capitalised after a lower-case word and followed by one. Titles
# and names go on in capitals ("read The Guardian", "in The Hague").
_SENTENCE_HEAD = re.compile(
    r"[ \t\u00a0](?:The|This|These|Those|They|We|In|On|After|When|While)"
    r"[ \t\u00a0](?=[a-z])"
)
_SENTENCE_HEAD_REACH = 160  # characters of such a headline, at most
_SENTENCE_HEAD_WORDS = (4, 20)  # words in it, at least and at most
_SENTENCE_HEAD_REST = 6  # words in the sentence after it, at least
_SENTENCE_HEAD_CHARS = 40  # characters in a line holding both, at least
_SENTENCE_HEAD_TOP = 12  # sentences of a text looked at for one, at most


def _sentence_case_head(text: str, a: int, end: int) -> int:
    """Where a sentence-case headline opening line ``[a, end)`` ends, or 0.

    The headline has four to twenty words, no stop, colon or semicolon, and
    ends in a lower-case word or a number; the sentence after it has at
    least six words and a final stop.
    """
    if end - a < _SENTENCE_HEAD_CHARS or not _at_line_start(text, a):
        return 0
    m = _SENTENCE_HEAD.search(text, a, min(end, a + _SENTENCE_HEAD_REACH))
    if m is None or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "%"):
        return 0
    head = text[a : m.start()]
    last = head.rsplit(None, 1)[-1]
    if not (last[0].islower() or last[0].isdigit()):
        return 0  # a name goes on: "Women's March On was ..."
    least, most = _SENTENCE_HEAD_WORDS
    if not least <= len(head.split()) <= most or any(c in head for c in ".!?:;"):
        return 0
    rest = text[m.start() + 1 : end]
    if (
        rest.rstrip(CLOSERS)[-1:] not in ".!?"
        or len(rest.split()) < _SENTENCE_HEAD_REST
    ):
        return 0
    return m.start()


def cut_glued_heads(text: str, pieces: list[Piece]) -> list[Piece]:
    """Cut a title-case headline off the sentence it was run into.

    "... misinformation. Word Games The document also uses ...": a crosshead
    or a teaser's author name ("Jane Roe We have ...") glued to the next
    sentence by extraction (annotation notes, decisions 3 and 25) is a piece
    of its own, flagged ``boilerplate:headline``; a capitals dateline
    ("NEW YORK The ...") stays with its sentence.

    Args:
        text: The raw document.
        pieces: Its sentences, from ``split_pieces``.

    Returns:
        ``pieces``, or a new list with the glued headlines cut off.
    """
    out: list[Piece] | None = None
    for i, p in enumerate(pieces):
        a = p.start
        if p.rule is None and text[a] == "(":
            m = _PICTURE_LABEL.match(text, a, p.end)
            if m and _STARTS_SENTENCE.match(text, m.end(), p.end):
                # "... 0.1 mm. (High resolution image) Toxic metals ...": a
                # picture's label glued to the next sentence (notes 3, 4).
                if out is None:
                    out = pieces[:i]
                out.append(Piece(a, m.end(), p.line, False, "boilerplate:caption"))
                b = m.end()
                while text[b].isspace():
                    b += 1
                out.append(Piece(b, p.end, p.line, False))
                continue
        if p.rule is None and i and pieces[i - 1].line == p.line:
            m = _GLUED_DATE.match(text, a, p.end)
            if m and not _chrome_after(text, m.end(), p.end):
                # "... for more details. Monday, May 4, 2009 On Tuesday ...":
                # a listing's date run in between two sentences of a
                # flattened page (annotation notes, decision 3).
                if out is None:
                    out = pieces[:i]
                d = m.end()
                while text[d - 1] in " \t\u00a0|":
                    d -= 1
                out.append(Piece(a, d, p.line, False, "boilerplate:dateline"))
                out.append(Piece(m.end(), p.end, p.line, False))
                continue
        if p.rule is None and text[a].isupper():
            # "Agency Opens New Lab in the North \u2014 The lab will ...": a
            # listed release's title before its subtitle (notes 25); or, only
            # near the top where a page's headline stands, "Storm closes
            # harbour for third day The harbour ...".
            h = _dashed_head(text, a, p.end)
            if not h and i < _SENTENCE_HEAD_TOP:
                h = _sentence_case_head(text, a, p.end)
            if h:
                if out is None:
                    out = pieces[:i]
                out.append(Piece(a, h, p.line, False, "boilerplate:headline"))
                out.append(Piece(h + 1, p.end, p.line, False))
                continue
            k = text.find(" ", a, p.end)
            if k > 0 and k + 1 < p.end and text[k + 1].isupper():
                m = _GLUED_HEAD.match(text, a, p.end)
                if (
                    m
                    and (
                        text[m.end() - 2].islower()
                        or _YEAR_END.match(text, m.end() - 7)
                    )
                    and _head_word_before(text, m)
                    and _titled_before_name(text, m)
                    and not _head_goes_on(text, m.end(), p.end)
                ):
                    if out is None:
                        out = pieces[:i]
                    h = _trim_end(text, m.end())
                    out.append(Piece(a, h, p.line, False, "boilerplate:headline"))
                    out.append(Piece(m.end(), p.end, p.line, False))
                    continue
        if out is not None:
            out.append(p)
    return pieces if out is None else out


@cache
def _join_stop_words() -> frozenset[str]:
    """Words a label never ends in: function words and verbs of saying."""
    out = set(load_lexicon("function_words").entries)
    out.update(w for w in load_lexicon("reporting_verbs").entries if " " not in w)
    return frozenset(out)


def _glued_join(text: str, start: int, end: int) -> int:
    """Where a short label glued to the sentence after it ends, or 0.

    Asked only of a line that ``_JOIN_GATE`` finds a join in (the caller
    searches). "Council ChamberWe met on Monday to discuss the budget." -> after
    "Chamber": the label has eight words or fewer, no stop, comma or
    quotation mark, and does not end in a function word or a verb of saying;
    a label of several words glued to a lower-case word goes on with a word
    that opens sentences. The sentence after it has four words or more and
    ends in a stop.
    """
    m = _JOIN.search(text, start, min(end, start + _JOIN_REACH + _JOIN_AHEAD))
    if m is None or m.end() > start + _JOIN_REACH:
        return 0
    j = m.end()
    label = text[start:j]
    words = label.split()
    if len(words) > _JOIN_LABEL_WORDS or _NOT_IN_LABEL.search(label):
        return 0
    if m.group("next") and len(words) > 1 and m.group("next") not in _JOIN_OPENING:
        return 0  # "Officials tweetedHakim Smith's ...": a link glued in
    if words[-1].lower() in _join_stop_words():
        return 0  # "... reportedThe ...", "according toThe Guardian ..."
    rest = text[j:end].rstrip(CLOSERS + " \t\u00a0")
    if rest[-1:] not in _JOIN_ENDS or len(rest.split()) < _JOIN_SENTENCE_WORDS:
        return 0
    return j


def _chrome_after(
    text: str, start: int, end: int, *, most: int = _CHROME_AFTER_DATE
) -> bool:
    """Whether ``text[start:end]`` is ``most`` words or fewer without a stop."""
    rest = text[start:end]
    return len(rest.split()) <= most and not any(c in rest for c in STOPS)


def cut_glued_labels(
    text: str, start: int, end: int, *, inline: bool = True
) -> list[tuple[int, int, str | None]]:
    """Cut a line where extraction glued a boilerplate label to the body.

    ``inline=False`` skips the search for ad labels and picture credits
    between sentences, for a text that ``may_hold_inline_label`` rules out
    as a whole.

    Returns ``(start, end, rule)`` parts; ``rule`` is set for a glued label.
    """
    tables = _tables()
    out: list[tuple[int, int, str | None]] = []
    a = start
    m = _GLUED_DATE.match(text, a, end)
    if m is None and text.startswith(("U", "P"), a):
        m = _GLUED_STAMP.match(text, a, end)
    if m and _chrome_after(text, m.end(), end):
        out.append((a, end, "boilerplate:dateline"))
        return out
    if m:
        d = m.end()
        while text[d - 1] in " \t\u00a0|":
            d -= 1
        out.append((a, d, "boilerplate:dateline"))
        a = m.end()
    elif text.startswith("By", a):
        m = _GLUED_BYLINE.match(text, a, end)
        if m:
            out.append((a, _trim_end(text, m.end()), "boilerplate:byline"))
            a = m.end()
    elif text.startswith(("Photo", "Image", "Picture", "Credit"), a):
        m = _GLUED_CREDIT.match(text, a, end)
        if m:  # "Photo: Jane Roe The council ..."
            out.append((a, _trim_end(text, m.end()), "boilerplate:caption"))
            a = m.end()
    else:
        a = _cut_head_byline(text, a, end, out)
    if text.startswith("Share", a):
        m = _GLUED_SHARE.match(text, a, end)
        if m:  # "Share this article The minister said ..."
            out.append((a, m.end(), "boilerplate:share"))
            a = m.end()
            while a < end and text[a].isspace():
                a += 1
    j = (
        _glued_join(text, a, end)
        # Most lines have no capital glued to a lower-case letter near
        # their start: one search in C, no call.
        if end - a >= _JOIN_LEAST
        and _JOIN_GATE.search(text, a + 1, min(end, a + _JOIN_REACH))
        else 0
    )
    if j:  # "Council ChamberWe met on Monday ..."
        out.append((a, j, "boilerplate:headline"))
        a = j
    while a < end:
        m = tables.glued_marker.match(text, a, end)
        if m and _chrome_after(text, m.end(), end, most=_TEASER_WORDS):
            # "Read MoreStorm Closes Pier": a label glued to a linked
            # headline, chrome to chrome, stays one (annotation notes, 25).
            out.append((a, end, "boilerplate:" + tables.line_kind(m.group())))
            return out
        if m:  # "AdvertisementThe minister said ..."
            out.append((a, m.end(), "boilerplate:" + tables.line_kind(m.group())))
            a = m.end()
            continue
        m = tables.prefix.match(text, a, end)
        if (
            m
            and tables.prefix_kind(m.group()) == "related"
            or _site_teaser(text, a, end)
        ):
            # Judgement call 3: "Also on example.com ... runoffOn the other hand" is
            # cut at the join; the teaser before it is boilerplate.
            g = _GLUE.search(text, a, end)
            if g:
                out.append((a, g.end(), "boilerplate:related"))
                a = g.end()
                continue
        break
    if inline and a < end and may_hold_inline_label(text, a, end):
        a = _cut_inline_labels(text, a, end, out)
    tail = _read_more_tail(text, a, end)
    if a < tail:
        out.append((a, tail, None))
    if tail < end:
        out.append((tail, end, "boilerplate:nav"))
    return out


# A "read more" link left at the end of a teaser's last line: "... of the
# world. read>>", "... the United States, (Read more)", "... injuriesContinue
# Reading", "... eight...Read More \u00bb" (annotation notes, decisions 25 and
# 26: glued chrome is cut at the join). A "[\u2026]" after a teaser's full
# stop is stray link text too (decision 57); after a word it marks the cut of
# a truncated teaser and stays (decision 28).
_READ_MORE_TAIL = re.compile(
    r"(?:(?<=[.,;:!?\u2026\"'\u201d\u2019)])[ \t\u00a0]*+"
    r"(?:\((?i:read more)\)|(?i:read more)(?:[ \t\u00a0]+(?i:read more))*+"
    r"(?:[ \t\u00a0]*+[\u00bb\u203a])?|(?i:read|more)[ \t\u00a0]*>>"
    r"|(?i:continue reading))"
    r"|(?<=[.!?\"\u201d])[ \t\u00a0]++\[(?:\u2026|\.\.\.)\]"
    r"|(?<=[a-z\u00df-\u00f6\u00f8-\u00ff\u2019])"
    r"(?:Continue Reading|Read More)(?:[ \t\u00a0]*+[\u00bb\u203a])?)"
    r"[ \t\u00a0]*+$"
)
_TAIL_REACH = 32  # characters looked at for a "read more" tail


def _read_more_tail(text: str, start: int, end: int) -> int:
    """Where a "read more" link at the end of ``text[start:end]`` starts, or ``end``."""
    floor = max(start, end - _TAIL_REACH)
    tail = text[floor:end]
    if not (">>" in tail or "ore" in tail or "eading" in tail or "]" in tail):
        return end  # the same test as ``any`` over the four, without a generator
    m = _READ_MORE_TAIL.search(text, floor, end)
    if m is None or not _HAS_LETTER.search(text, start, m.start()):
        return end  # a line that is the link alone is flagged as a whole
    k = m.start()
    while k < end and text[k].isspace():
        k += 1
    return k


# An advertisement's label left between two sentences of a paragraph by
# extraction: "... the storm. Advertisement Repairs are ...". Only labels that
# never open a body sentence, followed by a capital. And a picture's credit
# run into the next sentence: "... on Monday. Jane Roe / Getty Images file
# The council ...", with the agency named.
_INLINE = re.compile(
    r"(?:(?P<ad>ADVERTISEMENT|Advertisement|(?:Story|Article)[ \t\u00a0]continues"
    r"[ \t\u00a0]below(?:[ \t\u00a0](?:this[ \t\u00a0])?(?:advertisement|ad))?)"
    r"|(?P<caption>(?:\((?:Photo|Image)s?[ \t\u00a0]by[ \t\u00a0][^()\n]{1,60}\)"
    r"[ \t\u00a0]++)?(?:[A-Z][\w.'\u2019-]*+[ \t\u00a0]){1,3}+/[ \t\u00a0]"
    r"(?:Getty[ \t\u00a0]Images|AP(?:[ \t\u00a0]Photo)?|Reuters|AFP|EPA(?:-EFE)?|"
    r"Bloomberg|Shutterstock|Alamy|Sipa[ \t\u00a0]USA|Redux|Pool|NurPhoto|Xinhua|TNS)"
    r"(?:[ \t\u00a0](?:file|File|FILE))?))"
    r"(?=[ \t\u00a0]++[A-Z\"\u201c])"
)
_ENDS_SENTENCE = ".!?\u2026\"'\u201d\u2019)"


def may_hold_inline_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold an ``_INLINE`` label (a cheap test)."""
    return (
        text.find("dvertis", start, end) >= 0
        or text.find("DVERTIS", start, end) >= 0
        or text.find("ontinues below", start, end) >= 0
        or text.find("/ ", start, end) >= 0
    )


def _cut_inline_labels(
    text: str, start: int, end: int, out: list[tuple[int, int, str | None]]
) -> int:
    """Cut the ad labels and credits of ``text[start:end]`` between sentences.

    Appends the parts before each label and the label itself to ``out``;
    returns where the rest of the line starts.
    """
    a = pos = start
    while (m := _INLINE.search(text, pos, end)) is not None:
        b = m.start()
        before = text[start:b].rstrip()
        if before and (before[-1] not in _ENDS_SENTENCE or len(before) == b - start):
            # Inside a sentence: "the Advertisement Standards Board"; inside
            # a word ("N.H. Jane Roe /" is no credit of "H. Jane Roe"); or a
            # sentence's last word taken for a name ("Monday. Jane Roe /").
            pos = b + 1
            continue
        if b > a:
            out.append((a, b, None))
        out.append((b, m.end(), f"boilerplate:{m.lastgroup}"))
        a = pos = m.end()
    return a


def boilerplate_rules(text: str, pieces: list[Piece]) -> list[str | None]:
    """Why each piece of ``text`` is boilerplate (``"boilerplate:<why>"``), or None.

    Args:
        text: The raw document.
        pieces: Its sentences, from ``split_pieces(text, cut_glued_labels)``.

    Returns:
        One rule or None per piece, in order.
    """
    shapes = [_shape(text[p.start : p.end]) for p in pieces]
    rules = _phrase_rules(text, pieces, shapes)
    laid_out, prose = _punctuated_prose(text, pieces, shapes)
    _line_rules(text, pieces, shapes, rules, prose=laid_out)
    body = _head_rules(text, pieces, shapes, rules)
    if body is not None:
        listing = prose or _is_listing(text, pieces, shapes)
        _body_rules(text, pieces, shapes, rules, body, prose=prose, listing=listing)
        _between_chrome(pieces, shapes, rules, body)
    _names_by_dates(text, pieces, shapes, rules)
    _closing_bio(text, pieces, shapes, rules)
    _about_block(text, pieces, shapes, rules)
    _signed_paragraphs(text, pieces, shapes, rules)
    return rules


# A person's name alone on its line: "Jane Roe", "Sam J. Field".
_NAME_LINE = re.compile(
    r"[A-Z][a-z'\u2019-]++(?:[ \t\u00a0](?:[A-Z]\.|[A-Z][a-z'\u2019-]++)){1,3}+"
)


_MONTH_WORD = re.compile(rf"(?<![A-Za-z]){_MONTH}(?![a-z])")


def _is_date_line(text: str, p: Piece, rule: str | None) -> bool:
    """Whether flagged line ``p`` is a date or time stamp ("Wed 4 Jun 2024")."""
    if rule == "boilerplate:dateline":
        return True
    raw = text[p.start : p.end]
    # Few lines name a month: that search, in C, rules out most before the
    # scan for a digit.
    return _MONTH_WORD.search(raw) is not None and any(c.isdigit() for c in raw)


def _names_by_dates(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag a name alone on its line above or below a time stamp: a byline.

    "Jane Roe" / "Wed 4 Jun 2024 10.32 BST": a live page or a wire copy
    prints its author without "By" beside the date line (a name the layout
    rules took for a label too). A name in a list of names has no date line
    beside it.
    """
    for k, rule in enumerate(rules):
        if (
            rule is None
            or not pieces[k].whole_line
            or not _is_date_line(text, pieces[k], rule)
        ):
            continue
        for i in (k - 1, k + 1):
            if not 0 <= i < len(pieces):
                continue
            p, shape = pieces[i], shapes[i]
            if (
                rules[i] in (None, "boilerplate:caption")
                and p.whole_line
                and abs(pieces[k].line - p.line) == 1
                and 2 <= shape.words <= 4
                and shape.last not in STOPS
                and _NAME_LINE.fullmatch(text, p.start, p.end)
            ):
                rules[i] = "boilerplate:byline"


# Who the writer is, said at the foot of an opinion piece or letter: "Jane
# Roe is a professor of history at ...", "Jane Roe (@janeroe) writes about
# ...", "Jane Roe, a retired teacher, lives in ...".
_CLOSING_BIO = re.compile(
    # "The writer is a retired pilot.": an opinion page's note on its author.
    r"The[ \t\u00a0](?:writer|author)s?+[ \t\u00a0]"
    r"(?:(?:is|are)[ \t\u00a0](?:a|an|the)|lives[ \t\u00a0]in|teaches[ \t\u00a0]at)"
    r"[ \t\u00a0]"
    r"|[A-Z][a-z'\u2019-]++(?:[ \t\u00a0](?:[A-Z]\.|[A-Z][a-z'\u2019-]++)){1,3}+"
    r"(?:[ \t\u00a0]\(@\w++\))?+"
    r"(?:[ \t\u00a0]is[ \t\u00a0](?:a|an|the)[ \t\u00a0]"
    r"|[ \t\u00a0](?:writes|reports)[ \t\u00a0](?:about|on|for|a)[ \t\u00a0]"
    r"|,[ \t\u00a0](?:a|an|the)[ \t\u00a0][^,.!?]{1,60}+,[ \t\u00a0]"
    r"(?:lives|works|teaches)[ \t\u00a0](?:in|on|near)[ \t\u00a0])"
)
_CLOSING_BIO_WORDS = 40


def _closing_bio(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag the writer's bio that ends the piece: a byline.

    The last sentence left in the body, on a line of its own, that tells
    who a named person is ("Jane Roe is a professor of history at ...") is
    the bio an opinion piece or letter ends with; further up the same words
    bring a source into the story.
    """
    last = next((i for i in range(len(pieces) - 1, -1, -1) if rules[i] is None), -1)
    if last < 1 or shapes[last].words > _CLOSING_BIO_WORDS:
        return
    p = pieces[last]
    if (
        p.whole_line
        and shapes[last].last in ".!"
        and any(r is None for r in rules[:last])
        and _CLOSING_BIO.match(text, p.start, p.end)
    ):
        rules[last] = "boilerplate:byline"


# A contributor's name signing the paragraph it wrote: "... on Monday. Jane
# Roe.", "... expectations. Sam Field Jr."
_SIGNATURE = re.compile(
    r"[A-Z][a-z'\u2019-]++(?:[ \t\u00a0](?:[A-Z]\.|[A-Z][a-z'\u2019-]++)){1,2}+"
    r"(?:[ \t\u00a0](?:Jr|Sr)\.?)?+\.?"
)
_SIGNED = 2  # paragraphs signed so in a text, at least


def _signed_paragraphs(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag the contributors' names that sign a briefing's paragraphs: bylines.

    A briefing of several writers ends each item with its writer's name,
    run into the paragraph ("... beat expectations. Jane Roe."). A name
    alone after a full stop at the end of a line is such a signature when
    the text has at least two of them; one may be an answer ("The winner.
    Jane Roe.").
    """
    found = []
    for i in range(1, len(pieces)):
        p = pieces[i]
        if (
            rules[i] is None
            and not p.whole_line
            and pieces[i - 1].line == p.line
            and 2 <= shapes[i].words <= 4
            and shapes[i - 1].last == "."
            and (i + 1 == len(pieces) or pieces[i + 1].line != p.line)
            and _SIGNATURE.fullmatch(text, p.start, p.end)
        ):
            found.append(i)
    if len(found) >= _SIGNED:
        for i in found:
            rules[i] = "boilerplate:byline"


# A release's standing paragraph under its heading: "About the Harbour
# Trust", "ABOUT EXAMPLE CORP", "About Example Corp.:".
_ABOUT = re.compile(
    r"(?:About|ABOUT)[ \t\u00a0]++(?:(?:the|THE)[ \t\u00a0]++)?+"
    r"([A-Z][\w&.'\u2019-]*+(?:[ \t\u00a0]++(?:[A-Z&][\w&.'\u2019-]*+"
    r"|of|for|and|OF|FOR|AND)){0,8}+)[ \t\u00a0]*+:?+"
)
_ABOUT_WORDS = 150  # words in the standing paragraphs under such a heading, at most


def _about_block(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag a release's standing paragraph under an "About <name>" heading.

    "About the Harbour Trust" / "The Harbour Trust is a charity founded in
    1952. ...": a press release ends with the same description of its
    issuer every time (annotation notes, decision 26: a release's standing
    closing paragraph). The paragraph must name what the heading names, in
    capitals ("About the Study" / "The study enrolled ..." is a section of
    the story), and runs on to the first line without a final stop (a
    contact label) or to other furniture.
    """
    for i, p in enumerate(pieces[:-1]):
        if not (
            rules[i] is not None
            and p.whole_line
            and shapes[i].words <= 10
            and text.startswith(("About", "ABOUT"), p.start)
        ):
            continue
        m = _ABOUT.fullmatch(text, p.start, p.end)
        if m is None or rules[i + 1] is not None:
            continue
        first = text[pieces[i + 1].start : pieces[i + 1].end]
        k = first.lower().find(m.group(1).lower())
        if k < 0 or not first[k].isupper():
            continue
        n = 0
        for j in range(i + 1, len(pieces)):
            n += shapes[j].words
            if rules[j] is not None or shapes[j].last not in ".!" or n > _ABOUT_WORDS:
                break
            rules[j] = "boilerplate:footer"


_LISTING_ITEMS = 3  # headlines over a summary that make a text a listing, at least
_SUMMARY_WORDS = 12  # words in a summary paragraph under its headline, at least
# A summary ends in a stop, or in an ellipsis where a listing cut it short
# ("... the council said… »").
_SUMMARY_ENDS = ".!?\u2026"


def _is_listing(text: str, pieces: list[Piece], shapes: list[_Shape]) -> bool:
    """Whether the text is a listing: story headlines, each over its summary.

    A section or tag page lists stories as a headline on a line of its own,
    without a final stop, over a paragraph that ends in one. Three such
    pairs, and no more paragraphs run on without a headline between them
    than there are pairs, make the text a listing even when its many
    headlines keep it from counting as punctuated prose
    (``_punctuated_prose``); a list of sentences one a line is not one.
    """
    items = runs = 0  # headline-summary pairs; summaries run on without one
    summary = False  # whether the line before was a summary
    i = 0
    n = len(pieces)
    while i < n - 1:
        p, shape = pieces[i], shapes[i]
        if (
            p.whole_line
            and 3 <= shape.words <= _PASTED
            and shape.last not in STOPS
            and not _is_cut_off(shape)
            and pieces[i + 1].line > p.line
        ):
            j = i + 1
            words = 0
            while j < n and pieces[j].line == pieces[i + 1].line:
                words += shapes[j].words
                j += 1
            summary = False
            if words >= _SUMMARY_WORDS and shapes[j - 1].last in _SUMMARY_ENDS:
                items += 1
                i = j
            else:
                i += 1
            continue
        j = i + 1
        while j < n and pieces[j].line == p.line:
            j += 1
        ended = shapes[j - 1].last in _SUMMARY_ENDS
        runs += summary and ended
        summary = ended
        i = j
    return items >= _LISTING_ITEMS and runs <= items


_BETWEEN_WORDS = 25  # words in a line between two lines of chrome, at most


def _between_chrome(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None], body: int
) -> None:
    """Flag a short line without a final stop between page chrome and a date.

    "Media Files:" / "Storm closes coastal road" / "Tue, 24 Apr 2018 16:20":
    a listed story's headline above its time stamp. A body paragraph ends in
    a stop, and a summary under a dated link ("May 3, 2019 - Agency ...")
    has no date under it.
    """
    for i in range(max(body, 1), len(pieces) - 1):
        p, shape = pieces[i], shapes[i]
        if (
            rules[i] is None
            and p.whole_line
            and rules[i - 1] is not None
            and rules[i + 1] == "boilerplate:dateline"
            and pieces[i - 1].line < p.line < pieces[i + 1].line
            and shape.words <= _BETWEEN_WORDS
            and shape.last not in ".!\u2026"
            and not _is_cut_off(shape)
            and not shape.first.islower()
        ):
            rules[i] = "boilerplate:related"


_WORD_IN_PARAGRAPH = 2  # words in a label-like sentence that prose encloses, at most
_PROSE_WORDS = 4  # words in each sentence that encloses it, at least


def _inside_paragraph(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None], i: int
) -> bool:
    """Whether a word or two that a list flags sits between prose on its line.

    "... are academic elitists. Comment? No? I'm not surprised. ...": a
    quoted post or a speech asks "Comment?" in mid-paragraph; a page's
    button label stands on its own line or among other labels. Labels cut
    off by extraction (``Piece.rule``) are not judged here.
    """
    p, before, after = pieces[i], pieces[i - 1], pieces[i + 1]
    if p.rule is not None or shapes[i].words > _WORD_IN_PARAGRAPH:
        return False
    if before.line != p.line or after.line != p.line:
        return False
    return all(
        rules[k] is None and shapes[k].words >= _PROSE_WORDS and shapes[k].last in ".!?"
        for k in (i - 1, i + 1)
    ) or _between_prose(pieces, shapes, rules, i)


def _between_prose(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None], i: int
) -> bool:
    """Whether the nearest prose on each side of ``i``, on its line, is unflagged.

    Short sentences between ("Comment? No?") are skipped over.
    """
    line = pieces[i].line
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(pieces) and pieces[k].line == line:
            if shapes[k].words >= _PROSE_WORDS:
                break
            k += step
        else:
            return False
        if rules[k] is not None or shapes[k].last not in ".!?":
            return False
    return True


def _phrase_rules(
    text: str, pieces: list[Piece], shapes: list[_Shape]
) -> list[str | None]:
    """The rules the phrase lists give each piece, captions run to line end."""
    rules: list[str | None] = []
    for p, shape in zip(pieces, shapes, strict=True):
        if p.rule is not None:
            rules.append(p.rule)
            continue
        why = _lexicon_rule(text, p, shape)
        rules.append(None if why is None else "boilerplate:" + why)
    for i in range(1, len(pieces) - 1):
        if rules[i] is not None and _inside_paragraph(pieces, shapes, rules, i):
            rules[i] = None

    # A caption goes on to the end of its line: "FILE PHOTO: ... 2018. REUTERS/...".
    # A credit ends its caption, which is the sentence before it or the
    # sentences before it on the line (``_caption_run``); the body goes on
    # after it.
    credit = [False] * len(pieces)
    if pieces and rules[0] == "boilerplate:caption":
        credit[0] = _date_closes(text, pieces[0])
    for i in range(1, len(pieces)):
        if (
            rules[i] is None
            and text.startswith("Courtesy", pieces[i].start)
            and shapes[i].words <= _COURTESY_WORDS
            and (i + 1 == len(pieces) or pieces[i + 1].line != pieces[i].line)
            and _COURTESY.fullmatch(text, pieces[i].start, pieces[i].end)
        ):
            # "Jane Roe with her daughter. Courtesy Jane Roe": a credit that
            # ends the caption's line (alone on a line, ``_shape_rule``).
            rules[i] = "boilerplate:caption"
        if rules[i] == "boilerplate:caption":
            credit[i] = (
                pieces[i].rule == "boilerplate:caption"
                or _is_credit(text[pieces[i].start : pieces[i].end], shapes[i].words)
                or _date_closes(text, pieces[i])
            )
        if pieces[i].line != pieces[i - 1].line:
            continue
        if (
            rules[i] is None
            and rules[i - 1] == "boilerplate:caption"
            and pieces[i - 1].rule is None
            and not credit[i - 1]
        ):
            rules[i] = "boilerplate:caption"
        elif rules[i - 1] is None and credit[i]:
            _caption_run(pieces, shapes, rules, credit, i)
    return rules


_CAPTION_RUN = 100  # words in the sentences a credit closes, at most


def _date_closes(text: str, p: Piece) -> bool:
    """Whether caption ``p`` ends in the day its photo was taken.

    The date closes the caption as a credit does: "Fans wave flags in
    Springfield, Ill., Friday, May 3, 2019. The council met ..." goes on
    with the body.
    """
    b = p.end
    return (
        text[b - 1] == "."
        and text[b - 2].isdigit()
        and _DATED_CAPTION.search(text, max(p.start, b - 40), b) is not None
    )


def _caption_run(
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    credit: list[bool],
    i: int,
) -> None:
    """Flag the caption that credit ``i`` closes.

    A news photo's caption may run to several sentences before its credit
    ("Rescuers search the river, May 3. The boat sank on Friday. (Navy photo
    by Jane Roe)"). When the credit ends its line, the sentences back to the
    start of the line, or to other furniture before them, are captions, a
    credit between them closing one caption and opening the next, as long
    as each caption is short. Otherwise (a caption glued into a body
    paragraph, or a long paragraph before the credit) only the sentence
    before the credit is.
    """
    line = pieces[i].line
    first = i
    if i + 1 == len(pieces) or pieces[i + 1].line != line:
        j, n = i - 1, 0
        while j >= 0 and pieces[j].line == line:
            if credit[j]:
                first, n = j, 0
            elif rules[j] is None or rules[j] == "boilerplate:caption":
                n += shapes[j].words
                if n > _CAPTION_RUN:
                    break
            else:
                first = j + 1
                break
            j -= 1
        else:
            first = j + 1
    if first == i and shapes[i - 1].words <= _CAPTION_WORDS:
        first = i - 1
    for k in range(first, i):
        if rules[k] is None:
            rules[k] = "boilerplate:caption"


_OPEN_PROSE = 10  # words in a line of prose that lost its final stop, at least
_OPEN_LINES = 3  # such lines on a page whose paragraphs end without stops, at least


def _open_prose(shape: _Shape) -> bool:
    """Whether a line reads as a sentence that ends without a stop."""
    return (
        shape.words >= _OPEN_PROSE
        and not shape.title_case
        and shape.last not in STOPS
        and not _is_cut_off(shape)
        and shape.first.isupper()
    )


def _unpunctuated_page(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> bool:
    """Whether the page's paragraphs end without stops, as some CMS exports do.

    At least three unflagged whole lines read as sentences without a final
    stop ("Sarah and Mike Dunn spent two summers building their home"), and
    no more long lines end in one.
    """
    open_ = ended = 0
    for p, shape, rule in zip(pieces, shapes, rules, strict=True):
        if rule is None and p.whole_line and shape.words >= _OPEN_PROSE:
            if shape.last in ".!?":
                ended += 1
            elif _open_prose(shape):
                open_ += 1
    return open_ >= _OPEN_LINES and open_ >= ended


def _first_body(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None], start: int
) -> int | None:
    first = next(
        (
            i
            for i in range(start, len(pieces))
            if rules[i] is None and _is_body_like(pieces[i], shapes[i])
        ),
        None,
    )
    if first is None or first - start <= _HEAD_LINES:
        return first
    if not _unpunctuated_page(pieces, shapes, rules):
        return first
    # On a page whose paragraphs lost their stops, the first line of prose
    # below the headline and its dek opens the body.
    return next(
        (
            i
            for i in range(start + 1, first)
            if rules[i] is None and pieces[i].whole_line and _open_prose(shapes[i])
        ),
        first,
    )


_STANDFIRST_WORDS = 5  # words in a standfirst, at least
_ARTICLES = frozenset({"a", "an", "the"})


def _is_standfirst(
    text: str, pieces: list[Piece], shapes: list[_Shape], i: int
) -> bool:
    """Whether the last line ``i`` of a headline block is its standfirst, body.

    "Council Backs Plan" / "The council has backed a plan to rebuild the
    harbour wall." / first paragraph: the sentence under a headline that
    sums the story up is written as prose (annotation notes, decision 28: a
    standfirst is body): a whole line under another of the block, of five
    words or more, that ends in a full stop or an exclamation mark, opens
    with a capital, has mostly lower-case words and an article, unlike a
    headline in title case or a dek in headlinese ("Board cites lack of
    funds."). A caption printed twice (an image's alt text, then its
    caption) is none.
    """
    p, shape = pieces[i], shapes[i]
    if not (
        i > 0
        and p.whole_line
        and shape.words >= _STANDFIRST_WORDS
        and shape.last in ".!"
        and not shape.title_case
        and not shape.upper
        and shape.first.isupper()
    ):
        return False
    words = _WORD.findall(text, p.start, p.end)
    if 2 * sum(1 for w in words if w[0].isupper()) >= len(words):
        return False
    if _ARTICLES.isdisjoint(w.lower() for w in words):
        return False  # headlinese drops them: "Board cites lack of funds."
    return _keys(text[p.start : p.end]) != _keys(
        text[pieces[i - 1].start : pieces[i - 1].end]
    )


def _head_rules(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> int | None:
    """Flag the headline block and what stands above the body; return its start."""
    # A headline block (headline, dek) set off from the first paragraph.
    top = _header_block(text, pieces, shapes, rules) if pieces else 0
    standfirst = (
        top > 0
        and rules[top - 1] is None
        and _is_standfirst(text, pieces, shapes, top - 1)
    )
    if standfirst:
        top -= 1  # the block's last line sums the story up: body
    for i in range(top):
        if rules[i] is None and text[pieces[i].start] not in _LIST_BULLETS:
            rules[i] = "boilerplate:headline"
    # The masthead, headline and alt text above the first body sentence.
    body = _first_body(pieces, shapes, rules, top)
    if (
        body is not None
        and not standfirst
        and _stop_headline(text, pieces, shapes, body)
    ):
        # "Flynn says Trump 'absolutely right'." above a lede that restates it.
        rules[body] = "boilerplate:headline"
        body = _first_body(pieces, shapes, rules, body + 1)
    if body is not None:
        lede = _is_lede(text, pieces, shapes, rules, body)
        opens = _short_opening(text, pieces, shapes, rules, body)
        for i in range(opens):
            if (
                rules[i] is None
                and not lede
                and shapes[i].words <= 25
                and not _is_cut_off(shapes[i])
                and not _is_speaker_turn(text, pieces[i], shapes[i])
                and not _ON_AIR.match(text, pieces[i].start, pieces[i].end)
                and text[pieces[i].start] not in _LIST_BULLETS
                and not _opens_paragraph(text, pieces, shapes, i, body)
                # A headline has its line to itself: "MS ROE: Good morning,
                # everyone. Thanks for coming." goes on as its first turn did.
                and not (
                    i and pieces[i - 1].line == pieces[i].line and rules[i - 1] is None
                )
            ):
                rules[i] = "boilerplate:headline"
    return body


def _opens_paragraph(
    text: str, pieces: list[Piece], shapes: list[_Shape], i: int, body: int
) -> bool:
    """Whether sentence ``i`` runs on into the first body sentence on its line.

    "It's Regatta Day in the Bay. Crews from eleven clubs ...": a sentence
    of six words or more in title case that ends in a stop and runs on into
    the body paragraph opens it; a headline stands on its own line. So does
    a shorter one in sentence case that opens its line and speaks in the
    first or second person, as a speech or a letter opens ("We live in busy
    times. For one in six ..."); other short ones are left to the headline
    rules, as ``_is_body_like`` leaves them.
    """
    return (
        i + 1 == body
        and pieces[body].line == pieces[i].line
        and shapes[i].last in ".!?"
        and (
            shapes[i].words >= 6
            # "We live in busy times. For one in six ...": a short opening
            # in sentence case leads into the paragraph it shares a line with.
            or shapes[i].words >= 3
            and not shapes[i].title_case
            and not shapes[i].upper
            # It opens its line: on a page flattened to one line, what
            # follows other sentences need not be the paragraph's opening.
            and (i == 0 or pieces[i - 1].line != pieces[i].line)
            and not _PERSONS.isdisjoint(
                w.lower() for w in _WORD.findall(text, pieces[i].start, pieces[i].end)
            )
        )
    )


# First and second person words: a speaker or writer addressing the reader.
_PERSONS = frozenset("i me my we us our you your".split())


# An item of a bulleted list (a fact box's dated events) is no headline
# (annotation notes, decision 28).
_LIST_BULLETS = "\u2022\u25aa\u25cf"

# A broadcast's spoken opening, as a transcript prints it ("This is the evening
# report.", "I'm Ann Lee.", "From City Radio, this is the news."): the
# programme announcing itself, body (annotation notes, decision 27), where a
# headline would name the story.
_ON_AIR = re.compile(
    r"(?:From [^,\n]{1,40}, )?(?:[Tt]his is|I['\u2019]m|I am|Welcome to)[ \t]"
)


_OPENING_WORDS = 10  # words in a short sentence that opens the body, at most
# The page furniture under a headline that ends the page's header: a byline,
# a date, a share bar, a letter's salutation or a speaker's label (what
# follows it is the letter or the speech).
_HEADER_ENDS = frozenset(
    "boilerplate:" + k
    for k in ("byline", "dateline", "share", "nav", "caption", "label")
)


def _short_opening(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    body: int,
) -> int:
    """Where the body starts once short sentences that open it are counted.

    Short sentences that end in a full stop, below the byline, date or share
    bar, and standing right above the first body sentence open the story
    ("It was over in minutes."): a headline or dek stands above the byline.
    Under a headline they open it too when they lean on earlier text or
    tell the news in the past ("It was over.", "We had waited."), which a
    dek does not. So does a sentence that opens with a dateline, and what
    follows it. Returns ``body`` when there are none.
    """
    for j in range(body):
        if (
            rules[j] is None
            and shapes[j].last in ".!?"
            and _DATELINE.match(text, pieces[j].start, pieces[j].end)
        ):
            return j  # "HOUSTON \u2014 It was late.": a dateline opens the story
    k = body
    while k > 0:
        shape = shapes[k - 1]
        if (
            rules[k - 1] is not None
            or shape.last not in ".!"
            or not 2 <= shape.words <= _OPENING_WORDS
            or shape.title_case
            or shape.upper
            or not (shape.first.isupper() or shape.first in OPENERS)
        ):
            break
        k -= 1
    if k == body or k == 0:
        return body
    if rules[k - 1] in _HEADER_ENDS:
        return k
    if all(
        _reads_as_body(text[pieces[j].start : pieces[j].end], shapes[j])
        for j in range(k, body)
    ):
        return k
    return body


# A speaker's label opening a turn of a transcript: "MS ROE: Good afternoon."
# The label is in capitals, as transcripts print it; "Please Note: ..." is not.
# A question and its answer labelled "Q." and "A." (or "Q" alone, as briefing
# transcripts print it) are turns too.
_SPEAKER = re.compile(
    r"(?:(?:[A-Z][A-Z.'\u2019-]*+[ \t\u00a0]){0,5}+[A-Z][A-Z.'\u2019-]*+:"
    r"|[QA]\.?)[ \t\u00a0]++[A-Z\"\u201c]"
)
# A transcript's label with the speaker's office after a comma: "ANN LEE,
# MAYOR:", "TOM HILL, MINISTER FOR TRANSPORT:".
_TITLED_SPEAKER = re.compile(
    r"(?:[A-Z][A-Z.'\u2019-]*+[ \t\u00a0]){0,3}+[A-Z][A-Z.'\u2019-]*+,"
    r"(?:[ \t\u00a0]++[A-Z][A-Z.'\u2019-]*+){1,5}+:[ \t\u00a0]++[A-Z\"\u201c]"
)
# A speaker's greeting that opens a transcript: "Good afternoon, everyone.",
# "My fellow citizens.", "Ladies and gentlemen!", "Thank you, Dr. Lee." (a
# full stop inside it is an abbreviation's: the greeting is one sentence).
_GREETING = re.compile(
    r"(?:Good[ \t\u00a0](?:morning|afternoon|evening|day)|Hello|Hi"
    r"|Thank[ \t\u00a0]you|Thanks"
    r"|Ladies[ \t\u00a0]and[ \t\u00a0]gentlemen)\b[^!?]{0,40}[.!]"
    # An address to the listeners, a few words alone: "Fellow Americans!"
    r"|(?:My[ \t\u00a0](?:dear[ \t\u00a0])?)?[Ff]ellow"
    r"(?:[ \t\u00a0][\w'\u2019-]+){1,3}[.!]"
)
# A speaker's label in title case before the greeting that opens the
# transcript: "Mayor of Springfield Ann Lee: Good afternoon."
_GREETING_LABEL = re.compile(
    r"(?:[A-Z][\w.'\u2019-]*+[ \t\u00a0]++(?:(?:of|the|and|for)[ \t\u00a0]++)*+)"
    r"{0,8}+[A-Z][\w.'\u2019-]*+:[ \t\u00a0]++"
)
_LABELLED_GREETING_WORDS = 20  # words in such a line, at most
_QUESTION_LABELS = ("Q:", "Q.", "Q ", "Q\t")
# A clock time that opens an entry of a live log or blog, then its sentence.
_TIMED_ENTRY = re.compile(
    r"\d{1,2}[:.]\d{2}[ \t\u00a0]*+(?:[ap]\.m\.|[AaPp][Mm]\b)?+"
    r"(?:[ \t\u00a0]++[A-Z]{2,4}\b)?+[ \t\u00a0:\u2013\u2014-]++[A-Z\"\u201c][a-z\s]"
)


def _is_speaker_turn(text: str, p: Piece, shape: _Shape) -> bool:
    """Whether ``p`` opens a line with a speaker's label and a sentence.

    A transcript's first turn ("MS ROE: Good afternoon.") is body, however
    short; a headline with a colon does not end in a full stop. An
    interviewer's question ("Q: Why did you run?") is a turn too, a
    greeting alone on its line ("Good morning.") opens the speaker's first
    turn, and a live log's entry opens with its time ("7:18 p.m. The Senate
    adjourned."). A label that names the speaker's office after a comma
    ("ANN LEE, MAYOR: Ready to go?") opens a turn, a question too.
    """
    if p.whole_line and _GREETING.fullmatch(text, p.start, p.end):
        return True  # "Good morning." alone on its line: the speaker's first words
    if (
        p.whole_line
        and shape.words <= _LABELLED_GREETING_WORDS
        and text.find(":", p.start, p.end) >= 0
    ):
        m = _GREETING_LABEL.match(text, p.start, p.end)
        if m and _GREETING.fullmatch(text, m.end(), p.end):
            return True  # "Mayor of Springfield Ann Lee: Good afternoon."
    if (
        p.whole_line
        and shape.last in ".!?"
        and text[p.start].isdigit()
        and _TIMED_ENTRY.match(text, p.start, p.end)
    ):
        return True  # a live log's entry: "7:18 p.m. The Senate adjourned."
    return (
        (
            shape.last in ".!"
            or shape.last == "?"
            and text.startswith(_QUESTION_LABELS, p.start)
        )
        and (p.whole_line or p.start == 0 or text[p.start - 1] in "\n\r")
        and bool(_SPEAKER.match(text, p.start, p.end))
    ) or (
        shape.last in ".!?"
        and (p.whole_line or p.start == 0 or text[p.start - 1] in "\n\r")
        and bool(_TITLED_SPEAKER.match(text, p.start, p.end))
    )


def _body_rules(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    body: int,
    *,
    prose: bool,
    listing: bool,
) -> None:
    """Flag the footer and the layout furniture from the first body sentence on.

    ``prose``: whether the text is laid out as paragraphs of prose
    (``_punctuated_prose``); ``listing``: whether a standalone line
    without a final stop may be a pasted or listed headline (prose, or a
    listing of stories, ``_is_listing``).
    """
    openers = _tables().footer
    # A footer opener ("Related Articles") starts the page footer only if
    # no long body-like sentence follows it: the rest of the page is
    # short furniture (login forms, link lists).
    tail_ok = [True] * (len(pieces) + 1)
    for i in range(len(pieces) - 1, -1, -1):
        long_body = (
            rules[i] is None and shapes[i].words >= _SHORT and shapes[i].last in ".!?"
        )
        tail_ok[i] = tail_ok[i + 1] and not long_body
    footer = in_list = False
    for i in range(body, len(pieces)):
        r = rules[i]
        p = pieces[i]
        if r is not None:
            if r == "boilerplate:label" and shapes[i].last == ":":
                # A label's list ("Key dates:" / "March 3 - Polls open") is
                # body, as a body lead-in's is.
                in_list = True
            if not footer and tail_ok[i + 1]:
                norm = _normalize(text[p.start : p.end])
                # "More from the Daily Courier" names the site it lists.
                footer = norm in openers or norm.startswith("more from ")
        elif footer and shapes[i].words < _FOOTER_MAX:
            rules[i] = "boilerplate:footer"
        else:
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            if nxt is not None and nxt.line == p.line + 1:
                if text[nxt.start].islower():
                    continue  # a sentence broken across lines goes on
            item = in_list and p.whole_line
            # The items of a list ("The bill would:" / "- raise taxes")
            # are body, up to the first line that ends in a stop.
            why = None if item else _layout_rule(p, shapes[i])
            if why is None and not item and _stop_crosshead(text, pieces, shapes, i):
                why = "crosshead"
            # A whole line without a final stop: a pulled quote, a caption.
            loose = not item and p.whole_line and shapes[i].last not in STOPS
            if (
                why is None
                and loose
                and (
                    _quoted_crosshead(text, p, shapes[i])
                    or _quote_says_head(text, p, shapes[i])
                )
            ):
                why = "crosshead"
            if why == "caption" and (
                not prose
                and not _capitalised_label(text, p)
                or i + 1 == len(pieces)
                and not _closes_chrome(text, pieces, shapes, rules, i)
                or text[p.end - 1] in CLOSERS
                or _reads_as_body(text[p.start : p.end], shapes[i])
            ):
                # Alt text stands between paragraphs of an article; the
                # last line of a text is cut off (judgement call 5), and
                # a line ending in a quote mark or reading as a sentence
                # lost its stop.
                why = None
            if (
                why is None
                and loose
                and (
                    i + 1 < len(pieces)
                    and _pictured_caption(text, p, shapes[i])
                    or _after_caption(pieces, shapes, rules, i)
                )
            ):
                # ... unless it says who is pictured, or is the second
                # caption of a pair.
                why = "caption"
            if (
                why is None
                and not item
                and listing
                and _is_unpunctuated_head(text, pieces, shapes, i)
            ):
                why = "related"
            rules[i] = None if why is None else "boilerplate:" + why
        if rules[i] is None and (i + 1 == len(pieces) or pieces[i + 1].line != p.line):
            last = shapes[i].last
            in_list = last == ":" or in_list and p.whole_line and last not in ".!?"


# Two to four words, each capitalised (small words between them), alone on a
# line: a label, a section's or a gallery's heading, a button ("Total
# Rainfall", "Webcam Images", "Press Releases 2024"), in a laid-out page as
# in prose. The items of a list under a lead-in are left to ``item``.
_CAPITALISED_LABEL = re.compile(
    r"[A-Z][\w'\u2019&-]*+(?:[ \t\u00a0]++(?:(?:of|and|the|for|to|in|on|at|by)"
    r"[ \t\u00a0]++)?+(?:[A-Z][\w'\u2019&-]*+|\d++)){1,3}+"
)


def _capitalised_label(text: str, p: Piece) -> bool:
    """Whether line ``p`` is two to four capitalised words (``_CAPITALISED_LABEL``)."""
    return _CAPITALISED_LABEL.fullmatch(text, p.start, p.end) is not None


_LAST_LABEL = 4  # words in a last line that is a label, not a cut-off sentence
# The layout furniture a list of teasers or labels is made of.
_LAYOUT = frozenset(
    {"boilerplate:caption", "boilerplate:crosshead", "boilerplate:related"}
)


def _closes_chrome(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    i: int,
) -> bool:
    """Whether the text's last line, without a stop, is furniture, not cut off.

    A cut-off sentence (judgement call 5) runs on for more than a few words;
    a label of two to four capitalised words ("Senior Reporter", "Breaking
    News") does not, and neither does the last of a list of teasers whose line above
    is itself a teaser or caption.
    """
    if 2 <= shapes[i].words <= _LAST_LABEL:
        # Every word capitalised: "Senior Reporter", not "Let our" or
        # "However, des" (a text cut mid-word).
        # "While Republicans ..." cut after its second word opens a clause.
        words = _WORD.findall(text, pieces[i].start, pieces[i].end)
        return words[0].lower() not in _FUNCTION and all(
            w[0].isupper() or w in _SMALL for w in words
        )
    return (
        i > 0
        and rules[i - 1] in _LAYOUT
        and pieces[i - 1].whole_line
        and pieces[i - 1].line < pieces[i].line
        and shapes[i - 1].last not in STOPS
    )


# The kinds of furniture whose other sentences on the same line are the same
# furniture: a caption before its credit ("A boat passes the pier. Photo: Jane
# Roe"), a bio before its contact line, the rest of a comment, cookie, login,
# newsletter or share notice, a teaser after "Also read:". A line longer than
# this many words is body with a stray label in it.
_SPREADS = {
    "boilerplate:caption": 40,
    "boilerplate:byline": 60,
    "boilerplate:comments": 80,
    "boilerplate:cookie": 80,
    "boilerplate:login": 80,
    "boilerplate:newsletter": 60,
    "boilerplate:share": 40,
    "boilerplate:related": 30,
}
_SPREAD_PIECE = 25  # words in a sentence that a line-mate's kind may flag
_SPREAD_MOSTLY = 3  # flagged sentences that make a long line furniture, at least
_REPEAT_WORDS = 4  # words in a line that repeats elsewhere in the text, at least
# ... or, when it ends in a stop, this many: short sentences recur in speech
# ("Thank you very much.", "We will not."), long ones only when pasted.
_REPEAT_SENTENCE = 15
# ... and at most: a longer repeated line is the story itself pasted twice.
_REPEAT_MAX = 45
# More distinct lines than this repeating: the story was pasted twice.
_REPEAT_LINES = 3
_TEASER_LABEL = 4  # words in a standalone "Up next" / "Related" label, at most
_TEASER_WORDS = 30  # words in the teaser line under such a label, at most
_TEASER_LINES = 12  # lines in the list of teasers under such a label, at most
_SUMMARY_MAX = 50  # words in a teaser's summary line under its headline, at most
_CAPTION_WORDS = 40  # words in a caption line above its credit line, at most
# A video's length alone on its line: "2:31", "(02:31)", "1:02:31".
_DURATION = re.compile(r"\(?\d{1,2}:\d{2}(?::\d{2})?\)?")
_CREDIT_WORDS_LINE = 12  # words in a credit line under a caption, at most


def _line_rules(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    *,
    prose: bool,
) -> None:
    """Flag what the layout of whole lines shows, after the phrase rules.

    A line is a run of pieces with the same ``line``. In order:

    * a dateline stub that opens a line ("PORTVILLE, March 3. The council
      ...") and a wire tag after it ("/NewsWire/.");
    * the other sentences of a line that holds a caption, bio or notice
      (``_SPREADS``);
    * in a text laid out as prose, a line of four to 45 words (15 if it
      ends in a stop) that appears twice: alt text and caption, a tagline
      repeated in the page header and footer (a longer one is the story
      pasted twice);
    * the teaser line under a standalone "Up next" or "Related" label, and a
      video's title beside its length ("2:31");
    * a caption line set off above its credit line ("Photo: Jane Roe");
    * a line printed twice in a row, and the short credit line under it.
    """
    spans, words = _line_spans(pieces, shapes)
    for (a, b), n in zip(spans, words, strict=True):
        if b - a == 1:
            continue
        if rules[a] is None and pieces[a].rule is None:
            if shapes[a].words <= 8 and bare_dateline(
                text[pieces[a].start : pieces[a].end]
            ):
                rules[a] = "boilerplate:dateline"
                if rules[a + 1] is None and _AGENCY_TAG.fullmatch(
                    text, pieces[a + 1].start, pieces[a + 1].end
                ):
                    rules[a + 1] = "boilerplate:wire"
        if (
            b - a == 2
            and rules[a] is None
            and rules[a + 1] is not None
            and _is_blurb(text[pieces[a].start : pieces[a].end], shapes[a])
        ):
            # "The latest news on the flood. All times EDT.": the blurb of a
            # live page with its fixed intro line on the same line.
            rules[a] = "boilerplate:nav"
        if _prompt_before_link(pieces, shapes, rules, a):
            rules[a] = "boilerplate:nav"
        _spread_on_line(pieces, shapes, rules, a, b, n)
    if prose:  # in a list of sentences, a repeated one is the list's own
        _repeated_lines(text, pieces, shapes, rules, spans, words)
    _doubled_lines(text, pieces, shapes, rules, spans, words)
    _menu_rules(text, pieces, shapes, rules, spans)
    for m in range(len(spans) - 1):
        (a, b), (c, d) = spans[m], spans[m + 1]
        n = words[m]
        if (
            (
                rules[a] == "boilerplate:related"
                # "Read more:" introduces the links under it ("More:" alone
                # may introduce anything).
                or rules[a] == "boilerplate:nav"
                and shapes[a].last == ":"
                and n >= 2
            )
            and b - a == 1
            and pieces[a].whole_line
            and n <= _TEASER_LABEL
        ):
            _teasers_under(pieces, shapes, rules, spans, words, m + 1)
        for (x, y), (u, v), n_title in (
            ((a, b), (c, d), words[m + 1]),
            ((c, d), (a, b), n),
        ):
            # A video's length beside its title: "2:31" / "Storm closes road".
            if (
                y - x == 1
                and rules[x] == "boilerplate:nav"
                and _DURATION.fullmatch(text, pieces[x].start, pieces[x].end)
                and n_title <= _TEASER_WORDS
                and all(rules[k] is None for k in range(u, v))
                and shapes[v - 1].last not in ".!?"
                and not _is_cut_off(shapes[v - 1])
            ):
                for k in range(u, v):
                    rules[k] = "boilerplate:related"
        if (
            m
            and rules[c] == "boilerplate:caption"
            and all(rules[k] == "boilerplate:caption" for k in range(c, d))
            and words[m + 1] <= _CREDIT_WORDS_LINE
            and n <= _CAPTION_WORDS
            and all(rules[k] is None for k in range(a, b))
            and not _blank_before(text, pieces, c)
            and _blank_before(text, pieces, a)
        ):
            for k in range(a, b):
                rules[k] = "boilerplate:caption"  # a caption set off above its credit


def _teasers_under(
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    spans: list[tuple[int, int]],
    words: list[int],
    first: int,
) -> None:
    """Flag the teaser lines from line ``first`` on, under a "Related" label.

    "Up next" / "Storm closes road", "Most Popular" / "1. Storm closes road"
    / "2 hours ago" / "Council raises fees": each teaser is a line of at most
    30 words that does not end in a stop; flagged lines between them (time
    stamps) are passed over, and the first other line ends the list. A
    teaser's summary, the line under it that ends in a stop ("Crews closed
    the road on Monday after ..."), goes with it when the list goes on below
    it (another teaser or a time stamp); a body paragraph after the list is
    followed by more body, or ends the text.
    """
    last = min(len(spans), first + _TEASER_LINES)
    after_teaser = False  # whether the line above is a teaser flagged here
    for j in range(first, last):
        c, d = spans[j]
        if all(rules[k] is not None for k in range(c, d)):
            if j == first:
                return
            after_teaser = False
            continue
        if after_teaser and _teaser_summary(pieces, shapes, rules, spans, words, j):
            for k in range(c, d):
                rules[k] = "boilerplate:related"
            after_teaser = False
            continue
        if not _is_teaser_line(shapes, rules, spans, words, j):
            return
        for k in range(c, d):
            rules[k] = "boilerplate:related"
        after_teaser = True


def _is_teaser_line(
    shapes: list[_Shape],
    rules: list[str | None],
    spans: list[tuple[int, int]],
    words: list[int],
    j: int,
) -> bool:
    """Whether line ``j`` can be a teaser's headline: short, no stop, no flag."""
    c, d = spans[j]
    return not (
        words[j] > _TEASER_WORDS
        or any(rules[k] is not None for k in range(c, d))
        or shapes[d - 1].last in ".!"
        or _is_cut_off(shapes[d - 1])
    )


def _teaser_summary(
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    spans: list[tuple[int, int]],
    words: list[int],
    j: int,
) -> bool:
    """Whether line ``j``, under a teaser, is its summary (see ``_teasers_under``)."""
    c, d = spans[j]
    if (
        words[j] > _SUMMARY_MAX
        or shapes[d - 1].last not in ".!?\u2026"
        or any(rules[k] is not None for k in range(c, d))
    ):
        return False
    if j + 1 == len(spans):
        return False  # the story's last paragraph after a teaser in it
    u, v = spans[j + 1]
    # The list goes on below: another teaser, or its time stamp; a label
    # that opens another block ("Trending Now") leaves the line in the body.
    return all(
        rules[k] == "boilerplate:dateline" for k in range(u, v)
    ) or _is_teaser_line(shapes, rules, spans, words, j + 1)


def _line_spans(
    pieces: list[Piece], shapes: list[_Shape]
) -> tuple[list[tuple[int, int]], list[int]]:
    """The ``[first, last + 1)`` piece range of every line, and its words."""
    spans: list[tuple[int, int]] = []
    words: list[int] = []
    a = n = 0
    line = pieces[0].line if pieces else 0
    for i, (p, shape) in enumerate(zip(pieces, shapes, strict=True)):
        if p.line != line:
            spans.append((a, i))
            words.append(n)
            a, n, line = i, 0, p.line
        n += shape.words
    if pieces:
        spans.append((a, len(pieces)))
        words.append(n)
    return spans, words


_PROMPT_WORDS = 3  # words in a help prompt's question ("Need any help?"), at most


def _prompt_before_link(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None], a: int
) -> bool:
    """Whether the line's first sentence is a short prompt for the link after it.

    "Problems? See our media guide.", "Questions? Contact us.": a question of
    up to three words, then a link or pointer on the same line.
    """
    return (
        rules[a] is None
        and pieces[a].rule is None
        and shapes[a].last == "?"
        and shapes[a].words <= _PROMPT_WORDS
        and rules[a + 1] == "boilerplate:nav"
    )


def _spread_on_line(
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    a: int,
    b: int,
    n: int,
) -> None:
    """Give the unflagged sentences of line ``[a, b)`` their line-mate's kind."""
    first = next(
        (k for k in range(a, b) if pieces[k].rule is None and rules[k] in _SPREADS),
        None,
    )
    if first is None:
        return
    kind = rules[first]
    assert kind is not None
    if kind == "boilerplate:related":
        # "Read more:" leads into the teaser after it; the sentence before
        # it on the line is the paragraph it was glued to.
        a = first
    if n > _SPREADS[kind]:
        # A long line is body with a stray label in it, unless most of its
        # sentences are furniture: a bio, its accounts and contact lines.
        flagged = sum(1 for k in range(a, b) if rules[k] is not None)
        if flagged < _SPREAD_MOSTLY or 2 * flagged <= b - a:
            return
    if any(pieces[k].rule is not None for k in range(a, b)):
        return  # a label cut off the body by ``cut_glued_labels``
    if all(
        rules[k] is not None or shapes[k].words <= _SPREAD_PIECE for k in range(a, b)
    ):
        for k in range(a, b):
            if rules[k] is None:
                rules[k] = kind


def _repeated_lines(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    spans: list[tuple[int, int]],
    words: list[int],
) -> None:
    """Flag every line of four to 45 words that the text holds twice.

    A line that ends in a stop needs 15 words at least. When more than
    three distinct lines repeat, or two of them follow each other, the story
    or a passage of it was pasted twice and nothing is flagged.
    """
    seen: dict[str, int] = {}
    for (a, b), n in zip(spans, words, strict=True):
        least = _REPEAT_SENTENCE if shapes[b - 1].last in ".!?" else _REPEAT_WORDS
        if least <= n <= _REPEAT_MAX and all(rules[k] is None for k in range(a, b)):
            key = text[pieces[a].start : pieces[b - 1].end]
            seen[key] = seen.get(key, 0) + 1
    twice = {k for k, v in seen.items() if v > 1}
    if not twice or len(twice) > _REPEAT_LINES:
        return  # nothing repeats, or the story itself was pasted twice
    keys = [text[pieces[a].start : pieces[b - 1].end] for a, b in spans]
    if any(k != k2 and k in twice and k2 in twice for k, k2 in pairwise(keys)):
        return  # two paragraphs repeat together: a passage pasted twice
    for (a, b), n in zip(spans, words, strict=True):
        if n <= _REPEAT_MAX and text[pieces[a].start : pieces[b - 1].end] in twice:
            for k in range(a, b):
                if rules[k] is None:
                    rules[k] = "boilerplate:repeated"


_CREDIT_WORDS_MAX = 4  # words in a photo's credit line, at most


def _doubled_lines(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    spans: list[tuple[int, int]],
    words: list[int],
) -> None:
    """Flag a line of four words or more printed twice in a row, and its credit.

    A photo's caption comes twice, from the thumbnail and from the enlarged
    view, however long it is (annotation notes, decision 4: captions are
    boilerplate even when they state facts); a short line under the pair
    with no stop ("Ann Lee", "City News") is the photo's credit. When more
    than three lines are doubled, the text itself was copied twice and
    nothing is flagged.
    """
    pairs = [
        m
        for m in range(len(spans) - 1)
        if words[m] >= _REPEAT_WORDS
        and words[m] == words[m + 1]
        and pieces[spans[m + 1][0]].line == pieces[spans[m][0]].line + 1
        and _same_words(text, pieces, spans[m], spans[m + 1])
    ]
    if len(pairs) > _REPEAT_LINES:
        return
    for m in range(len(spans) - 1):
        if words[m] >= _REPEAT_WORDS and _credited_again(
            text, pieces, rules, spans[m], spans[m + 1]
        ):
            for k in range(*spans[m]):
                if rules[k] is None:
                    rules[k] = "boilerplate:caption"
    for m in pairs:
        for k in range(spans[m][0], spans[m + 1][1]):
            if rules[k] is None:
                rules[k] = "boilerplate:caption"
        if m + 2 < len(spans):
            a, b = spans[m + 2]
            if (
                b - a == 1
                and rules[a] is None
                and words[m + 2] <= _CREDIT_WORDS_MAX
                and shapes[a].last not in ".!?:"
                and pieces[a].line == pieces[spans[m + 1][0]].line + 1
            ):
                rules[a] = "boilerplate:credit"


def _credited_again(
    text: str,
    pieces: list[Piece],
    rules: list[str | None],
    one: tuple[int, int],
    two: tuple[int, int],
) -> bool:
    """Whether line ``two`` repeats line ``one`` and adds a photo credit.

    "Fans wave flags." / "Fans wave flags. Photo: Jane Roe": the thumbnail's
    alt text above the caption with its credit is the caption too.
    """
    (a, b), (c, d) = one, two
    n = b - a
    if (
        d - c <= n
        or pieces[c].line != pieces[a].line + 1
        or rules[c + n - 1] != "boilerplate:caption"
        or rules[d - 1] != "boilerplate:caption"
    ):
        return False
    return all(
        text[pieces[a + k].start : pieces[a + k].end]
        == text[pieces[c + k].start : pieces[c + k].end]
        for k in range(n)
    )


def _same_words(
    text: str, pieces: list[Piece], one: tuple[int, int], two: tuple[int, int]
) -> bool:
    """Whether two lines hold the same words, however they are spaced."""
    a, b = pieces[one[0]].start, pieces[one[1] - 1].end
    c, d = pieces[two[0]].start, pieces[two[1] - 1].end
    if b - a == d - c and text.startswith(text[a:b], c):
        return True
    return text[a : a + 8] == text[c : c + 8] and text[a:b].split() == text[c:d].split()


_MENU_LINES = 3  # short lines in a row that make a menu, at least
_MENU_WORDS = 3  # words in a menu item, at most
_LABEL_COLON = 4  # words in a name-only label before a statement, at most


def _menu_rules(
    text: str,
    pieces: list[Piece],
    shapes: list[_Shape],
    rules: list[str | None],
    spans: list[tuple[int, int]],
) -> None:
    """Flag menus and a speaker's name alone on its line.

    A menu is three or more lines in a row of one to three words each, none
    ending in sentence punctuation ("XS" / "SM" / "MD", "News" / "Sport" /
    "Weather", a list of tags); the items of a list that a line ending in a
    colon introduces are body. A line of at most four capitalised words
    ending in a colon, above a line that ends in a stop, names a speaker or
    a section ("Deputy Mayor Roe:"); "Officials wrote:" stays body.
    """
    run: list[int] = []
    for m, (a, b) in enumerate([*spans, (len(pieces), len(pieces))]):
        item = (
            b - a == 1
            and shapes[a].words <= _MENU_WORDS
            and shapes[a].last not in ".!?:;,"
            and not shapes[a].first.islower()
        )
        if item:
            run.append(a)
            continue
        if len(run) >= _MENU_LINES:
            intro = run[0] - 1
            if intro < 0 or shapes[intro].last != ":":
                for k in run:
                    if rules[k] is None:
                        rules[k] = "boilerplate:nav"
        run = []
        if (
            b - a == 1
            and m + 1 < len(spans)
            and rules[a] is None
            and shapes[a].last == ":"
            and shapes[a].words <= _LABEL_COLON
            and shapes[spans[m + 1][1] - 1].last in ".!?"
            and all(
                w[0].isupper()
                for w in _WORD.findall(text, pieces[a].start, pieces[a].end)
            )
        ):
            rules[a] = "boilerplate:label"
