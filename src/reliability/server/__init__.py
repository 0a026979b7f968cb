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

The package's ``__all__`` is its public API; its modules (``app``, ``settings``,
``messages``, ``workers``, ``middleware``, ``protocol``, ``pages``,
``command``) are its internals.
"""

from __future__ import annotations

from reliability.server.app import create_app
from reliability.server.command import configure, run
from reliability.server.messages import (
    BatchRequest,
    BatchResponse,
    DocumentError,
    DocumentRequest,
    Health,
)
from reliability.server.protocol import http_protocol
from reliability.server.settings import ServerSettings

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
