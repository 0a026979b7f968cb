"""Direct quotations: mixed marks, stray closers, unclosed quotes, linear scan."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.quotes import (
    _CLOSE,
    Quotation,
    _is_stray_closer,
    find_quotations,
    quotations_of,
)


def _quotes(text: str) -> list[tuple[int, int, str, bool]]:
    return [
        (q.start, q.end, text[q.start : q.end], q.closed) for q in find_quotations(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('He said "yes" and left.', [(8, 13, '"yes"', True)]),
        ("“We will fight,” he said.", [(0, 16, "“We will fight,”", True)]),
        # typographic opener closed by a straight mark
        ('“We will fight," he said.', [(0, 16, '“We will fight,"', True)]),
        # a closing mark used as an opener
        (
            "” Perhaps they waited,” said a fighter.",
            [(0, 23, "” Perhaps they waited,”", True)],
        ),
        ("«Non», a-t-il dit.", [(0, 5, "«Non»", True)]),
        ("„Nein“, sagte er.", [(0, 6, "„Nein“", True)]),
        # double apostrophes (some wire archives)
        ("''It is over,'' said Mr. Holm.", [(0, 15, "''It is over,''", True)]),
        # a stray closer glued to a word opens nothing
        ("She wrote” more and “real”.", [(20, 26, "“real”", True)]),
        ('It is 6" tall and "wide".', [(18, 24, '"wide"', True)]),
        # an unclosed quotation ends at the end of its paragraph
        (
            "“We will stay\nThe army moved in.",
            [(0, 13, "“We will stay", False)],
        ),
        ("No quotation here.", []),
    ],
)
def test_find_quotations_handles_news_marks(text, expected):
    assert _quotes(text) == expected


def test_find_quotations_paragraph_quotes_reopen():
    text = "“First paragraph of the quote.\n“Second paragraph,” she said."
    assert _quotes(text) == [
        (0, 30, "“First paragraph of the quote.", False),
        (31, 50, "“Second paragraph,”", True),
    ]


def test_find_quotations_is_linear_on_unclosed_marks():
    # every mark opens a quotation that runs to the line end: one pass, no rescans
    text = ('"' + "word " * 50 + "\n") * 2000
    quotes = list(find_quotations(text))
    assert len(quotes) == 2000
    assert all(not q.closed for q in quotes)


def test_quotation_is_a_frozen_record():
    q = Quotation(0, 5, True)
    with pytest.raises(AttributeError):
        q.start = 1  # type: ignore[misc]


_MARK = re.compile("''|[\"\u201c\u201d\u201e\u00ab]")


def _rescanning_quotations(text: str) -> list[Quotation]:
    """The scan before the line end was cached: it looked for it at every mark."""
    out: list[Quotation] = []
    i, n = 0, len(text)
    while True:
        m = _MARK.search(text, i)
        if m is None:
            return out
        i = m.start()
        mark = m.group()
        eol = text.find("\n", i + 1)
        eol = n if eol < 0 else eol
        if mark == "''":
            j = text.find("''", i + 2, eol)
            if j >= 0:
                out.append(Quotation(i, j + 2, True))
                i = j + 2
            else:
                out.append(Quotation(i, eol, False))
                i = eol
            continue
        if mark in ('"', "\u201d") and _is_stray_closer(text, i):
            i += 1
            continue
        close = _CLOSE[mark].search(text, i + 1, eol)
        if close is not None:
            out.append(Quotation(i, close.end(), True))
            i = close.end()
        else:
            out.append(Quotation(i, eol, False))
            i = eol


# quote marks of every kind, apostrophes, words, brackets, punctuation, line breaks
_QUOTE_TEXT = st.text(
    alphabet=st.sampled_from(
        list("\"\u201c\u201d\u201e\u00ab\u00bb''\u2019 \n\n.,;:!?()ab")
    ),
    max_size=120,
)


@settings(max_examples=400, deadline=None)
@given(_QUOTE_TEXT)
def test_find_quotations_caching_the_line_end_changes_nothing(text):
    assert list(find_quotations(text)) == _rescanning_quotations(text)


def test_find_quotations_is_linear_on_marks_in_one_long_line():
    # one line, many marks: the line end is looked for once, not at every mark
    text = '"a" b\u201d ' * 20_000 + "\nend"
    quotes = list(find_quotations(text))
    assert len(quotes) == 20_000
    assert quotes[-1] == Quotation(19_999 * 7, 19_999 * 7 + 3, True)


def test_quotations_of_a_text_are_found_once_and_match_find_quotations() -> None:
    text = 'The mayor said "we will rebuild" and the council "agreed" on Monday.'
    first = quotations_of(text)
    assert first == tuple(find_quotations(text))
    assert [text[q.start : q.end] for q in first] == ['"we will rebuild"', '"agreed"']
    assert quotations_of(text) is first
