"""``reliability serve``: the HTTP service for newsroom tools (FastAPI + uvicorn).

Endpoints (OpenAPI description at ``/openapi.json``, shown at ``/docs`` by a
self-contained page: no script, nothing fetched, a strict CSP):

- ``POST /analyze``: a document ``{"text", "id"?, "url"?, "outlet"?, "title"?,
  "published"?}`` -> its ``DocumentReport``;
- ``POST /analyze/batch``: ``{"documents": [...]}`` -> ``{"reports": [...]}``,
  in order; a document that cannot be analysed becomes ``{"id", "error"}``;
- ``GET /health``: status, version and the annotators that run;
- ``GET /``: a page where an editor pastes text and sees the marks and scores.

Limits, each answered with a JSON ``{"detail": "..."}`` that names the limit:
a request body over ``max_bytes`` gets 413 (checked on ``Content-Length`` and
while reading, so chunked uploads are cut off too), a batch over
``max_batch`` documents 413, and an analysis that takes longer than
``timeout`` seconds 504. Analyses run in a few worker processes so the event
loop keeps answering; one that runs past the limit is killed (Python cannot
stop a thread, but it can stop a process) and replaced, so its core and
memory come back at once. Requests waiting for a free process are bounded in
number and time (503).

The connection is guarded too: a request body must arrive within
``body_timeout`` (408), only trusted ``Host`` headers are answered (400; IP
addresses, ``localhost`` and ``allowed_hosts``, against DNS rebinding) and,
under ``reliability serve`` or ``http_protocol()``, headers must arrive within
``header_timeout`` (408) and at most ``max_connections`` are open (503).
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import functools
import hashlib
import html
import ipaddress
import json
import logging
import math
import multiprocessing
import os
import pickle
import re
import signal
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, MutableMapping
from multiprocessing.connection import Connection
from typing import Any

import h11
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from uvicorn.protocols.http.h11_impl import H11Protocol

from reliability import __version__
from reliability.analyzer import Analyzer
from reliability.errors import ConfigError, InputError, ReliabilityError
from reliability.resources import read_data
from reliability.schema import DocumentMeta, DocumentReport

__all__ = [
    "BatchRequest",
    "BatchResponse",
    "DocumentError",
    "DocumentRequest",
    "Health",
    "ServerSettings",
    "configure",
    "create_app",
    "http_protocol",
    "run",
]

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Strict enough that pasted markup could never run even if the page had a bug.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; "
        "connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_PAGE_FILES = {
    "/": ("web/index.html", "text/html; charset=utf-8"),
    "/static/app.js": ("web/app.js", "text/javascript; charset=utf-8"),
    "/static/app.css": ("web/app.css", "text/css; charset=utf-8"),
}


class ServerSettings(BaseModel):
    """Limits of the service."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(
        2_000_000, gt=0, description="Largest request body, in bytes."
    )
    timeout: float = Field(
        10.0,
        gt=0,
        description="Seconds an analysis may run before it is stopped.",
    )
    max_batch: int = Field(100, gt=0, description="Most documents in one batch.")
    body_timeout: float = Field(
        30.0, gt=0, description="Seconds the whole request body may take to arrive."
    )
    header_timeout: float = Field(
        10.0,
        gt=0,
        description="Seconds a request's headers may take to arrive, counted "
        "from the connection (or, between requests, from their first byte); "
        "applies when served by 'reliability serve' or with http_protocol().",
    )
    allowed_hosts: tuple[str, ...] = Field(
        (),
        description="Host names the service answers to besides IP addresses and "
        "localhost ('*' for any, '*.example.org' for its subdomains); a request "
        "for another Host gets 400, which stops DNS rebinding.",
    )
    max_connections: int = Field(
        200,
        gt=0,
        description="Open connections per server process; more are answered "
        "503 and closed (with 'reliability serve' or http_protocol()).",
    )
    processes: int = Field(
        2,
        gt=0,
        description="Analysis processes per server process; each runs one "
        "analysis at a time and is killed and replaced when it runs too long.",
    )
    queue: int = Field(
        64,
        ge=0,
        description="Requests that may wait for a free analysis process; more "
        "get 503 at once.",
    )
    queue_timeout: float = Field(
        10.0,
        gt=0,
        description="Seconds a request may wait for a free analysis process "
        "before it gets 503.",
    )
    worker_memory: int = Field(
        1_000,
        gt=0,
        description="Megabytes of resident memory after which an analysis "
        "process is replaced (after answering).",
    )


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


class _Busy(Exception):
    """No analysis process is free; answered with 503."""


class _TimedOut(Exception):
    """The analysis ran past the limit and its process was killed; 504."""


class _WorkerLost(Exception):
    """The analysis process ended without answering (crash, out of memory); 500."""


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
        # Blocks this (helper) thread, never the event loop: see _AnalysisPool.
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


class _AnalysisPool:
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
            _Busy: Every process stayed busy for ``queue_timeout`` seconds, or
                ``queue`` requests are already waiting.
            _TimedOut: The analysis ran ``timeout`` seconds; it was killed.
            _WorkerLost: The process died while analysing.
        """
        await self.start()
        timeout = self.settings.timeout
        if self.idle.empty() and self.waiting >= self.settings.queue:
            raise _Busy(
                f"all {self.settings.processes} analysis processes are busy and "
                f"{self.waiting} requests are waiting; try again shortly"
            )
        self.waiting += 1
        try:
            worker = await asyncio.wait_for(
                self.idle.get(), self.settings.queue_timeout
            )
        except TimeoutError:
            raise _Busy(
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
            raise _TimedOut(
                f"analysis took longer than the limit of {timeout:g} s and was stopped"
            ) from None
        except (EOFError, OSError):
            worker.process.join(0.5)  # gone already; read its exit code
            raise _WorkerLost(
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


class _BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413.

    The whole body must also arrive within ``body_timeout`` seconds (408), so
    a client that trickles a body cannot hold a connection and its memory.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, body_timeout: float) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.body_timeout = body_timeout

    def _too_slow(self) -> JSONResponse:
        return JSONResponse(
            {
                "detail": "request body did not arrive within the limit of "
                f"{self.body_timeout:g} s"
            },
            status_code=408,
            headers={"Connection": "close"},
        )

    def _too_large(self, size: int | None) -> JSONResponse:
        said = f"is {size:,} bytes" if size is not None else "goes on past the limit"
        return JSONResponse(
            {"detail": f"request body {said}; the limit is {self.max_bytes:,} bytes"},
            status_code=413,
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", ()):
            if name == b"content-length" and value.isdigit():
                if int(value) > self.max_bytes:
                    await self._too_large(int(value))(scope, receive, send)
                    return
        # Read the body here (bounded) so a chunked upload cannot exceed the limit.
        chunks: list[bytes] = []
        size = 0
        more = True
        try:
            async with asyncio.timeout(self.body_timeout):
                while more:
                    message = await receive()
                    if message["type"] != "http.request":
                        break
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_bytes:
                        await self._too_large(None)(scope, receive, send)
                        return
                    chunks.append(chunk)
                    more = message.get("more_body", False)
        except TimeoutError:
            await self._too_slow()(scope, receive, send)
            return
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _raw_response(status: int, reason: str, detail: str) -> bytes:
    """A complete HTTP/1.1 JSON error response that closes the connection."""
    body = json.dumps({"detail": detail}).encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class _GuardedH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with a header deadline and a connection cap.

    uvicorn keeps a connection that never sends a request open for ever, and
    gives headers that trickle in a byte at a time no deadline: a few hundred
    such connections exhaust the process. Here the headers of each request
    must arrive within ``header_timeout`` seconds (counted from the connection,
    or from the first byte of a later request on a kept-alive connection,
    whose idle time uvicorn's keep-alive limit bounds), else 408 and close;
    and a connection beyond ``max_connections`` is answered 503 and closed.
    """

    def __init__(
        self,
        *args: Any,
        header_timeout: float,
        max_connections: int,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = header_timeout
        self.max_connections = max_connections
        self.header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._refuse(
                503,
                "Service Unavailable",
                f"over the limit of {self.max_connections} open connections; "
                "try again shortly",
            )
            return
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self.header_timer is None and self.conn.their_state is h11.IDLE:
            self._arm()  # the first bytes of a request on a kept-alive connection
        super().data_received(data)
        self._disarm_once_headers_arrived()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._disarm_once_headers_arrived()  # a pipelined request may be parsed

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self.header_timer = self.loop.call_later(self.header_timeout, self._late)

    def _disarm(self) -> None:
        if self.header_timer is not None:
            self.header_timer.cancel()
            self.header_timer = None

    def _disarm_once_headers_arrived(self) -> None:
        if self.conn.their_state is not h11.IDLE:
            self._disarm()

    def _late(self) -> None:
        self.header_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self._refuse(
                408,
                "Request Timeout",
                "request headers did not arrive within the limit of "
                f"{self.header_timeout:g} s",
            )

    def _refuse(self, status: int, reason: str, detail: str) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(_raw_response(status, reason, detail))
            self.transport.close()


def http_protocol(settings: ServerSettings) -> Callable[..., asyncio.Protocol]:
    """The HTTP protocol to give uvicorn, enforcing the connection limits.

    ``uvicorn.Config(app, http=http_protocol(settings))`` applies
    ``header_timeout`` and ``max_connections``; ``reliability serve`` does
    this. (They are limits of the connection, which an ASGI app never sees.)

    Args:
        settings: The service's limits.

    Returns:
        A protocol factory, picklable for uvicorn's ``workers`` mode.
    """
    return functools.partial(
        _GuardedH11Protocol,
        header_timeout=settings.header_timeout,
        max_connections=settings.max_connections,
    )


# A Host header: a name or an IPv4 address, or an IPv6 one in brackets; a port.
_HOST_HEADER = re.compile(
    r"(?:\[(?P<ipv6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9._-]+))(?::[0-9]{1,5})?"
)


def _is_ip_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class _TrustedHosts:
    """ASGI middleware: answer only requests whose Host the service trusts.

    DNS rebinding points an attacker's host name at 127.0.0.1, so a page on
    that name can read a local API; the Host header then carries the
    attacker's name. IP addresses and ``localhost`` cannot be rebound and are
    always accepted; other names must be in ``allowed`` (``*`` for any,
    ``*.example.org`` for its subdomains). Anything else gets 400.
    """

    def __init__(self, app: ASGIApp, allowed: tuple[str, ...]) -> None:
        self.app = app
        self.any = "*" in allowed
        self.names = {a.lower().rstrip(".") for a in allowed if not a.startswith("*")}
        self.suffixes = tuple(a.lower()[1:] for a in allowed if a.startswith("*."))

    def is_trusted(self, name: str) -> bool:
        """Whether requests for host ``name`` (no port) are answered."""
        name = name.lower().rstrip(".")
        return (
            self.any
            or name == "localhost"
            or name in self.names
            or name.endswith(self.suffixes)
            or _is_ip_address(name)
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = dict(scope.get("headers", ())).get(b"host")
        if header is None:
            detail = "the request has no Host header"
        else:
            host = header.decode("latin-1")
            match = _HOST_HEADER.fullmatch(host)
            name = (match["ipv6"] or match["name"]) if match else ""
            if name and self.is_trusted(name):
                await self.app(scope, receive, send)
                return
            detail = (
                f"host {host!r} is not served here; it answers to IP addresses, "
                "localhost and the names given with --allowed-host "
                "(ServerSettings.allowed_hosts)"
            )
        await JSONResponse({"detail": detail}, status_code=400)(scope, receive, send)


_DOCS_STYLE = (
    "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;"
    "padding:0 1rem;color:#222}code,td:first-child{font-family:ui-monospace,"
    "monospace}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
    "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;"
    "vertical-align:top}th{background:#f3f3f3}h2{border-top:2px solid #ddd;"
    "padding-top:1rem}.method{font-weight:bold;color:#075}"
)


def _schema_type(schema: Mapping[str, Any]) -> str:
    """A property's type as HTML: ``string``, a link to a schema, ``list of X``."""
    if "$ref" in schema:
        name = html.escape(str(schema["$ref"]).rsplit("/", 1)[-1])
        return f'<a href="#schema-{name}">{name}</a>'
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return " or ".join(_schema_type(s) for s in schema[key])
    kind = schema.get("type")
    if kind == "array":
        return f"list of {_schema_type(schema.get('items', {}))}"
    if "enum" in schema:
        return " | ".join(html.escape(json.dumps(v)) for v in schema["enum"])
    return html.escape(str(kind or "any"))


def _docs_page(spec: Mapping[str, Any]) -> str:
    """A self-contained HTML page describing the API, from its OpenAPI spec.

    No script and nothing fetched: it works offline and under a CSP that
    allows only its own inline style (by hash).
    """
    esc = html.escape
    info = spec.get("info", {})
    out = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(info.get('title', ''))} API</title>",
        f"<style>{_DOCS_STYLE}</style></head><body>",
        f"<h1>{esc(info.get('title', ''))} {esc(info.get('version', ''))} API</h1>",
        f"<p>{esc(info.get('description', ''))}</p>",
        '<p>Machine-readable description: <a href="openapi.json">openapi.json'
        "</a> (OpenAPI 3). Requests and answers are JSON.</p>",
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            out.append(
                f'<h2><span class="method">{esc(method.upper())}</span> '
                f"<code>{esc(path)}</code>: {esc(op.get('summary', ''))}</h2>"
            )
            if op.get("description"):
                out.append(f"<p>{esc(op['description'])}</p>")
            body = op.get("requestBody", {}).get("content", {})
            for media, content in body.items():
                out.append(
                    f"<p>Request body ({esc(media)}): "
                    f"{_schema_type(content.get('schema', {}))}</p>"
                )
            out.append("<table><tr><th>status</th><th>answer</th></tr>")
            for status, response in op.get("responses", {}).items():
                schemas = [
                    _schema_type(c["schema"])
                    for c in response.get("content", {}).values()
                    if c.get("schema")
                ]
                shown = esc(response.get("description", ""))
                if schemas:
                    shown += f" ({', '.join(schemas)})"
                out.append(f"<tr><td>{esc(status)}</td><td>{shown}</td></tr>")
            out.append("</table>")
    out.append("<h2>Schemas</h2>")
    for name, schema in spec.get("components", {}).get("schemas", {}).items():
        out.append(f'<h3 id="schema-{esc(name)}">{esc(name)}</h3>')
        if schema.get("description"):
            out.append(f"<p>{esc(schema['description'])}</p>")
        properties = schema.get("properties", {})
        if not properties:
            out.append(f"<p>{_schema_type(schema)}</p>")
            continue
        required = set(schema.get("required", ()))
        out.append(
            "<table><tr><th>field</th><th>type</th><th>required</th>"
            "<th>description</th></tr>"
        )
        for field, prop in properties.items():
            out.append(
                f"<tr><td>{esc(field)}</td><td>{_schema_type(prop)}</td>"
                f"<td>{'yes' if field in required else ''}</td>"
                f"<td>{esc(prop.get('description', ''))}</td></tr>"
            )
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(out)


def _docs_headers() -> dict[str, str]:
    digest = hashlib.sha256(_DOCS_STYLE.encode("utf-8")).digest()
    style = "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
    return {
        **_SECURITY_HEADERS,
        "Content-Security-Policy": (
            f"default-src 'none'; style-src {style}; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'none'"
        ),
    }


def _printable(value: str) -> str:
    """``value`` with lone surrogates spelled ``\\udXXX``, so it encodes as UTF-8."""
    return value.encode("utf-8", "backslashreplace").decode("utf-8")


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
                id=None if doc.id is None else _printable(doc.id), error=str(exc)
            )
            parts.append(record.model_dump_json().encode("utf-8"))
    return b'{"reports":[' + b",".join(parts) + b"]}"


_NOT_JSON = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}


def _validation_error(error: Mapping[str, Any]) -> dict[str, Any]:
    """One request validation error, safe to send back as JSON.

    The input is not echoed: it may be large, a non-finite number (which
    standard JSON cannot carry) or a string with lone surrogates.
    """
    msg = str(error.get("msg", "invalid value"))
    value = error.get("input")
    if isinstance(value, float) and not math.isfinite(value):
        msg += f"; got {_NOT_JSON[repr(value)]}, which is not a JSON value"
    loc = [
        part if isinstance(part, int) else _printable(str(part))
        for part in error.get("loc", ())
    ]
    return {"type": str(error.get("type", "")), "loc": loc, "msg": _printable(msg)}


async def _invalid_request(request: Request, exc: Exception) -> Response:
    if not isinstance(exc, RequestValidationError):  # registered for that type only
        raise exc
    return JSONResponse(
        {"detail": [_validation_error(e) for e in exc.errors()]}, status_code=422
    )


def create_app(
    analyzer: Analyzer | None = None, *, settings: ServerSettings | None = None
) -> FastAPI:
    """The FastAPI application of the service.

    Args:
        analyzer: The analyzer to serve (default: ``Analyzer()``). Anything
            with ``analyze(text, *, id, url, outlet, title, published)`` and
            ``annotator_names`` works.
        settings: Size, time and batch limits.

    Returns:
        The ASGI app (run it with uvicorn, or mount it in another app).

    Raises:
        ConfigError: ``analyzer`` does not pickle, so it cannot be sent to
            the analysis processes.
    """
    settings = settings or ServerSettings()
    engine = analyzer or Analyzer()
    try:
        pickle.dumps(engine)  # it is sent to each analysis process
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"the analyzer {type(engine).__name__!r} cannot be sent to the analysis "
            f"processes because it does not pickle: {exc}"
        ) from exc
    pool = _AnalysisPool(engine, settings)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await pool.start()
        yield
        await pool.close()

    app = FastAPI(
        lifespan=lifespan,
        docs_url=None,  # FastAPI's pages load their JavaScript from a CDN
        redoc_url=None,
        title="reliability",
        version=__version__,
        description="Say how well news text is sourced: attributions, hedges, claims, "
        "loaded language and outlet provenance, with 0-100 scores.",
    )
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_middleware(
        _BodyLimit, max_bytes=settings.max_bytes, body_timeout=settings.body_timeout
    )
    app.add_middleware(_TrustedHosts, allowed=settings.allowed_hosts)  # outermost
    app.state.analyses = pool

    async def answer(kind: str, payload: Any) -> Response:
        try:
            status, result = await pool.run(kind, payload)
        except _Busy as exc:
            return JSONResponse(
                {"detail": str(exc)},
                status_code=503,
                headers={"Retry-After": "1"},
            )
        except _TimedOut as exc:
            return JSONResponse({"detail": str(exc)}, status_code=504)
        except _WorkerLost as exc:
            return JSONResponse({"detail": str(exc)}, status_code=500)
        if status == "invalid":
            return JSONResponse({"detail": result}, status_code=422)
        if isinstance(result, str):  # "failed": a bug, logged by the process
            return JSONResponse({"detail": f"analysis failed: {result}"}, 500)
        return Response(result, media_type="application/json")

    errors: dict[int | str, dict[str, Any]] = {
        400: {
            "model": ErrorResponse,
            "description": "The Host header names a host not served here.",
        },
        408: {
            "model": ErrorResponse,
            "description": "The request body did not arrive in time.",
        },
        413: {
            "model": ErrorResponse,
            "description": "Request body or batch too large.",
        },
        422: {"description": "Invalid document (or too long for the pipeline)."},
        503: {
            "model": ErrorResponse,
            "description": "Every analysis process is busy; try again shortly.",
        },
        504: {
            "model": ErrorResponse,
            "description": "Analysis took too long and was stopped.",
        },
    }

    @app.post(
        "/analyze",
        response_model=DocumentReport,
        responses=errors,
        summary="Analyse one document",
    )
    async def analyze(doc: DocumentRequest) -> Response:
        return await answer("one", doc)

    @app.post(
        "/analyze/batch",
        response_model=BatchResponse,
        responses=errors,
        summary="Analyse documents in order",
    )
    async def analyze_batch_route(batch: BatchRequest) -> Response:
        if len(batch.documents) > settings.max_batch:
            return JSONResponse(
                {
                    "detail": f"batch of {len(batch.documents)} documents is over the "
                    f"limit of {settings.max_batch}"
                },
                status_code=413,
            )
        return await answer("batch", batch.documents)

    @app.get("/health", response_model=Health, summary="Liveness and versions")
    async def health() -> Health:
        return Health(
            status="ok", version=__version__, annotators=list(engine.annotator_names)
        )

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return HTMLResponse(_docs_page(app.openapi()), headers=_docs_headers())

    def page(path: str) -> Callable[[], Awaitable[Response]]:
        relpath, media_type = _PAGE_FILES[path]

        async def serve_file() -> Response:
            raw, _ = read_data(relpath)
            return Response(raw, media_type=media_type, headers=_SECURITY_HEADERS)

        return serve_file

    for path in _PAGE_FILES:
        app.add_api_route(path, page(path), methods=["GET"], include_in_schema=False)
    return app


def _app_from_environment() -> FastAPI:
    # uvicorn's multi-process mode imports the app by name in each worker.
    config = os.environ.get("RELIABILITY_SERVER_CONFIG") or None
    settings = ServerSettings.model_validate_json(
        os.environ.get("RELIABILITY_SERVER_SETTINGS", "{}")
    )
    return create_app(Analyzer(config), settings=settings)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` command's options to ``parser``."""
    net = parser.add_argument_group("network")
    net.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: %(default)s)",
    )
    net.add_argument(
        "--port",
        type=int,
        default=8000,
        help="port to listen on (default: %(default)s)",
    )
    net.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes, one analyzer each (default: %(default)s)",
    )
    net.add_argument(
        "--keep-alive",
        type=float,
        default=75.0,
        metavar="SECONDS",
        help="how long an idle connection is kept open (default: %(default)g). "
        "A short one races clients that reuse pooled connections: the server "
        "closes a connection just as a request goes out on it.",
    )
    lim = parser.add_argument_group("limits")
    defaults = ServerSettings()
    lim.add_argument(
        "--max-bytes",
        type=int,
        default=defaults.max_bytes,
        help="largest request body (default: %(default)s)",
    )
    lim.add_argument(
        "--timeout",
        type=float,
        default=defaults.timeout,
        help="seconds an analysis may take (default: %(default)s)",
    )
    lim.add_argument(
        "--max-batch",
        type=int,
        default=defaults.max_batch,
        help="most documents per batch (default: %(default)s)",
    )
    lim.add_argument(
        "--processes",
        type=int,
        default=defaults.processes,
        help="analysis processes per server process; one that passes --timeout "
        "is killed and replaced (default: %(default)s)",
    )
    lim.add_argument(
        "--queue",
        type=int,
        default=defaults.queue,
        help="requests that may wait for a free analysis process; more get 503 "
        "(default: %(default)s)",
    )
    lim.add_argument(
        "--queue-timeout",
        type=float,
        default=defaults.queue_timeout,
        metavar="SECONDS",
        help="how long a request may wait for a free analysis process before "
        "it gets 503 (default: %(default)s)",
    )
    lim.add_argument(
        "--worker-memory",
        type=int,
        default=defaults.worker_memory,
        metavar="MB",
        help="replace an analysis process whose resident memory passes this "
        "(default: %(default)s)",
    )
    conn = parser.add_argument_group("connections")
    conn.add_argument(
        "--header-timeout",
        type=float,
        default=defaults.header_timeout,
        metavar="SECONDS",
        help="a request's headers must arrive within this; else 408 and the "
        "connection is closed (default: %(default)s)",
    )
    conn.add_argument(
        "--body-timeout",
        type=float,
        default=defaults.body_timeout,
        metavar="SECONDS",
        help="a request's body must arrive within this; else 408 "
        "(default: %(default)s)",
    )
    conn.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        dest="allowed_hosts",
        metavar="NAME",
        help="a host name to answer to besides IP addresses, localhost and "
        "--host; repeat for more; '*.example.org' for subdomains, '*' for any. "
        "Requests for other names get 400 (against DNS rebinding)",
    )
    conn.add_argument(
        "--max-connections",
        type=int,
        default=defaults.max_connections,
        help="open connections per server process; more get 503 and are closed "
        "(default: %(default)s)",
    )
    parser.add_argument("--config", default=None, help="TOML pipeline config")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
    )


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; return the exit status."""
    import uvicorn

    options = {name: getattr(args, name) for name in ServerSettings.model_fields}
    if not _is_ip_address(args.host) and args.host not in ("", "localhost"):
        options["allowed_hosts"] = [*options["allowed_hosts"], args.host]
    settings = ServerSettings(**options)
    if args.workers > 1:
        os.environ["RELIABILITY_SERVER_SETTINGS"] = settings.model_dump_json()
        os.environ["RELIABILITY_SERVER_CONFIG"] = args.config or ""
        uvicorn.run(
            "reliability.server:_app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level=args.log_level,
            timeout_keep_alive=args.keep_alive,
            http=http_protocol(settings),  # type: ignore[arg-type]
        )
        return 0
    app = create_app(Analyzer(args.config), settings=settings)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        timeout_keep_alive=args.keep_alive,
        http=http_protocol(settings),  # type: ignore[arg-type]
    )
    return 0
