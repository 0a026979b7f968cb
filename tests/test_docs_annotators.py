"""The examples of docs/annotators.md and the README run as written."""

from __future__ import annotations

import re
from pathlib import Path

import reliability
from reliability import load_config

ROOT = Path(__file__).resolve().parent.parent
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)


def _blocks(path: Path, lang: str) -> list[str]:
    return [c for k, c in BLOCK.findall(path.read_text(encoding="utf-8")) if k == lang]


def test_docs_annotators_python_example_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my_ratings.csv").write_text("domain,pc1\nexample.com,0.9\n")
    namespace: dict[str, object] = {}
    for code in _blocks(ROOT / "docs" / "annotators.md", "python"):
        exec(compile(code, "docs/annotators.md", "exec"), namespace)
    analyzer = namespace["analyzer"]
    assert isinstance(analyzer, reliability.Analyzer)
    assert "loaded" not in analyzer.annotator_names
    report = analyzer.analyze(
        "Officials said the plan may fail.", url="https://example.com/a"
    )
    assert report.outlet.domain == "example.com"
    assert any(r.value == 0.9 for r in report.outlet.ratings)


def test_docs_annotators_toml_example_loads(tmp_path):
    (toml,) = _blocks(ROOT / "docs" / "annotators.md", "toml")
    path = tmp_path / "c.toml"
    path.write_text(toml)
    cfg = load_config(path)
    specs = {a.name: a for a in cfg.annotators}
    assert not specs["loaded"].enabled
    assert specs["attribution"].options == {"broad": True}
    assert reliability.Analyzer(cfg).annotator_names[0] == "attribution"
