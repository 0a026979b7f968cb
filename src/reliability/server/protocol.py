"""The HTTP/1.1 protocol given to uvicorn: a header deadline, a connection cap."""

from __future__ import annotations

import asyncio
import functools
import json
from collections.abc import Callable
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from reliability.server.settings import ServerSettings


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
