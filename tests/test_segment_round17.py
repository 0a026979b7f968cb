"""Segmentation: labels glued to a sentence with no space, letter lines (round 17)."""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, line_rules, rules_around


@pytest.mark.parametrize(
    ("line", "label", "sentence"),
    [
        # A page's section label run into the first sentence of a speech.
        (
            "Council ChamberWe met on Monday to discuss the budget.",
            "Council Chamber",
            "We met on Monday to discuss the budget.",
        ),
        (
            "Council ChamberAs I said earlier, the budget will rise next year.",
            "Council Chamber",
            "As I said earlier, the budget will rise next year.",
        ),
        # A feed's source and age stamp run into a speech's opening.
        (
            "From example.org|2 hr agoThank you, Mr. Chairman, for the invitation.",
            "From example.org|2 hr ago",
            "Thank you, Mr. Chairman, for the invitation.",
        ),
        # An image's file name or alt text run into the caption or a quotation.
        (
            "img_harbourStorm waves damaged the harbour wall on Monday.",
            "img_harbour",
            "Storm waves damaged the harbour wall on Monday.",
        ),
        (
            "Photo of the old mill\u201cWe will rebuild it next year,\u201d "
            "the owner said.",
            "Photo of the old mill",
            "\u201cWe will rebuild it next year,\u201d the owner said.",
        ),
    ],
)
def test_glued_label_is_cut(line: str, label: str, sentence: str) -> None:
    text = LEAD + line + TAIL
    flags = line_rules(text)
    assert (label, "boilerplate:headline") in flags
    assert (sentence, None) in flags


@pytest.mark.parametrize(
    "line",
    [
        # Names written in camel case stay whole.
        "PlayStation sales rose sharply this year, the company said.",
        "Jobs at LinkedIn are scarce this year, the company said.",
        "The YouTube channel lost half its viewers in a month.",
        "Sales of the iPhone fell in the second quarter of the year.",
        "A spokeswoman for SolarWinds declined to comment on Monday.",
        "The getElementById method returns the element with that name.",
        # A hashtag or a handle is not a label.
        "Residents asked the minister about the closure with #askCouncil today.",
        # Body glued to body after a full stop stays one sentence.
        "The pier closed last week.Repairs will start in the spring, officials said.",
        # A link glued into a sentence: the words before it end in a verb of
        # saying or a function word, or hold a comma or quotation mark, or
        # the linked name opens no sentence.
        "The minister resigned on Monday, according toThe Daily Courier.",
        "The mayor said\u201cWe will rebuild the harbour wall this year.\u201d",
        "Officials tweetedHarbour News reports about the storm damage.",
        "\u201cIt was rebuilt,\u201d reportedValley Radio News on Monday.",
        # A label glued to too short a tail is left to the other rules.
        "Council ChamberWe agree.",
    ],
)
def test_camel_case_is_not_cut(line: str) -> None:
    text = LEAD + line + TAIL
    flags = line_rules(text)
    assert (line, None) in flags


@pytest.mark.parametrize(
    "line",
    [
        # A letter's or newsletter's greeting or closing, alone on its line.
        "To all our readers,",
        "Hi everyone,",
        "Yours in friendship,",
        "Stay safe and well,",
        "With best wishes,",
        "Thanks again,",
        "All the best,",
    ],
)
def test_letter_greeting_or_closing_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:byline"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # A speech's address to its audience stays in the body.
        "Friends and colleagues,",
        "Ladies and gentlemen,",
        # Other words that end a line in a comma.
        "Warm weather,",
        "With the storm approaching,",
        "Love Island,",
        # A longer line, or one that goes on past the comma.
        "Thanks to the volunteers who cleared the beach after the storm,",
        "Stay safe, the council said.",
    ],
)
def test_other_comma_line_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


_LONG_BODY = (
    " The council said the harbour wall, which was built more than a century"
    " ago, would need a full survey before the engineers could say how long"
    " the repairs would take or how much they would cost the town."
)


@pytest.mark.parametrize(
    "line",
    [
        # A news photo's caption opens its line and ends in the day the
        # picture was taken; a credit or a file tag may follow it.
        "Fans wave flags in Springfield, Ill., Friday, May 3, 2019. (File)",
        "A crane lifts a boat from the harbour in Port Ellen, Scotland, "
        "Monday, Feb. 17, 2014. (Photo by Jane Roe)",
    ],
)
def test_dated_caption_before_credit_is_caption(line: str) -> None:
    flags = line_rules(LEAD + line + TAIL)
    caption = line.split(". (")[0] + "."
    assert (caption, "boilerplate:caption") in flags


def test_dated_caption_does_not_spread_to_long_body() -> None:
    caption = "Workers repair the sea wall in Port Ellen, Scotland, May 21, 2016."
    flags = line_rules(LEAD + caption + _LONG_BODY + TAIL)
    assert (caption, "boilerplate:caption") in flags
    assert (_LONG_BODY.strip(), None) in flags


@pytest.mark.parametrize(
    "sentence",
    [
        # A body sentence dates what happened in the past, or names the day.
        "The treaty was signed in Geneva, Switzerland, Monday, Feb. 17, 2014.",
        "Today is Friday, May 3, 2019.",
        "This is the news summary for Sunday, August 9, 2009.",
        "The list was published on Monday, June 17, 2013.",
    ],
)
def test_dated_body_sentence_is_body(sentence: str) -> None:
    flags = line_rules(LEAD + sentence + _LONG_BODY + TAIL)
    assert (sentence, None) in flags


_SPEECH = (
    "It is wonderful to be here at the harbour today, and I am grateful to all"
    " of you for coming out on such a cold morning.\n"
    "The storm damaged the sea wall last week, and the repairs begin on Monday.\n"
)


@pytest.mark.parametrize(
    "greeting",
    [
        # A speech's opening words under its title are the speaker's first
        # turn, not a headline.
        "Thank you, Dr. Lee.",
        "Thanks very much, Sam.",
        "Good afternoon, everyone.",
        # ... also after the speaker's label in title case.
        "Mayor of Springfield Ann Lee: Good afternoon.",
        "Harbour Master Tom Hill: Thank you very much.",
    ],
)
def test_speech_greeting_under_title_is_body(greeting: str) -> None:
    flags = line_rules("Remarks at the Harbour Reopening\n" + greeting + "\n" + _SPEECH)
    assert flags[0] == ("Remarks at the Harbour Reopening", "boilerplate:headline")
    assert (greeting, None) in flags


def test_labelled_headline_is_still_flagged() -> None:
    # A headline with a label and a colon has no greeting after it.
    head = "Harbour Watch: Storm Closes Pier for Third Day"
    flags = line_rules(head + "\n" + _SPEECH)
    assert flags[0][0] == head
    assert flags[0][1] is not None


@pytest.mark.parametrize(
    "text",
    [
        # A stop that belongs to a title inside quotation marks or brackets
        # does not end the sentence around the title.
        "Jane Roe, the author of the book \u201cCounter Moves. The Inside Story of "
        "the Harbour,\u201d told the council the plan would fail.",
        "The festival, so called \u201cHello! Harbour Days 2024\u201d, will be "
        "held tomorrow.",
        "The plan failed (see Chapter 3. The Harbour Plan) and was dropped.",
        "Opening remarks at the Assembly for Harbours (Hello! Harbour Days 2024)",
    ],
)
def test_stop_inside_title_does_not_cut(text: str) -> None:
    assert [t for t, _ in line_rules(text)] == [text]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # Speech in quotation marks is cut as usual.
        (
            "He shouted \u201cStop. Police.\u201d Then he ran.",
            ["He shouted \u201cStop.", "Police.\u201d", "Then he ran."],
        ),
        (
            "\u201cIt works. We Are Done.\u201d The crowd cheered.",
            ["\u201cIt works.", "We Are Done.\u201d", "The crowd cheered."],
        ),
        # A title-case run after a stop with no opening mark before it.
        (
            "The pier closed. Harbour Master Tom Hill) said so.",
            ["The pier closed.", "Harbour Master Tom Hill) said so."],
        ),
    ],
)
def test_stop_before_closing_mark_without_title_cuts(
    text: str, sentences: list[str]
) -> None:
    assert [t for t, _ in line_rules(text)] == sentences


@pytest.mark.parametrize(
    "line",
    # One word alone on its line: a link, a label, a button, an image's name.
    ["here", "Source", "Pages", "x", "Close", "harbourview"],
)
def test_one_word_line_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # A word with its stop and a single capital letter (a pronoun or an
        # initial in a scanned page) are left to other rules.
        "Thanks.",
        "I",
        "Absolutely!",
    ],
)
def test_one_word_sentence_is_not_nav(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside != ["boilerplate:nav"]


def test_one_word_list_items_stay_body() -> None:
    # Items of a list that a line ending in a colon introduces.
    text = LEAD + "The repairs will need:\nStone\nTimber\nLabour" + TAIL
    flags = line_rules(text)
    assert [r for t, r in flags if t in ("Stone", "Timber", "Labour")] == [None] * 3


def test_one_word_last_line_stays_body() -> None:
    # A text cut off after the first word of its last paragraph (judgement
    # call 5) ends in body.
    flags = line_rules(LEAD + "Residents")
    assert flags[-1] == ("Residents", None)


@pytest.mark.parametrize(
    "line",
    [
        # A note about the page itself, not the news.
        "This page lists the council's meetings and the papers for each.",
        "This section has information that has changed since the last release.",
        "This website uses the council's maps and timetables.",
        "The information on this website is provided by the harbour board.",
    ],
)
def test_note_about_the_page_is_boilerplate(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:nav"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        # A place, a board or the writer's own site is the story's subject.
        "This section of the coast road will close next week for repairs.",
        "This board has failed the town's children, the parents said.",
        "The website you are reading started as a small blog ten years ago.",
    ],
)
def test_sentence_about_a_place_or_board_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    [
        # A table's or figure's caption, its label first.
        "Table 1. Rainfall by month in the harbour district.",
        "Figure 3: The harbour wall before the storm",
        "Graph, Homes built by region, 2001 to 2017.",
        "Chart: Rainfall since 1990",
    ],
)
def test_figure_label_line_is_caption(line: str) -> None:
    inside, around = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:caption"]
    assert around == [None, None]


@pytest.mark.parametrize(
    "line",
    [
        "Table salt prices rose by five percent this year, the ministry said.",
        "Figures released on Monday show the harbour lost money last year.",
    ],
)
def test_sentence_opening_with_a_figure_word_is_body(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    [
        # A pointer to a link on the line below, and a blog's like counter.
        "Download the harbour leaflets here:",
        "Read the full report here:",
        "12 bloggers like this:",
    ],
)
def test_link_pointer_and_like_counter_are_boilerplate(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside != [None]


def test_lead_in_to_a_list_is_body() -> None:
    inside, _ = rules_around(LEAD, "The repairs will cover these parts:\n", TAIL)
    assert inside == [None]


def test_capitalised_label_on_a_laid_out_page_is_boilerplate() -> None:
    # A page of short lines, not paragraphs of prose: its two-word headings
    # are labels all the same.
    text = (
        "The harbour observatory watches the tides and the weather over the bay.\n"
        "Observatory Cams\n"
        "The east pier camera shows the sea wall at high tide.\n"
        "Tide Tables\n"
        "High tide is at four in the afternoon.\n"
    )
    flags = line_rules(text)
    assert ("Observatory Cams", "boilerplate:caption") in flags
    assert ("Tide Tables", "boilerplate:caption") in flags
    assert [r for t, r in flags if t.endswith(".")] == [None] * 3


def test_names_listed_under_a_lead_in_stay_body() -> None:
    text = (
        "The harbour observatory watches the tides and the weather over the bay.\n"
        "The council named the members of the new harbour board:\n"
        "Ann Lee\n"
        "Tom Hill\n"
        "Sam Field\n"
        "The board meets for the first time in May.\n"
    )
    assert [r for _, r in line_rules(text)] == [None] * 6


@pytest.mark.parametrize(
    "line",
    [
        "Senator Lee\u2019s full remarks, as delivered:",
        "Mayor Roe's speech as prepared for delivery:",
    ],
)
def test_remarks_label_as_delivered_is_boilerplate(line: str) -> None:
    inside, _ = rules_around(LEAD, line + "\n", TAIL, model=None)
    assert inside == ["boilerplate:label"]


@pytest.mark.parametrize(
    ("tag", "rule"),
    [
        # A tag in square brackets after a sentence: a wiki's edit link, a
        # reference number, a quotation's source and date.
        ("[edit]", "boilerplate:nav"),
        ("[12345/21]", "boilerplate:nav"),
        ("[Daily Courier, 5/23/17]", "boilerplate:nav"),
        # A stage direction is the transcript's own.
        ("[Laughter]", None),
    ],
)
def test_bracketed_tag_after_a_sentence(tag: str, rule: str | None) -> None:
    text = LEAD + "The harbour reopened on Monday. " + tag + TAIL
    assert (tag, rule) in line_rules(text)
