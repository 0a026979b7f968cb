"""Document scores: the text-only model, its explanations, nulls and overall."""

from __future__ import annotations

import math

import pytest

from reliability import Analyzer, scoring
from reliability.config import ScoreWeights, SourceWeights
from reliability.errors import ResourceError
from reliability.schema import Score, SourceType
from reliability.scoring import (
    SIGNALS,
    TextModel,
    data_digests,
    score_document,
    shrink,
    text_model,
    text_signals,
)

WIRE = (
    "RIVERTON (Newswire) - Floodwater forced 1,800 people from their homes in "
    "Riverton on Tuesday, the county emergency office said. The river rose 2.4 "
    "metres overnight and crossed the main road at 4 a.m., according to the "
    "regional water authority. Mayor Elena Park said three shelters had opened "
    'at local schools. "We have beds for everyone who needs one," she told '
    "reporters. The state governor approved 5 million dollars in emergency aid "
    "on Wednesday, her office said in a statement. No injuries were reported, "
    "a fire service spokesman said."
)

RANT = (
    "Wake up, people! The flood in Riverton is a total disgrace and you know it. "
    "I have watched this shocking cover-up unfold for years. The mainstream "
    "media won't tell you who really let the river rise. Some say the whole "
    "disaster was orchestrated, and questions remain. Do you trust the "
    '"experts" now? Share this before it is gone! It is an outrageous, '
    "insane betrayal of every family in the valley."
)

RELEASE = (
    "Northwind Labs today announced the launch of its new water filter, which "
    "removes 99 percent of lead, the company said. The filter will be sold in "
    "12 countries from June 1, chief executive Omar Haddad said in a statement. "
    "It was tested by an independent laboratory in Leeds over six months, "
    "according to the report published on Monday."
)

PUFFERY = (
    "Northwind Labs today announced the launch of its revolutionary, unmatched "
    "new water filter, the world's leading breakthrough, which removes 99 "
    "percent of lead, the company said. The incredible filter will be sold in "
    "12 countries from June 1, chief executive Omar Haddad said in a statement. "
    "It was tested by an independent laboratory in Leeds over six months, "
    "according to the report published on Monday. It is truly the ultimate, "
    "amazing, legendary filter."
)

UNATTRIBUTED = (
    "Northwind Labs today announced the launch of its new water filter, which "
    "removes 99 percent of lead. The filter will be sold in 12 countries from "
    "June 1. It was tested by an independent laboratory in Leeds over six "
    "months."
)


@pytest.fixture(scope="module")
def text_only() -> Analyzer:
    return Analyzer(disable=["outlet"])


def _text(analyzer: Analyzer, text: str) -> float | None:
    report = analyzer.analyze(text)
    assert report.scores is not None
    return report.scores.overall.value


def test_scoring_wire_report_outscores_rant_on_the_same_event(text_only):
    wire, rant = _text(text_only, WIRE), _text(text_only, RANT)
    assert wire is not None and rant is not None
    assert wire > rant + 30


def test_scoring_puffery_lowers_a_press_release(text_only):
    plain, puffed = _text(text_only, RELEASE), _text(text_only, PUFFERY)
    assert plain is not None and puffed is not None
    assert puffed < plain


def test_scoring_removing_the_attributions_lowers_the_score(text_only):
    sourced, bare = _text(text_only, RELEASE), _text(text_only, UNATTRIBUTED)
    assert sourced is not None and bare is not None
    assert bare < sourced


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "no body sentences"),
        ("   \n\n  ", "no body sentences"),
        ("Hello world.", "body words"),
        ("The council met. It was sunny. People came.", "body words"),
    ],
)
def test_scoring_nothing_to_judge_is_null_with_a_reason(text_only, text, reason):
    report = text_only.analyze(text)
    scores = report.scores
    assert scores is not None
    for score in (scores.overall, scores.attribution, scores.hedging, scores.loaded):
        assert score.value is None
        assert reason in score.explanation
    assert scores.text is not None and scores.text.value is None


def test_scoring_hello_world_never_scores_100():
    report = Analyzer().analyze("Hello world.", url="https://www.reuters.com/x")
    assert report.scores is not None
    assert report.scores.overall.value is None


def test_scoring_contributions_add_up_to_the_value(text_only):
    for text in (WIRE, RANT, RELEASE, PUFFERY):
        score = text_only.analyze(text).scores.text  # type: ignore[union-attr]
        assert score is not None and score.value is not None
        total = sum(score.contributions.values())
        assert math.isclose(total, score.value, abs_tol=0.15)
        assert set(score.contributions) == {"baseline", *text_model().signals}


def test_scoring_evidence_points_at_the_sentences_behind_each_signal(text_only):
    report = text_only.analyze(RANT)
    score = report.scores.text  # type: ignore[union-attr]
    assert score is not None
    for index in score.evidence["exclamations"]:
        assert "!" in report.sentence_text(index)
    conspiracy = " ".join(report.sentence_text(i) for i in score.evidence["conspiracy"])
    assert "mainstream media" in conspiracy and "cover-up" in conspiracy
    assert score.contributions["exclamations"] < 0
    assert score.contributions["conspiracy"] < 0
    assert set(score.sentences) >= set(score.evidence["exclamations"])


def test_scoring_overall_is_the_text_score_without_provenance(text_only):
    scores = text_only.analyze(WIRE).scores
    assert scores is not None and scores.text is not None
    assert scores.provenance is None
    assert scores.overall.value == scores.text.value
    assert scores.overall.contributions == scores.text.contributions


def test_scoring_overall_combines_text_and_provenance(text_only):
    sentences = text_only.analyze(WIRE).sentences
    provenance = Score(value=20.0, explanation="A poorly rated outlet.")
    weights = ScoreWeights(text=0.5, provenance=0.5)
    scores = score_document(
        sentences, text=WIRE, weights=weights, provenance=provenance
    )
    assert scores.text is not None and scores.text.value is not None
    expected = (scores.text.value + 20.0) / 2
    assert scores.overall.value == pytest.approx(expected, abs=0.06)
    assert scores.overall.contributions["provenance"] == pytest.approx(10.0)
    assert scores.provenance == provenance


def test_scoring_without_text_gives_no_text_score(text_only):
    sentences = text_only.analyze(WIRE).sentences
    scores = score_document(sentences)
    assert scores.text is None and scores.overall.value is None
    assert scores.attribution.value is not None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LONDON (Newswire) - The bank raised its rate to 5 percent, it said.", 1.0),
        ("NEW YORK — Shares fell 3 percent on Monday, traders said.", 1.0),
        ("PARIS, France - The museum reopened after 14 months, staff said.", 1.0),
        ("The bank raised its rate to 5 percent - a surprise - it said.", 0.0),
        ("I think the bank was wrong to raise its rate to 5 percent.", 0.0),
    ],
)
def test_signals_dateline(text_only, text, expected):
    sentences = text_only.analyze(text).sentences
    assert text_signals(text, sentences)["dateline"].value == expected


@pytest.mark.parametrize(
    "text, specific",
    [
        ("The school opened on Monday.", True),
        ("The school opened in 1998.", True),
        ("Ministers met on 3 May to discuss it.", True),
        ("It may rain, and people may stay home.", False),
        ("The school opened and everyone was happy.", False),
    ],
)
def test_signals_specific_detail_needs_a_figure_or_a_date(text_only, text, specific):
    sentences = text_only.analyze(text).sentences
    signal = text_signals(text, sentences)["specific_detail"]
    assert (signal.value > 0) is specific


def test_signals_style_markers_skip_direct_quotations(text_only):
    quoted = 'The coach said: "You must wake up and fight, I tell you!" He left.'
    own = "You must wake up and fight, I tell you! The coach left the ground."
    q = text_signals(quoted, text_only.analyze(quoted).sentences)
    o = text_signals(own, text_only.analyze(own).sentences)
    for name in ("second_person", "first_person", "conspiracy", "exclamations"):
        assert q[name].value == 0.0, name
        assert o[name].value > 0.0, name


@pytest.mark.parametrize(
    "text",
    [
        'The coach said: "You must wake up, I tell you!" He left.',
        "\u201cWe will fight on,\u201d she said. \u201cI tell you, it was a lie.\u201d",
        'He called it "fake news" and said "you know it" twice!',
        '"The roads are closed. Stay at home," the police said on Monday.',
        'The mayor said on Monday that "we will rebuild every home.\nShe left.',
        "It's a \u201cso-called\u201d plan, I'm told; you're \u201cthe expert\u201d!",
    ],
)
def test_signals_quoted_sentences_read_in_pieces_as_read_whole(text_only, text):
    """A quoted sentence's words read piece by piece are its words read whole."""
    sentences = text_only.analyze(text).sentences
    body = [(i, s) for i, s in enumerate(sentences) if not s.boilerplate]
    quotes = scoring._body_quotations(text, body)
    lowered = text.lower().replace("\u2019", "'")
    read = 0
    for i, s in body:
        qi = next((k for k, q in enumerate(quotes) if q.end > s.start), len(quotes))
        if qi == len(quotes) or quotes[qi].start >= s.end:
            continue
        tallies = scoring._Tally(), scoring._Tally()
        hits: tuple[dict[str, list[int]], ...] = tuple(
            {"scare_quotes": [], "quoted_share": []} for _ in range(2)
        )
        own, every, inside, bang = scoring._voices(
            lowered, i, s.start, s.end, quotes, qi, hits[0], tallies[0]
        )
        whole = scoring._whole_voices(
            text, lowered, True, i, s, quotes, qi, hits[1], tallies[1]
        )
        assert own == whole[0]
        assert sorted(every) == sorted(whole[1])
        assert (inside, bang) == (whole[2], whole[3])
        assert hits[0] == hits[1] and tallies[0] == tallies[1]
        read += 1
    assert read


def test_signals_scare_quotes_are_short_quotations(text_only):
    text = (
        'The so-called "experts" gave their "advice" again. '
        '"We will publish the full data on Friday," the minister said.'
    )
    signal = text_signals(text, text_only.analyze(text).sentences)["scare_quotes"]
    assert signal.sentences == (0,)
    assert signal.value == pytest.approx(1.0)  # two short quotes, two sentences


@pytest.mark.parametrize(
    "text, plain",
    [
        ("The mayor said the bridge would reopen in May.", 1.0),
        ("The mayor told reporters the bridge would reopen in May.", 1.0),
        ("The mayor claimed the bridge would reopen in May.", 0.0),
        ("The mayor admitted the bridge would not reopen in May.", 0.0),
    ],
)
def test_signals_plain_verbs_are_the_plain_reporting_verbs(text_only, text, plain):
    sentences = text_only.analyze(text).sentences
    assert any(s.attributions for s in sentences)
    assert text_signals(text, sentences)["plain_verbs"].value == plain


def test_signals_outlet_sourced_counts_attributions_to_news_outlets(text_only):
    text = (
        "The factory will close in March, the Daily Courier reported. "
        "The company's chief executive, Ann Lowe, said 300 jobs would go."
    )
    sentences = text_only.analyze(text).sentences
    kinds = [a.source_type for s in sentences for a in s.attributions]
    signal = text_signals(text, sentences)["outlet_sourced"]
    assert kinds.count(SourceType.MEDIA_OUTLET) == 1
    assert signal.value == pytest.approx(1 / len(kinds))
    assert signal.sentences == (0,)


def test_signals_quoted_share_is_the_quoted_part_of_the_body(text_only):
    quote = '"We will open the new ward in June," she said.'
    text = "The hospital board met on Tuesday. " + quote
    signal = text_signals(text, text_only.analyze(text).sentences)["quoted_share"]
    quoted = len('"We will open the new ward in June,"')
    assert signal.value == pytest.approx(quoted / (len(text) - 1))  # less the space


@pytest.mark.parametrize(
    "sentence, pasted",
    [
        ("We will not back down on this — Jo Bloggs (@jobloggs) March 4, 2021", True),
        ("The mayor posted the clip pic.twitter.com/AbC123 on Sunday.", True),
        ("The full letter is at https://example.org/letter today.", True),
        ("The minister, 54, answered questions for an hour.", False),
        ("Send tips to news@example.org by Friday.", False),
    ],
)
def test_signals_embedded_posts_by_their_layout(text_only, sentence, pasted):
    text = "The council voted 7 to 2 on Monday, its chair said. " + sentence
    sentences = text_only.analyze(text).sentences
    signal = text_signals(text, sentences)["embedded_posts"]
    assert (signal.value > 0) is pasted


def test_signals_embedded_post_with_its_link_on_a_line_of_its_own(text_only):
    # The post's link and signature are page furniture (boilerplate lines);
    # the post's words before them are the pasted post the signal lists.
    text = (
        "The council voted 7 to 2 on Monday, its chair said.\n"
        "We will not back down on this, not now and not ever.\n"
        "https://t.co/AbC123xyz\n"
        "— Jo Bloggs (@jobloggs) March 4, 2021\n"
        "The vote came after a long debate."
    )
    sentences = text_only.analyze(text).sentences
    assert [s.boilerplate for s in sentences] == [False, False, True, True, False]
    signal = text_signals(text, sentences)["embedded_posts"]
    assert signal.sentences == (1,)


def test_signals_block_quotes_end_in_a_colon(text_only):
    text = (
        "The senator posted a long statement on Sunday. She wrote:\n"
        "The vote was a mistake and we will fight it.\n"
        "Her office said the statement was hers."
    )
    sentences = text_only.analyze(text).sentences
    signal = text_signals(text, sentences)["block_quotes"]
    assert [text[sentences[i].start : sentences[i].end] for i in signal.sentences] == [
        "She wrote:"
    ]


def test_signals_hype_counts_loaded_terms_in_the_writers_voice_only(text_only):
    own = "The regime crushed the protest on Monday, officials said."
    quoted = '"The regime crushed the protest," a protester said on Monday.'
    o = text_signals(own, text_only.analyze(own).sentences)["hype"]
    q = text_signals(quoted, text_only.analyze(quoted).sentences)["hype"]
    assert any(s.loaded for s in text_only.analyze(own).sentences)
    assert o.value > 0 and o.sentences == (0,)
    assert q.value == 0.0


def test_signals_cover_every_named_signal(text_only):
    signals = text_signals(WIRE, text_only.analyze(WIRE).sentences)
    assert list(signals) == list(SIGNALS)
    assert signals["reported_speech"].value > 0


def test_source_weights_is_a_mapping_keyed_by_source_type():
    weights = SourceWeights.model_validate({"vague": 0.0})
    assert weights[SourceType.VAGUE] == 0.0
    assert weights[SourceType.NAMED_PERSON] == 1.0  # the default, kept
    assert set(weights) == set(SourceType)
    assert len(weights) == len(SourceType)


def test_text_model_rejects_a_file_naming_an_unknown_signal():
    params = {
        "intercept": 0.0,
        "signals": [
            {
                "name": "outlet_is_famous",
                "transform": "sqrt",
                "mean": 0,
                "scale": 1,
                "weight": 1,
            }
        ],
    }
    with pytest.raises(ResourceError, match="unknown signal 'outlet_is_famous'"):
        TextModel.from_params(params, name="bad", sha256="0" * 64)


def _one_signal_model(**extra: float) -> dict[str, object]:
    signal = {"name": "exclamations", "transform": "identity"}
    return {
        "intercept": 0.0,
        "signals": [{**signal, "mean": 0.0, "scale": 1.0, "weight": 1.0}],
        **extra,
    }


def test_text_model_clips_each_standardised_signal():
    model = TextModel.from_params(_one_signal_model(clip=2.0), name="m", sha256="0")
    assert model.terms({"exclamations": 0.5}) == {"exclamations": 0.5}
    assert model.terms({"exclamations": 9.0}) == {"exclamations": 2.0}
    unclipped = TextModel.from_params(_one_signal_model(), name="m", sha256="0")
    assert unclipped.terms({"exclamations": 9.0}) == {"exclamations": 9.0}


def test_shrink_pulls_a_rate_over_little_text_towards_the_prior():
    # One exclamation in 2 sentences, with 1 sentence's worth of prior at 0.1.
    assert shrink(0.5, 2.0, 0.1, 1.0) == pytest.approx((1.0 + 0.1) / 3.0)
    # The same rate over 200 sentences barely moves.
    assert shrink(0.5, 200.0, 0.1, 1.0) == pytest.approx(0.498, abs=0.001)
    # Nothing measured (no attributions): the prior itself.
    assert shrink(0.0, 0.0, 0.1, 1.0) == pytest.approx(0.1)
    assert shrink(0.5, 2.0, 0.1, 0.0) == 0.5  # no prior weight: as measured


def test_text_model_shrinks_rates_with_a_prior_by_their_basis():
    params = _one_signal_model()
    params["signals"][0]["prior"] = {"value": 0.0, "weight": 1.0}  # type: ignore[index]
    model = TextModel.from_params(params, name="m", sha256="0")
    short = model.terms({"exclamations": 0.5}, {"exclamations": 2.0})
    long = model.terms({"exclamations": 0.5}, {"exclamations": 50.0})
    assert short["exclamations"] == pytest.approx(1.0 / 3.0)
    assert short["exclamations"] < long["exclamations"] < 0.5
    # Without bases the values are used as measured.
    assert model.terms({"exclamations": 0.5}) == {"exclamations": 0.5}
    params["signals"][0]["prior"] = {"value": 0.0, "weight": -1.0}  # type: ignore[index]
    with pytest.raises(ResourceError, match="prior weight"):
        TextModel.from_params(params, name="m", sha256="0")


def test_signals_carry_the_amount_of_text_each_rate_is_over(text_only):
    sentences = text_only.analyze(WIRE).sentences
    signals = text_signals(WIRE, sentences)
    body = [s for s in sentences if not s.boilerplate]
    attributions = sum(len(s.attributions) for s in body)
    assert signals["specific_detail"].basis == len(body)
    assert signals["plain_verbs"].basis == attributions > 0
    assert signals["own_voice_claims"].basis == sum(s.claim for s in body)
    assert 0.5 < signals["reported_speech"].basis < 2.0  # hundreds of words
    assert signals["dateline"].basis == 0.0  # not a rate


def test_text_model_rejects_a_clip_that_is_not_positive():
    with pytest.raises(ResourceError, match="clip must be positive"):
        TextModel.from_params(_one_signal_model(clip=0.0), name="m", sha256="0")


def test_scoring_reports_the_model_and_lexicon_digests(text_only):
    report = text_only.analyze(WIRE)
    assert report.pipeline is not None
    for key, digest in data_digests().items():
        assert report.pipeline.resources[key] == digest
    assert report.scores is not None and report.scores.text is not None
    assert report.scores.text.model is not None
    assert text_model().sha256 in report.scores.text.model


def test_signals_reading_grade_rises_with_long_sentences_of_long_words(text_only):
    plain = "The dam broke on Monday. Water filled the town. Two roads are shut."
    dense = (
        "Notwithstanding considerable institutional reluctance, the provincial "
        "administration's infrastructure committee authorised comprehensive "
        "compensation arrangements for residents whose properties deteriorated "
        "substantially following the catastrophic structural failure."
    )
    grade = {
        name: text_signals(t, text_only.analyze(t).sentences)["reading_grade"].value
        for name, t in (("plain", plain), ("dense", dense))
    }
    assert grade["dense"] > grade["plain"] + 10


def test_signals_reading_grade_is_the_reports_readability_index(text_only):
    # Given the analyzer's figures or measuring them itself, the signal is
    # the automated readability index the report shows for the body.
    report = text_only.analyze(WIRE)
    ari = report.scores.readability["automated_readability_index"]
    measured = text_signals(WIRE, report.sentences)["reading_grade"]
    given = text_signals(WIRE, report.sentences, readability=report.scores.readability)[
        "reading_grade"
    ]
    assert measured.value == given.value == ari > 0


# Twenty plain sentences of a council report, written for these tests; a
# marker is put into the first k of every fifth sentence.
_COUNCIL = (
    "The city council met on Monday to discuss the new bus routes.",
    "Officials said the routes would link three districts to the centre.",
    "The plan adds 14 buses to the fleet by the end of the year.",
    "Drivers will be hired from a regional training college.",
    "The transport office said fares would stay the same.",
    "Residents in the northern district asked for a later last bus.",
    "The council agreed to review the timetable in the spring.",
    "Two stops near the hospital will be moved by a few metres.",
    "Work on the new shelters starts in April, the office said.",
    "A contractor from the coast won the tender for the shelters.",
    "The total cost is put at 3 million dollars.",
    "Part of the money comes from a state grant.",
    "The opposition group on the council voted for the plan.",
    "One member abstained, citing the cost of the shelters.",
    "Cyclists asked for racks at the larger stops.",
    "The office said it would consider racks at five stops.",
    "School pupils will travel free on the new routes.",
    "The old depot on the river road will close next year.",
    "Its staff will move to a larger depot in the east.",
    "The council will publish the final timetable in March.",
)


def _exclaim(sentence: str) -> str:
    return sentence[:-1] + "!"


def _conspire(sentence: str) -> str:
    return sentence[:-1] + ", the mainstream media say."


def _paste(sentence: str) -> str:
    return sentence[:-1] + " at https://example.org/notes."


@pytest.mark.parametrize(
    "signal, mark",
    [
        ("exclamations", _exclaim),
        ("conspiracy", _conspire),
        ("embedded_posts", _paste),
    ],
)
def test_text_model_a_rare_marker_costs_more_as_a_habit_than_once(
    text_only, signal, mark
):
    # The rare markers are weighed as measured, with a clip wide enough that
    # four in twenty sentences cost more than a stray one (docs/scoring.md).
    model = text_model()
    terms = []
    for k in (0, 1, 4):
        marked = {5 * j for j in range(k)}
        text = " ".join(mark(s) if i in marked else s for i, s in enumerate(_COUNCIL))
        signals = text_signals(text, text_only.analyze(text).sentences)
        assert (signals[signal].value > 0) is (k > 0)
        values = {n: v.value for n, v in signals.items()}
        bases = {n: v.basis for n, v in signals.items()}
        terms.append(model.terms(values, bases)[signal])
    none, once, habit = terms
    assert habit < once < none
