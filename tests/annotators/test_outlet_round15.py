"""Outlet rules of round 15: how a news story cites other outlets is not
how it names its own."""

from __future__ import annotations

import pytest

from reliability.outlets import builtin_table
from tests.outlet_helpers import found

BODY = (
    "\n\nThe council voted on Tuesday to rebuild the old bridge over the river. "
    "Work is due to start in the spring and to last two years, officials said, "
    "and the road will stay open to buses while the crews are on site.\n"
)
QUOTE = (
    "\u201cThe old piers cannot carry modern lorries, and the river has moved "
    "since the bridge was built,\u201d the report said.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A story citing another outlet's reporting: not the page's own work.
        (
            "The vote was close." + BODY + "As Al Jazeera reported on Sunday, the "
            "valley's farmers want a second crossing." + BODY * 2,
            None,
        ),
        (
            "The vote was close." + BODY + "Deutsche Welle first reported last week "
            "that the ferry would stop." + BODY * 2,
            None,
        ),
        (
            "The vote was close." + BODY + "Global Voices has reported on the "
            "protests since March." + BODY * 2,
            None,
        ),
        # Its own earlier reporting still names the page.
        (
            "The vote was close." + BODY + "Al Jazeera previously reported that "
            "the ferry would stop." + BODY * 2,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
        # The same outlet cited three times names it (weak mentions add up).
        (
            "The vote was close." + BODY + "As Al Jazeera reported on Sunday, "
            "farmers want a ferry." + BODY + "Al Jazeera's Jo Cole met the "
            "farmers." + BODY + "Al Jazeera reported last year on the drought." + BODY,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
    ],
)
def test_outlet_another_outlets_reporting_is_a_citation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A short line that opens a quoted excerpt of another outlet's story.
        (BODY * 6 + "Deutsche Welle reports:\n" + QUOTE, None),
        (BODY * 6 + "The Voice of America wrote:\n" + QUOTE, None),
        (BODY * 6 + "As Al Jazeera noted in its report:\n" + QUOTE, None),
        (BODY * 6 + "According to Global Voices:\n" + QUOTE, None),
        # A short line naming the outlet alone is still the page's chrome.
        (
            BODY * 7 + "Credit: Voice of America\n",
            ("voanews.com", "text:self-mention", "Voice of America"),
        ),
        (
            "Al Jazeera: Weekly Digest, May 3\n" + BODY * 7,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
    ],
)
def test_outlet_a_line_opening_an_excerpt_is_no_chrome(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An outlet credited for its part of the copy is the copy's origin.
        (
            BODY * 2 + "The Associated Press contributed to this report.\n",
            ("apnews.com", "text:origin:credit", "Associated Press"),
        ),
        (
            BODY * 2 + "Reuters also contributed to this story.\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
        (
            BODY + "The talks resume in May. AFP contributed to this article.\n",
            ("afp.com", "text:origin:credit", "AFP"),
        ),
        # A person, a body, or a list with a person credits no outlet.
        (BODY * 2 + "Jo Cole contributed to this report.\n", None),
        (BODY * 2 + "The Home Office contributed to this report.\n", None),
        (BODY * 2 + "Reuters and Jo Cole contributed to this report.\n", None),
    ],
)
def test_outlet_an_outlet_credited_for_its_part_is_the_origin(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An outlet's name that only ends a longer proper name before a
        # possessive is not the outlet.
        (
            "The vote was close." + BODY + "Observers from the Democratic "
            "People's Party were present." + BODY * 2,
            None,
        ),
        (
            "The vote was close." + BODY + "Rivals such as Apple Inc and Alphabet "
            "Inc's Google joined the suit." + BODY * 2,
            None,
        ),
        # A capitalised word opening the sentence is no part of the name.
        (
            "The vote was close." + BODY + "Meanwhile Al Jazeera's Arabic "
            "service reached the valley." + BODY * 2,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
        (
            "The vote was close." + BODY + "A farmer told Al Jazeera's Arabic "
            "service that the harvest had failed." + BODY * 2,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
    ],
)
def test_outlet_a_name_inside_a_longer_name_is_no_mention(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "sentence, domain, name",
    [
        (
            "The minister resigned, Il Giornale reported.",
            "ilgiornale.it",
            "Il Giornale",
        ),
        (
            "She made the case in The American Prospect last spring.",
            "prospect.org",
            "American Prospect",
        ),
    ],
)
def test_registry_names_outlets_news_stories_cite(sentence, domain, name):
    names = builtin_table().find_names(sentence)
    assert [(m.entry.domain, sentence[m.start : m.end]) for m in names] == [
        (domain, name)
    ]
