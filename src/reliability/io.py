"""The names this module used to hold, kept for code that imports them from here.

Records live in ``reliability.records``, reading in ``reliability.readers``
and writing in ``reliability.writers``; import them from there.
"""

from __future__ import annotations

from reliability.readers import (
    DEFAULT_MAX_CHARS,
    SUFFIXES,
    ScoreRow,
    decode_bytes,
    extract_html,
    load_reports,
    read_corpus,
)
from reliability.records import ErrorInfo, ErrorRecord, InputRecord, error_record
from reliability.writers import CSV_COLUMNS, csv_row, repair_jsonl

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MAX_CHARS",
    "SUFFIXES",
    "ErrorInfo",
    "ErrorRecord",
    "InputRecord",
    "ScoreRow",
    "csv_row",
    "decode_bytes",
    "error_record",
    "extract_html",
    "load_reports",
    "read_corpus",
    "repair_jsonl",
]
