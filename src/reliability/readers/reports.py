"""Reading back what ``reliability score`` wrote: JSONL, an HTML page or CSV.

The HTML report page embeds every report as JSON in
``<script type="application/json" class="reliability-report">`` elements;
this module reads them back without importing the page renderer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from reliability.errors import InputError
from reliability.readers.corpus import HTML_SUFFIXES
from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from reliability.writers.csv_rows import CSV_COLUMNS, FORMULA_STARTS, TEXT_COLUMNS

__all__ = ["ScoreRow", "embedded_reports", "is_score_output", "load_reports"]

_EMBED = re.compile(
    re.escape('<script type="application/json" class="reliability-report">')
    + r"(.*?)</script>",
    re.DOTALL,
)


class ScoreRow(BaseModel):
    """One row of a CSV output, read back: a document's scores and counts.

    Empty cells read as None; ``cited_outlets`` and ``warnings`` are split
    back into tuples. An error row has only ``id`` and the error fields.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    overall: float | None = None
    attribution: float | None = None
    unsourced: float | None = None
    hedging: float | None = None
    loaded: float | None = None
    provenance: float | None = None
    sentences: int | None = None
    body_sentences: int | None = None
    claims: int | None = None
    unsourced_claims: int | None = None
    attributions: int | None = None
    hedges: int | None = None
    loaded_terms: int | None = None
    cited_outlets: tuple[str, ...] = ()
    automated_readability_index: float | None = None
    coleman_liau_index: float | None = None
    lix: float | None = None
    warnings: tuple[str, ...] = ()
    error_type: str | None = None
    error_message: str | None = None


#: How much of a JSONL output's first line is read to recognise it.
_FIRST_LINE = 1 << 20
_HTML_HEAD = 4096
_GENERATOR = b'<meta name="generator" content="reliability '


def is_score_output(path: str | Path) -> bool:
    """Whether a file looks like an output of ``reliability score``.

    Reads only its head: the first line of a JSONL output (a report or an
    error record), the header of a CSV output, the head of an HTML page.
    A file that cannot be read is not one.
    """
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.readline(_FIRST_LINE)
    except OSError:
        return False
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.lstrip()[:1] == b"{":
        try:
            obj = json.loads(head)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
            return False
        if not isinstance(obj, dict):
            return False
        if "sentences" in obj and "text" in obj:
            # A report, not a gold annotation: only a run records its pipeline.
            return isinstance(obj.get("pipeline"), dict)
        error = obj.get("error")
        return "text" not in obj and isinstance(error, dict) and "type" in error
    if head.rstrip(b"\r\n") == ",".join(CSV_COLUMNS).encode():
        return True
    return _GENERATOR in head[:_HTML_HEAD] or (
        head.lstrip()[:15].lower() == b"<!doctype html>" and _html_generated(p)
    )


def _html_generated(p: Path) -> bool:
    try:
        with p.open("rb") as fh:
            return _GENERATOR in fh.read(_HTML_HEAD)
    except OSError:
        return False


def embedded_reports(page: str) -> list[str]:
    """The JSON of every report embedded in a report page, in order."""
    return [m.group(1) for m in _EMBED.finditer(page)]


def _unquote(value: str | None) -> str | None:
    """Undo the quote the CSV writer puts before a would-be formula."""
    if value and value[0] == "'" and value[1:].startswith((*FORMULA_STARTS, "'")):
        return value[1:]
    return value


def _score_rows(p: Path, text: str) -> list[ScoreRow]:
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if tuple(rows.fieldnames or ()) != CSV_COLUMNS:
        raise InputError(
            f"{p}: not a 'reliability score' CSV output (its header is not "
            f"{','.join(CSV_COLUMNS)})"
        )
    out: list[ScoreRow] = []
    for row in rows:
        row = {k: _unquote(v) if k in TEXT_COLUMNS else v for k, v in row.items()}
        data: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
        data["cited_outlets"] = tuple(
            filter(None, (row["cited_outlets"] or "").split("|"))
        )
        data["warnings"] = tuple(filter(None, (row["warnings"] or "").split(" | ")))
        try:
            out.append(ScoreRow.model_validate(data))
        except ValidationError as exc:
            raise InputError(f"{p}:{rows.line_num}: not a score row: {exc}") from None
    return out


def load_reports(path: str | Path) -> list[Any]:
    """Read back the output of ``reliability score``, in order.

    Args:
        path: A JSONL output (one report or error record a line), an HTML
            report page (which embeds every report as JSON), or a CSV output
            (one summary row a document).

    Returns:
        For JSONL and HTML, a ``DocumentReport`` per document or an
        ``ErrorRecord`` for one that failed; for CSV, a ``ScoreRow`` per row.

    Raises:
        InputError: The file cannot be read or a line is not a report.
    """
    p = Path(path)
    try:
        # No newline translation: a carriage return inside a CSV cell is data.
        text = p.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {p}: {exc}") from None
    if p.suffix.lower() == ".csv":
        return list(_score_rows(p, text))
    if p.suffix.lower() in HTML_SUFFIXES:
        lines: Sequence[str] = embedded_reports(text)
    else:
        # Only "\n" ends a line: str.splitlines() would also split at U+0085,
        # U+2028 and others, which JSON writes raw inside strings.
        lines = text.split("\n")
    out: list[DocumentReport | ErrorRecord] = []
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if isinstance(obj, dict) and "error" in obj and "text" not in obj:
                out.append(ErrorRecord.model_validate(obj))
            else:
                out.append(DocumentReport.model_validate(obj))
        except json.JSONDecodeError as exc:
            raise InputError(f"{p}:{lineno}: not JSON: {exc}") from None
        except ValidationError as exc:
            raise InputError(
                f"{p}:{lineno}: not a report: {exc.errors()[0]['msg']}"
            ) from None
    return out
