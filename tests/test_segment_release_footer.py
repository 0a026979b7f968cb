"""A press release's standing "About <issuer>" paragraph is boilerplate."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences

STORY = (
    "Harbour Trust Opens Storm Lab\n\n"
    "MILLBROOK, Maine -- The Millbrook Harbour Trust opened a laboratory on "
    "Monday to test sea walls against winter storms, the first of its kind on "
    "the coast.\n\n"
    "The lab cost $4 million and was paid for by state grants.\n\n"
)


def _rules(text: str) -> dict[str, str | None]:
    return {text[s.start : s.end]: s.rule for s in split_sentences(text, model=None)}


@pytest.mark.parametrize(
    "heading, paragraph",
    [
        (
            "About the Millbrook Harbour Trust",
            "The Millbrook Harbour Trust is a charity founded in 1952. It works "
            "with coastal towns to protect their harbours.",
        ),
        (
            "ABOUT SEAWALL WORKS",
            "Founded in 1990, Seawall Works builds flood barriers for ports in "
            "twelve countries.",
        ),
        (
            "About Seawall Works:",
            "Seawall Works is a builder of flood barriers. Its head office is in "
            "Portland.",
        ),
    ],
)
def test_standing_paragraph_under_about_heading_is_boilerplate(
    heading: str, paragraph: str
) -> None:
    text = STORY + heading + "\n\n" + paragraph + "\n"
    rules = _rules(text)
    body = [r for t, r in rules.items() if t in paragraph]
    assert body and all(r is not None for r in body)
    assert rules["The lab cost $4 million and was paid for by state grants."] is None


def test_section_about_the_study_stays_body() -> None:
    # A feature's crosshead names a thing of the story, not its issuer.
    text = (
        STORY + "About the Study\n\nThe study followed 400 sea walls for ten "
        "years. Most of them failed in the first storm.\n"
    )
    rules = _rules(text)
    assert rules["The study followed 400 sea walls for ten years."] is None
    assert rules["Most of them failed in the first storm."] is None


def test_about_paragraph_stops_at_the_contact_label() -> None:
    text = (
        STORY + "About Seawall Works\n\nSeawall Works builds flood barriers.\n\n"
        "Media contact\nJane Roe\n"
    )
    rules = _rules(text)
    assert rules["Seawall Works builds flood barriers."] == "boilerplate:footer"
