"""Source types, round 18: the kinds of source that news names by a noun phrase.

Every case is a sentence written for these tests (not seed, gold or public
text); expected sources are texts, expected types values of ``SourceType``.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found as _found


def _type_of(text: str, source: str) -> str | None:
    """The type given to the attribution whose source is ``source``, else None."""
    for _, src, typ in _found(text):
        if src == source:
            return typ
    return None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Constitution says that only the parliament may raise taxes.",
            "The Constitution",
        ),
        (
            "The Geneva Convention states that prisoners must be fed.",
            "The Geneva Convention",
        ),
        (
            "The Treaty of Lisbon says that members may leave the union.",
            "The Treaty of Lisbon",
        ),
        ("The UN Charter says that the use of force is banned.", "The UN Charter"),
        (
            "The Universal Declaration of Human Rights states that all are equal.",
            "The Universal Declaration of Human Rights",
        ),
        ("The Order describes the coast as a protected zone.", "The Order"),
        (
            "The Paris Agreement says that countries must report their emissions.",
            "The Paris Agreement",
        ),
    ],
)
def test_source_type_a_law_or_treaty_by_its_name_is_a_document(text, source):
    assert _type_of(text, source) == "document"


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a body whose name holds "Order" is still a body
        (
            "The Order of Malta said it would send doctors to the border.",
            "The Order of Malta",
            "named_organization",
        ),
        (
            "The Treasury said the deficit had narrowed.",
            "The Treasury",
            "named_organization",
        ),
        (
            "The Vatican said the pope would travel in May.",
            "The Vatican",
            "named_organization",
        ),
    ],
)
def test_source_type_a_body_is_not_taken_for_a_law(text, source, expected):
    assert _type_of(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The festival shows films from 40 countries, according to its website.",
            "its website",
        ),
        ("Its website says the charity was founded in 1990.", "Its website"),
        (
            "According to the company's website, it employs 300 people.",
            "the company's website",
        ),
        ("The ministry's website says the border is closed.", "The ministry's website"),
        (
            "Their website claims the product is the cheapest on the market.",
            "Their website",
        ),
    ],
)
def test_source_type_a_body_s_own_website_is_a_document(text, source):
    assert _type_of(text, source) == "document"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a news site speaks as the outlet, named or named before
        ("The BBC's website reported the fire before midnight.", "The BBC's website"),
        (
            "The magazine's website reported the fire before midnight.",
            "The magazine's website",
        ),
    ],
)
def test_source_type_a_news_website_is_no_document(text, source):
    assert _type_of(text, source) not in (None, "document")
