"""Attribution: a document subject far from its evidence verb ("A survey of
2,000 adults conducted last month showed that ...").

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A survey of 2,000 adults conducted last month showed that most "
            "support the plan.",
            [("showed", "A survey", "document")],
        ),
        (
            "Rents rose 9 percent last year, a Reuters analysis of newly filed tax "
            "records shows.",
            [("shows", "a Reuters analysis", "document")],
        ),
        (
            "An analysis of charities that raised $1 million or more since "
            "Jan. 1, 2020, shows larger groups growing fastest.",
            [("shows", "An analysis", "document")],
        ),
        (
            "In 2019, research carried out by the Institute for Fiscal Studies found "
            "the tax hit poorer families hardest.",
            [("found", "research", "vague")],
        ),
        (
            "The Gallup tracking poll, which follows voters' views of the candidates "
            "every day, showed that the race had tightened.",
            [("showed", "The Gallup tracking poll", "document")],
        ),
        (
            "The audit, which covered three years of spending, found that the agency "
            "lost $2 million.",
            [("found", "The audit", "document")],
        ),
        (
            "A review of police records obtained by the newspaper shows the officer "
            "was disciplined twice.",
            [("shows", "A review", "document")],
        ),
    ],
)
def test_attribution_reads_a_long_document_subject(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The report was released on Monday and the mayor found it hard to read.",
        "The summary of the case was short, but the judge found the papers.",
        "The review of the crash took months; the driver found a new job.",
        "Copies of the report, he said, show nothing new.",
    ],
)
def test_attribution_skips_a_document_outside_the_subject(text):
    assert all(cue not in ("found", "show") for cue, _, _ in _found(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The governor attacked her rival for his record on crime.",
            [("attacked", "The governor", "pronoun")],
        ),
        (
            "He attacked the other bidders at the hearing for hiding their costs.",
            [("attacked", "He", "pronoun")],
        ),
        (
            "The union attacked the plan, saying it would cut wages.",
            [("attacked", "The union", "pronoun")],
        ),
        (
            "She sharply attacked the treaty as a betrayal of farmers.",
            [("attacked", "She", "pronoun")],
        ),
        (
            "Lee attacked “the broken promises of this government” on Monday.",
            [("attacked", "Lee", "named_person")],
        ),
        (
            "Critics posted a video attacking the new rules.",
            [("attacking", "a video", "document")],
        ),
        (
            "The minister lashed out at the striking doctors.",
            [("lashed out at", "The minister", "pronoun")],
        ),
        (
            "The coach hit back at critics of his team.",
            [("hit back at", "The coach", "pronoun")],
        ),
        (
            "For years she has railed against the cost of housing.",
            [("railed against", "she", "pronoun")],
        ),
    ],
)
def test_attribution_reads_a_verbal_attack(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police checkpoint near the border.",
        "Drones attacked the air base on Monday.",
        "Rebels attacked the town for the third time this year.",
        "The convoy was attacked as it crossed the bridge.",
        "Jets have attacked depots, including a fuel store.",
        "The dog attacked a child who was playing in the park.",
        "A second attack hit the market, the police said.",
    ],
)
def test_attribution_skips_a_physical_attack(text):
    assert all(not cue.startswith("attack") for cue, _, _ in _found(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The senator blasted him for not paying his taxes.",
            [("blasted", "The senator", "pronoun")],
        ),
        (
            "Lee criticised them for the delay.",
            [("criticised", "Lee", "named_person")],
        ),
        (
            "The union denounced us in the strongest terms.",
            [("denounced", "The union", "pronoun")],
        ),
    ],
)
def test_attribution_reads_a_judging_verb_with_a_pronoun_object(text, expected):
    assert _found(text) == expected
