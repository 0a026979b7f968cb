"""Attribution, round 17: parts of the broad mode that the guideline accepts.

Every case is a sentence written for these tests (not seed, gold or public
text); expected cues and sources are texts.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import cues as _cues
from tests.attribution_helpers import found as _found


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "Farmers fear that the drought will last another year.",
            "fear",
            "Farmers",
        ),
        (
            "The mayor feared the bridge would not reopen before winter.",
            "feared",
            "The mayor",
        ),
        (
            "Investors assumed that the bank would cut rates again.",
            "assumed",
            "Investors",
        ),
        (
            "Residents of the valley fear there will be more landslides.",
            "fear",
            "Residents of the valley",
        ),
    ],
)
def test_attribution_belief_with_a_clause(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Two hikers are feared dead after the storm.", "feared"),
        ("Officials fear the worst.", "fear"),
        ("The minister has assumed her duties.", "assumed"),
        ("It was the greatest fear that the town had ever known.", "fear"),
        ("This is the biggest worry that parents share.", "worry"),
    ],
)
def test_attribution_belief_needs_a_clause(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At the hearing, the senator mentioned the delays at the port.",
            "the senator",
        ),
        ("The governor has mentioned raising the fuel tax.", "The governor"),
        ("Ann Lee mentions the flooding in every speech.", "Ann Lee"),
    ],
)
def test_attribution_mentioned_with_an_object(text, source):
    assert any(c.startswith("mention") and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "The report mentions the company twice.",
        "The bridge, not to mention the road, needs repairs.",
    ],
)
def test_attribution_mentioned_not_a_cue(text):
    assert not any(c.startswith("mention") for c in _cues(text))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The union condemned violent attacks on reporters.",
            "condemned",
            "The union",
        ),
        (
            "The senator blasted members of the committee for the delay.",
            "blasted",
            "The senator",
        ),
        (
            "The report sets out plans to cut waiting lists.",
            "sets out",
            "The report",
        ),
        ("The coach praised volunteers who cleared the pitch.", "praised", "The coach"),
    ],
)
def test_attribution_judgement_on_a_bare_plural(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The group condemned yesterday's vote.", "condemned yesterday"),
        ("The mayor praised highly.", "praised"),
        ("The board rejected less than half.", "rejected"),
    ],
)
def test_attribution_judgement_needs_an_object(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The aid will help farmers counter rising costs.", "counter"),
        ("The group counters mainstream coverage with its own reports.", "counters"),
        ("The talks with the rebels continue, and no date is set.", "continue"),
        ("The protest continued when the minister arrived.", "continued"),
        ("Fighting continues in the north of the country.", "continues"),
    ],
)
def test_attribution_action_readings_of_speech_verbs(text, verb):
    assert verb not in _cues(text)


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The minister countered that the figures were out of date.",
            "countered",
            "The minister",
        ),
        ("“That is simply wrong,” the mayor countered.", "countered", "the mayor"),
        ("“We will not stop,” she continued.", "continued", "she"),
        ("He continued: “We will not stop.”", "continued", "He"),
    ],
)
def test_attribution_speech_readings_beside_a_quotation(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("Officials believe local schools should reopen.", "believe", "Officials"),
        ("Parents worry rising fees will push families out.", "worry", "Parents"),
        (
            "Many of the voters believe honesty and thrift are rewarded.",
            "believe",
            "Many of the voters",
        ),
    ],
)
def test_attribution_view_of_a_bare_clause(text, cue, source):
    assert any(c == cue and s == source for c, s, _ in _found(text))


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "The town was seized by troops believed to be loyal to the general.",
            "believed",
        ),
        ("Voters believe in hard work and honesty.", "believe"),
    ],
)
def test_attribution_view_needs_a_clause(text, verb):
    assert verb not in _cues(text)
