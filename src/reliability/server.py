"""``reliability serve``: the HTTP service for newsroom tools (FastAPI + uvicorn).

Endpoints (OpenAPI description at ``/openapi.json``, browsable at ``/docs``):

- ``POST /analyze``: a document ``{"text", "id"?, "url"?, "outlet"?, "title"?}``
  -> its ``DocumentReport``;
- ``POST /analyze/batch``: ``{"documents": [...]}`` -> ``{"reports": [...]}``,
  in order; a document that cannot be analysed becomes ``{"id", "error"}``;
- ``GET /health``: status, version and the annotators that run;
- ``GET /``: a page where an editor pastes text and sees the marks and scores.

Limits, each answered with a JSON ``{"detail": "..."}`` that names the limit:
a request body over ``max_bytes`` gets 413 (checked on ``Content-Length`` and
while reading, so chunked uploads are cut off too), a batch over
``max_batch`` documents 413, and an analysis that takes longer than
``timeout`` seconds 504. Analyses run on a small thread pool so the event
loop keeps answering; a timed-out analysis that already started finishes in
its thread (Python cannot stop it) but its answer is dropped.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from reliability import __version__
from reliability.analyzer import Analyzer
from reliability.errors import ReliabilityError
from reliability.resources import read_data
from reliability.schema import DocumentReport

__all__ = [
    "BatchRequest",
    "BatchResponse",
    "DocumentError",
    "DocumentRequest",
    "Health",
    "ServerSettings",
    "create_app",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
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
    timeout: float = Field(10.0, gt=0, description="Seconds an analysis may take.")
    max_batch: int = Field(100, gt=0, description="Most documents in one batch.")
    threads: int = Field(4, gt=0, description="Analyses run at once (per process).")


class DocumentRequest(BaseModel):
    """A document to analyse."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The raw text; report offsets index it.")
    id: str | None = None
    url: str | None = Field(default=None, description="Where it was published.")
    outlet: str | None = Field(default=None, description="Publisher name or domain.")
    title: str | None = None


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


class _BodyTooLarge(Exception):
    pass


class _BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

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
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def create_app(
    analyzer: Analyzer | None = None, *, settings: ServerSettings | None = None
) -> FastAPI:
    """The FastAPI application of the service.

    Args:
        analyzer: The analyzer to serve (default: ``Analyzer()``). Anything
            with ``analyze(text, *, id, url, outlet, title)`` and
            ``annotator_names`` works.
        settings: Size, time and batch limits.

    Returns:
        The ASGI app (run it with uvicorn, or mount it in another app).
    """
    settings = settings or ServerSettings()
    engine = analyzer or Analyzer()
    executor = ThreadPoolExecutor(settings.threads, thread_name_prefix="reliability")
    app = FastAPI(
        title="reliability",
        version=__version__,
        description="Say how well news text is sourced: attributions, hedges, claims, "
        "loaded language and outlet provenance, with 0-100 scores.",
    )
    app.add_middleware(_BodyLimit, max_bytes=settings.max_bytes)
    app.router.on_shutdown.append(
        lambda: executor.shutdown(wait=False, cancel_futures=True)
    )

    async def limited(work: Callable[[], T]) -> T | Response:
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(executor, work)
        try:
            return await asyncio.wait_for(future, settings.timeout)
        except TimeoutError:
            return JSONResponse(
                {
                    "detail": f"analysis took longer than the limit of "
                    f"{settings.timeout:g} s"
                },
                status_code=504,
            )

    def analyze_one(doc: DocumentRequest) -> bytes:
        report = engine.analyze(
            doc.text, id=doc.id, url=doc.url, outlet=doc.outlet, title=doc.title
        )
        return report.model_dump_json().encode("utf-8")

    def analyze_batch(docs: list[DocumentRequest]) -> bytes:
        parts = []
        for doc in docs:
            try:
                parts.append(analyze_one(doc))
            except ReliabilityError as exc:
                parts.append(
                    DocumentError(id=doc.id, error=str(exc))
                    .model_dump_json()
                    .encode("utf-8")
                )
        return b'{"reports":[' + b",".join(parts) + b"]}"

    errors: dict[int | str, dict[str, Any]] = {
        413: {
            "model": ErrorResponse,
            "description": "Request body or batch too large.",
        },
        422: {"description": "Invalid document (or too long for the pipeline)."},
        504: {"model": ErrorResponse, "description": "Analysis took too long."},
    }

    @app.post(
        "/analyze",
        response_model=DocumentReport,
        responses=errors,
        summary="Analyse one document",
    )
    async def analyze(doc: DocumentRequest) -> Response:
        try:
            result = await limited(functools.partial(analyze_one, doc))
        except ReliabilityError as exc:
            return JSONResponse({"detail": str(exc)}, status_code=422)
        if isinstance(result, Response):
            return result
        return Response(result, media_type="application/json")

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
        result = await limited(functools.partial(analyze_batch, batch.documents))
        if isinstance(result, Response):
            return result
        return Response(result, media_type="application/json")

    @app.get("/health", response_model=Health, summary="Liveness and versions")
    async def health() -> Health:
        return Health(
            status="ok", version=__version__, annotators=list(engine.annotator_names)
        )

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
