"""Segmentation: labels before a colon (round 16)."""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, rules_around


@pytest.mark.parametrize(
    "line",
    [
        # A few words without a verb, alone on their line before a colon,
        # head what follows: a label.
        "Key points:",
        "For more information:",
        "Travel advice:",
        "Weather warnings:",
        "Useful links:",
        # ... up to eight words when written in capitals.
        "ROAD CLOSURES IN THE NORTH OF THE COUNTY:",
    ],
)
def test_colon_label_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:label"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # A lead-in of the body has a verb, a subject pronoun or a question
        # word: it stays in the body.
        "The harbour master said:",
        "A council spokesman told reporters:",
        "The new rules include:",
        "They are:",
        "Here's how:",
        "What we know so far:",
        "The repairs will cover:",
        "Among the damaged boats:",
        # A longer line in lower case is a sentence, a time stamp a stamp.
        "The storm damaged these parts of the harbour:",
        # A quotation's first words.
        "\u201cWe need answers:",
    ],
)
def test_lead_in_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


def test_label_inside_a_paragraph_is_body() -> None:
    # Not alone on its line: part of the paragraph.
    line = "The council listed three options: repair, rebuild or close the pier."
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


def test_items_under_a_label_are_body() -> None:
    # The label is furniture; the list it introduces is the story's.
    line = (
        "Regatta winners:\n\n"
        "Sailing \u2013 Harbour Rowing Club\n\n"
        "Swimming \u2013 Town Lifeguard Team\n"
    )
    inside, around = rules_around(LEAD, line, TAIL, model=None)
    assert inside == ["boilerplate:label", None, None]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # A sentence that sends the reader to the web address it ends with.
        "For more on the storm, go to weather.example.org.",
        "For more flood safety tips, go\nto floodready.example.org.",
        "That's all for this week; for more news from the coast go to Example.mil.",
        "The full survey is available to download at www.example.gov/survey.",
        "Residents should visit ready.example.gov.",
        "Past reports can be found at https://example.org/reports.",
    ],
)
def test_web_pointer_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # The address does not end the sentence, or nobody is sent there.
        "Guidance is freely available on gov.uk, and by phone from Monday.",
        "The ministers said they would go to Washington.",
        "\u201cGo to example.gov,\u201d the mayor told residents.",
        "The hackers copied the site and sent visitors to example.com.",
    ],
)
def test_address_in_body_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    [
        # Where a copy comes from, or the licence it is shared under.
        "This text comes from the Valley Ledger.",
        "This content is distributed under a Creative Commons licence.",
        "This story was adapted from a report by the Harbour Trust.",
        "This article has been translated from French.",
        "This is a partial translation of an article from the Spanish edition.",
    ],
)
def test_copy_notice_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:wire"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "This report comes from the budget office, which found a deficit.",
        "This is the first time the pier has closed since 1953.",
        "This story has been told many times on the coast.",
    ],
)
def test_this_sentence_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    [
        # A short line ending in a mark set off by a space: a breadcrumb, a
        # link or a menu item, a picture's credit.
        "Documents /",
        "Harbour news \u00bb\u00bb",
        "Archive |",
        "| Category: | Storms |",
        "Jane Roe -",
        "Originally published at \u2013",
    ],
)
def test_trailing_mark_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # A sentence cut off at a dash is body (judgement call 5), and so is a
        # mark glued to its word or a stop after it.
        "The mayor said the plan -",
        "Prices rose 5 per cent over the year \u2013",
        "Repairs will cost \u00a3300,000/",
        "The council voted 7-2 on the plan.",
    ],
)
def test_cut_off_line_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    [
        # A disclaimer about the page: the text is a reference copy, or its
        # opinions are its writers' own.
        "This summary is for reference purposes only.",
        "(This is an unofficial translation for reference purpose only)",
        "Opinions are those of the individual contributors.",
    ],
)
def test_disclaimer_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


def test_reference_in_body_is_body() -> None:
    line = "The harbour master kept the old charts for reference during the repairs."
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]
