"""The JSON contract: gold lines load, reports round-trip, spans are checked."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from reliability import DocumentReport, Span, json_schema
from reliability.schema import (
    SENTENCE_LAYERS,
    SPAN_LAYERS,
    Attribution,
    Cue,
    ReportLayer,
    Sentence,
    SourceType,
)
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


def _walk_report() -> DocumentReport:
    text = "Menu\nThe minister said prices may rise sharply. Rents will double."
    said = text.index("said")
    who = text.index("The minister")
    may = text.index("may")
    sharply = text.index("sharply")
    second = text.index("Rents")
    return DocumentReport(
        text=text,
        sentences=(
            Sentence(start=0, end=4, boilerplate=True, boilerplate_rule="nav"),
            Sentence(
                start=5,
                end=second - 1,
                attributions=(
                    Attribution(
                        cue=Span.of(text, said, said + 4),
                        source=Span.of(text, who, who + 12),
                        source_type=SourceType.NAMED_PERSON,
                        outlet=None,
                    ),
                ),
                hedges=(Cue(start=may, end=may + 3, text="may", rule="h"),),
                loaded=(Cue(start=sharply, end=sharply + 7, text="sharply"),),
                claim=True,
            ),
            Sentence(
                start=second,
                end=len(text),
                claim=True,
                unsourced_claim=True,
                claim_confidence=0.75,
            ),
        ),
    )


def test_schema_annotations_walk_every_layer_in_order():
    report = _walk_report()
    walked = [
        (a.layer.value, a.sentence, a.position, a.text) for a in report.annotations()
    ]
    assert walked == [
        ("boilerplate", 0, None, "Menu"),
        ("attribution", 1, 0, "said"),
        ("source", 1, 0, "The minister"),
        ("hedge", 1, 0, "may"),
        ("loaded", 1, 0, "sharply"),
        ("claim", 1, None, "The minister said prices may rise sharply."),
        ("claim", 2, None, "Rents will double."),
        ("unsourced_claim", 2, None, "Rents will double."),
    ]
    for a in report.annotations():
        assert report.text[a.start : a.end] == a.text
    cue, source = [a for a in report.annotations() if a.attribution is not None]
    assert cue.source_type is source.source_type is SourceType.NAMED_PERSON
    assert cue.attribution is source.attribution is report.sentences[1].attributions[0]
    assert list(report.annotations())[-1].confidence == 0.75


def test_schema_annotations_filter_by_layer():
    report = _walk_report()
    only = {ReportLayer.HEDGE, ReportLayer.UNSOURCED_CLAIM}
    assert [(a.layer, a.text) for a in report.annotations(layers=only)] == [
        (ReportLayer.HEDGE, "may"),
        (ReportLayer.UNSOURCED_CLAIM, "Rents will double."),
    ]


def test_schema_sentence_annotations_without_text_give_span_layers_only():
    s = _walk_report().sentences[1]
    assert {a.layer for a in s.annotations(index=1)} == SPAN_LAYERS
    assert all(a.sentence == 1 for a in s.annotations(index=1))


def test_schema_report_layer_labels_have_no_spaces():
    assert [layer.label for layer in ReportLayer] == [
        "Attribution",
        "Source",
        "Hedge",
        "Loaded",
        "Claim",
        "Unsourced_claim",
        "Boilerplate",
    ]
    assert SENTENCE_LAYERS | SPAN_LAYERS == set(ReportLayer)
