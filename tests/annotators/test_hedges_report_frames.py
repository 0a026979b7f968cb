"""Hedge cues: agentless report frames (annotation notes 17, 47, 48).

A report participle that opens its sentence ahead of the subject, an adverb
inside the report passive, the existential "there were (no) reports of", and
the vetoes of a bare "be" (a rule or a hypothesis) and of an agent named
later in the clause (an attribution, not a hedge).
"""

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
        # A participle aside that opens the sentence, before its subject.
        ("Hailed as a breakthrough, the new drug goes on sale in May.", ["Hailed as"]),
        ("Seen as the favourite, the mare won by two lengths.", ["Seen as"]),
        ("Widely regarded as the best, the chef opened a shop.", ["regarded as"]),
        # An adverb of time or extent inside the report passive.
        (
            "The blaze was first thought to have begun in a shed.",
            ["was first thought to"],
        ),
        (
            "The ferry is generally considered safe in winter.",
            ["is generally considered"],
        ),
        ("The old mill was hailed as a model of its kind.", ["was hailed as"]),
        # The existential frame, either polarity.
        ("There were no reports of damage to the harbour.", ["reports"]),
        ("There have been no reports of flooding so far.", ["reports"]),
        ("There were also reports that the road had closed.", ["reports"]),
        ("It is recognised that fatigue causes many crashes.", ["It is recognised"]),
    ],
)
def test_hedges_marks_agentless_report_frames(text: str, expected: list[str]) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # An agent later in the clause makes it an attribution.
        "Hailed as a triumph by the mayor, the bridge opened on Friday.",
        "The merger was first reported on Monday by a trade paper.",
        # A bare "be": a rule, a hypothesis or a demand, not a report.
        "Such remarks can be considered rude in some towns.",
        "The plan should surely be considered by every council.",
        "The union asked that nurses be considered key workers.",
        "What will be seen as a bold move was announced at noon.",
        # Deliberation, not belief; the active verb; a plain noun.
        "The proposal is currently being considered.",
        "The board considered the plan for three hours.",
        "The agency reports that exports rose in March.",
        "Officials denied the reports of shelling.",
        "Considered the best in the league, the club lost twice.",
    ],
)
def test_hedges_skips_report_frames_that_do_not_hedge(text: str) -> None:
    assert cues(text) == []


def test_hedges_agent_of_a_later_passive_does_not_veto_the_forecast() -> None:
    text = "The bill is not expected to be passed by the Senate."
    assert cues(text) == ["is not expected to"]
