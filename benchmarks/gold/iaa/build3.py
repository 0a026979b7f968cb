#!/usr/bin/env python3
"""Build ``second3.jsonl`` (the third study's second annotation, part zf) from labels3.

    python benchmarks/gold/iaa/build3.py /tmp/zf_texts.jsonl

The input is ``score.py benchmarks/gold/zf.jsonl --strip`` (``id`` and ``text``
only). Builds every document with ``build.py``'s ``write_study`` and the labels
of ``labels3.py`` in place of ``labels.py``, validates every line with
``check_document`` and writes ``second3.jsonl`` beside this file.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import build  # noqa: E402
from labels3 import DOCS  # noqa: E402


def main(argv: list[str]) -> int:
    """Build and validate every document; write second3.jsonl when all are valid."""
    return build.write_study(Path(argv[0]), DOCS, "second3.jsonl")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
