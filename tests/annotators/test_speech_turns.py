"""Turns that a record's speaker label or an interview's lead-in opens.

A parliamentary record prints the member's speech after a label such as
"Mr. ROE." and an interview names its interviewee in a lead-in before the
questions (annotation notes 15, 53): the sentences after them are the
named speaker's, not the outlet's.
"""

from __future__ import annotations

import pytest

from reliability.annotators.speech import first_turn
from reliability.document import Document
from reliability.segment import split_sentences


def _body_unsourced(analyzer, text: str) -> list[bool]:
    report = analyzer.analyze(text)
    return [s.unsourced_claim for s in report.sentences if not s.boilerplate]


def _first_turn(text: str) -> int:
    doc = Document(text=text, segments=split_sentences(text))
    return first_turn(doc)


RECORD = (
    "TRIBUTE TO THE HARBOR LIFEBOAT CREW HON. ANNA K. MORROW OF MAINE IN THE"
    " HOUSE OF REPRESENTATIVES Monday, May 4, 2015 Ms. MORROW. Madam Speaker,"
    " I rise today to honor the crew of the Harbor lifeboat. The crew rescued"
    " 41 sailors in 2014. The station opened in 1921 with six volunteers."
)
INTERVIEW = (
    "The county paper met with Dr. Samuel Okoye, who led the clinic for"
    " twenty years. Okoye shared his thoughts about the clinic and its"
    " patients.\n\n"
    "How did you start at the clinic?\n\n"
    "I arrived in 1998 as a junior nurse. The clinic had four beds then.\n\n"
    "What changed over the years?\n\n"
    "We added a maternity ward in 2006. It delivers 300 babies a year."
)


def test_speech_record_label_opens_the_members_turn(analyzer) -> None:
    # The label ends the run-on page header; the speech after it is the
    # member's, in the first person.
    unsourced = _body_unsourced(analyzer, RECORD)
    assert unsourced[-2:] == [False, False]


def test_speech_record_label_alone_opens_a_turn() -> None:
    # A label on a line of its own needs no first person after it.
    text = (
        "The record of the session is printed below.\n\n"
        "Mr. FALK.\n\n"
        "Mr. President, the port handled 2 million tons of grain in 2019."
        " The harbor was dredged in 2017."
    )
    assert _first_turn(text) == 2


@pytest.mark.parametrize(
    "text, first",
    [
        # The heading runs on into the speech's first sentence.
        (
            "The Congressional record of the day.\n\n"
            "HONORING A TEACHER HON. JOHN P. ALDEN OF OREGON IN THE HOUSE OF"
            " REPRESENTATIVES Tuesday, March 3, 2009 Madam Speaker, I rise to"
            " honor a teacher. She taught in Salem for 40 years.",
            1,
        ),
        # The heading stands alone, the first-person speech under it.
        (
            "HON. MARIA VEGA IN THE SENATE\n\n"
            "Mr. President, I want to speak about the dam. It was built in 1936.",
            1,
        ),
    ],
)
def test_speech_record_heading_opens_the_members_turn(text: str, first: int) -> None:
    assert _first_turn(text) == first


def test_speech_interview_lead_in_opens_the_answers(analyzer) -> None:
    unsourced = _body_unsourced(analyzer, INTERVIEW)
    # The answers are the interviewee's: none is the outlet's own claim.
    assert not any(unsourced[2:])
    assert _first_turn(INTERVIEW) == 2


@pytest.mark.parametrize(
    "text",
    [
        # A name in capitals ending a sentence of the outlet's own, with
        # no first-person speech after it.
        "The prize went to Mr. LEE. The jury met in Oslo in May. The hall"
        " seats 900 people.",
        # A record heading with no first-person speech under it.
        "HON. MARIA VEGA IN THE SENATE\n\nThe senator was born in 1950."
        " She studied law in Denver.",
        # A lead-in with no question after it is a report of a meeting.
        "The mayor spoke with Jane Roe about the bridge.\n\n"
        "The bridge reopened in May. It carries 9,000 cars a day.",
        # A quoted question after a meeting is the report's, not a turn.
        "The mayor spoke with reporters about the depot.\n\n"
        '"Are you closing it?" one asked.\n\n'
        "I have no plans to close it, the mayor said. The depot opened in 1990.",
        # A question after a lead-in, but answers in the third person.
        "We spoke with Jane Roe about the depot.\n\n"
        "Why did you close the depot?\n\n"
        "The depot closed in 2021. The council sold the land in 2022.",
    ],
)
def test_speech_no_turn_without_a_speaker_in_the_first_person(text: str) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    assert first_turn(doc) == len(doc.segments)
