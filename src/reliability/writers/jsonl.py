"""The JSON Lines output: one report or error record a line, in input order."""

from __future__ import annotations

from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from reliability.writers.output import TextSink

__all__ = ["JsonlWriter", "render_jsonl"]


def render_jsonl(item: DocumentReport | ErrorRecord, index: int) -> str:
    """One output line (without its newline)."""
    return item.model_dump_json()


class JsonlWriter:
    """Writes one rendered line at a time to ``out``."""

    def __init__(self, out: TextSink) -> None:
        self.out = out

    def write(self, value: str) -> None:
        """Write one line."""
        self.out.write(value + "\n")

    def close(self) -> None:
        """Nothing to finish: every line is written as it comes."""
