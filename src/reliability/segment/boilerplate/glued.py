"""Glued chrome cut before a line is split into sentences.

:func:`cut_glued_heads` and :func:`cut_glued_labels` cut a headline, byline,
date, stamp or share label run into the first sentence, and a related-link
teaser joined to the next sentence; :func:`may_hold_inline_label` and
``_cut_inline_labels`` handle an ad label left between two sentences.
"""

from __future__ import annotations

import re

from reliability.segment.boilerplate.headlines import (
    _SENTENCE_HEAD_TOP,
    _cut_head_byline,
    _dashed_head,
    _head_goes_on,
    _head_word_before,
    _sentence_case_head,
    _titled_before_name,
    _trim_end,
)
from reliability.segment.boilerplate.lexicon import _site_teaser, _tables
from reliability.segment.boilerplate.patterns import (
    _CHROME_AFTER_DATE,
    _GLUE,
    _GLUED_BYLINE,
    _GLUED_CREDIT,
    _GLUED_DATE,
    _GLUED_HEAD,
    _GLUED_SHARE,
    _GLUED_STAMP,
    _JOIN,
    _JOIN_AHEAD,
    _JOIN_ENDS,
    _JOIN_GATE,
    _JOIN_LABEL_WORDS,
    _JOIN_LEAST,
    _JOIN_OPENING,
    _JOIN_REACH,
    _JOIN_SENTENCE_WORDS,
    _LINKED_HEAD_WORDS,
    _NOT_IN_LABEL,
    _PICTURE_LABEL,
    _STARTS_SENTENCE,
    _YEAR_END,
)
from reliability.segment.boilerplate.shapes import _HAS_LETTER, _join_stop_words
from reliability.segment.sentences import CLOSERS, STOPS, Piece


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
        if m and _chrome_after(text, m.end(), end, most=_LINKED_HEAD_WORDS):
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
