"""Phrase-list verdicts carried across pieces: bylines, bios and captions.

Names over dates, closing bios, signed paragraphs, "About" blocks,
listings, chrome between prose, and a caption running on to its credit
(:func:`_phrase_rules`).
"""

from __future__ import annotations

import re

from reliability.segment.boilerplate.patterns import (
    _CAPTION_WORDS,
    _COURTESY_WORDS,
    _MONTH,
    _PASTED,
)
from reliability.segment.boilerplate.piece_rules import (
    _is_credit,
    _is_cut_off,
    _lexicon_rule,
)
from reliability.segment.boilerplate.shapes import _COURTESY, _DATED_CAPTION, _Shape
from reliability.segment.sentences import STOPS, Piece

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
