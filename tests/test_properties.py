"""Property tests over the public API: any text gives a valid, deterministic report."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reliability
from tests.strategies import any_text, hostile_text, json_scalar

_ANALYZER = reliability.Analyzer()


def _covers_all_non_space(report: reliability.DocumentReport) -> bool:
    covered = bytearray(len(report.text))
    for s in report.sentences:
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    return all(covered[i] or ch.isspace() for i, ch in enumerate(report.text))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=any_text)
def test_analyze_any_text_gives_valid_report(text):
    report = _ANALYZER.analyze(text)
    assert report.text == text
    assert _covers_all_non_space(report)
    for s in report.sentences:
        assert s.start < s.end
        body = text[s.start : s.end]
        assert body == body.strip() or not body.strip()
    assert report == _ANALYZER.analyze(text)


@settings(max_examples=40, deadline=None)
@given(
    text=any_text,
    disabled=st.sets(st.sampled_from(["hedges", "loaded", "outlet", "claims"])),
    url=st.none() | st.text(max_size=40),
    outlet=st.none() | st.text(max_size=20),
    title=st.none() | st.text(max_size=20),
)
def test_analyze_any_metadata_and_annotators_switched_off(
    text, disabled, url, outlet, title
):
    analyzer = reliability.Analyzer(disable=disabled)
    report = analyzer.analyze(text, id="d", url=url, outlet=outlet, title=title)
    assert report.id == "d"
    assert set(report.pipeline.annotators).isdisjoint(disabled)
    assert (
        reliability.DocumentReport.model_validate_json(report.model_dump_json())
        == report
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
def test_analyze_text_of_every_unicode_category(text):
    """Lone surrogates, separators, marks, private and unassigned code points."""
    report = _ANALYZER.analyze(text)
    assert report.text == text
    assert _covers_all_non_space(report)
    assert report == _ANALYZER.analyze(text)


_item = st.one_of(
    hostile_text,
    st.none(),
    st.integers(),
    st.floats(),
    st.fixed_dictionaries(
        {"text": st.one_of(hostile_text, json_scalar)},
        optional={"id": json_scalar, "url": json_scalar, "title": json_scalar},
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(items=st.lists(_item, max_size=8))
def test_analyze_many_gives_one_writable_result_per_item(items):
    results = list(_ANALYZER.analyze_many(items))
    assert len(results) == len(items)
    for item, result in zip(items, results, strict=True):
        line = result.model_dump_json()  # UTF-8 can carry every result
        assert json.loads(line)["id"] == result.id
        text = item.get("text") if isinstance(item, dict) else item
        assert isinstance(result, reliability.DocumentReport) is isinstance(text, str)


def test_analyze_one_megabyte_of_one_letter():
    text = "a" * 1_000_000
    report = _ANALYZER.analyze(text)
    assert [(s.start, s.end) for s in report.sentences] == [(0, 1_000_000)]


def test_analyze_many_keeps_order_and_ids():
    docs = [
        {"id": f"d{i}", "text": f"The mayor said {i} roads were closed."}
        for i in range(7)
    ]
    reports = list(_ANALYZER.analyze_many(docs))
    assert [r.id for r in reports] == [d["id"] for d in docs]
    assert [r.text for r in reports] == [d["text"] for d in docs]


def test_analyze_module_function_matches_analyzer():
    text = "Police said two people were hurt. The road may reopen on Monday."
    assert reliability.analyze(text, id="x") == _ANALYZER.analyze(text, id="x")
