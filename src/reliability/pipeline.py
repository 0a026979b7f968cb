"""The pipeline: checks annotators fit, runs them, assembles and scores a report.

This is the one place where findings are validated, sorted, deduplicated and
placed into sentences, and where flags that depend on several layers are
settled (``unsourced_claim`` implies ``claim``; boilerplate carries nothing).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel

from reliability import __version__
from reliability.annotators.base import Annotator
from reliability.config import ScoreWeights
from reliability.document import Document
from reliability.errors import PipelineError
from reliability.findings import (
    AttributionFinding,
    Finding,
    FlagFinding,
    Layer,
    OutletFinding,
    SpanFinding,
)
from reliability.outlets.service import BareOutlets, OutletService
from reliability.schema import (
    Attribution,
    CitedOutlet,
    Cue,
    DocumentMeta,
    Outlet,
    PipelineInfo,
    Sentence,
    Span,
)
from reliability.segment import Segment, split_sentences

__all__ = ["Assembled", "Pipeline"]

Segmenter = Callable[[str], Sequence[Segment]]


@dataclass
class Assembled:
    """Sentences and outlets built from findings, before scoring.

    Attributes:
        sentences: Every sentence, boilerplate included.
        outlet: The publisher, resolved by the pipeline's outlet service.
        cited_outlets: The outlets the text cites, in order of first mention,
            with the sentences and claims each carries.
    """

    sentences: list[Sentence]
    outlet: Outlet | None
    cited_outlets: tuple[CitedOutlet, ...] = field(default_factory=tuple)


def _clip(x: float) -> float:
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


# Assembly makes several small models per sentence from values this module has
# just checked (offsets inside the text, confidences in [0, 1]; the report
# checks every span against the text once more). So they are built without a
# second validation, and each model shares one set of "fields set" instead of
# holding its own: on sentence-dense text that halves the memory of the
# sentences (docs/robustness.md). The shared sets are never changed in place:
# frozen models cannot be assigned to, and ``model_copy`` copies the set before
# it adds to it.
_SPAN_FIELDS = set(Span.model_fields)
_CUE_FIELDS = set(Cue.model_fields)
_ATTRIBUTION_FIELDS = set(Attribution.model_fields)
_SENTENCE_FIELDS = set(Sentence.model_fields)

_M = TypeVar("_M", bound=BaseModel)

# The layers a sentence is built from, looked up once rather than on the enum
# for every finding of every sentence.
_CLAIM, _UNSOURCED, _QUOTED = Layer.CLAIM, Layer.UNSOURCED_CLAIM, Layer.QUOTED
_ATTRIBUTIONS, _HEDGES, _LOADED = Layer.ATTRIBUTIONS, Layer.HEDGES, Layer.LOADED


# The slots every pydantic model has beside ``__dict__``, set directly (frozen
# models refuse ``setattr``): what ``BaseModel.__setstate__`` sets, without
# the state dict it reads them from.
_SET_ATTR = object.__setattr__
_SET_FIELDS_SET = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def _built(cls: type[_M], fields: set[str], values: dict[str, Any]) -> _M:
    """A model of checked ``values``, rebuilt as pickle and ``copy`` rebuild one.

    The model is what ``model_construct(fields, **values)`` makes (no
    validation, ``fields`` as its fields set) at a fraction of the cost:
    ``model_construct`` looks up every field's aliases and defaults, while
    ``values`` here already holds every field, in declaration order. Its
    state is what ``__setstate__`` would set from a pickle.
    """
    model = cls.__new__(cls)
    _SET_ATTR(model, "__dict__", values)
    _SET_FIELDS_SET(model, fields)
    _SET_EXTRA(model, None)
    _SET_PRIVATE(model, None)
    return model


def _span(text: str, start: int, end: int) -> Span:
    return _built(
        Span, _SPAN_FIELDS, {"start": start, "end": end, "text": text[start:end]}
    )


def _bare_sentence(seg: Segment) -> Sentence:
    return _built(
        Sentence,
        _SENTENCE_FIELDS,
        {
            "start": seg.start,
            "end": seg.end,
            "boilerplate": seg.boilerplate,
            "attributions": (),
            "hedges": (),
            "claim": False,
            "unsourced_claim": False,
            "loaded": (),
            "boilerplate_rule": seg.rule,
            "claim_rule": None,
            "claim_confidence": None,
            "quoted": False,
        },
    )


class Pipeline:
    """An ordered list of annotators, checked once at construction.

    Args:
        annotators: Annotators to run, in order.
        segmenter: Function from text to segments (sentences).
        weights: Weights of the document scores.
        outlets: Turns the domains of outlet findings into ``Outlet``
            records (registry facts, ratings); by default only the domain
            and rule are kept.
        resources: Digests of data the segmenter reads, added to those of
            the annotators in ``info``.
    """

    def __init__(
        self,
        annotators: Sequence[Annotator],
        *,
        segmenter: Segmenter = split_sentences,
        weights: ScoreWeights | None = None,
        outlets: OutletService | None = None,
        resources: Mapping[str, str] | None = None,
    ) -> None:
        assigned: set[Layer] = set()
        names: set[str] = set()
        for a in annotators:
            if not isinstance(a, Annotator):
                raise PipelineError(f"{a!r} does not implement the Annotator protocol")
            if a.name in names:
                raise PipelineError(f"annotator {a.name!r} appears twice")
            names.add(a.name)
            missing = set(a.requires) - assigned
            if missing:
                raise PipelineError(
                    f"annotator {a.name!r} requires {sorted(missing)}, which no "
                    "earlier "
                    f"annotator assigns (assigned so far: {sorted(assigned) or 'none'})"
                )
            assigned |= set(a.assigns)
        self.annotators = tuple(annotators)
        self.segmenter = segmenter
        self.weights = weights or ScoreWeights()
        self.outlets: OutletService = outlets or BareOutlets()
        resources = dict(resources or {})
        for a in annotators:
            resources.update(getattr(a, "resources", {}) or {})
        self.info = PipelineInfo(
            version=__version__,
            annotators={a.name: a.version for a in annotators},
            resources=dict(sorted(resources.items())),
        )

    def annotate(self, text: str, meta: DocumentMeta | None = None) -> Document:
        """Segment ``text`` and run every annotator; return the ``Document``."""
        doc = Document(
            text=text, segments=self.segmenter(text), meta=meta or DocumentMeta()
        )
        n = len(text)
        add = doc.findings.append
        for a in self.annotators:
            assigns = a.assigns
            for f in a.annotate(doc):
                if f.layer not in assigns:
                    raise PipelineError(
                        f"annotator {a.name!r} reported a finding on layer "
                        f"{f.layer.value!r} it does not assign ({sorted(assigns)})"
                    )
                if not 0.0 <= f.confidence <= 1.0:
                    raise PipelineError(
                        f"annotator {a.name!r}: confidence {f.confidence}"
                    )
                # Flags, the most frequent findings (one or two a sentence),
                # carry no offsets to check: they skip the two type tests.
                if type(f) is not FlagFinding:
                    _check_offsets(a, f, n)
                add(f)
        return doc

    def assemble(self, doc: Document) -> Assembled:
        """Place findings into sentences; settle flags that span layers."""
        text = doc.text
        # Findings by sentence, one flat list each; split by layer only while
        # that sentence is built (a dict of lists per sentence would cost
        # about 500 bytes a sentence on sentence-dense text).
        per: dict[int, list[Finding]] = {}
        outlet: Outlet | None = None
        cited: list[OutletFinding] = []
        # Where each cited outlet stands: a media_outlet source with exactly
        # this span links to it. Local, so that threads sharing a pipeline
        # never see each other's documents.
        cited_at: dict[tuple[int, int], str] = {}
        segments = doc.segments
        is_boilerplate = [seg.boilerplate for seg in segments]
        for f in doc.findings:
            # Flags, most of the findings, are placed by index at once.
            if type(f) is FlagFinding:
                index: int | None = f.sentence
            elif isinstance(f, OutletFinding):
                if f.cited:
                    cited.append(f)
                    if f.start is not None and f.end is not None:
                        cited_at[(f.start, f.end)] = f.domain
                elif outlet is None:
                    resolved = self.outlets.resolve(f.domain, rule=f.rule)
                    if f.start is not None and f.end is not None:
                        resolved = resolved.model_copy(
                            update={"evidence": Span.of(text, f.start, f.end)}
                        )
                    outlet = resolved
                continue
            elif isinstance(f, FlagFinding):
                index = f.sentence
            elif isinstance(f, AttributionFinding):
                index = doc.segment_at(f.cue_start)
            else:
                index = doc.segment_at(f.start)
            if index is None or is_boilerplate[index]:
                continue
            found = per.get(index)
            if found is None:
                per[index] = [f]
            else:
                found.append(f)

        sentences: list[Sentence] = []
        for i, seg in enumerate(segments):
            if seg.boilerplate or i not in per:
                sentences.append(_bare_sentence(seg))
                continue
            sentences.append(self._sentence(text, seg, per.pop(i), cited_at))
        return Assembled(
            sentences=sentences,
            outlet=outlet,
            cited_outlets=self._cited_outlets(text, cited, sentences),
        )

    def _cited_outlets(
        self, text: str, cited: list[OutletFinding], sentences: list[Sentence]
    ) -> tuple[CitedOutlet, ...]:
        """Outlets the document relies on: mentions, sentences, claims carried."""
        mentions: dict[str, list[Span]] = {}
        for f in cited:
            if f.start is not None and f.end is not None:
                mentions.setdefault(f.domain, []).append(Span.of(text, f.start, f.end))
        if not mentions:
            return ()
        carried: dict[str, list[int]] = {d: [] for d in mentions}
        claims: dict[str, int] = dict.fromkeys(mentions, 0)
        for i, s in enumerate(sentences):
            linked = {a.outlet for a in s.attributions if a.outlet in carried}
            for domain in linked:
                assert domain is not None
                carried[domain].append(i)
                claims[domain] += int(s.claim)
        out = [
            CitedOutlet(
                outlet=self.outlets.resolve(domain),
                mentions=tuple(sorted(set(spans), key=lambda sp: (sp.start, sp.end))),
                sentences=tuple(carried[domain]),
                claims=claims[domain],
            )
            for domain, spans in mentions.items()
        ]
        out.sort(key=lambda c: c.mentions[0].start if c.mentions else 0)
        return tuple(out)

    @staticmethod
    def _spans(text: str, seg: Segment, found: list[Finding]) -> tuple[Cue, ...]:
        best: dict[tuple[int, int], SpanFinding] = {}
        for f in found:
            assert isinstance(f, SpanFinding)
            if seg.start <= f.start and f.end <= seg.end:
                key = (f.start, f.end)
                if key not in best or f.confidence > best[key].confidence:
                    best[key] = f
        out: list[Cue] = []
        last_end = -1
        for (start, end), f in sorted(best.items()):
            if start < last_end:  # overlapping marks: keep the earlier, longer one
                continue
            out.append(
                _built(
                    Cue,
                    _CUE_FIELDS,
                    {
                        "start": start,
                        "end": end,
                        "text": text[start:end],
                        "rule": f.rule,
                        "confidence": round(f.confidence, 4),
                    },
                )
            )
            last_end = end
        return tuple(out)

    def _sentence(
        self,
        text: str,
        seg: Segment,
        found: list[Finding],
        cited_at: dict[tuple[int, int], str],
    ) -> Sentence:
        # The flags: a later annotator's overrides an earlier one's.
        claim: FlagFinding | None = None
        unsourced: FlagFinding | None = None
        quoted_flag: FlagFinding | None = None
        said: list[Finding] = []
        hedges: list[Finding] = []
        loaded: list[Finding] = []
        for f in found:
            layer = f.layer
            if layer == _CLAIM:
                assert isinstance(f, FlagFinding)
                claim = f
            elif layer == _UNSOURCED:
                assert isinstance(f, FlagFinding)
                unsourced = f
            elif layer == _ATTRIBUTIONS:
                said.append(f)
            elif layer == _QUOTED:
                assert isinstance(f, FlagFinding)
                quoted_flag = f
            elif layer == _HEDGES:
                hedges.append(f)
            elif layer == _LOADED:
                loaded.append(f)
        attributions = _attributions(text, seg, said, cited_at) if said else ()
        is_claim = bool(claim and claim.value)
        quoted = bool(quoted_flag and quoted_flag.value)
        # unsourced_claim implies claim and no attribution (ANNOTATION.md, "Claims").
        is_unsourced = bool(
            is_claim and unsourced and unsourced.value and not attributions
        )
        return _built(
            Sentence,
            _SENTENCE_FIELDS,
            {
                "start": seg.start,
                "end": seg.end,
                "boilerplate": False,
                "attributions": attributions,
                "hedges": self._spans(text, seg, hedges) if hedges else (),
                "claim": is_claim,
                "unsourced_claim": is_unsourced,
                "loaded": self._spans(text, seg, loaded) if loaded else (),
                "boilerplate_rule": None,
                "claim_rule": claim.rule if claim else None,
                "claim_confidence": (
                    round(
                        _clip(
                            claim.confidence if claim.value else 1 - claim.confidence
                        ),
                        4,
                    )
                    if claim
                    else None
                ),
                "quoted": quoted,
            },
        )


def _check_offsets(a: Annotator, f: Finding, n: int) -> None:
    """Raise when span or attribution ``f`` of ``a`` lies outside a text of ``n``."""
    if isinstance(f, SpanFinding) and not 0 <= f.start < f.end <= n:
        raise PipelineError(f"annotator {a.name!r}: bad span {f}")
    if isinstance(f, AttributionFinding) and not (
        0 <= f.cue_start < f.cue_end <= n
        and (f.source_start is None) == (f.source_end is None)
        and (f.source_start is None or 0 <= f.source_start <= (f.source_end or 0) <= n)
    ):
        raise PipelineError(f"annotator {a.name!r}: bad attribution {f}")


def _attributions(
    text: str,
    seg: Segment,
    findings: list[Finding],
    cited_at: dict[tuple[int, int], str],
) -> tuple[Attribution, ...]:
    """The attributions whose cue lies in ``seg``, sorted by cue.

    Findings with the same cue and source merge into the most confident one;
    an attribution without an outlet of its own takes the one cited at its
    source span.
    """
    attributions: dict[tuple[int, int, int | None, int | None], Attribution] = {}
    for f in findings:
        assert isinstance(f, AttributionFinding)
        if not (seg.start <= f.cue_start < f.cue_end <= seg.end):
            continue
        key = (f.cue_start, f.cue_end, f.source_start, f.source_end)
        source = None
        if f.source_start is not None and f.source_end is not None:
            source = _span(text, f.source_start, f.source_end)
        if key in attributions and (attributions[key].confidence or 0) >= f.confidence:
            continue
        attributions[key] = _built(
            Attribution,
            _ATTRIBUTION_FIELDS,
            {
                "cue": _span(text, f.cue_start, f.cue_end),
                "source": source,
                "source_type": f.source_type,
                "rule": f.rule,
                "confidence": round(f.confidence, 4),
                "outlet": f.outlet
                or (
                    cited_at.get((f.source_start, f.source_end))
                    if f.source_start is not None and f.source_end is not None
                    else None
                ),
            },
        )
    return tuple(sorted(attributions.values(), key=lambda a: (a.cue.start, a.cue.end)))
