"""``read_corpus``: every document of a file, a folder or standard input.

Inputs are read lazily, one record at a time, so a corpus of any size streams
through in constant memory. Nothing in a corpus stops the rest of it from
being read: an unreadable file, a malformed JSON line, a record without text,
undecodable bytes or a document over the size limit each become an
``ErrorRecord`` in place of the document, and reading goes on.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from reliability.readers.csv_rows import read_csv
from reliability.readers.decoding import BOMS
from reliability.readers.fields import DEFAULT_MAX_CHARS, ReadOptions
from reliability.readers.jsonl import read_jsonl
from reliability.readers.plain import read_whole
from reliability.records import ErrorRecord, InputRecord, error_record

__all__ = [
    "CSV_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "SUFFIXES",
    "TEXT_SUFFIXES",
    "corpus_files",
    "read_corpus",
]

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
#: Every file suffix a directory scan picks up.
SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | HTML_SUFFIXES


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
    opts = ReadOptions(text_field, id_field, max_chars)
    if str(path) == "-":
        yield from _read_stream(sys.stdin.buffer, "<stdin>", "stdin", opts)
        return
    p = Path(path)
    if p.is_dir():
        for f in corpus_files(p, glob):
            rel = f.relative_to(p).as_posix()
            yield from _read_file(
                f, rel.rsplit(".", 1)[0] if "." in f.name else rel, opts
            )
        return
    yield from _read_file(p, p.stem, opts)


def corpus_files(root: Path, glob: str | None = None) -> list[Path]:
    """The files ``read_corpus`` reads in the folder ``root``, in reading order."""
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
    p: Path, doc_id: str, opts: ReadOptions
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
                yield from read_jsonl(fh, source, p.name, opts)
            elif suffix in CSV_SUFFIXES:
                yield from read_csv(fh, source, p.name, opts)
            else:
                yield read_whole(
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
    fh: IO[bytes], source: str, doc_id: str, opts: ReadOptions
) -> Iterator[InputRecord | ErrorRecord]:
    buffered: io.BufferedReader = (
        fh if isinstance(fh, io.BufferedReader) else io.BufferedReader(fh)  # type: ignore[arg-type]
    )
    head = buffered.peek(4096)[:4096]
    for bom, encoding in BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(encoding, "ignore").encode()
            break
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl(buffered, source, "stdin", opts)
    else:
        yield read_whole(buffered, source, doc_id, opts, "text")
