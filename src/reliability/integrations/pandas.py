"""Reports as tidy pandas data frames: one row per document, one row per annotation.

::

    from reliability.integrations.pandas import annotations_to_frame, reports_to_frame

    reports = list(reliability.Analyzer().analyze_many(texts))
    docs = reports_to_frame(reports)         # id, counts, score_* columns
    marks = annotations_to_frame(reports)    # doc_id, sentence, layer, start, end, ...

Offsets are the report's: half-open code-point offsets into the document text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from reliability.schema import DocumentReport, ReportLayer

__all__ = [
    "SCORE_NAMES",
    "ANNOTATION_COLUMNS",
    "ANNOTATION_LAYERS",
    "DOCUMENT_COLUMNS",
    "annotations_to_frame",
    "report_row",
    "reports_to_frame",
]

#: Score columns: ``score_<name>`` is ``report.scores.<name>.value`` (0-100).
SCORE_NAMES = ("overall", "attribution", "hedging", "unsourced", "loaded", "provenance")

#: Columns of ``reports_to_frame`` and their dtypes (readability columns follow).
DOCUMENT_COLUMNS: dict[str, str] = {
    "id": "object",
    "url": "object",
    "title": "object",
    "outlet": "object",
    "published": "object",
    "chars": "int64",
    "sentences": "int64",
    "boilerplate": "int64",
    "claims": "int64",
    "unsourced_claims": "int64",
    "attributions": "int64",
    "hedges": "int64",
    "loaded": "int64",
    "cited_outlets": "int64",
    **{f"score_{name}": "float64" for name in SCORE_NAMES},
}

#: Values of the ``layer`` column of ``annotations_to_frame``.
ANNOTATION_LAYERS = tuple(layer.value for layer in ReportLayer)

#: Columns of ``annotations_to_frame`` and their dtypes.
ANNOTATION_COLUMNS: dict[str, str] = {
    "doc_id": "object",
    "sentence": "int64",
    "layer": "object",
    "start": "int64",
    "end": "int64",
    "text": "object",
    "type": "object",
    "confidence": "float64",
    "rule": "object",
}


def _frame(rows: list[dict[str, Any]], dtypes: dict[str, str]) -> pd.DataFrame:
    # Column by column, so text columns stay object with None (not NaN) for
    # missing values whatever pandas' string inference does.
    return pd.DataFrame(
        {
            name: pd.Series([row.get(name) for row in rows], dtype=dtype)
            for name, dtype in dtypes.items()
        }
    )


def report_row(report: DocumentReport) -> dict[str, Any]:
    """One document's row of ``reports_to_frame`` as a dict."""
    body = report.body()
    row: dict[str, Any] = {
        "id": report.id,
        "url": report.url,
        "title": report.title,
        "outlet": report.outlet.domain if report.outlet else None,
        "published": report.published,
        "chars": len(report.text),
        "sentences": len(report.sentences),
        "boilerplate": len(report.sentences) - len(body),
        "claims": sum(s.claim for s in body),
        "unsourced_claims": sum(s.unsourced_claim for s in body),
        "attributions": sum(len(s.attributions) for s in body),
        "hedges": sum(len(s.hedges) for s in body),
        "loaded": sum(len(s.loaded) for s in body),
        "cited_outlets": len(report.cited_outlets),
    }
    scores = report.scores
    for name in SCORE_NAMES:
        score = getattr(scores, name) if scores is not None else None
        row[f"score_{name}"] = (
            float(score.value)
            if score is not None and score.value is not None
            else None
        )
    if scores is not None:
        for key, value in scores.readability.items():
            row[f"readability_{key}"] = float(value)
    return row


def reports_to_frame(reports: Iterable[DocumentReport]) -> pd.DataFrame:
    """One row per document: metadata, counts and ``score_*`` values.

    The metadata columns are those of ``DocumentMeta`` as the report carries
    them: ``id``, ``url``, ``title``, ``outlet`` (the publisher's domain as
    resolved, which may differ from the caller's outlet name) and
    ``published``.

    Counts (claims, attributions, hedges, ...) are over body sentences, as the
    scores are. Missing scores are NaN. Readability figures, when computed, are
    ``readability_<name>`` columns.

    Args:
        reports: The documents' reports.

    Returns:
        The frame, columns in ``DOCUMENT_COLUMNS`` order then readability.
    """
    rows = [report_row(r) for r in reports]
    extra = sorted({k for row in rows for k in row} - set(DOCUMENT_COLUMNS))
    return _frame(rows, {**DOCUMENT_COLUMNS, **{k: "float64" for k in extra}})


def _annotation_rows(report: DocumentReport) -> Iterable[tuple[Any, ...]]:
    doc_id = report.id
    for a in report.annotations():
        yield (
            doc_id,
            a.sentence,
            a.layer.value,
            a.start,
            a.end,
            a.text,
            a.source_type.value if a.source_type is not None else None,
            a.confidence,
            a.rule,
        )


def annotations_to_frame(reports: Iterable[DocumentReport]) -> pd.DataFrame:
    """One row per annotation, in document, sentence and layer order.

    Columns (``ANNOTATION_COLUMNS``): ``doc_id``, ``sentence`` (index in the
    report), ``layer`` (one of ``ANNOTATION_LAYERS``), ``start``/``end``
    (code-point offsets into the document), ``text``, ``type`` (the source type
    of attributions and sources), ``confidence`` and ``rule``. Sentence-level
    layers (claims, unsourced claims, boilerplate) span their sentence.

    Args:
        reports: The documents' reports.

    Returns:
        The frame (empty, with the same columns, when nothing is marked).
    """
    names = list(ANNOTATION_COLUMNS)
    rows = [
        dict(zip(names, row, strict=True))
        for r in reports
        for row in _annotation_rows(r)
    ]
    return _frame(rows, ANNOTATION_COLUMNS)
