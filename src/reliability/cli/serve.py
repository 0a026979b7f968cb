"""``reliability serve``: run the HTTP service (``reliability.server``) with uvicorn."""

from __future__ import annotations

import argparse
import os

from reliability.analyzer import Analyzer
from reliability.server import ServerSettings, create_app

__all__ = ["configure", "run"]


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
    parser.add_argument("--config", default=None, help="TOML pipeline config")
    parser.add_argument(
        "--log-level",
        default="info",
        choices=["critical", "error", "warning", "info", "debug"],
    )


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted; return the exit status."""
    import uvicorn

    settings = ServerSettings(
        max_bytes=args.max_bytes, timeout=args.timeout, max_batch=args.max_batch
    )
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
        )
        return 0
    app = create_app(Analyzer(args.config), settings=settings)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        timeout_keep_alive=args.keep_alive,
    )
    return 0
