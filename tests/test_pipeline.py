"""The pipeline checks annotators at construction and findings at run time."""

from __future__ import annotations

import pytest

import reliability
from reliability import PipelineError
from reliability.findings import FlagFinding, Layer, SpanFinding
from reliability.pipeline import Pipeline


class _Fake:
    version = "1"
    requires: frozenset = frozenset()

    def __init__(self, name, assigns, findings=(), requires=()):
        self.name = name
        self.assigns = frozenset(assigns)
        self.requires = frozenset(requires)
        self._findings = findings

    def annotate(self, doc):
        return list(self._findings)


def test_pipeline_rejects_unmet_requirement():
    with pytest.raises(PipelineError, match="requires .*attributions"):
        Pipeline([_Fake("c", [Layer.CLAIM], requires=[Layer.ATTRIBUTIONS])])


def test_pipeline_rejects_duplicate_names():
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([_Fake("a", [Layer.LOADED]), _Fake("a", [Layer.HEDGES])])


def test_pipeline_rejects_finding_on_unassigned_layer():
    p = Pipeline([_Fake("a", [Layer.LOADED], [SpanFinding(Layer.HEDGES, 0, 2, "x")])])
    with pytest.raises(PipelineError, match="does not assign"):
        p.annotate("It may rain.")


def test_pipeline_rejects_span_outside_text():
    p = Pipeline([_Fake("a", [Layer.LOADED], [SpanFinding(Layer.LOADED, 5, 99, "x")])])
    with pytest.raises(PipelineError, match="bad span"):
        p.annotate("It may rain.")


def test_pipeline_dedupes_and_sorts_spans():
    text = "A brutal and vicious attack."
    findings = [
        SpanFinding(Layer.LOADED, 13, 20, "b", 0.5),
        SpanFinding(Layer.LOADED, 2, 8, "a", 0.4),
        SpanFinding(Layer.LOADED, 2, 8, "a2", 0.9),
    ]
    p = Pipeline([_Fake("a", [Layer.LOADED], findings)])
    s = p.assemble(p.annotate(text)).sentences[0]
    assert [(c.start, c.end, c.text, c.rule) for c in s.loaded] == [
        (2, 8, "brutal", "a2"),
        (13, 20, "vicious", "b"),
    ]


def test_pipeline_unsourced_needs_claim():
    text = "It rained. The council met."
    findings = [
        FlagFinding(Layer.CLAIM, 0, True, "x"),
        FlagFinding(Layer.UNSOURCED_CLAIM, 0, True, "x"),
        FlagFinding(Layer.CLAIM, 1, False, "x"),
        FlagFinding(Layer.UNSOURCED_CLAIM, 1, True, "x"),
    ]
    p = Pipeline([_Fake("a", [Layer.CLAIM, Layer.UNSOURCED_CLAIM], findings)])
    s = p.assemble(p.annotate(text)).sentences
    assert (s[0].claim, s[0].unsourced_claim) == (True, True)
    assert (s[1].claim, s[1].unsourced_claim) == (False, False)


def test_analyze_rejects_non_text_and_oversize():
    small = reliability.Analyzer(reliability.PipelineConfig(max_chars=10))
    with pytest.raises(reliability.InputError, match="over the limit"):
        small.analyze("x" * 11, id="big")
    with pytest.raises(reliability.InputError, match="must be str"):
        small.analyze(b"bytes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cue, source",
    [
        ((5, 99), (None, None)),
        ((0, 2), (3, 99)),
        ((0, 2), (3, None)),
        ((2, 2), (None, None)),
    ],
)
def test_pipeline_rejects_attribution_outside_text(cue, source):
    from reliability.findings import AttributionFinding
    from reliability.schema import SourceType

    f = AttributionFinding(
        cue[0], cue[1], source[0], source[1], SourceType.PRONOUN, "x"
    )
    p = Pipeline([_Fake("a", [Layer.ATTRIBUTIONS], [f])])
    with pytest.raises(PipelineError, match="bad attribution"):
        p.annotate("He said it may rain.")


def test_pipeline_assembled_models_equal_validated_ones_and_copy_safely():
    from reliability.schema import DocumentReport

    text = "Officials said prices may rise. Menu\n\nRents will double, he said."
    report = reliability.analyze(text)
    again = DocumentReport.model_validate_json(report.model_dump_json())
    assert again == report
    for s, validated in zip(report.sentences, again.sentences, strict=True):
        assert s.model_dump() == validated.model_dump()
    # Assembled sentences share one "fields set"; a copy gets its own, so
    # changing a copy changes no other sentence.
    first, second = report.sentences[0], report.sentences[-1]
    assert first.model_fields_set is second.model_fields_set
    changed = first.model_copy(update={"claim_rule": "edited"})
    assert changed.model_fields_set is not first.model_fields_set
    assert changed.claim_rule == "edited"
    assert first.claim_rule != "edited" and second.claim_rule != "edited"
