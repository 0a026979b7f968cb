"""The service's limits: one settings model, shared by the app and the command."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


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
