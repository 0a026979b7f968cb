"""Attribution: purposes, coordinated speakers and other constructions of news copy.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    "text",
    [
        "Drivers who tried to call the depot to dispute the fines got no answer.",
        "The law requires the agency to investigate and report on foreign lobbying.",
        "A new office will monitor and respond to online threats.",
        "The models are used to study and predict coastal flooding.",
        "Crews need better radios to warn residents of rising water.",
    ],
)
def test_attribution_skips_a_verb_of_purpose_after_to(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The mayor went on to add that taxes would rise.",
            [("add", "The mayor", "pronoun")],
        ),
        (
            "Protesters continued to call for an inquiry.",
            [("call for", "Protesters", "anonymous")],
        ),
    ],
)
def test_attribution_keeps_went_on_to_and_continued_to(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Figures from the Office for Road Safety (ORS) show a fall in deaths.",
            [("show", "Figures from the Office for Road Safety", "document")],
        ),
        (
            "This illustration shows how the lander will touch down.",
            [("shows", "This illustration", "document")],
        ),
        (
            "The computer simulations showed that the dam would hold.",
            [("showed", "The computer simulations", "document")],
        ),
    ],
)
def test_attribution_pictures_and_data_before_a_bracket_show(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Director of the National Zoo, Ann Lee said the pandas were healthy.",
            [
                (
                    "said",
                    "The Director of the National Zoo, Ann Lee",
                    "named_person",
                )
            ],
        ),
        (
            "The city's chief planning officer, Tom Park said the tower was safe.",
            [("said", "The city's chief planning officer, Tom Park", "named_person")],
        ),
        (
            "After she was named Player of the Year, coach Ann Lee praised the squad.",
            [("praised", "coach Ann Lee", "named_person")],
        ),
    ],
)
def test_attribution_title_before_a_comma_stays_with_the_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Rail fares must be frozen, Transport Minister Ann Lee will say today.",
            [("say", "Transport Minister Ann Lee", "named_person")],
        ),
        ("The mayor will also stress the need for calm.", []),
        ("Tom Park will tell us more about the storm.", []),
    ],
)
def test_attribution_speech_preview_of_a_release_is_a_cue(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The audit describes serious failings at the prison.",
            [("describes", "The audit", "document")],
        ),
        (
            "The new report outlines three options for the harbour.",
            [("outlines", "The new report", "document")],
        ),
        (
            "The survey highlights the importance of early treatment.",
            [("highlights", "The survey", "document")],
        ),
        (
            "The minister outlined how the grants would be spent.",
            [("outlined", "The minister", "pronoun")],
        ),
        ("The minister outlined the plan.", []),
        ("Further details will be announced next week.", []),
    ],
)
def test_attribution_document_content_verb_with_an_object(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Director of the Water Board, Tom Park, said the pipes were old.",
            [
                (
                    "said",
                    "The Director of the Water Board, Tom Park",
                    "named_person",
                )
            ],
        ),
        (
            "A lawyer for the newspapers, Ann Lee, said no appeal was planned.",
            [("said", "A lawyer for the newspapers, Ann Lee", "named_person")],
        ),
        (
            "The talks were useful, the Head of State said after the meeting.",
            [("said", "the Head of State", "pronoun")],
        ),
        (
            "The Bank of Portugal said rates would rise.",
            [("said", "The Bank of Portugal", "named_organization")],
        ),
    ],
)
def test_attribution_an_office_of_a_body_is_typed_by_the_office(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "By then she knew the talks weren't going anywhere.",
            [("knew", "she", "pronoun")],
        ),
        (
            "The coach warned the players didn\u2019t train hard enough.",
            [("warned", "The coach", "pronoun")],
        ),
    ],
)
def test_attribution_bare_clause_with_a_negated_auxiliary(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "According to the written summary filed with the court, Lee sold the farm.",
            [
                (
                    "According to",
                    "the written summary filed with the court",
                    "document",
                )
            ],
        ),
        (
            "Turnout fell, according to a review of council data.",
            [("according to", "a review of council data", "document")],
        ),
        (
            "According to the minutes of the meeting that was held in May, Lee left.",
            [("According to", "the minutes", "document")],
        ),
    ],
)
def test_attribution_according_to_keeps_a_document_postmodifier(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Fares will rise, said the minister.",
            [("said", "the minister", "pronoun")],
        ),
        (
            "The bridge is unsafe, writes the magazine.",
            [("writes", "the magazine", "media_outlet")],
        ),
        (
            "The harbour is silting up, noted the report.",
            [("noted", "the report", "document")],
        ),
        ("The minister won't say whether fares will rise.", []),
    ],
)
def test_attribution_inverted_verb_after_future_content_and_descriptions(
    text, expected
):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The nurses' union said the strike would go ahead.",
            [("said", "The nurses' union", "pronoun")],
        ),
        (
            "One of the victims\u2019 relatives said the police had failed them.",
            [("said", "One of the victims\u2019 relatives", "anonymous")],
        ),
    ],
)
def test_attribution_plural_possessor_stays_in_the_source(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Both the mayor and the governor said the road would reopen.",
            [("said", "the mayor and the governor", "pronoun")],
        ),
        (
            "The mayor and the governor both said the road would reopen.",
            [("said", "The mayor and the governor", "pronoun")],
        ),
    ],
)
def test_attribution_both_around_a_coordinated_subject(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "As the mayor put it, the bridge is a lifeline.",
            [("put it", "the mayor", "pronoun")],
        ),
        (
            "The bridge is a lifeline, as a council report puts it.",
            [("puts it", "a council report", "document")],
        ),
        ("They plan to put it to a vote next week.", []),
        ("When you put it together, the plan is clear.", []),
    ],
)
def test_attribution_as_someone_put_it(text, expected):
    assert _found(text) == expected


def test_attribution_verb_after_a_quote_with_a_bare_article_at_the_end():
    # a text cut off after "said The" once raised IndexError
    assert _found(", \u201c said The") == []
