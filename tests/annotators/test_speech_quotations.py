"""Quotations whose speaker is named without a reporting verb (annotation notes 6).

A roundup of reactions or a live blog labels each quotation with its
speaker ("Sen. Mary Oak (D-OR): \u201c...\u201d"), and a pull quote or a release
signs it with a bare name after the closing mark ("\u2026,\u201d Jane Roe, the
mayor."): no attribution is found, yet the quoted sentences are the
speaker's, not the outlet's.
"""

from __future__ import annotations

import pytest

from reliability.annotators.speech import named_quotations
from reliability.document import Document
from reliability.segment import split_sentences


def _named(text: str) -> list[tuple[str, str]]:
    doc = Document(text=text, segments=split_sentences(text))
    found = named_quotations(doc)
    return [
        (text[doc.segments[i].start : doc.segments[i].end], rule)
        for i, rule in sorted(found.items())
    ]


HEADLINE = "sourced:headline-quotation"
INTRODUCED = "sourced:introduced-quotation"
LABELLED = "sourced:labelled-quotation"
SIGNED = "sourced:signed-quotation"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A roundup of reactions: a name with a party tag, the quotation
        # running over two sentences.
        (
            "Reactions to the budget\n\n"
            'Senator Mary Oak (D-OR): "This budget cuts school funding by a'
            ' third. It also ends the rail subsidy."\n\n'
            "The vote is expected next week.",
            [
                (
                    'Senator Mary Oak (D-OR): "This budget cuts school funding by a'
                    " third.",
                    LABELLED,
                ),
                ('It also ends the rail subsidy."', LABELLED),
            ],
        ),
        # A live blog's handle.
        (
            "Two schools closed on Monday.\n"
            "@cityfire: \u201cCrews rescued 14 people from the Elm Street flats.\u201d",
            [
                (
                    "@cityfire: \u201cCrews rescued 14 people from the Elm Street"
                    " flats.\u201d",
                    LABELLED,
                ),
            ],
        ),
        # A named document quoted under its name.
        (
            "The two texts read alike.\n"
            "Harbour Charter: \u201cThe port shall stay open to all ships.\u201d",
            [
                (
                    "Harbour Charter: \u201cThe port shall stay open to all"
                    " ships.\u201d",
                    LABELLED,
                ),
            ],
        ),
    ],
)
def test_speech_labelled_quotation_is_the_speakers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name and a description after the closing comma.
        (
            "The council met on Monday.\n"
            "\u201cThe depot will bring 200 jobs. Work starts in March,\u201d Jane"
            " Roe, the mayor.",
            [
                ("\u201cThe depot will bring 200 jobs.", SIGNED),
                ("Work starts in March,\u201d Jane Roe, the mayor.", SIGNED),
            ],
        ),
        # A dash before the name, cut off as a sentence of its own.
        (
            '"Three schools will close in June." \u2014 Dr. Ann Lee, head of'
            " the board\n\nThe board meets monthly.",
            [('"Three schools will close in June."', SIGNED)],
        ),
    ],
)
def test_speech_signed_quotation_is_the_speakers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _named(text) == expected


def test_speech_quotation_after_a_long_introducing_frame_is_the_speakers() -> None:
    # The introducing word stands early in a frame that names the occasion
    # at length; the quoted paragraph after its colon is the statement.
    text = (
        "The two senators issued a statement on Tuesday after the committee"
        " voted to move a spending plan that cuts the rail budget by a third:\n"
        "\u201cThe plan closes four stations in our state. It ends the night"
        " trains to the coast.\u201d\n"
        "The committee meets again in June."
    )
    assert _named(text) == [
        ("\u201cThe plan closes four stations in our state.", INTRODUCED),
        ("It ends the night trains to the coast.\u201d", INTRODUCED),
    ]


def test_speech_unclosed_quotation_after_a_frame_cut_by_a_bill_number() -> None:
    # A bill number's full stops cut the frame into sentences, and the
    # statement's first paragraph leaves its quotation open, as news style
    # does when the next paragraph reopens it.
    text = (
        "The senator issued the following statement on H.Con.Res. 9 and"
        " H.Res. 76:\n\n"
        "\u201cThe bill closes four stations. It ends the night trains. \n\n"
        "\u201cWe will vote against it.\u201d"
    )
    assert _named(text) == [
        ("\u201cThe bill closes four stations.", INTRODUCED),
        ("It ends the night trains.", INTRODUCED),
    ]


def test_speech_quotation_under_a_headline_naming_the_speech() -> None:
    # The headline names whose statement the page prints (annotation notes
    # 29); the sentence after the quoted paragraph is the page's again.
    text = (
        "The Harbour Master\u2019s statement on the storm\n\n"
        "\u201cThe quay flooded twice overnight, and the harbour wall gave way"
        " at the north end. Two boats sank at their moorings.\u201d\n\n"
        "The port reopens on Monday."
    )
    assert _named(text) == [
        (
            "\u201cThe quay flooded twice overnight, and the harbour wall gave"
            " way at the north end.",
            HEADLINE,
        ),
        ("Two boats sank at their moorings.\u201d", HEADLINE),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A headline with no possessive names no speaker.
        "A statement on the storm\n\n"
        "\u201cThe quay flooded twice overnight and two boats sank.\u201d",
        # A possessive headline about something other than speech.
        "The Harbour\u2019s worst storm in decades\n\n"
        "\u201cThe quay flooded twice overnight and two boats sank.\u201d",
    ],
)
def test_speech_no_headline_quotation(text: str) -> None:
    assert _named(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # A colon frame with no introducing word: a list's lead-in.
        "The bridge reopened after a year of repairs to these parts:\n"
        '"The deck, the rails and the lamps were replaced in May."',
        # A field label is no speaker.
        'Photo Caption: "Crews cleared the road by noon on Monday."',
        # One bare word before the colon is a heading.
        'Update: "The bridge reopened in May."',
        # A label that does not open its line.
        'The sign on the door read: "Closed until May."',
        # A lower-case description is not a name.
        'Quote of the day: "The bridge reopened in May."',
        # The quotation does not open its sentence.
        'The mayor called it "a good day for the town," Jane Roe, the mayor.',
        # A new sentence after the quotation is not its signature.
        '"The bridge reopened in May." The Council Met on Monday.',
        # A verb after the name: the attribution annotator's case.
        '"The bridge reopened in May," Jane Roe said on Monday.',
        # A title in quotation marks with no comma or dash after it.
        '"Harbour Lights" Won Best Film in Leeds.',
    ],
)
def test_speech_no_named_quotation(text: str) -> None:
    assert _named(text) == []
