"""``reliability evaluate`` agrees with the shared scorer and matches spans like it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from reliability import cli
from reliability.evaluate import evaluate, format_metrics
from tests.conftest import SCORER, SHARED

PUBLIC = SHARED / "public-gold"


def _doc(sentences, text="Alpha said beta. Gamma may delta."):
    return {"id": "d", "text": text, "outlet": None, "sentences": sentences}


def _sent(start, end, **layers):
    base = {
        "start": start,
        "end": end,
        "boilerplate": False,
        "attributions": [],
        "hedges": [],
        "claim": False,
        "unsourced_claim": False,
        "loaded": [],
    }
    base.update(layers)
    return base


@pytest.mark.parametrize(
    "gold_hedges, pred_hedges, exact, expected",
    [
        ([(23, 26)], [(23, 26)], False, (1, 0, 0)),
        ([(23, 26)], [(22, 26)], False, (1, 0, 0)),  # overlap matches
        ([(23, 26)], [(22, 26)], True, (0, 1, 1)),  # exact does not
        ([(23, 26)], [(17, 22)], False, (0, 1, 1)),  # no overlap
        ([(23, 26)], [(23, 24), (24, 26)], False, (1, 1, 0)),  # one to one
    ],
)
def test_evaluate_span_matching_table(gold_hedges, pred_hedges, exact, expected):
    def spans(pairs):
        return [{"start": a, "end": b} for a, b in pairs]

    gold = _doc([_sent(0, 16), _sent(17, 33, hedges=spans(gold_hedges))])
    pred = _doc([_sent(0, 16), _sent(17, 33, hedges=spans(pred_hedges))])
    m = evaluate([gold], [pred], exact=exact)["hedge_cue"]
    assert (m["tp"], m["fp"], m["fn"]) == expected


def test_evaluate_missing_document_and_format():
    gold = _doc([_sent(0, 16, claim=True), _sent(17, 33)])
    m = evaluate([gold], [])
    assert m["missing_documents"] == ["d"]
    assert m["claim"] == {"p": 0.0, "r": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 1}
    assert "claim                  P=0.000 R=0.000 F1=0.000  (tp=0 fp=0 fn=1)" in (
        format_metrics(m)
    )


def _shared_scorer(gold_path, pred_path) -> dict:
    done = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), str(pred_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def _gold_sets(gold_docs):
    sets = [("seeds", gold_docs)]
    for name in ("polnear", "wikiweasel", "babe_phrases"):
        path = PUBLIC / f"{name}.jsonl"
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()[:12]
            sets.append((name, [json.loads(line) for line in lines]))
    return sets


def test_evaluate_agrees_with_shared_scorer(analyzer, gold_docs, tmp_path, capsys):
    if not SCORER.exists():
        pytest.skip("shared scorer not present beside the project")
    for name, golds in _gold_sets(gold_docs):
        gold_path, pred_path = (
            tmp_path / f"{name}.jsonl",
            tmp_path / f"{name}-pred.jsonl",
        )
        gold_path.write_text("".join(json.dumps(g) + "\n" for g in golds), "utf-8")
        preds = [
            analyzer.analyze(g["text"], id=g["id"]).model_dump(mode="json")
            for g in golds
        ]
        pred_path.write_text("".join(json.dumps(p) + "\n" for p in preds), "utf-8")
        expected = _shared_scorer(gold_path, pred_path)
        assert evaluate(golds, preds) == expected, name
        # The command prints what the shared scorer prints.
        capsys.readouterr()
        assert cli.main(["evaluate", "--json", str(gold_path), str(pred_path)]) == 0
        assert json.loads(capsys.readouterr().out) == expected


def test_evaluate_command_min_bound(gold_docs, tmp_path, capsys):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps(gold_docs[0]) + "\n", "utf-8")
    args = ["evaluate", str(gold_path), str(gold_path)]
    assert cli.main([*args, "--min", "claim=1.0"]) == 0
    assert cli.main([*args, "--min", "claim=1.01"]) == 1
    assert "below bound: claim=1.0 < 1.01" in capsys.readouterr().out
    assert cli.main(["evaluate", str(tmp_path / "none.jsonl"), str(gold_path)]) == 2
