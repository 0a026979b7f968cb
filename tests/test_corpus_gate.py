"""The corpus gate: the library's figures on the gold corpus's train and dev splits
must stay at or above the floors in ``corpus_baseline.json``.

It runs the same steps as ``benchmarks/accuracy.py`` (the shared scorer strips
the gold to text, the real ``reliability score`` command annotates it, the
scorer compares). The test split is not gated: it is read only to report, so no
change is ever made to move it.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import ROOT, SCORER

BASELINE = json.loads((Path(__file__).parent / "corpus_baseline.json").read_text())
GATED = ("train", "dev")


def _script(name: str, path: Path):
    """A script of the repository (not a package) loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _accuracy_module():
    return _script("corpus_accuracy", ROOT / "benchmarks" / "accuracy.py")


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    if not SCORER.exists():
        pytest.skip("shared scorer not present beside the project")
    accuracy = _accuracy_module()
    ids = accuracy.split_ids()
    lines = accuracy.gold_lines()
    work = tmp_path_factory.mktemp("corpus")
    out = {}
    for split in GATED:
        chosen = [ln for ln in lines if json.loads(ln)["id"] in ids[split]]
        gold = work / f"{split}.jsonl"
        gold.write_text("\n".join(chosen) + "\n", encoding="utf-8")
        out[split] = accuracy.evaluate(gold, SCORER, work, 1, [])
    return out


def test_corpus_gate_covers_every_layer_of_the_accuracy_table():
    rows = {key for key, _ in _accuracy_module().ROWS}
    for split in GATED:
        assert set(BASELINE["floors"][split]) == rows


@pytest.mark.parametrize(
    ("split", "metric"),
    [(s, m) for s in GATED for m in sorted(BASELINE["floors"][s])],
)
def test_corpus_gate_metric_at_or_above_floor(figures, split, metric):
    value = figures[split][metric]
    value = value["f1"] if isinstance(value, dict) else value
    floor = BASELINE["floors"][split][metric]
    assert value is not None and value >= floor, (
        f"{split} {metric} = {value:.3f} is below the floor {floor}"
    )


def test_corpus_gate_every_document_scored(figures):
    for split in GATED:
        assert figures[split]["missing_documents"] == []


def _line(doc_id: str) -> str:
    return json.dumps({"id": doc_id, "text": "", "outlet": None, "sentences": []})


def test_accuracy_reports_each_test_part_only_when_the_test_split_has_several():
    accuracy = _accuracy_module()
    ids = {"train": {"c-001"}, "dev": set(), "test": {"a-001", "b-002", "o-001"}}
    lines = [_line(i) for i in ("a-001", "b-002", "c-001", "o-001")]
    columns = dict(accuracy.column_lines(lines, ids))
    assert list(columns) == ["train", "test", "test a-b", "test o"]
    assert [json.loads(ln)["id"] for ln in columns["test a-b"]] == ["a-001", "b-002"]
    assert [json.loads(ln)["id"] for ln in columns["test o"]] == ["o-001"]
    ids["test"] = {"a-001", "b-002"}
    assert list(dict(accuracy.column_lines(lines[:3], ids))) == ["train", "test"]


def test_accuracy_test_parts_are_named_by_the_whole_id_prefix():
    accuracy = _accuracy_module()
    ids = {"train": {"z-001"}, "dev": set(), "test": {"a-001", "zf-001", "zf-002"}}
    lines = [_line(i) for i in ("a-001", "z-001", "zf-001", "zf-002")]
    columns = dict(accuracy.column_lines(lines, ids))
    assert list(columns) == ["train", "test", "test a-b", "test zf"]
    assert [json.loads(ln)["id"] for ln in columns["test zf"]] == ["zf-001", "zf-002"]
    assert accuracy.part_of("zf-012") == "zf"
    assert accuracy.part_of("a-001") == "a"


def test_accuracy_reports_the_dev_halves_only_when_both_hold_documents():
    accuracy = _accuracy_module()
    dev = [f"c-{n:03d}" for n in range(1, 21)]
    halves = {doc_id: accuracy.dev_half(doc_id) for doc_id in dev}
    assert set(halves.values()) == set(accuracy.DEV_HALVES)
    ids = {"train": {"d-001"}, "dev": set(dev), "test": set()}
    lines = [_line(i) for i in ["d-001", *dev]]
    columns = dict(accuracy.column_lines(lines, ids))
    assert list(columns) == ["train", "dev", "dev mine", "dev check"]
    for half in accuracy.DEV_HALVES:
        chosen = [json.loads(ln)["id"] for ln in columns[half]]
        assert chosen == [i for i in dev if halves[i] == half]
    one_half = [i for i in dev if halves[i] == "dev mine"]
    ids["dev"] = set(one_half)
    lines = [_line(i) for i in ["d-001", *one_half]]
    assert list(dict(accuracy.column_lines(lines, ids))) == ["train", "dev"]


def test_dev_half_is_fixed_by_the_id_alone():
    accuracy = _accuracy_module()
    assert accuracy.dev_half("c-001") == accuracy.dev_half("c-001")
    counts = [accuracy.dev_half(f"x-{n:03d}") for n in range(200)]
    assert 70 < counts.count("dev mine") < 130


def _rebase_module():
    return _script("rebase_floors", ROOT / "scripts" / "rebase_floors.py")


@pytest.mark.parametrize(
    ("measured", "floor"),
    [(0.8734, 0.86), (0.87, 0.86), (0.8799, 0.86), (0.9, 0.89), (0.011, 0.0)],
)
def test_rebase_floor_is_the_figure_less_a_point_rounded_down(measured, floor):
    assert _rebase_module().floor_of(measured) == floor
