"""Sentence splitting and boilerplate flags (gold/README.md, judgement calls 1-7)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reliability.segment import Segment, split_sentences
from tests.strategies import any_text, news_like


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, text[s.start : s.end]) for s in split_sentences(text)]


def flagged(text: str) -> list[tuple[int, int, str, str | None]]:
    return [
        (s.start, s.end, text[s.start : s.end], s.rule) for s in split_sentences(text)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Judgement call 1: a stop followed by whitespace, or a line break.
        ("He left. She stayed.", [(0, 8, "He left."), (9, 20, "She stayed.")]),
        ("Really? Yes! Fine.", [(0, 7, "Really?"), (8, 12, "Yes!"), (13, 18, "Fine.")]),
        ("Line one\nLine two", [(0, 8, "Line one"), (9, 17, "Line two")]),
        ("One\r\nTwo\u2029Three", [(0, 3, "One"), (5, 8, "Two"), (9, 14, "Three")]),
        (
            "  Leading and trailing spaces.  \n\n\n  Second.  ",
            [(2, 30, "Leading and trailing spaces."), (37, 44, "Second.")],
        ),
        ("The end .\nNext line.", [(0, 9, "The end ."), (10, 20, "Next line.")]),
        (
            "Don't have an account? Register",
            [(0, 22, "Don't have an account?"), (23, 31, "Register")],
        ),
        # Inside quotations, with straight and typographic quote marks.
        (
            'He said: "We will fight." Then he left.',
            [(0, 25, 'He said: "We will fight."'), (26, 39, "Then he left.")],
        ),
        (
            "\u201cWe will fight.\u201d Then he left.",
            [(0, 16, "\u201cWe will fight.\u201d"), (17, 30, "Then he left.")],
        ),
        ("Hello.\u201d She left.", [(0, 7, "Hello.\u201d"), (8, 17, "She left.")]),
        (
            "\u201cAn air bridge exists. Helicopters fly daily,\u201d he said.",
            [
                (0, 22, "\u201cAn air bridge exists."),
                (23, 55, "Helicopters fly daily,\u201d he said."),
            ],
        ),
        (
            "\u201cWe are ready,\u201d he said. \u201cWe will win.\u201d",
            [
                (0, 24, "\u201cWe are ready,\u201d he said."),
                (25, 39, "\u201cWe will win.\u201d"),
            ],
        ),
        (
            "\u201cWhy now?\u201d he asked. Nobody answered.",
            [(0, 20, "\u201cWhy now?\u201d he asked."), (21, 37, "Nobody answered.")],
        ),
        (
            "said the commander. \u201d But we will fight.\u201d",
            [
                (0, 19, "said the commander."),
                (20, 41, "\u201d But we will fight.\u201d"),
            ],
        ),
        # Abbreviations and titles.
        (
            "Mr. Smith met Gen. Jones in Jan. 2021 and Dr. Who.",
            [(0, 50, "Mr. Smith met Gen. Jones in Jan. 2021 and Dr. Who.")],
        ),
        ("Sens. Carper and Leahy agreed.", [(0, 30, "Sens. Carper and Leahy agreed.")]),
        (
            "Use tools, e.g. hammers. Done.",
            [(0, 24, "Use tools, e.g. hammers."), (25, 30, "Done.")],
        ),
        (
            "It cost approx. ten dollars. Fine.",
            [(0, 28, "It cost approx. ten dollars."), (29, 34, "Fine.")],
        ),
        (
            "No. 10 Downing Street said so. Yes.",
            [(0, 30, "No. 10 Downing Street said so."), (31, 35, "Yes.")],
        ),
        (
            "Troops left the U.S. Army base.",
            [(0, 31, "Troops left the U.S. Army base.")],
        ),
        (
            "Troops left the U.S. The war ended.",
            [(0, 20, "Troops left the U.S."), (21, 35, "The war ended.")],
        ),
        (
            "He lives in Chattanooga, Tenn. He said so.",
            [(0, 30, "He lives in Chattanooga, Tenn."), (31, 42, "He said so.")],
        ),
        (
            "It was the A.F.L.-C.I.O. \u201cWe agree,\u201d it said.",
            [
                (0, 24, "It was the A.F.L.-C.I.O."),
                (25, 45, "\u201cWe agree,\u201d it said."),
            ],
        ),
        # Initials.
        (
            "J. K. Rowling wrote it. George W. Bush read it.",
            [(0, 23, "J. K. Rowling wrote it."), (24, 47, "George W. Bush read it.")],
        ),
        # Numbers and decimal points.
        (
            "Prices rose 3.5 per cent to 1,000 after 9/11. Markets fell.",
            [
                (0, 45, "Prices rose 3.5 per cent to 1,000 after 9/11."),
                (46, 59, "Markets fell."),
            ],
        ),
        # Ellipses: three stops end a sentence before a capital, and between
        # two sentences they stand alone (call 1 taken literally); the
        # ellipsis character is not a stop.
        (
            "He paused... and then spoke. Wait... The end.",
            [
                (0, 28, "He paused... and then spoke."),
                (29, 36, "Wait..."),
                (37, 45, "The end."),
            ],
        ),
        (
            "It happened. ... Then it ended.",
            [(0, 12, "It happened."), (13, 16, "..."), (17, 31, "Then it ended.")],
        ),
        (
            '"Vote early. ... See you there."',
            [(0, 12, '"Vote early.'), (13, 16, "..."), (17, 32, 'See you there."')],
        ),
        (
            "It came down to \u2026 Main Street. Then it ended.",
            [
                (0, 30, "It came down to \u2026 Main Street."),
                (31, 45, "Then it ended."),
            ],
        ),
        # Titles and legal forms mid-sentence.
        (
            "His aunt, state Del. Mary Hill, spoke. Then Sen. Ann Reed did.",
            [
                (0, 38, "His aunt, state Del. Mary Hill, spoke."),
                (39, 62, "Then Sen. Ann Reed did."),
            ],
        ),
        (
            "It cited Roe v. Wade and Smith vs. Jones in court.",
            [(0, 50, "It cited Roe v. Wade and Smith vs. Jones in court.")],
        ),
        (
            "Rep. Al Cole, D-N.Y., and Sen. Jo Kim, D-Mass., voted no.",
            [(0, 57, "Rep. Al Cole, D-N.Y., and Sen. Jo Kim, D-Mass., voted no.")],
        ),
        (
            "Sen. Jo Kim, D-Mass. The bill passed.",
            [(0, 20, "Sen. Jo Kim, D-Mass."), (21, 37, "The bill passed.")],
        ),
        (
            "Retired Lt. Gen. Tom Ray met Gov. Lee and Reps. Diaz and Wu.",
            [(0, 60, "Retired Lt. Gen. Tom Ray met Gov. Lee and Reps. Diaz and Wu.")],
        ),
        # A state after a place name ends a sentence before a capital.
        (
            "It opens near Yuma, Ariz. Previously, trucks went to Texas.",
            [
                (0, 25, "It opens near Yuma, Ariz."),
                (26, 59, "Previously, trucks went to Texas."),
            ],
        ),
        (
            "YUMA, Ariz. - Trucks went to Dover, Del., on Monday.",
            [(0, 52, "YUMA, Ariz. - Trucks went to Dover, Del., on Monday.")],
        ),
        (
            "He fell ill. Doctors came.",
            [(0, 12, "He fell ill."), (13, 26, "Doctors came.")],
        ),
        # Judgement call 3: a glued teaser is cut at the join; other glue is not.
        (
            "Also on example.com Rivals say they won the runoffOn the other hand,"
            " the talks failed.",
            [
                (0, 50, "Also on example.com Rivals say they won the runoff"),
                (50, 86, "On the other hand, the talks failed."),
            ],
        ),
        (
            "Also read: Russia sends tanks to the borderThe minister said the talks "
            "failed.",
            [
                (0, 43, "Also read: Russia sends tanks to the border"),
                (43, 78, "The minister said the talks failed."),
            ],
        ),
        (
            "AdvertisementThe minister said so.",
            [(0, 13, "Advertisement"), (13, 34, "The minister said so.")],
        ),
        (
            "Officials tweetedHakim and left.",
            [(0, 32, "Officials tweetedHakim and left.")],
        ),
        (
            "\u201cIt was built,\u201d reportedValley Radio News. "
            "\u201cIt works.\u201d",
            [
                (0, 42, "\u201cIt was built,\u201d reportedValley Radio News."),
                (43, 54, "\u201cIt works.\u201d"),
            ],
        ),
        ("", []),
        (" \n\t\u00a0 ", []),
    ],
)
def test_split_sentences_spans(text: str, expected: list[tuple[int, int, str]]) -> None:
    assert spans(text) == expected


PAGE = (
    "Daily Courier\nBreaking news from the valley\n"
    "Rebels Hold the Valley as Talks Stall\n"
    "\nBy Jane Doe\nPublished 9 September 2021\n\nimage sourceDPA\n"
    "image captionFighters in the valley\n\n"
    "Rebels in the northern valley repelled an attack on Thursday, officials said.\n\n"
    "Who are the rebels?\n\nThe group is made up of militias and former soldiers.\n\n"
    "So what exactly is happening in the valley \u2013 "
    "and should anyone be worried?\n\n"
    "Fighters training near the river\n\n"
    "The rebels say they have sent hundreds of fighters,\n\n"
    "Related Articles\nLog In\nForgot password?\nHere you'll find everything you saved."
)
NOTICES = (
    "The minister resigned on Friday after a week of protests in the capital.\n"
    "This website uses cookies to improve your experience.\n"
    "We'll assume you're ok with this, but you can opt-out if you wish.\n"
    "Leave a Reply\nYour email address will not be published.\n"
    "Subscribe to our newsletter for daily updates.\n"
    "Copyright \u00a9 2021 Daily Courier. All rights reserved.\n"
    "Facebook Twitter WhatsApp Email\n"
    "(Reporting by Jane Doe; Editing by John Roe)"
)
MID_RELATED = (
    "The minister resigned on Friday after a week of protests in the capital city.\n"
    "Related Stories\nShort body sentence here.\n"
    "The protests began when the government raised fuel prices by a third, "
    "officials said."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            PAGE,
            [
                # Masthead, tagline and headline above the body (call 6).
                (0, 13, "Daily Courier", "boilerplate:headline"),
                (14, 43, "Breaking news from the valley", "boilerplate:headline"),
                (
                    44,
                    81,
                    "Rebels Hold the Valley as Talks Stall",
                    "boilerplate:headline",
                ),
                (83, 94, "By Jane Doe", "boilerplate:byline"),
                (95, 121, "Published 9 September 2021", "boilerplate:dateline"),
                (123, 138, "image sourceDPA", "boilerplate:caption"),
                (
                    139,
                    174,
                    "image captionFighters in the valley",
                    "boilerplate:caption",
                ),
                (
                    176,
                    253,
                    "Rebels in the northern valley repelled an attack on "
                    "Thursday, officials said.",
                    None,
                ),
                # A crosshead, but a rhetorical question is body (call 7).
                (255, 274, "Who are the rebels?", "boilerplate:crosshead"),
                (
                    276,
                    329,
                    "The group is made up of militias and former soldiers.",
                    None,
                ),
                (
                    331,
                    405,
                    "So what exactly is happening in the valley \u2013 and should "
                    "anyone be worried?",
                    None,
                ),
                # Bare alt text between paragraphs.
                (407, 439, "Fighters training near the river", "boilerplate:caption"),
                # A cut-off last sentence is body (call 5).
                (441, 492, "The rebels say they have sent hundreds of fighters,", None),
                (494, 510, "Related Articles", "boilerplate:related"),
                (511, 517, "Log In", "boilerplate:login"),
                (518, 534, "Forgot password?", "boilerplate:login"),
                (
                    535,
                    573,
                    "Here you'll find everything you saved.",
                    "boilerplate:footer",
                ),
            ],
        ),
        (
            NOTICES,
            [
                (
                    0,
                    72,
                    "The minister resigned on Friday after a week of protests in "
                    "the capital.",
                    None,
                ),
                (
                    73,
                    126,
                    "This website uses cookies to improve your experience.",
                    "boilerplate:cookie",
                ),
                (
                    127,
                    193,
                    "We'll assume you're ok with this, but you can opt-out if "
                    "you wish.",
                    "boilerplate:cookie",
                ),
                (194, 207, "Leave a Reply", "boilerplate:comments"),
                (
                    208,
                    249,
                    "Your email address will not be published.",
                    "boilerplate:comments",
                ),
                (
                    250,
                    296,
                    "Subscribe to our newsletter for daily updates.",
                    "boilerplate:newsletter",
                ),
                (
                    297,
                    328,
                    "Copyright \u00a9 2021 Daily Courier.",
                    "boilerplate:copyright",
                ),
                (329, 349, "All rights reserved.", "boilerplate:copyright"),
                (350, 381, "Facebook Twitter WhatsApp Email", "boilerplate:nav"),
                (
                    382,
                    426,
                    "(Reporting by Jane Doe; Editing by John Roe)",
                    "boilerplate:wire",
                ),
            ],
        ),
        (
            # "Related Stories" mid-article: the body after it stays body.
            MID_RELATED,
            [
                (
                    0,
                    77,
                    "The minister resigned on Friday after a week of protests in "
                    "the capital city.",
                    None,
                ),
                (78, 93, "Related Stories", "boilerplate:related"),
                (94, 119, "Short body sentence here.", None),
                (
                    120,
                    205,
                    "The protests began when the government raised fuel prices "
                    "by a third, officials said.",
                    None,
                ),
            ],
        ),
    ],
)
def test_split_sentences_flags_boilerplate(
    text: str, expected: list[tuple[int, int, str, str | None]]
) -> None:
    # The layout rules alone: the boilerplate model may also mark a short
    # line such as "Short body sentence here." beside "Related Stories".
    got = [
        (s.start, s.end, text[s.start : s.end], s.rule)
        for s in split_sentences(text, model=None)
    ]
    assert got == expected


BODY = "The minister resigned on Friday after a week of protests in the capital.\n"


@pytest.mark.parametrize(
    "line, rule",
    [
        ("\u2022 youtube", "boilerplate:nav"),
        ("\u00bb\u00a0Read More", "boilerplate:nav"),
        ("Accept Read More", "boilerplate:nav"),
        ("Back to top button", "boilerplate:nav"),
        ("Share this story!", "boilerplate:share"),
        (
            "Also read:\u00a0\u00a0Russia sends armoured vehicles to the border",
            "boilerplate:related",
        ),
        (
            "Also on example.com Rivals say they captured the ridge",
            "boilerplate:related",
        ),
        ("READ MORE: Ministers meet in Delhi", "boilerplate:related"),
        ("image sourceReuters", "boilerplate:caption"),
        ("Police patrol the streets of Kabul (Photo: AP)", "boilerplate:caption"),
        ("Updated: Sep 9, 2021 10:21 IST", "boilerplate:dateline"),
        ("September 9, 2021 10:21 am", "boilerplate:dateline"),
        (
            "Get real time updates directly on your device, subscribe now.",
            "boilerplate:newsletter",
        ),
        (
            "Enter your account data and we will send you a link to reset your "
            "password.",
            "boilerplate:login",
        ),
        ("Advertisement - story continues below", "boilerplate:ad"),
        ("(With inputs from PTI)", "boilerplate:wire"),
        ("Follow us on Twitter and Facebook", "boilerplate:share"),
        ("What do the rebels want?", "boilerplate:crosshead"),
        ("The Road Ahead for the Rebels", "boilerplate:crosshead"),
        # Section labels and a wire story code.
        ("FULL TEXT.", "boilerplate:label"),
        ("ABSTRACT", "boilerplate:label"),
        ("[L5N2KX0AB]", "boilerplate:wire"),
        ("[nL1N2AB3CD]", "boilerplate:wire"),
        ("REUTERS/Jane Doe/File Photo", "boilerplate:caption"),
        ("AP Photo/John Roe", "boilerplate:caption"),
    ],
)
def test_split_sentences_flags_boilerplate_line(line: str, rule: str) -> None:
    text = BODY + line + "\n" + BODY
    segs = split_sentences(text)
    assert [s.boilerplate for s in segs] == [False, True, False]
    assert segs[1].rule == rule
    assert text[segs[1].start : segs[1].end] == line.strip()


@pytest.mark.parametrize(
    "line",
    [
        # A rhetorical or long question in the body (call 7).
        "But should the government have acted sooner than it did this week?",
        # A cut-off sentence (call 5) and a line broken mid-sentence.
        "The rebels say they have sent hundreds of",
        # Short body sentences with a final stop.
        "He denied it.",
        "Also on Thursday, the army said it had retaken the town.",
        "By cutting off the internet, the army signalled its intent.",
        "Related to this, the ministry issued a statement on Friday.",
        "\u201cWe will fight,\u201d he said.",
        "Advertisements for the rally appeared across the city.",
        # Short body sentences mid-text are not headlines.
        "Talk about bad timing.",
        "So much for the truce.",
        "[Editor's note: the minister later resigned.]",
        "NO WAY!",
    ],
)
def test_split_sentences_keeps_body_line(line: str) -> None:
    text = BODY + line + "\n" + BODY
    assert [s.boilerplate for s in split_sentences(text)] == [False, False, False]


def test_split_sentences_flags_nothing_without_a_body() -> None:
    # Short lines with no body sentence at all are not taken for a headline.
    assert not any(
        s.boilerplate for s in split_sentences("Rebels gain ground\nTalks stall")
    )


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200_000,
        "Short line.\n" * 5_000,
        "word " * 100_000,
        '"' * 50_000,
        '."' * 50_000,
        "." * 100_000,
        ". " * 50_000,
        "\u2026" * 100_000,
        "Also read: " + "aB" * 50_000,
        "\n" * 100_000,
        "Mr. J. K. Rowling said \u201cWhy?\u201d he asked\u2026 and U.S. troops. "
        * 1_000,
    ],
)
def test_split_sentences_handles_degenerate_input(text: str) -> None:
    _check_invariants(text, split_sentences(text))


def _check_invariants(text: str, segs: list[Segment]) -> None:
    covered = bytearray(len(text))
    prev_end = 0
    for s in segs:
        assert 0 <= prev_end <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        assert s.boilerplate == (s.rule is not None)
        assert s.rule is None or s.rule.startswith("boilerplate:")
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
        prev_end = s.end
    assert all(covered[i] or ch.isspace() for i, ch in enumerate(text))


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_split_sentences_invariants(text: str) -> None:
    segs = split_sentences(text)
    _check_invariants(text, segs)
    assert split_sentences(text) == segs


@settings(max_examples=200, deadline=None)
@given(news_like, st.text(alphabet=" \n\u00a0", max_size=5))
def test_split_sentences_shift_with_leading_space(text: str, pad: str) -> None:
    base = split_sentences(text)
    shifted = split_sentences(pad + text)
    assert [(s.start + len(pad), s.end + len(pad)) for s in base] == [
        (s.start, s.end) for s in shifted
    ]


def test_split_sentences_matches_gold_segmentation(gold_docs: list[dict]) -> None:
    for doc in gold_docs:
        text = doc["text"]
        segs = split_sentences(text)
        gold_body = {
            (g["start"], g["end"]) for g in doc["sentences"] if not g["boilerplate"]
        }
        pred_body = {(s.start, s.end) for s in segs if not s.boilerplate}
        assert len(gold_body & pred_body) >= 0.95 * len(gold_body), doc["id"]


LEDE = (
    "The mayor of the northern town resigned on Friday after a week of protests "
    "over fuel prices, and the city council said it would meet on Monday."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline with a full stop, restated by the lede under it.
        (
            "Mayor resigns after week of protests over fuel prices.\n\n" + LEDE,
            [True, False],
        ),
        (
            "Mayor resigns after week of protests over fuel prices.\n" + LEDE,
            [True, False],
        ),
        # A short first sentence that runs into the body is its opening.
        ("Talk about bad timing.\n" + LEDE, [False, False]),
        ("So much for that. It was late.\n" + LEDE, [False, False, False]),
        # A first body sentence that the next paragraph does not restate.
        (
            "Voters in the valley went to the polls early on Sunday morning.\n\n"
            + LEDE,
            [False, False],
        ),
        # Title case or a blank line below still mark a short headline.
        ("Mayor Quits.\n\n" + LEDE, [True, False]),
        ("Town could make history. Again.\n\n" + LEDE, [True, True, False]),
        ("Connecting Regions of Asia.\n" + LEDE, [True, False]),
        (
            "Rebels Seize Northern Town After Weeks Of Heavy Fighting, Army Says."
            "\n\n" + LEDE,
            [True, False],
        ),
        # A caption runs to the end of its line.
        (
            LEDE + "\nFILE PHOTO: A man walks past a shop. REUTERS/Jane Doe\n"
            "Protesters had gathered outside the town hall every evening since the "
            "council raised the price of bus passes.",
            [False, True, True, False],
        ),
    ],
)
def test_split_sentences_headline_or_lede(text: str, expected: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text)] == expected


P1 = (
    "The county board voted on Tuesday to close two of its four polling places, "
    "citing a shortage of volunteers and a tight budget."
)
P2 = (
    "Residents who live far from the remaining sites said the change would make it "
    "harder for older voters to cast a ballot in person."
)
P3 = (
    "The board's chairwoman said the county would add a drop box at the library "
    "and extend early voting hours by a week."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A headline ending in ";" with its dek directly below, then the story.
        (
            "County shuts polling sites;\nBoard cites lack of volunteers and money."
            "\n\nSPRINGFIELD \u2014 " + P1,
            [True, True, False],
        ),
        # A headline with no stop and a dek set off by blank lines.
        (
            "County shuts polling sites\n\nBoard cites lack of volunteers.\n\n" + P1,
            [True, True, False],
        ),
        # A sentence-case headline with a stop, above a wire dateline.
        (
            "Polling site closures spark anger in rural county.\n\n"
            "SPRINGFIELD (AP) \u2013 " + P1,
            [True, False],
        ),
        (
            "Polling site closures spark anger in rural county.\n\n" + P1,
            [True, False],
        ),
        # The block ends at a line that reads as a body sentence.
        (
            "County shuts polling sites.\n\nSo much for making voting easy.\n\n" + P1,
            [True, False, False],
        ),
        (
            "It was a quiet morning at the county offices.\n\n" + P1,
            [False, False],
        ),
        # A longer paragraph after the headline is the lede, not a dek.
        (
            "County shuts polling sites.\n\nThe county has closed two of its four "
            "polling places in a vote that angered many residents.\n\n" + P1,
            [True, False, False],
        ),
        # A first line ending in a colon runs on.
        ("The board decided three things:\n\n" + P1, [False, False]),
    ],
)
def test_split_sentences_headline_block(text: str, expected: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "'We were not consulted': Rural voters say closures leave them miles "
        "from a ballot box",
        "Too far to vote: How polling place closures hit rural counties hardest, "
        "and what states are doing about it",
        "State lawmakers weigh new rules for closing polling places before an election",
        "\u201cNot on our watch\u201d: Clerks push back on budget cuts",
    ],
)
def test_split_sentences_flags_pasted_headline(line: str) -> None:
    text = P1 + "\n\n" + line + "\n\n" + P2 + "\n\n" + P3
    segs = split_sentences(text)
    assert [s.boilerplate for s in segs] == [False, True, False, False]
    # Up to a dozen words it is also alt text; longer, a pasted headline.
    assert segs[1].rule in ("boilerplate:related", "boilerplate:caption")
    assert text[segs[1].start : segs[1].end] == line


@pytest.mark.parametrize(
    "text",
    [
        # A paragraph that ends in a quote mark after a quoted phrase.
        P1 + "\n\nThe chairwoman called the plan \u201ca necessary compromise\u201d"
        "\n\n" + P2,
        # A list the text introduces with a colon.
        P1 + "\n\nThe board also voted to:\n- add a drop box at the public "
        "library downtown\n- extend early voting hours in the last two weeks\n\n" + P2,
        P1 + "\n\nThe closures affect these precincts:\nNorth Township at the old "
        "fire station\nLake Township at the church hall\n\n" + P2,
        # The cut-off last sentence of the text, with or without a comma.
        P1 + "\n\n" + P2 + "\n\nThe board will meet again next month to review",
        P1 + "\n\n" + P2 + "\n\nThe board will meet again next month to review "
        "the turnout figures and",
        # A line continued in lower case on the next line.
        P1 + "\n\nThe chairwoman said the county had tried everything to keep "
        "the sites open\nbut could not find the money.\n\n" + P2,
        # A body sentence that lost its stop reads as one.
        P1 + "\n\nBut there was no sign that the board would change its mind\n\n" + P2,
    ],
)
def test_split_sentences_keeps_unpunctuated_body(text: str) -> None:
    assert not any(s.boilerplate for s in split_sentences(text))


def test_split_sentences_text_without_stops_is_body() -> None:
    text = (
        "the board voted to close two polling places residents said it would "
        "make voting harder and the chairwoman said the county had no money\n"
        "Voters in the north of the county will have to drive an hour to vote"
    )
    assert not any(s.boilerplate for s in split_sentences(text))


def test_split_sentences_sentences_one_a_line_are_body() -> None:
    # A list of sentences one a line (no paragraphs) is not an article page:
    # the layout rules take a long line without a stop for a sentence, not a
    # pasted headline. (The shipped boilerplate model reads the line's words
    # and, trained on listing pages where such lines are titles between
    # teasers, may still mark it: this test is of the rules.)
    text = "\n".join(
        [
            P1,
            P2,
            "Officials weigh new rules for closing polling places",
            P3,
            "Two other counties in the state closed polling places last year.",
        ]
    )
    assert not any(s.boilerplate for s in split_sentences(text, model=None))


@pytest.mark.parametrize(
    "text, expected",
    [
        # A spaced ellipsis inside a quotation goes on; only its last stop
        # may end the sentence.
        (
            'He called the vote "flawed. . . .by design." Then he left.',
            ['He called the vote "flawed. . . .by design."', "Then he left."],
        ),
        ("He paused . . . Then he spoke.", ["He paused . . .", "Then he spoke."]),
        # "No." is an abbreviation before a number or when capitalised; the
        # word "no" ends a sentence.
        ("The board said no. Shares fell.", ["The board said no.", "Shares fell."]),
        ("Room no. 5 was empty.", ["Room no. 5 was empty."]),
        ("The No. 2 official quit.", ["The No. 2 official quit."]),
        # Three stops run together between sentences stay apart (call 1).
        (
            "It rained in Leeds. ... We left.",
            ["It rained in Leeds.", "...", "We left."],
        ),
    ],
)
def test_split_sentences_ellipses_and_no(text: str, expected: list[str]) -> None:
    assert [
        text[s.start : s.end] for s in split_sentences(text, model=None)
    ] == expected


def test_phrase_prefilter_needs_every_run_of_letters_of_some_phrase() -> None:
    # The cheap test before the phrase search may pass sentences that hold no
    # phrase, but must never reject one that does: it needs every run of
    # letters of some phrase, not only the phrase's rarest one.
    from reliability.segment.boilerplate.lexicon import _normalize, _tables
    from reliability.segment.boilerplate.patterns import _LETTERS

    tables = _tables()
    multi = [p for p in tables.phrases if len(set(_LETTERS.findall(p))) >= 2]
    assert multi
    for phrase in multi:
        norm = _normalize(f"well then {phrase} again")
        assert tables.may_hold_phrase(norm)
        assert tables.phrase.search(norm)
        # the same sentence with one run of the phrase missing
        runs = _LETTERS.findall(phrase)
        for gone in runs:
            rest = " ".join(r for r in runs if r != gone)
            norm = _normalize(f"well then {rest} again")
            if not tables.phrase.search(norm):
                held = tables.may_hold_phrase(norm)
                others = [
                    q
                    for q in tables.phrases
                    if set(_LETTERS.findall(q)) <= set(_LETTERS.findall(norm))
                ]
                assert held == bool(others)


@pytest.mark.parametrize(
    "line, body",
    [
        (
            "Editor\u2019s note: An earlier version of this story gave the wrong date.",
            True,
        ),
        ("(Editor's note: The writer is a former adviser to the council.)", True),
        ("Editor's notes", False),
    ],
)
def test_split_sentences_editors_note_with_text_is_never_the_models(
    line: str, body: bool
) -> None:
    # Whatever the boilerplate model scores, an editor's note with its text is
    # the publisher speaking about the story, so the model is not consulted.
    class Furniture:
        task = "boilerplate"
        combine: dict[str, float] = {}

        def probability(self, text: str) -> float:
            return 1.0

    text = BODY + line + "\n" + BODY
    segs = split_sentences(text, model=Furniture())  # type: ignore[arg-type]
    assert segs[1].boilerplate is not body
