"""Hedge cues in rules and notices: what a rule permits is not doubt (notes 69, 72)."""

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
        # A duty or liability a rule sets (annotation notes 69).
        ("Borrowers may be subject to a late fee after ten days.", []),
        ("Vendors may be required to show a food safety card.", []),
        ("Late filers could be subject to an audit.", []),
        # A proposal's likely outcome and a thing's need stay hedges.
        ("Airlines could be required to refund fares under the plan.", ["could"]),
        ("More volunteers may be required.", ["may"]),
        ("It hints at the effort that may be required to win them over.", ["may"]),
        # A penalty the law sets, with its length.
        ("Anyone caught poaching could receive a five-year ban.", []),
        ("The driver could face three years in prison if convicted.", []),
        ("He may face life in prison.", []),
        # Without a length the outcome is uncertain.
        ("The winger could face a ban for the tackle.", ["could"]),
        ("Coastal towns could receive up to a foot of snow.", ["could"]),
    ],
)
def test_hedges_skips_duties_and_statutory_penalties(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A prohibition: "may not be ... without" leave.
        ("Maps on this site may not be copied without prior permission.", []),
        ("Samples may not be shipped abroad without a permit.", []),
        # Doubt, even with "without" later in the sentence.
        ("The budget may not be approved without their votes.", ["may"]),
        ("The outcome may not be known until the weekend.", ["may"]),
    ],
)
def test_hedges_reads_may_not_with_a_leave_as_a_prohibition(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A guess about how many readers did something (annotation notes 72).
        ("Many of you may have noticed the new bus lanes.", ["may"]),
        ("Some of you might remember the old market hall.", ["might"]),
        # An aside that doubts what the reader knows (annotation notes 72,
        # parts p-s: "as you may know" is a hedge).
        ("As you may know, the market hall closed in 1990.", ["may"]),
        ("The hall, as you might recall, closed in 1990.", ["might"]),
        # The generic reader: a figure of speech or advice.
        ("You may have noticed the new bus lanes.", []),
        ("You might want to bring an umbrella.", []),
    ],
)
def test_hedges_reads_readers_partitive_as_a_guess(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


def test_hedges_skips_answers_of_a_dash_interview() -> None:
    # The interviewee's answers are covered like transcript turns (annotation
    # notes 6, 30); the outlet's introduction is not.
    text = (
        "The town council met on Monday to discuss the flood season. The new "
        "pumps may arrive in June, and the mayor agreed to answer our questions "
        "about them.\n\n"
        "- Will the levees on the east bank hold if the river rises again this "
        "spring, as it did in the storms of last year?\n\n"
        "- I think they will hold. The river seems to have calmed since March, "
        "and the crews have worked through the winter."
    )
    assert cues(text) == ["may"]


def test_hedges_marks_a_dashed_list_that_is_no_interview() -> None:
    text = (
        "What the council decided:\n\n"
        "- The bridge may reopen in May.\n\n"
        "- Fares could rise next year."
    )
    assert cues(text) == ["may", "could"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Notifying the police or a platform is an event (annotation notes D20).
        ("The hiker was reported missing on Sunday night.", []),
        ("Her bicycle had been reported stolen in April.", []),
        ("The video was reported as abusive and taken down.", []),
        # Unnamed sources of the news stay hedges.
        ("Gunfire was reported near the stadium.", ["was reported"]),
        ("The minister was reported as saying the talks had failed.", ["was reported"]),
        # A category in an instruction, not a suspicion the text relays.
        ("Staff must report any suspected breach within a day.", []),
        ("Police arrested a suspected burglar on Elm Street.", ["suspected"]),
    ],
)
def test_hedges_skips_notified_status_and_suspected_categories(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # What a rule permits, restricts or forbids (annotation notes 69).
        ("Members may also register online.", []),
        ("The grant may only be spent on school repairs.", []),
        ("Permits may be issued only to residents.", []),
        ("No dog may enter the playground.", []),
        ("No funds from this account, in any year, may be spent on travel.", []),
        # Doubt: no participle after "only", another clause before the modal.
        ("It may only be a matter of time before the dam gives way.", ["may"]),
        ("Lenders may also raise their rates.", ["may"]),
        ("No one knows, but the strike may last weeks.", ["may"]),
        # "no one knows when" is itself a hedge ("it is not known").
        ("No one knows when the strike may end.", ["No one knows", "may"]),
        ("No deal is ready and the strike may last weeks.", ["may"]),
    ],
)
def test_hedges_reads_may_of_permission_restriction_and_prohibition(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Winning or taking, not distancing from a statement.
        ("The sprinter claimed bronze in the relay.", []),
        ("Her crew claimed second place on Sunday.", []),
        ("The fire claimed two lives.", []),
        ("Rebels claim two villages were shelled.", ["claim"]),
        # The assurance idiom of a generic subject.
        ("You may be sure the ferry will run late.", []),
        ("The coach may be sure of a new contract.", ["may"]),
    ],
)
def test_hedges_skips_claimed_wins_and_assurance_idioms(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agentless pointer to earlier reports (annotation notes 47).
        (
            "As previously reported, the mill will shut in June.",
            ["As previously reported"],
        ),
        ("The mill, as first reported last week, will shut.", ["as first reported"]),
        # With an agent it names a source: an attribution, not a hedge.
        ("The mill, as first reported by a local paper, will shut.", []),
    ],
)
def test_hedges_marks_agentless_pointers_to_earlier_reports(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agentless report passive with "can" (annotation notes 47).
        ("The town can be said to have grown out of its port.", ["can be said to"]),
        # After a modal the modal alone is the cue (annotation notes 18).
        ("The mayor could be said to be lucky.", ["could"]),
        ("The ship might be thought to be lost.", ["might"]),
        ("The ship is thought to be lost.", ["is thought to"]),
    ],
)
def test_hedges_marks_report_passives_once(text: str, expected: list[str]) -> None:
    assert cues(text) == expected
