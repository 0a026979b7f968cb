"""Claims: judgements of what was or was not done, calls opening with "let us",
live-blog entries that open with their time, and the evaluative words of
opinion writing.

"The board should have acted" is a prescription about the past (annotation
notes 14), whatever past verb or date follows the modal; "Let us hope ..."
and "Let them explain" are calls, not claims. Each case is a sentence of our own.
"""

from __future__ import annotations

import pytest

from reliability import Analyzer
from reliability.schema import Sentence


def _body(analyzer: Analyzer, text: str) -> list[Sentence]:
    """The body sentences of ``text`` as the analyser gives them."""
    return [s for s in analyzer.analyze(text).sentences if not s.boilerplate]


@pytest.mark.parametrize(
    "text, claim",
    [
        # An obligation in the perfect as the main verb judges.
        ("The regulator should have acted long before now.", False),
        ("Ministers should never have let the contract run so long.", False),
        ("The club ought to have sacked its manager in 2019.", False),
        ("Surely someone should have noticed the cracks earlier.", False),
        ("With hindsight, the council should have listened to the engineers.", False),
        ("Families shouldn't have to wait a year for a hearing.", False),
        # In another clause, the main verb tells the event.
        ("Residents who should have been warned were not told about the leak.", True),
        # Possession is no perfect: a scheme's rule may be checkable.
        ("Every tenant should have a copy of the lease by May 1.", True),
        # Reported, it is the party's position, as a reported "must" is.
        ("The inspectors said the council should have closed the pool.", True),
    ],
)
def test_claims_hindsight_judgement_is_no_claim(
    analyzer, text: str, claim: bool
) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Let us hope the talks bring a lasting peace.", False),
        ("Let there be no doubt about where we stand.", False),
        # "Let me" announces what the speaker says: a stated fact is a claim.
        ("Let me point out that the ferry sank in 2019.", True),
        ("Let them explain the delay to the patients.", False),
        # Not an opening imperative: the sentence reports an event.
        ("The court let the company keep its licence in 2021.", True),
    ],
)
def test_claims_call_opening_with_let_us_is_no_claim(
    analyzer, text: str, claim: bool
) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A live blog's entry time does not hide how the entry opens.
        ("10:32 Here is what we know so far about the storm:", False),
        ("6:48 p.m.: Perhaps the storm will turn north overnight.", False),
        ("9.15am Please stay away from the harbour wall.", False),
        # The entry's own news stays a claim, and a count is no time.
        ("10:32 Police have closed the coast road at Penmar.", True),
        ("10 people were hurt when the roof collapsed.", True),
    ],
)
def test_claims_live_blog_time_stamp_is_skipped(
    analyzer, text: str, claim: bool
) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Evaluative nouns and adjectives of opinion writing judge.
        ("The new parking rule is a betrayal of the town's shopkeepers.", False),
        ("This hypocrisy runs through the whole report.", False),
        ("The opposition called the budget a sham.", False),
        ("Her contribution to the club was immense.", False),
        ("The council's handling of the flood was clumsy and heartless.", False),
        ("The ticket sale was a debacle from start to finish.", False),
        # With an event the sentence still tells something checkable.
        ("The minister resigned on Monday after the blunder.", True),
    ],
)
def test_claims_evaluative_nouns_of_opinion_writing(
    analyzer, text: str, claim: bool
) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


def test_claims_release_lead_in_with_a_full_stop_covers_the_statement(
    analyzer,
) -> None:
    # Annotation notes 58: the statement printed under its lead-in is covered,
    # whether the lead-in ends with a colon or a full stop.
    text = (
        "PORTHAVEN - The following is a statement from the harbour master, "
        "Jo Lee, on the storm.\n\n"
        "The north wall collapsed at about 3am on Sunday. "
        "Two boats sank at their moorings."
    )
    body = _body(analyzer, text)
    # The lead-in only says what the page prints, so it is no claim of its own
    # (notes 58); whether it is marked one is the claim model's call, not the
    # coverage rule's, and is left out here.
    assert [s.claim for s in body[1:]] == [True, True]
    assert [s.unsourced_claim for s in body[1:]] == [False, False]


def test_claims_list_lead_in_with_a_full_stop_introduces_no_speaker(
    analyzer,
) -> None:
    text = (
        "The following is a list of the roads that remain closed.\n\n"
        "Quay Street was closed on Monday after the storm."
    )
    body = _body(analyzer, text)
    assert [(s.claim, s.unsourced_claim) for s in body] == [
        (False, False),
        (True, True),
    ]


def test_claims_quotation_continued_over_paragraphs_is_covered_by_its_close(
    analyzer,
) -> None:
    # News style leaves a quoted paragraph open when the next one reopens the
    # quotation; the sentence that closes it names the speaker (annotation
    # notes 15), so the open paragraph is covered.
    text = (
        "The council approved the harbour plan on Tuesday.\n\n"
        '"We have waited twenty years for this. The old wall has failed three '
        "times since 2010.\n\n"
        '"The new wall will be two metres higher," said the council leader.'
    )
    body = _body(analyzer, text)
    assert [s.unsourced_claim for s in body] == [True, False, False, False]


def test_claims_open_quotation_without_a_named_close_stays_unsourced(
    analyzer,
) -> None:
    text = (
        '"The old wall was built in 1952. It has failed three times since '
        "2010.\n\n"
        "The harbour trust closed the quay in May."
    )
    body = _body(analyzer, text)
    assert [s.unsourced_claim for s in body] == [True, True, True]
