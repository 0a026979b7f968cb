"""The outlet annotator: wiki footers, translations, station openers and letters."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import retrieved_from
from reliability.outlets import builtin_table
from tests.outlet_helpers import STORY, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a wiki page's printed footer names the site the copy comes from,
        # even when the body names an agency first
        (
            "NASA said the probe would land in June.\n" + STORY + "Retrieved from "
            "\u201chttps://en.wikinews.org/w/index.php?title=Probe&oldid=12\u201d\n",
            ("wikinews.org", "text:origin:retrieved", "en.wikinews.org"),
        ),
        (
            STORY + 'Retrieved from "https://en.wikinews.org/wiki/Bridge_closes"\n',
            ("wikinews.org", "text:origin:retrieved", "en.wikinews.org"),
        ),
    ],
)
def test_outlet_reads_a_wiki_footer(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an address the registry does not know is not guessed
        STORY + 'Retrieved from "https://wiki.example-town.org/wiki/Bridge"\n',
        # the words alone, with no address after them
        STORY + "The files were retrieved from the archive on Monday.\n",
    ],
)
def test_outlet_wiki_footer_needs_a_known_address(text: str) -> None:
    assert retrieved_from(builtin_table(), text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            STORY + "This is a translation of the article \u201cBridge shut\u201d, "
            "from the Spanish language Wikinews, published under a free licence.\n",
            ("wikinews.org", "text:origin:republished", "Wikinews"),
        ),
        (
            STORY + "Translated from the Kyiv Independent by our staff.\n",
            ("kyivindependent.com", "text:origin:republished", "Kyiv Independent"),
        ),
    ],
)
def test_outlet_reads_a_translation_credit(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert found(text) == expected


def test_outlet_translation_from_a_language_names_no_outlet() -> None:
    assert found(STORY + "Translated from Spanish by Jane Roe.\n") is None


def test_outlet_reads_a_station_opener_joined_with_and() -> None:
    text = (
        "News briefs\n\nIt is Monday, May 4, the time is noon UTC, and this is "
        "Wikinews.\n\n" + STORY
    )
    assert found(text) == ("wikinews.org", "text:self:on-air", "Wikinews")


def test_outlet_and_this_is_inside_a_sentence_is_no_opener() -> None:
    text = STORY + "The fair opens today and this is Wikinews at its best.\n"
    assert found(text) is None


LETTER = (
    "Download the full letter\n"
    "March 3, 2022\n"
    "The Honorable Jane Roe\n"
    "Deputy Secretary\n"
    "{office}\n"
    "1000 Independence Avenue SW\n"
    "Washington, DC 20585\n"
    "Dear Deputy Secretary Roe:\n"
    "We write to urge you to extend the comment period on the proposed rule, "
    "which affects many small businesses across the country and deserves a "
    "full and fair hearing before it takes effect.\n"
)


@pytest.mark.parametrize(
    "office", ["U.S. Department of Defense", "U.S. Department of Energy"]
)
def test_outlet_letter_inside_address_is_not_the_publisher(office: str) -> None:
    assert found(LETTER.format(office=office)) is None


def test_outlet_masthead_above_an_unaddressed_page_still_counts() -> None:
    text = "Deputy Secretary\nU.S. Department of Defense\n\n" + STORY
    assert found(text) is not None


def test_outlet_translation_cited_for_a_quote_is_no_credit() -> None:
    text = (
        '"We will finish it," the mayor replied, according to a translation '
        "from CNN.\n" + STORY
    )
    assert found(text) is None
