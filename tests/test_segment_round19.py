"""Segmentation and boilerplate: round 19 (footnote markers, glued labels, prompts)."""

from __future__ import annotations

import pytest

from tests.segment_helpers import LEAD, TAIL, line_rules


def _sentences(line: str) -> list[str]:
    """The sentences of ``line`` set between two body paragraphs."""
    text = LEAD + line + TAIL
    a, b = len(LEAD), len(LEAD) + len(line)
    return [s for s, _ in line_rules(text) if a <= text.find(s, a) < b]


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        # A bracketed footnote number after a stop stays with the sentence it
        # marks; the next sentence starts after it.
        (
            "The plant opened in 1990. [3] It closed after the flood of 2004.",
            ["The plant opened in 1990. [3]", "It closed after the flood of 2004."],
        ),
        (
            "The river rose by two metres. [12] [13] Farmers moved their herds.",
            ["The river rose by two metres. [12] [13]", "Farmers moved their herds."],
        ),
        (
            'She called the plan "a disaster." [7] Her party voted against it.',
            ['She called the plan "a disaster." [7]', "Her party voted against it."],
        ),
        # ... also at the end of its line.
        (
            "The bridge was rebuilt in stone in 1820. [4]",
            ["The bridge was rebuilt in stone in 1820. [4]"],
        ),
        # A bracket that holds no number, or a number glued to a word, is
        # left to the other rules.
        (
            "The town grew quickly. [Citation needed] Its mill employed 300.",
            ["The town grew quickly.", "[Citation needed] Its mill employed 300."],
        ),
        (
            "The mill closed in 1950. [2]See the list of mills in the county.",
            ["The mill closed in 1950.", "[2]See the list of mills in the county."],
        ),
    ],
)
def test_footnote_after_a_stop(line: str, sentences: list[str]) -> None:
    assert _sentences(line) == sentences


@pytest.mark.parametrize(
    ("line", "label", "rest"),
    [
        # A crosshead glued with no space to a sentence that opens with "A".
        (
            "Local HistoryA new museum of the town's history opened on Friday.",
            "Local History",
            "A new museum of the town's history opened on Friday.",
        ),
        # ... or with "To".
        (
            "Road ClosuresTo make room for the works, the bridge will close.",
            "Road Closures",
            "To make room for the works, the bridge will close.",
        ),
        # A chamber's label glued to a motion that goes on under its comma.
        (
            "Council ChamberI beg to move,",
            "Council Chamber",
            "I beg to move,",
        ),
    ],
)
def test_label_glued_to_a_sentence(line: str, label: str, rest: str) -> None:
    text = LEAD + line + TAIL
    rules = dict(line_rules(text))
    assert rules.get(label) == "boilerplate:headline"
    assert rest in rules
    assert rules[rest] is None


@pytest.mark.parametrize(
    "line",
    [
        # Brand names with a capital inside glue no sentence.
        "Her post on LinkedIn A friend shared it widely, she said.",
        "The firm's PlayStation sales rose by a third last year.",
        # A word glued to "A" inside a name or a grade stays one sentence.
        "Students at the school earned straight A grades this year.",
    ],
)
def test_no_label_glued(line: str) -> None:
    assert _sentences(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # An imperative that sends the reader to the outlet's channels.
        "Visit our website to read the full report and to download the tables:",
        "Follow the county sheriff's office on X at @countysheriff for road news.",
        "Stay current with the council by subscribing to its e-mail updates.",
        "Learn how to stream the launch on our app and on YouTube.",
        "Please visit the museum's website for opening hours and ticket prices.",
        "Sign up for alerts from the city on its home page.",
        "Keep up with the latest from the newsroom on Facebook and Instagram.",
        "Watch the full hearing at https://example.org/hearing.",
        "Listen to the interview in full on our podcast.",
    ],
)
def test_call_to_action(line: str) -> None:
    text = LEAD + line + TAIL
    assert dict(line_rules(text)).get(line) in ("boilerplate:nav", "boilerplate:byline")


@pytest.mark.parametrize(
    "line",
    [
        # An imperative without a channel, or one inside a quotation.
        "Follow the money, the prosecutor told the jury on Tuesday.",
        "Stay tuned for our interview with the mayor next week.",
        '"Visit the website and see for yourself," the mayor said on Monday.',
        # A channel in a sentence that opens with no such verb.
        "The council posted the plan on its website on Friday.",
        "Visitors to the website rose by a third after the storm.",
    ],
)
def test_not_a_call_to_action(line: str) -> None:
    text = LEAD + line + TAIL
    assert dict(line_rules(text)).get(line) is None


@pytest.mark.parametrize(
    "line",
    [
        # A listed headline with its release date after its last word.
        "Clinics report fewer cases of flu this winter 3 May 2016",
        "Hospital admissions rise faster in the private sector 16 March 2016",
        "Council approves new budget, raises parking fees March 3, 2024",
        "Fewer young drivers hurt on rural roads, more in towns 21 Apr 2019",
    ],
)
def test_dated_listed_headline(line: str) -> None:
    text = LEAD + line + TAIL
    assert dict(line_rules(text)).get(line) == "boilerplate:related"


@pytest.mark.parametrize(
    "line",
    [
        # A date after a preposition or a verb of publishing: a sentence cut
        # off, or a note of when a release came out.
        "The council will vote on the new budget on 3 May 2016",
        "The next quarterly estimates of the index will be published 20 May 2016",
        "The final meeting of the inquiry is set for Monday 3 May 2016",
        # Too short to be a headline.
        "Update 5 April 2023",
    ],
)
def test_not_a_dated_listed_headline(line: str) -> None:
    text = LEAD + line + TAIL
    assert dict(line_rules(text)).get(line) != "boilerplate:related"


_FIRST_PARAGRAPH = (
    "\n\nI am reminded every day in my role as mayor of the work done by the "
    "people of the harbour, and I want to thank every one of them. The trust "
    "has rebuilt the wall and the quay.\n"
)


@pytest.mark.parametrize(
    ("head", "standfirst"),
    [
        # The prose sentence under a headline that sums the story up.
        (
            "Harbour Trust Marks Five Years",
            "The mayor reflects on a time of change for the harbour and its workers.",
        ),
        (
            "City News\nHarbour Trust Marks Five Years",
            "More funding to support the harbour and its fishing fleet.",
        ),
        (
            "Harbour Trust Marks Five Years\n12 March 2024",
            "A report on the harbour trust is now available to download as a PDF.",
        ),
    ],
)
def test_standfirst_is_body(head: str, standfirst: str) -> None:
    rules = line_rules(head + "\n" + standfirst + _FIRST_PARAGRAPH)
    assert rules[0][1] is not None  # the headline block above it
    assert dict(rules)[standfirst] is None


@pytest.mark.parametrize(
    "second",
    [
        # A second headline in title case, and a short dek, stay chrome.
        "The Trust Rebuilt The Wall And The Quay In Five Years.",
        "A new quay.",
    ],
)
def test_headline_block_line_is_not_a_standfirst(second: str) -> None:
    rules = line_rules("Harbour Trust Marks Five Years\n" + second + _FIRST_PARAGRAPH)
    assert dict(rules)[second] is not None


@pytest.mark.parametrize(
    ("block", "lines"),
    [
        # The fields of a fact box or a form, one to a line, each its own
        # segment even when a line ends in a lower-case word.
        (
            "estimated peak wind: 80-85 mph\npath length: 5.8 miles\n"
            "path width /maximum/: 200 yards",
            [
                "estimated peak wind: 80-85 mph",
                "path length: 5.8 miles",
                "path width /maximum/: 200 yards",
            ],
        ),
        (
            "contact e-mail: press at example.org\nweb site: example.org/news",
            ["contact e-mail: press at example.org", "web site: example.org/news"],
        ),
    ],
)
def test_field_lines(block: str, lines: list[str]) -> None:
    text = LEAD + block + TAIL
    found = [s for s, _ in line_rules(text)]
    for line in lines:
        assert line in found


def test_wrapped_prose_with_a_colon_goes_on() -> None:
    # A wrapped line that opens like a field goes on into a line that is none.
    block = (
        "Officials gave one reason: the storm that hit the harbour in\n"
        "January damaged the sea wall and flooded the car park."
    )
    text = LEAD + block + TAIL
    assert block in [s for s, _ in line_rules(text)]
