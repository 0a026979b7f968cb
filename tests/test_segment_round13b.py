"""Sentence splitting: wrapped lines and glued lines (round 13b)."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A line broken after a preposition that needs its object, a name.
        (
            "Prices rose across the region as demand for grain grew in\n"
            "Europe and Asia, traders said.\n",
            [
                "Prices rose across the region as demand for grain grew in\n"
                "Europe and Asia, traders said."
            ],
        ),
        # ... or a number.
        (
            "Shops in the town centre sold far fewer coats this winter as\n"
            "2023 was the mildest year on record.\n",
            [
                "Shops in the town centre sold far fewer coats this winter as\n"
                "2023 was the mildest year on record."
            ],
        ),
        # A particle may end a line of its own.
        (
            "Officials said the repairs to the old bridge would go on\n"
            "Traffic is slow in both directions this morning on the main road into "
            "the town.\n",
            [
                "Officials said the repairs to the old bridge would go on",
                "Traffic is slow in both directions this morning on the main road "
                "into the town.",
            ],
        ),
        # A short line ending in a preposition: a menu, not prose.
        (
            "Sign in\nRegister for free\n",
            ["Sign in", "Register for free"],
        ),
    ],
)
def test_wrapped_after_preposition(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A wiki page's section heading with its edit link, or what is left of it.
        ("Early life[edit]\nShe was born in a small town by the sea.\n", [True, False]),
        ("History[]\nThe party was founded in 1990.\n", [True, False]),
        ("Reactions[edit source]\nThe mayor welcomed the plan.\n", [True, False]),
        ("[edit]\nThe group met on Monday.\n", [True, False]),
        # A footnote mark or a bracketed letter is not an edit link.
        ("Results of the poll [1]\nThe council met on Monday.\n", [False, False]),
        ("The council met on Monday.[a]\nIt voted on the plan.\n", [False, False]),
    ],
)
def test_wiki_section_heading(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A logo's alt text alone on its line.
        ("City Council logo\nThe council met on Monday.\n", [True, False]),
        ("National Weather Service Logo\nRain is expected on Monday.\n", [True, False]),
        # A sentence about a logo is body.
        ("The company unveiled its new logo.\nIt cost a lot.\n", [False, False]),
        ("The firm quietly dropped its old logo\nIt cost a lot.\n", [False, False]),
    ],
)
def test_logo_alt_text(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A short help prompt before the link it leads to, on one line.
        (
            "The mayor spoke about the harbour wall.\n\n"
            "Problems? See our media guide.\n",
            [False, True, True],
        ),
        ("Questions? Contact us.\nThe wall will cost more.\n", [True, True, False]),
        # A question before a sentence of body is not a prompt.
        (
            "The council met on Monday to discuss the wall.\n"
            "Any questions? The council will answer them at a meeting on Monday.\n",
            [False, False, False],
        ),
    ],
)
def test_help_prompt_before_link(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A site's pointers to its own pages and its thanks to the reader.
        ("Here you will find news about the county's parks.\n", [True]),
        ("You can also browse all stories in this section by date.\n", [True]),
        ("You can also read the full report on our website.\n", [True]),
        ("Thank you for using our text alert service.\n", [True]),
        ("Thanks for reading, and see you next week.\n", [True]),
        # The same words inside a sentence of body.
        ("Readers said they found the guide easy to browse.\n", [False]),
    ],
)
def test_site_pointer_openers(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "read more" link glued to a cut-off teaser that ends in an accented letter.
        (
            "The plan was praised by the mayor, Jos\u00e9Continue Reading\n"
            "The council met on Monday.\n",
            [
                ("The plan was praised by the mayor, Jos\u00e9", False),
                ("Continue Reading", True),
                ("The council met on Monday.", False),
            ],
        ),
        (
            "Nobody could say how long the repairs would take, said "
            "Andr\u00e9Read More\n",
            [
                (
                    "Nobody could say how long the repairs would take, said Andr\u00e9",
                    False,
                ),
                ("Read More", True),
            ],
        ),
    ],
)
def test_glued_read_more_after_accent(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    got = split_sentences(text, model=None)
    assert [(text[s.start : s.end], s.boilerplate) for s in got] == expected


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A site's notice that it is moving to a new site.
        (
            "As we transition to our new site, some older pages will stay here.\n",
            [True],
        ),
        ("We are transitioning this website to a new address next month.\n", [True]),
        # A story about a move to a new site is body.
        ("The county moved its records to a new site on Monday.\n", [False]),
    ],
)
def test_site_move_notice(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # An editing note that names a wiki template.
        (
            "The council met on Monday.\n"
            "Add {{delete}} to the page and an editor will review it.\n",
            [False, True],
        ),
        # A wiki page's disclosure that it mentions its own publisher.
        (
            "The council met on Monday.\n"
            "This article mentions the publisher of this site.\n",
            [False, True],
        ),
        # Braces in a body sentence are not a template.
        ("The set {1, 2} has two members, the teacher said.\n", [False]),
    ],
)
def test_wiki_editing_notes(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # An archive's note that its stories are dated.
        (
            "The council met on Monday.\n"
            "Stories in this archive reflect the specific time at which they were "
            "written and are not updated.\n",
            [False, True],
        ),
        # A sentence about when something was written is body.
        ("The letters show the time at which they were sent.\n", [False]),
    ],
)
def test_archive_time_note(text: str, flagged: list[bool]) -> None:
    assert [s.boilerplate for s in split_sentences(text, model=None)] == flagged
