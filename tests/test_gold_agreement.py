"""benchmarks/gold/agreement.py: first annotations found from the second's ids."""

from __future__ import annotations

import copy
import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "benchmarks" / "gold"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"gold_{name}", GOLD_DIR / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


agreement = load("agreement.py")
check = load("check.py")


def test_part_files_named_by_ids_once_each_in_part_order(tmp_path):
    docs = [{"id": "k-001"}, {"id": "a-010"}, {"id": "k-002"}, {"id": "n-006"}]
    assert agreement.part_files(docs, tmp_path) == [
        tmp_path / "a.jsonl",
        tmp_path / "k.jsonl",
        tmp_path / "n.jsonl",
    ]


@pytest.mark.parametrize("bad", ["seed", "k-", "-001", "k-one"])
def test_part_files_rejects_an_id_that_names_no_part(bad):
    with pytest.raises(SystemExit):
        agreement.part_files([{"id": bad}])


def test_first_study_parts_are_still_a_and_b():
    second = agreement.load_jsonl(agreement.SECOND)
    assert agreement.part_files(second) == [GOLD_DIR / p for p in agreement.PARTS]


def test_second_study_validates_against_its_parts_texts():
    path = GOLD_DIR / "iaa" / "second2.jsonl"
    second = agreement.load_jsonl(path)
    for doc in second:
        assert check.check_document(doc, doc["id"]) == []
    first = agreement.first_annotation(second, agreement.part_files(second))
    assert [d["id"] for d in first] == [d["id"] for d in second]
    assert len({d["id"] for d in second}) == len(second)


@pytest.mark.skipif(not SCORER.exists(), reason="the shared scorer is not here")
def test_main_reads_the_first_annotation_from_the_parts_of_the_ids(tmp_path, capsys):
    # Two documents of a newer part, one body sentence's claim flag flipped:
    # the claim row must show exactly one disagreement.
    source = agreement.load_jsonl(GOLD_DIR / "k.jsonl")[:2]
    second = copy.deepcopy(source)
    body = next(
        s
        for s in second[0]["sentences"]
        if not s["boilerplate"] and not s["attributions"]
    )
    body["claim"] = not body["claim"]
    body["unsourced_claim"] = body["claim"]
    path = tmp_path / "second.jsonl"
    path.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in second),
        encoding="utf-8",
    )
    assert agreement.main(["--second", str(path), "--scorer", str(SCORER)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 documents annotated twice\n")
    bodies = sum(not s["boilerplate"] for d in source for s in d["sentences"])
    flags = out[out.index("| flag |") :].splitlines()
    claim_row = next(line for line in flags if line.startswith("| claim |"))
    agree = (bodies - 1) / bodies
    assert claim_row.startswith(f"| claim | {bodies} | {agree:.3f} |")
    assert "| boilerplate | " in out and "| segmentation | 1.000 | 1.000 |" in out
