"""Rules read from whole lines: teaser lists, spreads, repeats and menus.

Teasers and their summaries under a "Related" label, prompts before links,
links spread over a line, lines repeated or doubled on the page, credits
repeated, and menus of short labels (:func:`_menu_rules`).
"""

from __future__ import annotations

import re
from itertools import pairwise

from reliability.segment.boilerplate.headlines import _blank_before
from reliability.segment.boilerplate.patterns import (
    _CAPTION_WORDS,
    _TEASER_WORDS,
    _WORD,
)
from reliability.segment.boilerplate.piece_rules import _is_cut_off
from reliability.segment.boilerplate.shapes import (
    _AGENCY_TAG,
    _is_blurb,
    _Shape,
    bare_dateline,
)
from reliability.segment.sentences import Piece

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

_TEASER_LINES = 12  # lines in the list of teasers under such a label, at most
_SUMMARY_MAX = 50  # words in a teaser's summary line under its headline, at most

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
        # sentences are furniture: a bio, its accounts and contact lines. A
        # broadcaster's credit line ("Ann Lee reports from Kyiv.") closes the
        # blurb of a video page, the story: it makes no line furniture.
        flagged = sum(
            1
            for k in range(a, b)
            if rules[k] is not None and rules[k] != "boilerplate:reporter"
        )
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
