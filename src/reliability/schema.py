"""The public JSON contract: spans, attributions, sentences and document reports.

This module *is* the gold format of ANNOTATION.md plus prediction-only fields.
A gold line loads with ``DocumentReport.model_validate_json(line)``; a report
written by the library carries the same field names, so editorial pipelines
can read both with one model. Every offset is a half-open ``[start, end)``
code-point offset into the original document text.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from reliability.errors import InputError

__all__ = [
    "SCHEMA_VERSION",
    "SENTENCE_LAYERS",
    "SPAN_LAYERS",
    "Annotation",
    "Attribution",
    "CitedOutlet",
    "Cue",
    "DocumentMeta",
    "DocumentReport",
    "DocumentScores",
    "Outlet",
    "PipelineInfo",
    "Rating",
    "ReportLayer",
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

    @classmethod
    def of(cls, **values: Any) -> DocumentMeta:
        """Check a caller's metadata arguments and build the ``DocumentMeta``.

        Every field takes a string or None; ``id`` also an int, ``published``
        also a ``datetime.date`` or ``datetime`` (kept in ISO format).

        >>> DocumentMeta.of(id=7, published=date(2024, 5, 1)).published
        '2024-05-01'

        Raises:
            InputError: An argument is not a field, or has a value of another
                type; the message names the argument and what it takes.
        """
        fields = cls.model_fields
        checked: dict[str, str | None] = {}
        for name, value in values.items():
            if name not in fields:
                raise InputError(
                    f"unknown document metadata {name!r}; "
                    f"expected one of: {', '.join(fields)}"
                )
            if name == "published" and isinstance(value, date):
                value = value.isoformat()
            elif (
                name == "id" and isinstance(value, int) and not isinstance(value, bool)
            ):
                value = str(value)
            if value is not None and not isinstance(value, str):
                takes = _META_TAKES.get(name, "a string")
                raise InputError(
                    f"{name} must be {takes} or None, not "
                    f"{type(value).__name__} ({_short_repr(value)})"
                )
            checked[name] = value
        return cls(**checked)


_META_TAKES = {
    "id": "a string or an int",
    "url": "a string (the page's URL)",
    "outlet": "a string (the outlet's name or domain)",
    "published": "a string (the date as given) or a datetime.date",
}


def _short_repr(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


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


class ReportLayer(StrEnum):
    """What a mark of a report is: the ``layer`` of every ``Annotation``.

    Values are the names the exports and data frames use. Attribution cues
    and their sources are two layers; claims, unsourced claims and
    boilerplate mark whole sentences.
    """

    ATTRIBUTION = "attribution"
    SOURCE = "source"
    HEDGE = "hedge"
    LOADED = "loaded"
    CLAIM = "claim"
    UNSOURCED_CLAIM = "unsourced_claim"
    BOILERPLATE = "boilerplate"

    @property
    def label(self) -> str:
        """The layer as a tag for annotation tools: ``"Unsourced_claim"``.

        brat entity types cannot hold spaces, so the same label serves brat,
        Label Studio and the W3C export.
        """
        return self.value.capitalize()


#: Layers whose marks are spans inside a sentence.
SPAN_LAYERS = frozenset(
    {ReportLayer.ATTRIBUTION, ReportLayer.SOURCE, ReportLayer.HEDGE, ReportLayer.LOADED}
)
#: Layers whose marks are whole sentences.
SENTENCE_LAYERS = frozenset(ReportLayer) - SPAN_LAYERS


@dataclass(frozen=True, slots=True)
class Annotation:
    """One mark of a report, flattened: what walking a report yields.

    Attributes:
        layer: What the mark is.
        sentence: Index of its sentence in ``DocumentReport.sentences``.
        start: Code-point offset into the document text (half-open).
        end: End offset.
        text: ``document_text[start:end]``.
        position: Index in the sentence's ``attributions`` (cues and
            sources), ``hedges`` or ``loaded``; None for sentence layers.
        source_type: The source type of an attribution cue or source.
        confidence: The mark's confidence, when given.
        rule: Why it was marked, when given.
        attribution: The ``Attribution`` behind a cue or source (its
            ``outlet``, its source's span, its cue's span).
    """

    layer: ReportLayer
    sentence: int
    start: int
    end: int
    text: str
    position: int | None = None
    source_type: SourceType | None = None
    confidence: float | None = None
    rule: str | None = None
    attribution: Attribution | None = None


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

    def annotations(
        self,
        *,
        index: int = 0,
        text: str | None = None,
        layers: Collection[ReportLayer] | None = None,
    ) -> Iterator[Annotation]:
        """The sentence's marks, in a fixed layer order.

        The order is: boilerplate; each attribution's cue then its source;
        hedges; loaded terms; claim; unsourced claim.

        >>> s = Sentence(start=0, end=9, hedges=(Cue.of("It may be", 3, 6),))
        >>> [(a.layer.value, a.text) for a in s.annotations()]
        [('hedge', 'may')]

        Args:
            index: The sentence's index in its report, copied to each mark.
            text: The document text. Sentence layers (boilerplate, claim,
                unsourced claim) mark the sentence's own text, so they are
                yielded only when it is given.
            layers: Only these layers (default: all).

        Yields:
            One ``Annotation`` per mark.
        """
        wanted = frozenset(ReportLayer) if layers is None else frozenset(layers)
        if text is None:
            wanted -= SENTENCE_LAYERS
        whole = text[self.start : self.end] if text is not None else ""
        if self.boilerplate and ReportLayer.BOILERPLATE in wanted:
            yield Annotation(
                ReportLayer.BOILERPLATE,
                index,
                self.start,
                self.end,
                whole,
                rule=self.boilerplate_rule,
            )
        if wanted & {ReportLayer.ATTRIBUTION, ReportLayer.SOURCE}:
            yield from self._attribution_marks(index, wanted)
        yield from self._cue_marks(index, wanted)
        for layer, on in (
            (ReportLayer.CLAIM, self.claim),
            (ReportLayer.UNSOURCED_CLAIM, self.unsourced_claim),
        ):
            if on and layer in wanted:
                yield Annotation(
                    layer,
                    index,
                    self.start,
                    self.end,
                    whole,
                    confidence=self.claim_confidence,
                    rule=self.claim_rule,
                )

    def _attribution_marks(
        self, index: int, wanted: frozenset[ReportLayer]
    ) -> Iterator[Annotation]:
        """Each attribution's cue, then its source (when it has one)."""
        for j, a in enumerate(self.attributions):
            if ReportLayer.ATTRIBUTION in wanted:
                yield Annotation(
                    ReportLayer.ATTRIBUTION,
                    index,
                    a.cue.start,
                    a.cue.end,
                    a.cue.text,
                    j,
                    a.source_type,
                    a.confidence,
                    a.rule,
                    a,
                )
            if a.source is not None and ReportLayer.SOURCE in wanted:
                yield Annotation(
                    ReportLayer.SOURCE,
                    index,
                    a.source.start,
                    a.source.end,
                    a.source.text,
                    j,
                    a.source_type,
                    a.confidence,
                    a.rule,
                    a,
                )

    def _cue_marks(
        self, index: int, wanted: frozenset[ReportLayer]
    ) -> Iterator[Annotation]:
        """The hedges, then the loaded terms."""
        for layer, cues in (
            (ReportLayer.HEDGE, self.hedges),
            (ReportLayer.LOADED, self.loaded),
        ):
            if layer in wanted:
                for j, c in enumerate(cues):
                    yield Annotation(
                        layer,
                        index,
                        c.start,
                        c.end,
                        c.text,
                        j,
                        confidence=c.confidence,
                        rule=c.rule,
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
            # A sentence without marks has no span to check.
            if not (s.hedges or s.loaded or s.attributions):
                continue
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

    def annotations(
        self, *, layers: Collection[ReportLayer] | None = None
    ) -> Iterator[Annotation]:
        """Every mark of the report, sentence by sentence: the one way to walk it.

        Exporters, data frames, the spaCy component and the HTML report all
        flatten a report through this walk. Within a sentence the order is
        that of ``Sentence.annotations``.

        Args:
            layers: Only these layers (default: all).

        Yields:
            One ``Annotation`` per mark, with offsets into ``text``.
        """
        for i, s in enumerate(self.sentences):
            yield from s.annotations(index=i, text=self.text, layers=layers)

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
