"""Attribution rules of round 18: forecasts, feelings, sign-offs, commas and texts.

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
            "Analysts expect the economy to slow next year.",
            [("expect", "Analysts", "vague")],
        ),
        (
            "Forecasters expect the storm to strengthen before it reaches land.",
            [("expect", "Forecasters", "vague")],
        ),
        (
            "The weather service expects the storm will cross the coast tonight.",
            [("expects", "The weather service", "named_organization")],
        ),
        (
            "The bank expects that inflation will ease by the spring.",
            [("expects", "The bank", "pronoun")],
        ),
        (
            "The minister said that analysts expect the bridge to reopen in May.",
            [
                ("said", "The minister", "pronoun"),
                ("expect", "analysts", "vague"),
            ],
        ),
    ],
)
def test_attribution_marks_a_forecast_of_a_collective_or_with_a_clause(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the speaker's own forecast inside its report adds nothing
        (
            "The company said it expects sales to fall.",
            [("said", "The company", "pronoun")],
        ),
        # an intention of one's own, not a forecast
        ("Many shops expect to raise prices.", []),
        # a plain object: no forecast is stated
        ("Fans expect the worst.", []),
        ("Nobody expected that.", []),
    ],
)
def test_attribution_skips_a_forecast_without_content_or_holder(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government is deeply concerned about the rise in violence.",
        "The union leader is worried about the future of the plant.",
        "Residents were very concerned over the closure of the school.",
    ],
)
def test_attribution_skips_a_stated_feeling_about_a_plain_topic(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The union is concerned about whether the plan could cost jobs.",
            [("is concerned", "The union", "pronoun")],
        ),
        (
            "The agency is concerned by reports that the border was closed.",
            [("is concerned", "The agency", "pronoun")],
        ),
        (
            'The coach is also worried about the heat: "We could barely run."',
            [("is also worried", "The coach", "pronoun")],
        ),
        # an act of voicing it, not a stated feeling: still a cue
        (
            "The council has expressed concern regarding the cost.",
            [("expressed concern", "The council", "pronoun")],
        ),
        (
            "Residents raised questions about the new stadium.",
            [("raised questions", "Residents", "anonymous")],
        ),
    ],
)
def test_attribution_keeps_a_feeling_with_its_content_or_voiced(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "For the network, Jane Roe reports from the capital.",
        "With Tom Park contributing, Jane Roe reports from the border.",
        "Jane Roe reports from the capital.",
        "For the network, Jane Roe reports from the “Green Pier” in the harbour.",
    ],
)
def test_attribution_skips_a_correspondents_sign_off(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jane Roe reports from the capital that the talks have stalled.",
            [("reports", "Jane Roe", "named_person")],
        ),
        (
            "In the capital, the talks have stalled, Jane Roe reports.",
            [("reports", "Jane Roe", "named_person")],
        ),
        (
            "The talks have stalled, Jane Roe reports from the capital.",
            [("reports", "Jane Roe", "named_person")],
        ),
    ],
)
def test_attribution_keeps_a_report_with_its_content(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Jane Roe of the city council and head of its planning board, said "
            "the city has grown.",
            [("said", "Jane Roe", "named_person")],
        ),
        (
            "Harbour Minister Jane Roe, yesterday said:",
            [("said", "Harbour Minister Jane Roe", "named_person")],
        ),
        (
            "Jane Roe of the city council, told reporters the plan would work.",
            [("told", "Jane Roe", "named_person")],
        ),
        (
            "Tom Park of the allied command, said the border was quiet.",
            [("said", "Tom Park", "named_person")],
        ),
        # a clause before the comma: the speaker follows the verb
        (
            "Prices climbed by a tenth, said the central bank.",
            [("said", "the central bank", "pronoun")],
        ),
    ],
)
def test_attribution_finds_a_subject_before_a_stray_comma(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Write to us, tell us about the event and how many copies you need.",
        "Ms. Roe, tell me what you are going to do.",
        "Out of a total of, say, 500 staff, we have around 60.",
        "In the harbour, said to be the oldest in the region, the boats waited.",
    ],
)
def test_attribution_skips_an_address_or_an_opening_phrase_before_a_comma(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The agency maintains the following rules when it inspects a site:",
        "Both groups of writers maintain a strong focus on new research.",
        "The centre maintains a programme to train young leaders.",
        "It is vital that the council maintains momentum on the talks.",
    ],
)
def test_attribution_skips_maintaining_a_thing(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The company maintains that it did nothing wrong.",
            [("maintains", "The company", "pronoun")],
        ),
        (
            '"We did nothing wrong," the company maintained.',
            [("maintained", "the company", "pronoun")],
        ),
        (
            "The former mayor has maintained his innocence.",
            [("maintained his innocence", "The former mayor", "pronoun")],
        ),
    ],
)
def test_attribution_keeps_maintaining_a_claim(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "As noted in earlier announcements, the bank stands ready to act.",
            [("As noted in", "earlier announcements", "document")],
        ),
        (
            "The council will keep both ferries, as affirmed in letters sent "
            "to residents on Monday.",
            [("as affirmed in", "letters", "document")],
        ),
        (
            "As set forth in the Clean Harbours Act, the agency protects the "
            "names of witnesses.",
            [("As set forth in", "the Clean Harbours Act", "document")],
        ),
    ],
)
def test_attribution_marks_texts_named_after_as_noted_in(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "As noted in recent years, the bank stands ready to act.",
        "As described in detail below, the plan has three parts.",
    ],
)
def test_attribution_skips_as_noted_in_without_a_text(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Described by one historian as a gift to landlords, the bill would "
            "freeze rents.",
            [("Described", "one historian", "anonymous")],
        ),
        (
            "The blast, described as minor by a fire brigade spokesman, shook "
            "the street.",
            [("described", "a fire brigade spokesman", "anonymous")],
        ),
        (
            "In a vote slammed by monitors as a farce, the ruling party won "
            "every seat.",
            [("slammed", "monitors", "anonymous")],
        ),
    ],
)
def test_attribution_marks_a_reduced_passive_judgement_with_its_agent(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The figures reported by the agency were wrong.",
        "The novel, praised by critics, sold well.",
    ],
)
def test_attribution_skips_a_reduced_passive_without_a_judgement(text):
    assert _found(text) == []
