"""Claims: weather forecasts, hosts' offers, condolences, cut-off frames, and
the source named in an opening "As noted in ..." phrase.

Each case is a sentence of our own. The forecast table is judged by the claim
rules alone (one body sentence); the reported forecasts run the whole
pipeline, since what a forecaster is said to expect needs its attribution.
"""

from __future__ import annotations

import pytest

from reliability import Analyzer
from tests.claim_helpers import rule_claim as _claim
from tests.claim_helpers import rule_unsourced as _rule_unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # The weather to come, in the outlet's voice: a forecast, no claim.
        ("Heavy rain may cause flooding in low-lying streets tonight.", False),
        ("Showers and thunderstorms will develop along the coast on Monday.", False),
        ("A cold front will bring snow and strong winds to the hills.", False),
        ("Scattered thunderstorms are expected this evening in the south.", False),
        ("Warmer temperatures are in store for the weekend.", False),
        ("Widely scattered showers are forecast across the valley.", False),
        ("Out east, dense fog could linger into the morning.", False),
        ("Daytime highs will reach the upper 80s by Thursday.", False),
        ("Tomorrow will be sunny with highs of 25C.", False),
        ("Saturday should be mostly cloudy and windy.", False),
        # The weather that came, a plan about it, or a modal perfect: claims.
        ("Heavy rain was forecast for the region last week.", True),
        ("Snow fell overnight and more will follow.", True),
        ("The council will grit the main roads before the snow arrives.", True),
        ("The damage may have been caused by high winds.", True),
        ("The new barrier will protect 200 homes from the sea.", True),
        ("The final will be played in the rain on Saturday.", True),
    ],
)
def test_claims_weather_forecast(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.mark.parametrize(
    "text, claim",
    [
        # A forecaster's forecast, reported: still a forecast.
        (
            "The weather office said on Sunday that the valley could face large "
            "hail and damaging winds.",
            False,
        ),
        (
            "Forecasters said the storm may weaken before it reaches the islands.",
            False,
        ),
        # An event told before the cue keeps the sentence a claim.
        (
            "Floods swept through three villages on Friday and forecasters said "
            "more rain will fall.",
            True,
        ),
    ],
)
def test_claims_reported_weather_forecast(
    analyzer: Analyzer, text: str, claim: bool
) -> None:
    assert analyzer.analyze(text).sentences[0].claim is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A host or speaker offering the audience what comes next: no claim.
        ("I have two short updates for you this morning.", False),
        ("We've got a quick summary here for you.", False),
        ("So, we just have one more question for you.", False),
        ("Today I have with me the director of the city museum.", False),
        ("Joining me now is our science correspondent.", False),
        # News after the offer, an event before it, or a verb of its own.
        ("We have good news for you: the bridge reopened on Monday.", True),
        ("We visited the plant on Monday and we have photos for you.", True),
        ("We have found new homes for you.", True),
        ("I have brought the minutes of the meeting with me.", True),
    ],
)
def test_claims_offer_to_audience(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Sympathy in the speaker's or writer's voice: no claim.
        ("Our thoughts and prayers go out to the crew and their families.", False),
        ("Let me offer my condolences to everyone who knew her.", False),
        ("We extend our condolences to the victims' relatives.", False),
        ("The club and the town mourn the passing of their founder.", False),
        ("My prayers are with the people of the valley tonight.", False),
        # A report of someone's sympathy, or of mourning that took place.
        ("The minister offered his condolences to the family on Friday.", True),
        ("Thousands mourned the passing of the singer at a vigil on Sunday.", True),
    ],
)
def test_claims_condolences(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A reporting verb whose content the copy cut off: no claim.
        ("However, the union's general secretary has indicated\u2026", False),
        ("Speaking at the summit, the prime minister said \u201cThis [\u2026]", False),
        ("In a statement on its website, the company said that...", False),
        # Part of the content survives, or an event comes before the frame.
        ("The minister has said that bus fares will rise\u2026", True),
        ("She won the award in 2005, and we asked her about\u2026", True),
        # Not cut off at all: the frame alone is judged as before.
        ("The council said that the road reopened on Monday.", True),
    ],
)
def test_claims_cut_off_frame(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # The source named in an opening "As noted in/by ..." phrase.
        (
            "As noted in the bank's statement of 3 May, the scheme will close "
            "at the end of the year.",
            False,
        ),
        (
            "As set out in the planning rules, the council must consult "
            "residents before it builds.",
            False,
        ),
        # No source named: the outlet's own voice.
        ("As previously announced, the bridge will close on Monday.", True),
        ("As expected, the bridge closed on Monday for repairs.", True),
    ],
)
def test_unsourced_as_frame(text: str, unsourced: bool) -> None:
    assert _rule_unsourced(text) is unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # "told <addressee> that" reports the same content as "said that".
        ("After the vote, she told reporters that the ruling was a disgrace.", False),
        ("He told the radio station that the new stadium is a joke.", False),
        # An event or a figure in what was told stays a claim.
        ("The mayor told reporters that the bridge reopened on Monday.", True),
        ("She told the committee that 40 staff had left since May.", True),
    ],
)
def test_claims_told_addressee(analyzer: Analyzer, text: str, claim: bool) -> None:
    assert analyzer.analyze(text).sentences[0].claim is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # "critical" and "problem" as the predicate judge: no claim.
        ("Clean water is critical to the health of every village.", False),
        ("Good teamwork is a critical factor in any rescue.", False),
        ("This is a problem for small bakeries.", False),
        # An event, a number or a date makes the sentence checkable.
        ("The patient was listed in critical condition on Monday.", True),
        ("The problem was fixed within 24 hours.", True),
    ],
)
def test_claims_critical_and_problem(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # What someone deserves is a judgement, not a fact.
        ("Local families deserve answers.", False),
        ("The volunteers deserve our thanks.", False),
        ("Voters deserve to know the truth about the deal.", False),
        ("The home side deserved the win.", False),
        # An event first, or a number or date after, stays a claim.
        ("She finally received the medal she deserves.", True),
        ("The nurses, who deserve a rise, went on strike on 3 May.", True),
    ],
)
def test_claims_deserve(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # "This" or "it" reading a meaning into what came before: no claim.
        ("This reflects the strong ties between the neighbouring towns.", False),
        ("And this also shows the courage of the first settlers.", False),
        ("It underlines the importance of the harbour to the region.", False),
        # A finding clause, a figure or a date can be checked.
        ("It shows that prices rose sharply over the winter.", True),
        ("This shows how the new tram line works.", True),
        ("It represents 40% of the region's exports.", True),
        ("This marks the first time since 1990 that the river froze.", True),
    ],
)
def test_claims_reads_significance(text: str, claim: bool) -> None:
    assert _claim(text) is claim
