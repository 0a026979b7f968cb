"""The records a corpus becomes: a document to analyse, or why one cannot be.

This module sits on the floor of the package: it imports only ``schema`` and
is imported by the readers, the writers, the batch machinery and the
analyzer alike. An ``InputRecord`` carries its document's metadata as the one
``DocumentMeta`` of ``schema.py``; an ``ErrorRecord`` is the output line of a
document that has no report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from reliability.schema import DocumentMeta

__all__ = [
    "ErrorInfo",
    "ErrorRecord",
    "InputRecord",
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
