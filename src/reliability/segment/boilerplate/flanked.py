"""Short sentences held between two flagged ones, after every other verdict.

Runs last, on the final verdicts (the rules', and the model's where one ships):
a short sentence ending in a stop that stands between two flagged sentences
belongs to the chrome around it ("Unlock the full archive!" between a paywall
notice and its offer, "Free admission." between two visitor notes, "Photo:
Jane Roe." between a caption and a share row). So is a run of two to six
short lines, each alone on its line, between two flagged lines (a slide
counter and a picture's alt text between a share row and the credit).
"""

from __future__ import annotations

import re

from reliability.segment.sentences import CLOSERS, Piece, ends_in_stop

__all__ = ["FLANKED_RULE", "flag_flanked"]

#: The rule a sentence flagged for its two flagged neighbours carries.
FLANKED_RULE = "boilerplate:flanked"

#: The most words a flanked sentence may have; a longer one is left in the body.
_FLANKED_WORDS = 8

#: The most characters of a label such as "Q." or "A.", stop included.
_LABEL_CHARS = 3

#: The marks that end a sentence.
_STOPS = frozenset(".!?\u2026")

#: A clock time or a year: a time stamp or a date heads the entry under it.
_STAMP = re.compile(r"\d{1,2}[:.h]\d\d\b|\b(?:1[89]|2[01])\d\d\b")

#: The most words of a time stamp or date line above an entry.
_STAMP_WORDS = 6

#: A blank line: the end of a paragraph.
_BLANK = re.compile(r"\n[^\S\n]*\n")

#: A first word that gives a person's own voice (a reply, a comment, an answer).
_FIRST_PERSON = re.compile(r"I(?:['\u2019](?:m|ve|d|ll))?\b")


def _short_stopped(s: str) -> bool:
    """Whether ``s`` has at most eight words and ends in a stop.

    >>> _short_stopped("Free admission.")
    True
    >>> _short_stopped("Free admission")
    False
    >>> _short_stopped("Q.")  # an interview's label, not a sentence
    False
    """
    t = s.rstrip(CLOSERS)
    return (
        len(t) > _LABEL_CHARS and t[-1] in _STOPS and len(s.split()) <= _FLANKED_WORDS
    )


def _ends_in_colon(s: str) -> bool:
    """Whether ``s`` is a label that introduces what follows: "Answer:".

    >>> _ends_in_colon("SMITH:")
    True
    """
    return s.rstrip(CLOSERS).endswith(":")


def _stamp(s: str, rule: str | None) -> bool:
    """Whether ``s`` (flagged ``rule``) is a time stamp or a date over an entry.

    >>> _stamp("10:32 a.m.", "boilerplate:dateline")
    True
    >>> _stamp("Updated June 3, 2024", "boilerplate:nav")
    True
    >>> _stamp("Share this story", "boilerplate:share")
    False
    """
    return rule == "boilerplate:dateline" or (
        len(s.split()) <= _STAMP_WORDS and _STAMP.search(s) is not None
    )


def _own_paragraph(text: str, pieces: list[Piece], i: int) -> bool:
    """Whether blank lines set piece ``i`` apart from the pieces on both sides.

    >>> text = "Read more: Storm shuts schools\\n\\nNobody was hurt.\\n\\nAdvertisement"
    >>> pieces = [Piece(0, 30, 0, True), Piece(32, 48, 2, True), Piece(50, 63, 4, True)]
    >>> _own_paragraph(text, pieces, 1)
    True
    """
    p = pieces[i]
    return (
        _BLANK.search(text, pieces[i - 1].end, p.start) is not None
        and _BLANK.search(text, p.end, pieces[i + 1].start) is not None
    )


def flag_flanked(
    text: str, pieces: list[Piece], rules: list[str | None]
) -> list[str | None]:
    """Flag a short sentence with a stop whose two neighbours are both flagged.

    "Subscribers read more." between "You have reached your limit." and
    "Subscribe now" is part of the paywall notice; a sentence of the story
    seldom stands alone between two pieces of chrome. The first and last
    sentences, with one neighbour, are left as they are; so is a sentence
    after a line that ends in a colon, which is what that label introduces
    (a speaker's answer under "SMITH:", an item under "Note:"), and one
    that opens with "I" (a reader's or a speaker's own words: "I agree."),
    and one under a time stamp or a date (a live blog's entry under
    "10:32 a.m.", a diary's under "June 3, 2024"). A paragraph of its own,
    with a blank line above and below, is a short paragraph of the story
    between two inserts ("Read more: ..." / "Nobody was hurt." /
    "Advertisement") and is left in the body as well.

    >>> text = "Share this\\nFree admission.\\nShare that"
    >>> pieces = [Piece(0, 10, 0, True), Piece(11, 26, 1, True), Piece(27, 37, 2, True)]
    >>> flag_flanked(text, pieces, ["boilerplate:nav", None, "boilerplate:nav"])
    ['boilerplate:nav', 'boilerplate:flanked', 'boilerplate:nav']

    Args:
        text: The raw document.
        pieces: Its sentences.
        rules: The verdicts, one per piece (None: body).

    Returns:
        A new list of verdicts.
    """
    out = list(rules)
    for i in range(1, len(pieces) - 1):
        if (
            rules[i] is None
            and rules[i - 1] is not None
            and rules[i + 1] is not None
            and _short_stopped(s := text[pieces[i].start : pieces[i].end])
            and not _FIRST_PERSON.match(s)
            and not _ends_in_colon(
                prev := text[pieces[i - 1].start : pieces[i - 1].end]
            )
            and not _stamp(prev, rules[i - 1])
            and not _own_paragraph(text, pieces, i)
        ):
            out[i] = FLANKED_RULE
    _flag_runs(text, pieces, out)
    return out


#: The most short lines in a run held between two flagged lines.
_RUN_LINES = 6

#: The most words of each line in such a run.
_RUN_WORDS = 12


def _flag_runs(text: str, pieces: list[Piece], rules: list[str | None]) -> None:
    """Flag a run of two to six short lines held between two flagged lines.

    A box of chrome is often broken by lines of its own that no rule knows:
    a slide counter and a picture's alt text between a share row and the
    picture's credit, a poll's options between its label and a results
    link, a language switch and a print button between a masthead and a
    menu. Each line of the run stands alone and has
    twelve words or fewer, and one at least ends in no stop: a run of
    sentences is a story's short paragraphs (a lead under its headline, a
    transcript's turns under a label). A run under a label that ends in a
    colon (a list the label introduces) or under a time stamp (a live blog's
    entry) is left in the body, as ``flag_flanked`` leaves a single sentence.
    """
    n = len(pieces)
    i = 1
    while i < n - 1:
        if rules[i] is not None or rules[i - 1] is None:
            i += 1
            continue
        j = i
        while j < n and rules[j] is None and j - i <= _RUN_LINES:
            j += 1
        prev = text[pieces[i - 1].start : pieces[i - 1].end]
        if (
            2 <= j - i <= _RUN_LINES
            and j < n
            and rules[j] is not None
            and not _ends_in_colon(prev)
            and not _stamp(prev, rules[i - 1])
            and not all(
                ends_in_stop(text[pieces[k].start : pieces[k].end]) for k in range(i, j)
            )
            and all(
                pieces[k].whole_line
                and len(text[pieces[k].start : pieces[k].end].split()) <= _RUN_WORDS
                for k in range(i, j)
            )
        ):
            for k in range(i, j):
                rules[k] = FLANKED_RULE
        i = j
