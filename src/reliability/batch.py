"""``reliability score``: annotate and score a corpus."""

from __future__ import annotations

import argparse
import sys

from reliability.analyzer import Analyzer
from reliability.io import read_corpus

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("-o", "--output", default="-")
    parser.add_argument("--quiet", action="store_true")


def run(args: argparse.Namespace) -> int:
    """Score every input document; write one report a line."""
    analyzer = Analyzer()
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        for path in args.paths:
            for rec in read_corpus(path):
                report = analyzer.analyze(rec["text"], id=rec.get("id"), url=rec.get("url"),
                                          outlet=rec.get("outlet"), title=rec.get("title"))
                out.write(report.model_dump_json() + "\n")
    return 0
