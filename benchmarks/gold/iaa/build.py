#!/usr/bin/env python3
"""Build ``second.jsonl`` (the agreement sample's second annotation) from labels.

    python benchmarks/gold/iaa/build.py /work/notes/iaa_input.jsonl

Reads ``{"id", "text"}`` lines, segments each text with ``segment.py``, places
the marks of ``labels.py`` at their offsets, validates every line with the
gold checker's ``check_document`` and writes ``second.jsonl`` beside this file.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from check import check_document  # noqa: E402
from labels import DOCS  # noqa: E402
from segment import split  # noqa: E402


def indices(ranges: str) -> set[int]:
    """Expand "0-2,5" into {0, 1, 2, 5}."""
    out: set[int] = set()
    for part in filter(None, ranges.split(",")):
        lo, _, hi = part.partition("-")
        out.update(range(int(lo), int(hi or lo) + 1))
    return out


def locate(text: str, lo: int, hi: int, ref: Any) -> dict[str, Any]:
    """Return the span object of ``ref`` (text or (text, k)) inside text[lo:hi]."""
    needle, k = (ref, 0) if isinstance(ref, str) else ref
    # Whole words only: "he" must not match the letters of "the".
    left = r"\b" if needle[0].isalnum() else ""
    right = r"\b" if needle[-1].isalnum() else ""
    found = list(re.finditer(left + re.escape(needle) + right, text[lo:hi]))
    if len(found) <= k:
        raise ValueError(f"{needle!r} (#{k}) not in {text[lo:hi]!r}")
    at = lo + found[k].start()
    return {"start": at, "end": at + len(needle), "text": needle}


def sentence(text: str, lo: int, hi: int, label: Any) -> dict[str, Any]:
    """Return one gold sentence entry from its label (None for boilerplate)."""
    entry: dict[str, Any] = {
        "start": lo,
        "end": hi,
        "boilerplate": label is None,
        "attributions": [],
        "hedges": [],
        "claim": False,
        "unsourced_claim": False,
        "loaded": [],
    }
    if label is None:
        return entry
    flag, *marks = (label,) if isinstance(label, str) else label
    if flag not in ("u", "c", "n"):
        raise ValueError(f"unknown flag {flag!r}")
    entry["claim"] = flag in ("u", "c")
    entry["unsourced_claim"] = flag == "u"
    for mark in marks:
        if mark[0] == "A":
            _, cue, source, source_type = mark
            entry["attributions"].append(
                {
                    "cue": locate(text, lo, hi, cue),
                    "source": locate(text, lo, hi, source),
                    "source_type": source_type,
                }
            )
        else:
            key = {"H": "hedges", "L": "loaded"}[mark[0]]
            entry[key].append(locate(text, lo, hi, mark[1]))
    for key in ("hedges", "loaded"):
        entry[key].sort(key=lambda s: (s["start"], s["end"]))
    entry["attributions"].sort(key=lambda a: (a["cue"]["start"], a["source"]["start"]))
    return entry


def build(
    doc_id: str, text: str, labels: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Return the gold line of one document (its marks from ``labels``,
    by default ``labels.py``'s)."""
    spec = (DOCS if labels is None else labels)[doc_id]
    spans = split(text, keep=spec.get("keep", ()), cut=spec.get("cut", ()))
    boiler = indices(spec["B"])
    body = spec["S"]
    both = boiler & set(body)
    unlabelled = set(range(len(spans))) - boiler - set(body)
    extra = (boiler | set(body)) - set(range(len(spans)))
    if both or unlabelled or extra:
        raise ValueError(
            f"{doc_id}: both {both}, unlabelled {unlabelled}, extra {extra}"
        )
    sentences = [
        sentence(text, lo, hi, None if i in boiler else body[i])
        for i, (lo, hi) in enumerate(spans)
    ]
    return {
        "id": doc_id,
        "text": text,
        "outlet": spec["outlet"],
        "sentences": sentences,
    }


def write_study(source: Path, labels: dict[str, Any], out_name: str) -> int:
    """Build and validate every document of ``source`` with ``labels``; write
    ``out_name`` beside this file when all are valid."""
    lines = source.read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    out, problems = [], []
    for doc in docs:
        gold = build(doc["id"], doc["text"], labels)
        problems += check_document(gold, doc["id"])
        if (
            unsourced := [s for s in gold["sentences"] if s["unsourced_claim"]]
        ) and any(s["attributions"] for s in unsourced):
            problems.append(f"{doc['id']}: unsourced sentence with an attribution")
        out.append(json.dumps(gold, ensure_ascii=False))
    if set(labels) != {d["id"] for d in docs}:
        problems.append(f"labels for {set(labels) ^ {d['id'] for d in docs}}")
    for problem in problems:
        print(problem)
    if problems:
        return 1
    (HERE / out_name).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{len(out)} documents written to {HERE / out_name}")
    return 0


def main(argv: list[str]) -> int:
    """Build and validate every document; write second.jsonl when all are valid."""
    return write_study(Path(argv[0]), DOCS, "second.jsonl")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
