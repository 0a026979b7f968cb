"""The registry: built-in names are stable; unknown names fail clearly."""

from __future__ import annotations

import pytest

import reliability
from reliability import ConfigError, registry
from reliability.findings import Layer, SpanFinding


def test_registry_pins_builtin_names():
    assert {"attribution", "claims", "hedges", "loaded", "outlet"} <= set(
        reliability.available()
    )


def test_registry_unknown_name_lists_choices():
    with pytest.raises(
        ConfigError, match="unknown annotator 'hedge'; available: .*hedges"
    ):
        reliability.create("hedge")


def test_registry_third_party_annotator_runs_in_pipeline():
    @registry.register("test-shouting")
    class Shouting:
        name = "test-shouting"
        version = "1"
        assigns = frozenset({Layer.LOADED})
        requires = frozenset()

        def annotate(self, doc):
            for _, seg in doc.content_segments():
                idx = doc.token_range(seg.start, seg.end)
                for t in doc.tokens[idx.start : idx.stop]:
                    if len(t.lower) > 2 and doc.text[t.start : t.end].isupper():
                        yield SpanFinding(
                            Layer.LOADED, t.start, t.end, "test:caps", 0.5
                        )

    analyzer = reliability.Analyzer(
        extra=[reliability.create("test-shouting")], disable=["loaded"]
    )
    report = analyzer.analyze("The council said the plan was a DISASTER for the town.")
    marked = [c.text for s in report.sentences for c in s.loaded]
    assert marked == ["DISASTER"]
    assert report.pipeline.annotators["test-shouting"] == "1"


def test_analyzer_disable_unknown_annotator_fails():
    with pytest.raises(ConfigError, match="available"):
        reliability.Analyzer(disable=["nope"])


def test_analyzer_disable_switches_layer_off():
    text = "The plan may reportedly fail, officials said on Monday."
    on = reliability.Analyzer().analyze(text)
    off = reliability.Analyzer(disable=["hedges"]).analyze(text)
    assert any(s.hedges for s in on.sentences)
    assert not any(s.hedges for s in off.sentences)
    assert "hedges" not in off.pipeline.annotators
