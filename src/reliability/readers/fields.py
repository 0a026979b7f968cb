"""From a record's fields (a JSON object, a CSV row) to an ``InputRecord``.

Shared by the JSONL and CSV readers: the reading options, the id and
metadata fields, and the ``too_large`` error every reader gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reliability.config import DEFAULT_MAX_CHARS
from reliability.records import ErrorRecord, InputRecord, error_record
from reliability.schema import DocumentMeta

__all__ = [
    "DEFAULT_MAX_CHARS",
    "META_FIELDS",
    "ReadOptions",
    "json_kind",
    "record_from_fields",
    "too_large",
]


#: Optional metadata fields copied from JSONL and CSV records.
META_FIELDS = ("url", "outlet", "title", "published")

# Bytes per character at most in UTF-8: a file larger than this many bytes per
# allowed character is over the limit whatever its encoding, so it is not read.
_MAX_BYTES_PER_CHAR = 4


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How a corpus is read: which fields hold the text and id, and the limit."""

    text_field: str
    id_field: str
    max_chars: int

    @property
    def max_bytes(self) -> int:
        """Bytes beyond which a document is over ``max_chars`` in any encoding."""
        return self.max_chars * _MAX_BYTES_PER_CHAR


def too_large(
    doc_id: str | None,
    size: str,
    opts: ReadOptions,
    source: str,
    line: int | None = None,
) -> ErrorRecord:
    """The ``too_large`` error record of a document of ``size``."""
    return error_record(
        doc_id,
        "too_large",
        f"{size} is over the limit of {opts.max_chars:,} characters "
        "(raise it with --max-chars or PipelineConfig.max_chars)",
        source=source,
        line=line,
    )


def json_kind(value: Any) -> str:
    """What a JSON value is, for messages ("an array", "null")."""
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
        int: "a number",
        float: "a number",
    }.get(type(value), "a value")


def record_from_fields(
    obj: dict[str, Any],
    warnings: tuple[str, ...],
    default_id: str,
    source: str,
    lineno: int,
    opts: ReadOptions,
) -> InputRecord | ErrorRecord:
    """The record of one JSON object or CSV row (``default_id`` when it has none)."""
    raw_id = obj.get(opts.id_field)
    notes = list(warnings)
    if raw_id == "":
        raw_id = None  # an empty CSV cell
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        if raw_id is not None:
            notes.append(
                f"id field {opts.id_field!r} is {json_kind(raw_id)}; "
                f"used {default_id!r}"
            )
        doc_id = default_id
    else:
        doc_id = str(raw_id)
    text = obj.get(opts.text_field)
    if not isinstance(text, str):
        what = (
            "missing"
            if opts.text_field not in obj
            else f"{json_kind(text)}, not a string"
        )
        return error_record(
            doc_id,
            "missing_text",
            f"text field {opts.text_field!r} is {what}",
            source=source,
            line=lineno,
        )
    if len(text) > opts.max_chars:
        return too_large(doc_id, f"{len(text):,} characters", opts, source, lineno)
    meta: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = obj.get(key)
        if value is None or isinstance(value, str):
            meta[key] = value or None
        else:
            notes.append(f"field {key!r} is {json_kind(value)}, not a string; ignored")
    return InputRecord(
        text=text,
        meta=DocumentMeta(id=doc_id, **meta),
        source=source,
        line=lineno,
        warnings=tuple(notes),
    )
