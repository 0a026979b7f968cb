"""Resuming into an earlier JSONL output: repair its end, list what it holds."""

from __future__ import annotations

import json
from pathlib import Path

from reliability.errors import InputError

__all__ = ["repair_jsonl"]


def repair_jsonl(path: str | Path) -> list[str | None]:
    """Cut a torn last line off a JSONL output; return the ids of its lines.

    A run killed mid-write leaves a last line without its newline; it is
    removed so that ``--resume`` can append after the last complete line.

    Raises:
        InputError: A complete line is not a JSON object (the file is not
            an output of ``reliability score``).
    """
    p = Path(path)
    ids: list[str | None] = []
    good = 0
    with p.open("r+b") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.endswith(b"\n"):
                break
            try:
                obj = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                obj = None
            if not isinstance(obj, dict):
                raise InputError(
                    f"{p}:{lineno} is not a report line; cannot resume into this file"
                )
            ids.append(obj.get("id"))
            good += len(raw)
        fh.truncate(good)
    return ids
