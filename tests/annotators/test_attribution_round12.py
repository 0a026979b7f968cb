"""Attribution: plural nouns that look like reporting verbs, and verbs of manner.

Every case is a sentence written for these tests (not seed or gold text);
expected attributions are ``(cue, source, source_type)`` texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The watchdog rated most Republican claims as false last year.", "claims"),
        ("The site removed official Russian posts that spread the rumour.", "posts"),
        ("Investigators followed claims that the money had been moved.", "claims"),
        ("The panel heard Democratic claims of fraud on Monday.", "claims"),
        ("He left several offensive comments, then made threats.", "comments"),
        ("The minister could not answer basic questions, aides admitted.", "questions"),
    ],
)
def test_attribution_skips_a_qualified_plural_noun(text, noun):
    assert noun not in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The official claims that the road is safe.",
            [("claims", "The official", "pronoun")],
        ),
        (
            "For example, the Hartford Courant reports that the mayor will resign.",
            [("reports", "the Hartford Courant", "media_outlet")],
        ),
        (
            "A new study from a medical journal suggests that the drug works.",
            [("suggests", "A new study from a medical journal", "document")],
        ),
    ],
)
def test_attribution_keeps_a_plural_form_after_a_speaker(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Protesters marched to the square, chanting “No deal!”", "chanting"),
        ("The coach walked off, shouting “That was never a foul!”", "shouting"),
        ("Officials are forecasting heavy rain for the weekend.", "forecasting"),
        ("The senator stood up, proclaiming that the bill was dead.", "proclaiming"),
        ("The envoy spoke briefly, hinting that a deal was near.", "hinting"),
    ],
)
def test_attribution_finds_verbs_of_manner_of_speaking(text, cue):
    assert cue in _cues(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "News reports said the plant had closed.",
            [("said", "News reports", "vague")],
        ),
        (
            "The minister will resign, press reports say.",
            [("say", "press reports", "vague")],
        ),
        (
            "Everyone knows that the bridge is unsafe.",
            [("knows", "Everyone", "vague")],
        ),
        (
            "Everybody agrees that the old plan failed.",
            [("agrees", "Everybody", "vague")],
        ),
        (
            "State television reported that the president had left.",
            [("reported", "State television", "media_outlet")],
        ),
    ],
)
def test_attribution_types_reports_and_everyone_as_vague(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cases rose, according to the Centre for Disease Control and Prevention.",
            [
                (
                    "according to",
                    "the Centre for Disease Control and Prevention",
                    "named_organization",
                )
            ],
        ),
        (
            "The quake was shallow, said the Institute of Geology and Mining.",
            [("said", "the Institute of Geology and Mining", "named_organization")],
        ),
        (
            "According to the agency and hospital staff, ten people died.",
            [
                ("According to", "the agency", "pronoun"),
                ("According to", "hospital staff", "anonymous"),
            ],
        ),
        (
            "According to the Labour Party and the Green Party, the vote was close.",
            [
                ("According to", "the Labour Party", "named_organization"),
                ("According to", "the Green Party", "named_organization"),
            ],
        ),
    ],
)
def test_attribution_keeps_the_and_of_a_name_after_the_cue(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry's official tally says 40 people died.",
            [("says", "The ministry's official tally", "document")],
        ),
        (
            "The agency's weekly update says cases are falling.",
            [("says", "The agency's weekly update", "document")],
        ),
        (
            "A readout of the call said the leaders discussed trade.",
            [("said", "A readout of the call", "document")],
        ),
        (
            "According to a recent estimate, the queue will take years to clear.",
            [("According to", "a recent estimate", "document")],
        ),
    ],
)
def test_attribution_types_tallies_updates_and_readouts_as_documents(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The court blocked the merger on Tuesday, citing a risk to consumers.",
            [("citing", "The court", "pronoun")],
        ),
        (
            "The airline cancelled its flights, citing bad weather.",
            [("citing", "The airline", "pronoun")],
        ),
        (
            "The paper reported the deal, citing officials.",
            [
                ("reported", "The paper", "pronoun"),
                ("citing", "officials", "anonymous"),
            ],
        ),
        (
            "The mayor said the road would close, citing safety concerns.",
            [("said", "The mayor", "pronoun")],
        ),
    ],
)
def test_attribution_citing_a_reason_names_who_gives_it(text, expected):
    assert _found(text) == expected
