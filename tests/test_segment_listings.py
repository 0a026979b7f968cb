"""Captions, glued headlines and story listings: the page furniture of news sites."""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, line_rules


@pytest.mark.parametrize(
    "line",
    [
        # A news photo's caption: present tense, place, then the day.
        "Fishermen mend their nets on the quay in Portmore, Wexford, "
        "Tuesday, March 3, 2020.",
        "Volunteers stack sandbags outside the library in Riverton, Oct. 12, 2019.",
        "FILE - Volunteers stack sandbags outside the library in Riverton.",
        "(FILE)",
        # Who is who in the picture.
        "The harbour master (L) walks the pier with the mayor.",
        # What an image or a map shows.
        "Photo of the damaged sea wall.",
        "Artist's impression of the new ferry terminal.",
        "Map showing the area closed to traffic.",
        # A letter's closing formula.
        "Cheers,",
        "Kind regards,",
    ],
)
def test_captions_and_closings_are_boilerplate(line: str) -> None:
    flags = line_rules(LEAD + line + TAIL)
    assert flags[0][1] is None and flags[-1][1] is None
    assert [r is not None for _, r in flags[1:-1]] == [True], flags


@pytest.mark.parametrize(
    "line",
    [
        # A body sentence dates its event with a preposition.
        "The new terminal opened in Riverton on Oct. 12, 2019.",
        # Past tense: a report, not a caption.
        "The ferry was launched in Portmore, Wexford, March 3, 2020.",
        # "(R)" names a party in American copy.
        "Senator Ann Lee (R) voted against the harbour budget.",
        "Photographers lined the quay as the ferry came in.",
        "Mapping the sea bed took the survey team two weeks.",
    ],
)
def test_body_sentences_like_captions_stay_body(line: str) -> None:
    assert [r for _, r in line_rules(LEAD + line + TAIL)] == [None, None, None]


@pytest.mark.parametrize(
    "text, head, rest",
    [
        # A crosshead run into the next sentence of its paragraph.
        (
            "The pier was closed on Monday. Storm Damage The council said the "
            "sea wall had cracked in three places.",
            "Storm Damage",
            "The council said the sea wall had cracked in three places.",
        ),
        # A teaser's author name run into the teaser.
        (
            "Ann Field During the storm the ferry stayed in port for two days.",
            "Ann Field",
            "During the storm the ferry stayed in port for two days.",
        ),
        # A headline run into the story.
        (
            "Harbour Wall to Be Rebuilt After Winter Storms A contractor will "
            "start work on the sea wall next month.",
            "Harbour Wall to Be Rebuilt After Winter Storms",
            "A contractor will start work on the sea wall next month.",
        ),
    ],
)
def test_glued_headline_is_cut_off(text: str, head: str, rest: str) -> None:
    flags = line_rules(text)
    assert (head, "boilerplate:headline") in flags
    assert (rest, None) in flags


@pytest.mark.parametrize(
    "text",
    [
        # A capitals dateline stays with its sentence.
        "NEW YORK The council said the sea wall had cracked in three places.",
        # A name followed by its verb is a sentence.
        "Harbour Master Ann Field said the wall had cracked in three places.",
        "Riverton Harbour Police said on Monday that the pier was safe.",
        # A title-case name in a sentence that goes on in lower case.
        "Riverton Harbour Trust members voted in the annual election.",
    ],
)
def test_sentences_that_open_with_names_are_not_cut(text: str) -> None:
    flags = line_rules(LEAD + text + TAIL)
    assert not any(r == "boilerplate:headline" for _, r in flags), flags


def test_short_sentence_that_opens_a_paragraph_is_body() -> None:
    text = (
        "Harbour News\n\n"
        "It's Regatta Day in the Bay. Crews from eleven clubs will race "
        "along the coast from the eastern pier to the lighthouse this morning.\n"
    )
    flags = line_rules(text)
    assert flags[0] == ("Harbour News", "boilerplate:headline")
    assert flags[1] == ("It's Regatta Day in the Bay.", None)


LISTING = (
    "Stories about Harbours\n\n"
    "Harbour authority closes the eastern pier after winter storms damage "
    "the old sea wall\n"
    "The pier will stay shut for several weeks while engineers inspect the "
    "damage.\n"
    "Ferry operators move their sailings to the western pier until the repairs "
    "to the sea wall are done\n"
    "Passengers have been told to allow extra time for the walk from the car "
    "park.\n"
    "Fishermen ask the council for help after a season of storms left many "
    "boats in need of repair\n"
    "The council has promised to look at a fund for small boat owners this "
    "spring.\n"
)


def test_listing_headlines_are_boilerplate() -> None:
    flags = line_rules(LISTING)
    heads = [s for s, r in flags if r is not None]
    body = [s for s, r in flags if r is None]
    assert len(heads) == 4 and all(not s.endswith(".") for s in heads[1:])
    assert all(s.endswith(".") for s in body) and len(body) == 3


def test_sentences_one_a_line_are_not_a_listing() -> None:
    text = "\n".join(
        [
            "The storms of the past week were the worst the coast has seen.",
            "The harbour authority closed the eastern pier after the storms",
            "Engineers will inspect the old sea wall before any repairs start.",
            "Passengers were told to allow extra time for the walk.",
            "Ferry operators have moved their sailings to the western pier",
            "The council met on Tuesday to discuss a fund for boat owners.",
            "Fishermen said the season had been the worst in a decade.",
            "Some boats will not go out again until the spring",
            "The fund will open to applications in March next year.",
            "A spokesperson said more details would follow next week.",
        ]
    )
    assert not any(r for _, r in line_rules(text))


def test_headline_above_its_time_stamp_is_boilerplate() -> None:
    text = (
        LEAD + "Media Files:\n"
        "Why are the harbour fees going up this year?\n"
        "Tue, 24 Mar 2020 16:20:40 +0000\n"
        "The harbour authority says the fees pay for repairs to the sea wall "
        "after two winters of storms." + TAIL
    )
    flags = dict(line_rules(text))
    assert flags["Why are the harbour fees going up this year?"] == (
        "boilerplate:related"
    )


def test_listed_headline_with_its_date_in_brackets_is_boilerplate() -> None:
    line = "- Harbour Authority Opens the Rebuilt Pier to Ferries (12 March)"
    flags = line_rules(LEAD + line + TAIL)
    assert flags[1] == (line, "boilerplate:related")


@pytest.mark.parametrize(
    "text, expected",
    [
        # A paragraph whose first line a picture narrowed.
        (
            "Dozens of fishermen\n"
            "gathered on the quay on Sunday to protest against the new harbour\n"
            "fees. The council will meet them next week.",
            [
                "Dozens of fishermen\n"
                "gathered on the quay on Sunday to protest against the new "
                "harbour\nfees.",
                "The council will meet them next week.",
            ],
        ),
        # Nothing ends on "the": the line goes on, however long the next one.
        (
            "The storm hit the pier and the\n"
            "old sea wall that has guarded the harbour since the nineteenth "
            "century.",
            [
                "The storm hit the pier and the\n"
                "old sea wall that has guarded the harbour since the nineteenth "
                "century."
            ],
        ),
        # A headline broken in two in a narrow column.
        (
            "Harbour: The Battle of\nthe Sea Wall\n\n" + LEAD.strip(),
            ["Harbour: The Battle of\nthe Sea Wall", LEAD.strip()],
        ),
    ],
)
def test_narrow_column_lines_go_on(text: str, expected: list[str]) -> None:
    assert [s for s, _ in line_rules(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # Short lower-case items of a list stay apart.
        "The plan includes:\nnew bus lanes\nwider pavements\nmore benches",
        # A preposition may be a verb's particle that ends a headline.
        "Ferry sailings will move while the repairs go on\n"
        "Passengers were told on Monday to allow extra time for the long walk "
        "from the car park.",
        # A short line before a short lower-case one: a label and its value.
        "Fishing boats moored\nin the harbour at dusk",
        # A short label under a line, in lower case, with a long line after.
        "Harbour fees to rise\nshare this story\n"
        "The harbour authority said on Monday that fees would rise in May.",
    ],
)
def test_short_lines_that_do_not_go_on_stay_apart(text: str) -> None:
    assert len(line_rules(text)) == len(text.splitlines())


def test_apposition_after_a_name_is_not_a_glued_headline() -> None:
    text = (
        LEAD + "The Riverton Rovers, a Class A team, bought new kit this year." + TAIL
    )
    assert [r for _, r in line_rules(text)] == [None, None, None]


@pytest.mark.parametrize(
    "line",
    [
        "For more information on the harbour fund, see the council's website.",
        "For the latest updates on the storm, please visit our live page.",
        "And for even more local coverage of the regatta, check out our sports blog.",
        "The full report is available here.",
        "You can read the harbour master's statement here.",
        "A recording of the meeting will be available shortly here.",
    ],
)
def test_pointer_lines_are_boilerplate(line: str) -> None:
    flags = line_rules(LEAD + line + TAIL)
    assert flags[1] == (line, "boilerplate:nav")


@pytest.mark.parametrize(
    "line",
    [
        "For many fishermen, the news came too late to save the season.",
        "For more than a decade, the council has promised to fix the wall.",
        "Good jobs are hard to find here.",
        "The ferry has been available here since the spring.",
    ],
)
def test_sentences_like_pointers_stay_body(line: str) -> None:
    assert [r for _, r in line_rules(LEAD + line + TAIL)] == [None, None, None]


def test_live_page_blurb_with_its_intro_line_is_boilerplate() -> None:
    text = (
        LEAD + "The latest developments in the harbour dispute. All times GMT.\n\n"
        "10:15 a.m.: The harbour master said the pier would stay closed." + TAIL
    )
    flags = line_rules(text)
    assert flags[1] == (
        "The latest developments in the harbour dispute.",
        "boilerplate:nav",
    )


def test_listing_with_summaries_cut_short_is_a_listing() -> None:
    text = (
        "Harbour News\n"
        "What the fishing fleet can teach the council about planning for storms\n"
        "Forty boats came through the winter without damage. Their crews "
        "say the council could learn from how they prepared for the… \u00bb\n"
        "After two winters of storms, the sea wall needs more than a patch\n"
        "Engineers inspected the wall in March. They found cracks in three "
        "places and warned that the… \u00bb\n"
        "Ferry sailings move to the western pier while the repairs continue\n"
        "Passengers have been told to allow extra time for the walk from the "
        "car park to the… \u00bb\n"
    )
    rules = dict(line_rules(text))
    heads = [ln for ln in text.splitlines()[1:] if not ln.endswith("\u00bb")]
    assert all(rules[h] is not None for h in heads), rules
    assert all(r is None for s, r in rules.items() if s[-1] in ".\u00bb")


@pytest.mark.parametrize(
    "text, expected",
    [
        # An ellipsis glued to its word trails a sentence off before a capital.
        (
            "The crowd waited for the ferry\u2026 Nobody came.",
            ["The crowd waited for the ferry\u2026", "Nobody came."],
        ),
        (
            "\u201cWe waited all night\u2026\u201d The ferry never came.",
            ["\u201cWe waited all night\u2026\u201d", "The ferry never came."],
        ),
        # A spaced ellipsis is a pause, and a lower-case word goes on.
        (
            "The talks moved on to \u2026 Harbour Street and the new pier.",
            ["The talks moved on to \u2026 Harbour Street and the new pier."],
        ),
        (
            "The crowd waited\u2026 and waited for the ferry.",
            ["The crowd waited\u2026 and waited for the ferry."],
        ),
        # An elision in brackets stays inside the quotation.
        (
            "\u201cThe wall is old [\u2026] The repairs will take weeks.\u201d",
            ["\u201cThe wall is old [\u2026] The repairs will take weeks.\u201d"],
        ),
    ],
)
def test_glued_ellipsis_before_a_capital_ends_a_sentence(
    text: str, expected: list[str]
) -> None:
    assert [s for s, _ in line_rules(text)] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Ann Field, Metro News, Springfield.",
        "For Harbour Radio News, I\u2019m Ann Field.",
    ],
)
def test_broadcast_sign_off_is_boilerplate(line: str) -> None:
    flags = line_rules(LEAD + line + TAIL)
    assert flags[1] == (line, "boilerplate:byline")


def test_sentence_naming_a_news_outlet_stays_body() -> None:
    line = "Ann Field, a reporter at Metro News, said the pier was closed."
    assert [r for _, r in line_rules(LEAD + line + TAIL)] == [None, None, None]


def test_link_list_after_a_rule_is_boilerplate() -> None:
    text = (
        "The harbour authority closed the eastern pier on Monday. Repairs will "
        "take weeks. _____________________ [1]https://example.org/news/pier-"
        "closed References 1. https://example.org/news/pier-closed"
    )
    flags = line_rules(text)
    assert [r for _, r in flags[:2]] == [None, None]
    assert [r for _, r in flags[2:]] == ["boilerplate:separator"]


def test_table_header_of_a_listing_is_boilerplate() -> None:
    flags = line_rules(LEAD + "Date Title" + TAIL)
    assert flags[1] == ("Date Title", "boilerplate:nav")
