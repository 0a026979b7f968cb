"""The public JSON contract: spans, attributions, sentences and document reports.

This module *is* the gold format of ANNOTATION.md plus prediction-only fields.
A gold line loads with ``DocumentReport.model_validate_json(line)``; a report
written by the library carries the same field names, so editorial pipelines
can read both with one model. Every offset is a half-open ``[start, end)``
code-point offset into the original document text.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "SCHEMA_VERSION",
    "Attribution",
    "CitedOutlet",
    "Cue",
    "DocumentMeta",
    "DocumentReport",
    "DocumentScores",
    "Outlet",
    "PipelineInfo",
    "Rating",
    "Score",
    "Sentence",
    "SourceType",
    "Span",
    "json_schema",
]

#: Bumped when a field is removed or changes meaning (adding fields is not a bump).
SCHEMA_VERSION = "1.0"

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class DocumentMeta(BaseModel):
    """What the caller knows about a document besides its text.

    The one declaration of document metadata: the Python API, the corpus
    readers, the integrations and the service all carry it, and the report
    copies each field. Every field is optional text.
    """

    model_config = _FROZEN

    id: str | None = Field(default=None, description="The caller's document id.")
    url: str | None = Field(default=None, description="Where it was published.")
    outlet: str | None = Field(
        default=None, description="The publishing outlet's name or domain."
    )
    title: str | None = Field(
        default=None, description="The headline, when it is not part of the text."
    )
    published: str | None = Field(
        default=None, description="Publication date as given (kept, not analysed)."
    )

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_str(cls, value: Any) -> Any:
        return (
            str(value)
            if isinstance(value, int) and not isinstance(value, bool)
            else value
        )


class SourceType(StrEnum):
    """Who a statement is attributed to (ANNOTATION.md, "Attributions")."""

    NAMED_PERSON = "named_person"
    NAMED_ORGANIZATION = "named_organization"
    MEDIA_OUTLET = "media_outlet"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"
    VAGUE = "vague"
    PRONOUN = "pronoun"


class Span(BaseModel):
    """A half-open ``[start, end)`` slice of the original text and its content."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

    @model_validator(mode="after")
    def _check_length(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError(
                f"span text has {len(self.text)} characters but [{self.start}, "
                f"{self.end}) covers {self.end - self.start}"
            )
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """Build the span ``text[start:end]`` (the only safe way to make one)."""
        return cls(start=start, end=end, text=text[start:end])


class Cue(Span):
    """A marked span (hedge or loaded term) with why it was marked."""

    rule: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)


class Attribution(BaseModel):
    """Who is said to say what: the attributing cue and its source."""

    model_config = _FROZEN

    cue: Span
    source: Span | None = None
    source_type: SourceType
    rule: str | None = None
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    outlet: str | None = Field(
        default=None,
        description="Registry domain of the cited outlet, for media_outlet sources.",
    )


class Sentence(BaseModel):
    """One sentence of the document and everything marked in it."""

    model_config = _FROZEN

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    boilerplate: bool = False
    attributions: tuple[Attribution, ...] = ()
    hedges: tuple[Cue, ...] = ()
    claim: bool = False
    unsourced_claim: bool = False
    loaded: tuple[Cue, ...] = ()
    # Prediction-only: why the flags are what they are.
    boilerplate_rule: str | None = None
    claim_rule: str | None = None
    claim_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    quoted: bool = Field(
        default=False,
        description="Inside a direct quotation whose attribution covers it.",
    )


class Rating(BaseModel):
    """One reliability rating of an outlet, with where it comes from."""

    model_config = _FROZEN

    source: str = Field(description="Who rated it, e.g. a rating list's name.")
    value: float | None = Field(
        default=None, ge=0.0, le=1.0, description="Normalised 0 (worst) to 1 (best)."
    )
    label: str | None = Field(default=None, description="The rater's own verdict.")
    date: str | None = None
    url: str | None = None


class Outlet(BaseModel):
    """A news outlet, identified by its registrable domain."""

    model_config = _FROZEN

    domain: str
    name: str | None = None
    kind: str | None = None
    country: str | None = None
    state_affiliated: bool | None = None
    ratings: tuple[Rating, ...] = ()
    evidence: Span | None = Field(
        default=None, description="Where the text shows the outlet, if it does."
    )
    rule: str | None = Field(default=None, description="How the outlet was found.")

    @model_validator(mode="before")
    @classmethod
    def _from_domain(cls, value: Any) -> Any:
        # Gold files give the outlet as a bare domain string.
        if isinstance(value, str):
            return {"domain": value}
        return value

    @field_validator("domain")
    @classmethod
    def _normalise_domain(cls, value: str) -> str:
        value = value.strip().lower()
        return value[4:] if value.startswith("www.") else value


class CitedOutlet(BaseModel):
    """An outlet the document relies on, and how much it carries."""

    model_config = _FROZEN

    outlet: Outlet
    mentions: tuple[Span, ...] = ()
    sentences: tuple[int, ...] = Field(
        default=(), description="Indexes of sentences attributed to this outlet."
    )
    claims: int = Field(default=0, ge=0, description="Claims attributed to it.")


class Score(BaseModel):
    """A 0-100 document score and what moved it.

    ``value`` is None when there is nothing to judge; ``explanation`` then
    says why.
    """

    model_config = _FROZEN

    value: float | None = Field(ge=0.0, le=100.0)
    explanation: str
    components: dict[str, float] = Field(
        default_factory=dict, description="The figures the score was computed from."
    )
    sentences: tuple[int, ...] = Field(
        default=(), description="Indexes of the sentences behind the score."
    )
    contributions: dict[str, float] = Field(
        default_factory=dict,
        description="Points each signal adds to (or takes from) the value; with "
        "'baseline' they sum to the value.",
    )
    evidence: dict[str, tuple[int, ...]] = Field(
        default_factory=dict,
        description="Indexes of the sentences behind each signal.",
    )
    model: str | None = Field(
        default=None,
        description="The packaged model the score comes from: file and SHA-256.",
    )


class DocumentScores(BaseModel):
    """Every document score; higher is better sourced / more neutral.

    ``text`` judges the text alone and ``provenance`` the outlets; ``overall``
    combines the two. The other scores describe the text and are not in
    ``overall``.
    """

    model_config = _FROZEN

    overall: Score
    text: Score | None = Field(
        default=None, description="The calibrated text-only reliability score."
    )
    attribution: Score
    hedging: Score
    unsourced: Score
    loaded: Score
    provenance: Score | None = None
    readability: dict[str, float] = Field(
        default_factory=dict, description="Informative only; not in overall."
    )


class PipelineInfo(BaseModel):
    """What produced a report: versions and the digests of the data used."""

    model_config = _FROZEN

    version: str
    schema_version: str = SCHEMA_VERSION
    annotators: dict[str, str] = Field(default_factory=dict)
    resources: dict[str, str] = Field(
        default_factory=dict, description="Data file name to SHA-256."
    )


class DocumentReport(BaseModel):
    """A document's annotations and scores: the gold schema plus predictions."""

    model_config = _FROZEN

    id: str | None = None
    text: str
    outlet: Outlet | None = None
    sentences: tuple[Sentence, ...] = ()
    # Prediction-only fields; empty in gold.
    title: str | None = None
    url: str | None = None
    published: str | None = None
    cited_outlets: tuple[CitedOutlet, ...] = ()
    scores: DocumentScores | None = None
    warnings: tuple[str, ...] = ()
    pipeline: PipelineInfo | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_str(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    @model_validator(mode="after")
    def _check_offsets(self) -> DocumentReport:
        text, n = self.text, len(self.text)
        previous_end = 0
        for i, s in enumerate(self.sentences):
            if not 0 <= s.start <= s.end <= n:
                raise ValueError(f"sentence {i} [{s.start}, {s.end}) is outside text")
            if s.start < previous_end:
                raise ValueError(f"sentence {i} overlaps the one before it")
            previous_end = s.end
            spans: list[Span] = [*s.hedges, *s.loaded]
            for a in s.attributions:
                spans.append(a.cue)
                if a.source is not None:
                    spans.append(a.source)
            for sp in spans:
                if sp.end > n or text[sp.start : sp.end] != sp.text:
                    raise ValueError(
                        f"span [{sp.start}, {sp.end}) {sp.text!r} in sentence {i} "
                        "does not match the document text"
                    )
        return self

    def body(self) -> list[Sentence]:
        """The sentences that are not boilerplate."""
        return [s for s in self.sentences if not s.boilerplate]

    def sentence_text(self, index: int) -> str:
        """The text of sentence ``index``."""
        s = self.sentences[index]
        return self.text[s.start : s.end]


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a report (``DocumentReport``): the public contract."""
    return DocumentReport.model_json_schema()
