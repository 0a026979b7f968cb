"""``reliability serve``: the command's options and the uvicorn server it runs."""

from __future__ import annotations

import argparse
import os

from fastapi import FastAPI

from reliability.analyzer import Analyzer
from reliability.server.app import create_app
from reliability.server.middleware import is_ip_address
from reliability.server.protocol import http_protocol
from reliability.server.settings import ServerSettings


def app_from_environment() -> FastAPI:
    """The app ``run`` describes in the environment, for each uvicorn worker.

    uvicorn's multi-process mode imports the app by name in each worker.
    """
    config = os.environ.get("RELIABILITY_SERVER_CONFIG") or None
    settings = ServerSettings.model_validate_json(
        os.environ.get("RELIABILITY_SERVER_SETTINGS", "{}")
    )
    return create_app(Analyzer(config), settings=settings)


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the ``serve`` command's options to ``parser``."""
    defaults = ServerSettings()
    _add_network_options(parser.add_argument_group("network"))
    _add_limit_options(parser.add_argument_group("limits"), defaults)
    _add_connection_options(parser.add_argument_group("connections"), defaults)
    parser.add_argument("--config", default=None, help="TOML pipeline config")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
    )


def _add_network_options(net: argparse._ArgumentGroup) -> None:
    """Where to listen, how many server processes, how long to keep a connection."""
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


def _add_limit_options(lim: argparse._ArgumentGroup, defaults: ServerSettings) -> None:
    """The analysis limits: sizes, times, processes and their queue."""
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


def _add_connection_options(
    conn: argparse._ArgumentGroup, defaults: ServerSettings
) -> None:
    """The connection limits: header and body deadlines, hosts, open connections."""
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


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; return the exit status."""
    import uvicorn

    options = {name: getattr(args, name) for name in ServerSettings.model_fields}
    if not is_ip_address(args.host) and args.host not in ("", "localhost"):
        options["allowed_hosts"] = [*options["allowed_hosts"], args.host]
    settings = ServerSettings(**options)
    if args.workers > 1:
        os.environ["RELIABILITY_SERVER_SETTINGS"] = settings.model_dump_json()
        os.environ["RELIABILITY_SERVER_CONFIG"] = args.config or ""
        uvicorn.run(
            "reliability.server.command:app_from_environment",
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
