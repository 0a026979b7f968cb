"""Turning a document's bytes into text, and streams whose head was peeked at.

A byte-order mark (UTF-8, UTF-16, UTF-32) decides the encoding and is
removed: it is not part of the text. Otherwise UTF-8 is tried, then UTF-16
when NULs fill every other byte, then cp1252 or, when that reads as another
code page's text, the code page charset-normalizer detects (cp1251 for
Russian), then latin-1; a fallback adds a warning to the record. Decoding
never shifts offsets: CRLF, NUL, control and zero-width characters are kept
as they are.
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
    byte, then cp1252; when cp1252 cannot decode the bytes or reads them as a
    run of accented letters (Russian in cp1251 reads "Ìèíèñòð"),
    charset-normalizer names the code page; latin-1 decodes anything left. A
    fallback adds a warning naming the encoding used.

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
    text, encoding = _legacy(data)
    return text, (
        f"not valid UTF-8 (first bad byte at offset {bad}); decoded as {encoding}; "
        "offsets index the decoded text",
    )


# Enough bytes outside ASCII to tell one legacy code page from another; with
# fewer (a stray accent), cp1252 is as good a guess as any.
_MIN_FOREIGN = 8
# Share of letters that cp1252 reads as accented Latin letters (U+00C0 to
# U+00FF) above which its reading is taken for another code page's text read
# wrongly: Cyrillic in cp1251 comes out as "Ìèíèñòð". French or German text
# stays far below it.
_MISREAD_SHARE = 0.3
_ASCII = bytes(range(0x80))
_NOT_LEGACY = [
    "ascii",
    "utf_8",
    "utf_7",
    "utf_16",
    "utf_16_be",
    "utf_16_le",
    "utf_32",
    "utf_32_be",
    "utf_32_le",
]


def _misread(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    accented = sum("\u00c0" <= ch <= "\u00ff" for ch in text)
    return accented >= _MIN_FOREIGN and accented > _MISREAD_SHARE * letters


def _legacy(data: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8; return the text and the encoding used.

    cp1252 (the usual Western code page) unless it cannot decode the bytes
    or its reading looks like another code page's text: then
    charset-normalizer's guess (e.g. cp1251 for Russian), then latin-1,
    which decodes anything.
    """
    try:
        western: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and not _misread(western[:65536]):
        return western, "cp1252"
    foreign = len(data[:65536].translate(None, _ASCII))
    if foreign >= _MIN_FOREIGN:
        import charset_normalizer

        best = charset_normalizer.from_bytes(data, cp_exclusion=_NOT_LEGACY).best()
        if best is not None:
            try:
                return data.decode(best.encoding), best.encoding
            except (UnicodeDecodeError, LookupError):
                pass
    if western is not None:
        return western, "cp1252"
    return data.decode("latin-1"), "latin-1"


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
