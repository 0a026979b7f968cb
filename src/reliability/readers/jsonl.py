"""JSON Lines corpora: one ``{"id", "text", ...}`` object a line.

Lines are read one at a time, never longer than the byte limit; a line that
does not parse, is not an object or has no text becomes an error record and
reading goes on. UTF-16 and UTF-32 files (with a byte-order mark) are read
through a decoder; others line by line as UTF-8 with the usual fallbacks.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import IO

from reliability.readers.decoding import BOMS, Prefixed, decode_bytes, undecodable
from reliability.readers.fields import (
    ReadOptions,
    json_kind,
    record_from_fields,
    too_large,
)
from reliability.records import ErrorRecord, InputRecord, error_record

__all__ = ["read_jsonl"]

_READ_CHUNK = 1 << 20


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``; ``None`` for a line longer than ``limit``."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = fh.readline(_READ_CHUNK)
            yield lineno, None
            continue
        yield lineno, raw


def read_jsonl(
    fh: IO[bytes], source: str, name: str, opts: ReadOptions
) -> Iterator[InputRecord | ErrorRecord]:
    """Yield the records of a JSON Lines stream; ids default to ``NAME:LINE``."""
    head = fh.read(4)
    encoding = next((e for bom, e in BOMS if head.startswith(bom)), None)
    if encoding in ("utf-16", "utf-32"):
        yield from _read_wide(head, fh, encoding, source, name, opts)
        return
    rest = io.BufferedReader(Prefixed(head[3:] if encoding else head, fh))
    for lineno, raw in _lines(rest, opts.max_bytes):
        default_id = f"{name}:{lineno}"
        if raw is None:
            yield too_large(
                default_id,
                f"a line of more than {opts.max_bytes:,} bytes",
                opts,
                source,
                lineno,
            )
            continue
        if not raw.strip():
            continue
        try:
            line, warnings = decode_bytes(raw)
        except UnicodeDecodeError as exc:
            yield undecodable(default_id, exc, source, lineno)
            continue
        yield record_from_json(line, warnings, default_id, source, lineno, opts)


def _read_wide(
    head: bytes,
    fh: IO[bytes],
    encoding: str,
    source: str,
    name: str,
    opts: ReadOptions,
) -> Iterator[InputRecord | ErrorRecord]:
    text = io.TextIOWrapper(
        io.BufferedReader(Prefixed(head, fh)), encoding=encoding, newline="\n"
    )
    lineno = 0
    try:
        for line in text:
            lineno += 1
            if line.strip():
                yield record_from_json(
                    line, (), f"{name}:{lineno}", source, lineno, opts
                )
    except UnicodeDecodeError as exc:
        yield undecodable(f"{name}:{lineno + 1}", exc, source, lineno + 1)


def record_from_json(
    line: str,
    warnings: tuple[str, ...],
    default_id: str,
    source: str,
    lineno: int,
    opts: ReadOptions,
) -> InputRecord | ErrorRecord:
    """The record of one JSON line, or the error record saying what is wrong."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        # Some of json's messages end in "at" ("Invalid control character
        # at"), awaiting a position: do not say "at at column".
        return error_record(
            default_id,
            "malformed_json",
            f"{exc.msg.removesuffix(' at')} at column {exc.colno}",
            source=source,
            line=lineno,
        )
    except RecursionError:
        return error_record(
            default_id,
            "malformed_json",
            "nested too deeply",
            source=source,
            line=lineno,
        )
    if not isinstance(obj, dict):
        return error_record(
            default_id,
            "malformed_json",
            f"a JSON object is expected, not {json_kind(obj)}",
            source=source,
            line=lineno,
        )
    return record_from_fields(obj, warnings, default_id, source, lineno, opts)
