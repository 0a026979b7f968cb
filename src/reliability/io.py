"""Reading corpora and writing reports: the library's file I/O.

Inputs are read lazily, one record at a time, so a corpus of any size streams
through in constant memory. Nothing in a corpus stops the rest of it from
being read: an unreadable file, a malformed JSON line, a record without text,
undecodable bytes or a document over the size limit each become an
``ErrorRecord`` in place of the document, and reading goes on.

Decoding never shifts offsets: the text a record carries is exactly the text
the report's offsets index. A byte-order mark is decoded away (it is not part
of the text); CRLF, NUL, control and zero-width characters are kept as they
are. Without a byte-order mark, bytes that are not UTF-8 are decoded as
cp1252 (or latin-1) and the record carries a warning saying so.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from reliability.errors import InputError
from reliability.schema import DocumentReport

__all__ = [
    "CSV_COLUMNS",
    "DEFAULT_MAX_CHARS",
    "SUFFIXES",
    "ErrorInfo",
    "ErrorRecord",
    "InputRecord",
    "ScoreRow",
    "csv_row",
    "decode_bytes",
    "error_record",
    "extract_html",
    "load_reports",
    "read_corpus",
    "repair_jsonl",
]

#: Longest document accepted by default (characters); ``PipelineConfig.max_chars``.
DEFAULT_MAX_CHARS = 5_000_000

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
#: Every file suffix a directory scan picks up.
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES

#: Optional metadata fields copied from JSONL and CSV records.
META_FIELDS = ("url", "outlet", "title", "published")

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes per character at most in UTF-8: a file larger than this many bytes per
# allowed character is over the limit whatever its encoding, so it is not read.
_MAX_BYTES_PER_CHAR = 4
_READ_CHUNK = 1 << 20


class ErrorInfo(BaseModel):
    """Why a document has no report.

    ``type`` is one of ``unreadable`` (the file cannot be opened or read),
    ``undecodable`` (bytes that are not text), ``malformed_json``,
    ``malformed_csv``, ``missing_text`` (no text field, or not a string),
    ``too_large`` (over ``max_chars``), ``missing_dependency`` (an optional
    extra is not installed) or ``failed`` (the analysis itself raised).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: str
    message: str
    source: str | None = None
    line: int | None = None


class ErrorRecord(BaseModel):
    """The output line of a document that could not be analysed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str | None = None
    error: ErrorInfo


def error_record(
    id: str | None,
    type: str,
    message: str,
    *,
    source: str | None = None,
    line: int | None = None,
) -> ErrorRecord:
    """Build an ``ErrorRecord`` (see ``ErrorInfo`` for the types)."""
    return ErrorRecord(
        id=id, error=ErrorInfo(type=type, message=message, source=source, line=line)
    )


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One document to analyse, as read from a corpus.

    Attributes:
        text: The document text, or the page's HTML when ``format`` is
            ``"html"`` (the main text is extracted when it is analysed).
        id: The document id (from the record, else made from the file name
            and line number).
        url: Where it was published.
        outlet: The publishing outlet's name or domain.
        title: The headline, when not part of the text.
        published: Publication date as given (kept, not analysed).
        source: The file it came from (``<stdin>`` for standard input).
        line: Its line (JSONL) or first line (CSV) in that file.
        warnings: What the reader noticed (e.g. a fallback encoding); copied
            into the report.
        format: ``"text"`` or ``"html"``.
    """

    text: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    line: int | None = None
    warnings: tuple[str, ...] = field(default=())
    format: Literal["text", "html"] = "text"


# ---------------------------------------------------------------------------
# Decoding


def _looks_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill every other byte of the head."""
    head = data[:4096]
    if len(head) < 4 or head.count(0) * 3 < len(head):
        return None
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if odd > 3 * even:
        return "utf-16-le"
    if even > 3 * odd:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a document's bytes; return the text and any warnings.

    A byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding and is
    removed. Otherwise UTF-8 is tried, then UTF-16 when NULs fill every other
    byte, then cp1252, then latin-1 (which decodes anything); a fallback adds
    a warning.

    Raises:
        UnicodeDecodeError: The bytes are not valid in the encoding their
            byte-order mark declares, or they look binary (mostly NULs).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if "\0" not in text or _looks_utf16(data) is None:
            return text, ()
        bad = -1
    wide = _looks_utf16(data)
    if wide is not None:
        try:
            return data.decode(wide), (
                f"no byte-order mark; decoded as {wide.upper()} (every other byte "
                "is NUL)",
            )
        except UnicodeDecodeError:
            pass
    if data[:4096].count(0) * 10 > len(data[:4096]):
        raise UnicodeDecodeError("utf-8", data, 0, 1, "binary data (mostly NUL bytes)")
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, (
            f"not valid UTF-8 (first bad byte at offset {bad}); decoded as {encoding}; "
            "offsets index the decoded text",
        )
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _undecodable(
    doc_id: str | None, exc: UnicodeDecodeError, source: str, line: int | None = None
) -> ErrorRecord:
    return error_record(
        doc_id,
        "undecodable",
        f"cannot decode as {exc.encoding}: {exc.reason}",
        source=source,
        line=line,
    )


# ---------------------------------------------------------------------------
# Reading


@dataclass(frozen=True, slots=True)
class _Options:
    text_field: str
    id_field: str
    max_chars: int

    @property
    def max_bytes(self) -> int:
        return self.max_chars * _MAX_BYTES_PER_CHAR


def _too_large(
    doc_id: str | None, size: str, opts: _Options, source: str, line: int | None = None
) -> ErrorRecord:
    return error_record(
        doc_id,
        "too_large",
        f"{size} is over the limit of {opts.max_chars:,} characters "
        "(raise it with --max-chars or PipelineConfig.max_chars)",
        source=source,
        line=line,
    )


def read_corpus(
    path: str | Path,
    *,
    text_field: str = "text",
    id_field: str = "id",
    glob: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[InputRecord | ErrorRecord]:
    """Yield the documents of a corpus, lazily and in order.

    Args:
        path: A ``.txt``/``.md`` file (one document), a ``.jsonl``/``.ndjson``
            or ``.csv`` file (one document a record), an ``.html``/``.htm``
            page, a directory (every such file under it, recursively, sorted
            by path) or ``-`` for standard input (JSON Lines when it starts
            with ``{``, else one plain-text document).
        text_field: The JSONL/CSV field holding the text.
        id_field: The JSONL/CSV field holding the id.
        glob: In a directory, only files matching this pattern (e.g.
            ``"**/*.txt"``); by default every supported suffix.
        max_chars: Longest document accepted; longer ones become
            ``too_large`` error records (and are not read into memory whole).

    Yields:
        An ``InputRecord`` per document, or an ``ErrorRecord`` in its place
        when it cannot be read. Ids default to the file's path (relative to
        the directory, without suffix) or ``FILE:LINE`` for records.
    """
    opts = _Options(text_field, id_field, max_chars)
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", "stdin", opts)
        return
    p = Path(path)
    if p.is_dir():
        for f in _walk(p, glob):
            rel = f.relative_to(p).as_posix()
            yield from _read_file(
                f, rel.rsplit(".", 1)[0] if "." in f.name else rel, opts
            )
        return
    yield from _read_file(p, p.stem, opts)


def _walk(root: Path, glob: str | None) -> list[Path]:
    if glob:
        found = (f for f in root.glob(glob) if f.is_file())
    else:
        found = (
            f for f in root.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()
        )
    files = [
        f
        for f in found
        if not any(part.startswith(".") for part in f.relative_to(root).parts)
    ]
    return sorted(files, key=lambda f: f.relative_to(root).as_posix())


def _read_file(
    p: Path, doc_id: str, opts: _Options
) -> Iterator[InputRecord | ErrorRecord]:
    source = str(p)
    suffix = p.suffix.lower()
    try:
        fh = p.open("rb")
    except OSError as exc:
        yield error_record(
            doc_id, "unreadable", exc.strerror or str(exc), source=source
        )
        return
    with fh:
        try:
            if suffix in JSONL_SUFFIXES:
                yield from _read_jsonl(fh, source, p.name, opts)
            elif suffix in CSV_SUFFIXES:
                yield from _read_csv(fh, source, p.name, opts)
            else:
                yield _read_whole(
                    fh,
                    source,
                    doc_id,
                    opts,
                    "html" if suffix in HTML_SUFFIXES else "text",
                )
        except OSError as exc:  # e.g. a directory named x.txt, or an I/O error
            yield error_record(
                doc_id, "unreadable", exc.strerror or str(exc), source=source
            )


def _read_stream(
    fh: IO[bytes], source: str, doc_id: str, opts: _Options
) -> Iterator[InputRecord | ErrorRecord]:
    buffered: io.BufferedReader = (
        fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh)  # type: ignore[arg-type]
    )
    head = buffered.peek(4096)[:4096]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(encoding, "ignore").encode()
            break
    if head.lstrip()[:1] == b"{":
        yield from _read_jsonl(buffered, source, "stdin", opts)
    else:
        yield _read_whole(buffered, source, doc_id, opts, "text")


def _read_whole(
    fh: IO[bytes],
    source: str,
    doc_id: str,
    opts: _Options,
    fmt: Literal["text", "html"],
) -> InputRecord | ErrorRecord:
    data = fh.read(opts.max_bytes + 1)
    if len(data) > opts.max_bytes:
        return _too_large(doc_id, f"more than {opts.max_bytes:,} bytes", opts, source)
    try:
        text, warnings = decode_bytes(data)
    except UnicodeDecodeError as exc:
        return _undecodable(doc_id, exc, source)
    if fmt == "text" and len(text) > opts.max_chars:
        return _too_large(doc_id, f"{len(text):,} characters", opts, source)
    return InputRecord(
        text=text, id=doc_id, source=source, warnings=warnings, format=fmt
    )


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield ``(line number, bytes)``; ``None`` for a line longer than ``limit``."""
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line
                raw = fh.readline(_READ_CHUNK)
            yield lineno, None
            continue
        yield lineno, raw


def _read_jsonl(
    fh: IO[bytes], source: str, name: str, opts: _Options
) -> Iterator[InputRecord | ErrorRecord]:
    head = fh.read(4)
    encoding = next((e for bom, e in _BOMS if head.startswith(bom)), None)
    if encoding in ("utf-16", "utf-32"):
        yield from _read_jsonl_wide(head, fh, encoding, source, name, opts)
        return
    rest = io.BufferedReader(_Prefixed(head[3:] if encoding else head, fh))
    for lineno, raw in _lines(rest, opts.max_bytes):
        default_id = f"{name}:{lineno}"
        if raw is None:
            yield _too_large(
                default_id,
                f"a line of more than {opts.max_bytes:,} bytes",
                opts,
                source,
                lineno,
            )
            continue
        if not raw.strip():
            continue
        try:
            line, warnings = decode_bytes(raw)
        except UnicodeDecodeError as exc:
            yield _undecodable(default_id, exc, source, lineno)
            continue
        yield _from_json(line, warnings, default_id, source, lineno, opts)


def _read_jsonl_wide(
    head: bytes, fh: IO[bytes], encoding: str, source: str, name: str, opts: _Options
) -> Iterator[InputRecord | ErrorRecord]:
    text = io.TextIOWrapper(
        io.BufferedReader(_Prefixed(head, fh)), encoding=encoding, newline="\n"
    )
    lineno = 0
    try:
        for line in text:
            lineno += 1
            if line.strip():
                yield _from_json(line, (), f"{name}:{lineno}", source, lineno, opts)
    except UnicodeDecodeError as exc:
        yield _undecodable(f"{name}:{lineno + 1}", exc, source, lineno + 1)


class _Prefixed(io.RawIOBase):
    """A binary stream: ``prefix`` then the rest of ``fh``."""

    def __init__(self, prefix: bytes, fh: IO[bytes]) -> None:
        self._prefix = prefix
        self._fh = fh

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read = getattr(self._fh, "read1", self._fh.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _from_json(
    line: str,
    warnings: tuple[str, ...],
    default_id: str,
    source: str,
    lineno: int,
    opts: _Options,
) -> InputRecord | ErrorRecord:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return error_record(
            default_id,
            "malformed_json",
            f"{exc.msg} at column {exc.colno}",
            source=source,
            line=lineno,
        )
    except RecursionError:
        return error_record(
            default_id,
            "malformed_json",
            "nested too deeply",
            source=source,
            line=lineno,
        )
    if not isinstance(obj, dict):
        return error_record(
            default_id,
            "malformed_json",
            f"a JSON object is expected, not {_json_kind(obj)}",
            source=source,
            line=lineno,
        )
    return _from_fields(obj, warnings, default_id, source, lineno, opts)


def _json_kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        type(None): "null",
        int: "a number",
        float: "a number",
    }.get(type(value), "a value")


def _from_fields(
    obj: dict[str, Any],
    warnings: tuple[str, ...],
    default_id: str,
    source: str,
    lineno: int,
    opts: _Options,
) -> InputRecord | ErrorRecord:
    raw_id = obj.get(opts.id_field)
    notes = list(warnings)
    if raw_id == "":
        raw_id = None  # an empty CSV cell
    if isinstance(raw_id, bool) or not isinstance(raw_id, (str, int)):
        if raw_id is not None:
            notes.append(
                f"id field {opts.id_field!r} is {_json_kind(raw_id)}; "
                f"used {default_id!r}"
            )
        doc_id = default_id
    else:
        doc_id = str(raw_id)
    text = obj.get(opts.text_field)
    if not isinstance(text, str):
        what = (
            "missing"
            if opts.text_field not in obj
            else f"{_json_kind(text)}, not a string"
        )
        return error_record(
            doc_id,
            "missing_text",
            f"text field {opts.text_field!r} is {what}",
            source=source,
            line=lineno,
        )
    if len(text) > opts.max_chars:
        return _too_large(doc_id, f"{len(text):,} characters", opts, source, lineno)
    meta: dict[str, str | None] = {}
    for key in META_FIELDS:
        value = obj.get(key)
        if value is None or isinstance(value, str):
            meta[key] = value or None
        else:
            notes.append(f"field {key!r} is {_json_kind(value)}, not a string; ignored")
    return InputRecord(
        text=text,
        id=doc_id,
        source=source,
        line=lineno,
        warnings=tuple(notes),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        published=meta.get("published"),
    )


_SURROGATE = re.compile("[\udc80-\udcff]")


def _read_csv(
    fh: IO[bytes], source: str, name: str, opts: _Options
) -> Iterator[InputRecord | ErrorRecord]:
    head = fh.read(4)
    encoding = next((e for bom, e in _BOMS if head.startswith(bom)), "utf-8")
    if encoding == "utf-8-sig":
        head, encoding = head[3:], "utf-8"
    errors = "surrogateescape" if encoding == "utf-8" else "strict"
    text = io.TextIOWrapper(
        io.BufferedReader(_Prefixed(head, fh)),
        encoding=encoding,
        errors=errors,
        newline="",
    )
    if csv.field_size_limit() <= opts.max_chars:
        # The module-wide limit (default 131,072) would reject long articles.
        csv.field_size_limit(opts.max_chars + 1)
    reader = csv.reader(text)
    try:
        header = next(reader, None)
    except (csv.Error, UnicodeDecodeError) as exc:
        yield error_record(
            f"{name}:1", "malformed_csv", f"header: {exc}", source=source, line=1
        )
        return
    if header is None:
        return
    header = [_fix_field(h)[0] for h in header]
    if opts.text_field not in header:
        yield error_record(
            name,
            "missing_text",
            f"no column {opts.text_field!r} (columns: {', '.join(header)})",
            source=source,
            line=1,
        )
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            kind = "too_large" if "field larger" in str(exc) else "malformed_csv"
            yield error_record(
                f"{name}:{start}", kind, str(exc), source=source, line=start
            )
            start = reader.line_num + 1
            continue
        except UnicodeDecodeError as exc:
            yield _undecodable(f"{name}:{start}", exc, source, start)
            return
        lineno, start = start, reader.line_num + 1
        if not row:
            continue
        notes: list[str] = []
        values: dict[str, Any] = {}
        for key, value in zip(header, row, strict=False):
            fixed, note = _fix_field(value)
            values[key] = fixed
            if note and note not in notes:
                notes.append(note)
        if len(row) != len(header):
            notes.append(f"row has {len(row)} fields, header has {len(header)}")
        yield _from_fields(
            values, tuple(notes), f"{name}:{lineno}", source, lineno, opts
        )


def _fix_field(value: str) -> tuple[str, str | None]:
    """Re-decode a CSV field holding bytes that were not UTF-8."""
    if not _SURROGATE.search(value):
        return value, None
    text, warnings = decode_bytes(value.encode("utf-8", "surrogateescape"))
    return text, warnings[0] if warnings else None


def extract_html(record: InputRecord) -> InputRecord | ErrorRecord:
    """Replace an HTML record's page by its main text (trafilatura).

    The title and URL found in the page fill the record's when it has none.
    Needs the ``html`` extra; without it the record becomes a
    ``missing_dependency`` error.
    """
    if record.format != "html":
        return record
    try:
        import trafilatura
    except ImportError as exc:
        return error_record(
            record.id,
            "missing_dependency",
            f"reading HTML needs trafilatura: pip install 'reliability[html]' ({exc})",
            source=record.source,
            line=record.line,
        )
    extracted = trafilatura.bare_extraction(
        record.text,
        url=record.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    warnings = record.warnings
    if not text:
        text = ""
        warnings = (*warnings, "no main text found in the HTML page")
    return InputRecord(
        text=text,
        id=record.id,
        url=record.url or getattr(extracted, "url", None),
        outlet=record.outlet or getattr(extracted, "sitename", None),
        title=record.title or getattr(extracted, "title", None),
        published=record.published or getattr(extracted, "date", None),
        source=record.source,
        line=record.line,
        warnings=warnings,
        format="text",
    )


# ---------------------------------------------------------------------------
# Writing and reading back


#: Columns of the CSV output, in order.
CSV_COLUMNS = (
    "id",
    "outlet",
    "title",
    "url",
    "overall",
    "attribution",
    "unsourced",
    "hedging",
    "loaded",
    "provenance",
    "sentences",
    "body_sentences",
    "claims",
    "unsourced_claims",
    "attributions",
    "hedges",
    "loaded_terms",
    "cited_outlets",
    "automated_readability_index",
    "coleman_liau_index",
    "lix",
    "warnings",
    "error_type",
    "error_message",
)


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


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


def _score_rows(p: Path, text: str) -> list[ScoreRow]:
    rows = csv.DictReader(io.StringIO(text, newline=""))
    if tuple(rows.fieldnames or ()) != CSV_COLUMNS:
        raise InputError(
            f"{p}: not a 'reliability score' CSV output (its header is not "
            f"{','.join(CSV_COLUMNS)})"
        )
    out: list[ScoreRow] = []
    for row in rows:
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


def csv_row(item: DocumentReport | ErrorRecord, index: int = 0) -> list[str]:
    """One CSV row (``CSV_COLUMNS``) for a report or an error record."""
    if isinstance(item, ErrorRecord):
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update(
            id=item.id or "",
            error_type=item.error.type,
            error_message=item.error.message,
        )
        return list(row.values())
    body = item.body()
    sc = item.scores
    read = sc.readability if sc else {}
    return [
        item.id or "",
        item.outlet.domain if item.outlet else "",
        item.title or "",
        item.url or "",
        _num(sc.overall.value if sc else None),
        _num(sc.attribution.value if sc else None),
        _num(sc.unsourced.value if sc else None),
        _num(sc.hedging.value if sc else None),
        _num(sc.loaded.value if sc else None),
        _num(sc.provenance.value if sc and sc.provenance else None),
        str(len(item.sentences)),
        str(len(body)),
        str(sum(s.claim for s in body)),
        str(sum(s.unsourced_claim for s in body)),
        str(sum(len(s.attributions) for s in body)),
        str(sum(len(s.hedges) for s in body)),
        str(sum(len(s.loaded) for s in body)),
        "|".join(c.outlet.domain for c in item.cited_outlets),
        _num(read.get("automated_readability_index")),
        _num(read.get("coleman_liau_index")),
        _num(read.get("lix")),
        " | ".join(item.warnings),
        "",
        "",
    ]


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
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {p}: {exc}") from None
    if p.suffix.lower() == ".csv":
        return list(_score_rows(p, text))
    if p.suffix.lower() in HTML_SUFFIXES:
        from reliability.report_html import embedded_reports

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
