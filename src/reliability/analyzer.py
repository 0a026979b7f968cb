"""The Analyzer: builds the pipeline once and analyses many documents with it."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from reliability import registry
from reliability.annotators.base import Annotator
from reliability.config import PipelineConfig, load_config
from reliability.errors import ConfigError, InputError
from reliability.outlets.service import RatedOutlets
from reliability.pipeline import Pipeline
from reliability.readability import body_readability
from reliability.records import ErrorRecord, InputRecord
from reliability.schema import DocumentMeta, DocumentReport
from reliability.scoring import data_digests as scoring_data_digests
from reliability.scoring import score_document, score_provenance
from reliability.segment import Segment, split_sentences
from reliability.segment import data_digests as segment_data_digests

__all__ = ["Analyzer", "analyze"]

log = logging.getLogger(__name__)

#: The annotator whose options (``ratings``, ``table``) build the outlet service.
_OUTLET = "outlet"


def _with_options(
    config: PipelineConfig,
    options: Mapping[str, Mapping[str, Any]] | None,
    *,
    models: str | Path | None,
    ratings: Iterable[str | Path],
) -> PipelineConfig:
    """``config`` with options per annotator merged over its own.

    ``models`` and ``ratings`` are shortcuts for the ``models`` annotator's
    ``path`` and the ``outlet`` annotator's ``ratings`` options.

    Raises:
        ConfigError: Options name an annotator that is not in the pipeline.
    """
    overrides: dict[str, dict[str, Any]] = {
        k: dict(v) for k, v in (options or {}).items()
    }
    if models is not None:
        overrides.setdefault("models", {})["path"] = str(models)
    rating_files = [str(r) for r in ratings]
    if rating_files:
        overrides.setdefault("outlet", {})["ratings"] = rating_files
    if not overrides:
        return config
    configured = {spec.name for spec in config.annotators}
    for name in overrides:
        if name not in configured:
            raise ConfigError(
                f"options given for annotator {name!r}, which is not in the "
                f"pipeline ({', '.join(sorted(configured))})"
            )
    return config.merged(
        {
            "annotators": [
                {
                    "name": spec.name,
                    "options": {**spec.options, **overrides[spec.name]},
                }
                for spec in config.annotators
                if spec.name in overrides
            ]
        }
    )


def _with_disabled(config: PipelineConfig, disable: Iterable[str]) -> PipelineConfig:
    """``config`` with the annotators named in ``disable`` switched off.

    The names are folded into the config, so that the config alone describes
    the pipeline (and rebuilds it in another process).

    Raises:
        ConfigError: A name is not a registered annotator.
    """
    disabled = set(disable)
    known = set(registry.available())
    unknown = disabled - known
    if unknown:
        raise ConfigError(
            f"cannot disable unknown annotator(s) {sorted(unknown)}; available: "
            f"{', '.join(sorted(known))}"
        )
    off = [
        {"name": spec.name, "enabled": False}
        for spec in config.annotators
        if spec.name in disabled
    ]
    return config.merged({"annotators": off}) if off else config


def _build_annotators(
    config: PipelineConfig,
) -> tuple[list[Annotator], RatedOutlets | None]:
    """The enabled annotators of ``config``, and the outlet service if one runs.

    The outlet service is built here from the outlet annotator's options and
    handed both to that annotator (which reads names from its table) and to
    the pipeline (which resolves outlets with it): one registry, one load of
    the rating files.
    """
    outlets: RatedOutlets | None = None
    annotators: list[Annotator] = []
    for spec in config.annotators:
        if not spec.enabled:
            continue
        spec_options = dict(spec.options)
        if spec.name == _OUTLET:
            outlets = RatedOutlets.load(
                ratings=spec_options.pop("ratings", ()),
                table=spec_options.pop("table", None),
            )
            spec_options["outlets"] = outlets
        annotators.append(registry.create(spec.name, **spec_options))
    return annotators, outlets


class Analyzer:
    """Loads its annotators and data once; analyses any number of documents.

    Args:
        config: A ``PipelineConfig``, a path to a TOML config file, or None for
            the defaults.
        disable: Names of annotators to switch off.
        extra: Further annotators (objects implementing ``Annotator``) to run
            after the configured ones.
        options: Options per annotator name, merged over the config's.
        models: Folder of trained sentence models (``reliability train``),
            passed to the ``models`` annotator.
        ratings: Users' rating files (``PATH`` or ``PATH:FORMAT``), passed to
            the ``outlet`` annotator.
    """

    def __init__(
        self,
        config: PipelineConfig | str | Path | None = None,
        *,
        disable: Iterable[str] = (),
        extra: Iterable[Annotator] = (),
        options: Mapping[str, Mapping[str, Any]] | None = None,
        models: str | Path | None = None,
        ratings: Iterable[str | Path] = (),
    ) -> None:
        if config is None:
            config = PipelineConfig()
        elif isinstance(config, (str, Path)):
            config = load_config(config)
        config = _with_options(config, options, models=models, ratings=ratings)
        self.config = _with_disabled(config, disable)
        annotators, self.outlets = _build_annotators(self.config)
        self._extra = tuple(extra)
        annotators.extend(self._extra)
        self.pipeline = Pipeline(
            annotators,
            weights=self.config.weights,
            outlets=self.outlets,
            segmenter=self._segmenter(),
            resources={**segment_data_digests(), **scoring_data_digests()},
        )

    def _segmenter(self) -> Callable[[str], list[Segment]]:
        """Sentence splitting as the config asks: rules, model, or all body."""
        if not self.config.boilerplate:
            return _all_body
        if not self.config.boilerplate_model:
            return partial(split_sentences, model=None)
        return split_sentences

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuild from the (merged) config rather than pickling annotators and
        # their per-document caches: worker processes started by spawn get an
        # equal analyzer at the cost of loading the data once more.
        return (_rebuild, (self.config, self._extra))

    @property
    def annotator_names(self) -> list[str]:
        """Names of the annotators that run, in order."""
        return [a.name for a in self.pipeline.annotators]

    def analyze(
        self,
        text: str,
        *,
        id: str | None = None,
        url: str | None = None,
        outlet: str | None = None,
        title: str | None = None,
        published: str | None = None,
    ) -> DocumentReport:
        """Annotate and score one document.

        Args:
            text: The raw document text; every offset in the report indexes it.
            id: The caller's document id, copied to the report.
            url: Where the document was published (helps find the outlet).
            outlet: The publishing outlet's name or domain, when known.
            title: The headline, when it is not part of ``text``.
            published: Publication date as given; carried into the report.

        Returns:
            The document's report.

        Raises:
            InputError: ``text`` is not a string or is longer than ``max_chars``,
                or a metadata argument is not a string (the message names it).
        """
        if not isinstance(text, str):
            raise InputError(
                f"document {id!r}: text must be str, not {type(text).__name__}"
            )
        if len(text) > self.config.max_chars:
            raise InputError(
                f"document {id!r}: {len(text):,} characters is over the limit of "
                f"{self.config.max_chars:,} (set max_chars to raise it)"
            )
        meta = DocumentMeta.of(
            id=id, url=url, outlet=outlet, title=title, published=published
        )
        if len(text) < _GC_PAUSE_CHARS:
            return self._analyze(text, meta)
        with _cyclic_gc_paused():
            return self._analyze(text, meta)

    def _analyze(self, text: str, meta: DocumentMeta) -> DocumentReport:
        doc = self.pipeline.annotate(text, meta)
        assembled = self.pipeline.assemble(doc)
        provenance = score_provenance(
            assembled.outlet, assembled.cited_outlets, assembled.sentences
        )
        figures: dict[str, float] = {}
        if self.config.readability:
            figures = body_readability(text, assembled.sentences, lang=self.config.lang)
        scores = score_document(
            assembled.sentences,
            text=text,
            weights=self.config.weights,
            provenance=provenance,
            readability=figures,
        )
        return DocumentReport(
            id=meta.id,
            text=text,
            outlet=assembled.outlet,
            sentences=tuple(assembled.sentences),
            title=meta.title,
            url=meta.url,
            published=meta.published,
            cited_outlets=assembled.cited_outlets,
            scores=scores,
            pipeline=self.pipeline.info,
        )

    def analyze_many(
        self,
        docs: Iterable[str | Mapping[str, Any] | InputRecord | ErrorRecord],
        *,
        jobs: int = 1,
    ) -> Iterator[DocumentReport | ErrorRecord]:
        """Analyse documents in input order, on ``jobs`` processes.

        Args:
            docs: Texts, or mappings with ``text`` and optional ``id``, ``url``,
                ``outlet``, ``title``, ``published`` (or records from
                ``read_corpus``).
            jobs: Number of worker processes; 1 analyses in this process.

        Yields:
            A ``DocumentReport`` per document, or an ``ErrorRecord`` in its
            place when it could not be analysed (not a text or mapping, no
            text, too large, ...): a bad document never stops the rest. A
            metadata value that is not a string is left out, with a warning.
        """
        from reliability.parallel import analyze_ordered

        return analyze_ordered(docs, analyzer=self, jobs=jobs)


#: Documents this long or longer are analysed with the cyclic collector
#: paused; shorter ones gain nothing measurable, and a busy server must keep
#: collecting the cycles its own machinery makes.
_GC_PAUSE_CHARS = 100_000
_GC_LOCK = threading.Lock()
_GC_DEPTH = 0
_GC_WAS_ENABLED = False


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a long document is analysed.

    A document makes many small acyclic objects; with the collector on, its
    full passes over them grow with the document and make a 10 MB text cost
    more per MB than a 10 KB one. Reference counting still frees everything;
    cycles, if any, are collected once the collector runs again. Nested and
    concurrent analyses (threads) share one pause.
    """
    global _GC_DEPTH, _GC_WAS_ENABLED
    with _GC_LOCK:
        if _GC_DEPTH == 0:
            _GC_WAS_ENABLED = gc.isenabled()
            gc.disable()
        _GC_DEPTH += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_DEPTH -= 1
            if _GC_DEPTH == 0 and _GC_WAS_ENABLED:
                gc.enable()


def _all_body(text: str) -> list[Segment]:
    """Sentences of ``text``, none of them flagged as boilerplate."""
    return [
        Segment(s.start, s.end) if s.boilerplate else s for s in split_sentences(text)
    ]


def _rebuild(config: PipelineConfig, extra: tuple[Annotator, ...]) -> Analyzer:
    return Analyzer(config, extra=extra)


_DEFAULT: Analyzer | None = None


def analyze(
    text: str,
    *,
    id: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: str | None = None,
) -> DocumentReport:
    """Analyse one document with the default pipeline (built on first use).

    See ``Analyzer.analyze`` for the arguments.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT.analyze(
        text, id=id, url=url, outlet=outlet, title=title, published=published
    )
