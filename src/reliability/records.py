"""The records a corpus becomes: a document to analyse, or why one cannot be.

This module sits on the floor of the package: it imports only ``schema`` and
is imported by the readers, the writers, the batch machinery and the
analyzer alike. An ``InputRecord`` carries its document's metadata as the one
``DocumentMeta`` of ``schema.py``; an ``ErrorRecord`` is the output line of a
document that has no report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal, overload

from pydantic import BaseModel, ConfigDict

from reliability.schema import DocumentMeta

__all__ = [
    "ErrorInfo",
    "ErrorRecord",
    "InputRecord",
    "encodable",
    "error_record",
]


class ErrorInfo(BaseModel):
    """Why a document has no report.

    ``type`` is one of ``unreadable`` (the file cannot be opened or read),
    ``undecodable`` (bytes that are not text), ``malformed_json``,
    ``malformed_csv``, ``missing_text`` (no text field, or not a string),
    ``too_large`` (over ``max_chars``), ``missing_dependency`` (an optional
    extra is not installed) or ``failed`` (the analysis itself raised).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str
    message: str
    source: str | None = None
    line: int | None = None


class ErrorRecord(BaseModel):
    """The output line of a document that could not be analysed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    error: ErrorInfo


def error_record(
    id: str | None,
    type: str,
    message: str,
    *,
    source: str | None = None,
    line: int | None = None,
) -> ErrorRecord:
    """Build an ``ErrorRecord`` (see ``ErrorInfo`` for the types)."""
    return ErrorRecord(
        id=id, error=ErrorInfo(type=type, message=message, source=source, line=line)
    )


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One document to analyse, as read from a corpus.

    Attributes:
        text: The document text, or the page's HTML when ``format`` is
            ``"html"`` (the main text is extracted when it is analysed).
        meta: Its id, URL, outlet, title and publication date. The id comes
            from the record, else is made from the file name and line.
        source: The file it came from (``<stdin>`` for standard input).
        line: Its line (JSONL) or first line (CSV) in that file.
        warnings: What the reader noticed (e.g. a fallback encoding); copied
            into the report.
        format: ``"text"`` or ``"html"``.
    """

    text: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    source: str | None = None
    line: int | None = None
    warnings: tuple[str, ...] = field(default=())
    format: Literal["text", "html"] = "text"

    @property
    def id(self) -> str | None:
        """The document id (``meta.id``)."""
        return self.meta.id


# Python strings may hold lone surrogates (JSON's "\\ud800" decodes to one);
# UTF-8 cannot carry them, so no output could be written. Astral characters
# are single code points in Python, so every surrogate here is a lone one.
_SURROGATE = re.compile("[\ud800-\udfff]")
_SHOWN = 5


def _clean(value: str | None) -> str | None:
    return None if value is None else _SURROGATE.sub("\ufffd", value)


def _offsets(text: str) -> str:
    found = [m.start() for m in _SURROGATE.finditer(text)]
    more = f" and {len(found) - _SHOWN:,} more" if len(found) > _SHOWN else ""
    return ", ".join(map(str, found[:_SHOWN])) + more


@overload
def encodable(record: ErrorRecord) -> ErrorRecord: ...
@overload
def encodable(record: InputRecord | ErrorRecord) -> InputRecord | ErrorRecord: ...
def encodable(record: InputRecord | ErrorRecord) -> InputRecord | ErrorRecord:
    """The record with every lone surrogate replaced by U+FFFD.

    One code point replaces one, so offsets are unchanged; an input record
    gets a warning naming where its text was repaired. A record without
    surrogates is returned as it is.
    """
    if isinstance(record, ErrorRecord):
        info = record.error
        if not any(
            _SURROGATE.search(v) for v in (record.id, info.message, info.source) if v
        ):
            return record
        return ErrorRecord(
            id=_clean(record.id),
            error=info.model_copy(
                update={"message": _clean(info.message), "source": _clean(info.source)}
            ),
        )
    meta = record.meta
    fields = (meta.id, meta.url, meta.outlet, meta.title, meta.published)
    if not _SURROGATE.search(record.text) and not any(
        _SURROGATE.search(v) for v in (*fields, *record.warnings) if v
    ):
        return record
    notes = [_clean(w) or "" for w in record.warnings]
    if _SURROGATE.search(record.text):
        notes.append(
            "lone surrogates (not encodable as UTF-8) replaced with U+FFFD at "
            f"offsets {_offsets(record.text)}; offsets are unchanged"
        )
    if any(_SURROGATE.search(v) for v in fields if v):
        notes.append("lone surrogates in the metadata replaced with U+FFFD")
    return replace(
        record,
        text=_SURROGATE.sub("\ufffd", record.text),
        meta=DocumentMeta(
            id=_clean(meta.id),
            url=_clean(meta.url),
            outlet=_clean(meta.outlet),
            title=_clean(meta.title),
            published=_clean(meta.published),
        ),
        source=_clean(record.source),
        warnings=tuple(notes),
    )
