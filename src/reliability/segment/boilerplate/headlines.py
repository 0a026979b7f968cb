"""Headline blocks and crossheads.

Pull quotes and quoted crossheads, captions under pictures, a headline
restated by the paragraph below, the header block above the body, and
headlines glued to a byline, a dash or the first sentence.
"""

from __future__ import annotations

import re

from reliability.segment.boilerplate.patterns import (
    _BODY_OPENERS,
    _BODY_WORDS,
    _CAPTION_WORDS,
    _CONTENT,
    _DATELINE,
    _DEK,
    _FUNCTION,
    _GLUED_HEAD_BYLINE,
    _HEAD_BYLINE_REACH,
    _HEAD_LINES,
    _HEADLINE_WORDS,
    _LEDE_WORDS,
    _ON_AIR,
    _PASTED,
    _QUOTE_COLON,
    _QUOTED,
    _RESTATE,
    _RESTATE_CHARS,
    _SHORT,
    _SMALL,
    _STEM,
    _WORD,
)
from reliability.segment.boilerplate.piece_rules import _is_cut_off
from reliability.segment.boilerplate.shapes import (
    _at_line_start,
    _is_speaker_turn,
    _Shape,
    _shape,
)
from reliability.segment.sentences import CLOSERS, LINE_BREAK, OPENERS, STOPS, Piece
from reliability.words import saying_verbs

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


_EXCLAIMED_WORDS = 16  # words on a headline line cut at its own "?" or "!", at most
_LINE_ENDS = frozenset(".!?:;,\u2026")  # marks that end a line of sentences or run on


def _exclaimed_heads(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag a headline line that its own "?", "!" or full stop cut in two.

    "Liftoff! Crew Begins Journey to the Station", "Missed the Final? Don't
    Panic!", "All Aboard! This Is the Train to the Coast!": a short line in
    title case whose first sentence ends in "?" or "!" and none in a full
    stop is a headline, both parts (annotation notes, decision 54). So is one
    whose first sentence ends in a full stop when the line itself ends in
    none ("Storm Season Is Here. How to Get Your Home Ready"): a line of
    sentences ends in a stop. A line of prose ("What a night! Thank you
    all!") is not in title case, and an interview's answer ("Ann Lee: Gold!
    (laughs)") is a turn.
    """
    n = len(pieces)
    for i in range(n - 1):
        # Most sentences end in a full stop: two tests, no more.
        if rules[i] is not None or shapes[i].last not in "?!.":
            continue
        line = pieces[i].line
        if pieces[i + 1].line != line or (i and pieces[i - 1].line == line):
            continue  # the line's only sentence, or not its first
        j = i + 1
        while j < n and pieces[j].line == line:
            j += 1
        if shapes[i].last == "." and (
            shapes[j - 1].last in _LINE_ENDS or rules[j - 1] is not None
        ):
            continue  # a line of sentences, or one that ends in chrome
        if (
            sum(shapes[k].words for k in range(i, j)) <= _EXCLAIMED_WORDS
            and all(
                rules[k] is not None or shapes[k].last != "." or shapes[i].last == "."
                for k in range(i, j)
            )
            and _at_line_start(text, pieces[i].start)
            and _shape(text[pieces[i].start : pieces[j - 1].end]).title_case
            and not _labels_turns(text, pieces[i])
        ):
            for k in range(i, j):
                if rules[k] is None:
                    rules[k] = "boilerplate:headline"


_TURN_LABEL_REACH = 40  # characters of a line looked at for a speaker's colon


def _labels_turns(text: str, p: Piece) -> bool:
    """Whether ``p`` opens with a label that opens other lines too: a speaker's.

    "Ann Lee: Gold! (laughs)" in an interview whose other answers open with
    "Ann Lee:"; a headline's label ("Flood Watch: ...") stands once.
    """
    c = text.find(":", p.start, min(p.end, p.start + _TURN_LABEL_REACH))
    if c <= p.start:
        return False
    label = text[p.start : c].rstrip()
    return text.count(label + ":") + text.count(label + " :") >= 2


_LEAD_IN_WORDS = 12  # words in a line that leads into page chrome, at most


def _chrome_lead_ins(
    text: str, pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag a short line ending in a colon that leads into page chrome.

    "Our archive has more on this topic:", "Copy this code to embed the
    player:", "These pages have been updated:": a line of its own that
    introduces the link, button or list of headlines under it, flagged, is
    that chrome's label. A quotation's lead-in ("He tweeted:", "The mayor
    said:") keeps its speaker: a verb of saying after the first word (an
    imperative, "Tell your MP:", may open the line).
    """
    for i in range(len(pieces) - 1):
        p = pieces[i]
        if (
            rules[i] is None
            and rules[i + 1] is not None
            and p.whole_line
            and shapes[i].last == ":"
            and shapes[i].words <= _LEAD_IN_WORDS
            and pieces[i + 1].line != p.line
        ):
            words = _WORD.findall(text, p.start, p.end)
            if not any(w.lower() in saying_verbs() for w in words[1:]):
                rules[i] = "boilerplate:nav"


_SANDWICHED_WORDS = 8  # words in a line between two lines of chrome, at most
# ... in sentence case, which may be a clause of the body ("Updates will
# resume on Monday", a listed story's dek), unless a preposition opens it.
_SANDWICHED_CLAUSE = 4
_PHRASE_OPENERS = frozenset("about by for from in on via with".split())


def _between_flagged(
    pieces: list[Piece], shapes: list[_Shape], rules: list[str | None]
) -> None:
    """Flag a short line without a final stop between two lines of chrome.

    "Share this story" / "World News" / "Most read": a label, a menu item
    or a section name that no list knows stands among the page furniture
    around it, or above it at the top of the page ("Welcome to City News")
    or under it at the foot. A sentence of the body ends in a stop, and a
    line of more than eight words is left to the other rules; so is a line
    of five words or more in sentence case that may be a clause ("Updates
    will resume on Monday", a listed story's dek), unless a preposition
    opens it ("From the archive of the Daily Courier").
    """
    last = len(pieces) - 1
    for i in range(len(pieces)):
        p = pieces[i]
        if (
            rules[i] is None
            and (i == 0 or rules[i - 1] is not None)
            and (i == last or rules[i + 1] is not None)
            and 0 < last
            and p.whole_line
            and shapes[i].words <= _SANDWICHED_WORDS
            and shapes[i].last not in ".!?\u2026"
            and (
                shapes[i].words <= _SANDWICHED_CLAUSE
                or shapes[i].title_case
                or shapes[i].upper
                or shapes[i].first_word in _PHRASE_OPENERS
            )
        ):
            rules[i] = "boilerplate:nav"
