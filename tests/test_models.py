"""Sentence models: file format, validation, pure-Python prediction, annotator."""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import math
from pathlib import Path

import pytest

import reliability
from reliability.annotators.models import ModelAnnotator
from reliability.config import AnnotatorSpec, PipelineConfig
from reliability.errors import ConfigError, ResourceError
from reliability.models import (
    MODEL_FILES,
    FeaturizerSettings,
    SentenceModel,
    data_digest,
    load_model,
    load_models,
    sentence_terms,
    shipped_models,
)
from reliability.resources import read_data
from reliability.training import REFERENCE_SENTENCES, gold_sentences


def _model(task: str = "claim", **over) -> dict:
    """A small, valid hand-written model file."""
    data = {
        "format": "reliability.sentence-model",
        "format_version": 1,
        "name": {"hedge": "hedges", "loaded": "loaded"}.get(task, "claims"),
        "version": "1",
        "task": task,
        "featurizer": {"word_ngrams": 2, "char_ngrams": [0, 0]},
        "terms": {
            "w:troops": [2.0, 3.0],
            "w:killed": [2.0, 3.0],
            "w:0": [1.5, 2.0],
            "w:reportedly": [2.0, 4.0],
            "w:perhaps": [2.0, 4.0],
            "w:think": [1.0, -3.0],
            "w:?": [1.0, -4.0],
            "w:the": [1.0, 0.0],
        },
        "intercept": -0.5,
        "threshold": 0.5,
        "cue_min": 0.0,
        "training": {"sklearn_version": "1.9.1", "data_sha256": "0" * 64},
        "reference": [],
    }
    data.update(over)
    return data


def _write(folder, data: dict, filename: str | None = None) -> None:
    folder.mkdir(exist_ok=True)
    name = (
        filename
        or {"claim": "claims", "hedge": "hedges", "loaded": "loaded"}[data["task"]]
        + ".json"
    )
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


@pytest.mark.parametrize(
    "text, settings, expected",
    [
        (
            "He said 12.",
            FeaturizerSettings(word_ngrams=1),
            ["w:he", "w:said", "w:00", "w:."],
        ),
        (
            "It's odd",
            FeaturizerSettings(),
            ["w:it's", "w:odd", "b:<s> it's", "b:it's odd", "b:odd </s>"],
        ),
        (
            "Ab",
            FeaturizerSettings(word_ngrams=1, char_ngrams=(3, 4)),
            ["w:ab", "c: ab", "c:ab ", "c: ab "],
        ),
    ],
)
def test_sentence_terms_table(text, settings, expected):
    assert sentence_terms(text, settings) == expected


def test_model_probability_is_normalised_tfidf_logistic():
    model = SentenceModel.from_json(_model())
    # "Troops killed 40": w:troops, w:killed, w:00 (unknown: "00" is not "0").
    x = [2.0, 2.0]
    z = (2.0 * 3.0 + 2.0 * 3.0) / math.sqrt(sum(v * v for v in x)) - 0.5
    assert model.probability("Troops killed 40") == pytest.approx(
        1 / (1 + math.exp(-z))
    )
    # No known feature: the intercept alone.
    assert model.probability("zzz") == pytest.approx(1 / (1 + math.exp(0.5)))
    assert model.rule == "model:claims.v1"


def test_model_repeated_term_uses_sublinear_tf():
    model = SentenceModel.from_json(_model())
    x = (1 + math.log(2)) * 2.0
    z = x * 3.0 / x - 0.5
    assert model.decision("troops troops") == pytest.approx(z)


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget, and the mayor signed it.",
        "Rain fell on 12 streets; 40 homes lost power for 3 hours.",
        "Nobody knows.",
        "the the the , , .",
        "",
    ],
)
def test_model_decision_adds_terms_in_first_occurrence_order(text):
    # The word-and-bigram fast path must give the sum of the terms of
    # ``sentence_terms``, counted and added in order of first occurrence, to
    # the last bit (shipped models store exact reference predictions).
    model = shipped_models()["claim"]
    weights = {t: (i, c) for t, (i, c) in model.terms.items()}
    dot = sq = 0.0
    counts: dict[str, int] = {}
    for term in sentence_terms(text, model.featurizer):
        if term in weights:
            counts[term] = counts.get(term, 0) + 1
    for term, c in counts.items():
        idf, coef = weights[term]
        if c == 1:
            dot += idf * coef
            sq += idf * idf
        else:
            x = (1.0 + math.log(c)) * idf
            dot += x * coef
            sq += x * x
    expected = dot / math.sqrt(sq) + model.intercept if sq else model.intercept
    assert model.decision(text) == expected


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {"format_version": 2},
            r"format_version 2 is not supported; this library reads version 1",
        ),
        ({"format": "pickle"}, r"format 'pickle' is not"),
        ({"task": "bias"}, r"unknown task 'bias'; tasks: claim, hedge, loaded"),
        ({"threshold": 1.5}, r"threshold 1.5 is not in \(0, 1\)"),
        ({"terms": {"w:a": [1.0]}}, r"term 'w:a' must map to \[idf, coef\]"),
        ({"terms": {"w:a": [1.0, 2.0, 3.0]}}, r"term 'w:a' must map to"),
        ({"terms": {"w:a": [1.0, "2"]}}, r"term 'w:a' must map to"),
        ({"terms": {"w:b": [1.0, 2.0], "w:a": {"1": 2}}}, r"term 'w:a' must map"),
        ({"terms": {"w:a": 3}}, r"term 'w:a' must map to"),
        ({"terms": {"w:a": [1.0, 1e999]}}, r"term 'w:a' must map to"),
        ({"terms": {"w:a": [1.0, None]}}, r"term 'w:a' must map to"),
        ({"intercept": "0"}, r"field 'intercept' has the wrong type"),
        ({"featurizer": {"word_ngrams": 2}}, r"'featurizer' must be"),
        ({"training": {"sklearn_version": "1"}}, r"'training' lacks 'data_sha256'"),
        ({"combine": {"veto_below": 1.5}}, r"combine must map consult_below or"),
        ({"combine": {"remove": 0.2}}, r"combine must map"),
        ({"combine": [0.2]}, r"combine must map"),
    ],
)
def test_model_file_bad_value_fails_clearly(tmp_path, change, message):
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(_model(**change)), encoding="utf-8")
    with pytest.raises(ResourceError, match=message):
        load_model(path)


@pytest.mark.parametrize("field", ["intercept", "terms", "format_version", "reference"])
def test_model_file_missing_field_fails_clearly(tmp_path, field):
    data = _model()
    del data[field]
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(
        ResourceError, match=rf"claims.json: missing field\(s\) '{field}'"
    ):
        load_model(path)


def test_model_file_not_json_fails_clearly(tmp_path):
    path = tmp_path / "claims.json"
    path.write_bytes(b"\x80\x04pickle")
    with pytest.raises(ResourceError, match="not a JSON model file"):
        load_model(path)


def test_load_models_folder_errors(tmp_path):
    with pytest.raises(ResourceError, match="does not exist"):
        load_models(tmp_path / "nope")
    with pytest.raises(ResourceError, match="holds none of claims.json"):
        load_models(tmp_path)
    _write(tmp_path, _model("hedge"), filename="claims.json")
    with pytest.raises(ResourceError, match="holds a 'hedge' model"):
        load_models(tmp_path)


def test_model_round_trips_through_json(tmp_path):
    model = SentenceModel.from_json(_model(cue_min=1.0))
    again = SentenceModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again.terms == model.terms and again.cue_min == 1.0
    assert again.probability("Troops killed 40") == model.probability(
        "Troops killed 40"
    )


def test_reference_prediction_mismatch_is_caught():
    data = _model(reference=[{"text": "Troops killed 40", "probability": 0.5}])
    with pytest.raises(ResourceError, match="reference prediction not reproduced"):
        SentenceModel.from_json(data).check_reference()


SHIPPED_DATA = (
    Path(__file__).resolve().parent.parent
    / "scripts"
    / "training_data"
    / "news_sentences.jsonl"
)


def test_a_claim_model_ships():
    assert "claim" in shipped_models()


@pytest.mark.parametrize("task", sorted(shipped_models()))
def test_shipped_model_reproduces_reference_predictions_exactly(task):
    raw, _ = read_data(f"models/{MODEL_FILES[task]}")
    data = json.loads(raw)
    assert len(data["reference"]) == len(REFERENCE_SENTENCES)
    # A fresh load from the file's bytes, not the cached shipped model.
    model = SentenceModel.from_json(data, where="shipped")
    model.check_reference()
    for item in data["reference"]:
        assert model.probability(item["text"]) == item["probability"]


def _training_script():
    """The script that builds the shipped models (scripts/ is not a package)."""
    path = SHIPPED_DATA.parent.parent / "train_models.py"
    spec = importlib.util.spec_from_file_location("train_models", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("task", sorted(shipped_models()))
def test_shipped_model_names_its_training_data_digest(task):
    training = shipped_models()[task].training
    if not SHIPPED_DATA.exists():
        pytest.skip("the training data is not part of an installed package")
    script = _training_script()
    assert training["sources"] == sorted(
        script._name(p) for p in (script.CORPUS, script.DATA)
    )
    assert training["gold_split"] == "train"
    # Every file read (the corpus's gold and sources files, the project's
    # sentences) is named with its current digest.
    files = [*script.corpus_files(script.CORPUS), SHIPPED_DATA]
    files += sorted(script.CORPUS.glob("*.sources.csv"))
    assert training["data_files_sha256"] == {
        script._name(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files
    }
    # The training sentences: the corpus's train split and the project's
    # sentences, without any sentence of the dev or test split.
    kept, _, held = script.read_gold(script.CORPUS, "train")
    held_texts = {s.text for s in held}
    assert held_texts
    sentences = [
        s for s in kept + gold_sentences(SHIPPED_DATA) if s.text not in held_texts
    ]
    assert training["n_sentences"] == len(sentences)
    assert training["data_sha256"] == data_digest(
        (s.text, s.label(task)) for s in sentences
    )
    assert "MIT" in training["licence"] and "CC BY" in training["licence"]


def test_shipped_claim_model_never_adds_claims():
    text = (
        "Is this the right way to spend money? The council met on Monday. "
        "Perhaps the plan works. The vote was a betrayal of every voter."
    )
    with_model = reliability.Analyzer().analyze(text)
    rules = reliability.Analyzer(disable=["models"]).analyze(text)
    annotator = ModelAnnotator()
    assert not annotator.add_claims and not annotator.decide
    assert annotator.veto_below == shipped_models()["claim"].combine["veto_below"]
    assert "models/claims.json" in with_model.pipeline.resources
    for a, b in zip(with_model.sentences, rules.sentences, strict=True):
        assert b.claim or not a.claim
        if a.claim_rule == "model:claims.v1" and a.claim:
            assert a.claim_confidence > b.claim_confidence
        if b.claim and not a.claim:  # withdrawn: only a claim the rule doubted
            assert b.claim_confidence < annotator.consult_below


def _analyzer(folder, **options) -> reliability.Analyzer:
    specs = [
        AnnotatorSpec(name=n) for n in ("attribution", "hedges", "loaded", "claims")
    ]
    specs.append(AnnotatorSpec(name="models", options={"path": str(folder), **options}))
    return reliability.Analyzer(PipelineConfig(annotators=tuple(specs)))


TEXT = (
    "Ceasefire in the valley\n"
    "Troops killed 40 people in the town on Monday. Do you think so? "
    "The minister reportedly resigned on Tuesday. Perhaps the ceasefire holds. "
    "The ceasefire held on the border."
)


def test_annotator_adds_claims_and_names_the_model(tmp_path):
    _write(tmp_path, _model("claim"))
    report = _analyzer(tmp_path).analyze(TEXT)
    first = report.sentences[1]
    assert first.claim and first.claim_rule == "model:claims.v1"
    assert 0.5 <= first.claim_confidence <= 1
    assert report.pipeline.resources["models/claims.json"]


def test_annotator_decide_overrules_the_rule(tmp_path):
    _write(tmp_path, _model("claim", intercept=-2.0))
    plain = _analyzer(tmp_path).analyze(TEXT)
    decided = _analyzer(tmp_path, decide=True).analyze(TEXT)
    # The last sentence has no feature the model weighs: it says "no claim",
    # which only decide=True lets overrule the claim rule.
    assert plain.sentences[5].claim_rule != "model:claims.v1"
    assert not decided.sentences[5].claim
    assert decided.sentences[5].claim_rule == "model:claims.v1"
    # claim_confidence is the probability of a claim: here the model's 0.12.
    assert decided.sentences[5].claim_confidence == pytest.approx(0.1192, abs=1e-4)


def test_annotator_reweights_rule_cues(tmp_path):
    _write(tmp_path, _model("hedge", intercept=2.0))
    report = _analyzer(tmp_path).analyze(TEXT)
    hedges = [
        (h.start, h.end, h.text, h.rule) for s in report.sentences for h in s.hedges
    ]
    start = TEXT.index("reportedly")
    assert (start, start + 10, "reportedly", "model:hedges.v1") in hedges
    assert all(h.confidence >= 0.5 for s in report.sentences for h in s.hedges)


def test_annotator_learned_cue_marks_top_word_outside_quotes(tmp_path):
    _write(tmp_path, _model("hedge", cue_min=3.5))
    annotator = ModelAnnotator(path=str(tmp_path))
    analyzer = reliability.Analyzer(
        PipelineConfig(annotators=(AnnotatorSpec(name="attribution"),)),
        extra=[annotator],
    )
    text = 'Perhaps the ceasefire holds.\nHe said: "Perhaps it holds."'
    report = analyzer.analyze(text)
    hedges = [(h.start, h.end, h.text) for s in report.sentences for h in s.hedges]
    assert hedges == [(0, 7, "Perhaps")]


def test_annotator_without_models_reports_nothing(tmp_path):
    _write(tmp_path, _model("claim"))
    annotator = ModelAnnotator(path=tmp_path)
    empty = copy.copy(annotator)
    empty.models = {}
    doc_text = "Troops killed 40 people."
    pipeline = reliability.Analyzer(disable=["models"], extra=[empty]).pipeline
    assert list(empty.annotate(pipeline.annotate(doc_text))) == []


def test_annotator_add_claims_off_never_adds(tmp_path):
    _write(tmp_path, _model("claim", intercept=3.0))
    report = _analyzer(tmp_path, add_claims=False).analyze(TEXT)
    rules = reliability.Analyzer(disable=["models"]).analyze(TEXT)
    assert [s.claim for s in report.sentences] == [s.claim for s in rules.sentences]
    assert not rules.sentences[2].claim  # the question stays a non-claim


def test_annotator_veto_withdraws_unlikely_rule_claims(tmp_path):
    # The model thinks nothing with "ceasefire" is a claim; with a veto it
    # withdraws the rule's doubtful claims that mention it, and only those.
    terms = dict(_model()["terms"], **{"w:ceasefire": [2.0, -9.0]})
    _write(tmp_path, _model("claim", terms=terms, combine={"veto_below": 0.2}))
    rules = reliability.Analyzer(disable=["models"]).analyze(TEXT)
    vetoed = _analyzer(tmp_path, add_claims=False, consult_below=1.0).analyze(TEXT)
    kept = _analyzer(tmp_path, add_claims=False, veto_below=0.0).analyze(TEXT)
    assert [s.claim for s in kept.sentences] == [s.claim for s in rules.sentences]
    changed = [
        (TEXT[a.start : a.end], a.claim_rule)
        for a, b in zip(vetoed.sentences, rules.sentences, strict=True)
        if a.claim != b.claim
    ]
    assert changed == [("The ceasefire held on the border.", "model:claims.v1")]
    assert not vetoed.sentences[5].unsourced_claim


@pytest.mark.parametrize("option", ["veto_below", "consult_below"])
def test_annotator_rejects_thresholds_outside_0_1(tmp_path, option):
    _write(tmp_path, _model("claim"))
    with pytest.raises(ConfigError, match=f"{option} must be in"):
        ModelAnnotator(path=tmp_path, **{option: 1.5})


def test_model_combine_round_trips(tmp_path):
    _write(tmp_path, _model("claim", combine={"veto_below": 0.25}))
    model = load_model(tmp_path / "claims.json")
    assert model.combine == {"veto_below": 0.25}
    assert model.to_json()["combine"] == {"veto_below": 0.25}
    assert "combine" not in SentenceModel.from_json(_model()).to_json()


def test_issue_17_shipped_claim_model_withdraws_doubtful_non_claims():
    # Rhetoric the claim rule takes for an assertion (confidence below 0.9);
    # the shipped model, trained on the gold corpus's train split, withdraws it.
    # (The rule itself now knows reader address: "We will keep you posted".)
    text = (
        "The council approved the budget on Tuesday by seven votes to two. "
        "Nobody should be surprised by any of this. This is how democracy dies."
    )
    rules = reliability.Analyzer(disable=["models"]).analyze(text)
    report = reliability.Analyzer().analyze(text)
    assert [s.claim for s in rules.sentences] == [True, True, True]
    assert [s.claim for s in report.sentences] == [True, False, False]
    assert [s.unsourced_claim for s in report.sentences] == [True, False, False]
    assert report.sentences[1].claim_rule == "model:claims.v1"


def test_annotator_adds_rejected_claims_only_at_add_at_least(tmp_path):
    # The model is sure of anything addressed to "you"; the rule rejects the
    # question. With add_at_least in the file the shipped-style annotator
    # (add_claims off) adds it as a claim, and nothing else changes.
    terms = dict(_model()["terms"], **{"w:you": [2.0, 20.0], "w:perhaps": [2.0, -4.0]})
    combine = {"veto_below": 0.0, "add_at_least": 0.9}
    _write(tmp_path, _model("claim", terms=terms, combine=combine))
    rules = reliability.Analyzer(disable=["models"]).analyze(TEXT)
    added = _analyzer(tmp_path, add_claims=False).analyze(TEXT)
    changed = [
        (TEXT[a.start : a.end], a.claim_rule, a.unsourced_claim)
        for a, b in zip(added.sentences, rules.sentences, strict=True)
        if a.claim != b.claim
    ]
    assert changed == [("Do you think so?", "model:claims.v1", True)]
    # Below add_at_least the rule's verdict stands.
    _write(
        tmp_path, _model("claim", terms=terms, combine=combine | {"add_at_least": 1.0})
    )
    kept = _analyzer(tmp_path, add_claims=False).analyze(TEXT)
    assert [s.claim for s in kept.sentences] == [s.claim for s in rules.sentences]


def test_model_combine_accepts_add_at_least(tmp_path):
    combine = {"consult_below": 0.9, "veto_below": 0.2, "add_at_least": 0.95}
    _write(tmp_path, _model("claim", combine=combine))
    model = load_model(tmp_path / "claims.json")
    assert model.combine == combine
    assert ModelAnnotator(path=tmp_path).add_at_least == 0.95
    with pytest.raises(ResourceError, match="add_at_least"):
        SentenceModel.from_json(_model(combine={"add_at_least": 2.0}))


def test_model_terms_load_alike_from_json_and_python_numbers():
    # A file's pairs (lists of JSON numbers) and pairs of other number types
    # (here: tuples of ints and bools) load to the same floats.
    from_file = SentenceModel.from_json(_model())
    odd = _model(terms={t: (int(i), c) for t, (i, c) in _model()["terms"].items()})
    with pytest.raises(ResourceError, match="must map to"):
        SentenceModel.from_json(odd)  # a tuple is no JSON list
    data = _model(terms={t: [int(i), c] for t, (i, c) in _model()["terms"].items()})
    assert SentenceModel.from_json(data).terms == {
        t: (float(int(i)), c) for t, (i, c) in from_file.terms.items()
    }
    assert SentenceModel.from_json(_model(terms={"w:a": [True, 2]})).terms == {
        "w:a": (1.0, 2.0)
    }
