"""Segmentation and boilerplate: round 22 (broadcasters' credit lines)."""

from __future__ import annotations

import pytest

from reliability.segment.boilerplate import reporter_line
from tests.segment_helpers import LEAD, TAIL, line_rules

# The blurb of a video or audio page, the story itself.
_BLURB = (
    "Floods have cut the main road to the coast for a third day, and farmers "
    "in the valley say they have lost most of this year's harvest to the water."
)


def _rules(line: str) -> list[tuple[str, str | None]]:
    """The sentences of ``line`` set between two body paragraphs, with their rules."""
    text = LEAD + line + TAIL
    a, b = len(LEAD), len(LEAD) + len(line)
    return [(s, r) for s, r in line_rules(text) if a <= text.find(s, a) < b]


@pytest.mark.parametrize(
    "line",
    [
        "CNN's Ann Lee reports from Kyiv.",
        "Timothy Hale reports from Ghana, where the rains came late.",
        "For NBC, Maria Diaz reports from the Texas border.",
        "For the BBC, Tom Price reports from \u201cthe Jungle\u201d camp in Calais.",
        "With Sam Roe contributing, Kim Park reports from Seoul.",
        "Our correspondent Tom Lee reports from Nairobi.",
        "Our correspondent Tom Lee has the story from Paris.",
        "Radio Asia\u2019s Li Wen has our story from Hong Kong, narrated by Ben Ray.",
        "The BBC's Jane Roe reports from Kyiv.",
        "The Voice of America\u2019s Tom Lee reports from Lagos.",
        "Ben Ray narrates.",
        "ABC Spanish's Rosa Vidal narrates in Spanish.",
    ],
)
def test_reporter_line_is_chrome(line: str) -> None:
    assert reporter_line(line)
    assert _rules(line) == [(line, "boilerplate:reporter")]


@pytest.mark.parametrize(
    "line",
    [
        # A sentence of the story about someone who reports or narrates.
        "The company reports higher profits for the third year running.",
        "Smith has more than 20 convictions for theft.",
        "Jones reports to the chief executive.",
        "Lee reports from the front line that the town has fallen.",
        "The film narrates the life of a miner.",
        "Police reports from the scene were confused.",
        "The BBC's reports from Kyiv were censored.",
        "The Times reports in its Sunday edition that talks failed.",
        "He has the story from his brother.",
        # A bare sign-off may close the story's own text: left to it.
        "Ann Lee has more.",
        "NPR's Ann Lee reports.",
    ],
)
def test_body_sentence_is_no_reporter_line(line: str) -> None:
    assert not reporter_line(line)


def test_reporter_line_leaves_the_blurb_on_its_line_to_the_body() -> None:
    line = (
        f"{_BLURB} For VOX, Ann Lee reports from Lagos. Ben Ray narrates. "
        "Camera: Sam Roe"
    )
    rules = dict(_rules(line))
    assert rules[_BLURB] is None
    assert rules["For VOX, Ann Lee reports from Lagos."] == "boilerplate:reporter"
    assert rules["Ben Ray narrates."] == "boilerplate:reporter"


def _split(text: str) -> list[str]:
    return [s for s, _ in line_rules(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # An abbreviation before an amount goes on into it, as before a digit.
        (
            "The fine was c. \u20ac600,000 according to the filing. It was paid.",
            ["The fine was c. \u20ac600,000 according to the filing.", "It was paid."],
        ),
        (
            "The house was worth ca. $300,000 in 2010. It sold in May.",
            ["The house was worth ca. $300,000 in 2010.", "It sold in May."],
        ),
        (
            "Budget\nc. \u00a32.5m\nWebsite example.org",
            ["Budget", "c. \u00a32.5m", "Website example.org"],
        ),
        # A number's stop before an amount still ends its sentence.
        (
            "He paid $5. $3 of it went to tax.",
            ["He paid $5.", "$3 of it went to tax."],
        ),
    ],
)
def test_abbreviation_before_an_amount(text: str, sentences: list[str]) -> None:
    assert _split(text) == sentences


@pytest.mark.parametrize(
    "line",
    [
        "Liftoff! Crew Begins Its Journey to the Space Station",
        "Your Party Lost? Don't Panic!",
        "All Aboard! This Is the Night Train to the Coast!",
        "Can the Champions Beat the Heat? (UPDATE: They Did)",
        "Transfer News: Going Home? The Striker Weighs an Offer From Brazil",
    ],
)
def test_headline_cut_at_its_own_mark_is_chrome(line: str) -> None:
    rules = [r for _, r in _rules(line)]
    assert len(rules) >= 2
    assert all(r is not None for r in rules)
    assert rules[0] == "boilerplate:headline"


@pytest.mark.parametrize(
    "line",
    [
        # Prose is not in title case.
        "What a night! Thank you all for coming!",
        "Wow! That was fast.",
        # A line with a full stop is no headline.
        "Help! The River Is Rising. Move to High Ground Now.",
    ],
)
def test_short_exclaiming_prose_stays_body(line: str) -> None:
    assert all(r is None for _, r in _rules(line))


def test_interview_answer_with_a_speaker_label_stays_body() -> None:
    text = (
        LEAD
        + "Ann Lee: Thank you for having me on the show today.\n\n"
        + "Interviewer: Which Medal?\n\n"
        + "Ann Lee: Gold! (laughs)\n\n"
        + "Interviewer: And After That?\n\n"
        + "Ann Lee: We will see."
        + TAIL
    )
    rules = dict(line_rules(text))
    assert rules["Ann Lee: Gold!"] is None


@pytest.mark.parametrize(
    ("lead_in", "chrome"),
    [
        (
            "Find out more about the scheme on our website:",
            "https://example.org/scheme",
        ),
        ("Tell your councillor to save the library at:", "https://example.org/act"),
        ("In this week's issue of the newsletter:", "Share on Facebook"),
        ("More pictures from the parade are in our gallery:", "Listen to this article"),
    ],
)
def test_lead_in_to_chrome_is_chrome(lead_in: str, chrome: str) -> None:
    rules = dict(_rules(f"{lead_in}\n{chrome}"))
    assert rules[chrome] is not None
    assert rules[lead_in] == "boilerplate:nav"


@pytest.mark.parametrize(
    "lead_in",
    [
        # A quotation's lead-in keeps its speaker.
        "The mayor tweeted on Monday night:",
        "In a statement, the company said:",
        "Her spokesman told reporters:",
    ],
)
def test_speech_lead_in_stays_body(lead_in: str) -> None:
    rules = dict(_rules(f"{lead_in}\nhttps://example.org/post"))
    assert rules[lead_in] is None


def test_lead_in_to_body_stays_body() -> None:
    line = "The council listed three reasons for the closure:"
    rules = dict(_rules(f"{line}\nThe roof leaks and the heating has failed."))
    assert rules[line] is None


_CHROME_ABOVE = "Share on Facebook"
_CHROME_BELOW = "Listen to this article"


@pytest.mark.parametrize(
    "line",
    ["Stories from", "Known as", "Departments,", "Also known as"],
)
def test_short_line_between_chrome_is_chrome(line: str) -> None:
    rules = dict(_rules(f"{_CHROME_ABOVE}\n{line}\n{_CHROME_BELOW}"))
    assert rules[_CHROME_ABOVE] is not None
    assert rules[_CHROME_BELOW] is not None
    assert rules[line] == "boilerplate:nav"


@pytest.mark.parametrize(
    "line",
    [
        # A clause of five words or more in sentence case may be body: a
        # listed story's dek, an announcement.
        "Updates will resume on Monday at noon",
        # A longer line is left to the other rules.
        "From the archive of the county museum and its friends in the town",
    ],
)
def test_body_like_line_between_chrome_stays_body(line: str) -> None:
    rules = dict(_rules(f"{_CHROME_ABOVE}\n{line}\n{_CHROME_BELOW}"))
    assert rules[line] is None


def test_line_between_chrome_and_body_stays_body() -> None:
    rules = dict(_rules(f"{_CHROME_ABOVE}\nKnown as\nThe bridge reopened on Monday."))
    assert rules["Known as"] is None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # A short line at the foot of the page, under chrome.
        (LEAD + "Listen to this article\nDepartments,", "Departments,"),
        # ... or at its top, above chrome.
        ("Known as\nSkip to main content\n\n" + LEAD.strip(), "Known as"),
    ],
)
def test_short_line_at_an_end_beside_chrome_is_chrome(text: str, line: str) -> None:
    rules = dict(line_rules(text))
    assert rules[line] == "boilerplate:nav"


def test_short_line_at_the_foot_under_body_stays_body() -> None:
    rules = dict(line_rules(LEAD + "The bridge reopened on Monday.\nKnown as"))
    assert rules["The bridge reopened on Monday."] is None
    assert rules["Known as"] is None


@pytest.mark.parametrize(
    "line",
    [
        "Details of the scheme can be found on the council's website.",
        "Information about each of our candidates can also be found on our website.",
        "The full agenda may be viewed on the committee's web site.",
        "Past issues can be downloaded from the archive on our homepage.",
    ],
)
def test_found_on_the_website_is_a_pointer(line: str) -> None:
    assert _rules(line) == [(line, "boilerplate:nav")]


@pytest.mark.parametrize(
    "line",
    [
        "Debris can be found at the site of the crash, police said.",
        "The answer can be found on page 5 of the report, which was leaked.",
        "Similar flaws can be found in the website of almost every bank.",
    ],
)
def test_found_elsewhere_stays_body(line: str) -> None:
    assert _rules(line) == [(line, None)]


@pytest.mark.parametrize(
    "line",
    [
        "Storm Season Is Here. How to Get Your Home Ready",
        "The Harbour Reopens. What Changes for Ferry Passengers",
    ],
)
def test_headline_cut_at_its_own_full_stop_is_chrome(line: str) -> None:
    rules = [r for _, r in _rules(line)]
    assert len(rules) == 2
    assert all(r == "boilerplate:headline" for r in rules)


@pytest.mark.parametrize(
    "line",
    [
        # A line that ends in a stop is a line of sentences.
        "The Pier Is Closed. Ferries Use the West Quay.",
        # Prose is not in title case.
        "The pier is closed. Ferries use the west quay from Monday",
    ],
)
def test_stopped_title_line_ending_in_a_stop_stays_body(line: str) -> None:
    assert all(r is None for _, r in _rules(line))
