"""Opening an output file: never over an input.

``check_output_path`` refuses an output that is one of the inputs (the same
path, a symbolic or hard link to it) or lies inside an input folder, where it
would be read back as a document.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reliability.errors import ConfigError

__all__ = ["check_output_path"]


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
