"""Reports as tidy data frames."""

from __future__ import annotations

import math

import pytest

pd = pytest.importorskip("pandas")

from reliability.integrations.pandas import (  # noqa: E402
    ANNOTATION_COLUMNS,
    DOCUMENT_COLUMNS,
    annotations_to_frame,
    reports_to_frame,
)

from .reports import TEXT, sample_report  # noqa: E402


def test_pandas_annotations_one_row_per_mark():
    frame = annotations_to_frame([sample_report("a"), sample_report("b")])
    assert list(frame.columns) == list(ANNOTATION_COLUMNS)
    rows = frame[frame.doc_id == "a"][
        ["sentence", "layer", "start", "end", "text", "type"]
    ]
    assert [tuple(r) for r in rows.itertuples(index=False)] == [
        (0, "boilerplate", 0, 18, "Share this article", None),
        (1, "attribution", 29, 33, "said", "named_person"),
        (1, "source", 19, 28, "The mayor", "named_person"),
        (1, "hedge", 49, 59, "reportedly", None),
        (1, "loaded", 67, 75, "shocking", None),
        (1, "claim", 19, 80, TEXT[19:80], None),
        (2, "hedge", 122, 129, "claimed", None),
        (2, "claim", 81, 130, TEXT[81:130], None),
        (2, "unsourced_claim", 81, 130, TEXT[81:130], None),
    ]
    assert len(frame) == 18
    for r in frame.itertuples():
        assert TEXT[r.start : r.end] == r.text
    assert (
        frame.loc[frame.layer == "hedge", "rule"].iloc[0] == "lexicon:hedges:reportedly"
    )
    assert frame.loc[frame.layer == "unsourced_claim", "confidence"].iloc[0] == 0.6


def test_pandas_empty_input_keeps_columns_and_dtypes():
    docs, marks = reports_to_frame([]), annotations_to_frame([])
    assert list(docs.columns) == list(DOCUMENT_COLUMNS) and len(docs) == 0
    assert dict(marks.dtypes.astype(str)) == ANNOTATION_COLUMNS


def test_pandas_documents_one_row_each_with_scores(analyzer):
    texts = [
        "Officials said it may rain. Prices will rise 5% next year.",
        "The mayor said the bridge would reopen on Monday.",
    ]
    reports = [analyzer.analyze(t, id=f"d{i}") for i, t in enumerate(texts)]
    frame = reports_to_frame(reports)
    assert list(frame.id) == ["d0", "d1"]
    assert list(frame.columns[: len(DOCUMENT_COLUMNS)]) == list(DOCUMENT_COLUMNS)
    for row, report in zip(frame.itertuples(), reports, strict=True):
        # A score with nothing to judge is None in the report, NaN in the frame.
        for column, score in (
            (row.score_overall, report.scores.overall),
            (row.score_attribution, report.scores.attribution),
        ):
            assert column == score.value or (score.value is None and math.isnan(column))
        assert row.claims == sum(s.claim for s in report.body())
        assert row.sentences == len(report.sentences)
    assert (
        math.isnan(frame.score_provenance.iloc[0])
        or frame.score_provenance.notna().all()
    )


def test_pandas_documents_without_scores_give_nan():
    frame = reports_to_frame([sample_report()])
    assert frame.loc[0, "boilerplate"] == 1 and frame.loc[0, "hedges"] == 2
    assert frame.loc[0, "unsourced_claims"] == 1
    assert math.isnan(frame.loc[0, "score_overall"])


def test_issue_12_pandas_documents_carry_published():
    report = sample_report().model_copy(update={"published": "2024-05-01"})
    frame = reports_to_frame([report, sample_report("doc-2")])
    assert list(frame.columns[:5]) == ["id", "url", "title", "outlet", "published"]
    assert list(frame.published) == ["2024-05-01", None]
