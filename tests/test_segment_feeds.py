"""Feed and plain-text copies: wrapped lines, gopher chrome, listings, licences."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Indented feed copy wrapped at a fixed width, two lines a paragraph.
        (
            "   The ferry company said it would add two crossings a day over\n"
            "   the summer, starting in June.\n",
            [
                "The ferry company said it would add two crossings a day over\n"
                "   the summer, starting in June."
            ],
        ),
        # A comma, a conjunction or a lower-case word carries the sentence on.
        (
            "Repairs are planned for the bridges in Alton, Brent,\n"
            "Carlow and Denby. Work starts soon.",
            [
                "Repairs are planned for the bridges in Alton, Brent,\n"
                "Carlow and Denby.",
                "Work starts soon.",
            ],
        ),
        (
            "The council thanked the mayor of the town and\n"
            "Councillor Ann Lee for their work.",
            [
                "The council thanked the mayor of the town and\n"
                "Councillor Ann Lee for their work."
            ],
        ),
        (
            'Officials expect the delays to last "for some time,"\n'
            "adding that crews are on site.",
            [
                'Officials expect the delays to last "for some time,"\n'
                "adding that crews are on site."
            ],
        ),
    ],
)
def test_split_sentences_joins_wrapped_feed_lines(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A title-case headline, then a player label in lower case.
        "Thousands March Through the City Centre in the Rain\nplease wait",
        # A name line, then a web address.
        "Mayor of the Northern District Council Ann Lee\nhttp://example.org/lee",
        # Short lines are labels, not wrapped text.
        "Follow us on\nsocial media",
        # A line that ends a sentence.
        "The council met on Tuesday to discuss the plan.\nit was agreed.",
        # A caption cut at a comma, then a sentence or a name of its own.
        "Crews inspect the harbour wall after the storm, Alton,\n"
        "A diver checks the pier.",
        "Crews inspect the harbour wall after the storm, Alton,\nAnn Lee",
    ],
)
def test_split_sentences_keeps_separate_lines(text: str) -> None:
    assert len(_sentences(text)) == 2
