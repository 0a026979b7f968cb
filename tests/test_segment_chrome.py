"""Page chrome read as body: the form rules, the new phrase entries, the model hook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reliability.errors import ConfigError
from reliability.models import shipped_boilerplate_model, shipped_models
from reliability.segment import split_sentences
from reliability.segment.boilerplate import (
    author_bio,
    bare_dateline,
    credit_tail,
    dated_link,
    is_bare_link,
    is_separator,
)
from reliability.segment.learned import MODEL_RULE, has_body, mark_with_model
from reliability.segment.sentences import Piece
from reliability.training import TrainSettings, gold_sentences, train_model
from tests.segment_helpers import LEAD, TAIL, line_pieces, line_rules

BODY = "The harbour authority closed the eastern pier on Monday after the storm.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Runners cross the bridge at dawn Image: Sam Field.", True),
        ("A ferry leaves port (Credit: Sam Field / Coast Pictures)", True),
        ("Crowds outside the court. Photo by Ann Lee/Metro Images", True),
        ("The photo was taken by a passer-by.", False),
        ("Image quality has improved, the company said.", False),
        # A headline that ends in a capitalised verb phrase is no credit.
        ("Reporter Says Archive Video Was Edited.", False),
    ],
)
def test_credit_tail_finds_photo_credits(text: str, expected: bool) -> None:
    assert credit_tail(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- June 4, 2019 - Regulator approves a new vaccine", True),
        ("\u2022 Oct 1, 2020 | Agency issues storm warning", True),
        ("June 4, 2019 was the day the vaccine was approved.", False),
    ],
)
def test_dated_link_finds_release_lists(text: str, expected: bool) -> None:
    assert dated_link(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RIVERTON, June 4.", True),
        ("Riverton, Wyo., June 4, 2019", True),
        ("Riverton, June 4. Floods closed the road.", False),
        ("In Riverton, June was wet.", False),
        # The day before the month, as British and agency copy writes it.
        ("RIVERTON, 4 June.", True),
        ("Riverton, 4 June 2019", True),
        ("Riverton, 4 June. Floods closed the road.", False),
    ],
)
def test_bare_dateline_is_place_and_date_alone(text: str, expected: bool) -> None:
    assert bare_dateline(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sam Field is a staff writer for the Coast Gazette.", True),
        ("Ann Lee is an investigative reporter based in Denver.", True),
        ("The mayor is a former reporter.", False),
        ("Sam Field is a firefighter for the county.", False),
    ],
)
def test_author_bio_finds_bio_lines(text: str, expected: bool) -> None:
    assert author_bio(text, len(text.split())) is expected


@pytest.mark.parametrize(
    "text, expected",
    [("###", True), ("* * *", True), ("...", False), ("A.", False)],
)
def test_is_separator_needs_no_word(text: str, expected: bool) -> None:
    assert is_separator(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("www.example.org/press/item-7", True),
        ("https://example.org", True),
        ("See https://example.org for details.", False),
    ],
)
def test_is_bare_link_is_an_address_alone(text: str, expected: bool) -> None:
    assert is_bare_link(text) is expected


@pytest.mark.parametrize(
    "line, rule",
    [
        ("The harbour fills at dusk Image: Sam Field.", "boilerplate:caption"),
        ("- June 4, 2019 - Regulator approves a new vaccine", "boilerplate:related"),
        ("RIVERTON, June 4.", "boilerplate:dateline"),
        ("Sam Field is a staff writer for the Coast Gazette.", "boilerplate:byline"),
        ("Reach him at sam@example.org.", "boilerplate:byline"),
        ("###", "boilerplate:separator"),
        ("Published date: 4 June 2019", "boilerplate:dateline"),
        ("From: Department of Harbours and Ferries", "boilerplate:byline"),
        ("Part of: Coastal flooding", "boilerplate:nav"),
        ("Up next: Ferry fares to rise", "boilerplate:related"),
        (
            "The post Ferry fares to rise appeared first on Coast Gazette.",
            "boilerplate:wire",
        ),
        (
            "This story was originally published by the Valley Ledger.",
            "boilerplate:wire",
        ),
        (
            "Sorry, the comment form is closed at this time.",
            "boilerplate:comments",
        ),
        (
            "A .gov website belongs to an official government organization in the "
            "United States.",
            "boilerplate:nav",
        ),
        (
            "The press release issued by the Department of Harbours on 4 June 2019.",
            "boilerplate:credit",
        ),
        ("Print this article", "boilerplate:share"),
        # Numbers alone on a line: a score, a player's clock, a page range.
        ("3 \u2013 1", "boilerplate:nav"),
        ("0:00 / 2:45", "boilerplate:nav"),
        # A photo agency's name alone under a picture.
        ("Shutterstock", "boilerplate:caption"),
        ("AFP via Getty Images", "boilerplate:caption"),
        # An author's accounts and bio, a caption that points at people.
        ("Follow Sam Field on Twitter.", "boilerplate:byline"),
        ("About the author: Sam Field writes about ports.", "boilerplate:byline"),
        (
            "The mayor (left) and the engineer inspect the wall.",
            "boilerplate:caption",
        ),
        # A byline with a role, a gallery's counter, a newsletter and a
        # donation appeal.
        ("By Sam Field, staff writer", "boilerplate:byline"),
        ("Image 2 of 12", "boilerplate:caption"),
        (
            "Get the morning briefing delivered to your inbox.",
            "boilerplate:newsletter",
        ),
        (
            "Please consider supporting local news with a gift today.",
            "boilerplate:newsletter",
        ),
        # Reporting credits and an opinion disclaimer under the story.
        ("Sam Field contributed reporting from the coast.", "boilerplate:byline"),
        (
            "The views expressed here are those of the author.",
            "boilerplate:nav",
        ),
    ],
)
def test_issue_17_page_chrome_is_boilerplate(line: str, rule: str) -> None:
    text = BODY + line + "\n" + BODY
    segs = split_sentences(text, model=None)
    assert [s.rule for s in segs] == [None, rule, None]


@pytest.mark.parametrize(
    "line",
    [
        "Reach for the stars, the coach told them.",
        "From the pier, the damage looked worse.",
        "Part of the roof fell in.",
        "He is a reporter at heart, the mayor joked about his critic.",
        "Watch the tide, locals say.",
        "Follow the money, the auditor told the council.",
        "Image quality on the new cameras has improved.",
        "By the end of the week, the pier had reopened.",
        "It was published on a Sunday.",
    ],
)
def test_issue_17_short_body_sentences_stay_body(line: str) -> None:
    text = BODY + line + "\n" + BODY
    assert [s.boilerplate for s in split_sentences(text)] == [False, False, False]


class _Model:
    """A stand-in model: page furniture if the text mentions a newsletter."""

    def probability(self, text: str) -> float:
        return 0.95 if "newsletter" in text else 0.05


def test_mark_with_model_marks_only_what_the_rules_left() -> None:
    text = (
        "Join our newsletter today\nThe pier reopened on Friday after weeks of repairs."
    )
    pieces = line_pieces(text)
    rules: list[str | None] = [None, None]
    assert mark_with_model(text, pieces, rules, _Model(), cut=0.5) == [  # type: ignore[arg-type]
        MODEL_RULE,
        None,
    ]
    # A sentence a rule flagged keeps its rule; the input list is not changed.
    flagged: list[str | None] = ["boilerplate:nav", None]
    out = mark_with_model(text, pieces, flagged, _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == ["boilerplate:nav", None] and rules == [None, None]


def test_mark_with_model_needs_a_body() -> None:
    text = "Newsletter deals\nMore newsletter deals"
    pieces = line_pieces(text)
    assert not has_body(text, pieces, [None, None])
    out = mark_with_model(text, pieces, [None, None], _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None, None]


def test_mark_with_model_keeps_the_only_prose_sentence() -> None:
    # A text of one sentence is its own body, whatever the model says of it;
    # with a second prose sentence on the page, the same line can be marked.
    text = "The newsletter went out to all members on Monday morning."
    pieces = line_pieces(text)
    assert mark_with_model(text, pieces, [None], _Model(), cut=0.5) == [None]  # type: ignore[arg-type]
    text2 = text + "\nThe pier reopened on Friday after weeks of repairs."
    out = mark_with_model(text2, line_pieces(text2), [None, None], _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == [MODEL_RULE, None]


class _SureModel:
    """A stand-in model: all but sure of "Read on", fairly sure of any newsletter."""

    def probability(self, text: str) -> float:
        if text.startswith("Read on"):
            return 0.99
        return 0.9 if "ewsletter" in text else 0.05


def test_mark_with_model_needs_more_of_one_and_two_word_lines() -> None:
    text = (
        "Newsletter!\nRead on\nOur newsletter arrives every Friday\n"
        "The pier reopened on Friday after weeks of repairs."
    )
    out = mark_with_model(text, line_pieces(text), [None] * 4, _SureModel(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None, MODEL_RULE, MODEL_RULE, None]


def test_mark_with_model_needs_more_of_long_lines() -> None:
    long_prompt = (
        "Our newsletter brings the harbour's news, the ferry timetable, the "
        "weather and the tides to your inbox every Friday morning"
    )
    sure = "Read on " + long_prompt
    text = (
        long_prompt + "\n" + sure + "\n"
        "The pier reopened on Friday after weeks of repairs."
    )
    assert len(long_prompt) > 100
    out = mark_with_model(text, line_pieces(text), [None] * 3, _SureModel(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None, MODEL_RULE, None]


def test_mark_with_model_leaves_long_sentences_that_end_in_a_stop() -> None:
    # A long line ending as a sentence does is body text: the model is not
    # even asked (most of a page's body is such lines). Without its stop the
    # same line is furniture the model may judge.
    long_line = (
        "Read on for the harbour's news, the ferry timetable, the weather "
        "and the tides, sent to your inbox every Friday morning"
    )
    assert len(long_line) > 100
    asked: list[str] = []

    class Recording(_SureModel):
        def probability(self, text: str) -> float:
            asked.append(text)
            return super().probability(text.lstrip("["))

    cases = (("", ".", None), ("", "!\u201d", None), ("", "", MODEL_RULE))
    # A line wholly in brackets is a note on the page, stop or none.
    cases += (("[", ".]", MODEL_RULE),)
    for start, end, marked in cases:
        asked.clear()
        line = start + long_line + end
        text = line + "\nThe pier reopened on Friday after weeks of repairs."
        out = mark_with_model(text, line_pieces(text), [None] * 2, Recording(), cut=0.5)  # type: ignore[arg-type]
        assert out == [marked, None]
        assert (line in asked) is (marked is not None)


def test_mark_with_model_skips_an_exclamation_inside_a_paragraph() -> None:
    # "Get the newsletter!" quoted in a paragraph is body; on its own line it
    # is a prompt the model may judge.
    body = "The pier reopened on Friday after weeks of repairs."
    quoted = "Fans shouted, \u201cGet the newsletter!\u201d"
    text = body + " " + quoted + "\nGet our free newsletter now!"
    a = len(body) + 1
    pieces = [
        Piece(0, len(body), 0, False),
        Piece(a, a + len(quoted), 0, False),
        Piece(a + len(quoted) + 1, len(text), 1, True),
    ]
    out = mark_with_model(text, pieces, [None, None, None], _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None, None, MODEL_RULE]


def test_mark_with_model_skips_bulleted_items_under_a_body_lead_in() -> None:
    # The items a body lead-in introduces are body (annotation notes, D19);
    # the same line with no lead-in above it is still judged.
    text = (
        "The pier reopened on Friday after weeks of repairs.\n"
        "The harbour board listed three changes:\n"
        "- a new newsletter for boat owners\n"
        "- longer opening hours\n"
        "The board meets again in May.\n"
        "- the newsletter for boat owners"
    )
    pieces = line_pieces(text)
    out = mark_with_model(text, pieces, [None] * 6, _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None] * 5 + [MODEL_RULE]


@pytest.mark.parametrize(
    "line, expected",
    [
        # Reported speech with its stop is body, whatever the model says.
        ("One reader wrote: 'Get the newsletter!'", None),
        ("He said, \u201cThe newsletter is late.\u201d", None),
        # A headline quoting its speaker has no stop and is still judged.
        ("Editor: 'Our newsletter is back'", MODEL_RULE),
    ],
)
def test_mark_with_model_leaves_reported_speech_in_the_body(
    line: str, expected: str | None
) -> None:
    body = "The pier reopened on Friday after weeks of repairs."
    text = body + "\n" + line
    out = mark_with_model(text, line_pieces(text), [None, None], _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None, expected]


def test_split_sentences_model_none_is_rules_alone() -> None:
    model = shipped_boilerplate_model()
    assert model is not None and model.task == "boilerplate"
    text = (
        BODY
        + "Be the first to know when stories break, straight to your inbox\n"
        + BODY
    )
    rules = split_sentences(text, model=None)
    assert all(s.rule != MODEL_RULE for s in rules)
    assert [(s.start, s.end) for s in split_sentences(text)] == [
        (s.start, s.end) for s in rules
    ]


def test_shipped_boilerplate_model_is_trained_on_the_train_split() -> None:
    model = shipped_boilerplate_model()
    assert model is not None
    model.check_reference()
    assert model.training["gold_split"] == "train"
    assert 0.0 < model.combine["mark_at_least"] < 1.0
    assert model.rule == "model:boilerplate.v1"


def test_split_sentences_refuses_a_model_of_another_task() -> None:
    claims = shipped_models()["claim"]
    with pytest.raises(ConfigError, match="boilerplate"):
        split_sentences(BODY, model=claims)


def test_gold_sentences_reads_furniture_for_the_boilerplate_task(
    tmp_path: Path,
) -> None:
    text = "Share this page\nThe pier reopened on Friday."
    gold = {
        "id": "x",
        "text": text,
        "sentences": [
            {"start": 0, "end": 15, "boilerplate": True, "claim": False},
            {"start": 16, "end": 44, "boilerplate": False, "claim": True},
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    body = gold_sentences(path)
    page = gold_sentences(path, with_boilerplate=True)
    assert [s.text for s in body] == ["The pier reopened on Friday."]
    assert [(s.label("boilerplate"), s.claim) for s in page] == [
        (True, False),
        (False, True),
    ]


def test_train_model_fits_a_boilerplate_model() -> None:
    pytest.importorskip("sklearn")
    chrome = [f"Share this story with {n} friends" for n in ("two", "three", "ten")]
    body = [
        f"The {w} council voted on the budget on Monday."
        for w in ("city", "county", "town")
    ]
    model = train_model(
        chrome * 4 + body * 4,
        [True] * 12 + [False] * 12,
        task="boilerplate",
        settings=TrainSettings(tune_threshold=False),
    )
    assert model.task == "boilerplate" and model.name == "boilerplate"
    assert model.probability("Share this story with five friends") > 0.5
    assert model.probability("The state council voted on the budget.") < 0.5


@pytest.mark.parametrize(
    "line, expected",
    [
        (
            "date 2020-03-04 In a statement, the port said it would reopen.",
            [
                ("date 2020-03-04", "boilerplate:dateline"),
                ("In a statement, the port said it would reopen.", None),
            ],
        ),
        (
            "2020-03-04 14:05 | Ferries resumed on Monday.",
            [
                ("2020-03-04 14:05", "boilerplate:dateline"),
                ("Ferries resumed on Monday.", None),
            ],
        ),
        (
            "2020-03-04 was the day the ferries resumed.",
            [("2020-03-04 was the day the ferries resumed.", None)],
        ),
        (
            "The pier was closed again on Tuesday. -",
            [
                ("The pier was closed again on Tuesday.", None),
                ("-", "boilerplate:separator"),
            ],
        ),
    ],
)
def test_issue_17_glued_date_and_trailing_separator_are_cut(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    text = BODY + line + "\n" + BODY
    segs = split_sentences(text, model=None)[1:-1]
    assert [(text[s.start : s.end], s.rule) for s in segs] == expected


@pytest.mark.parametrize(
    "line, rule",
    [
        ("All times EDT.", "boilerplate:dateline"),
        ("Some links in this archive may no longer be active.", "boilerplate:nav"),
        ("Notícias relacionadas:", "boilerplate:related"),
        (
            "For full coverage of the storm, visit our weather page.",
            "boilerplate:related",
        ),
    ],
)
def test_issue_17_live_blog_and_archive_notices(line: str, rule: str) -> None:
    text = BODY + line + "\n" + BODY
    assert [s.rule for s in split_sentences(text, model=None)] == [None, rule, None]


WRAPPED = (
    "The harbour board met on Tuesday and voted on the budget for the\n"
    "coming year. It approved the plan by seven votes to two after a\n"
    "long debate about the cost of repairs to the old harbour wall.\n"
    "Nobody spoke against it."
)


def test_issue_17_hard_wrapped_paragraph_is_split_by_sentence() -> None:
    segs = split_sentences(WRAPPED, model=None)
    assert [WRAPPED[s.start : s.end] for s in segs] == [
        "The harbour board met on Tuesday and voted on the budget for the\n"
        "coming year.",
        "It approved the plan by seven votes to two after a\n"
        "long debate about the cost of repairs to the old harbour wall.",
        "Nobody spoke against it.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Short lines: a menu, one item a line.
        "Home\nNews\nSport\nWeather\nTravel",
        # Lines of equal width that each end a sentence: no sentence broken.
        "The harbour board met on Tuesday to vote on the budget plan.\n"
        "It approved the plan by seven votes to two after a long debate.\n"
        "The cost of repairs to the harbour wall was the main question.",
        # A list of headlines: no sentence ends mid-line.
        "Harbour board approves the budget for the coming year at last\n"
        "Ferry fares to rise by a tenth from the first day of next month\n"
        "Storm closes the eastern pier for the second time this winter",
    ],
)
def test_lines_that_are_not_wrapped_stay_apart(text: str) -> None:
    segs = split_sentences(text, model=None)
    assert all("\n" not in text[s.start : s.end] for s in segs)


def test_mark_with_model_skips_a_line_that_runs_on() -> None:
    text = (
        "Our newsletter editor wrote:\nThe pier reopened on Friday after weeks of work."
    )
    out = mark_with_model(text, line_pieces(text), [None, None], _Model(), cut=0.5)  # type: ignore[arg-type]
    assert out == [None, None]


# --- page layout: whole lines (issue 17, second round) -------------------------


@pytest.mark.parametrize(
    "block, expected",
    [
        # A dateline stub that opens a line, and a wire tag after it.
        (
            "RIVERTON, June 4. The council voted to rebuild the wall.",
            [
                ("RIVERTON, June 4.", "boilerplate:dateline"),
                ("The council voted to rebuild the wall.", None),
            ],
        ),
        (
            "RIVERTON, June 4. /Coast Wire/. The council voted to rebuild the wall.",
            [
                ("RIVERTON, June 4.", "boilerplate:dateline"),
                ("/Coast Wire/.", "boilerplate:wire"),
                ("The council voted to rebuild the wall.", None),
            ],
        ),
        # A caption before its credit on the same line.
        (
            "A crane lifts stone onto the pier. (Credit: Sam Field / Coast Pictures)",
            [
                ("A crane lifts stone onto the pier.", "boilerplate:caption"),
                ("(Credit: Sam Field / Coast Pictures)", "boilerplate:caption"),
            ],
        ),
        (
            "A crane lifts stone onto the pier. Sam Field/Coast Pictures",
            [
                ("A crane lifts stone onto the pier.", "boilerplate:caption"),
                ("Sam Field/Coast Pictures", "boilerplate:caption"),
            ],
        ),
        # An author's bio and contact line under the story.
        (
            "Sam Field covers transport for the Coast Gazette. "
            "Reach him directly at sfield@example.org.",
            [
                (
                    "Sam Field covers transport for the Coast Gazette.",
                    "boilerplate:byline",
                ),
                ("Reach him directly at sfield@example.org.", "boilerplate:byline"),
            ],
        ),
        (
            "You can reach her at the newsroom on weekdays.",
            [("You can reach her at the newsroom on weekdays.", "boilerplate:byline")],
        ),
        # The rules of a comment section, all of its sentences.
        (
            "Comments are moderated and may take a day to appear. Please keep the "
            "discussion civil. We reserve the right to remove comments that break "
            "these rules.",
            [
                (
                    "Comments are moderated and may take a day to appear.",
                    "boilerplate:comments",
                ),
                ("Please keep the discussion civil.", "boilerplate:comments"),
                (
                    "We reserve the right to remove comments that break these rules.",
                    "boilerplate:comments",
                ),
            ],
        ),
        # A question that goes with a share button on its line.
        (
            "Did you like this story? Share this story!",
            [
                ("Did you like this story?", "boilerplate:share"),
                ("Share this story!", "boilerplate:share"),
            ],
        ),
        # A teaser's second sentence after "Also read:".
        (
            "Also read: Storm closes coastal road. Ferry fares to rise",
            [
                ("Also read: Storm closes coastal road.", "boilerplate:related"),
                ("Ferry fares to rise", "boilerplate:related"),
            ],
        ),
        # The teaser under a standalone "Up next" label.
        (
            "UP NEXT\n\nFerry fares to rise for the third time this year",
            [
                ("UP NEXT", "boilerplate:related"),
                (
                    "Ferry fares to rise for the third time this year",
                    "boilerplate:related",
                ),
            ],
        ),
        # A sentence with a stop under such a label is body.
        (
            "Related\n\nThe ferry company said fares would not rise this year.",
            [
                ("Related", "boilerplate:related"),
                ("The ferry company said fares would not rise this year.", None),
            ],
        ),
        # A caption set off above its credit line.
        (
            "Workers inspect the flooded car park beside the pier on Tuesday.\n"
            "Photo: Sam Field",
            [
                (
                    "Workers inspect the flooded car park beside the pier on Tuesday.",
                    "boilerplate:caption",
                ),
                ("Photo: Sam Field", "boilerplate:caption"),
            ],
        ),
        # Credit lines of an agency: a bar, "via", spaces around a slash.
        ("Sam Field | Coast Wire", [("Sam Field | Coast Wire", "boilerplate:caption")]),
        (
            "Coast Wire via Harbour Pictures",
            [("Coast Wire via Harbour Pictures", "boilerplate:caption")],
        ),
        (
            "SAM FIELD / COAST WIRE",
            [("SAM FIELD / COAST WIRE", "boilerplate:caption")],
        ),
    ],
)
def test_issue_17_page_layout_is_boilerplate(
    block: str, expected: list[tuple[str, str | None]]
) -> None:
    text = LEAD + block + TAIL
    flags = line_rules(text)
    assert flags[0][1] is None and flags[-1][1] is None
    assert flags[1:-1] == expected


def test_issue_17_caption_shown_twice_is_boilerplate() -> None:
    caption = (
        "Workers in orange jackets inspect the flooded car park beside the "
        "eastern pier on Tuesday morning."
    )
    text = LEAD + caption + "\n\n" + caption + TAIL
    rules = [r for _, r in line_rules(text)]
    assert rules == [None, "boilerplate:repeated", "boilerplate:repeated", None]


@pytest.mark.parametrize(
    "block",
    [
        # A short sentence said twice is speech, not a pasted caption.
        "\u201cWe will rebuild.\u201d\n\nThe crowd cheered.\n\n"
        "\u201cWe will rebuild.\u201d",
        "Up next is the vote on the budget for the harbour.",
        # Three full stops alone are a sentence of the body (judgement call 1).
        "...",
        # A first turn of a transcript is body, however short.
        "MS FIELD: Good afternoon.",
        # "covers ... for" of something that is not a person's beat.
        "The Harbour Fund covers repairs for small boat owners.",
    ],
)
def test_issue_17_page_layout_keeps_body(block: str) -> None:
    text = LEAD + block + TAIL
    assert [r for _, r in line_rules(text)] == [None] * len(line_rules(text))


def test_issue_17_story_pasted_twice_stays_body() -> None:
    story = [
        "The harbour authority said the pier would reopen in the spring once "
        "engineers had checked the foundations.",
        "Fishing crews have moved their boats to the western pier, where space "
        "is short and the water is shallow.",
        "The council has set aside money for a survey of the seabed and for new "
        "stone from a quarry up the coast.",
        "A public meeting on the plans will be held at the town hall next month, "
        "the authority said on Tuesday.",
    ]
    text = "\n\n".join(story + story)
    assert not any(s.boilerplate for s in split_sentences(text, model=None))


def test_issue_17_first_transcript_turn_is_body() -> None:
    text = (
        "MR FIELD: Good afternoon.\n\n"
        "MR FIELD: Thank you all for coming. I have one announcement at the top "
        "and then I will take your questions about the harbour.\n"
    )
    assert not any(s.boilerplate for s in split_sentences(text, model=None))


def test_issue_17_passage_pasted_twice_stays_body() -> None:
    # A live blog that shows an entry twice: two paragraphs repeat together.
    entry = [
        "The harbour authority said the pier would reopen in the spring once "
        "engineers had checked the foundations.",
        "Fishing crews have moved their boats to the western pier, where space "
        "is short and the water is shallow.",
    ]
    text = "\n\n".join(["11:05 a.m.", *entry, "11:00 a.m.", *entry, TAIL.strip()])
    assert not any(
        s.rule == "boilerplate:repeated" for s in split_sentences(text, model=None)
    )


def test_issue_17_repeated_sentence_in_a_list_stays_body() -> None:
    # Sentences one a line with no paragraphs are a list, not a page.
    line = (
        "Workers in orange jackets inspect the flooded car park beside the "
        "eastern pier on Tuesday morning."
    )
    text = "\n".join([LEAD.strip(), line, TAIL.strip(), line])
    assert not any(s.boilerplate for s in split_sentences(text, model=None))


def test_issue_17_crosshead_in_paragraphs_without_blank_lines() -> None:
    # Paragraphs one a line, no blank line between, some of several
    # sentences: still prose, so a short line without a stop is furniture.
    paragraphs = [
        "The harbour authority closed the eastern pier on Monday after the "
        "storm opened a long crack in the outer wall.",
        "The council has set aside money for new stone. Work will start in the spring.",
        "Fishing crews moved their boats to the western pier",
        "Space there is short and the water is shallow at low tide, so "
        "several crews have stayed in port for a week.",
        "The authority said the pier would reopen once the wall had been "
        "checked. A meeting is planned.",
        "Residents will be able to put questions to the engineers at a "
        "public meeting in the town hall next month.",
    ]
    segs = split_sentences("\n".join(paragraphs), model=None)
    flagged = [s.rule for s in segs if s.boilerplate]
    assert flagged == ["boilerplate:caption"]


@pytest.mark.parametrize(
    "block, rule",
    [
        # A menu: short lines in a row, none a sentence.
        ("News\nSport\nWeather\nTravel", "boilerplate:nav"),
        ("XS\nSM\nMD\nLG", "boilerplate:nav"),
        # An image's file name left as alt text.
        ("harbour-wall-crack.jpg", "boilerplate:caption"),
        # A credit glued to the end of a caption, names in a list.
        (
            "Our reporter has the details.Camera: Sam Field, Ann Lee",
            "boilerplate:caption",
        ),
        # Standfirst credit lines of a release.
        (
            "Statement given yesterday by the Minister for Harbours on the storm.",
            "boilerplate:credit",
        ),
        ("Remarks by the Mayor at the reopening of the pier", "boilerplate:credit"),
        ("PRESS RELEASE : Harbour wall to be rebuilt", "boilerplate:nav"),
    ],
)
def test_issue_17_menus_and_labels_are_boilerplate(block: str, rule: str) -> None:
    text = LEAD + block + TAIL
    rules = [r for _, r in line_rules(text)]
    assert rules[0] is None and rules[-1] is None
    assert rules[1:-1] == [rule] * (len(rules) - 2)


def test_issue_17_speaker_name_alone_is_a_label() -> None:
    text = LEAD + "Deputy Mayor Roe:\n\u201cWe will rebuild the wall.\u201d" + TAIL
    assert [r for _, r in line_rules(text)] == [None, "boilerplate:label", None, None]


@pytest.mark.parametrize(
    "block",
    [
        # The items of a list that a line ending in a colon introduces.
        "The plan covers:\nStone\nLabour\nSurvey work",
        # A line ending in a colon that is a sentence's start.
        "Officials wrote:\n\u201cThe wall will be rebuilt this year.\u201d",
    ],
)
def test_issue_17_lists_and_run_on_lines_stay_body(block: str) -> None:
    text = LEAD + block + TAIL
    assert not any(s.boilerplate for s in split_sentences(text, model=None))
