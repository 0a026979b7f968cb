"""Claims and unsourced claims: sentence features, quotations, attributions."""

from __future__ import annotations

import pytest

from reliability.annotators.claims import ClaimAnnotator
from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.schema import SourceType
from reliability.segment import Segment, split_sentences


@pytest.mark.parametrize(
    "text, claim",
    [
        # Events, numbers, states and stated positions are claims.
        ("The Taliban captured Kabul on August 15.", True),
        ("Tajiks make up around 40% of the population.", True),
        ("Tajikistan is a member of the CSTO.", True),
        ('"We will fight to the very last," the commander said.', True),
        ("The group says they want to be left alone, but will push back.", True),
        ("While the NRF had vowed to resist, it is unclear if they have food.", True),
        ("It will all become clear at the summit in Dushanbe next week.", True),
        # Questions, speculation, musings, predictions and assessments are not.
        ("So what is happening in the valley, and should they be worried?", False),
        ("Perhaps they were waiting for the last soldier to leave.", False),
        ('"Perhaps they were waiting for us to leave," said a fighter.', False),
        ("It remains unclear if the threat to leave the valley is credible.", False),
        ('"It is interesting whether delegates will come," an expert said.', False),
        ('"They cannot fight back, they will be killed," one soldier said.', False),
        (
            "The resistance \u2013 right at the capital \u2013 is a blow to unity.",
            False,
        ),
        ("In this article we look at the history of the valley.", False),
        ("Fighting continues.", False),
    ],
)
def test_claims_flags_checkable_sentences(text: str, claim: bool) -> None:
    # The claim rules, with the attributions they read; the shipped sentence
    # model's vetoes are retrained with the corpus and measured by
    # benchmarks/accuracy.py and tests/test_models.py, not pinned here.
    import reliability

    report = reliability.Analyzer(disable=["models"]).analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Evaluative predicates with nothing checkable: assessments.
        ("\u201cIt\u2019s a lovely town to grow old in.\u201d", False),
        ('"And the queues are horrible," she said.', False),
        ("Frankly, this budget is pretty alarming.", False),
        ("There isn't one sensible proposal in it.", False),
        ("The plan looks credible but lacks detail.", False),
        ("The old harbour is truly iconic.", False),
        ("Their support has been invaluable.", False),
        ("The youth vote could be decisive in a tight race.", False),
        ("The recovery may prove to be a transient blip.", False),
        ("LONDON \u2013 It is never a boring week in parliament.", False),
        # Generic statements with a subjective word and no name, number or date.
        ("Nobody enjoys paying more tax.", False),
        ("Good intentions do not fill potholes.", False),
        ("Forming a government will not be easy.", False),
        # First-person feelings, rhetorical frames, fragments.
        ("\u201cI mean, nobody wants another election.\u201d", False),
        ('"I\u2019m honestly afraid of what comes next," he said.', False),
        ("Call it the politics of grievance.", False),
        ("Talk about bad timing.", False),
        ("Someone hinting that the mayor had lied.", False),
        ("Or his promise that taxes would fall.", False),
        ("Here\u2019s part of the speech:", False),
        # A checkable core keeps an evaluative sentence a claim.
        ("The army shelled the town on Monday, a brutal act.", True),
        ("It was a terrible year: 40 people died in the floods.", True),
        # A subject noun phrase that describes an event is an aside (call 20).
        ("The council's decision to close the library was a disaster.", False),
        # A stated position reported from a named party is a claim (call 20).
        ("The plan is a disaster, the mayor said.", True),
        # Present-tense statements with no subjective word stay claims.
        ("The panel is chaired by a retired judge.", True),
        ("Schools in coastal towns have the highest vacancy rates.", True),
        ("Some towns have no bank branch left.", True),
        ("The bridge remains closed to traffic.", True),
    ],
)
def test_claims_skips_subjective_sentences(analyzer, text: str, claim: bool) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


@pytest.mark.parametrize(
    "text, unsourced",
    [
        ("The Taliban captured Kabul on August 15.", [True]),
        ("The army said it had killed 30 fighters.", [False]),
        ("According to officials, 30 fighters were killed.", [False]),
        # A question is not a claim, so not an unsourced claim either.
        ("Will the army retake the valley before winter?", [False]),
        # Sourcing does not carry over from a neighbouring sentence (call 21).
        (
            "The army said it killed 30 fighters. Talks took place in Doha.",
            [False, True],
        ),
    ],
)
def test_claims_unsourced_needs_no_attribution(
    analyzer, text: str, unsourced: list[bool]
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body] == unsourced


def _flags(doc: Document) -> dict[tuple[Layer, int], FlagFinding]:
    return {(f.layer, f.sentence): f for f in ClaimAnnotator().annotate(doc)}


def test_claims_reports_both_flags_for_every_body_sentence() -> None:
    text = "Troops entered the city on Monday. Was it planned? Nobody knows."
    doc = Document(text=text, segments=split_sentences(text))
    flags = _flags(doc)
    n = len(doc.segments)
    assert {key for key in flags} == {
        (layer, i) for layer in (Layer.CLAIM, Layer.UNSOURCED_CLAIM) for i in range(n)
    }
    assert all(0.0 <= f.confidence <= 1.0 for f in flags.values())
    assert flags[(Layer.CLAIM, 1)].value is False


def test_claims_continued_quotation_is_sourced() -> None:
    # Judgement call 22: a quotation sentence without its own attribution is
    # covered when the attribution annotator flags it as continuing a quote.
    text = '"We hold the pass," said Saleh. "We have 400 men in the valley."'
    segments = split_sentences(text)
    doc = Document(text=text, segments=segments)
    said = text.index("said")
    doc.findings.append(
        AttributionFinding(
            said, said + 4, said + 5, said + 10, SourceType.NAMED_PERSON, "test", 1.0
        )
    )
    doc.findings.append(FlagFinding(Layer.QUOTED, 1, True, "test", 1.0))
    flags = _flags(doc)
    assert flags[(Layer.UNSOURCED_CLAIM, 0)].value is False
    assert flags[(Layer.UNSOURCED_CLAIM, 1)].value is False
    assert flags[(Layer.UNSOURCED_CLAIM, 1)].rule == "sourced:quotation"
    assert flags[(Layer.CLAIM, 1)].value is True


def test_claims_without_quoted_flag_is_unsourced() -> None:
    text = "Troops entered the city on Monday."
    doc = Document(text=text, segments=split_sentences(text))
    flags = _flags(doc)
    assert flags[(Layer.CLAIM, 0)].value is True
    assert flags[(Layer.UNSOURCED_CLAIM, 0)].value is True


@pytest.mark.parametrize(
    "text, claim",
    [
        # Greetings, thanks, sympathy and tribute assert nothing checkable.
        ("Good morning, everyone, and thanks for coming.", False),
        ("Thank you all for being here this evening.", False),
        ("Our thoughts are with the families of the crew.", False),
        ("We are grateful to the volunteers who cleared the beach.", False),
        ("And I pay tribute to the lifeboat teams.", False),
        # The speaker or the text announcing what it does next.
        ("I will start by outlining three changes to the timetable.", False),
        ("I'll now turn the call over to the deputy mayor.", False),
        (
            "This week's leading stories include the port strike and a bus fare rise.",
            False,
        ),
        # A bare frame that introduces the next sentences.
        ("The harbour master said:", False),
        ("After the vote, the council issued this statement:", False),
        # Prescriptions in the writer's voice (annotation notes 14).
        ("Any new deal must protect the fishing grounds.", False),
        ("Now is the time to repair the sea wall.", False),
        ("Councils need to publish their repair backlogs.", False),
        # A checkable core or a source keeps the sentence a claim.
        ("The ferry company must pay 2 million pounds in fines.", True),
        ("The mayor said the council must cut its budget.", True),
        ("She thanked the crew after the rescue on Friday.", True),
        ("The welcome centre opened in March.", True),
        ("The theatre will welcome back audiences in March.", True),
        # A first-person obligation prescribes too (annotation notes 14:
        # "must choose" is a prescription, "we will fight" an intention).
        ("We must fix the roads before we build new ones.", False),
        ("We also need to repair the pier.", False),
        # The speaker's own intention is a position, not a prescription.
        ("We want to build homes, but first we must fix the roads.", True),
        ("We had to close the pier in 2019.", True),
    ],
)
def test_claims_skips_phatic_announcing_and_prescribing_sentences(
    analyzer, text: str, claim: bool
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


@pytest.mark.parametrize(
    "text, unsourced, rule",
    [
        # An attributed frame ending with a colon introduces what follows.
        (
            "The minister said:\n\nThe new line opened in 2019. It carries"
            " 40,000 riders a day.\n\nThe fares rose by 5% in 2023.",
            [False, False, False, False],
            "sourced:introduced",
        ),
        # In a transcript every turn has its speaker.
        (
            "JANE ROE: We finished the survey in May. It found 300 nests.\n\n"
            "JOHN DOE: The count fell in 2022.",
            [False, False, False],
            "sourced:speaker-label",
        ),
        # A quotation opened in an attributed sentence runs on to a new
        # paragraph that reopens it.
        (
            "The warden said: \u201cWe counted 300 nests in May.\n\n"
            "\u201cThe count fell by half in 2022.\u201d",
            [False, False],
            "sourced:open-quotation",
        ),
        (
            # A release's frame names the occasion after "statement"; the
            # frame is attributed itself ("issued the following statement"
            # is the cue), and it introduces the quotation below it.
            "The senator issued the following statement on the vote in the "
            "committee today:\n\u201cThe plan cuts school meals for ten "
            "million children.\u201d",
            [False, False],
            "sourced:introduced",
        ),
    ],
)
def test_claims_speech_introduced_elsewhere_is_sourced(
    analyzer, text: str, unsourced: list[bool], rule: str
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body] == unsourced
    doc = Document(text=text, segments=split_sentences(text))
    doc.findings.extend(
        f for f in _attributions(text) if isinstance(f, AttributionFinding)
    )
    rules = {f.rule for f in ClaimAnnotator().annotate(doc)}
    assert rule in rules


def _attributions(text: str) -> list[AttributionFinding]:
    from reliability.registry import create

    doc = Document(text=text, segments=split_sentences(text))
    annotator = create("attribution")
    return [f for f in annotator.annotate(doc) if isinstance(f, AttributionFinding)]


def test_claims_transcript_turn_runs_to_the_next_label(analyzer) -> None:
    text = (
        "The survey team met in 2024 in the town hall.\n\n"
        "JANE ROE: We finished the survey in May.\n\n"
        "The team counted 300 nests.\n\n"
        "JOHN DOE: The count fell in 2022.\n\n"
        "Image: A nest on the cliffs in June."
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body][:4] == [True, False, False, False]


def test_claims_running_quotation_ends_with_an_unquoted_paragraph(analyzer) -> None:
    text = (
        "The warden said: \u201cWe counted 300 nests in May.\n\n"
        "The reserve opened in 1990."
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body] == [False, True]


def test_claims_unsourced_sentence_after_an_unattributed_colon_stays_unsourced(
    analyzer,
) -> None:
    text = "Here are the figures for the year:\n\nThe line carried 9 million riders."
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert body[-1].unsourced_claim is True


@pytest.mark.parametrize(
    "text, claim",
    [
        # Predictions of effect and hedged predictions in the writer's voice.
        ("The new depot will greatly improve bus links in the valley.", False),
        ("The scheme would help unlock private investment in ports.", False),
        ("The death toll is likely to rise.", False),
        ("The dispute may well drag on into the summer.", False),
        ("The new ferry will make a real difference to island life.", False),
        # Speaker turns with nothing after the label.
        ("JANE ROE: Yes, gold.", False),
        # Interview summaries and spoken agendas announce what follows.
        ("She also talks about her years on the national team.", False),
        ("Today, we will talk about the new rail timetable.", False),
        # Plans, pledges and dated events stay claims.
        ("The depot will open to buses on Monday.", True),
        ("The ferry will make a stop at the island on Monday.", True),
        ("We will improve the timetable, the operator said.", True),
        ("Ticket sales are likely to top 2 million, organisers said.", True),
    ],
)
def test_claims_skips_predictions_of_effect_and_speculation(
    analyzer, text: str, claim: bool
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


def test_claims_frame_kinds_are_known() -> None:
    from reliability.annotators.claims.lexicon import _FRAME_KINDS
    from reliability.resources import load_lexicon

    kinds = set(load_lexicon("claim_frames").entries.values())
    assert kinds <= _FRAME_KINDS


def test_claims_one_word_credits_are_not_speaker_labels(analyzer) -> None:
    text = (
        "Update: The road reopened on May 2.\n\n"
        "Image: A view of the bridge.\n\n"
        "The bridge opened in 1990 after a long delay."
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert body[-1].unsourced_claim is True


def test_claims_briefing_with_one_greeting_turn_is_a_transcript(analyzer) -> None:
    # A press briefing: one speaker greets the room and talks on; the
    # questions come later.
    text = (
        "The council published its annual report in 2024.\n\n"
        "MS. JANE ROE: Good morning, everyone.\n\n"
        "The council repaired 40 bridges last year.\n\n"
        "It opened two new depots in March."
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body] == [True, False, False, False]


def test_claims_labels_on_furniture_alone_make_no_transcript() -> None:
    # "Photo Credit: ..." and "Key Facts: ..." look like labels, but on
    # furniture only they open no turn in the body.
    from reliability.annotators.speech import turn_labels
    from reliability.segment import Segment

    text = (
        "Photo Credit: Jane Roe\n\n"
        "The reserve counted 300 nests in May.\n\n"
        "Key Facts: The reserve opened in 1990."
    )
    segments = [
        Segment(s.start, s.end, boilerplate=i != 1)
        for i, s in enumerate(split_sentences(text))
    ]
    doc = Document(text=text, segments=segments)
    assert turn_labels(doc) == []
    unsourced = [
        f.value
        for f in ClaimAnnotator().annotate(doc)
        if f.layer is Layer.UNSOURCED_CLAIM
    ]
    assert unsourced == [True]


def test_claims_turn_labels_count_a_greeting_cut_off_as_furniture() -> None:
    from reliability.annotators.speech import turn_labels
    from reliability.segment import Segment

    text = (
        "MR. JOHN DOE: Good afternoon.\n\n"
        "MR. JOHN DOE: Thanks for coming.\n\n"
        "The depot opened in May."
    )
    segments = split_sentences(text)
    # The greeting turn is taken for furniture; the second label is body.
    first = segments[0]
    segments = [
        Segment(first.start, first.end, boilerplate=True),
        *segments[1:],
    ]
    doc = Document(text=text, segments=segments)
    assert turn_labels(doc) == [0, 1]


def test_claims_statement_introduced_without_a_reporting_verb_is_sourced(
    analyzer,
) -> None:
    # "released this statement:" names no reporting verb, yet what follows
    # is the statement (annotation notes 15).
    text = (
        "After the floods, the mayor released this statement:\n\n"
        "The city opened four shelters on Monday. Crews cleared 30 roads."
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body][1:] == [False, False]


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A telephone briefing: the host hands the floor to a named speaker.
        (
            "Thanks for joining the call today. I will now turn the call over"
            " to Dr. Jane Roe.\n\nThe agency counted 300 cases in May. The count"
            " fell in June.",
            [False, False],
        ),
        # Evidence handed to the police is no hand-over of the floor.
        (
            "The guard found the bag and had to turn it over to the police.\n\n"
            "The station counted 300 thefts in May. The count fell in June.",
            [True, True],
        ),
    ],
)
def test_claims_speech_after_a_hand_over_is_the_next_speakers(
    analyzer, text: str, unsourced: list[bool]
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body][-2:] == unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # Sympathy and congratulation in a statement (annotation notes 5).
        ("My wife and I are deeply saddened by the death of the poet.", False),
        ("We congratulate the rowing team on a superb season.", False),
        ("I want to thank the firefighters for their courage.", False),
        # A briefing or a daily page announcing itself.
        ("We are joined by the chief engineer and the harbour master.", False),
        ("Today's update will be the last of the weekly bulletins.", False),
        ("Today's coverage includes the ferry strike and a new bypass.", False),
        # Sweeping rankings with a modal: "few" counts no one.
        ("Few coastlines can rival the beauty of the western isles.", False),
        ("Few critics will ever match her wit.", False),
        # Opinions offered as such, rhetorical imperatives, prescriptions.
        ("You could say the season was a letdown.", False),
        ("I just don't think the plan adds up.", False),
        ("Imagine a city where every bus runs on time.", False),
        ("It's time to rebuild the old pier.", False),
        # Counted or reported, they stay claims.
        ("Few voters turned out in the rain on Tuesday.", True),
        ("Few homes will get the grant, the council said.", True),
        ("Residents are saddened, a survey of 400 people found.", True),
    ],
)
def test_claims_skips_feelings_rankings_and_offered_opinions(
    analyzer, text: str, claim: bool
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


def test_claims_straight_quoted_paragraph_runs_on_after_its_speaker(analyzer) -> None:
    # Straight marks do not say which way they face: an odd one in a
    # covered sentence opens the quotation, the next odd one closes it.
    text = (
        "The warden spoke by phone from the reserve.\n\n"
        'The warden said the storm hit at dawn. "The dunes are gone.'
        " The count fell to 300 nests."
        ' Half the chicks died in May." The reserve opened in 1990.'
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body][-4:] == [False, False, False, True]


@pytest.mark.parametrize(
    "text, claim",
    [
        # The only event lies in the clause the evaluation introduces.
        ("The new law is a sad sign that the council ignored the protests.", False),
        ("The raids are a grim reminder that the old feud never ended.", False),
        # An event of its own, a number, or a source keeps it a claim.
        ("The fire was a tragedy, and it destroyed the town.", True),
        ("The law is a sad sign that 40 clinics closed.", True),
        ("The law is a sad sign that clinics closed, the union said.", True),
    ],
)
def test_claims_evaluation_of_a_subordinate_event_is_no_claim(
    analyzer, text: str, claim: bool
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


def test_claims_handing_evidence_over_is_a_claim(analyzer) -> None:
    # "turn it over to" hands the floor over only before a named speaker.
    report = analyzer.analyze("He had to turn it over to police.")
    assert [s.claim for s in report.sentences if not s.boilerplate] == [True]


@pytest.mark.parametrize(
    "text, unsourced",
    [
        # A quotation whose speaker the next sentence names is covered
        # (annotation notes 15), over all the sentences of the quotation.
        (
            "The council met on Monday. It voted 5-4 to sell the site.\n\n"
            "\u201cThe mill closed in 2019. The town lost 800 jobs.\u201d\n\n"
            "The mayor said this on Monday at the hearing.",
            [True, False, False, False],
        ),
        # A sentence pointing back at the quotation with a reporting word.
        (
            "The council met on Monday. It voted 5-4 to sell the site.\n\n"
            '"The mill closed in 2019." These are the words the mayor wrote'
            " in a letter in May.",
            [True, False, True],
        ),
        # A long sentence with a source of its own says something new.
        (
            "The council met on Monday. It voted 5-4 to sell the site.\n\n"
            "\u201cThe mill closed in 2019.\u201d\n\nMeanwhile, the union"
            " leader insists that the town will win the appeal in the high"
            " court next year.",
            [True, True, False],
        ),
        # Nothing after the quotation names a speaker: it stays unsourced.
        (
            "The council met on Monday. It voted 5-4 to sell the site.\n\n"
            "\u201cThe mill closed in 2019.\u201d\n\nThe town lost 800 jobs in"
            " 2020.",
            [True, True, True],
        ),
        # A quotation that ends inside its sentence is that sentence's own.
        (
            "The council met on Monday. It voted 5-4 to sell the site.\n\n"
            "\u201cThe mill closed\u201d in 2019, after the flood.\n\nThe mayor"
            " said on Monday that the town would recover.",
            [True, True, False],
        ),
    ],
)
def test_claims_quotation_attributed_by_the_next_sentence_is_sourced(
    analyzer, text: str, unsourced: list[bool]
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    # The first line is read as a headline.
    assert [s.unsourced_claim for s in body] == unsourced


@pytest.mark.parametrize(
    "text, claim",
    [
        # An idiom of judgement as the main predicate: an evaluation.
        ("The governor deserves credit for acting quickly.", False),
        ("The new rule is long overdue.", False),
        ("Their housing plan makes no sense.", False),
        ("The new rule is a step in the right direction.", False),
        ("The judges got this one right.", False),
        # Clichés of praise in releases and features.
        ("Her kitchen team is second to none.", False),
        ("The new coach has his work cut out for him.", False),
        # Reported, it is the speaker's stated position (call 20).
        ("Critics called the new rule a step backwards.", True),
        # An event told before the idiom, or a number, keeps the claim.
        ("Troops shelled the port, which makes no sense.", True),
        ("The law deserves credit for cutting waits by 30 percent.", True),
    ],
)
def test_claims_idiom_of_judgement_is_no_claim(
    analyzer, text: str, claim: bool
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


@pytest.mark.parametrize(
    "text, claim",
    [
        # The outlet telling its reader what it offers (annotation notes 5).
        ("We have a list of the best walks near the city for you.", False),
        ("If you are new to the area, we have a guide to the buses for you.", False),
        ("As ever, we're sharing the stories you might have missed.", False),
        # A number or date, a source, or a quotation keeps the claim.
        ("We told readers last week that the depot would close.", True),
        ("We sent you 3 surveys, and you answered all of them.", True),
        ('"We will find you a home," the housing officer said.', True),
        # "If you will", "as you know": no reader addressed.
        ("We closed the depot, if you will, out of caution.", True),
        # An event told first stays a claim.
        ("We met the mayor and asked if you could park there.", True),
        # Imperatives in the writer's voice; "Let me" frames the speaker's own.
        ("Let me point out that the depot closed in May.", True),
        ("Expect more of the same from the central bank.", False),
        # A quoted title opening the sentence is no imperative.
        ("\u201cStay Close\u201d opened at the city theatre in May.", True),
        ('"Stay close to your family," the mayor said.', False),
        # A directive that introduces a fact keeps it.
        ("Keep in mind that the depot closed in May.", True),
        ("Consider that the council sold the site in May.", True),
        # Calls to action the segmenter left in the body.
        ("Get the morning briefing in your inbox every weekday.", False),
        ("Send your questions about the new tax to the newsroom.", False),
        ("Stay with the live page for results from every county.", False),
    ],
)
def test_claims_address_to_the_reader_is_no_claim(text: str, claim: bool) -> None:
    # The rules alone: the sentence model may still withdraw a claim. One body
    # sentence, whatever the segmenter makes of a line of chrome-like text.
    doc = Document(text=text, segments=[Segment(0, len(text))])
    assert _flags(doc)[(Layer.CLAIM, 0)].value is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The article speaking about itself (annotation notes 5).
        ("This article was first published in the spring.", False),
        ("This story is part of a series on rural schools.", False),
        ("We'll update this page as the count goes on.", False),
        ("The views expressed here are the writer's alone.", False),
        # A report under discussion is no self-reference.
        ("This report found that rents rose by 8 percent.", True),
        ("The article was withdrawn by the journal in May.", True),
    ],
)
def test_claims_article_about_itself_is_no_claim(text: str, claim: bool) -> None:
    # One body sentence, whatever the segmenter makes of a publication note.
    doc = Document(text=text, segments=[Segment(0, len(text))])
    assert _flags(doc)[(Layer.CLAIM, 0)].value is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The speaker's feeling about what they do, nothing checkable.
        ("We are excited to bring the new menu to our guests.", False),
        ("I'm proud to be part of this crew.", False),
        ('"We are delighted to support the club," the owner said.', False),
        # News announced, a name or a number keeps the claim.
        ("We are pleased to announce that the bakery will reopen.", True),
        ("We're thrilled to welcome Jane Roe as our new head coach.", True),
        ("We are proud to have planted 5,000 trees this year.", True),
        # An act announced with a feeling: the act is the news.
        ("I'm proud to endorse her for mayor.", True),
    ],
)
def test_claims_feeling_of_the_speaker_is_no_claim(text: str, claim: bool) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    assert _flags(doc)[(Layer.CLAIM, 0)].value is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Judgements of opinion columns and reviews as the main predicate.
        ("The minister is a coward.", False),
        ("Their defence was simply woeful.", False),
        ("This whole exercise is futile.", False),
        # Reported, it is a stated position (call 20).
        ("The union called the rules draconian.", True),
    ],
)
def test_claims_judgement_of_a_column_is_no_claim(text: str, claim: bool) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    assert _flags(doc)[(Layer.CLAIM, 0)].value is claim


@pytest.mark.parametrize(
    "text, unsourced, claims",
    [
        # An embedded post: its signature names who wrote the line above it
        # (annotation notes 6) and is itself no claim.
        (
            "The mayor answered on Tuesday night.\n\nThe depot closed in 2019."
            " It cost 400 jobs.\n\u2014 Jane Roe (@janeroe) May 5, 2023\n\n"
            "The council met on Monday.",
            [True, False, False, False, True],
            [True, True, True, False, True],
        ),
        (
            "The mayor answered on Tuesday night.\n\nThe depot closed in 2019.\n"
            "A post shared by Jane Roe (@janeroe)",
            [True, False, False],
            [True, True, False],
        ),
        # An embed that keeps a blank line between the post and its signature.
        (
            "The mayor answered on Tuesday night.\n\nThe depot closed in 2019.\n"
            "\n\u2014 Jane Roe (@janeroe) May 5, 2023\n\nThe council met on Monday.",
            [True, False, False, True],
            [True, True, False, True],
        ),
        # A signature that does not open its line signs nothing above it.
        (
            "The mayor answered on Tuesday night.\n\nThe depot closed in 2019.\n"
            "The site was sold. \u2014 Jane Roe (@janeroe) May 5, 2023",
            [True, True, True, False],
            [True, True, True, False],
        ),
        # A signature the page glued to the next sentence leaves it a claim.
        (
            "The mayor answered on Tuesday night.\n\nThe depot closed in 2019.\n"
            "\u2014 Jane Roe (@janeroe) May 5, 2023 Later that day, the council"
            " sold the site.",
            [True, False, True],
            [True, True, True],
        ),
        # A dash line without a handle signs nothing.
        (
            "The mayor answered on Tuesday night.\n\nThe depot closed in 2019.\n"
            "\u2014 The council voted on Monday to sell the site.",
            [True, True, True],
            [True, True, True],
        ),
    ],
)
def test_claims_post_signed_below_is_sourced(
    text: str, unsourced: list[bool], claims: list[bool]
) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    flags = _flags(doc)
    n = len(doc.segments)
    got = [flags[(Layer.CLAIM, i)].value for i in range(n)]
    assert got == claims
    # The pipeline ANDs the unsourced flag with the claim flag.
    assert [
        flags[(Layer.UNSOURCED_CLAIM, i)].value and got[i] for i in range(n)
    ] == unsourced


@pytest.mark.parametrize(
    "text, claims",
    [
        # A short line with no end mark heads a section (call 6).
        (
            "The council voted on Monday to close the depot.\n\nWhy the vote"
            " matters\n\nThe depot employs 400 people.",
            [True, False, True],
        ),
        # List items and a last line cut off mid-sentence are no headings;
        # a plan's lead-in is a claim as its items are (annotation notes D19).
        (
            "The station will get:\n\u2022 storage for 200 bicycles\n\u2022 a"
            " new rank for 40 taxis\n\nThe work starts in May.",
            [True, True, True, True],
        ),
        (
            "The council voted on Monday to close the depot.\n\nThe union says"
            " it has sent letters to every member,",
            [True, True],
        ),
        # A line cut out of a paragraph, or counting, is no heading either.
        (
            "The council voted on Monday.\n\nand the mayor who has\n\nThe"
            " depot closed in 2019.",
            [True, True, True],
        ),
        (
            "The council voted on Monday.\n\nGive up driving for two years\n\n"
            "The depot closed in 2019.",
            [True, True, True],
        ),
        # A line with a figure is a list item, not a heading.
        (
            "The council voted on Monday.\n\nWould raise about $2 billion over"
            " ten years\n\nThe depot closed in 2019.",
            [True, True, True],
        ),
        # A line that ends with its end mark is a sentence.
        (
            "The council voted on Monday.\n\nThe depot closed in 2019.\n\nIt"
            " employed 400 people.",
            [True, True, True],
        ),
    ],
)
def test_claims_crosshead_is_no_claim(text: str, claims: list[bool]) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    flags = _flags(doc)
    assert [flags[(Layer.CLAIM, i)].value for i in range(len(doc.segments))] == claims


def test_claims_transcript_turn_without_end_mark_is_no_crosshead() -> None:
    text = "JANE ROE: We counted 300 nests in May\nJOHN DOE: Then it fell."
    first = text.index("\n")
    doc = Document(
        text=text,
        segments=(Segment(0, first), Segment(first + 1, len(text))),
    )
    assert _flags(doc)[(Layer.CLAIM, 0)].rule != "features:crosshead"


@pytest.mark.parametrize(
    "text, claim, rule",
    [
        # A commentator's reported evaluation or prediction is not a claim
        # (judgement call 20, annotation notes 14 and 43) ...
        (
            "According to some analysts, the plan is doomed.",
            False,
            "features:reported-assessment",
        ),
        (
            "An analyst said the talks would be futile.",
            False,
            "features:reported-assessment",
        ),
        (
            "An expert said the new clinic will complement existing services.",
            False,
            "features:reported-prediction",
        ),
        # ... while a party's own stated position or intention is one,
        ("She said she will resign.", True, "features:assertion"),
        ("The union said it will strike on Monday.", True, "features:assertion"),
        ("Officials said the bridge was closed for repairs.", True, None),
        # and so is what a document finds.
        ("A new survey found that most farms are profitable.", True, None),
    ],
)
def test_claims_reported_evaluation_is_not_a_claim(
    text: str, claim: bool, rule: str | None
) -> None:
    doc = Document(text=text, segments=split_sentences(text))
    doc.findings.extend(_attributions(text))
    flags = [
        f
        for f in ClaimAnnotator().annotate(doc)
        if isinstance(f, FlagFinding) and f.layer is Layer.CLAIM
    ]
    assert [f.value for f in flags] == [claim]
    if rule is not None:
        assert flags[0].rule == rule


@pytest.mark.parametrize(
    "text, claim",
    [
        # A broadcast handing over to its reporter announces the report
        # (annotation notes 5) ...
        ("Sam Okafor has more.", False),
        ("From the harbour, Sam Okafor has more on the strike.", False),
        ("Lina Berg reports.", False),
        ("Lina Berg has details.", False),
        # ... but a holding, a figure or a reported fact is checkable.
        ("The library has more than 300 maps.", True),
        ("The agency has the details on file.", True),
        ("Lina Berg reports that the ferry was cancelled.", True),
    ],
)
def test_claims_story_hand_over_is_no_claim(text: str, claim: bool) -> None:
    doc = Document(text=text, segments=[Segment(0, len(text))])
    doc.findings.extend(_attributions(text))
    assert _flags(doc)[(Layer.CLAIM, 0)].value is claim


def _claim_rule(text: str) -> tuple[bool, str]:
    """The claim flag and rule of a one-sentence text, with its attributions."""
    doc = Document(text=text, segments=[Segment(0, len(text))])
    doc.findings.extend(_attributions(text))
    flag = _flags(doc)[(Layer.CLAIM, 0)]
    return flag.value, flag.rule


@pytest.mark.parametrize(
    "text, claim",
    [
        # A broadcast's sign-on names the programme (annotation notes 5, 27) ...
        ("From Nairobi, this is the morning bulletin.", False),
        ("From our studio in Lyon, this is World Tonight.", False),
        ("Hello, I'm Priya Nair.", False),
        ("Hello again from the county fairground near Ashford.", False),
        ("Greetings from the lakeside campsite where the rally starts.", False),
        # ... a greeting that goes on to tell of an event does not,
        ("Hello, I'm talking to a rower who won gold in Tokyo.", True),
        # and a sentence that only starts like one is no sign-on.
        ("From 2019 on, this is the rule for every ferry.", True),
        ("From the start, the council opposed the new runway.", True),
    ],
)
def test_claims_broadcast_sign_on_is_no_claim(text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The text pointing at what comes next, or at itself (notes 5, 27).
        ("The following is a statement from the harbour master on the storm.", False),
        ("The following are the main points of the new plan.", False),
        ("This blog will be updated as the count goes on.", False),
        ("This report covers events from March 2 to March 9.", False),
        ("We speak to a nurse who runs the night shift at the clinic.", False),
        ("Today is Tuesday, the fourth of June.", False),
        # A report of what someone else's report found stays a claim.
        ("The report covers 40 towns and found rising rents.", True),
        ("We spoke to the nurse, who said the clinic had closed.", True),
    ],
)
def test_claims_text_pointing_at_itself_is_no_claim(text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Thanks, congratulations and tributes of a statement (notes 46) ...
        ("On behalf of the board, I thank every volunteer for their work.", False),
        ("The government congratulates the new mayor on her victory.", False),
        ("Today, we join in honouring the nurses of the city.", False),
        # ... but a report of them is a claim.
        ("The mayor thanked the volunteers at a ceremony on Friday.", True),
        ("The government congratulated the new mayor on Monday.", True),
    ],
)
def test_claims_thanks_and_congratulations_are_no_claim(text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim, rule",
    [
        # A forecast in the outlet's voice (annotation notes 44) ...
        ("Prices are expected to rise again in the spring.", False, "forecast"),
        ("Thousands of fans are expected to gather at the stadium.", False, None),
        ("The new rule is now expected to cover small firms too.", False, None),
        ("Officials say the ferry is expected to resume service.", False, None),
        # ... but an event told first, a past expectation, or a plan is a claim.
        ("Work began in May and is expected to last a year.", True, None),
        ("The team was expected to win the cup last season.", True, None),
        ("The ferry will resume service on Monday.", True, None),
    ],
)
def test_claims_forecast_is_no_claim(text: str, claim: bool, rule: str | None) -> None:
    value, found = _claim_rule(text)
    assert value is claim
    if rule is not None:
        assert found == f"features:{rule}"


@pytest.mark.parametrize(
    "text, claim",
    [
        # A source naming or describing something with a judgement (notes 43) ...
        ("The senator called the bill a shameful waste of money.", False),
        ("The coach described the defeat as awful and reckless.", False),
        # ... but a call for something, a description with a fact, or an
        # event told before the naming verb is a claim.
        ("The senator called for a vote on the bill.", True),
        ("Police described the suspect as a man in his 40s.", True),
        (
            "The ferry sank in May, and the mayor called the rescue a heroic effort.",
            True,
        ),
    ],
)
def test_claims_reported_naming_evaluation_is_no_claim(text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Judging a step, a stage or a commitment (annotation notes 14) ...
        ("This is part of the council's ongoing commitment to clean air.", False),
        ("The new law marks the next stage in the reform of the courts.", False),
        ("The deal is an important step towards lower prices.", False),
        # ... but an event or a figure keeps the sentence a claim.
        ("The minister reaffirmed her commitment to the project on Monday.", True),
        ("The deal is an important step: it cuts fares by 20 percent.", True),
    ],
)
def test_claims_judging_a_step_or_commitment_is_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        ("I wish I could have stayed for the final.", False),
        ("Now imagine a city where nobody owns a car.", False),
        ("I wish to inform members that the hall was sold.", True),
        ("Now the city has 40 new buses.", True),
    ],
)
def test_claims_wish_and_imperative_after_a_connective_are_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim_rule(text)[0] is claim


def test_claims_statement_after_a_long_following_frame_is_sourced(analyzer) -> None:
    # "The following is a statement from ...:" points forward from its first
    # words, however long the occasion it names (annotation notes 15).
    text = (
        "The following is a statement from the harbour master on the storm that "
        "struck the coast on Sunday night and the damage it did to the boats in "
        "the marina:\n\n"
        "\u201cThe sea wall held. Two boats sank at their moorings.\u201d"
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body][0] is False
    assert [s.unsourced_claim for s in body][1:] == [False, False]


@pytest.mark.parametrize(
    "text, claim",
    [
        # Judging adjectives as the main predicate (ANNOTATION.md: opinion) ...
        ("Crossing the desert on foot was daunting.", False),
        ("The parking fine was totally unjustified.", False),
        ("She was among the most legendary singers of the region.", False),
        # ... but an event keeps the sentence a claim.
        ("The storm destroyed 40 homes, a daunting loss for the village.", True),
    ],
)
def test_claims_judging_adjective_as_predicate_is_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The outlet describing a standing product of its own (notes 27) ...
        ("Each week, the Harbour Bulletin newsletter highlights local events.", False),
        ("The Weekend Digest brings you the best of the week's long reads.", False),
        ("Our podcast explores how small towns cope with floods.", False),
        # ... but a person's act, or a product that is not named, is a claim.
        ("Jo Lee, writing on Tech Blog, brings us a review of the new phone.", True),
        ("The bakery offers free bread to 200 families every Friday.", True),
    ],
)
def test_claims_outlet_describing_its_own_product_is_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # Calls to action of an advocacy text (annotation notes 14) ...
        ("Take action today to save the old library.", False),
        ("Vote like your pension depends on it.", False),
        ("Contact your councillor and ask for a safer crossing.", False),
        # ... but an organisation's own actions are claims.
        ("The residents' group contacted every councillor in May.", True),
        ("Councils took action against 40 landlords last year.", True),
    ],
)
def test_claims_call_to_action_is_no_claim(text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A bare frame ending in a colon introduces what follows (notes 15).
        ("A fan who watched the final at home quipped:", False),
        ("One of the organisers, asked about the queues, replied:", False),
        # A colon after what the frame's subject did is no bare frame.
        ("The club's chair noted three changes to the rules:", True),
    ],
)
def test_claims_bare_frame_before_a_colon_is_no_claim(text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim


def test_claims_lines_after_a_frame_with_a_blog_verb_are_sourced(analyzer) -> None:
    # "writes" introduces the blogger's words, which follow the colon.
    text = (
        "In a post about the long queues at the border, the blogger Jo Lee writes:"
        "\n\nWe waited nine hours at the crossing. Nobody told us why."
    )
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.unsourced_claim for s in body][1:] == [False, False]


@pytest.mark.parametrize(
    "text, claim",
    [
        # A prediction of what a measure will enable (b.notes.md, Claims) ...
        ("The new funding will enable clinics to open longer in winter.", False),
        # ... but what it did enable is a claim.
        ("The new funding enabled clinics to open longer last winter.", True),
        # A long subject with its modifiers still predicts an effect.
        (
            "Her long experience of running field hospitals in remote regions, "
            "from supply chains to the training of local staff, will benefit "
            "the new agency.",
            False,
        ),
    ],
)
def test_claims_prediction_of_what_a_measure_enables_is_no_claim(
    text: str, claim: bool
) -> None:
    assert _claim_rule(text)[0] is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A whole clause in two or three words asserts an event or a state.
        ("The bridge collapsed.", True),
        ("She was 90.", True),
        ("The talks were postponed.", True),
        # A frame cut short, a greeting or an evaluation does not.
        ("Thank you all.", False),
        ("As she explained,", False),
        ("It is wonderful.", False),
        ("Please be seated.", False),
    ],
)
def test_claims_short_clause_is_judged_not_dropped_as_a_fragment(
    analyzer, text: str, claim: bool
) -> None:
    report = analyzer.analyze(text)
    body = [s for s in report.sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]


def test_claims_sentence_ending_with_a_first_person_subject(analyzer) -> None:
    # The prescription test looks past "we" for "must": nothing follows it here.
    report = analyzer.analyze("Nobody loves this town as much as we.")
    body = [s for s in report.sentences if not s.boilerplate]
    assert len(body) == 1
    assert body[0].claim_rule != "features:prescription"


@pytest.mark.parametrize(
    "text, claim",
    [
        # A fact-check's verdict on what it quotes is a claim (annotation
        # notes 14, D1): whether a statement is true is checkable.
        ("This is false.", True),
        ("That is not true.", True),
        ("These are also untrue.", True),
        ("But this is misleading.", True),
        # Pointing words before an assessment are no verdict.
        ("This is wonderful.", False),
        ("That is a shame.", False),
    ],
)
def test_claims_truth_verdict(analyzer, text: str, claim: bool) -> None:
    assert _claim_rule(text)[0] is claim
    # The shipped model does not withdraw the verdict either.
    body = [s for s in analyzer.analyze(text).sentences if not s.boilerplate]
    assert [s.claim for s in body] == [claim]
