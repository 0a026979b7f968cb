"""``reliability train``: small gold files train models that load and change output."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

import reliability
import reliability.annotators.models  # noqa: F401  (registers "models")
from reliability import cli
from reliability.config import AnnotatorSpec, PipelineConfig
from reliability.errors import ConfigError
from reliability.models import load_models
from reliability.training import (
    REFERENCE_SENTENCES,
    TrainSettings,
    gold_sentences,
    train_model,
)

pytest.importorskip("sklearn")

FACTS = [
    "The council approved {n} new homes on Monday.",
    "Police arrested {n} people after the march.",
    "The company cut {n} jobs in its northern plant.",
    "Rebels seized {n} villages near the border.",
    "The ministry reported {n} new cases overnight.",
]
OPINIONS = [
    "We love the lovely {w} so much.",
    "Honestly, the {w} are wonderful and charming.",
    "I adore how lovely the {w} look.",
]
HEDGED = "The talks were rumoured to collapse over {n} issues."


def _gold_doc(i: int, sentences: list[tuple[str, bool, bool]]) -> dict:
    text, out, pos = "", [], 0
    for sent, claim, hedge in sentences:
        start = pos
        text += sent + " "
        pos = len(text)
        hedges = []
        if hedge:
            h = sent.index("rumoured")
            hedges = [{"start": start + h, "end": start + h + 8, "text": "rumoured"}]
        out.append(
            {
                "start": start,
                "end": start + len(sent),
                "boilerplate": False,
                "attributions": [],
                "hedges": hedges,
                "claim": claim,
                "unsourced_claim": claim,
                "loaded": [],
            }
        )
    return {"id": f"house-{i}", "text": text.rstrip(), "outlet": None, "sentences": out}


@pytest.fixture()
def gold_file(tmp_path):
    docs = []
    for i in range(6):
        sents = [(f.format(n=10 * i + k), True, False) for k, f in enumerate(FACTS)]
        sents += [
            (o.format(w=w), False, False)
            for o in OPINIONS
            for w in (["cats", "dogs", "birds"][i % 3],)
        ]
        sents.append((HEDGED.format(n=i + 2), True, True))
        docs.append(_gold_doc(i, sents))
    path = tmp_path / "house.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return path


def _pipeline(folder=None, **options) -> reliability.Analyzer:
    specs = [
        AnnotatorSpec(name=n) for n in ("attribution", "hedges", "loaded", "claims")
    ]
    if folder is not None:
        specs.append(
            AnnotatorSpec(name="models", options={"path": str(folder), **options})
        )
    return reliability.Analyzer(PipelineConfig(annotators=tuple(specs)))


def test_gold_sentences_reads_body_labels(gold_file):
    sents = gold_sentences(gold_file)
    assert len(sents) == 6 * 9
    assert sents[0].text == "The council approved 0 new homes on Monday."
    assert (sents[0].claim, sents[0].hedge, sents[0].loaded) == (True, False, False)
    assert sents[8].hedge and sents[8].label("hedge")


def test_train_command_writes_models_that_load_and_reproduce(
    gold_file, tmp_path, capsys
):
    out = tmp_path / "models"
    assert cli.main(["train", "--gold", str(gold_file), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    assert "claim: 54 sentences, 36 positive" in printed.out
    assert "loaded: skipped, 0 of 54 sentences are positive" in printed.err
    models = load_models(out)
    assert sorted(models) == ["claim", "hedge"]
    for model in models.values():
        assert [t for t, _ in model.reference] == list(REFERENCE_SENTENCES)
        for text, probability in model.reference:
            assert model.probability(text) == probability  # exact, after loading
        assert model.training["n_sentences"] == 54
        assert len(model.training["data_sha256"]) == 64


def test_trained_model_changes_predictions(gold_file, tmp_path):
    out = tmp_path / "models"
    assert (
        cli.main(
            ["train", "--gold", str(gold_file), "--out", str(out), "--task", "claim"]
        )
        == 0
    )
    text = (
        "Weather notes\n"
        "The council approved 55 new homes on Friday. "
        "Honestly, we love the lovely hamsters so much."
    )
    before = _pipeline().analyze(text).sentences
    after = _pipeline(out, decide=True).analyze(text).sentences
    assert before[2].claim  # the rule calls any statement a claim
    assert not after[2].claim and after[2].claim_rule == "model:claims.v1"
    assert after[1].claim and after[1].claim_rule == "model:claims.v1"


def test_train_exclude_drops_test_sentences(gold_file, tmp_path, capsys):
    out = tmp_path / "models"
    code = cli.main(
        [
            "train",
            "--gold",
            str(gold_file),
            "--exclude",
            str(gold_file),
            "--out",
            str(out),
        ]
    )
    assert code == 2  # nothing left to train on
    assert "excluded 54 sentences" in capsys.readouterr().err


def test_train_model_needs_both_classes():
    with pytest.raises(ConfigError, match="1 positive and 0 negative"):
        train_model(["A sentence."], [True], task="claim")
    with pytest.raises(ConfigError, match="unknown task 'bias'"):
        train_model(["a", "b"], [True, False], task="bias")


def test_train_model_learned_cues_and_char_ngrams(gold_file):
    sents = gold_sentences(gold_file)
    settings = TrainSettings(cue_words=3)
    model = train_model(
        [s.text for s in sents],
        [s.hedge for s in sents],
        task="hedge",
        settings=settings,
    )
    assert model.cue_min > 0
    assert [w for w in model.cue_words("They rumoured it.")][0][:2] == (5, 13)
    from reliability.models import FeaturizerSettings

    chars = TrainSettings(featurizer=FeaturizerSettings(char_ngrams=(3, 5)))
    model = train_model(
        [s.text for s in sents], [s.claim for s in sents], task="claim", settings=chars
    )
    assert any(t.startswith("c:") for t in model.terms)


def test_analyzer_models_option_uses_trained_folder(gold_file, tmp_path):
    out = tmp_path / "models"
    assert cli.main(["train", "--gold", str(gold_file), "--out", str(out)]) == 0
    report = reliability.Analyzer(models=out).analyze(
        "Weather notes\nThe talks were rumoured to collapse over 9 issues."
    )
    assert "models/claims.json" in report.pipeline.resources


def test_gold_sentences_reads_only_the_given_ids(gold_file):
    sents = gold_sentences(gold_file, ids={"house-1", "house-4"})
    assert len(sents) == 2 * 9
    assert sents[0].text == "The council approved 10 new homes on Monday."
    assert gold_sentences(gold_file, ids=set()) == []


def _training_script():
    path = Path(__file__).resolve().parent.parent / "scripts" / "train_models.py"
    spec = importlib.util.spec_from_file_location("train_models", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_train_script_reads_the_train_split_of_a_corpus_folder(gold_file, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.jsonl").write_bytes(gold_file.read_bytes())
    (corpus / "x.pending.jsonl").write_text('{"id": "house-9", "text": "Hi."}\n')
    splits = ["train", "train", "dev", "test", "train", "dev"]
    (corpus / "x.sources.csv").write_text(
        "id,split\n" + "".join(f"house-{i},{s}\n" for i, s in enumerate(splits))
    )
    script = _training_script()
    kept, files, held = script.read_gold(corpus, "train")
    assert [f.name for f in files] == ["x.jsonl", "x.sources.csv"]
    assert len(kept) == 3 * 9 and len(held) == 3 * 9
    assert "The council approved 20 new homes on Monday." in {s.text for s in held}
    assert "The council approved 40 new homes on Monday." in {s.text for s in kept}
    # A plain file is read whole.
    whole, files, held = script.read_gold(gold_file, "train")
    assert len(whole) == 6 * 9 and files == [gold_file] and held == []


def test_train_script_check_fails_on_a_changed_model(gold_file, tmp_path, capsys):
    script = _training_script()
    out = tmp_path / "models"
    args = ["--gold", str(gold_file), "--task", "claim", "--out", str(out)]
    assert script.main(args) == 0
    assert script.main([*args, "--check"]) == 0
    data = json.loads((out / "claims.json").read_text(encoding="utf-8"))
    assert data["combine"] == script.COMBINE["claim"]
    assert data["training"]["data_files_sha256"] == {
        gold_file.name: hashlib.sha256(gold_file.read_bytes()).hexdigest()
    }
    # Reformatted, or with numbers off in the last bits (as another CPU's
    # arithmetic gives), it is the same model.
    data["intercept"] *= 1 + 1e-9
    (out / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    assert script.main([*args, "--check"]) == 0
    # A changed number or choice is not.
    data["intercept"] += 0.01
    (out / "claims.json").write_text(json.dumps(data), encoding="utf-8")
    assert script.main([*args, "--check"]) == 1
    assert "differs from the shipped files: claims.json" in capsys.readouterr().out


def test_train_script_scores_a_combination_as_the_scorer_counts():
    script = _training_script()
    row = script.RuleSentence
    # Gold: A claim (unsourced), B no claim, C claim (sourced), D claim
    # (unsourced) that the splitter took for boilerplate (no predicted row).
    doc = script.CvDocument(
        "d-1",
        [
            ("A.", True, True),
            ("B.", False, False),
            ("C.", True, False),
            ("D.", True, True),
        ],
        [0, 1, 2, None],
        [
            row("A.", True, 0.95, True),
            row("B.", True, 0.7, True),
            row("C.", False, 0.6, False),
        ],
    )
    probs = [[0.9, 0.1, 0.95]]
    # The rules alone: claims A and B; claim tp 1, fp 1, fn 2; unsourced tp 1,
    # fp 1, fn 1.
    assert script._score([doc], probs, (1.0, 0.0, None)) == (0.4, 0.5, 0)
    # B withdrawn (p 0.1 < 0.2, confidence 0.7 < 0.9), C added (p 0.95 >= 0.9).
    claim, unsourced, changed = script._score([doc], probs, (0.9, 0.2, 0.9))
    assert (claim, changed) == (0.8, 2) and unsourced == pytest.approx(2 / 3)
    # A confident rule claim is never consulted.
    assert script._decide(doc.rows[0], 0.0, (0.9, 0.5, None))
    assert not script._decide(doc.rows[1], 0.4, (0.9, 0.5, None))


def test_train_script_runs_the_rules_on_training_documents(gold_file):
    script = _training_script()
    docs = [json.loads(line) for line in gold_file.read_text().splitlines()]
    found = script.rule_documents(docs[:2], None)
    assert [d.id for d in found] == [docs[0]["id"], docs[1]["id"]]
    for d in found:
        assert len(d.gold) == len(d.pred_of_gold) == 9
        assert all(k is not None and 0 <= k < len(d.rows) for k in d.pred_of_gold)
        assert d.gold[0][0] == d.rows[d.pred_of_gold[0]].text.strip()
        assert d.rows[d.pred_of_gold[0]].claim  # "The council approved ..."


def test_train_script_chooses_a_combination_of_its_grid(gold_file, monkeypatch):
    script = _training_script()
    monkeypatch.setattr(script, "CV_FOLDS", 3)
    monkeypatch.setattr(script, "CV_REPEATS", 1)
    docs = script.rule_documents(
        [json.loads(line) for line in gold_file.read_text().splitlines()], None
    )
    chosen = script.choose_claim_combination(docs, [], set())
    key = (chosen["consult_below"], chosen["veto_below"], chosen.get("add_at_least"))
    assert key in script.CLAIM_GRID
    # Too few documents for cross-validation: the default holds.
    assert (
        script._claim_combine([gold_file], "train", set(), None)
        == (script.COMBINE["claim"])
    )


def test_train_script_deals_whole_parts_into_folds():
    script = _training_script()
    parts = [chr(ord("a") + k) for k in range(script.CV_FOLDS)]
    ids = [f"{p}-{n:03d}" for p in parts for n in range(3)]
    keys = script.fold_keys(ids)
    assert keys == [i.split("-")[0] for i in ids]
    for repeat in range(2):
        folds = [script._fold_of(k, repeat) for k in keys]
        for start in range(0, len(ids), 3):
            assert len(set(folds[start : start + 3])) == 1
    # Too few parts to fill the folds: documents are dealt one by one.
    few = ids[:6]
    assert script.fold_keys(few) == few
