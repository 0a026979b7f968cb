"""ASGI middleware guarding each request: a bounded body and a trusted Host."""

from __future__ import annotations

import asyncio
import ipaddress
import re
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi.responses import JSONResponse

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimit:
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


# A Host header: a name or an IPv4 address, or an IPv6 one in brackets; a port.
_HOST_HEADER = re.compile(
    r"(?:\[(?P<ipv6>[0-9A-Fa-f:.]+)\]|(?P<name>[A-Za-z0-9._-]+))(?::[0-9]{1,5})?"
)


def is_ip_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class TrustedHosts:
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
            or is_ip_address(name)
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
