"""Analyses in worker processes, so one that runs past its time can be killed.

Python cannot stop a thread, but it can stop a process: each analysis runs in
one of a few processes, and a process that runs past the limit is killed and
replaced, so its core and memory come back at once.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from typing import Any

from reliability.errors import InputError, ReliabilityError
from reliability.server.messages import DocumentError, DocumentRequest, printable
from reliability.server.settings import ServerSettings

log = logging.getLogger(__name__)


class Busy(Exception):
    """No analysis process is free; answered with 503."""


class TimedOut(Exception):
    """The analysis ran past the limit and its process was killed; 504."""


class WorkerLost(Exception):
    """The analysis process ended without answering (crash, out of memory); 500."""


def _check_encodable(doc: DocumentRequest) -> None:
    """Raise ``InputError`` when a field of ``doc`` cannot be written as UTF-8.

    JSON may carry lone surrogates (``"\\ud800"``); Python reads them into a
    ``str`` that no UTF-8 writer accepts, so the report could not be sent.
    """
    for name, value in (("text", doc.text), *doc.meta().items()):
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InputError(
                f"document {doc.id!r}: {name} has a lone surrogate "
                f"U+{ord(value[exc.start]):04X} at character {exc.start:,}, which "
                "is not Unicode text; send valid UTF-8 (or replace it with U+FFFD)"
            ) from None


def _analyze_one(engine: Any, doc: DocumentRequest) -> bytes:
    """One document's report as JSON bytes; ``InputError`` if it has none."""
    _check_encodable(doc)
    report = engine.analyze(doc.text, **doc.meta())
    return report.model_dump_json().encode("utf-8")  # type: ignore[no-any-return]


def _analyze_batch(engine: Any, docs: list[DocumentRequest]) -> bytes:
    """``{"reports": [...]}`` as JSON bytes: a report or an error per document."""
    parts = []
    for doc in docs:
        try:
            parts.append(_analyze_one(engine, doc))
        except ReliabilityError as exc:
            record = DocumentError(
                id=None if doc.id is None else printable(doc.id), error=str(exc)
            )
            parts.append(record.model_dump_json().encode("utf-8"))
    return b'{"reports":[' + b",".join(parts) + b"]}"


def _resident_bytes() -> int | None:
    """This process's resident memory, where the platform tells it cheaply."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def _serve_jobs(conn: Connection, engine: Any, max_resident: int) -> None:
    """An analysis process: answer jobs from ``conn`` until it closes.

    A job is ``("one", DocumentRequest)`` or ``("batch", [DocumentRequest])``;
    the answer is ``(status, payload, retire)`` with status ``"ok"`` (JSON
    bytes) or ``"invalid"``/``"failed"`` (a message). ``retire`` says the
    process grew past ``max_resident`` bytes and exits after this answer, so
    the memory a huge document left behind goes back to the system.
    """
    # Ctrl-C reaches the whole process group; the server, not us, handles it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Load the lexicons and models before saying we are ready, so the first
    # request's time limit measures its analysis, not our start-up.
    try:
        engine.analyze("The minister said it may rain.")
    except Exception:  # the first job reports the real error
        log.exception("analysis process warm-up failed")
    conn.send("ready")
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if kind == "one":
                answer: tuple[str, bytes | str] = ("ok", _analyze_one(engine, payload))
            else:
                answer = ("ok", _analyze_batch(engine, payload))
        except ReliabilityError as exc:
            answer = ("invalid", str(exc))
        except Exception as exc:  # a bug: say so, and keep serving
            log.exception("analysis failed")
            answer = ("failed", f"{type(exc).__name__}: {exc}")
        resident = _resident_bytes()
        retire = resident is not None and resident > max_resident
        conn.send((*answer, retire))
        if retire:
            return


_START_SECONDS = 60


class _Worker:
    """One analysis process and the parent's end of its pipe; started ready."""

    def __init__(self, context: Any, engine: Any, max_resident: int) -> None:
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_serve_jobs,
            args=(child, engine, max_resident),
            name="reliability-analysis",
            daemon=True,
        )
        self.process.start()
        child.close()
        # Blocks this (helper) thread, never the event loop: see AnalysisPool.
        try:
            ready = self.conn.poll(_START_SECONDS) and self.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.stop()
            raise RuntimeError(
                "an analysis process did not start within "
                f"{_START_SECONDS} s (exit code {self.process.exitcode})"
            )

    def kill(self) -> None:
        """Kill the process (it may be mid-analysis); its memory is freed."""
        self.conn.close()
        self.process.kill()

    def stop(self) -> None:
        """Kill the process and reap it (blocks for a moment)."""
        self.kill()
        self.process.join(5)


class AnalysisPool:
    """Analyses in a few processes, so one that runs too long can be killed.

    Python cannot stop a thread, so a timed-out analysis in a thread keeps its
    core and memory until it finishes; a process is killed and replaced. At
    most ``queue`` requests wait for a free process; more get 503 at once.
    """

    def __init__(self, engine: Any, settings: ServerSettings) -> None:
        self.engine = engine
        self.settings = settings
        self.max_resident = settings.worker_memory * 1_000_000
        methods = multiprocessing.get_all_start_methods()
        # forkserver: each new process is a fork of a clean, single-threaded
        # server that has imported the library, so a replacement starts in
        # milliseconds without forking this (threaded) process.
        self.context = multiprocessing.get_context(
            "forkserver" if "forkserver" in methods else "spawn"
        )
        if "forkserver" in methods:
            self.context.set_forkserver_preload([__name__])
        self.workers: set[_Worker] = set()
        self.idle: asyncio.Queue[_Worker] = asyncio.Queue()
        self.waiting = 0
        self.started = False
        self.closed = False
        self.replacing: set[asyncio.Task[None]] = set()

    def pids(self) -> list[int]:
        """Process ids of the analysis processes (for monitoring and tests)."""
        return sorted(w.process.pid for w in self.workers if w.process.pid)

    def _new_worker(self) -> _Worker:
        worker = _Worker(self.context, self.engine, self.max_resident)
        if self.closed:  # the pool closed while this one was starting
            worker.stop()
            raise RuntimeError("the analysis pool is closed")
        self.workers.add(worker)
        return worker

    async def start(self) -> None:
        """Start the processes (also done by the first request)."""
        if self.started:
            return
        self.started = True
        for _ in range(self.settings.processes):
            self.idle.put_nowait(await asyncio.to_thread(self._new_worker))

    async def close(self) -> None:
        """Stop every process, busy or not."""
        self.closed = True
        for task in list(self.replacing):
            task.cancel()
        workers, self.workers = list(self.workers), set()
        await asyncio.gather(*(asyncio.to_thread(w.stop) for w in workers))

    def _replace(self, worker: _Worker) -> None:
        self.workers.discard(worker)
        worker.kill()  # now: the core it was using goes to the replacement

        async def replace() -> None:
            await asyncio.to_thread(worker.stop)
            while not self.closed:
                try:
                    self.idle.put_nowait(await asyncio.to_thread(self._new_worker))
                    return
                except RuntimeError:
                    log.exception("could not replace an analysis process; retrying")
                    await asyncio.sleep(1)

        task = asyncio.get_running_loop().create_task(replace())
        self.replacing.add(task)
        task.add_done_callback(self.replacing.discard)

    async def run(self, kind: str, payload: Any) -> tuple[str, bytes | str]:
        """Run one job; ``(status, payload)`` as ``_serve_jobs`` answers it.

        Raises:
            Busy: Every process stayed busy for ``queue_timeout`` seconds, or
                ``queue`` requests are already waiting.
            TimedOut: The analysis ran ``timeout`` seconds; it was killed.
            WorkerLost: The process died while analysing.
        """
        await self.start()
        timeout = self.settings.timeout
        if self.idle.empty() and self.waiting >= self.settings.queue:
            raise Busy(
                f"all {self.settings.processes} analysis processes are busy and "
                f"{self.waiting} requests are waiting; try again shortly"
            )
        self.waiting += 1
        try:
            worker = await asyncio.wait_for(
                self.idle.get(), self.settings.queue_timeout
            )
        except TimeoutError:
            raise Busy(
                "no analysis process was free within "
                f"{self.settings.queue_timeout:g} s; try again shortly"
            ) from None
        finally:
            self.waiting -= 1
        keep = False
        try:
            worker.conn.send((kind, payload))
            status, answer, retire = await asyncio.wait_for(
                self._receive(worker.conn), timeout
            )
            keep = not retire
            return status, answer
        except TimeoutError:
            raise TimedOut(
                f"analysis took longer than the limit of {timeout:g} s and was stopped"
            ) from None
        except (EOFError, OSError):
            worker.process.join(0.5)  # gone already; read its exit code
            raise WorkerLost(
                "the analysis process ended without an answer (exit code "
                f"{worker.process.exitcode}); it was replaced"
            ) from None
        finally:
            # A timed-out, failed or cancelled job leaves the process busy or
            # gone: it is killed and replaced, never handed to the next job.
            if keep:
                self.idle.put_nowait(worker)
            else:
                self._replace(worker)

    @staticmethod
    async def _receive(conn: Connection) -> Any:
        loop = asyncio.get_running_loop()
        ready = loop.create_future()
        fd = conn.fileno()

        def readable() -> None:
            if not ready.done():
                ready.set_result(None)

        loop.add_reader(fd, readable)
        try:
            await ready
        finally:
            loop.remove_reader(fd)
        return conn.recv()
