"""What stands above the body without being a headline: on-air openings, lists."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences

BODY = (
    "Engineers reopened the eastern pier on Monday after three weeks of repairs "
    "to the storm wall, the harbour authority said in a statement.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "This is the Evening Science Report.\n\n" + BODY,
        "City Radio news 2020-01-01\n\nThis is City Radio news. I'm Ann Lee.\n\n"
        + BODY,
        "From City Radio, this is the Weekly Farm Report.\n\n" + BODY,
        "Farm Report\n\nTwelve Ways to Save Water\n\n02 March 2011\n\n"
        "This is the Weekly Farm Report.\n\n" + BODY,
    ],
)
def test_split_sentences_keeps_broadcast_opening_as_body(text: str) -> None:
    segs = split_sentences(text, model=None)
    opening = [
        s
        for s in segs
        if "This is" in text[s.start : s.end] or "this is" in text[s.start : s.end]
    ]
    assert opening and not any(s.boilerplate for s in opening)
    assert not segs[-1].boilerplate


def test_split_sentences_still_flags_headline_above_broadcast() -> None:
    text = "Farm Report\n\nTwelve Ways to Save Water\n\nThis is the Farm Report.\n\n"
    text += BODY
    segs = split_sentences(text, model=None)
    assert [text[s.start : s.end] for s in segs if s.boilerplate][-1] == (
        "Twelve Ways to Save Water"
    )


def test_split_sentences_bulleted_fact_box_is_no_headline() -> None:
    text = (
        "Storms of the Decade\n\n"
        "\u2022 2014: Storm floods the harbour and closes the pier for a month\n"
        "\u2022 2019: High winds bring down the old lighthouse mast\n\n" + BODY
    )
    segs = split_sentences(text, model=None)
    assert [s.boilerplate for s in segs[1:3]] == [False, False]


@pytest.mark.parametrize(
    "text",
    [
        "Q and A with the harbour master\n\nBy Ann Lee\n\n"
        "Q: How long have you run the harbour?\n\nA: For nine years, since the "
        "old master retired and the council asked me to take the job on.\n",
        "Questions and answers\n\nQ: Who may apply for a mooring?\n\n"
        "A: Any resident who has owned a boat for a year may apply to the "
        "harbour office for a mooring.\n",
    ],
)
def test_split_sentences_interview_question_is_no_headline(text: str) -> None:
    segs = split_sentences(text, model=None)
    question = next(s for s in segs if text.startswith("Q:", s.start))
    assert not question.boilerplate
    assert segs[0].boilerplate


def test_split_sentences_question_headline_with_a_label_stays_a_headline() -> None:
    text = "ANALYSIS: Will the ferry survive?\n\n" + BODY
    segs = split_sentences(text, model=None)
    assert segs[0].boilerplate and not segs[-1].boilerplate


def test_split_sentences_interview_question_in_body_is_no_crosshead() -> None:
    text = (
        BODY + "\nQ: Can I fish from the pier?\n\nA: Yes, anglers may fish from "
        "the western end once the repairs are finished.\n\nSafety at Sea?\n\n" + BODY
    )
    flags = {text[s.start : s.end]: s.boilerplate for s in split_sentences(text)}
    assert flags["Q: Can I fish from the pier?"] is False
    assert flags["Safety at Sea?"] is True


def test_split_sentences_paragraphs_without_stops_open_the_body() -> None:
    # A page whose paragraphs lost their final stops: the headline and its
    # dek stay furniture, the lines of prose below them are the body.
    text = (
        "Village saves its last shop after a year of fundraising\n"
        "Residents raised the money themselves\n"
        "The shop on the green had been due to close in March after its owner retired\n"
        "Volunteers now run the till in four-hour shifts six days a week\n"
        '"We could not lose the heart of the village," one of them said\n'
        "Profits go towards repairs to the village hall\n"
        "The shop also sells bread from a bakery in the next town.\n"
    )
    segs = split_sentences(text, model=None)
    flags = [s.boilerplate for s in segs]
    assert flags == [True, True, False, False, False, False, False]


def test_split_sentences_short_unpunctuated_lines_above_body_stay_headlines() -> None:
    # One long line without a stop is no unpunctuated page.
    text = (
        "Harbour News\n"
        "Pier reopens\n"
        "Repairs to the storm wall took three weeks and cost the harbour dearly\n"
        "Weather\n"
        "Ferries\n"
        "Engineers reopened the eastern pier on Monday after three weeks of "
        "repairs, the harbour authority said.\n"
    )
    segs = split_sentences(text, model=None)
    assert [s.boilerplate for s in segs][:5] == [True] * 5


def test_split_sentences_transcript_opening_turns_are_body() -> None:
    # A briefing transcript with no headline: the first turn, the sentence
    # that shares its line, and the "Q." / "A." turns above the first long
    # answer are the transcript, not a headline block.
    text = (
        "MR. LEE: Good morning. Thanks for waiting.\n"
        "Q. When does the new timetable start?\n"
        "A. Monday.\n"
        "The ferries will run every half hour from the eastern pier until the "
        "repairs are finished.\n"
    )
    assert not any(s.boilerplate for s in split_sentences(text, model=None))
