"""The rules one piece gets from its own shape and the phrase lists.

Shape rules, labelled heads, captions and credits, pointers and
instructions, the phrase-list rule (:func:`_lexicon_rule`), colon labels
and the layout rule for short standalone lines.
"""

from __future__ import annotations

import re
from functools import cache

from reliability.resources import load_lexicon
from reliability.segment.boilerplate.lexicon import (
    _fold,
    _normalize,
    _site_teaser,
    _Tables,
    _tables,
)
from reliability.segment.boilerplate.patterns import (
    _BRACKET_TAG,
    _BYLINE,
    _BYLINE_WORDS,
    _CAPTION_WORDS,
    _CONNECTIVES,
    _CONTINUES,
    _COURTESY_WORDS,
    _CREDIT,
    _DATELINE,
    _LABEL_WORDS,
    _LEAD_JUNK,
    _MAKER_CREDIT,
    _MAKER_CREDIT_WORDS,
    _PHRASE_MAX,
    _PICTURE_LABEL,
    _QUESTION,
    _QUOTED,
    _REMARKS_LABEL,
    _SHORT,
    _SPACES,
    _WIRE_CODE,
    _WORD,
)
from reliability.segment.boilerplate.shapes import (
    _AVAILABLE_AT,
    _BIO_WORDS,
    _BRACKET_DATE,
    _CALL_TO_ACTION,
    _CALL_TO_ACTION_HEADS,
    _CALL_TO_ACTION_WORDS,
    _COPY_NOTICE,
    _COPY_NOTICE_WORDS,
    _COURTESY,
    _CREDIT_CHARS,
    _CREDIT_WORDS,
    _DATE_STUB,
    _DATED_CAPTION,
    _EDIT_LINK,
    _ELLIPSIS_ONLY,
    _EMAIL,
    _EMAIL_WORDS,
    _FIGURE_LABEL,
    _FIGURE_WORDS,
    _FOLLOW,
    _FROM_LEFT,
    _GALLERY,
    _GET_APP,
    _HAS_LETTER,
    _HERE_LINK,
    _HERE_WORDS,
    _ICON_NAME,
    _IMAGE_ENDS,
    _LETTER_LINE,
    _LETTER_LINE_WORDS,
    _LOGO_WORDS,
    _MARKS,
    _MORE_FROM,
    _NEWSLETTER,
    _NEWSROOMS,
    _PAREN_CREDIT,
    _PAST,
    _POINTER,
    _POINTER_WORDS,
    _POINTS_AT,
    _REPUBLISHED,
    _RULE_OPENERS,
    _SALUTATION,
    _SECTION_WORDS,
    _SERIES,
    _SERIES_WORDS,
    _SIGN_OFF,
    _SIGN_OFF_LINE,
    _SITE_NOTE,
    _SLIDESHOW,
    _UI_ONLY,
    _UI_OPENERS,
    _UI_PART,
    _UI_VERB,
    _UI_WORDS,
    _WEB_POINTER,
    _WEB_POINTER_WORDS,
    _WEB_REACH,
    _WIKI_TEMPLATE,
    _at_line_start,
    _caption_verb,
    _date_after_head,
    _dated_lede,
    _is_blurb,
    _Shape,
    author_bio,
    bare_dateline,
    credit_tail,
    dated_link,
    is_bare_link,
    is_separator,
    reporter_line,
)
from reliability.segment.sentences import OPENERS, STOPS, Piece
from reliability.words import saying_verbs

_REPORTER_WORDS = 20  # words in a broadcaster's credit line, at most


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
    if shape.words <= _REPORTER_WORDS and reporter_line(raw):
        return "reporter"  # "CNN's Ann Lee reports from Kyiv.", "Ben Ray narrates."
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
    if (
        shape.words <= _HERE_WORDS
        and ("available" in raw or " be " in raw)
        and _AVAILABLE_AT.search(raw)
    ):
        # "The full report is available on the council's website.", "Details
        # can be found on our website."
        return "nav"
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

    >>> from reliability.segment.boilerplate.shapes import _shape
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
    out.update(saying_verbs())
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

    >>> from reliability.segment.boilerplate.shapes import _shape
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
