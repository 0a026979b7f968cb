"""Full stops of abbreviations before a bracket, and embargo notices."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _parts(text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.boilerplate)
        for s in split_sentences(text, model=None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry leaves at 8:30 a.m. (ET) Friday from the eastern pier.",
        "Aid workers from the U.N. (UNHCR) said the camp was full.",
    ],
)
def test_split_sentences_abbreviation_before_bracketed_code_goes_on(
    text: str,
) -> None:
    assert _parts(text) == [(text, False)]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "The ferry left at 8:30 a.m. (The harbour was closed all day.)",
            "The ferry left at 8:30 a.m.",
        ),
        (
            "Officials met at 9 a.m. (AP photo) Crews then began repairs.",
            "Officials met at 9 a.m.",
        ),
    ],
)
def test_split_sentences_abbreviation_before_bracketed_sentence_ends(
    text: str, first: str
) -> None:
    assert _parts(text)[0][0] == first


def test_split_sentences_flags_embargo_notice() -> None:
    notice = (
        "Transmission of material in this news release is embargoed until "
        "10:00 a.m. (ET) Tuesday, March 4, 2025"
    )
    text = (
        notice + "\n\nThe harbour authority reopened the eastern pier on Monday "
        "after three weeks of repairs to the storm wall.\n"
    )
    assert _parts(text)[0] == (notice, True)
    assert _parts(text)[-1][1] is False


@pytest.mark.parametrize(
    "label, rest",
    [
        ("(High resolution image)", "Rising seas may flood the harbour by 2050."),
        (
            "(Coast Guard photo by Petty Officer Ann J. Lee)",
            "A boat crew rescued two fishermen on Monday.",
        ),
    ],
)
def test_split_sentences_cuts_bracketed_picture_label_off_a_sentence(
    label: str, rest: str
) -> None:
    text = "Repairs on the pier began on Monday. " + label + " " + rest
    assert _parts(text)[1:] == [(label, True), (rest, False)]


@pytest.mark.parametrize(
    "text",
    [
        "The council met. (The photo was taken in May.) Repairs began in June.",
        "The council met. (Pictures may be sent to the harbour office.)",
    ],
)
def test_split_sentences_keeps_bracketed_sentence_about_pictures(text: str) -> None:
    parts = _parts(text)
    assert [flag for part, flag in parts if part.startswith("(")] == [False]


def test_split_sentences_flags_bracketed_credit_line() -> None:
    text = (
        "Officers seized the packages at the port on Monday. (Agency Photo)\n\n"
        "The harbour authority reopened the eastern pier on Monday after "
        "three weeks of repairs to the storm wall.\n"
    )
    assert ("(Agency Photo)", True) in _parts(text)


def test_split_sentences_cuts_link_after_embedded_post() -> None:
    text = (
        "The harbour authority reopened the eastern pier on Monday after three "
        "weeks of repairs to the storm wall.\n\n"
        "Thanks to every crew who rebuilt the wall. https://t.co/Ab12Cd34\n"
    )
    assert [part for part, _ in _parts(text)[1:]] == [
        "Thanks to every crew who rebuilt the wall.",
        "https://t.co/Ab12Cd34",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The full rules are posted at https://example.org/harbour/rules today.",
        "References 1. https://example.org/harbour/rules",
        "The ferry left at 8 a.m. https://example.org/timetable",
    ],
)
def test_split_sentences_keeps_link_inside_its_line(text: str) -> None:
    assert len(_parts(text)) == 1


def test_military_rank_abbreviation_does_not_end_the_sentence() -> None:
    # "Tech. Sgt." is one rank; "Virginia Tech." before "The" still ends one.
    text = (
        "Tech. Sgt. Dana Cole fixed the radar on Monday. "
        "She studied at Virginia Tech. The school praised her."
    )
    got = [text[s.start : s.end] for s in split_sentences(text)]
    assert got == [
        "Tech. Sgt. Dana Cole fixed the radar on Monday.",
        "She studied at Virginia Tech.",
        "The school praised her.",
    ]


@pytest.mark.parametrize(
    "text, first",
    [
        (
            "Temperatures on the pier hit 41C. Crews stopped work at noon.",
            "Temperatures on the pier hit 41C.",
        ),
        (
            "The water reached 12.5\u00b0C. Swimmers stayed out.",
            "The water reached 12.5\u00b0C.",
        ),
        (
            "The town finally got 5G. Residents were pleased.",
            "The town finally got 5G.",
        ),
    ],
)
def test_split_sentences_unit_glued_to_a_number_is_no_initial(
    text: str, first: str
) -> None:
    assert [t for t, _ in _parts(text)] == [first, text[len(first) + 1 :]]


@pytest.mark.parametrize(
    "text",
    [
        "The pier was designed by George W. Bush's cousin in 1990.",
        "In 1990 J. K. Lee took over the ferry company.",
    ],
)
def test_split_sentences_initials_still_go_on(text: str) -> None:
    assert [t for t, _ in _parts(text)] == [text]


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The fire started at about 11 p.m. Crews arrived within minutes.",
            ["The fire started at about 11 p.m.", "Crews arrived within minutes."],
        ),
        (
            "The bakery opens at 6:30 a.m. Queues form an hour earlier.",
            ["The bakery opens at 6:30 a.m.", "Queues form an hour earlier."],
        ),
    ],
)
def test_split_sentences_clock_time_ends_sentence_before_capital(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The vote is set for 2 p.m. Friday, aides said.",
        "The ferry left at 9 a.m. Jan. 4 and docked at noon.",
        "Polls close at 8 p.m. ET in most states.",
        "Tune in at 8 p.m. E.T. tonight for the debate.",
        "The show starts at 7 p.m. Eastern on Saturdays.",
        "The ceremony begins at 7 p.m. Moscow time on Sunday.",
        "At 10 a.m. NASA confirmed the launch date.",
        "2:30 p.m. Garcia thanked her volunteers at a rally.",
    ],
)
def test_split_sentences_clock_time_goes_on_into_date_zone_or_subject(
    text: str,
) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "The report (see p. 14) lists the cases by county.",
        "See pp. 12-15 of the audit for the figures.",
        "The rules are set out in Art. 5 of the treaty.",
        "Call the clinic on tel. 555 0100 for an appointment.",
        "The history is told in Ch. 3 of the report.",
    ],
)
def test_split_sentences_reference_abbreviation_before_number_goes_on(
    text: str,
) -> None:
    assert _sentences(text) == [text]


def test_split_sentences_reference_word_ending_sentence_still_ends_it() -> None:
    text = "She studied modern art. Then she moved to Rome."
    assert _sentences(text) == ["She studied modern art.", "Then she moved to Rome."]
