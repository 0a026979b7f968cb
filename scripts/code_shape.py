"""Print the longest functions and classes under ``src/`` (lines, by ``ast``).

A function's length runs from its ``def`` (decorators excluded) to its last
line, nested functions included; a class's from ``class`` to its last line.
Docstrings count, so a long one shows up too: judge the logic, not the figure.

    python scripts/code_shape.py [--top 20] [--functions 100] [--classes 300]

With ``--check``, exit 1 when something passes the limits (for a lead's
review; nothing runs it automatically).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shapes(src: Path) -> list[tuple[int, str, str]]:
    """``(lines, kind, "path:line name")`` for every function and class."""
    found = []
    for path in sorted(src.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(src)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                kind = "function"
            elif isinstance(node, ast.ClassDef):
                kind = "class"
            else:
                continue
            lines = (node.end_lineno or node.lineno) - node.lineno + 1
            found.append((lines, kind, f"{rel}:{node.lineno} {node.name}"))
    return sorted(found, key=lambda row: (-row[0], row[2]))


def main() -> int:
    """Print the table; with ``--check``, the exit status says if all fit."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--top", type=int, default=15, help="rows of each kind")
    parser.add_argument("--functions", type=int, default=100, help="line limit")
    parser.add_argument("--classes", type=int, default=300, help="line limit")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    rows = shapes(args.src)
    limits = {"function": args.functions, "class": args.classes}
    over = 0
    for kind in ("class", "function"):
        mine = [row for row in rows if row[1] == kind]
        print(f"{kind}es" if kind == "class" else f"{kind}s", f"(limit {limits[kind]})")
        for lines, _, where in mine[: args.top]:
            mark = " *" if lines > limits[kind] else ""
            print(f"  {lines:5d}  {where}{mark}")
        over += sum(1 for row in mine if row[0] > limits[kind])
    files = sorted(
        (
            (len(p.read_text(encoding="utf-8").splitlines()), p)
            for p in args.src.rglob("*.py")
        ),
        reverse=True,
    )
    print("modules")
    for lines, path in files[: args.top]:
        print(f"  {lines:5d}  {path.relative_to(args.src)}")
    print(f"{over} over the limits")
    return 1 if args.check and over else 0


if __name__ == "__main__":
    sys.exit(main())
