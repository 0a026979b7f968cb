"""Chrome of commercial news pages: ads, paywalls, sign-ups, stamps, bios, videos.

Every line here is written for these tests in general English; none is taken
from a gold set.
"""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from reliability.segment.boilerplate import author_bio

LEAD = (
    "The harbour authority closed the eastern pier on Monday after a storm "
    "damaged the sea wall, officials said.\n\n"
)
TAIL = (
    "\n\nRepairs are expected to take at least six weeks and will cost the town "
    "about $2 million, the authority said in a statement.\n"
)
FIRST = "The harbour authority closed the eastern pier on Monday after the storm."
SECOND = "Repairs are expected to take at least six weeks, officials said."


def _flags(text: str) -> list[tuple[str, str | None]]:
    return [(text[s.start : s.end], s.rule) for s in split_sentences(text)]


@pytest.mark.parametrize(
    "line, rule",
    [
        # Newsletter sign-ups and their confirmations.
        ("Sign up for the Morning Tide newsletter.", "boilerplate:newsletter"),
        ("Get our free daily newsletter.", "boilerplate:newsletter"),
        ("Thanks for signing up!", "boilerplate:newsletter"),
        ("Check your inbox to confirm your subscription.", "boilerplate:newsletter"),
        # The wire's copyright notice and a funder's disclosure.
        (
            "This material may not be published, broadcast, rewritten or "
            "redistributed.",
            "boilerplate:copyright",
        ),
        (
            "The AP is solely responsible for all content.",
            "boilerplate:wire",
        ),
        # Cookie banners and paywalls.
        (
            "By clicking \u201cAccept All Cookies\u201d, you agree to the storing "
            "of cookies on your device.",
            "boilerplate:cookie",
        ),
        ("Log in to continue reading.", "boilerplate:login"),
        ("Create a free account to keep reading.", "boilerplate:login"),
        ("Subscribe to read the full story.", "boilerplate:newsletter"),
        # The rules of the comment section and appeals for support.
        (
            "Please read our commenting guidelines before posting.",
            "boilerplate:comments",
        ),
        ("Comments are welcome while open.", "boilerplate:comments"),
        ("Our journalism needs your support.", "boilerplate:newsletter"),
        # Share buttons, ad labels, video players.
        ("Click to share on Facebook (Opens in new window)", "boilerplate:share"),
        ("Article continues below this ad.", "boilerplate:ad"),
        ("Video player is loading.", "boilerplate:nav"),
        ("Watch the video above.", "boilerplate:nav"),
        ("Read the full story.", "boilerplate:nav"),
        ("Don't miss: Ferry fares to rise.", "boilerplate:related"),
        # Where the story ran first.
        (
            "This article originally appeared in the Valley Ledger.",
            "boilerplate:wire",
        ),
        # Author bios and contact lines.
        ("Ann Lee is the Gazette's city hall reporter.", "boilerplate:byline"),
        (
            "Sam Field has covered politics for the Coast Gazette since 2015.",
            "boilerplate:byline",
        ),
        ("You can follow him on Twitter @samfield.", "boilerplate:byline"),
        ("\u2014 Sam Field, Coast Gazette", "boilerplate:byline"),
        # Time stamps and a dateline left on their own lines.
        ("10:45 a.m.", "boilerplate:dateline"),
        ("June 2, 2025, 10:45 a.m. ET", "boilerplate:dateline"),
        ("12m ago", "boilerplate:dateline"),
        ("RIVERTON, Wyo. (AP) \u2014", "boilerplate:dateline"),
    ],
)
def test_issue_17_commercial_chrome_is_boilerplate(line: str, rule: str) -> None:
    text = LEAD + line + TAIL
    flags = _flags(text)
    assert flags[0][1] is None and flags[-1][1] is None
    assert {r for _, r in flags[1:-1]} == {rule}


@pytest.mark.parametrize(
    "line",
    [
        "Get the newsletter out by Friday, the editor told staff.",
        "Evan Field is an American journalist.",
        "The victim, Jane Roe, was a reporter.",
        "The book was first published in 1995.",
        "The photo first appeared in a local paper.",
        "The study was originally published in a medical journal.",
        "More in the party now oppose the plan.",
        "Recommended by doctors, the vaccine is free.",
        "Share prices fell sharply on Monday.",
        "Advertisement revenue fell 4% in the quarter.",
        "Updated figures were released on Tuesday.",
        "He has covered the war for the network since 2014, and was hurt twice.",
        "Register to vote by Friday.",
        "At 10:45 a.m. the siren sounded.",
        "Join our team, the poster says.",
    ],
)
def test_issue_17_commercial_lookalikes_stay_body(line: str) -> None:
    text = LEAD + line + TAIL
    assert [r for _, r in _flags(text)] == [None, None, None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # An ad label between two sentences of a paragraph is cut out.
        (
            f"{FIRST} Advertisement {SECOND}",
            [(FIRST, None), ("Advertisement", "boilerplate:ad"), (SECOND, None)],
        ),
        (
            f"{FIRST} Story continues below advertisement {SECOND}",
            [
                (FIRST, None),
                ("Story continues below advertisement", "boilerplate:ad"),
                (SECOND, None),
            ],
        ),
        (
            f"ADVERTISEMENT {FIRST}\n{SECOND}",
            [("ADVERTISEMENT", "boilerplate:ad"), (FIRST, None), (SECOND, None)],
        ),
        # A time stamp and a share label run into the first sentence.
        (
            f"Updated 3:14 PM EST {FIRST}\n{SECOND}",
            [("Updated 3:14 PM EST", "boilerplate:dateline"), (FIRST, None)]
            + [(SECOND, None)],
        ),
        (
            f"Published 9:02 AM ET, June 2, 2025 {FIRST}\n{SECOND}",
            [
                ("Published 9:02 AM ET, June 2, 2025", "boilerplate:dateline"),
                (FIRST, None),
                (SECOND, None),
            ],
        ),
        (
            f"Share this article {FIRST}\n{SECOND}",
            [("Share this article", "boilerplate:share"), (FIRST, None)]
            + [(SECOND, None)],
        ),
    ],
)
def test_issue_17_labels_run_into_body_are_cut(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _flags(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Inside a sentence the word is the body's own.
        f"The Advertisement Standards Board said on Monday that it would act. {SECOND}",
        f"{FIRST} Updated figures came on Tuesday.",
    ],
)
def test_issue_17_label_words_inside_sentences_stay_body(text: str) -> None:
    assert all(r is None for _, r in _flags(text))


@pytest.mark.parametrize(
    "block",
    [
        "2:31\n\nStorm batters the northern coast",
        "Storm batters the northern coast\n\n(02:31)",
    ],
)
def test_issue_17_video_title_beside_its_length_is_boilerplate(block: str) -> None:
    flags = _flags(LEAD + block + TAIL)
    assert flags[0][1] is None and flags[-1][1] is None
    assert all(r is not None for _, r in flags[1:-1])
    assert "boilerplate:related" in {r for _, r in flags[1:-1]}


def test_issue_17_live_blog_time_stamps_are_boilerplate() -> None:
    text = (
        "Storm live: the coast braces for high winds\n\n"
        "11:05 a.m.\n\n"
        "The storm has moved inland and is weakening, forecasters said on "
        "Monday morning.\n\n"
        "10:40 a.m.\n\n"
        "The harbour authority has closed the eastern pier until further notice, "
        "a spokeswoman said.\n"
    )
    rules = [r for _, r in _flags(text)]
    assert rules[1] == rules[3] == "boilerplate:dateline"
    assert rules[2] is None and rules[4] is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ann Lee is the Gazette's city hall reporter.", True),
        ("Sam Field has covered city hall for the Coast Gazette since 2015.", True),
        ("The mayor has covered the cost for the town since 2015.", False),
        ("Ann Lee is the Gazette's city hall reporter, and a good one.", False),
    ],
)
def test_author_bio_finds_beat_and_tenure_lines(text: str, expected: bool) -> None:
    assert author_bio(text, len(text.split())) is expected


OPENING = (
    "The storm hit the coast just after midnight, and by morning a long section "
    "of the old sea wall beside the pier had gone.\n"
    "Fishermen say they have never seen anything like it in forty years.\n"
)


@pytest.mark.parametrize(
    "header, expected",
    [
        # A short first sentence below the byline and date opens the story.
        (
            "Storm smashes harbour wall\nBy Sam Field\nJune 2, 2025\n\n"
            "It was over in minutes.\n",
            [
                "boilerplate:headline",
                "boilerplate:byline",
                "boilerplate:dateline",
                None,
            ],
        ),
        # A dek with a stop under the headline is still the header.
        (
            "Storm smashes harbour wall\n\nThe wall gave way overnight.\n",
            ["boilerplate:headline", "boilerplate:headline"],
        ),
    ],
)
def test_issue_17_short_opening_sentence_is_body(
    header: str, expected: list[str | None]
) -> None:
    rules = [r for _, r in _flags(header + OPENING)]
    assert rules == [*expected, None, None]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A list number does not end a sentence (annotation notes, decision 2).
        ("1. Culture and sport\n2. Weather", ["1. Culture and sport", "2. Weather"]),
        (
            "The plan has two parts:\n1. Raise the sea wall.\n2. Move the pier.",
            ["The plan has two parts:", "1. Raise the sea wall.", "2. Move the pier."],
        ),
        # A number that ends a sentence still does, and so does a year.
        ("She came in 2. Then she left.", ["She came in 2.", "Then she left."]),
        ("It was 2020. Nobody came.", ["It was 2020.", "Nobody came."]),
        ("2020. Nobody came.", ["2020.", "Nobody came."]),
    ],
)
def test_issue_17_list_numbers_do_not_end_sentences(
    text: str, expected: list[str]
) -> None:
    assert [t for t, _ in _flags(text)] == expected


@pytest.mark.parametrize(
    "block",
    [
        # Lists of other stories under a label, with numbers or time stamps.
        "Most Popular\n1. Council votes to raise parking fees\n"
        "2. School board names new head\n3. Ferry fares to rise again",
        "Latest Stories\nCouncil votes to raise parking fees\n2 hours ago\n"
        "School board names new head\n5 hours ago",
        "Read more:\nCouncil votes to raise parking fees\nSchool board names new head",
        # A footer opener that names the site, then teasers with full stops.
        "More from the Coast Gazette\nCouncil votes to raise parking fees. "
        "The vote passed 5-2.\nSchool board names new head. She starts in August.",
    ],
)
def test_issue_17_related_story_lists_are_boilerplate(block: str) -> None:
    text = LEAD.strip() + "\n" + OPENING + block
    flags = _flags(text)
    body = [t for t, r in flags if r is None]
    assert body == [t for t, _ in _flags(LEAD.strip() + "\n" + OPENING)]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Download the Coast Gazette app.", "boilerplate:newsletter"),
        ("Get the app", "boilerplate:newsletter"),
        ("Continue reading with a subscription.", "boilerplate:login"),
        ("You've read 3 of 5 free articles this month.", "boilerplate:login"),
        ("This story has been corrected.", "boilerplate:nav"),
        ("More in Business", "boilerplate:related"),
    ],
)
def test_issue_17_app_and_paywall_prompts_are_boilerplate(line: str, rule: str) -> None:
    flags = _flags(LEAD + line + TAIL)
    assert [r for _, r in flags] == [None, rule, None]


@pytest.mark.parametrize(
    "line",
    [
        "More from the council is expected next week.",
        "Download speeds fell by half, the regulator said.",
    ],
)
def test_issue_17_related_lookalikes_stay_body(line: str) -> None:
    assert [r for _, r in _flags(LEAD + line + TAIL)] == [None, None, None]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Get breaking news alerts and special reports.", "boilerplate:newsletter"),
        (
            "The stories that matter, delivered weekday mornings.",
            "boilerplate:newsletter",
        ),
        (
            "Sign up to get the Harbour Notes at example.com/notes.",
            "boilerplate:newsletter",
        ),
        ("Sign up for the Tide Table newsletter. ]", "boilerplate:newsletter"),
        ("Please subscribe and donate to keep us going!", "boilerplate:newsletter"),
        ("Follow @samfield", "boilerplate:byline"),
        (
            "Follow Gazette reporters @samfield and @annlee",
            "boilerplate:byline",
        ),
        ("Follow Sam Field on facebook.com/sam.field.", "boilerplate:byline"),
        (
            "Sam J. Field is Senior Editor-at-Large at the Coast Gazette.",
            "boilerplate:byline",
        ),
        (
            "Sam Field is a political analyst for Coast Radio.",
            "boilerplate:byline",
        ),
        ("\u2013 Ann Lee, Riverton, Wyo.", "boilerplate:byline"),
        ("Contributing: Ann Lee.", "boilerplate:byline"),
        ("Slideshow (4 Images)", "boilerplate:caption"),
        ("Courtesy of the Field family", "boilerplate:caption"),
        (
            "(This story corrects the name of the harbour in paragraph 3)",
            "boilerplate:wire",
        ),
        ("This article was produced by the Harbour Press Service.", "boilerplate:wire"),
        ("Read the original article.", "boilerplate:wire"),
    ],
)
def test_issue_17_more_page_chrome_is_boilerplate(line: str, rule: str) -> None:
    flags = _flags(LEAD + line + TAIL)
    assert [r for _, r in flags] == [None, rule, None]


@pytest.mark.parametrize(
    "line",
    [
        "Follow the money, the auditor told the council.",
        "Courtesy calls were made to every family on the street.",
        "The mayor is a former analyst for the county.",
        "He is the political analyst the party trusts most.",
    ],
)
def test_issue_17_more_lookalikes_stay_body(line: str) -> None:
    assert [r for _, r in _flags(LEAD + line + TAIL)] == [None, None, None]


def test_issue_17_bio_line_of_mostly_furniture_is_boilerplate() -> None:
    # A long bio line: the bio, a second sentence about the author, the
    # author's accounts and e-mail, and a sign-up prompt.
    line = (
        "Sam Field is an award-winning harbour columnist for the Coast Gazette and "
        "the writer of Tide Notes, a weekly letter on boats, ports and the people "
        "who work in them, also for the Coast Gazette. He also hosts a show on "
        "Coast Radio. Follow him on Twitter: @samfield. Reach him directly at "
        "sfield@example.com. Sign up to get Tide Notes at example.com/tide."
    )
    rules = [r for _, r in _flags(LEAD + line + TAIL)]
    assert rules[0] is None and rules[-1] is None
    assert all(r is not None for r in rules[1:-1])


@pytest.mark.parametrize(
    "line, rule",
    [
        ("The latest news and analysis on the harbour works.", "boilerplate:nav"),
        ("The latest developments in the flood on the coast.", "boilerplate:nav"),
        ("118 Episodes", "boilerplate:nav"),
        ("24 Photos", "boilerplate:nav"),
    ],
)
def test_issue_17_section_blurbs_and_counters_are_boilerplate(
    line: str, rule: str
) -> None:
    flags = _flags(LEAD + line + TAIL)
    assert [r for _, r in flags] == [None, rule, None]


@pytest.mark.parametrize(
    "line",
    [
        "The latest news from the front was grim.",
        "The latest figures in the report show a fall in trade.",
    ],
)
def test_issue_17_sentences_about_the_latest_news_stay_body(line: str) -> None:
    assert [r for _, r in _flags(LEAD + line + TAIL)] == [None, None, None]


@pytest.mark.parametrize(
    "text",
    [
        "Read more: Ferry fares to rise",
        "READ MORE: Ferry fares to rise",
        "Readers wrote in.",
        "\u00a9 2025 Coast Gazette",
        "(c) 2025 Coast Gazette",
        "Photo by Ann Lee",
        "Photo\tby Ann Lee",
        "\u2019Tis the season",
        "Also on example.com: more news",
        "A",
        "",
        "\u0130stanbul",
        "Sign up for our newsletter",
    ],
)
def test_prefix_alternation_matches_as_one_pattern(text: str) -> None:
    from reliability.segment.boilerplate.lexicon import _tables

    tables = _tables()
    for alternation in (tables.prefix, tables.site_prefix, tables.glued_marker):
        fast = alternation.match(text, 0, len(text))
        full = alternation.full.match(text, 0, len(text))
        assert (fast and fast.group()) == (full and full.group())


def test_issue_17_dateline_sentence_below_chrome_opens_the_story() -> None:
    text = (
        "Get storm alerts delivered to your inbox.\n"
        "Sign up here.\n\n"
        "RIVERTON \u2014 It was over in minutes.\n\n"
        "The storm hit the coast just after midnight, and by morning a long "
        "section of the old sea wall beside the pier had gone.\n"
    )
    rules = [r for _, r in _flags(text)]
    assert rules[:2] == ["boilerplate:newsletter", "boilerplate:newsletter"]
    assert rules[2:] == [None, None]


def test_issue_17_lede_that_names_the_day_is_not_a_headline() -> None:
    text = (
        "Sign up here.\n\n"
        "The harbour authority said Tuesday that the eastern pier would close.\n\n"
        "The authority closed the eastern pier after engineers found cracks in "
        "the harbour wall, and the pier will stay closed until repairs end.\n"
    )
    rules = [r for _, r in _flags(text)]
    assert rules == ["boilerplate:newsletter", None, None]


def test_issue_17_more_label_alone_does_not_make_teasers() -> None:
    text = (
        LEAD
        + "More:\n"
        + "If the wall goes, the town goes with it, one fisherman wrote\n"
        + TAIL
    )
    rules = [r for _, r in _flags(text)]
    assert rules[-2:] == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Workers inspect the wall on Monday. | Ann Lee/Coast Gazette",
        "Workers inspect the wall on Monday (Ann Lee/Coast Gazette)",
        "Workers inspect the wall on Monday. Source: Coast Gazette",
    ],
)
def test_issue_17_captions_with_their_credit_are_boilerplate(line: str) -> None:
    rules = [r for _, r in _flags(LEAD + line + TAIL)]
    assert rules[0] is None and rules[-1] is None
    assert set(rules[1:-1]) == {"boilerplate:caption"}


def test_issue_17_party_and_state_in_brackets_is_no_credit() -> None:
    line = "The bill was written by Sen. Ann Lee (D-Wyo.) and passed on Monday."
    assert [r for _, r in _flags(LEAD + line + TAIL)] == [None, None, None]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The storm hit at 2 a.m. Nobody was hurt.",
            ["The storm hit at 2 a.m.", "Nobody was hurt."],
        ),
        (
            "Talks ended at 5 p.m. Everyone went home.",
            ["Talks ended at 5 p.m.", "Everyone went home."],
        ),
        ("See Fig. 3 for the tide table.", ["See Fig. 3 for the tide table."]),
        ("It is in Vol. 2 of the report.", ["It is in Vol. 2 of the report."]),
        # "a.m." before a name or a time zone goes on.
        (
            "It opened at 9 a.m. EST and shut at noon.",
            ["It opened at 9 a.m. EST and shut at noon."],
        ),
    ],
)
def test_issue_17_abbreviation_before_pronoun_or_number(
    text: str, expected: list[str]
) -> None:
    assert [t for t, _ in _flags(text)] == expected


def test_issue_17_credit_run_into_the_body_is_cut_out() -> None:
    caption = "Workers inspect the damaged sea wall beside the pier on Monday."
    after = "The council will meet on Thursday to discuss the cost."
    more = "Repairs could take six weeks, officials said."
    line = f"{FIRST} {caption} Ann Lee / Getty Images file {after} {more}"
    assert _flags(LEAD + line + TAIL)[1:-1] == [
        (FIRST, None),
        (caption, "boilerplate:caption"),
        ("Ann Lee / Getty Images file", "boilerplate:caption"),
        (after, None),
        (more, None),
    ]


def test_issue_17_slash_inside_a_sentence_is_no_credit() -> None:
    line = "The vote split Riverton / Reuters Street residents. Nobody was hurt."
    assert all(r is None for _, r in _flags(LEAD + line + TAIL))


def test_issue_17_credit_after_a_dotted_place_keeps_its_name() -> None:
    caption = "Workers inspect the sea wall in Riverton, Wyo."
    line = f"{caption} Ann Lee / AP The council will meet on Thursday."
    flags = _flags(LEAD + line + TAIL)[1:-1]
    assert flags == [
        (caption, "boilerplate:caption"),
        ("Ann Lee / AP", "boilerplate:caption"),
        ("The council will meet on Thursday.", None),
    ]
