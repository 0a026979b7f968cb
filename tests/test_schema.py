"""The JSON contract: gold lines load, reports round-trip, spans are checked."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from reliability import DocumentReport, Span, json_schema
from tests.samples import ARTICLE


def test_schema_gold_lines_load(gold_docs):
    for doc in gold_docs:
        report = DocumentReport.model_validate_json(json.dumps(doc))
        assert report.id == doc["id"]
        assert len(report.sentences) == len(doc["sentences"])
        expected = doc["outlet"]
        assert (report.outlet.domain if report.outlet else None) == expected


def test_schema_report_round_trips(analyzer):
    report = analyzer.analyze(ARTICLE, id="a1", url="https://www.example.com/x")
    again = DocumentReport.model_validate_json(report.model_dump_json())
    assert again == report


def test_schema_json_has_gold_field_names(analyzer):
    data = json.loads(analyzer.analyze(ARTICLE, id="a1").model_dump_json())
    assert {"id", "text", "outlet", "sentences"} <= data.keys()
    for s in data["sentences"]:
        assert {
            "start",
            "end",
            "boilerplate",
            "attributions",
            "hedges",
            "claim",
            "unsourced_claim",
            "loaded",
        } <= s.keys()
        for a in s["attributions"]:
            assert {"cue", "source", "source_type"} <= a.keys()


@pytest.mark.parametrize(
    "start, end, text",
    [(0, 3, "ab"), (3, 1, ""), (-1, 1, "ab")],
)
def test_span_rejects_inconsistent_offsets(start, end, text):
    with pytest.raises(ValidationError):
        Span(start=start, end=end, text=text)


def test_span_of_slices_the_text():
    assert Span.of("hello world", 6, 11) == Span(start=6, end=11, text="world")


def test_report_rejects_span_not_matching_text():
    bad = {
        "id": "x",
        "text": "He said so.",
        "outlet": None,
        "sentences": [
            {
                "start": 0,
                "end": 11,
                "boilerplate": False,
                "claim": True,
                "unsourced_claim": False,
                "hedges": [],
                "loaded": [],
                "attributions": [
                    {
                        "cue": {"start": 0, "end": 2, "text": "He"},
                        "source": None,
                        "source_type": "pronoun",
                    }
                ],
            }
        ],
    }
    DocumentReport.model_validate(bad)
    bad["sentences"][0]["attributions"][0]["cue"] = {"start": 3, "end": 5, "text": "He"}
    with pytest.raises(ValidationError, match="does not match"):
        DocumentReport.model_validate(bad)


def test_report_rejects_overlapping_sentences():
    with pytest.raises(ValidationError, match="overlaps"):
        DocumentReport.model_validate(
            {
                "text": "abc def",
                "sentences": [{"start": 0, "end": 5}, {"start": 4, "end": 7}],
            }
        )


def test_report_rejects_unknown_fields():
    with pytest.raises(ValidationError):
        DocumentReport.model_validate({"text": "x", "colour": "red"})


def test_json_schema_describes_report():
    schema = json_schema()
    assert schema["title"] == "DocumentReport"
    assert "sentences" in schema["properties"]
    assert "SourceType" in schema["$defs"]
