"""Opening an output file: never over an input, never left torn.

- ``check_output_path`` refuses an output that is one of the inputs (the same
  path, a symbolic or hard link to it) or lies inside an input folder, where
  it would be read back as a document.
- ``RecordFile`` writes whole records: each ``write()`` call is one record (a
  JSON line, a CSV row), and bytes reach the file only in whole records. When
  a write fails (disk full, I/O error) the file is cut back to the last whole
  record and ``OutputError`` says how many it holds: a valid prefix, which
  ``--resume`` continues.
- ``AtomicFile`` is for outputs written in one go (the HTML page): it writes a
  temporary file beside the target and renames it over the target at the
  end, so a crash or a full disk leaves the earlier file as it was.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import IO, NoReturn, Protocol

from reliability.errors import ConfigError, OutputError

__all__ = ["AtomicFile", "RecordFile", "StreamOutput", "TextSink", "check_output_path"]

# Bytes gathered before they are written: large enough to keep system calls
# few, small enough that a run killed mid-way loses little.
_CHUNK = 1 << 16


class TextSink(Protocol):
    """Where a writer puts its text: an open text file or one of the outputs here."""

    def write(self, text: str, /) -> int:
        """Write ``text``; return how many characters were written."""
        ...


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


def check_output_path(output: str | Path, inputs: Iterable[str | Path]) -> None:
    """Refuse an output path that is an input or would be read as one.

    Args:
        output: The output path (``-`` is standard output, always allowed).
        inputs: The input paths (files, folders, ``-``).

    Raises:
        ConfigError: ``output`` is an input file (the same path, or a link to
            it, or a link it points through) or lies inside an input folder.
    """
    if str(output) == "-":
        return
    out = Path(output)
    target = out.resolve()
    same = _identity(out)
    for raw in inputs:
        if str(raw) == "-":
            continue
        p = Path(raw)
        real = p.resolve()
        if target == real or (same is not None and same == _identity(p)):
            how = "" if out.absolute() == p.absolute() else " (through a link)"
            raise ConfigError(
                f"the output {str(output)!r} is the input {str(raw)!r}{how}; "
                "writing it would destroy the input. Choose another output file"
            )
        if p.is_dir() and target.is_relative_to(real):
            raise ConfigError(
                f"the output {str(output)!r} is inside the input folder "
                f"{str(raw)!r}, where it would be read back as a document. "
                "Write it outside the folder"
            )


def _reason(exc: OSError) -> str:
    name = errno.errorcode.get(exc.errno or 0)
    text = exc.strerror or str(exc)
    return f"{text} ({name})" if name else text


class RecordFile:
    """A text output written in whole records; see the module docstring.

    Args:
        path: The file; created if missing.
        append: Add to the end of the file (``--resume``) instead of
            replacing its content.
        prior: Documents already in the file (when appending), for messages.
        header: Records written first that are not documents (a CSV header).
    """

    def __init__(
        self, path: str | Path, *, append: bool = False, prior: int = 0, header: int = 0
    ) -> None:
        self.path = str(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o666)
        try:
            self._committed = os.lseek(self._fd, 0, os.SEEK_END)
        except OSError:  # a device such as /dev/full
            self._committed = 0
        self._prior = prior
        self._header = header
        self._records = 0
        self._pending: list[str] = []
        self._size = 0

    def write(self, text: str) -> int:
        """Add one whole record (written out with the next chunk)."""
        self._pending.append(text)
        self._size += len(text)
        if self._size >= _CHUNK:
            self.flush()
        return len(text)

    def flush(self) -> None:
        """Write the records gathered so far.

        Raises:
            OutputError: The write failed; the file was cut back to the last
                whole record.
        """
        if not self._pending:
            return
        data = "".join(self._pending).encode("utf-8")
        records = len(self._pending)
        self._pending.clear()
        self._size = 0
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            self._fail(exc)
        self._committed += len(data)
        self._records += records

    def close(self) -> None:
        """Write what is gathered and close the file."""
        if self._fd < 0:
            return
        try:
            self.flush()
        finally:
            os.close(self._fd)
            self._fd = -1

    def _fail(self, exc: OSError) -> NoReturn:
        try:  # drop the part of a record that reached the file
            os.ftruncate(self._fd, self._committed)
        except OSError:
            pass
        documents = self._prior + max(0, self._records - self._header)
        raise OutputError(
            f"cannot write {self.path}: {_reason(exc)}; it holds the first "
            f"{documents:,} document{'s' if documents != 1 else ''} in whole "
            "records (free space, then run again with --resume to continue "
            "a JSONL output)"
        ) from None


class AtomicFile:
    """A text output that appears whole or not at all; see the module docstring.

    Args:
        path: The target; a symbolic link is followed, so the file it points
            to is replaced.

    Raises:
        OSError: The target exists and is not a regular file, or the
            temporary file cannot be created beside it.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._target = Path(path).resolve()
        if self._target.exists() and not self._target.is_file():
            # Never rename over a device, a pipe or a folder.
            raise OSError(errno.EINVAL, "not a regular file", self.path)
        self._tmp = self._target.with_name(
            f".{self._target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial"
        )
        fd = os.open(self._tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        self._fh: IO[str] = open(fd, "w", encoding="utf-8", newline="")  # noqa: SIM115
        self._done = False

    def write(self, text: str) -> int:
        """Write to the temporary file."""
        try:
            return self._fh.write(text)
        except OSError as exc:
            self._fail(exc)

    def flush(self) -> None:
        """Flush the temporary file."""
        try:
            self._fh.flush()
        except OSError as exc:
            self._fail(exc)

    def close(self) -> None:
        """Finish the temporary file and rename it over the target."""
        if self._done:
            return
        try:
            self._fh.close()
            os.replace(self._tmp, self._target)
        except OSError as exc:
            self._fail(exc)
        self._done = True

    def discard(self) -> None:
        """Drop the temporary file; the target keeps its earlier content."""
        if self._done:
            return
        self._done = True
        try:
            self._fh.close()
        except OSError:
            pass
        try:
            os.unlink(self._tmp)
        except OSError:
            pass

    def _fail(self, exc: OSError) -> NoReturn:
        self.discard()
        kept = (
            "it keeps its earlier content"
            if self._target.exists()
            else "it was not created"
        )
        raise OutputError(f"cannot write {self.path}: {_reason(exc)}; {kept}") from None


class StreamOutput:
    """Standard output (or another open stream), with write errors as ``OutputError``.

    A closed pipe (``| head``) still raises ``BrokenPipeError``: the command
    stops quietly then, as Unix tools do.
    """

    def __init__(self, stream: IO[str], name: str = "standard output") -> None:
        self._stream = stream
        self.path = name

    def write(self, text: str) -> int:
        """Write to the stream."""
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {_reason(exc)}") from None

    def flush(self) -> None:
        """Flush the stream."""
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {_reason(exc)}") from None

    def close(self) -> None:
        """Flush; the stream itself stays open."""
        self.flush()
