"""The FastAPI application: routes, error answers and the analysis pool."""

from __future__ import annotations

import contextlib
import math
import pickle
from collections.abc import AsyncIterator, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from reliability import __version__
from reliability.analyzer import Analyzer
from reliability.errors import ConfigError
from reliability.schema import DocumentReport
from reliability.server.messages import (
    BatchRequest,
    BatchResponse,
    DocumentRequest,
    ErrorResponse,
    Health,
    printable,
)
from reliability.server.middleware import BodyLimit, TrustedHosts
from reliability.server.pages import PAGE_FILES, docs_headers, docs_page, page_route
from reliability.server.settings import ServerSettings
from reliability.server.workers import AnalysisPool, Busy, TimedOut, WorkerLost

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
        part if isinstance(part, int) else printable(str(part))
        for part in error.get("loc", ())
    ]
    return {"type": str(error.get("type", "")), "loc": loc, "msg": printable(msg)}


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
    _check_picklable(engine)
    pool = AnalysisPool(engine, settings)

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
        BodyLimit, max_bytes=settings.max_bytes, body_timeout=settings.body_timeout
    )
    app.add_middleware(TrustedHosts, allowed=settings.allowed_hosts)  # outermost
    app.state.analyses = pool
    _add_analysis_routes(app, pool, max_batch=settings.max_batch)
    _add_info_routes(app, engine)
    return app


def _check_picklable(engine: Any) -> None:
    """Raise ``ConfigError`` unless ``engine`` pickles (it is sent to each process)."""
    try:
        pickle.dumps(engine)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"the analyzer {type(engine).__name__!r} cannot be sent to the analysis "
            f"processes because it does not pickle: {exc}"
        ) from exc


def _error_responses() -> dict[int | str, dict[str, Any]]:
    """The error answers of the analysis routes, for the OpenAPI description."""
    return {
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


async def _answer(pool: AnalysisPool, kind: str, payload: Any) -> Response:
    """Run one job in ``pool``; its JSON answer, or the error that stopped it."""
    try:
        status, result = await pool.run(kind, payload)
    except Busy as exc:
        return JSONResponse(
            {"detail": str(exc)},
            status_code=503,
            headers={"Retry-After": "1"},
        )
    except TimedOut as exc:
        return JSONResponse({"detail": str(exc)}, status_code=504)
    except WorkerLost as exc:
        return JSONResponse({"detail": str(exc)}, status_code=500)
    if status == "invalid":
        return JSONResponse({"detail": result}, status_code=422)
    if isinstance(result, str):  # "failed": a bug, logged by the process
        return JSONResponse({"detail": f"analysis failed: {result}"}, 500)
    return Response(result, media_type="application/json")


def _add_analysis_routes(app: FastAPI, pool: AnalysisPool, *, max_batch: int) -> None:
    """``POST /analyze`` and ``POST /analyze/batch``, answered by ``pool``."""
    errors = _error_responses()

    @app.post(
        "/analyze",
        response_model=DocumentReport,
        responses=errors,
        summary="Analyse one document",
    )
    async def analyze(doc: DocumentRequest) -> Response:
        return await _answer(pool, "one", doc)

    @app.post(
        "/analyze/batch",
        response_model=BatchResponse,
        responses=errors,
        summary="Analyse documents in order",
    )
    async def analyze_batch_route(batch: BatchRequest) -> Response:
        if len(batch.documents) > max_batch:
            return JSONResponse(
                {
                    "detail": f"batch of {len(batch.documents)} documents is over the "
                    f"limit of {max_batch}"
                },
                status_code=413,
            )
        return await _answer(pool, "batch", batch.documents)


def _add_info_routes(app: FastAPI, engine: Any) -> None:
    """``GET /health``, the ``/docs`` page and the editor page's files."""

    @app.get("/health", response_model=Health, summary="Liveness and versions")
    async def health() -> Health:
        return Health(
            status="ok", version=__version__, annotators=list(engine.annotator_names)
        )

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        return HTMLResponse(docs_page(app.openapi()), headers=docs_headers())

    for path in PAGE_FILES:
        app.add_api_route(
            path, page_route(path), methods=["GET"], include_in_schema=False
        )
