"""The outlet annotator: government offices and organisations named in mastheads."""

from __future__ import annotations

import pytest

from reliability.outlets import builtin_table
from tests.outlet_helpers import STORY, found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Australian Government coat of arms\n\nPrime Minister of Australia\n\n"
            + STORY,
            ("pm.gov.au", "text:masthead", "Prime Minister of Australia"),
        ),
        (
            "Prime Minister of Canada\n\n" + STORY,
            ("pm.gc.ca", "text:masthead", "Prime Minister of Canada"),
        ),
        (
            "Ministry of Defense of Japan\n\n" + STORY,
            ("mod.go.jp", "text:masthead", "Ministry of Defense of Japan"),
        ),
        (
            "Prime Minister's Office of Japan\n\n" + STORY,
            ("kantei.go.jp", "text:masthead", "Prime Minister's Office of Japan"),
        ),
        (
            "Bridge work begins\n\n  \u2022 By Jane Roe\n  \u2022 Defense Media "
            "Activity\n" + STORY,
            ("defense.gov", "text:masthead", "Defense Media Activity"),
        ),
    ],
)
def test_outlet_names_government_offices_in_mastheads(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the office named in a story is its subject, not the publisher
        "The Prime Minister of Australia said on Monday the talks would go on.\n"
        + STORY,
        # a common word that is also a blog's name
        "Pluralistic societies need a free press, the author argued in a long "
        "essay about the state of journalism and the many troubles it faces.\n" + STORY,
    ],
)
def test_outlet_office_or_blog_name_in_the_body_is_not_a_masthead(text: str) -> None:
    assert found(text) is None


def test_registry_keeps_prime_ministers_apart_from_their_governments() -> None:
    table = builtin_table()
    pm = table.by_domain("pm.gov.au")
    gov = table.by_domain("gov.au")
    assert pm is not None and pm.name == "Prime Minister of Australia"
    assert gov is not None and gov.domain == "gov.au"
    pm_ca = table.by_domain("pm.gc.ca")
    assert pm_ca is not None and pm_ca.domain == "pm.gc.ca"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Bridge notes (12 May 2023) \u2013 Pluralistic: Daily links from Cory "
            "Doctorow\n\n" + STORY,
            (
                "pluralistic.net",
                "text:masthead",
                "Pluralistic: Daily links from Cory Doctorow",
            ),
        ),
        (
            'Newsletter 4.2\n\nFrom: "European Digital Rights (EDRi)" '
            "<news@edri.org>\nSubject: Newsletter 4.2\n\n" + STORY,
            ("edri.org", "text:contact", "edri.org"),
        ),
    ],
)
def test_outlet_names_advocacy_publishers(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert found(text) == expected
