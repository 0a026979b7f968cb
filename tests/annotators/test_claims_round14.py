"""Claims: lines that name a programme, open an event or forecast, not claims.

A broadcast's sign-on after a time check ("The time is 10:00 GMT, and this is
the Evening Bulletin.") names the programme and a moderator's "We will begin
with an opening statement" says what the event does next (annotation notes 5,
27). Each case is a sentence of our own.
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
        (
            "The time is 10:00 GMT on March 3, 2021, and this is the Evening Bulletin.",
            False,
        ),
        (
            "It is Monday, June 1, the time is 18:00 BST, and this is City Radio.",
            False,
        ),
        (
            "From Northgate, the town's own station, this is the Morning Report "
            "for Friday, May 2.",
            False,
        ),
        # An event before "this is" is what the sentence tells.
        ("He was born in Leeds in 1950, and this is Leeds United.", True),
        # The name must close the sentence (or be followed by a date).
        (
            "The mayor is away, and this is Northgate's first budget without her.",
            True,
        ),
    ],
)
def test_claims_closing_sign_on(analyzer: Analyzer, text: str, claim: bool) -> None:
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Today, we will focus on schools, housing and the new tram line.", False),
        ("We will begin with an opening statement from the chair.", False),
        ("We're taking a look back at the season when the Rovers won the cup.", False),
        (
            "Therefore, today we will also speak at length about the city's future.",
            False,
        ),
        # A plan is a claim: the announcement frames name the talk's own agenda.
        ("We will focus on schools and housing in the next budget.", True),
        ("Crews will begin dredging the harbour in May.", True),
    ],
)
def test_claims_event_opening(analyzer: Analyzer, text: str, claim: bool) -> None:
    """A speaker or moderator saying what the event or page does next
    (annotation notes 5, 27) is no claim."""
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Further votes are possible during Thursday's session of the council.", False),
        ("Showers will be possible along the coast tonight.", False),
        (
            "As the front moves east on Monday, heavy snow is possible in the hills.",
            False,
        ),
        (
            "Storms will also be possible in the hills, the valleys and the coast.",
            False,
        ),
        # Another clause after "possible" states a fact.
        (
            "Larger eruptions are possible, but they are rarer and occur less often.",
            True,
        ),
        ("Larger eruptions are possible and have happened twice this century.", True),
        # An event told first.
        ("Snow fell on Monday and more is possible.", True),
    ],
)
def test_claims_possibility_forecast(
    analyzer: Analyzer, text: str, claim: bool
) -> None:
    """What "is possible" later, in the outlet's voice, is a forecast
    (annotation notes 44), not a claim."""
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("Our immediate thoughts are with the families of those who died.", False),
        (
            "I'd like to take this opportunity to thank our volunteers for their "
            "hard work over the last two years.",
            False,
        ),
        (
            "Today, as the bells ring out across the city, we pause to honour those "
            "who served.",
            False,
        ),
        ("Thanks for coming over.", False),
        (
            "\u201cIt is a real privilege to have been elected to lead the council "
            "at this critical point,\u201d said Cllr. Lee.",
            False,
        ),
        (
            "First and foremost, it is a tremendous honor to have been appointed to "
            "the Editorial Board of the Harbour Review.",
            False,
        ),
        ("She said it is a great honour to have won the prize in 2019.", True),
        # Reported of a party, the thanks is an act the outlet reports.
        (
            "The mayor said she would like to take this opportunity to thank the "
            "volunteers who rebuilt 40 homes.",
            True,
        ),
    ],
)
def test_claims_thanks_and_sympathy(analyzer: Analyzer, text: str, claim: bool) -> None:
    """Thanks, sympathy and tribute lines (annotation notes 5, 46) are no claims."""
    assert [s.claim for s in _body(analyzer, text)] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        ("A summary of the council news in the week of 3 - 9 May.", False),
        (
            "Details about disruption to our services on 15 March due to industrial "
            "action and advice for visitors.",
            False,
        ),
        ("Videos of what's happening at the town hall.", False),
        # A verb makes it a clause that tells or reports.
        ("Details about the plan emerged on Friday.", True),
        (
            "A summary of the work by the council highlights the progress being made "
            "on housing.",
            True,
        ),
    ],
)
def test_claims_content_teaser(analyzer: Analyzer, text: str, claim: bool) -> None:
    """A noun phrase naming what the page carries is its own teaser, no claim
    (annotation notes 27)."""
    assert [s.claim for s in _body(analyzer, text)] == [claim]
