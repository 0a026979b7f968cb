"""Invariants every registered annotator must keep; a new annotator gets them free."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

import reliability
from reliability import DocumentReport
from reliability.config import AnnotatorSpec, PipelineConfig
from tests.samples import TEXTS
from tests.strategies import any_text

NAMES = [n for n in reliability.available() if not n.startswith("test-")]


def _analyzer(name: str) -> reliability.Analyzer:
    needed = ["attribution"] if name not in ("attribution",) else []
    specs = [AnnotatorSpec(name=n) for n in [*needed, name]]
    return reliability.Analyzer(PipelineConfig(annotators=tuple(specs)))


ANALYZERS = {name: _analyzer(name) for name in NAMES}


def _check(report: DocumentReport, text: str) -> None:
    assert report.text == text
    previous = 0
    for s in report.sentences:
        assert previous <= s.start <= s.end <= len(text)
        previous = s.end
        spans = [*s.hedges, *s.loaded]
        for a in s.attributions:
            spans.append(a.cue)
            if a.source is not None:
                spans.append(a.source)
            assert a.confidence is None or 0 <= a.confidence <= 1
        for sp in spans:
            assert text[sp.start : sp.end] == sp.text
            assert s.start <= sp.start <= sp.end <= s.end
        for group in (s.hedges, s.loaded):
            starts = [(c.start, c.end) for c in group]
            assert starts == sorted(starts)
            assert all(c.confidence is None or 0 <= c.confidence <= 1 for c in group)
        if s.boilerplate:
            assert not (
                s.attributions or s.hedges or s.loaded or s.claim or s.unsourced_claim
            )
        if s.unsourced_claim:
            assert s.claim and not s.attributions
    assert report.scores is not None
    for name in ("overall", "attribution", "hedging", "unsourced", "loaded"):
        v = getattr(report.scores, name).value
        assert v is None or 0 <= v <= 100
    assert DocumentReport.model_validate_json(report.model_dump_json()) == report


def _shifted(report: DocumentReport, k: int) -> list[tuple]:
    out = []
    for s in report.sentences:
        out.append(
            ("s", s.start + k, s.end + k, s.boilerplate, s.claim, s.unsourced_claim)
        )
        out += [("h", c.start + k, c.end + k) for c in s.hedges]
        out += [("l", c.start + k, c.end + k) for c in s.loaded]
        out += [
            (
                "a",
                a.cue.start + k,
                a.source.start + k if a.source else None,
                a.source_type,
            )
            for a in s.attributions
        ]
    return out


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("text", TEXTS)
def test_contract_invariants_on_samples(name, text):
    _check(ANALYZERS[name].analyze(text), text)


@pytest.mark.parametrize("name", NAMES)
def test_contract_prepending_whitespace_shifts_offsets(name):
    a = ANALYZERS[name]
    text = TEXTS[0]
    base = a.analyze(text)
    for k in (1, 3, 17):
        moved = a.analyze("\n" * k + text)
        assert _shifted(moved, 0) == _shifted(base, k)


@pytest.mark.parametrize("name", NAMES)
def test_contract_same_input_same_output(name):
    a = ANALYZERS[name]
    assert (
        a.analyze(TEXTS[0]).model_dump_json() == a.analyze(TEXTS[0]).model_dump_json()
    )


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text)
def test_contract_invariants_on_any_text(text):
    for a in ANALYZERS.values():
        _check(a.analyze(text), text)
