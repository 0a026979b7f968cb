"""The JSON bodies the service reads and writes, as pydantic models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from reliability.schema import DocumentMeta, DocumentReport


class DocumentRequest(DocumentMeta):
    """A document to analyse: its text and what the caller knows about it."""

    text: str = Field(description="The raw text; report offsets index it.")

    def meta(self) -> dict[str, str | None]:
        """The metadata fields, as keyword arguments for ``Analyzer.analyze``."""
        return {name: getattr(self, name) for name in DocumentMeta.model_fields}


class BatchRequest(BaseModel):
    """Documents to analyse in one request."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentRequest]


class DocumentError(BaseModel):
    """A batch document that could not be analysed."""

    id: str | None
    error: str


class BatchResponse(BaseModel):
    """One entry per input document, in order."""

    reports: list[DocumentReport | DocumentError]


class Health(BaseModel):
    """The service is up, and what it runs."""

    status: str
    version: str
    annotators: list[str]


class ErrorResponse(BaseModel):
    """Why a request failed."""

    detail: str


def printable(value: str) -> str:
    """``value`` with lone surrogates spelled ``\\udXXX``, so it encodes as UTF-8."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")
