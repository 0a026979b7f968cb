"""One-word speaker labels ("Okafor: ...", "Q: ...") in transcripts."""

from __future__ import annotations

import pytest

from reliability.annotators.speech import turn_labels
from reliability.document import Document
from reliability.segment import split_sentences


def _body_unsourced(analyzer, text: str) -> list[bool]:
    report = analyzer.analyze(text)
    return [s.unsourced_claim for s in report.sentences if not s.boilerplate]


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A name the body mentions, after an interviewer's label: a turn.
        (
            "The radio station spoke to Mayor Jane Okafor on Tuesday.\n\n"
            "Q: Thank you for joining us.\n\n"
            "Okafor: Well, the bridge reopened in May. It carries 9,000 cars"
            " a day.",
            [True, False, False, False],
        ),
        # Two turns of the same named speaker make a transcript too.
        (
            "Councillor Ruth Mbeki met the press after the vote.\n\n"
            "Mbeki: The depot closed in 2021 after the flood.\n\n"
            "Mbeki: The new one opened in March with 40 buses.",
            [True, False, False],
        ),
        # An interview printed as questions and answers: the questions
        # address the one who answers.
        (
            "The station chief retires this week after 30 years.\n\n"
            "Q: How has your work on the lifeboats changed since you joined?\n\n"
            "A: The station moved to the harbour in 2004. We doubled the crew.",
            [True, False, False],
        ),
        # A court transcript's dotted labels: the questions address the
        # witness, whose answers are theirs.
        (
            "The transcript of the second day was released on Friday.\n\n"
            "Q. Where were you when the alarm went off?\n"
            "A. I was in the boiler room. The pumps had stopped at midnight.\n"
            "Q. What did you do then?\n"
            "A. I called the duty manager at 2:05.",
            [True, False, False, False, False],
        ),
        # A bare greeting turn opens a briefing.
        (
            "Okafor: Good afternoon.\n\n"
            "We counted 300 nests on the cliffs in June.\n\n"
            "Thank you, Mayor Okafor.",
            [False, False],
        ),
    ],
)
def test_speech_one_word_label_opens_a_turn_in_a_transcript(
    analyzer, text: str, unsourced: list[bool]
) -> None:
    assert _body_unsourced(analyzer, text)[: len(unsourced)] == unsourced


@pytest.mark.parametrize(
    "text",
    [
        # Headings name no one in the body.
        "Update: The bridge reopened in May.\n\nNote: The ferry stopped in June.",
        # A roundup labels each country once, with no transcript around it.
        "Chile: Protesters marched in Santiago on Monday.\n\n"
        "Peru: The council in Lima closed the market in Peru on Friday.",
        # A headline quoting a greeting is no turn.
        "Okafor: Welcome to another week of delays on the ring road.\n\n"
        "Mayor Okafor opened the depot in May.",
        # An interviewer's label alone: a page of questions and answers
        # whose answerer it does not name.
        "Q: When does the pool open?\n\nThe pool opens at 7 a.m. in June.\n\n"
        "Q: Is parking free?\n\nParking costs 2 dollars an hour.",
        # An FAQ asks the reader's questions: its answers are the page's.
        "Q: Can I renew my permit online?\n\nA: Permits are renewed at the"
        " town hall since 2019.\n\nQ: How much do I pay?\n\nA: A permit costs"
        " 40 dollars a year.",
        # An FAQ with dotted labels asks the reader's questions.
        "Q. Can I renew my permit online?\nA. Permits are renewed at the town"
        " hall since 2019.\nQ. How much do I pay?\nA. A permit costs 40 dollars.",
        # Field labels and headings of a bulletin speak for no one.
        "Activity Summary: The lake level rose on Monday.\n\n"
        "Summit Observations: Tilt began overnight and continues.",
        "Featured Scientist: Ana Lima, a chemist at the plant lab.\n\n"
        "Research Unit: Plant Genetics Unit, Davis.\n\n"
        "Featured Scientist: Tom Berg, a botanist at the same lab.",
        # Headings on lines of their own speak for no one.
        "CURRENT SITUATION:\nNine new fires were reported on Monday.\n"
        "NORTHERN AREA LARGE FIRES:\nThe Pine Ridge fire grew to 400 acres.",
        # A letter's salutation on its line opens no turn.
        "March 3, 2024\n\nDear Chairwoman Okafor:\n\nThe depot closed in 2021."
        "\n\nDear Secretary Reyes:\n\nThe pier reopened in June.",
        # Run-in headings of a round-up, with "for" or a comma, name no
        # office and no name in capitals.
        "Money for Rail Lines: The council voted for new tracks in May.\n\n"
        "Little Relief for Farmers: The drought cut the harvest by half.",
        "Coaches in the league longer than two years: three.\n\n"
        "Ana Reyes, Rovers: 1 year, 2 months.\n\n"
        "Jon Ek, United: 4 years, 1 month.",
    ],
)
def test_speech_heading_salutation_or_lone_label_makes_no_transcript(text: str) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    assert turn_labels(doc) == []


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A minister's title with "for" before the name: the turns of a
        # press conference are the speakers' (annotation notes 6).
        (
            "The ministry held its weekly press conference on Friday.\n\n"
            "Minister for Transport Ana Reyes: The new quay opened on Monday."
            " It cost 40 million dollars.\n\n"
            "Deputy Minister for Transport Jon Ek: The old quay closes in"
            " June.",
            [True, False, False, False],
        ),
        # A name and an office, or an outlet and a reporter, joined by a
        # comma.
        (
            "The port held a press conference on Friday.\n\n"
            "JAN NOVAK, PORT DIRECTOR: The ferry carried 9,000 cars in May.\n\n"
            "Daily Courier, OKAFOR: The fares rose by a third in April.\n\n"
            "JAN NOVAK, PORT DIRECTOR: The fares stay at 3 dollars until 2026.",
            [True, False, False, False],
        ),
        # Labels standing alone on their lines, the turn below each
        # (annotation notes 53); the body names the minister.
        (
            "The questions to Transport Minister Reyes followed the cabinet"
            " meeting.\n\n"
            "Question:\n"
            "The ferry ran late on 12 days in June. Why was that?\n"
            "Minister:\n"
            "The pier was closed for repairs in June.",
            [True, False, False, False],
        ),
    ],
)
def test_speech_press_conference_labels_open_turns(
    analyzer, text: str, unsourced: list[bool]
) -> None:
    assert _body_unsourced(analyzer, text) == unsourced
