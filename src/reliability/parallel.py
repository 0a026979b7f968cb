"""Analysing a stream of documents on several processes, output in input order.

Documents are grouped into small chunks; at most a few chunks per worker are
in flight at any time, so memory stays flat however long the corpus is and
the first results come out before the last input has been read. Each worker
holds one ``Analyzer`` for its whole life (inherited from the parent when
processes are forked, else built once in the worker).

Every document gives exactly one result, in input order: its report, or an
``ErrorRecord`` when it cannot be analysed (no text, too large, the analysis
raised). A worker that dies (killed, out of memory) turns the documents of
its chunk into ``failed`` error records and the pool is restarted.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any, Generic, Protocol, TypeVar

from reliability.config import PipelineConfig
from reliability.records import ErrorRecord, InputRecord, encodable, error_record
from reliability.schema import DocumentMeta, DocumentReport

__all__ = [
    "DocumentAnalyzer",
    "Outcome",
    "analyze_ordered",
    "analyze_record",
    "cpu_count",
    "forks",
    "map_ordered",
]

log = logging.getLogger(__name__)

T = TypeVar("T")


class DocumentAnalyzer(Protocol):
    """What the workers need of an analyzer (``reliability.Analyzer`` is one).

    Declared here so that this module does not import ``analyzer``, which
    imports it for ``Analyzer.analyze_many``.
    """

    config: PipelineConfig

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
        """Annotate and score one document."""
        ...


Result = DocumentReport | ErrorRecord
Item = str | Mapping[str, Any] | InputRecord | ErrorRecord
#: Turns a result and its position into what the caller wants (a JSON line...).
Render = Callable[[Result, int], T]

#: A chunk holds at most this many documents...
CHUNK_DOCS = 32
#: ...or about this many characters of text.
CHUNK_CHARS = 200_000
#: Chunks in flight per worker (bounds memory; keeps every worker busy).
IN_FLIGHT_PER_JOB = 3


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """One document's rendered result and what a summary needs of it."""

    value: T
    error: str | None
    overall: float | None


def cpu_count() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_META_FIELDS = ("url", "outlet", "title", "published")


def _as_record(item: Item) -> InputRecord | ErrorRecord:
    if isinstance(item, (InputRecord, ErrorRecord)):
        return item
    if isinstance(item, str):
        return InputRecord(text=item)
    if not isinstance(item, Mapping):
        return error_record(
            None,
            "missing_text",
            f"a document is a text or a mapping with 'text', not {type(item).__name__}",
        )
    text = item.get("text")
    raw_id = item.get("id")
    doc_id = None if raw_id is None else str(raw_id)
    if not isinstance(text, str):
        return error_record(
            doc_id,
            "missing_text",
            "field 'text' is missing"
            if text is None
            else f"field 'text' is {type(text).__name__}, not str",
        )
    meta: dict[str, str | None] = {}
    notes: list[str] = []
    for key in _META_FIELDS:
        value = item.get(key)
        if value is None or isinstance(value, str):
            meta[key] = value
        else:  # as the corpus readers do: say so, and go on without it
            notes.append(f"field {key!r} is {type(value).__name__}, not str; ignored")
    return InputRecord(
        text=text, meta=DocumentMeta(id=doc_id, **meta), warnings=tuple(notes)
    )


def analyze_record(analyzer: DocumentAnalyzer, item: Item) -> Result:
    """Analyse one document; never raises for a bad document.

    Args:
        analyzer: The analyzer to use.
        item: A text, a mapping with ``text`` (and optional ``id``, ``url``,
            ``outlet``, ``title``), an ``InputRecord``, or an ``ErrorRecord``
            (returned as it is).

    Returns:
        The report, carrying the record's warnings, or an ``ErrorRecord``.
    """
    record = _as_record(item)
    if isinstance(record, InputRecord) and record.format == "html":
        from reliability.readers.html_pages import extract_html

        record = extract_html(record)
    # Lone surrogates (valid in JSON, not in UTF-8) would make the report
    # unwritable: repair them here, where every record passes.
    record = encodable(record)
    if isinstance(record, ErrorRecord):
        return record
    limit = analyzer.config.max_chars
    if len(record.text) > limit:
        return error_record(
            record.id,
            "too_large",
            f"{len(record.text):,} characters is over the limit of {limit:,} "
            "(raise it with --max-chars or PipelineConfig.max_chars)",
            source=record.source,
            line=record.line,
        )
    meta = record.meta
    try:
        report = analyzer.analyze(
            record.text,
            id=meta.id,
            url=meta.url,
            outlet=meta.outlet,
            title=meta.title,
            published=meta.published,
        )
    except Exception as exc:  # one bad document must not stop the batch
        log.warning("document %r failed", record.id, exc_info=True)
        return error_record(
            record.id,
            "failed",
            f"{type(exc).__name__}: {exc}",
            source=record.source,
            line=record.line,
        )
    if record.warnings:
        report = report.model_copy(
            update={"warnings": (*report.warnings, *record.warnings)}
        )
    return report


def _identity(result: Result, index: int) -> Result:
    return result


def _outcome(
    analyzer: DocumentAnalyzer, item: Item, index: int, render: Render[T]
) -> Outcome[T]:
    result = analyze_record(analyzer, item)
    try:
        value = render(result, index)
    except Exception as exc:  # one unwritable result must not stop the batch
        log.warning("document %r could not be rendered", result.id, exc_info=True)
        result = encodable(
            error_record(
                result.id,
                "failed",
                f"the result cannot be written: {type(exc).__name__}: {exc}",
            )
        )
        value = render(result, index)
    if isinstance(result, ErrorRecord):
        return Outcome(value, result.error.type, None)
    overall = result.scores.overall.value if result.scores else None
    return Outcome(value, None, overall)


# --- worker side ------------------------------------------------------------

_WORKER: tuple[Any, Any] | None = None


def _init_worker(source: Any, render: Any) -> None:
    global _WORKER
    # Ctrl-C reaches the whole process group; the parent shuts the pool down.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    analyzer = source if hasattr(source, "analyze") else source()
    _WORKER = (analyzer, render)


def _run_chunk(chunk: list[tuple[int, Item]]) -> list[Outcome[Any]]:
    assert _WORKER is not None, "worker not initialised"
    analyzer, render = _WORKER
    return [_outcome(analyzer, item, index, render) for index, item in chunk]


# --- parent side ------------------------------------------------------------


def _size(item: Item) -> int:
    if isinstance(item, str):
        return len(item)
    if isinstance(item, InputRecord):
        return len(item.text)
    if isinstance(item, Mapping):
        text = item.get("text")
        return len(text) if isinstance(text, str) else 0
    return 0


def _chunks(items: Iterable[Item]) -> Iterator[list[tuple[int, Item]]]:
    chunk: list[tuple[int, Item]] = []
    chars = 0
    for index, item in enumerate(items):
        chunk.append((index, item))
        chars += _size(item)
        if len(chunk) >= CHUNK_DOCS or chars >= CHUNK_CHARS:
            yield chunk
            chunk, chars = [], 0
    if chunk:
        yield chunk


def forks() -> bool:
    """Whether workers are forked (and so share the parent's analyzer as it is)."""
    return "fork" in multiprocessing.get_all_start_methods()


def _context() -> Any:
    # Forking shares the parent's loaded analyzer (no rebuild, no pickling);
    # elsewhere the analyzer factory is pickled to each worker.
    return multiprocessing.get_context("fork" if forks() else None)


def map_ordered(
    items: Iterable[Item],
    *,
    analyzer: DocumentAnalyzer | Callable[[], DocumentAnalyzer],
    jobs: int = 1,
    render: Render[T] = _identity,  # type: ignore[assignment]
) -> Iterator[Outcome[T]]:
    """Analyse ``items`` on ``jobs`` processes; yield outcomes in input order.

    Args:
        items: Documents (see ``analyze_record``); read lazily.
        analyzer: The analyzer, or a picklable factory building one (called
            once per worker, or once here when ``jobs`` is 1). Where processes
            are not forked (``forks()`` is false: Windows, macOS) pass a
            factory, e.g. ``functools.partial(Analyzer, config)``.
        jobs: Number of processes; 1 runs in this process, as does an input
            that fits in one chunk.
        render: Applied in the worker to each result and its position, so
            that serialising runs in parallel too (e.g. to a JSON line).

    Yields:
        One ``Outcome`` per item, in the order of ``items``.
    """
    chunks = _chunks(items)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is not None:
        yield from _pooled(chain([first, second], chunks), analyzer, jobs, render)
        return
    built: Any = analyzer if hasattr(analyzer, "analyze") else analyzer()
    for chunk in chain([first], chunks):
        for index, item in chunk:
            yield _outcome(built, item, index, render)


def _pooled(
    chunks: Iterator[list[tuple[int, Item]]],
    analyzer: Any,
    jobs: int,
    render: Render[T],
) -> Iterator[Outcome[T]]:
    def start() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=jobs,
            mp_context=_context(),
            initializer=_init_worker,
            initargs=(analyzer, render),
        )

    pool = start()
    limit = jobs * IN_FLIGHT_PER_JOB
    in_flight: deque[tuple[list[tuple[int, Item]], Future[list[Outcome[T]]]]] = deque()
    try:
        for chunk in islice(chunks, limit):
            in_flight.append((chunk, pool.submit(_run_chunk, chunk)))
        while in_flight:
            chunk, future = in_flight.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                # A worker died on this chunk (or a neighbour's): fail the chunk,
                # restart the pool and resubmit the chunks still waiting.
                log.error("a worker process died; restarting the pool")
                pool.shutdown(wait=False, cancel_futures=True)
                pool = start()
                waiting = [c for c, _ in in_flight]
                in_flight.clear()
                for c in waiting:
                    in_flight.append((c, pool.submit(_run_chunk, c)))
                outcomes = [_crashed(item, index, render) for index, item in chunk]
            yield from outcomes
            nxt = next(chunks, None)
            if nxt is not None:
                in_flight.append((nxt, pool.submit(_run_chunk, nxt)))
    finally:
        pool.shutdown(wait=not in_flight, cancel_futures=True)


def _crashed(item: Item, index: int, render: Render[T]) -> Outcome[T]:
    record = _as_record(item)
    err = error_record(
        record.id,
        "failed",
        "the worker process analysing this document died (killed or out of memory)",
        source=getattr(record, "source", None),
        line=getattr(record, "line", None),
    )
    return Outcome(render(err, index), "failed", None)


def analyze_ordered(
    items: Iterable[Item],
    *,
    analyzer: DocumentAnalyzer | Callable[[], DocumentAnalyzer],
    jobs: int = 1,
) -> Iterator[Result]:
    """Analyse documents on ``jobs`` processes; yield results in input order.

    This is what ``Analyzer.analyze_many(docs, jobs=N)`` runs.

    Args:
        items: Texts, mappings with ``text`` (and optional ``id``, ``url``,
            ``outlet``, ``title``), ``InputRecord``s or ``ErrorRecord``s.
        analyzer: The analyzer, or a picklable factory building one.
        jobs: Number of processes (1: this process).

    Yields:
        A ``DocumentReport`` per document, or an ``ErrorRecord`` in its place.
    """
    outcome: Outcome[Result]
    for outcome in map_ordered(items, analyzer=analyzer, jobs=jobs):
        yield outcome.value
