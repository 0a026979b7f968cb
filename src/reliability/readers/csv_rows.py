"""CSV corpora: a header row naming the text and id columns, one document a row.

The separator is the first of comma, semicolon, tab and bar under which the
header has the text column (semicolon-separated files are what spreadsheets
write in locales with a decimal comma). Rows are read lazily; a row that does
not parse becomes an error record and reading goes on. Fields whose bytes are
not UTF-8 are decoded one by one with the usual fallbacks.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Iterator
from typing import IO, Any

from reliability.readers.decoding import BOMS, Prefixed, decode_bytes, undecodable
from reliability.readers.fields import ReadOptions, record_from_fields
from reliability.records import ErrorRecord, InputRecord, error_record

__all__ = ["read_csv"]

_SURROGATE = re.compile("[\udc80-\udcff]")


def read_csv(
    fh: IO[bytes], source: str, name: str, opts: ReadOptions
) -> Iterator[InputRecord | ErrorRecord]:
    """Yield the records of a CSV stream; ids default to ``NAME:LINE``."""
    head = fh.read(4)
    encoding = next((e for bom, e in BOMS if head.startswith(bom)), "utf-8")
    if encoding == "utf-8-sig":
        head, encoding = head[3:], "utf-8"
    errors = "surrogateescape" if encoding == "utf-8" else "strict"
    text = io.TextIOWrapper(
        io.BufferedReader(Prefixed(head, fh)),
        encoding=encoding,
        errors=errors,
        newline="",
    )
    if csv.field_size_limit() <= opts.max_chars:
        # The module-wide limit (default 131,072) would reject long articles.
        csv.field_size_limit(opts.max_chars + 1)
    try:
        first = text.readline()
        reader = csv.reader(
            itertools.chain([first], text),
            delimiter=_delimiter(first, opts.text_field),
        )
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        yield error_record(
            f"{name}:1", "malformed_csv", f"header: {exc}", source=source, line=1
        )
        return
    if header is None:
        return
    header = [_fix_field(h)[0] for h in header]
    if opts.text_field not in header:
        yield error_record(
            name,
            "missing_text",
            f"no column {opts.text_field!r} (columns: {', '.join(header)})",
            source=source,
            line=1,
        )
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            kind = "too_large" if "field larger" in str(exc) else "malformed_csv"
            yield error_record(
                f"{name}:{start}", kind, str(exc), source=source, line=start
            )
            start = reader.line_num + 1
            continue
        except UnicodeDecodeError as exc:
            yield undecodable(f"{name}:{start}", exc, source, start)
            return
        lineno, start = start, reader.line_num + 1
        if not row:
            continue
        notes: list[str] = []
        values: dict[str, Any] = {}
        for key, value in zip(header, row, strict=False):
            fixed, note = _fix_field(value)
            values[key] = fixed
            if note and note not in notes:
                notes.append(note)
        if len(row) != len(header):
            notes.append(f"row has {len(row)} fields, header has {len(header)}")
        yield record_from_fields(
            values, tuple(notes), f"{name}:{lineno}", source, lineno, opts
        )


#: Field separators tried on the header, in order: spreadsheets in many
#: locales write semicolons (the comma is their decimal mark).
DELIMITERS = (",", ";", "\t", "|")


def _delimiter(header: str, text_field: str) -> str:
    """The separator under which ``header`` has the text column (else a comma)."""
    for delimiter in DELIMITERS:
        try:
            columns = next(csv.reader([header], delimiter=delimiter), [])
        except csv.Error:
            continue
        if text_field in (_fix_field(c)[0].strip() for c in columns):
            return delimiter
    return ","


def _fix_field(value: str) -> tuple[str, str | None]:
    """Re-decode a CSV field holding bytes that were not UTF-8."""
    if not _SURROGATE.search(value):
        return value, None
    text, warnings = decode_bytes(value.encode("utf-8", "surrogateescape"))
    return text, warnings[0] if warnings else None
