"""Resuming into an earlier JSONL output: repair its end, list what it holds."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from reliability.errors import InputError

__all__ = ["Resumed", "repair_jsonl", "resume_jsonl"]


@dataclass(frozen=True, slots=True)
class Resumed:
    """What an earlier JSONL output holds, once repaired.

    Attributes:
        ids: The id of each line, in order.
        errors: How many of its lines are error records, by error type.
    """

    ids: list[str | None] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)


def repair_jsonl(path: str | Path) -> list[str | None]:
    """Cut a torn last line off a JSONL output; return the ids of its lines.

    A run killed mid-write leaves a last line without its newline; it is
    removed so that ``--resume`` can append after the last complete line.

    Raises:
        InputError: A complete line is not a JSON object (the file is not
            an output of ``reliability score``).
    """
    return resume_jsonl(path).ids


def resume_jsonl(path: str | Path) -> Resumed:
    """Like ``repair_jsonl``, and also count the error records already written.

    Raises:
        InputError: A complete line is not a JSON object.
    """
    p = Path(path)
    ids: list[str | None] = []
    errors: dict[str, int] = {}
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
            error = obj.get("error")
            if "text" not in obj and isinstance(error, dict):
                kind = str(error.get("type"))
                errors[kind] = errors.get(kind, 0) + 1
            good += len(raw)
        fh.truncate(good)
    return Resumed(ids, errors)
