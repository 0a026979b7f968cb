"""Direct quotations: mixed marks, stray closers, unclosed quotes, linear scan."""

from __future__ import annotations

import pytest

from reliability.quotes import Quotation, find_quotations


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
