"""Reading corpora and writing reports: the library's file I/O."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reliability.errors import InputError
from reliability.schema import DocumentReport

__all__ = ["load_reports", "read_corpus"]


def read_corpus(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield input records ``{"id", "text", ...}`` from a .jsonl file or .txt files."""
    p = Path(path)
    if p.is_dir():
        for f in sorted(p.rglob("*.txt")):
            yield {"id": f.stem, "text": f.read_text(encoding="utf-8")}
    elif p.suffix in (".jsonl", ".ndjson"):
        with p.open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"{p}:{lineno}: malformed JSON: {exc}") from None
    else:
        yield {"id": p.stem, "text": p.read_text(encoding="utf-8")}


def load_reports(path: str | Path) -> list[DocumentReport]:
    """Read back the reports of a JSONL output file."""
    with Path(path).open(encoding="utf-8") as fh:
        return [DocumentReport.model_validate_json(line) for line in fh if line.strip()]
