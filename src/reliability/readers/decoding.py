"""Turning a document's bytes into text, and streams whose head was peeked at.

A byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding and is
removed: it is not part of the text. Otherwise UTF-8 is tried, then UTF-16
when NULs fill every other byte, then cp1252, then latin-1; a fallback adds a
warning to the record. Decoding never shifts offsets: CRLF, NUL, control and
zero-width characters are kept as they are.
"""

from __future__ import annotations

import codecs
import io
from typing import IO, Any

from reliability.records import ErrorRecord, error_record

__all__ = ["BOMS", "Prefixed", "decode_bytes", "undecodable"]

#: Byte-order marks and the codec each selects. UTF-32 first: its
#: little-endian mark begins with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


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
            byte-order mark declares, or they look binary: more than half of
            the first 4 KB are NUL bytes (valid UTF-8 or not).
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding), ()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        if "\0" not in text:
            return text, ()
        if _looks_utf16(data) is None:
            head = data[:4096]
            if head.count(0) * 2 > len(head):
                raise UnicodeDecodeError(
                    "utf-8", data, 0, 1, "binary data (mostly NUL bytes)"
                )
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


def undecodable(
    doc_id: str | None, exc: UnicodeDecodeError, source: str, line: int | None = None
) -> ErrorRecord:
    """The ``undecodable`` error record of a document whose bytes are not text."""
    return error_record(
        doc_id,
        "undecodable",
        f"cannot decode as {exc.encoding}: {exc.reason}",
        source=source,
        line=line,
    )


class Prefixed(io.RawIOBase):
    """A binary stream: ``prefix`` then the rest of ``fh``.

    Readers look at a file's first bytes (a byte-order mark) before choosing
    how to read it; this puts those bytes back in front.
    """

    def __init__(self, prefix: bytes, fh: IO[bytes]) -> None:
        self._prefix = prefix
        self._fh = fh

    def readable(self) -> bool:
        """Always true."""
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the prefix, then from the stream."""
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read = getattr(self._fh, "read1", self._fh.read)
        data = read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
