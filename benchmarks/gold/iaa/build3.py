#!/usr/bin/env python3
"""Build ``second3.jsonl`` (the third study's second annotation, part zf) from labels3.

    python benchmarks/gold/iaa/build3.py /tmp/zf_texts.jsonl

The input is ``score.py benchmarks/gold/zf.jsonl --strip`` (``id`` and ``text``
only). Uses ``build.py``'s functions unchanged with the labels of ``labels3.py``
in place of ``labels.py``, validates every line with ``check_document`` and
writes ``second3.jsonl`` beside this file. ``build.py`` itself, and what it
builds for the earlier studies, are untouched.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import build  # noqa: E402
from check import check_document  # noqa: E402
from labels3 import DOCS  # noqa: E402


def main(argv: list[str]) -> int:
    """Build and validate every document; write second3.jsonl when all are valid."""
    build.DOCS = DOCS  # build.build reads its labels from this module global
    lines = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    out, problems = [], []
    for doc in docs:
        gold = build.build(doc["id"], doc["text"])
        problems += check_document(gold, doc["id"])
        if any(s["unsourced_claim"] and s["attributions"] for s in gold["sentences"]):
            problems.append(f"{doc['id']}: unsourced sentence with an attribution")
        out.append(json.dumps(gold, ensure_ascii=False))
    if set(DOCS) != {d["id"] for d in docs}:
        problems.append(f"labels for {set(DOCS) ^ {d['id'] for d in docs}}")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    (HERE / "second3.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} documents written to {HERE / 'second3.jsonl'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
