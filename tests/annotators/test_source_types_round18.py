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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Home Secretary said the border would stay open.", "The Home Secretary"),
        ("The French President said the deal was fair.", "The French President"),
        (
            "The Iranian Foreign Minister said the talks were over.",
            "The Iranian Foreign Minister",
        ),
        (
            "The Deputy First Minister said the plan was ready.",
            "The Deputy First Minister",
        ),
        (
            "The White House Press Secretary said the memo was fake.",
            "The White House Press Secretary",
        ),
    ],
)
def test_source_type_an_office_without_a_name_is_no_organisation(text, source):
    # the holder of an office the text names by its title alone stands for a
    # person named elsewhere, like "the President"
    assert _type_of(text, source) == "pronoun"


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "The Foreign Ministry said the envoy had been recalled.",
            "The Foreign Ministry",
            "named_organization",
        ),
        (
            "The Home Office said the border would stay open.",
            "The Home Office",
            "named_organization",
        ),
        (
            "Home Secretary Ann Lee said the border would stay open.",
            "Home Secretary Ann Lee",
            "named_person",
        ),
    ],
)
def test_source_type_a_body_or_a_named_holder_is_no_office_alone(
    text, source, expected
):
    assert _type_of(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("General Electric said it would cut 500 jobs.", "General Electric"),
        ("Last year General Motors said sales rose.", "General Motors"),
        ("Harbour Media Group PLC said profits rose.", "Harbour Media Group PLC"),
        (
            "The Daily Star Company said it would close two printing plants.",
            "The Daily Star Company",
        ),
        ("Northern Broadcasting Corp said revenue fell.", "Northern Broadcasting Corp"),
    ],
)
def test_source_type_a_company_name_is_an_organisation(text, source):
    # a company that owns outlets speaks as a business; a title word that
    # opens a company's name makes no person
    assert _type_of(text, source) == "named_organization"


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "General Ann Lee said the troops were ready.",
            "General Ann Lee",
            "named_person",
        ),
        ("The Daily Star reported the fire.", "The Daily Star", "media_outlet"),
    ],
)
def test_source_type_a_titled_person_and_an_outlet_keep_their_types(
    text, source, expected
):
    assert _type_of(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Revised figures from the Office for Budget Planning show exports rose.",
            "Revised figures from the Office for Budget Planning",
        ),
        (
            "Preliminary reports by the National Weather Service say a tornado hit.",
            "Preliminary reports by the National Weather Service",
        ),
        (
            "Reports from the Red Cross say the camp is full.",
            "Reports from the Red Cross",
        ),
        (
            "Letter to Finance Minister Ann Lee urging her to cut fuel taxes.",
            "Letter to Finance Minister Ann Lee",
        ),
    ],
)
def test_source_type_a_document_with_its_author_or_addressee_is_a_document(
    text, source
):
    # not the people of the body that wrote it, not a vague plural of reports,
    # not the person it was sent to
    assert _type_of(text, source) == "document"


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "Forecasters at the Weather Service said it would rain.",
            "Forecasters at the Weather Service",
            "anonymous",
        ),
        (
            "A spokesman for the ministry said the plan was ready.",
            "A spokesman for the ministry",
            "anonymous",
        ),
        ("Reports say the camp is full.", "Reports", "vague"),
    ],
)
def test_source_type_people_of_a_body_and_bare_reports_keep_their_types(
    text, source, expected
):
    assert _type_of(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "In closing, the prosecution said the driver had been drinking.",
            "the prosecution",
        ),
        (
            "The ambulance service has reported more calls this winter.",
            "The ambulance service",
        ),
        ("The fire service said the blaze was under control.", "The fire service"),
        (
            "The coastguard said two people were rescued from the water.",
            "The coastguard",
        ),
    ],
)
def test_source_type_a_public_service_by_its_kind_is_an_organisation(text, source):
    assert _type_of(text, source) == "named_organization"


def test_source_type_a_service_named_before_is_a_pronoun():
    text = "The Secret Service is on alert. The service said the threat was low."
    assert _type_of(text, "The service") == "pronoun"
