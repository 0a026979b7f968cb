"""Claims: what a speaker does in the speech itself, and other lines in the
writer's or speaker's voice that assert nothing checkable.

Each case is a sentence of our own, judged by the claim rules alone (one body
sentence, whatever the segmenter would make of it).
"""

from __future__ import annotations

import pytest

from reliability import Analyzer
from tests.claim_helpers import rule_claim as _claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The speaker announcing a speech act: thanks, welcome, a topic.
        ("Today, I would like to discuss the outlook for the regional economy.", False),
        ("First, I want to recognise the volunteers who ran the festival.", False),
        ("We would also like to welcome the new members of the board.", False),
        ("Let me stress one point about the budget.", False),
        ("Allow me to briefly explain how the scheme works.", False),
        ("I'd like to once again thank the firefighters.", False),
        ("At the outset, we wish to congratulate the winners of the award.", False),
        # What the speaker wants done in the world is a stated plan.
        ("We want to build 500 new homes by 2030.", True),
        ("I want to see the law changed before the election.", True),
        # A clause of its own before the first person reports the act.
        ("The mayor said I want to thank everyone.", True),
        ("She wanted to thank the nurses who cared for her mother in May.", True),
        ("The council will allow me to speak at the hearing in May.", True),
    ],
)
def test_claims_speech_act(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A speaker naming themself to the audience.
        (
            "I'm Jo Lee, the station's science editor, and it's my pleasure"
            " to be with you today.",
            False,
        ),
        ("My name is Sam Roe and I have the privilege of welcoming you here.", False),
        ("Good evening, I'm Jo Lee with the late news from the coast.", False),
        ("I am Dana Cole, and this is the weekly farm report.", False),
        # A past event after the name tells of the world.
        ("I'm Jo Lee and I have lived in this town for thirty years.", True),
        ("My name is Sam Roe and I was born in Leeds in 1950.", True),
        # No name of two words: not an introduction.
        ("I am British and I work at the port.", True),
    ],
)
def test_claims_self_introduction(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.fixture(scope="module")
def rules_only() -> Analyzer:
    """The pipeline without the claim model: the rules' own confidences."""
    return Analyzer(disable=["models"])


def _claim_confidence(analyzer: Analyzer, text: str) -> float:
    sentence = analyzer.analyze(text).sentences[0]
    assert sentence.claim and sentence.claim_confidence is not None
    return sentence.claim_confidence


@pytest.mark.parametrize(
    "text, confidence",
    [
        # The speaker's name and titles after a short quotation are not
        # checkable anchors of what was said.
        (
            "\u201cThis is more than a game,\u201d said Jo Lee, the Riverside"
            " Youth Club's head coach.",
            0.7,
        ),
        # Anchors inside the quotation still count.
        ("\u201cWe beat Leeds on Monday,\u201d said Jo Lee, the coach.", 0.8),
        # Without a quotation the whole sentence counts.
        ("Jo Lee, the club's coach, left on Monday.", 0.85),
    ],
)
def test_claims_confidence_ignores_speaker_after_quotation(
    rules_only: Analyzer, text: str, confidence: float
) -> None:
    assert _claim_confidence(rules_only, text) == pytest.approx(confidence)


def _unsourced(analyzer: Analyzer, text: str) -> bool:
    sentence = analyzer.analyze(text).sentences[0]
    assert sentence.claim, "the sentence should be a claim"
    return sentence.unsourced_claim


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A study or record as the subject of its finding sources the sentence.
        ("The review compared waiting times at 40 hospitals in 2023.", False),
        ("The annual report records a rise in thefts from cars in Leeds.", False),
        ("Last year's survey of 2,000 farmers has also found lower yields.", False),
        ("The audit, published on Monday by the council, reflects a deficit.", False),
        # A document named for something else sources nothing.
        ("The study was funded by the council in 2020.", True),
        ("The report cost the ministry 40,000 pounds in 2021.", True),
        ("Police found the data on a laptop in Leeds on Monday.", True),
    ],
)
def test_claims_document_finding_sources_the_sentence(
    rules_only: Analyzer, text: str, unsourced: bool
) -> None:
    assert _unsourced(rules_only, text) is unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # "It should be noted that ..." frames what the writer states.
        ("It should be noted that the figures are estimates from May.", True),
        ("It must also be stressed that the road stays open at night.", True),
        ("It should be mentioned that two of the wells were dry.", True),
        # A third-person modal that opens the clause still predicts.
        ("They cannot fight back, they will be killed.", False),
        ("It will be a disaster for the town.", False),
    ],
)
def test_claims_discourse_frame_is_no_prediction(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Plain future and ability state a plan or a capability.
        ("The new road will link the two towns.", True),
        ("Any resident can apply for the grant.", True),
        ("The museum will not open on public holidays.", True),
        ("The scheme is not new.", True),
        # A condition makes the future a forecast.
        ("If the rain goes on, the river will flood the lower town.", False),
        ("The price will rise unless the harvest improves.", False),
        # Possibility, obligation, the reader and judging words stay views.
        ("The new road may ease the traffic.", False),
        ("Every resident should apply for the grant.", False),
        ("You can apply for the grant online.", False),
        ("That is a shame.", False),
    ],
)
def test_claims_plain_future_and_ability_are_claims(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A programme's rundown of the day's events is a claim ...
        (
            "Today on Newsline: A storm hits the coast; the mayor resigns"
            " after 12 years.",
            True,
        ),
        # ... what the programme itself does is not.
        ("Today on Newsline: we briefly recap the stories of the week.", False),
        ("Today on Newsline: We look back at the year in sport.", False),
        ("Today on Newsline :", False),
    ],
)
def test_claims_programme_rundown(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # More imperatives that address the reader.
        ("Book your tickets on the council website.", False),
        ("Make sure your smoke alarm works.", False),
        ("Be on the lookout for the van.", False),
        ("Feel free to share the leaflets.", False),
        ("Suppose a town had no library.", False),
        ("Compare the figures from 2019 and 2023.", False),
        ("Cut and paste the code below.", False),
        # The same words opening a subject, or a fixed phrase, do not.
        ("Book sales rose by 4% in 2023.", True),
        ("Cuts to the budget hit 40 schools.", True),
        ("Make of car was not recorded in 12 cases.", True),
        ("Be it resolved that the board meets monthly.", True),
    ],
)
def test_claims_more_imperatives(text: str, claim: bool) -> None:
    assert _claim(text) is claim


def test_claims_self_introduction_with_curly_apostrophe() -> None:
    assert _claim("I\u2019m Jo Lee, and it\u2019s my pleasure to be with you.") is False
