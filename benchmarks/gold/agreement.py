#!/usr/bin/env python3
"""Inter-annotator agreement on the gold corpus's doubly annotated documents.

    python benchmarks/gold/agreement.py [--scorer ../shared/eval/score.py]
    python benchmarks/gold/agreement.py --second benchmarks/gold/iaa/second2.jsonl

The first annotation of each document in the second annotation's file (by default
``iaa/second.jsonl``) is taken from the part files named by its ids (``a-010`` from
``a.jsonl``, ``k-001`` from ``k.jsonl``). The shared scorer is run both ways (first
as gold, then second as gold): span and sentence F1 are symmetric, source type
accuracy and source span F1 nearly so, and outlet accuracy counts only the documents
whose gold outlet is not null, so both directions are printed. Cohen's kappa is
computed for the sentence-level flags over sentences with the same offsets in both
annotations: ``boilerplate`` over all of them, ``claim`` and ``unsourced_claim``
over those that are body in both.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from reliability.evaluate import METRICS

GOLD_DIR = Path(__file__).resolve().parent
ROOT = GOLD_DIR.parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SECOND = GOLD_DIR / "iaa" / "second.jsonl"
#: The part files of the first study's sample (``iaa/second.jsonl``).
PARTS = ("a.jsonl", "b.jsonl")
#: The P/R/F1 layers, named and ordered as the library's evaluator names them.
SPAN_LAYERS = METRICS
RATES = ("source_type_accuracy", "source_span_f1", "outlet_accuracy")


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    """Return the JSON lines of a file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_scorer(path: Path) -> ModuleType:
    """Import the shared scorer from its path."""
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def first_annotation(
    second: Sequence[dict[str, Any]], parts: Sequence[Path]
) -> list[dict[str, Any]]:
    """Return the part files' lines for the ids of ``second``, in its order.

    Raises:
        SystemExit: when an id is missing or its text differs between the two.
    """
    by_id = {doc["id"]: doc for path in parts for doc in load_jsonl(path)}
    first = []
    for doc in second:
        if doc["id"] not in by_id:
            raise SystemExit(f"{doc['id']} is in no part file")
        if by_id[doc["id"]]["text"] != doc["text"]:
            raise SystemExit(f"{doc['id']}: the two annotations have different texts")
        first.append(by_id[doc["id"]])
    return first


def part_files(
    second: Sequence[dict[str, Any]], gold_dir: Path = GOLD_DIR
) -> list[Path]:
    """Return the part files that hold the first annotation of ``second``'s ids.

    A gold id is ``<part>-NNN`` and its part file is ``<part>.jsonl``; the
    files are returned in part order, each once.

    Raises:
        SystemExit: when an id does not name a part.
    """
    parts = set()
    for doc in second:
        part, sep, number = doc["id"].rpartition("-")
        if not (part and sep and number.isdigit()):
            raise SystemExit(f"{doc['id']!r} is not a gold id <part>-NNN")
        parts.add(part)
    return [gold_dir / f"{part}.jsonl" for part in sorted(parts)]


def cohen_kappa(pairs: Sequence[tuple[bool, bool]]) -> float | None:
    """Return Cohen's kappa of two raters' binary labels, None when undefined."""
    n = len(pairs)
    if not n:
        return None
    observed = sum(a == b for a, b in pairs) / n
    p1 = sum(a for a, _ in pairs) / n
    p2 = sum(b for _, b in pairs) / n
    expected = p1 * p2 + (1 - p1) * (1 - p2)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


def flag_pairs(
    first: Sequence[dict[str, Any]], second: Sequence[dict[str, Any]], flag: str
) -> list[tuple[bool, bool]]:
    """Return the (first, second) values of a flag on sentences both placed alike.

    ``boilerplate`` is paired on every shared sentence; the claim flags only on
    shared sentences that both annotations call body.
    """
    pairs = []
    for one, two in zip(first, second, strict=True):
        other = {(s["start"], s["end"]): s for s in two["sentences"]}
        for s in one["sentences"]:
            t = other.get((s["start"], s["end"]))
            if t is None:
                continue
            if flag != "boilerplate" and (s["boilerplate"] or t["boilerplate"]):
                continue
            pairs.append((bool(s[flag]), bool(t[flag])))
    return pairs


def paired_attributions(
    first: Sequence[dict[str, Any]], second: Sequence[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    """Return attributions paired one to one by overlapping cue *and* source.

    The shared scorer pairs attributions by cue alone, so two attributions that
    share one verb ("In a statement, X said": the statement and X) can be paired
    crosswise; pairing on both spans avoids that.
    """

    def overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return a["start"] < b["end"] and b["start"] < a["end"]

    pairs = []
    for one, two in zip(first, second, strict=True):
        left = [a for s in one["sentences"] for a in s["attributions"]]
        right = [a for s in two["sentences"] for a in s["attributions"]]
        used: set[int] = set()
        for a in left:
            for k, b in enumerate(right):
                if k in used:
                    continue
                if overlaps(a["cue"], b["cue"]) and overlaps(a["source"], b["source"]):
                    used.add(k)
                    pairs.append((a, b, one["text"]))
                    break
    return pairs


def outlet_agreement(
    first: Sequence[dict[str, Any]], second: Sequence[dict[str, Any]]
) -> float:
    """Return the share of documents whose outlets are equal (null included)."""
    same = sum(a["outlet"] == b["outlet"] for a, b in zip(first, second, strict=True))
    return same / len(first)


def table(
    first: Sequence[dict[str, Any]],
    second: Sequence[dict[str, Any]],
    scorer: ModuleType,
) -> str:
    """Return the agreement table as Markdown."""
    forward = scorer.evaluate(first, second)
    backward = scorer.evaluate(second, first)
    lines = [
        "| layer | F1 (first as gold) | F1 (second as gold) | P / R (first as gold) |",
        "|---|---|---|---|",
    ]
    for key in SPAN_LAYERS:
        f, b = forward[key], backward[key]
        lines.append(
            f"| {key} | {f['f1']:.3f} | {b['f1']:.3f} | {f['p']:.2f} / {f['r']:.2f} "
            f"(tp {f['tp']}, fp {f['fp']}, fn {f['fn']}) |"
        )
    for key in RATES:
        f, b = forward[key], backward[key]
        fs = "n/a" if f is None else f"{f:.3f}"
        bs = "n/a" if b is None else f"{b:.3f}"
        lines.append(f"| {key} | {fs} | {bs} | |")
    paired = paired_attributions(first, second)
    if paired:
        same = sum(a["source_type"] == b["source_type"] for a, b, _ in paired)
        f1 = [
            scorer.token_f1(
                text,
                (a["source"]["start"], a["source"]["end"]),
                (b["source"]["start"], b["source"]["end"]),
            )
            for a, b, text in paired
        ]
        lines.append(
            f"| source_type_accuracy, paired by cue and source ({len(paired)}) "
            f"| {same / len(paired):.3f} | | |"
        )
        lines.append(
            "| source_span_f1, paired by cue and source | "
            f"{sum(f1) / len(f1):.3f} | | |"
        )
    lines.append(
        f"| outlet_equal (all documents, null included) | "
        f"{outlet_agreement(first, second):.3f} | | |"
    )
    lines += [
        "",
        "| flag | sentences | agreement | Cohen's kappa |",
        "|---|---|---|---|",
    ]
    for flag in ("boilerplate", "claim", "unsourced_claim"):
        pairs = flag_pairs(first, second, flag)
        kappa = cohen_kappa(pairs)
        agree = sum(a == b for a, b in pairs) / len(pairs) if pairs else 0.0
        ks = "n/a" if kappa is None else f"{kappa:.3f}"
        lines.append(f"| {flag} | {len(pairs)} | {agree:.3f} | {ks} |")
    confusion = {k: v for k, v in forward["source_type_confusion"].items()}
    off = {k: v for k, v in confusion.items() if k.split("->")[0] != k.split("->")[1]}
    lines += [
        "",
        "scorer's source_type pairs that differ (cue-only pairing): "
        + (", ".join(f"{k} {v}" for k, v in sorted(off.items())) or "none"),
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the agreement table of the doubly annotated documents."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--second", type=Path, default=SECOND)
    args = ap.parse_args(argv)
    second = load_jsonl(args.second)
    first = first_annotation(second, part_files(second))
    print(f"{len(second)} documents annotated twice")
    print(table(first, second, load_scorer(args.scorer)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
