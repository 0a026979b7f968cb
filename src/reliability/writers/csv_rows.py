"""The CSV output: one row of scores and counts a document."""

from __future__ import annotations

import csv
from typing import IO

from reliability.records import ErrorRecord
from reliability.schema import DocumentReport

__all__ = ["CSV_COLUMNS", "CsvWriter", "csv_row"]

#: Columns of the CSV output, in order.
CSV_COLUMNS = (
    "id",
    "outlet",
    "title",
    "url",
    "overall",
    "attribution",
    "unsourced",
    "hedging",
    "loaded",
    "provenance",
    "sentences",
    "body_sentences",
    "claims",
    "unsourced_claims",
    "attributions",
    "hedges",
    "loaded_terms",
    "cited_outlets",
    "automated_readability_index",
    "coleman_liau_index",
    "lix",
    "warnings",
    "error_type",
    "error_message",
)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def csv_row(item: DocumentReport | ErrorRecord, index: int = 0) -> list[str]:
    """One CSV row (``CSV_COLUMNS``) for a report or an error record."""
    if isinstance(item, ErrorRecord):
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update(
            id=item.id or "",
            error_type=item.error.type,
            error_message=item.error.message,
        )
        return list(row.values())
    body = item.body()
    sc = item.scores
    read = sc.readability if sc else {}
    return [
        item.id or "",
        item.outlet.domain if item.outlet else "",
        item.title or "",
        item.url or "",
        _num(sc.overall.value if sc else None),
        _num(sc.attribution.value if sc else None),
        _num(sc.unsourced.value if sc else None),
        _num(sc.hedging.value if sc else None),
        _num(sc.loaded.value if sc else None),
        _num(sc.provenance.value if sc and sc.provenance else None),
        str(len(item.sentences)),
        str(len(body)),
        str(sum(s.claim for s in body)),
        str(sum(s.unsourced_claim for s in body)),
        str(sum(len(s.attributions) for s in body)),
        str(sum(len(s.hedges) for s in body)),
        str(sum(len(s.loaded) for s in body)),
        "|".join(c.outlet.domain for c in item.cited_outlets),
        _num(read.get("automated_readability_index")),
        _num(read.get("coleman_liau_index")),
        _num(read.get("lix")),
        " | ".join(item.warnings),
        "",
        "",
    ]


class CsvWriter:
    """Writes the header, then one ``csv_row`` at a time, to ``out``."""

    def __init__(self, out: IO[str]) -> None:
        self.writer = csv.writer(out, lineterminator="\n")
        self.writer.writerow(CSV_COLUMNS)

    def write(self, value: list[str]) -> None:
        """Write one row."""
        self.writer.writerow(value)

    def close(self) -> None:
        """Nothing to finish: every row is written as it comes."""
