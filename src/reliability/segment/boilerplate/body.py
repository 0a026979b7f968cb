"""Where the body starts and what stands above it.

Open prose, the first body sentence, standfirsts, the head rules for the
lines above the body, short openings, the body rules between paragraphs,
and labels that close a run of chrome.
"""

from __future__ import annotations

import re

from reliability.segment.boilerplate.headlines import (
    _after_caption,
    _header_block,
    _is_lede,
    _is_unpunctuated_head,
    _keys,
    _pictured_caption,
    _quote_says_head,
    _quoted_crosshead,
    _reads_as_body,
    _stop_crosshead,
    _stop_headline,
)
from reliability.segment.boilerplate.lexicon import _normalize, _tables
from reliability.segment.boilerplate.patterns import (
    _DATELINE,
    _FOOTER_MAX,
    _FUNCTION,
    _HEAD_LINES,
    _LIST_BULLETS,
    _ON_AIR,
    _SHORT,
    _SMALL,
    _WORD,
)
from reliability.segment.boilerplate.piece_rules import (
    _is_body_like,
    _is_cut_off,
    _layout_rule,
)
from reliability.segment.boilerplate.shapes import _is_speaker_turn, _Shape
from reliability.segment.sentences import CLOSERS, OPENERS, STOPS, Piece

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
