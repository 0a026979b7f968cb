"""Whole-file documents: ``.txt``/``.md`` text and ``.html`` pages.

The file is read up to the byte limit only, so an oversized one is refused
without being loaded whole.
"""

from __future__ import annotations

from typing import IO, Literal

from reliability.readers.decoding import decode_bytes, undecodable
from reliability.readers.fields import ReadOptions, too_large
from reliability.records import ErrorRecord, InputRecord
from reliability.schema import DocumentMeta

__all__ = ["read_whole"]


def read_whole(
    fh: IO[bytes],
    source: str,
    doc_id: str,
    opts: ReadOptions,
    fmt: Literal["text", "html"],
) -> InputRecord | ErrorRecord:
    """The one document of ``fh`` (a text file or an HTML page)."""
    data = fh.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        return too_large(doc_id, f"more than {opts.max_bytes:,} bytes", opts, source)
    try:
        text, warnings = decode_bytes(data)
    except UnicodeDecodeError as exc:
        return undecodable(doc_id, exc, source)
    if fmt == "text" and len(text) > opts.max_chars:
        return too_large(doc_id, f"{len(text):,} characters", opts, source)
    return InputRecord(
        text=text,
        meta=DocumentMeta(id=doc_id),
        source=source,
        warnings=warnings,
        format=fmt,
    )
