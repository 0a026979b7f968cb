"""Claims: hopes and sympathy, necessity, and a programme speaking about itself.

None asserts anything checkable (annotation notes 5, 14, 27, 43, 46); a
number, a date or a past event in the same sentence keeps the claim.
"""

from __future__ import annotations

import pytest

from reliability.annotators.claims import ClaimAnnotator
from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.registry import create
from reliability.segment import Segment


def _claim(text: str) -> FlagFinding:
    """The claim finding of a one-sentence text, with its attributions."""
    doc = Document(text=text, segments=[Segment(0, len(text))])
    doc.findings.extend(
        f
        for f in create("attribution").annotate(doc)
        if isinstance(f, AttributionFinding)
    )
    flags = {(f.layer, f.sentence): f for f in ClaimAnnotator().annotate(doc)}
    return flags[(Layer.CLAIM, 0)]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Hope, mourning, praise and thanks in the speaker's own verb.
        ("We hope the festival keeps its old charm.", False),
        ("We all mourn a kind neighbour and a gifted teacher.", False),
        ("I really appreciate everyone who stays late to help.", False),
        ("Looking back on the season, I congratulate the whole squad.", False),
        ("By working together, we hope to bring more visitors to the valley.", False),
        ('The mayor said: "We now hope for a calm and fair count."', False),
        ("\u201cWe applaud the council's patience with the residents.\u201d", False),
        # A checkable event, number or date keeps the claim (notes 46).
        ("We salute the crews who pulled 40 people from the river.", True),
        ("We mourn a neighbour who died in the fire on Sunday.", True),
        ("We hope to open the second clinic in March.", True),
        # Someone else's hope is reported, and the verb is no sentiment.
        ("The club hopes the stadium will be full.", True),
        ("We welcomed 300 runners to the race last year.", True),
    ],
)
def test_claims_own_hope_or_sympathy_is_no_claim(text: str, claim: bool) -> None:
    finding = _claim(text)
    assert finding.value is claim
    if not claim:  # an opening phrase of thanks is the older phatic frame
        assert finding.rule in ("features:feeling", "features:phatic")


@pytest.mark.parametrize(
    "text, claim",
    [
        # A programme's opening lines and a presenter's sign-on.
        ("Today on Harbour Radio: we look back at a week of storms.", False),
        ("I'm Jo Lee and this is the Evening Bulletin.", False),
        ("I'm Sergeant Ann Roe with your weekly base update.", False),
        # An interview series introducing its guest.
        ("In this week's episode, we speak with a beekeeper from Kent.", False),
        ("We talk to the captain of the rescue ship.", False),
        # A page pointing at what it prints.
        ("Full text of the mayor's address to the council.", False),
        ("Here is my first question.", False),
        ("This week's digest includes a new survey of river birds.", False),
        # Not the page speaking about itself.
        ("Today on the river, police found a body: a man in his forties.", True),
        ("I'm told the bridge closed on Monday.", True),
        ("This issue has divided the council since 2019.", True),
        ("We spoke with the captain, who confirmed the ship sank.", True),
    ],
)
def test_claims_programme_speaking_about_itself_is_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim(text).value is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # What is needed, as "must" says it: a prescription.
        ("More volunteers are needed to clear the beaches.", False),
        ("It is essential to act before the first frost.", False),
        ("A clean river is also vital for the town's fishing trade.", False),
        ("Stronger sea walls are urgently necessary to protect the harbour.", False),
        # A count, a date, a report, or another clause keeps the claim.
        ("Sixty votes are needed to end a debate in the Senate.", True),
        ("The mayor said more staff are needed for the new clinic.", True),
        ("The vital supplies reached the village on Monday.", True),
        ("Aid that was needed for the winter arrived late.", True),
    ],
)
def test_claims_what_is_needed_is_no_claim(text: str, claim: bool) -> None:
    finding = _claim(text)
    assert finding.value is claim
    if not claim:
        assert finding.rule == "features:prescription"


@pytest.mark.parametrize(
    "text, claim",
    [
        # A judging noun or adjective as the main predicate.
        ("It is a fitting tribute to the old harbour master.", False),
        ("This is a paradox of modern farming.", False),
        ("It's tough being away from home at harvest time.", False),
        ("Winning the cup is a great achievement for a village club.", False),
        ("It was a privilege to sing with them.", False),
        # The same words beside an event, a number or a date.
        ("The town paid tribute to the harbour master on Sunday.", True),
        ("The club's 40-year achievement was recorded in 2019.", True),
    ],
)
def test_claims_judging_noun_as_predicate_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text).value is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Frames that offer what follows as the speaker's view.
        ("It seems to me that the two sides want different things.", False),
        ("As far as I can tell, the plan is to wait for spring.", False),
        ("It is fair to say that the merger has not gone smoothly.", False),
        ("It would be no exaggeration to say that the river shapes the town.", False),
        ("I'd say the crowd was the loudest of the season.", False),
        ("I don't remember a colder opening night.", False),
        # The same words reporting a fact, or with no speaker's frame.
        ("It seems the bridge closed on Monday after the storm.", True),
        ("As far as we know, three people were hurt in the fire.", True),
    ],
)
def test_claims_frame_offering_a_view_is_no_claim(text: str, claim: bool) -> None:
    assert _claim(text).value is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The condolence itself is no claim; a report that it was offered is.
        ("Our sincere condolences go to the families of the crew.", False),
        ("The minister expressed condolences to the families of the crew.", True),
        ("She also offered congratulations to the winning team.", True),
    ],
)
def test_claims_reported_condolence_is_a_claim(text: str, claim: bool) -> None:
    assert _claim(text).value is claim
