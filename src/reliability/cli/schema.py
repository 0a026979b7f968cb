"""``reliability schema``: print the JSON Schema of a report."""

from __future__ import annotations

import argparse
import json

from reliability.schema import json_schema

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")


def run(args: argparse.Namespace) -> int:
    """Print the schema; return 0."""
    print(json.dumps(json_schema(), indent=args.indent, ensure_ascii=False))
    return 0
