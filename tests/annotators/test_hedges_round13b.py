"""Hedge cues: reports made to an authority or in a named document."""

from __future__ import annotations

import pytest

from reliability.annotators.hedges import HedgeAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def cues(text: str) -> list[str]:
    doc = Document(text=text, segments=split_sentences(text))
    return [text[f.start : f.end] for f in HedgeAnnotator().annotate(doc)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Notifying an authority is an event the text asserts.
        ("The theft was reported to the police on Monday.", []),
        ("Burglaries that are reported to the council are logged.", []),
        ("The fault was reported to its owners last week.", []),
        # "reported to" before a verb still relays unnamed sources.
        ("The rebel leader is reported to have fled the city.", ["is reported to"]),
        ("The ferry was reported to be sinking.", ["was reported to"]),
    ],
)
def test_hedges_reads_a_report_to_an_authority_as_an_event(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The document named after "reported in" is the teller.
        ("The outage was reported in the weekly bulletin of the ministry.", []),
        ("Two new cases were reported in the journal last year.", []),
        ("This is reported in the council's monthly newsletter.", []),
        # A place names no teller: the hedge stays.
        ("Fighting was reported in the north of the country.", ["was reported"]),
        ("Heavy shelling was reported in the capital overnight.", ["was reported"]),
    ],
)
def test_hedges_reads_a_report_in_a_named_document_as_sourced(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A statistic's own rise or fall, measured by estimation.
        ("Retail sales are estimated to have fallen by 1.2% in March.", []),
        ("Exports are estimated to have increased by 3% last year.", []),
        # A toll or a change without its measured size keeps the hedge.
        ("The storm is estimated to have killed 300 people.", ["is estimated to"]),
        ("Output is estimated to have grown strongly.", ["is estimated to"]),
    ],
)
def test_hedges_reads_a_statistics_estimate_as_measurement(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A scheduled event and the time set for it.
        ("The court's ruling is expected on Friday.", []),
        ("Final results of the count are expected later this week.", []),
        ("A verdict is expected next month.", []),
        # A forecast, or an outcome, keeps the hedge.
        ("Heavy snow is expected on Friday.", ["is expected"]),
        ("The verdict is expected to anger the opposition.", ["is expected to"]),
    ],
)
def test_hedges_reads_a_scheduled_event_as_a_schedule(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A penalty the law sets, its length a few words on.
        ("Fraudsters could face sentences of up to five years in jail.", []),
        ("Dealers may face a sentence of up to ten years in prison.", []),
        # No penalty with a length: the outcome stays uncertain.
        ("The talks could receive a boost if the ministers agree.", ["could"]),
    ],
)
def test_hedges_reads_a_penalty_with_its_length_as_a_rule(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A duty put to the reader.
        ("You are expected to arrive ten minutes early.", []),
        ("If you stay, you are also expected to pay.", []),
        # Anyone else's expected course stays a forecast.
        ("Prices are expected to rise.", ["are expected to"]),
        ("Members are expected to vote on Monday.", ["are expected to"]),
    ],
)
def test_hedges_reads_you_are_expected_to_as_a_duty(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The terms of a licence: a use granted.
        ("Photos on this site may be used for any purpose.", []),
        ("The text may also be available under a free licence.", []),
        ("These maps may be copied freely.", []),
        # A use with no terms keeps its doubt.
        ("The funds may be used to buy arms.", ["may"]),
        ("The drug may be available next year.", ["may"]),
    ],
)
def test_hedges_reads_licence_terms_as_a_permission(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A reduced "accused of" names no accuser.
        ("A woman accused of fraud appeared in court on Monday.", ["accused of"]),
        ("Shops accused of price gouging were closed.", ["accused of"]),
        # The active verb with its subject, or a named accuser: no hedge.
        ("The clerk he accused of lying has resigned.", []),
        # Agentless likening and credit relay unnamed opinion.
        ("The scheme has been likened to a lottery.", ["has been likened"]),
        ("The coach is credited with reviving the club.", ["is credited with"]),
        ("The nurse, credited with saving two lives, retired.", ["credited with"]),
        ("She likened the scheme to a lottery.", []),
        ("He credited his coach with the win.", []),
    ],
)
def test_hedges_reads_agentless_accusations_and_credit(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected
