"""Where a statement that a colon introduces ends.

A statement printed after its frame ("The harbour master said:") is the
speaker's; once it has spoken in the first person, a later paragraph that
opens no quotation and speaks of nobody in the first person is the outlet's
narration again, whether the statement was quoted or printed without
quotation marks. A statement that never speaks in the first person, or a
speech under a label of its own ("The mayor's opening remarks:"), stays the
speaker's; the label's speech runs on through the sources it cites itself,
while a colon frame's statement ends at the next attributed sentence. The
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from reliability import Analyzer
from tests.claim_helpers import unsourced_at


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


_UNQUOTED_STATEMENT = (
    "Dredging of the river mouth finished on Friday.\n\n"
    "Speaking at the quay, the harbour master, Ann Reed, said:\n\n"
    "The channel is now nine metres deep along its whole length. "
    "Our crews removed 40,000 tonnes of silt in six weeks.\n\n"
    "We reopened the north berth to cargo ships on Saturday.\n\n"
    "The port handled 2 million tonnes of freight in 2023. "
    "Its busiest month was October.\n"
)


@pytest.mark.parametrize(
    ("needle", "unsourced"),
    [
        ("nine metres deep", False),  # the statement's first paragraph
        ("40,000 tonnes", False),
        ("north berth", False),  # the speaker goes on in the first person
        ("2 million tonnes", True),  # the outlet narrates again
        ("busiest month", True),
    ],
)
def test_claims_unquoted_statement_ends_where_narration_resumes(
    analyzer: Analyzer, needle: str, unsourced: bool
) -> None:
    assert unsourced_at(analyzer, _UNQUOTED_STATEMENT, needle) is unsourced


def test_claims_unquoted_statement_without_first_person_runs_on(
    analyzer: Analyzer,
) -> None:
    text = (
        "The museum reopened on Monday.\n\n"
        "The director, Paul Gray, said:\n\n"
        "The east wing now holds the coin collection.\n\n"
        "The roof repairs cost 2 million euros and took a year.\n"
    )
    assert not unsourced_at(analyzer, text, "2 million euros")


def test_claims_labelled_speech_stays_the_speakers(analyzer: Analyzer) -> None:
    text = (
        "The regional council met in Dunmore on Monday.\n\n"
        "Mayor Lee's opening remarks:\n\n"
        "Good afternoon, colleagues. I want to thank the fire crews first.\n\n"
        "The flood damaged 300 homes in the valley last week.\n\n"
        "We will rebuild the bridge at Carr Ford by the spring.\n"
    )
    assert not unsourced_at(analyzer, text, "300 homes")


def test_claims_labelled_speech_runs_on_through_its_own_citations(
    analyzer: Analyzer,
) -> None:
    text = (
        "The trade ministers met in Valdora on Tuesday.\n\n"
        "Minister Ruiz's opening remarks:\n\n"
        "Colleagues, welcome to Valdora.\n\n"
        "As the prime minister said last week, our ports are open to all.\n\n"
        "Exports of grain rose by 9 percent in the first half of the year. "
        "Rail freight doubled on the northern line.\n"
    )
    assert not unsourced_at(analyzer, text, "9 percent")
    assert not unsourced_at(analyzer, text, "Rail freight doubled")


def test_claims_colon_framed_statement_ends_at_the_next_source(
    analyzer: Analyzer,
) -> None:
    text = (
        "The trade ministers met in Valdora on Tuesday.\n\n"
        "Minister Ruiz said:\n\n"
        "We signed four agreements today.\n\n"
        "The opposition leader, Tom Hart, said the deals were rushed. "
        "Exports of grain rose by 9 percent in the first half of the year.\n"
    )
    assert unsourced_at(analyzer, text, "9 percent")
