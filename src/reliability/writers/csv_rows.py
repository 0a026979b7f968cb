"""The CSV output: one row of scores and counts a document.

Text cells (id, outlet, title, URL, cited outlets, warnings, error fields)
that begin with ``=`` ``+`` ``-`` ``@``, a tab or a carriage return would be
run as formulas by a spreadsheet; as OWASP recommends against CSV injection,
such a cell is written with a single quote in front, which spreadsheets show
as text. A cell beginning with a quote gets one more, so reading back
(``readers.reports``) removes exactly one. Number cells are never changed.
"""

from __future__ import annotations

import csv

from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from reliability.writers.output import TextSink

__all__ = ["CSV_COLUMNS", "FORMULA_STARTS", "TEXT_COLUMNS", "CsvWriter", "csv_row"]

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


#: Columns holding text (the others hold numbers, written by this module).
TEXT_COLUMNS = frozenset(
    {
        "id",
        "outlet",
        "title",
        "url",
        "cited_outlets",
        "warnings",
        "error_type",
        "error_message",
    }
)
#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str) -> str:
    """A text cell no spreadsheet runs as a formula (see the module docstring)."""
    return "'" + value if value.startswith((*FORMULA_STARTS, "'")) else value


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def csv_row(item: DocumentReport | ErrorRecord, index: int = 0) -> list[str]:
    """One CSV row (``CSV_COLUMNS``) for a report or an error record."""
    if isinstance(item, ErrorRecord):
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update(
            id=_text(item.id or ""),
            error_type=_text(item.error.type),
            error_message=_text(item.error.message),
        )
        return list(row.values())
    body = item.body()
    sc = item.scores
    read = sc.readability if sc else {}
    return [
        _text(item.id or ""),
        _text(item.outlet.domain if item.outlet else ""),
        _text(item.title or ""),
        _text(item.url or ""),
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
        _text("|".join(c.outlet.domain for c in item.cited_outlets)),
        _num(read.get("automated_readability_index")),
        _num(read.get("coleman_liau_index")),
        _num(read.get("lix")),
        _text(" | ".join(item.warnings)),
        "",
        "",
    ]


class CsvWriter:
    """Writes the header, then one ``csv_row`` at a time, to ``out``.

    A row with a carriage return in a cell is written with every cell quoted:
    the csv module quotes only the characters of its line terminator (a line
    feed here), and a bare carriage return would end the row for many readers.
    """

    def __init__(self, out: TextSink) -> None:
        self.writer = csv.writer(out, lineterminator="\n")
        self.quoted = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL)
        self.writer.writerow(CSV_COLUMNS)

    def write(self, value: list[str]) -> None:
        """Write one row."""
        if any("\r" in cell for cell in value):
            self.quoted.writerow(value)
        else:
            self.writer.writerow(value)

    def close(self) -> None:
        """Nothing to finish: every row is written as it comes."""
