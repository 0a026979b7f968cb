"""The claims annotator reads the speech module's named and single-mark quotations.

A quotation whose speaker is named without a reporting verb, or speech in
single marks that a source covers, is the speaker's: its claims are sourced
(judgement call 22, annotation notes 6). The sentences are written for these
tests.
"""

from __future__ import annotations

import pytest

from reliability import Analyzer
from tests.claim_helpers import unsourced_at


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (
            "Lawmakers reacted on Tuesday.\n\n"
            'Sen. Mary Oak (D-OR): "The plant will close in March '
            'and 400 jobs will go."\n',
            "400 jobs",
        ),
        (
            "The council met on Monday.\n\n"
            '"The budget rose by 12 per cent this year," Jane Roe, the treasurer.\n',
            "12 per cent",
        ),
        (
            "\u2018The bridge will reopen in May,\u2019 said the mayor, Jane Roe. "
            "\u2018It cost \u00a33 million to repair.\u2019\n",
            "\u00a33 million",
        ),
    ],
)
def test_claims_named_or_single_mark_quotation_is_sourced(
    analyzer: Analyzer, text: str, needle: str
) -> None:
    assert not unsourced_at(analyzer, text, needle)


def test_claims_unquoted_sentence_after_a_signed_quotation_stays_unsourced(
    analyzer: Analyzer,
) -> None:
    text = (
        '"The budget rose by 12 per cent this year," Jane Roe, the treasurer.\n\n'
        "The town spent 4 million dollars on roads in 2023.\n"
    )
    assert unsourced_at(analyzer, text, "4 million dollars")


_DASH_INTERVIEW = (
    "The mayor of Riverton spoke to our reporter on Friday.\n\n"
    "- Good morning. When will the new bridge open?\n\n"
    "- The bridge opens in May. We spent 40 million on it.\n\n"
    "The old ferry stopped running in 2019.\n\n"
    "- And what about the school?\n\n"
    "- The school was rebuilt last year.\n"
)


@pytest.mark.parametrize(
    ("needle", "unsourced"),
    [
        # The introduction and the interviewer's turns are the outlet's.
        ("spoke to our reporter", True),
        # An answer turn and the paragraph continuing it are the mayor's.
        ("40 million", False),
        ("ferry stopped", False),
        ("was rebuilt", False),
    ],
)
def test_claims_dash_interview_answers_are_sourced(
    analyzer: Analyzer, needle: str, unsourced: bool
) -> None:
    assert unsourced_at(analyzer, _DASH_INTERVIEW, needle) is unsourced


def test_claims_dashed_list_of_facts_is_no_interview(analyzer: Analyzer) -> None:
    text = (
        "The council published its figures on Monday.\n\n"
        "- Rents rose by 8 percent in 2023.\n\n"
        "- The number of empty homes fell to 1,200.\n"
    )
    assert unsourced_at(analyzer, text, "Rents rose") is True
    assert unsourced_at(analyzer, text, "empty homes") is True
