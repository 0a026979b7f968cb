"""Sentence ends and page furniture by general shape: wrapped lines ending in a
name, dotted abbreviations, postal state codes, and lists of teasers."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from tests.segment_helpers import line_rules, rules_around


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    "text",
    [
        "The new clinic will be run by a nurse who trained in Public Health\n"
        "at the state university and worked for ten years in rural towns.",
        "Volunteers from three villages repaired the bridge over the Old River\n"
        "in less than a week, using timber donated by a local sawmill.",
    ],
)
def test_split_sentences_wrapped_prose_line_ending_in_a_name_goes_on(
    text: str,
) -> None:
    assert _sentences(text) == [text]


def test_split_sentences_title_case_line_before_lower_case_stays_apart() -> None:
    text = "Seven Ways to Keep Your Garden Green in a Dry Summer\nplease wait"
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize(
    "text, expected",
    [
        # Capitalised parts joined by full stops are one abbreviation.
        (
            "The House passed H.Res. 12 on a voice vote. Nobody objected.",
            [
                "The House passed H.Res. 12 on a voice vote.",
                "Nobody objected.",
            ],
        ),
        (
            "The unit was led by Maj.Gen. Ann Lee until the spring.",
            ["The unit was led by Maj.Gen. Ann Lee until the spring."],
        ),
        # ... and still end a sentence before a word that opens one.
        (
            "She later moved to St.Louis. Her sister stayed behind.",
            ["She later moved to St.Louis.", "Her sister stayed behind."],
        ),
    ],
)
def test_split_sentences_dotted_capitalised_abbreviation(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A two-letter postal code after a place name ends the sentence.
        (
            "The fire burned east of Riverton, WY. Crews held the line overnight.",
            [
                "The fire burned east of Riverton, WY.",
                "Crews held the line overnight.",
            ],
        ),
        (
            "The plant is in Easton, MT. Heavy smoke closed the road.",
            ["The plant is in Easton, MT.", "Heavy smoke closed the road."],
        ),
        # "Mt." in title case before a peak's name is still a title.
        (
            "Hikers climbed Mt. Baker in June.",
            ["Hikers climbed Mt. Baker in June."],
        ),
    ],
)
def test_split_sentences_postal_state_code_after_place(
    text: str, expected: list[str]
) -> None:
    assert _sentences(text) == expected


_STORY = (
    "The county board voted on Tuesday to close the old ferry landing by the end "
    "of the year.\n\nBoard member Sam Field said the repairs would cost too much, "
    "and that the money was needed for the schools.\n\n"
    "Residents plan to ask the state for money to keep it open.\n"
)


def test_split_sentences_teaser_list_runs_to_the_end_of_the_page() -> None:
    teasers = [
        "Heavy rain floods the coast road for a second night",
        "School board approves a later start for older pupils",
        "Why the new bus lanes are making drivers angry",
    ]
    rules = line_rules(_STORY + "\n".join(teasers))
    assert [r for _, r in rules[:3]] == [None] * 3
    assert [s for s, r in rules if r is not None] == teasers


@pytest.mark.parametrize("label", ["Senior Reporter", "Breaking News", "Ann Lee"])
def test_split_sentences_short_capitalised_label_ending_the_page(label: str) -> None:
    rules = line_rules(_STORY + label)
    assert rules[-1][0] == label
    assert rules[-1][1] is not None
    assert [r for _, r in rules[:-1]] == [None] * 3


@pytest.mark.parametrize(
    "tail",
    [
        # Judgement call 5: a text cut off mid-sentence ends in body.
        "However, the board",
        "The landing has served the island since",
        "Compli",
        "Several residents said the ferry was their only way to reach the",
    ],
)
def test_split_sentences_cut_off_last_line_stays_body(tail: str) -> None:
    rules = line_rules(_STORY + tail)
    assert rules[-1] == (tail, None)


_ONE_SENTENCE_PARAGRAPHS = [
    "The county board voted on Tuesday to close the old ferry landing by the end "
    "of the year.",
    "Board member Sam Field said the repairs would cost more than the county "
    "could afford this year.",
    "Residents plan to ask the state for money to keep the landing open through "
    "the summer.",
    "A crosshead above the rest",
    "The state has not said when it will decide on the request, a spokesman for "
    "the transport office said.",
    "The landing has served the island since 1962, and the ferry carries about "
    "two hundred people a day.",
]


def test_split_sentences_one_sentence_paragraphs_without_blank_lines_are_prose() -> (
    None
):
    # A page with a paragraph a line, no blank line between them and few
    # paragraphs of two sentences, is still an article: a short line
    # without a stop between its paragraphs is furniture.
    text = "\n".join(_ONE_SENTENCE_PARAGRAPHS)
    rules = dict(line_rules(text))
    assert rules.pop("A crosshead above the rest") is not None
    assert set(rules.values()) == {None}


def test_split_sentences_lines_broken_mid_sentence_are_not_taken_for_prose() -> None:
    # Where some long lines end mid-sentence, a short line among them may be
    # a piece of a sentence ("Capt. Sam" / "Field, the base commander"), not
    # furniture.
    text = (
        "The friendly games played on Saturday showed the kind of teamwork the "
        "county needs.\n"
        "The annual charity drive has been run for ten years by the same "
        "organiser, Ann\n"
        "Lee, who said the games had raised more money than ever before.\n"
        "Capt. Sam\n"
        "Field, the base commander, said he welcomed the chance to tell service "
        "members about the help on offer.\n"
    )
    assert all(rule is None for _, rule in line_rules(text))


_BEFORE = (
    "The county board voted on Tuesday to close the old ferry landing by the end "
    "of the year.\n\n"
)
_AFTER = "\n\nResidents plan to ask the state for money to keep it open.\n"


def _line_and_around(line: str) -> tuple[list[str | None], list[str | None]]:
    return rules_around(_BEFORE, line, _AFTER, model=None)


@pytest.mark.parametrize(
    "line, rule",
    [
        # A wire story's date stub left without its place.
        ("May 9 (Coastwire) -", "boilerplate:dateline"),
        ("October 2, 2023 (Metro Agency) --", "boilerplate:dateline"),
        # A link pointer that opens with its verb.
        ("Read the council's full statement here.", "boilerplate:nav"),
        ("Watch our interview with the ferry captain here.", "boilerplate:nav"),
        ("Follow the latest updates on the landing here.", "boilerplate:nav"),
        ("Please turn on JavaScript to see this map.", "boilerplate:nav"),
        ("Note to editors:", "boilerplate:label"),
        # The series a story belongs to.
        (
            "This article is part of our series on island transport.",
            "boilerplate:related",
        ),
        ("This story is part of a project on rural ferries.", "boilerplate:related"),
    ],
)
def test_split_sentences_stub_pointer_and_series_lines(line: str, rule: str) -> None:
    inside, around = _line_and_around(line)
    assert inside == [rule]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "May 9 was the last day the ferry ran on time.",
        "Read what you like here, the librarian told the children.",
        "This article of the charter is part of the dispute.",
    ],
)
def test_split_sentences_body_lines_like_stubs_and_pointers_stay_body(
    line: str,
) -> None:
    inside, around = _line_and_around(line)
    assert inside == [None]


@pytest.mark.parametrize(
    "bio",
    [
        "Ann Lee is a professor of maritime history at the state university.",
        "Ann Lee (@annlee) is a contributing writer.",
        "Sam Field, a retired ferry pilot, lives on the island.",
        "Ann Lee writes about transport for several regional papers.",
        # An opinion page's note on its unnamed author.
        "The writer is a retired ferry pilot.",
        "The author lives in Millbrook.",
    ],
)
def test_split_sentences_writer_bio_ending_the_piece_is_byline(bio: str) -> None:
    rules = line_rules(_STORY + "\n" + bio + "\n")
    assert rules[-1] == (bio, "boilerplate:byline")
    assert [r for _, r in rules[:-1]] == [None] * 3


@pytest.mark.parametrize(
    "last",
    [
        "The writer is now in hospital.",
        "The author was arrested on Friday.",
    ],
)
def test_split_sentences_news_of_a_writer_ending_the_piece_stays_body(
    last: str,
) -> None:
    rules = line_rules(_STORY + "\n" + last + "\n")
    assert rules[-1] == (last, None)


def test_split_sentences_source_introduced_mid_story_stays_body() -> None:
    bio = "Ann Lee is a professor of maritime history at the state university."
    text = _STORY.replace("\n\nResidents", "\n\n" + bio + "\n\nResidents")
    assert all(rule is None for _, rule in line_rules(text))


@pytest.mark.parametrize(
    "line",
    [
        "Opinions expressed by contributors are their own.",
        "Letters may be edited for length and clarity.",
        "To submit a letter to the editor, email the opinion desk.",
    ],
)
def test_split_sentences_opinion_and_letters_notices_are_boilerplate(
    line: str,
) -> None:
    inside, around = _line_and_around(line)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Flood watch: Coast road closed for a second night running",
        "Out and about: The ferry captain was seen on the pier",
        "Ferry dispute: What the board's vote means for island families",
    ],
)
def test_split_sentences_labelled_teaser_line_is_boilerplate(line: str) -> None:
    inside, around = _line_and_around(line)
    assert inside == ["boilerplate:related"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # What someone said, introduced by a verb of saying.
        "The Island Courier reports: Nearly half of the old landing is unsafe for "
        "heavy lorries and buses",
        # An editor's note is the publisher speaking about the story.
        "Editor's note: The board has since delayed the vote on the landing",
        # A quotation after the label, and an embedded post.
        "Ferry plan: \u201cWe will keep the landing open through the summer\u201d",
        "Landing closes: Residents plan a protest outside the board's offices on "
        "Friday https://example.org/x1",
    ],
)
def test_split_sentences_labelled_body_lines_stay_body(line: str) -> None:
    inside, _ = _line_and_around(line)
    assert inside == [None]


def test_split_sentences_related_label_does_not_flag_the_sentence_before_it() -> None:
    body = "Residents plan to ask the state for money to keep it open."
    line = body + " Read more: Board votes to sell the old ferry office"
    rules = line_rules(_STORY.replace(body, line))
    assert (body, None) in rules
    assert ("Read more: Board votes to sell the old ferry office", None) not in rules


@pytest.mark.parametrize(
    "stamp",
    [
        "Published June 3, 2021",
        "Updated: Oct. 12, 2019, 4:12 PM EDT",
        "Sep 9, 2022 at 10:30 a.m.",
    ],
)
def test_split_sentences_date_stamp_glued_to_first_sentence_is_cut(
    stamp: str,
) -> None:
    first = "The county board voted on Tuesday to close the old ferry landing."
    rules = line_rules(stamp + " " + first + "\n\nResidents plan to ask for money.\n")
    assert rules[0] == (stamp, "boilerplate:dateline")
    assert rules[1] == (first, None)


def test_split_sentences_narrow_first_line_ending_in_an_acronym_goes_on() -> None:
    text = (
        "Lee said the NHS\n"
        "would need more nurses on the island before the summer season began.\n"
    )
    assert _sentences(text) == [text.strip()]


def test_split_sentences_title_case_label_above_lower_case_line_stays_apart() -> None:
    text = (
        "Weather Alerts NOW\n"
        "check the county website for the latest warnings before you travel\n"
    )
    assert len(_sentences(text)) == 2


def test_split_sentences_cut_off_clause_of_capitalised_words_stays_body() -> None:
    rules = line_rules(_STORY + "While Islanders")
    assert rules[-1] == ("While Islanders", None)
