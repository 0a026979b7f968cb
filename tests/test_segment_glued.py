"""Chrome glued to the text on one line: listing dates, bylines, date labels."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _parts(text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.boilerplate)
        for s in split_sentences(text, model=None)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A listing's date run into its teaser.
        (
            "Tuesday, March 4, 2014 The council voted to close the pier.",
            [
                ("Tuesday, March 4, 2014", True),
                ("The council voted to close the pier.", False),
            ],
        ),
        # A byline run into a teaser.
        (
            "By Ann Lee, I spent a week on the ferries of the north coast.",
            [
                ("By Ann Lee", True),
                ("I spent a week on the ferries of the north coast.", False),
            ],
        ),
        # A one-line copy: headline and byline glued to the first sentence,
        # after the copy's own preamble (a note above the body, flagged too).
        (
            "Copied from the City Gazette. Storm Closes Pier by City News "
            "The harbour authority closed the pier on Monday.",
            [
                ("Copied from the City Gazette.", True),
                ("Storm Closes Pier by City News", True),
                ("The harbour authority closed the pier on Monday.", False),
            ],
        ),
    ],
)
def test_split_sentences_cuts_glued_date_and_byline(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _parts(text) == expected


def test_split_sentences_keeps_date_label_glued_to_chrome() -> None:
    # Chrome glued to chrome stays one sentence (annotation notes, decision 25).
    text = (
        "date 2024-05-03 City Council\n\n"
        "The council voted to close the pier on Monday after the storm.\n"
    )
    assert _parts(text)[0] == ("date 2024-05-03 City Council", True)


@pytest.mark.parametrize(
    "text",
    [
        "The pier was rebuilt by Ann Lee and her crew in two years.",
        "The plan, drawn up by City Engineers Ltd, was approved.",
        "Monday, March 3, 2014 was the wettest day of the year.",
    ],
)
def test_split_sentences_keeps_by_and_dates_in_body(text: str) -> None:
    assert _parts(text) == [(text, False)]


@pytest.mark.parametrize(
    "line",
    ["Read MoreStorm Closes Pier on the East Coast", "Previous articleCouncil Votes"],
)
def test_split_sentences_keeps_label_glued_to_linked_headline(line: str) -> None:
    text = "The council voted to close the pier on Monday after the storm.\n" + line
    assert _parts(text)[-1] == (line, True)


def test_split_sentences_cuts_label_glued_to_a_sentence() -> None:
    text = "Read MoreThe council voted to close the pier on Monday after the storm."
    assert _parts(text) == [
        ("Read More", True),
        ("The council voted to close the pier on Monday after the storm.", False),
    ]


@pytest.mark.parametrize(
    "text, link",
    [
        ("Repairs on the pier began on Monday. read>>", "read>>"),
        ("Repairs on the pier began on Monday, (Read more)", "(Read more)"),
        ("Repairs on the pier began on Monday... Read more", "Read more"),
        # A truncated teaser with its link glued on, no space between.
        ("Repairs on the pier began on MondayContinue Reading", "Continue Reading"),
        ("Repairs on the pier began on Monday...Read More \u00bb", "Read More \u00bb"),
        ("The council met on Monday to discuss the pier. […]", "[…]"),
    ],
)
def test_split_sentences_cuts_read_more_link_off_a_teaser(text: str, link: str) -> None:
    assert _parts(text)[-1] == (link, True)
    assert not _parts(text)[0][1]


def test_split_sentences_keeps_read_more_in_a_sentence() -> None:
    text = "Readers told us they want to read more"
    assert _parts(text) == [(text, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The rangers said the teaser was continue reading material",
        # The "[…]" of a teaser cut off mid-sentence stays with it.
        "The festival, unlike some years, […]",
        "Ferry fares will rise by ten percent from […]",
    ],
)
def test_split_sentences_keeps_a_teaser_whole_without_a_link(text: str) -> None:
    assert _parts(text) == [(text, False)]


@pytest.mark.parametrize(
    "head, rest",
    [
        (
            "Agency Orders Landlord to Repair Heating",
            "BOSTON, Mass. \u2014 Today the housing agency ordered a landlord to "
            "repair the heating in two buildings.",
        ),
        (
            "Bank Returns $12 Million in Fees to Customers",
            "WASHINGTON \u2013 The regulator said on Monday that the bank would "
            "return the fees.",
        ),
    ],
)
def test_split_sentences_cuts_headline_glued_to_dateline(head: str, rest: str) -> None:
    text = head + " " + rest
    assert _parts(text) == [(head, True), (rest, False)]


@pytest.mark.parametrize(
    "text",
    [
        # A dateline opening the line is the sentence's own.
        "BOSTON, Mass. \u2014 Today the housing agency ordered repairs.",
        # Capitals inside a sentence before a dash are no dateline.
        "Officials at the NHS \u2014 Britain's health service \u2014 said so.",
        "Health Secretary Ann Lee and the NHS \u2014 its staff \u2014 agreed.",
    ],
)
def test_split_sentences_keeps_dateline_sentence_whole(text: str) -> None:
    assert _parts(text) == [(text, False)]


def test_split_sentences_cuts_title_before_dash_and_subtitle() -> None:
    head = "Harbour Authority Opens New Storm Lab in the North \u2014"
    rest = "The lab will test sea walls against winter gales."
    text = "Listed releases\n\n" + head + " " + rest + "\n"
    assert _parts(text)[1:] == [(head, True), (rest, False)]


@pytest.mark.parametrize(
    "text",
    [
        # A dateline before the dash, with its comma.
        "Portland, Maine, March 3, 2024 \u2014 The harbour authority opened a lab.",
        # A sentence whose subject is a long name set off by dashes.
        "The eastern pier \u2014 Rebuilt after the storm \u2014 reopened on Monday.",
    ],
)
def test_split_sentences_keeps_sentence_with_dash_whole(text: str) -> None:
    assert _parts(text) == [(text, False)]


@pytest.mark.parametrize(
    "head, rest",
    [
        # A comma between two capitalised words of the headline.
        (
            "Ferry Services Cut to Harbour, Lighthouse Islands",
            "The council said the boats would sail twice a week until May.",
        ),
        # A year after the sentence's first word.
        (
            "A Short History of the Harbour Wall",
            "In 1862, the town paid for a stone wall to shelter the fishing fleet.",
        ),
        # A headline of more than fifteen words, a date among them.
        (
            "Harbour Board Minutes Monday, May 6, 2024 Storm Damage to the Eastern "
            "Pier and Sea Wall Repairs",
            "The board met to agree on the cost of the repairs.",
        ),
    ],
)
def test_split_sentences_cuts_longer_headline_glued_to_a_sentence(
    head: str, rest: str
) -> None:
    text = head + " " + rest
    assert _parts(text) == [(head, True), (rest, False)]


@pytest.mark.parametrize(
    "text",
    [
        # An apposition after a name is set off by a comma and lower case.
        "The Riverton Rovers, a Class A team, bought new kit this year.",
        # A newspaper's name after a comma.
        "On Monday, The Courier reported that the fees would rise in May.",
        # A name, an age and a sentence going on.
        "Ann Lee, 34, and her son were rescued from the boat on Monday.",
    ],
)
def test_split_sentences_keeps_capitalised_sentence_opening_whole(text: str) -> None:
    assert [p for p, _ in _parts(text)] == [text]


@pytest.mark.parametrize(
    "head, rest",
    [
        # A sentence-case headline run into its first sentence.
        (
            "Storm closes harbour for a third day",
            "The harbour in Millbrook stayed closed on Monday as gales hit.",
        ),
        (
            "Ferry fares to rise by 10% next spring",
            "This is the second rise in a year, the operator said.",
        ),
        # A title-case headline that ends in a date.
        (
            "Storm Closes Harbour for Third Day March 3, 2024",
            "The harbour in Millbrook stayed closed on Monday.",
        ),
    ],
)
def test_split_sentences_cuts_sentence_case_or_dated_headline(
    head: str, rest: str
) -> None:
    text = head + " " + rest
    assert _parts(text) == [(head, True), (rest, False)]


@pytest.mark.parametrize(
    "text",
    [
        # A name in capitals goes on ("March On", "The Hague").
        "Leaders of the Women's March and March On insist the rift is over.",
        "Lawyers for the two states met in The Hague on Monday to talk.",
        # A capitalised word after a lower-case one, in a short sentence.
        "They saw the film It on Monday.",
    ],
)
def test_split_sentences_keeps_capitalised_words_inside_a_sentence(text: str) -> None:
    assert [p for p, _ in _parts(text)] == [text]


@pytest.mark.parametrize(
    "chrome",
    [
        "3 March 2024",
        "Updated 3 Mar 2024",
        "Photo: Jane Roe",
        "Photo: Jane Roe/Coast Agency",
        "Photo by Jane Roe",
    ],
)
def test_split_sentences_cuts_day_month_date_and_credit_glued_to_a_sentence(
    chrome: str,
) -> None:
    rest = "The harbour stayed closed on Monday as gales battered the coast."
    text = chrome + " " + rest
    assert _parts(text) == [(chrome, True), (rest, False)]


@pytest.mark.parametrize(
    "text",
    [
        "3 May 2024 was the day the harbour closed for good.",
        "Photographs by the council show the damage to the wall.",
    ],
)
def test_split_sentences_keeps_dates_and_photographs_in_a_sentence(text: str) -> None:
    assert _parts(text) == [(text, False)]


def test_split_sentences_cuts_listing_date_between_sentences() -> None:
    # A flattened listing: the date of the next item runs in after the last
    # sentence of the one before (annotation notes, decision 3).
    text = (
        "See the archive for more stories. Tuesday, March 4, 2014 "
        "On Monday, the council voted to close the pier."
    )
    assert _parts(text) == [
        ("See the archive for more stories.", False),
        ("Tuesday, March 4, 2014", True),
        ("On Monday, the council voted to close the pier.", False),
    ]


@pytest.mark.parametrize("label", ["Author: Ann Lee", "Author: admin", "AUTHOR: Staff"])
def test_split_sentences_author_label_is_a_byline(label: str) -> None:
    text = "The council voted to close the pier on Monday night.\n" + label + "\n"
    assert _parts(text)[-1] == (label, True)
