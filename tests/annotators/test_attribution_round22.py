"""Attribution: verbs of reproach and of entreaty.

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
            "The judge chastised the lawyers for their delays.",
            [("chastised", "The judge", "pronoun")],
        ),
        (
            "Senator Ann Lee chided the agency for its slow response.",
            [("chided", "Senator Ann Lee", "named_person")],
        ),
        (
            "The coach scolded his players after the defeat.",
            [("scolded", "The coach", "pronoun")],
        ),
        (
            "The minister rebuked the officials who leaked the memo.",
            [("rebuked", "The minister", "pronoun")],
        ),
        (
            "Critics lambasted the plan as a giveaway to the rich.",
            [("lambasted", "Critics", "vague")],
        ),
        (
            "The governor bemoaned the lack of federal help.",
            [("bemoaned", "The governor", "pronoun")],
        ),
        (
            "The opposition leader assailed the budget in a speech.",
            [("assailed", "The opposition leader", "pronoun")],
        ),
        (
            '"This is a disgrace," the senator scolded.',
            [("scolded", "the senator", "pronoun")],
        ),
        (
            "The mayor was rebuked by the council.",
            [("rebuked", "the council", "pronoun")],
        ),
    ],
)
def test_attribution_reads_a_verb_of_reproach(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The union implored members to accept the offer.",
            [("implored", "The union", "pronoun")],
        ),
        (
            "The bishop exhorted the faithful to pray for peace.",
            [("exhorted", "The bishop", "pronoun")],
        ),
        (
            "Two aides implored her to drop out of the race.",
            [("implored", "Two aides", "anonymous")],
        ),
        (
            "Relatives of the hostages beseeched the government to act.",
            [("beseeched", "Relatives of the hostages", "anonymous")],
        ),
    ],
)
def test_attribution_reads_a_verb_of_entreaty(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The reforms were widely ridiculed.",
        "She was chastised for being late.",
        "He received a scolding from his mother.",
    ],
)
def test_attribution_skips_reproach_with_no_speaker(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The fraud alleged by the families was never proven.",
            [("alleged", "the families", "anonymous")],
        ),
        (
            "He denied the bribes alleged by prosecutors.",
            [("denied", "He", "pronoun"), ("alleged", "prosecutors", "anonymous")],
        ),
        (
            "The bodies reported by local media have not been identified.",
            [("reported", "local media", "vague")],
        ),
        (
            "The strike, first reported by Reuters, closed three ports.",
            [("reported", "Reuters", "media_outlet")],
        ),
    ],
)
def test_attribution_reads_a_reduced_passive_allegation_with_its_agent(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The figures reported by the agency were wrong.",
        "The cases reported by hospitals rose by a third.",
        "The crimes alleged by them were serious.",
        "The seats claimed by the party went to its leaders.",
        "The number of lives claimed by the virus rose to 300.",
        "The abuse alleged in the lawsuit took place over ten years.",
    ],
)
def test_attribution_skips_a_reduced_passive_count_or_pronoun_agent(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The study identified smoking as the main risk.",
            [("identified", "The study", "document")],
        ),
        (
            "The survey identified cost as the main barrier to care.",
            [("identified", "The survey", "document")],
        ),
        (
            "Doctors identified heart disease, stroke and cancer as the main "
            "causes of early death.",
            [("identified", "Doctors", "anonymous")],
        ),
        (
            "Senator Ann Lee identified voters' fatigue with the campaign as one "
            "of the reasons for the defeat.",
            [("identified", "Senator Ann Lee", "named_person")],
        ),
        (
            "Police identified the victim as a 34-year-old teacher.",
            [("identified", "Police", "named_organization")],
        ),
    ],
)
def test_attribution_reads_identified_as_with_a_long_object(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some identify as independents.",
        "A caller, who identified himself as a soldier, phoned the station.",
        "The report identified risks as well as benefits.",
        "The team identified the fault, and as a result the plant was shut.",
        "Scientists identified a new strain of the virus in samples from the region.",
    ],
)
def test_attribution_skips_identify_without_an_object_and_as(text):
    assert _found(text) == []
