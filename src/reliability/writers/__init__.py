"""Writing reports: JSON Lines, CSV, the HTML page, and resuming a JSONL output.

Each format has a ``render_*`` function run in the worker that analysed the
document, and a writer that puts the rendered documents out in input order.
The HTML page's renderer is imported from ``reliability.writers.html`` only
when that format is asked for.
"""

from __future__ import annotations

from reliability.writers.csv_rows import CSV_COLUMNS, CsvWriter, csv_row
from reliability.writers.jsonl import JsonlWriter, render_jsonl
from reliability.writers.resume import repair_jsonl

__all__ = [
    "CSV_COLUMNS",
    "CsvWriter",
    "JsonlWriter",
    "csv_row",
    "render_jsonl",
    "repair_jsonl",
]
