"""Sentence splitting: wrapped paragraphs and abbreviations (round 13)."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A paragraph whose first line is narrower than the lines under it.
        (
            "Visitors from overseas spent much less money\n"
            "in the three months to June than in the same months of last year, the\n"
            "statistics office said on Tuesday.\n",
            [
                "Visitors from overseas spent much less money\n"
                "in the three months to June than in the same months of last year, "
                "the\nstatistics office said on Tuesday."
            ],
        ),
        (
            "\u201cWe expect the number of visitors to grow\n"
            "again once the borders reopen to travellers from abroad,\u201d the\n"
            "minister said.\n",
            [
                "\u201cWe expect the number of visitors to grow\n"
                "again once the borders reopen to travellers from abroad,\u201d the\n"
                "minister said."
            ],
        ),
        # An opening clause broken off at its comma.
        (
            "Late on the last day of the talks in the capital,\n"
            "Ministers from both countries agreed to a plan for the harbour.\n",
            [
                "Late on the last day of the talks in the capital,\n"
                "Ministers from both countries agreed to a plan for the harbour."
            ],
        ),
        (
            "    Also at the harbour this week,\n"
            "    Divers from the coast guard searched the wreck of a fishing boat.\n",
            [
                "Also at the harbour this week,\n"
                "    Divers from the coast guard searched the wreck of a fishing boat."
            ],
        ),
        # The line that goes on opens a wrapped paragraph of its own.
        (
            "On the first day of the festival in the old town,\n"
            "Crowds had filled the main square by noon on Saturday. Their complaint:\n"
            "the buses from the railway station had stopped running long before the\n"
            "concerts ended, so that many of them had to walk home.\n",
            [
                "On the first day of the festival in the old town,\n"
                "Crowds had filled the main square by noon on Saturday.",
                "Their complaint:\nthe buses from the railway station had stopped "
                "running long before the\nconcerts ended, so that many of them had "
                "to walk home.",
            ],
        ),
    ],
)
def test_split_sentences_joins_wrapped_lines(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A salutation and a sign-off stay lines of their own.
        "Dear members of the harbour board,\n"
        "We write to ask for a meeting about the repairs to the wall next month.",
        "With best wishes and many thanks,\n"
        "The organising committee of the harbour festival in the old town",
        # A comma before a list item, a short label or a web address.
        "The plan covers the repairs to the harbour wall,\n"
        "- the new slipway for the fishing boats and the lifeboat station",
        "The plan covers the repairs to the harbour wall,\nAnn Lee",
        "Read the plan for the harbour and the old town,\n"
        "www.example.org/harbour/plans/repairs-to-the-wall-2024",
        # The items of a list without marks: none ends in a stop or wraps on.
        "The plan includes:\n"
        "more money for the schools in the north\n"
        "new rules for landlords that will take effect early next year\n"
        "lower taxes for small firms",
        "The plan covers three things in the coming year,\n"
        "new rules for landlords that will take effect early next year,\n"
        "lower taxes for small firms,",
        # A capitalised headline above a long lower-case line.
        "Harbour Reopens After Repairs To The Storm Wall\n"
        "please wait while the page loads the rest of the story for you",
    ],
)
def test_split_sentences_keeps_lines_apart(text: str) -> None:
    assert len(_sentences(text)) == text.count("\n") + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A councillor's title does not end a sentence.
        (
            "The new leader, Cllr. Ann Lee, said the budget was fair.",
            ["The new leader, Cllr. Ann Lee, said the budget was fair."],
        ),
        (
            "Cllrs. Ann Lee and Tom Hill voted against the plan.",
            ["Cllrs. Ann Lee and Tom Hill voted against the plan."],
        ),
        # Other titles before a name: police, military, French courtesy.
        (
            "Const. Ann Lee and Tpr. Tom Hill found the car.",
            ["Const. Ann Lee and Tpr. Tom Hill found the car."],
        ),
        (
            "Pte. Tom Hill served under Lieut. Ann Lee and Comdr. Joe Park.",
            ["Pte. Tom Hill served under Lieut. Ann Lee and Comdr. Joe Park."],
        ),
        (
            "Ofc. Ann Lee and Sfc. Tom Hill were hurt.",
            ["Ofc. Ann Lee and Sfc. Tom Hill were hurt."],
        ),
        (
            "Mme. Roe and Mlle. Roe arrived late.",
            ["Mme. Roe and Mlle. Roe arrived late."],
        ),
        # A quoted list's first number inside a sentence is no sentence end.
        (
            "He said his plans are \u201c1. Cut taxes. 2. Build homes.\u201d",
            [
                "He said his plans are \u201c1. Cut taxes.",
                "2. Build homes.\u201d",
            ],
        ),
        (
            "The match ended 2-1. The team flew home.",
            ["The match ended 2-1.", "The team flew home."],
        ),
        # A title in brackets between a rank and a name.
        (
            '"We won," said Maj. (Dr.) Ann Lee, the team coach.',
            ['"We won," said Maj. (Dr.) Ann Lee, the team coach.'],
        ),
        (
            "Lt. Col. (Ret.) Tom Hill spoke. He left.",
            ["Lt. Col. (Ret.) Tom Hill spoke.", "He left."],
        ),
        (
            "He met the doctor (Dr.) The next day he left.",
            ["He met the doctor (Dr.)", "The next day he left."],
        ),
        # "By" opens a sentence after an abbreviation that may end one.
        (
            "The hall was leased to Acme Inc. By noon it was full.",
            ["The hall was leased to Acme Inc.", "By noon it was full."],
        ),
        (
            "Was the vote fair? No. By any measure it was not.",
            ["Was the vote fair?", "No.", "By any measure it was not."],
        ),
    ],
)
def test_split_sentences_titles_and_starters(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def _flags(text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.boilerplate)
        for s in split_sentences(text, model=None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear Minister Lee and Ms Roe:\nWe write to ask about the harbour wall.",
            [
                ("Dear Minister Lee and Ms Roe:", True),
                ("We write to ask about the harbour wall.", False),
            ],
        ),
        (
            "Dear members of the board,\nThe repairs will cost more than planned.",
            [
                ("Dear members of the board,", True),
                ("The repairs will cost more than planned.", False),
            ],
        ),
        # A press office's section label.
        (
            "The agency opened a new office in the north on Monday.\n\n"
            "Agency Newsroom\n\n"
            "The office will employ forty people by the end of the year.",
            [
                ("The agency opened a new office in the north on Monday.", False),
                ("Agency Newsroom", True),
                ("The office will employ forty people by the end of the year.", False),
            ],
        ),
        (
            "The newsroom was busy on election night, the editor said.",
            [("The newsroom was busy on election night, the editor said.", False)],
        ),
        # A site's name line and a feed prompt.
        (
            "Official website of the City of Springfield:\n"
            "The council met on Tuesday and approved the budget for the harbour.",
            [
                ("Official website of the City of Springfield:", True),
                (
                    "The council met on Tuesday and approved the budget for the "
                    "harbour.",
                    False,
                ),
            ],
        ),
        (
            "The council approved the budget for the harbour on Tuesday.\n"
            "Also available as an RSS feed to subscribe to.",
            [
                ("The council approved the budget for the harbour on Tuesday.", False),
                ("Also available as an RSS feed to subscribe to.", True),
            ],
        ),
        (
            "The official website of the festival crashed on Monday.",
            [("The official website of the festival crashed on Monday.", False)],
        ),
        # Not a salutation: a sentence that opens with "Dear".
        (
            "Dear me, the repairs will cost more than planned.",
            [("Dear me, the repairs will cost more than planned.", False)],
        ),
    ],
)
def test_split_sentences_flags_salutation_and_section_label(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "We live in busy times. For one in six people on the planet, our days "
            "are shaped by phones and screens. The way we use them matters.",
            ("We live in busy times.", False),
        ),
        (
            "Address by the mayor to the town.\n\nToday we have good news. The "
            "harbour wall is repaired and the boats are back in the water.\n\n"
            "The work took three months.",
            ("Today we have good news.", False),
        ),
        # A title-case headline before the lede on its line stays a headline.
        (
            "Storm Hits Coast. Waves battered the harbour wall on Monday and "
            "closed the road to the pier for the rest of the week.",
            ("Storm Hits Coast.", True),
        ),
        # On a page flattened to one line, a short sentence after a credit
        # is the headline, not the paragraph's opening.
        (
            "Originally posted by Example News. Storm closes the harbour. The "
            "harbour stayed closed on Monday as waves battered the coast.",
            ("Storm closes the harbour.", True),
        ),
    ],
)
def test_split_sentences_short_opening_of_first_paragraph(
    text: str, first: tuple[str, bool]
) -> None:
    flags = _flags(text)
    assert first in flags


@pytest.mark.parametrize(
    ("text", "greeting", "flag"),
    [
        (
            "Press conference by the mayor\n\nGood morning.\n\nThank you all for "
            "coming today. I am glad to see so many of you here for the opening.",
            "Good morning.",
            False,
        ),
        (
            "Remarks by the mayor at the harbour\n\nGood afternoon, everyone.\n\n"
            "It is a pleasure to open the new harbour wall with you all today.",
            "Good afternoon, everyone.",
            False,
        ),
        (
            "Address by the mayor\n\nMy fellow citizens.\n\nServing as your "
            "mayor is the greatest honour of my life, and I thank you all.",
            "My fellow citizens.",
            False,
        ),
        (
            "Address by the mayor\n\nLadies and gentlemen, dear friends!\n\n"
            "Serving as your mayor is the greatest honour of my life, and I "
            "thank you all.",
            "Ladies and gentlemen, dear friends!",
            False,
        ),
        # A headline that is no greeting stays a headline.
        (
            "Fellow workers strike in the north.\n\nThe workers at the harbour "
            "walked out on Monday over pay and the closure of the old slipway.",
            "Fellow workers strike in the north.",
            True,
        ),
        (
            "Storm closes harbour for third day\n\nThe harbour stayed closed on "
            "Monday as waves battered the coast and the road to the pier.",
            "Storm closes harbour for third day",
            True,
        ),
    ],
)
def test_split_sentences_greeting_opens_transcript(
    text: str, greeting: str, flag: bool
) -> None:
    assert (greeting, flag) in _flags(text)


def test_split_sentences_cuts_long_release_title_before_dateline() -> None:
    title = (
        "Harbour Board Members and Former Port Officials Who Took Payments From "
        "Shipping Firms Will Be Barred From Office, Repay Fees and Pay Fines"
    )
    lede = (
        "SPRINGFIELD, Ill. \u2014 Today the harbour board and the state attorney "
        "general took action against the members who took the payments."
    )
    text = "Harbour board news\n\n" + title + " " + lede
    flags = _flags(text)
    assert (title, True) in flags
    assert (lede, False) in flags


def test_split_sentences_live_log_entries_are_body() -> None:
    text = (
        "Monday, June 3, 2024\n\n"
        "7:18 p.m. The council adjourned.\n\n"
        "7:09 p.m. Councillor Lee spoke on the harbour budget.\n\n"
        "6:59 p.m. The vote on the harbour budget failed by five votes to four, "
        "so the plan goes back to the committee for another month of work."
    )
    flags = _flags(text)
    assert ("Monday, June 3, 2024", True) in flags
    assert ("7:18 p.m. The council adjourned.", False) in flags
    assert ("7:09 p.m. Councillor Lee spoke on the harbour budget.", False) in flags


@pytest.mark.parametrize(
    ("text", "line", "flag"),
    [
        (
            "Press conference - Springfield\nANN LEE, MAYOR: Ready to go?\n"
            "JOURNALIST: Born ready.\nANN LEE, MAYOR: Good. Serving as your mayor "
            "is the greatest honour of my life and I thank you all for coming.",
            "ANN LEE, MAYOR: Ready to go?",
            False,
        ),
        # A headline with a colon and a question has no office after a comma.
        (
            "STORM WARNING: What happens next?\n\nThe harbour stayed closed on "
            "Monday after a week of storms along the coast and the islands.",
            "STORM WARNING: What happens next?",
            True,
        ),
    ],
)
def test_split_sentences_titled_speaker_turn(text: str, line: str, flag: bool) -> None:
    assert (line, flag) in _flags(text)
