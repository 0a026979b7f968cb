"""Hedge cues: existential reports, reader asides, hypothetical people, evaluations."""

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
        # The existential frame with an adverb or a qualifier between.
        ("There have also been reports that the bridge was closed.", ["reports"]),
        ("There have been press reports that the mayor will resign.", ["reports"]),
        ("There have been many reports of flooding in the valley.", ["reports"]),
        ("There were numerous reports of looting overnight.", ["reports"]),
        # The reports only named, or denied: no frame carries a claim on them.
        ("Officials have been denying reports that the plant leaked.", []),
        ("There is little in the reports that matters.", []),
    ],
)
def test_hedges_reads_reports_in_an_existential_frame(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The generic reader: a case put to whoever reads, not doubt.
        ("On a busy weekend you might see queues along the pier.", []),
        ("You could be forgiven for thinking the pier is new.", []),
        ("If you live near the river, you may need sandbags.", []),
        # A guess about some readers, and the aside on what readers know.
        ("Some of you may have seen the new signs.", ["may"]),
        ("As you may know, the pier closed in 1990.", ["may"]),
        # Other subjects keep the modal's doubt.
        ("Queues might form along the pier this weekend.", ["might"]),
        ("Residents near the river may need sandbags.", ["may"]),
    ],
)
def test_hedges_leaves_modals_of_the_generic_reader(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A restrictive relative picks out a class of people by a possibility.
        ("Anyone who may have seen the crash is asked to call.", []),
        ("Firms who might want to bid should register by May.", []),
        ("Residents who may need help should call the council.", []),
        ("People who could be affected were told to stay indoors.", []),
        # A particular person, or an aside about someone the text names,
        # keeps the doubt.
        ("Meet the man who could become the next mayor.", ["could"]),
        ("The driver, who may have been drunk, fled on foot.", ["may"]),
        ("The ferry (which may be late) leaves at noon.", ["may"]),
        # Without "who" the modal is read as before.
        ("The crash may have been seen by several drivers.", ["may"]),
    ],
)
def test_hedges_reads_who_with_a_modal_as_a_class_of_people(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "seems like a ...": an opinion softened (annotation notes 77).
        ("At first sight the new timetable seems like a sensible change.", []),
        ("It seemed like an odd place for a bus stop.", []),
        # On a state of the world the hedge stays.
        ("It seems like the storm is easing.", ["seems"]),
        ("The storm seems to be easing.", ["seems to"]),
    ],
)
def test_hedges_leaves_seems_like_on_an_evaluation(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The writer's own belief, with an adverb between (annotation notes 49).
        ("We jointly believe that the deadline is too short.", ["We jointly believe"]),
        ("I honestly think the bridge will open in May.", ["I honestly think"]),
        # "judge" with a clause is a belief; with an object, the act of judging.
        ("We judge that the cost will be about five million pounds.", ["We judge"]),
        ("We judge the entries every spring.", []),
        # A third person's belief is a source's stance, not the writer's hedge.
        ("They firmly believe that the deadline is too short.", []),
    ],
)
def test_hedges_reads_first_person_beliefs_with_an_adverb(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agentless reference to an earlier announcement (annotation notes 47).
        (
            "As previously announced, the office will close on Friday.",
            ["As previously announced"],
        ),
        ("The pool reopens in June, as announced earlier.", ["as announced earlier"]),
        # With its agent it is an attribution, not a hedge.
        ("The office will close, as announced earlier by the council.", []),
    ],
)
def test_hedges_marks_agentless_earlier_announcements(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A notice about the page itself: how far to rely on it.
        (
            "Please note: there may be small differences between this script "
            "and the broadcast.",
            [],
        ),
        ("This page may not have been reviewed for accuracy.", []),
        ("This translation may differ slightly from the original.", []),
        # Claims about the world keep their hedge, also about a plot of land
        # or a draft law ("this site", "this version").
        ("The river may flood this weekend.", ["may"]),
        ("This site could be turned into housing.", ["could"]),
        ("This version of the bill may pass next week.", ["may"]),
        ("Note: the quarterly figures may be revised.", ["may"]),
        ("Please note the car park may be full on Saturday.", ["may"]),
    ],
)
def test_hedges_leaves_modals_in_notices_about_the_page(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Before a noun of told content, or as a predicate: a hedge.
        ("Unverified footage showed smoke over the harbour.", ["Unverified"]),
        ("Unconfirmed local reports spoke of gunfire.", ["Unconfirmed"]),
        ("The death toll is unconfirmed.", ["unconfirmed"]),
        ("The account remains unverified by police.", ["unverified"]),
        # Before another noun: a classification of a thing.
        ("Doctors may now give patients unproven drugs.", ["may"]),
        ("Avoid sharing posts from unverified sources.", []),
        # One cue for "unconfirmed reports", not two.
        ("There were unconfirmed reports of gunfire.", ["unconfirmed"]),
    ],
)
def test_hedges_reads_unchecked_as_a_predicate_or_before_content(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A status in law is checkable, not unnamed opinion (annotation notes 76).
        ("Such gases are now considered a pollutant under the Clean Air Act.", []),
        ("E-bikes are considered motor vehicles under state law.", []),
        # Unnamed opinion stays a hedge.
        (
            "She is widely considered the best player of her generation.",
            ["is widely considered"],
        ),
    ],
)
def test_hedges_leaves_considered_of_a_status_in_law(
    text: str, expected: list[str]
) -> None:
    assert cues(text) == expected
