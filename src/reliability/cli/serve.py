"""``reliability serve``: run the HTTP service with uvicorn.

The options and the start-up live with the service (``reliability.server``),
which owns its settings; this module only names them for the dispatcher.
"""

from __future__ import annotations

from reliability.server import configure, run

__all__ = ["configure", "run"]
