"""Page chrome of sites the gold corpus lacks: wire datelines, pulled quotes, captions.

Each case is a line of our own set between two body paragraphs, so the rules
see it as a page shows it; the body lines around it must stay body.
"""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences
from reliability.segment.boilerplate import author_bio
from tests.segment_helpers import line_rules, rules_around

BEFORE = (
    "The county board voted on Tuesday to close the old ferry landing by the end "
    "of the year.\n\nBoard member Sam Field said the repairs would cost too much.\n\n"
)
AFTER = (
    "\n\nThe landing has served the island since 1962, records show.\n\n"
    "Residents plan to ask the state for money to keep it open.\n"
)


def _rules(line: str) -> tuple[list[str | None], list[str | None]]:
    """The rules of the line's sentences and of the body sentences around it."""
    return rules_around(BEFORE, line, AFTER)


@pytest.mark.parametrize(
    "line",
    [
        "BRIDGEPORT, May 9 (Coastwire) --",
        "LAKE CITY, Oct. 2 (Metro Agency) -",
        "(Coastwire) -",
        "FORT BARTON, Kan. --",
    ],
)
def test_wire_dateline_alone_on_its_line_is_boilerplate(line: str) -> None:
    inside, around = _rules(line)
    assert inside == ["boilerplate:dateline"]
    assert around == [None] * 4


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ann Lee is a freelance writer living in Halifax.", True),
        ("Ann Lee is a photographer and filmmaker based in Lagos.", True),
        # A body sentence about someone's past work is no bio.
        ("Ann Lee has been a ferry pilot for nearly 11 years.", False),
        ("The writer living next door called the police.", False),
    ],
)
def test_author_bio_finds_freelancers_and_double_roles(
    text: str, expected: bool
) -> None:
    assert author_bio(text, len(text.split())) is expected


@pytest.mark.parametrize(
    "line",
    [
        "\u2018We lost everything\u2019",
        '"Nobody answered the phone"',
        "\u201cA SLAP IN THE FACE\u201d",
        "'They just drove off'",
        "'It felt like the end of the world,' says skipper",
        "\u201cWe were never told\u201d warns islander",
    ],
)
def test_pulled_quote_set_as_crosshead_is_boilerplate(line: str) -> None:
    inside, around = _rules(line)
    assert inside == ["boilerplate:crosshead"]
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe lost everything.\u201d",
        '"Who called the police?"',
        "\u201cWe will rebuild,\u201d she said.",
        "\u201cIt was cold, and\u201d",
        "'It felt like the end of the world,' says Ann Lee, a skipper.",
    ],
)
def test_quoted_body_paragraph_is_not_a_crosshead(line: str) -> None:
    inside, _ = _rules(line)
    assert inside == [None] * len(inside)


@pytest.mark.parametrize(
    "line",
    [
        "Board member Sam Field speaks during a hearing at the county offices.",
        "A ferry worker gestures as she talks to passengers on the dock.",
        "Islanders look on as the last ferry leaves the landing.",
        "The harbour master, Ann Lee, smiles while cutting the ribbon.",
    ],
)
def test_caption_in_the_present_tense_is_boilerplate(line: str) -> None:
    inside, around = _rules(line)
    assert inside == ["boilerplate:caption"]
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line",
    [
        "Sam Field spoke during a hearing at the county offices.",
        "She wants to speak as often as the board allows.",
        "It was a gesture as much as a policy.",
        '"The ferry speaks during every storm," a pilot joked.',
        "He looks on the bright side.",
    ],
)
def test_body_sentence_with_a_caption_verb_stays_body(line: str) -> None:
    inside, _ = _rules(line)
    assert inside == [None] * len(inside)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Watch the video above for the board's vote.", "boilerplate:nav"),
        ("Share or comment on this article:", "boilerplate:share"),
        ("You might also be interested in:", "boilerplate:related"),
        ("The app is available on iOS and Android.", "boilerplate:newsletter"),
        ("Like this: Like Loading...", "boilerplate:share"),
        ("Watch the full interview with the harbour master", "boilerplate:nav"),
        ("Get ferry alerts on the go with our app.", "boilerplate:newsletter"),
        ("To comment, you must be a registered user.", "boilerplate:login"),
        ("Enter search term:", "boilerplate:nav"),
        ("To report an error, select it and press Ctrl+Enter.", "boilerplate:nav"),
        ("Found a typo in this page?", "boilerplate:nav"),
        ("Please support our work with a gift today.", "boilerplate:newsletter"),
        ("If you liked this story, consider donating.", "boilerplate:newsletter"),
        ("Don't forget to follow us on Mastodon.", "boilerplate:share"),
        ("This page is for informational purposes only.", "boilerplate:nav"),
        ("Nothing here should constitute medical advice.", "boilerplate:nav"),
        ("The full survey is available on the county's website.", "boilerplate:nav"),
        (
            "Earlier notices are available through the board's archive.",
            "boilerplate:nav",
        ),
        ("Please do not hesitate to contact the harbour office.", "boilerplate:byline"),
        (
            "Reporters should contact the press office for details.",
            "boilerplate:byline",
        ),
        ("For media enquiries, call the county office.", "boilerplate:byline"),
        (
            "This entry was posted in Island News. Bookmark the permalink.",
            "boilerplate:nav",
        ),
        (
            "The views expressed in this column are the writer's own.",
            "boilerplate:nav",
        ),
    ],
)
def test_page_notes_and_prompts_are_boilerplate(line: str, rule: str) -> None:
    inside, around = _rules(line)
    assert set(inside) == {rule}
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line",
    [
        "It was not the first time.",
        "Nobody was hurt.",
        "The vote was 5 to 2.",
        "He denied the charges.",
        "More than 200 people attended.",
        "An earlier version of the plan was rejected in May.",
        "Tickets are available at the ferry office from Monday.",
        "The minister did not respond to media inquiries.",
    ],
)
def test_short_body_sentences_stay_body(line: str) -> None:
    inside, around = _rules(line)
    assert inside == [None]
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Ann Lee, 41, pictured, was rescued from the water on Sunday", "caption"),
        ("The ferry pictured at the landing before it sank", "caption"),
        # With its stop, "pictured" is the body pointing at a photo.
        ("Ann Lee (pictured) was rescued from the water on Sunday.", None),
        ("The mother of the pictured child spoke to reporters.", None),
    ],
)
def test_unpunctuated_line_saying_who_is_pictured_is_a_caption(
    line: str, rule: str | None
) -> None:
    inside, around = _rules(line)
    assert inside == [None if rule is None else "boilerplate:" + rule]
    assert around == [None] * 4


HEADLINE = "Ferry landing to close after 60 years\n"
LEDE = (
    "The county board voted on Tuesday to close the old ferry landing by the end "
    "of the year, ending six decades of service.\n"
)


@pytest.mark.parametrize(
    "top, opening, rule",
    [
        # Right under the byline and date, a short sentence opens the story.
        ("By Ann Lee\nJune 4, 2024\n", "Nobody saw it coming.\n", None),
        # Under the headline, one that leans on earlier text is no dek.
        ("", "It is over.\n", None),
        ("", "We had waited for years.\n", None),
    ],
)
def test_short_sentence_opening_the_story_is_body(
    top: str, opening: str, rule: str | None
) -> None:
    text = HEADLINE + top + opening + LEDE
    a = text.index(opening)
    segments = split_sentences(text)
    assert [s.rule for s in segments if s.start == a] == [rule]
    assert segments[0].rule == "boilerplate:headline"
    assert segments[-1].rule is None


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Commenting is now closed on this page.", "boilerplate:comments"),
        ("Comments may take a day to appear.", "boilerplate:comments"),
        (
            "Comments are the opinions of readers, not of the Gazette.",
            "boilerplate:comments",
        ),
        (
            "Tell us what you make of the plan in the comments below.",
            "boilerplate:comments",
        ),
        ("Some links on this page are affiliate links.", "boilerplate:ad"),
        ("We may earn a commission when you buy through them.", "boilerplate:ad"),
    ],
)
def test_comment_rules_and_affiliate_notes_are_boilerplate(
    line: str, rule: str
) -> None:
    inside, around = _rules(line)
    assert set(inside) == {rule}
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line",
    [
        "The agency received 4,000 public comments on the plan.",
        "He declined to comment on the story.",
        "Her comments drew criticism from both parties.",
    ],
)
def test_news_about_comments_stays_body(line: str) -> None:
    inside, _ = _rules(line)
    assert inside == [None]


STORY = (
    "The county board voted on Tuesday to close the old ferry landing by the end "
    "of the year.\nBoard member Sam Field said the repairs would cost too much.\n"
)


def test_teaser_summaries_under_a_related_label_are_boilerplate() -> None:
    teasers = (
        "More from the Gazette\n"
        "Library to open on Sundays\n"
        "The library board said the longer hours would start in the autumn, "
        "after new staff are hired.\n"
        "3 hours ago\n"
        "Bridge repairs to close the east lane\n"
        "Drivers should expect delays for two weeks while crews replace the "
        "deck, the state said.\n"
        "5 hours ago\n"
    )
    text = STORY + teasers
    segments = split_sentences(text)
    at = len(STORY)
    assert [s.rule for s in segments if s.start < at] == [None, None]
    assert all(s.boilerplate for s in segments if s.start >= at)


def test_body_after_a_related_teaser_stays_body() -> None:
    # A one-teaser block inside the story: the paragraphs after it are the
    # story going on, not the teaser's summary.
    block = "Related stories\nLibrary to open on Sundays\n"
    rest = (
        "The landing has served the island since 1962, records show.\n"
        "Residents plan to ask the state for money to keep it open.\n"
    )
    text = STORY + block + rest
    segments = split_sentences(text)
    at = len(STORY) + len(block)
    assert all(s.boilerplate for s in segments if len(STORY) <= s.start < at)
    assert [s.rule for s in segments if s.start >= at] == [None, None]


def test_body_between_two_teaser_blocks_stays_body() -> None:
    # The paragraph under a teaser is no summary when what follows it opens
    # another block ("Most read") rather than going on with the list.
    block = "You might also like:\nLibrary to open on Sundays\n"
    para = "The landing has served the island since 1962, records show.\n"
    tail = "Most read\nBridge repairs to close the east lane\n"
    text = STORY + block + para + tail + STORY
    segments = split_sentences(text)
    assert [s.rule for s in segments if text[s.start : s.end] + "\n" == para] == [None]


@pytest.mark.parametrize(
    "block",
    [
        "Ann Lee\nWed 4 Jun 2024 10.32 BST\n",
        "9:48 a.m.\nThe storm reached the coast at dawn, forecasters said.\n"
        "Ann Lee\n4 June 2024 10:32\n",
    ],
)
def test_name_alone_beside_a_date_line_is_a_byline(block: str) -> None:
    text = STORY + block + STORY
    segments = split_sentences(text)
    names = [s.rule for s in segments if text[s.start : s.end] == "Ann Lee"]
    assert names == ["boilerplate:byline"]
    assert segments[-1].rule is None


def test_second_caption_under_an_unpunctuated_caption_is_boilerplate() -> None:
    captions = (
        "Ann Lee, 41, pictured, was pulled from the water near the landing\n"
        "The ferry's crew threw her a line from the upper deck\n"
    )
    text = STORY + captions + STORY
    segments = split_sentences(text)
    rules = [s.rule for s in segments]
    assert rules == [None, None, "boilerplate:caption", "boilerplate:caption"] + [
        None,
        None,
    ]


def test_line_under_a_caption_that_ends_in_a_stop_stays_body() -> None:
    text = (
        STORY
        + "Ann Lee, 41, pictured, was pulled from the water near the landing\n"
        + "The ferry's crew threw her a line from the upper deck.\n"
        + STORY
    )
    rules = [s.rule for s in split_sentences(text)]
    assert rules == [None, None, "boilerplate:caption", None, None, None]


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Originally published on the Valley Ledger.", "boilerplate:wire"),
        ("Originally appeared in the Harbour Times.", "boilerplate:wire"),
        ("You have reached your free article limit.", "boilerplate:newsletter"),
        ("Dear Editor,", "boilerplate:label"),
        ("Regards,", "boilerplate:byline"),
        ("Jump to", "boilerplate:nav"),
        ("Our ruling", "boilerplate:label"),
    ],
)
def test_republishing_paywall_and_letter_furniture_is_boilerplate(
    line: str, rule: str
) -> None:
    inside, around = rules_around(BEFORE, line, AFTER, model=None)
    assert inside == [rule]
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line",
    [
        "The letter originally appeared in a church newsletter in 1952.",
        "Her regards were passed on to the mayor by her son.",
    ],
)
def test_sentences_about_republishing_and_regards_stay_body(line: str) -> None:
    inside, _ = rules_around(BEFORE, line, AFTER, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "opening",
    [
        "Dear friends,\n\n",
        "A letter to the council\n\nDear Editor,\n\n",
        "Dear colleagues,\n\n",
        "Mayor Ann Lee:\n\n",
    ],
)
def test_short_sentence_after_a_salutation_or_speaker_label_is_body(
    opening: str,
) -> None:
    # A salutation or a speaker's label ends the header: the short sentence
    # under it opens the letter or the speech, it is no dek.
    text = opening + "Today we have good news.\n\nThe pier was rebuilt in six weeks.\n"
    segments = split_sentences(text, model=None)
    rules = {text[s.start : s.end]: s.rule for s in segments}
    assert rules["Today we have good news."] is None
    assert rules["The pier was rebuilt in six weeks."] is None


@pytest.mark.parametrize(
    "line",
    [
        "If you like this story, share it with a friend!",
        "If you enjoyed this article, please share it.",
        "Liked it? Share it with your friends.",
    ],
)
def test_share_prompts_are_boilerplate(line: str) -> None:
    inside, around = rules_around(BEFORE, line, AFTER, model=None)
    assert inside and all(r == "boilerplate:share" for r in inside)
    assert around == [None] * 4


def test_appeal_to_share_footage_with_police_stays_body() -> None:
    line = "Police asked anyone with footage of the crash to share it with officers."
    inside, _ = rules_around(BEFORE, line, AFTER, model=None)
    assert inside == [None]


@pytest.mark.parametrize(
    "line",
    ["Harbour Repairs.", "The Ferry Contract.", "High-Speed Rail.", "Jane Roe."],
)
def test_run_in_crosshead_with_a_stop_is_boilerplate(line: str) -> None:
    inside, around = rules_around(BEFORE, "\n" + line + "\n\n", AFTER, model=None)
    assert inside == ["boilerplate:crosshead"]
    assert around == [None] * 4


@pytest.mark.parametrize(
    "line",
    ["Silent.", "Thank you all.", "Ann Lee: Yes.", "Nobody came back."],
)
def test_short_body_line_with_a_stop_stays_body(line: str) -> None:
    inside, _ = rules_around(BEFORE, "\n" + line + "\n\n", AFTER, model=None)
    assert inside == [None]


def test_writers_signing_a_briefing_s_paragraphs_are_bylines() -> None:
    text = (
        "HARBOURS.\n\nMillbrook to rebuild its pier. The council voted on Monday "
        "to rebuild the pier by May. Jane Roe.\n\nFERRIES.\n\nThe ferry company "
        "will add a second boat in June, it said on Tuesday. Sam Field Jr.\n"
    )
    rules = {t: r for t, r in line_rules(text)}
    assert rules["Jane Roe."] == "boilerplate:byline"
    assert rules["Sam Field Jr."] == "boilerplate:byline"
    assert rules["The council voted on Monday to rebuild the pier by May."] is None


def test_a_single_name_after_a_stop_stays_body() -> None:
    # One name after a full stop may answer the sentence before it.
    text = (
        "The council chose its new harbour master on Monday. The winner was "
        "announced at noon. Jane Roe.\n\nShe starts in May.\n"
    )
    rules = {t: r for t, r in line_rules(text)}
    assert rules["Jane Roe."] is None


def test_label_word_asked_inside_a_paragraph_stays_body() -> None:
    # A quoted post asks "Comment?" in mid-paragraph: prose on both sides,
    # so it is no comment button, and the paragraph is not a comment block.
    para = (
        "He wrote that the council had ignored the flood warnings for years. "
        "Comment? No? I am not surprised. Nobody in the town hall ever answers "
        "a simple question about the river.\n"
    )
    text = BEFORE + para + AFTER
    assert not any(s.boilerplate for s in split_sentences(text))


def test_comment_label_on_its_own_line_is_still_flagged() -> None:
    text = BEFORE + "Comments\n" + AFTER
    flags = {text[s.start : s.end]: s.boilerplate for s in split_sentences(text)}
    assert flags["Comments"]


@pytest.mark.parametrize(
    "line",
    [
        "A note at the foot of the page reads, \u201cThis article has been "
        "updated with additional reporting,\u201d though nothing was added.",
        'The council\'s post said "Click here to subscribe" beneath a photo '
        "of the flooded road.",
    ],
)
def test_sentence_quoting_a_furniture_phrase_stays_body(line: str) -> None:
    inside, around = _rules(line)
    assert inside == [None] and around == [None] * len(around)


def test_furniture_phrase_outside_quotes_is_still_flagged() -> None:
    inside, _ = _rules("This article has been updated with additional reporting.")
    assert inside != [None]


@pytest.mark.parametrize("line", ["Logged", "Permalink"])
def test_forum_post_chrome_is_boilerplate(line: str) -> None:
    # A forum copy leaves each post's status and link words on a line of
    # their own.
    inside, around = _rules(line)
    assert inside == ["boilerplate:nav"] and around == [None] * len(around)


@pytest.mark.parametrize(
    "line, rule",
    [
        ("Story continues", "boilerplate:ad"),
        ("Media enquiries", "boilerplate:byline"),
        ("Press inquiries", "boilerplate:byline"),
        ("Report a problem with this page", "boilerplate:nav"),
    ],
)
def test_syndication_and_release_labels_are_boilerplate(line: str, rule: str) -> None:
    # A portal's break in a syndicated story, a release's contact heading,
    # a government page's feedback link.
    inside, around = _rules(line)
    assert inside == [rule] and around == [None] * len(around)


@pytest.mark.parametrize(
    "line",
    [
        "Have an opinion on this story?",
        "Share it!",
        "Continue reading \u201cThe Ferry That Never Came\u201d",
        "Retrieved from \u201chttps://example.org/w/index.php?title=Pier&oldid=12\u201d",
    ],
)
def test_reader_prompts_and_wiki_footer_are_boilerplate(line: str) -> None:
    inside, around = _rules(line)
    assert None not in inside and around == [None] * len(around)
