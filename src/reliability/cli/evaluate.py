"""``reliability evaluate GOLD PRED``: the metrics of predictions against a gold set.

The metrics themselves are computed by ``reliability.evaluate``; this module
reads the two files and prints them.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from reliability.errors import InputError
from reliability.evaluate import evaluate, flat, format_metrics

__all__ = ["configure", "run"]


def _load(path: str) -> list[dict[str, Any]]:
    out = []
    try:
        with Path(path).open(encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        out.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise InputError(
                            f"{path}:{lineno}: malformed JSON: {exc}"
                        ) from None
    except OSError as exc:
        raise InputError(f"cannot read {path!r}: {exc.strerror}") from None
    return out


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("gold", metavar="GOLD.jsonl")
    parser.add_argument("pred", metavar="PRED.jsonl")
    parser.add_argument("--json", action="store_true", help="print metrics as JSON")
    parser.add_argument(
        "--exact",
        action="store_true",
        help="match spans only on equal offsets (default: overlap)",
    )
    parser.add_argument(
        "--min",
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="exit 1 when METRIC falls below VALUE (repeatable)",
    )


def run(args: argparse.Namespace) -> int:
    """Print the metrics of ``PRED`` against ``GOLD``; 1 if a ``--min`` bound fails."""
    golds, preds = _load(args.gold), _load(args.pred)
    try:
        m = evaluate(golds, preds, exact=args.exact)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"not gold/prediction documents: {exc!r}") from None
    print(json.dumps(m, indent=1) if args.json else format_metrics(m))
    f, short = flat(m), []
    for bound in args.min:
        k, _, v = bound.partition("=")
        try:
            limit = float(v)
        except ValueError:
            print(
                f"reliability evaluate: bad --min {bound!r} (METRIC=VALUE)",
                file=sys.stderr,
            )
            return 2
        if f.get(k, 0.0) < limit:
            short.append(f"{k}={f.get(k)} < {v}")
    if short:
        print("below bound: " + "; ".join(short))
        return 1
    return 0
