"""Claims in the forms of opinion, sports, gossip and interview pages.

Each table pairs a form that asserts nothing checkable with a near sentence
that does, so a rule that fires too widely fails as surely as one that misses.
The sentences are our own general English.
"""

from __future__ import annotations

import pytest

import reliability


@pytest.fixture(scope="module")
def rules():
    # The claim rules with the attributions they read; the sentence model's
    # vetoes are measured by benchmarks/accuracy.py, not pinned here.
    return reliability.Analyzer(disable=["models"])


def _claims(rules, text: str) -> list[bool]:
    report = rules.analyze(text)
    return [s.claim for s in report.sentences if not s.boilerplate]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Forecasts in the outlet's voice can be checked only later
        # (annotation notes 44), whatever day they name.
        ("Rain is likely to delay the start of play on Saturday.", False),
        ("The home side is unlikely to change its line-up.", False),
        ("Ticket prices are projected to rise again next season.", False),
        # "Poised to" is as often a schedule as a forecast: left to the rest.
        ("The new ferry is poised to leave the harbour for its first trip.", True),
        # A past expectation, or an event told first, stays a claim.
        ("The ferry was expected to sail in May but broke down.", True),
        ("Work began in March and is likely to last a year.", True),
        ("The river is likely the longest in the region.", True),
        # A comparison of rates is a finding a study can check.
        ("Night-shift workers are more likely to sleep badly.", True),
        ("Children in rural areas are less likely to own a laptop.", True),
    ],
)
def test_claims_forecast_in_the_outlets_voice_is_no_claim(
    rules, text: str, claim: bool
) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Teasers and list items that name what a piece explains.
        ("How the town rebuilt its harbour after the storm", False),
        ("Why rents keep rising in the suburbs;", False),
        ("\u2022 How the new scanner finds tumours earlier;", False),
        # Exclamations in the writer's voice.
        ("What a night it was for the visiting fans.", False),
        ("What an end to the season for the club.", False),
        # The wh-clause as the subject of a statement, or an amount.
        ("How the money was spent is now under police investigation.", True),
        ("How many votes were cast is recorded by the clerk.", True),
        # "What" as a pronoun subject.
        ("What happened next shocked the village.", True),
    ],
)
def test_claims_teasers_and_exclamations_are_no_claims(
    rules, text: str, claim: bool
) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A standfirst introducing what a speaker says in the piece
        # (annotation notes 27, 35).
        ("The retiring captain looks back on a long career at the club.", False),
        (
            "In her first interview since the election, the new mayor, a "
            "former nurse, speaks about housing and the buses.",
            False,
        ),
        ("A veteran coach weighs in on the row over ticket prices.", False),
        ("The singer tells us about her new album and life on tour.", False),
        # A figure, a date or an event before the verb makes it checkable.
        ("The coach looks back on 12 seasons at the club.", True),
        ("The mayor, who resigned in May, reflects on her time in office.", True),
        # Past tense: a report of what was said.
        ("The captain spoke about the injury after the match.", True),
    ],
)
def test_claims_interview_standfirst_is_no_claim(rules, text: str, claim: bool) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "lead_in, claim",
    [
        # A lead-in whose speech follows the colon (annotation notes 58).
        ("Looking at the score, the goalkeeper Sam Reed joked in response:", False),
        ("The club captain, Ana Ruiz, told reporters afterwards:", False),
        # A lead-in that states something stays a claim.
        ("The goalkeeper Sam Reed noted that the stands were half empty:", True),
        ("The club said on Monday it had sold every ticket:", True),
        # A quotation before the frame says something itself.
        ('"The club sold every ticket in May," the chairman said, adding:', True),
        # A list's lead-in with a source in the middle (annotation notes 19).
        ("Signs of the illness include, according to the health agency:", True),
    ],
)
def test_claims_speakers_lead_in_with_a_colon_is_no_claim(
    rules, lead_in: str, claim: bool
) -> None:
    text = f'The crowd went quiet at half time. {lead_in}\n\n"Nobody came."'
    assert _claims(rules, text)[1] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Courtesy in a speech or statement: condolences, wishes, tributes
        # (annotation notes 46).
        ("I would like to express my sympathy to the family.", False),
        ("We sincerely sympathise with everyone who lost a home.", False),
        ("Madam Chair, I rise today to honor a great teacher.", False),
        ("Congratulations to the whole team on a fine season.", False),
        # A report that someone expressed them is a claim.
        ("The minister expressed her sympathy to the family on Monday.", True),
        ("The club sent its congratulations to the champions.", True),
    ],
)
def test_claims_courtesy_in_a_speech_is_no_claim(rules, text: str, claim: bool) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Idioms of judgement as the main predicate (annotation notes 14).
        ("The decision makes sense for a small club.", False),
        ("The board has questions to answer over the stadium deal.", False),
        # A figure keeps the claim.
        ("The board has questions to answer over the 40 million loan.", True),
    ],
)
def test_claims_more_idioms_of_judgement(rules, text: str, claim: bool) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A letter's own frame: what the writer is doing, and its closing.
        ("I am writing to complain about the noise from the new road.", False),
        ("Yours sincerely, a commuter from the coast.", False),
        # A live page signing off (annotation notes 5).
        ("That's all from us on the count for tonight.", False),
        # The writer's judgement: scorn, disbelief, what a place needs.
        ("Shame on the board members who backed the sale.", False),
        ("It beggars belief that the bridge is still shut.", False),
        ("Our town needs a proper bus service.", False),
        ("The league needs more young players in its teams.", False),
        ("The striker is a genius with the ball at his feet.", False),
        ("The final episode was a huge disappointment.", False),
        # A figure or date makes the need or the verdict checkable.
        ("The hospital needs 300 more nurses, the board said.", True),
        ("The town needs a new bridge by 2030 under the flood plan.", True),
        ("She was a genius at the piano by the age of 6.", True),
    ],
)
def test_claims_letters_verdicts_and_needs_in_the_writers_voice(
    rules, text: str, claim: bool
) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A prediction of benefit in the writer's voice (annotation notes 44).
        ("The new cycle lanes will be helpful to families in the town.", False),
        ("The deal will pave the way for cheaper flights.", False),
        # A speaker saying what the speech turns to next (annotation notes 5).
        ("Let me turn to the question of housing.", False),
        ("Today I will speak about the state of our schools.", False),
        # A plan with a date stays a claim.
        ("The minister will speak about the budget on Tuesday in Leeds.", True),
    ],
)
def test_claims_benefits_speech_plans_and_praise(rules, text: str, claim: bool) -> None:
    assert _claims(rules, text) == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A speaker's reported feelings and verdicts (annotation notes 43).
        ("The coach said he was delighted with his young side.", False),
        ("She said she is so relieved at how calm the crowd was.", False),
        ("The director said the tour had been incredible.", False),
        ('"He is the best keeper I have ever worked with," the coach said.', False),
        ('"Honestly, I think we deserved a draw," said the manager.', False),
        # An event, a number or a date keeps the claim.
        ("The coach said he was delighted that the club signed two players.", True),
        ("She said she was thrilled to sell 40 paintings in a week.", True),
        ("Last week the tenants were shocked to receive a strange letter.", True),
        ("The mayor said there had been no credible threats to the parade.", True),
        (
            "The court ruled against the council, adding that this had been "
            "an unusual case.",
            True,
        ),
        # A tip under its label is a forecast (annotation notes 44).
        ("Prediction: Rovers 2-1 United.", False),
        ("Final score: Rovers 2-1 United.", True),
    ],
)
def test_claims_reported_feelings_verdicts_and_tips(
    rules, text: str, claim: bool
) -> None:
    assert _claims(rules, text) == [claim]
