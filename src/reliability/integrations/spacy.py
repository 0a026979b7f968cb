"""The spaCy component ``"reliability"``: reports as span groups and extensions.

::

    import spacy
    import reliability.integrations.spacy  # registers the factory

    nlp = spacy.blank("en")
    nlp.add_pipe("reliability")
    doc = nlp("Critics reportedly called the plan a disaster.")
    doc._.reliability.scores.overall.value        # the DocumentReport
    [s.text for s in doc.spans["reliability_hedges"]]

The component analyses ``doc.text`` (spaCy keeps the text verbatim, so every
report offset indexes it) and stores, without changing the schema:

- ``Doc._.reliability``: the ``DocumentReport``;
- ``doc.spans["reliability_<group>"]`` for the groups in ``SPAN_GROUPS``;
  attribution cues and sources are labelled with their source type, the other
  groups with the layer name;
- ``Span._.reliability``: for a span of one of those groups, the schema object
  behind it (``Attribution`` for cues and sources, ``Cue`` for hedges and
  loaded terms, ``Sentence`` for claims and boilerplate), else ``None``.

Character spans become token spans with ``doc.char_span(...,
alignment_mode="expand")``: a span that starts or ends inside a token grows to
the token's edges (the exact characters stay in the report). Per-document
metadata, a ``DocumentMeta`` or a mapping of its fields (``id``, ``url``,
``outlet``, ``title``, ``published``), is read from
``Doc._.reliability_meta`` when set.

The report travels with the ``Doc`` as JSON in ``doc.user_data``, so docs
stay serialisable (``DocBin(store_user_data=True)``, ``nlp.pipe(n_process=2)``).
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from reliability.analyzer import Analyzer
from reliability.config import PipelineConfig
from reliability.errors import InputError
from reliability.schema import (
    Attribution,
    Cue,
    DocumentMeta,
    DocumentReport,
    ReportLayer,
    Sentence,
)

__all__ = [
    "SPAN_GROUPS",
    "ReliabilityComponent",
    "doc_meta",
    "make_reliability",
    "set_report",
]

log = logging.getLogger(__name__)

#: The span group of each report layer.
_GROUPS = {
    ReportLayer.ATTRIBUTION: "attributions",
    ReportLayer.SOURCE: "sources",
    ReportLayer.HEDGE: "hedges",
    ReportLayer.LOADED: "loaded",
    ReportLayer.CLAIM: "claims",
    ReportLayer.UNSOURCED_CLAIM: "unsourced_claims",
    ReportLayer.BOILERPLATE: "boilerplate",
}
#: The span groups the component fills, as ``doc.spans["reliability_<name>"]``.
SPAN_GROUPS = tuple(_GROUPS[layer] for layer in ReportLayer)
_PREFIX = "reliability_"
_USER_DATA_KEY = "reliability.report"
_CACHE_SIZE = 128
# Parsed reports by their JSON string (str hashes are cached, so a hit is
# cheap), least recently used first. Docs are read from several threads (a
# server, nlp.pipe in threads), so every use of the cache holds the lock.
_reports: OrderedDict[str, DocumentReport] = OrderedDict()
_reports_lock = threading.Lock()


def _remember(raw: str, report: DocumentReport) -> None:
    with _reports_lock:
        _reports[raw] = report
        _reports.move_to_end(raw)
        while len(_reports) > _CACHE_SIZE:
            _reports.popitem(last=False)


def _recall(raw: str) -> DocumentReport | None:
    with _reports_lock:
        report = _reports.get(raw)
        if report is not None:
            _reports.move_to_end(raw)
        return report


def _doc_report(doc: Doc) -> DocumentReport | None:
    raw = doc.user_data.get(_USER_DATA_KEY)
    if raw is None:
        return None
    report = _recall(raw)
    if report is None:
        # Parsed outside the lock: two threads may both parse one report,
        # which costs time but gives equal reports.
        report = DocumentReport.model_validate_json(raw)
        _remember(raw, report)
    return report


def _span_object(span: Span) -> Attribution | Cue | Sentence | None:
    # Span ids are "<group>/<sentence>[/<item>]", set by the component.
    parts = span.id_.split("/")
    if len(parts) < 2 or parts[0] not in SPAN_GROUPS:
        return None
    report = _doc_report(span.doc)
    if report is None:
        return None
    sentence = report.sentences[int(parts[1])]
    group = parts[0]
    if group in ("attributions", "sources"):
        return sentence.attributions[int(parts[2])]
    if group == "hedges":
        return sentence.hedges[int(parts[2])]
    if group == "loaded":
        return sentence.loaded[int(parts[2])]
    return sentence


def _set_extensions() -> None:
    if not Doc.has_extension("reliability"):
        Doc.set_extension("reliability", getter=_doc_report)
    if not Doc.has_extension("reliability_meta"):
        Doc.set_extension("reliability_meta", default=None)
    if not Span.has_extension("reliability"):
        Span.set_extension("reliability", getter=_span_object)


class ReliabilityComponent:
    """Analyses each ``Doc`` and stores its report as span groups and extensions.

    Args:
        analyzer: The ``Analyzer`` to use (one is built from the other arguments
            when None).
        config: The pipeline config: a mapping with the keys of a TOML config
            file (``{"annotators": [{"name": "loaded", "enabled": False}]}``),
            which is kept in the spaCy pipeline's own config, so a saved
            pipeline carries it; or a path to a TOML file, which must then
            exist wherever the pipeline is loaded (ignored with ``analyzer``).
        disable: Annotators to switch off (ignored with ``analyzer``).

    Raises:
        ConfigError: ``config`` is not a valid pipeline config.
    """

    def __init__(
        self,
        analyzer: Analyzer | None = None,
        *,
        config: Mapping[str, Any] | str | None = None,
        disable: Iterable[str] = (),
    ) -> None:
        _set_extensions()
        if analyzer is None:
            pipeline_config: PipelineConfig | str | None = (
                PipelineConfig().merged(_plain(config))
                if isinstance(config, Mapping)
                else config
            )
            analyzer = Analyzer(pipeline_config, disable=disable)
        self.analyzer = analyzer

    def __call__(self, doc: Doc) -> Doc:
        """Analyse ``doc.text`` and store the report on ``doc``."""
        meta = doc_meta(doc)
        report = self.analyzer.analyze(doc.text, **meta.model_dump())
        return set_report(doc, report)


def doc_meta(doc: Doc) -> DocumentMeta:
    """The ``DocumentMeta`` set on ``doc`` as ``Doc._.reliability_meta``.

    The extension holds a ``DocumentMeta`` or a mapping with its fields
    (``id``, ``url``, ``outlet``, ``title``, ``published``); keys that are
    not fields are ignored, as they always were.

    Raises:
        InputError: A field has a value of the wrong type.
    """
    _set_extensions()
    value = doc._.reliability_meta
    if value is None:
        return DocumentMeta()
    if isinstance(value, DocumentMeta):
        return value
    if not isinstance(value, Mapping):
        raise InputError(
            "Doc._.reliability_meta must be a DocumentMeta or a mapping of its "
            f"fields ({', '.join(DocumentMeta.model_fields)}), "
            f"not {type(value).__name__}"
        )
    fields = {k: v for k, v in value.items() if k in DocumentMeta.model_fields}
    return DocumentMeta.of(**fields)


def set_report(doc: Doc, report: DocumentReport) -> Doc:
    """Store ``report`` (made for ``doc.text``) on ``doc``; return ``doc``.

    Raises:
        ValueError: The report is not about ``doc.text``.
    """
    if report.text != doc.text:
        raise ValueError("the report's text is not the Doc's text")
    _set_extensions()
    raw = report.model_dump_json()
    doc.user_data[_USER_DATA_KEY] = raw
    _remember(raw, report)
    groups: dict[str, list[Span]] = {name: [] for name in SPAN_GROUPS}

    def add(group: str, start: int, end: int, label: str, key: str) -> None:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is None:  # empty or whitespace-only: no token to hold it
            log.debug("no tokens for [%d, %d) in group %s", start, end, group)
            return
        span.id_ = f"{group}/{key}"
        groups[group].append(span)

    for m in report.annotations():
        label = m.source_type.value if m.source_type is not None else m.layer.value
        key = str(m.sentence) if m.position is None else f"{m.sentence}/{m.position}"
        add(_GROUPS[m.layer], m.start, m.end, label, key)
    for name, spans in groups.items():
        doc.spans[_PREFIX + name] = spans
    return doc


def _plain(value: Any) -> Any:
    # spaCy's config system hands nested sections over as its own dict and
    # tuple types; the pipeline config wants plain dicts and lists.
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


@Language.factory(
    "reliability",
    default_config={"config": None, "disable": []},
    assigns=["doc._.reliability", "span._.reliability", "doc.spans"],
)
def make_reliability(
    nlp: Language,
    name: str,
    config: dict[str, Any] | str | None,
    disable: list[str],
) -> ReliabilityComponent:
    """spaCy factory of the ``"reliability"`` component.

    Args:
        nlp: The pipeline (unused: the component needs no tokenizer features).
        name: The component's name in the pipeline.
        config: The pipeline config inline, as a mapping with the keys of a
            TOML config file (stored in the spaCy config, so ``nlp.to_disk``
            saves it); or a path to a TOML file; or None for the defaults.
        disable: Annotators to switch off.

    Returns:
        The component.
    """
    return ReliabilityComponent(config=config, disable=disable)
