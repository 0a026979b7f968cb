"""Check that the working tree gives the same JSON output as an earlier commit.

Runs ``reliability score`` from a git worktree of ``--base`` and from this
checkout's ``src/`` on the seeds and on the mixed corpus of
``benchmarks/corpus.py``, then compares the outputs line by line. Fields named
with ``--ignore`` (dotted paths such as ``pipeline.resources``) are dropped
from both sides first, for deliberate changes that do not touch annotations.

    python benchmarks/same_output.py --base a3c1286 [--n 2000] [--ignore pipeline]

Exit status 0 when every document matches, 1 otherwise (the first
differences are printed).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _score(src: Path, corpus: Path, out: Path, extra: list[str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, "-m", "reliability", "score", str(corpus), "-o", str(out)]
    subprocess.run([*cmd, "--quiet", *extra], env=env, check=False)


def _drop(record: dict[str, Any], dotted: str) -> None:
    *parents, last = dotted.split(".")
    node: Any = record
    for key in parents:
        node = node.get(key) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(last, None)


def _compare(base: Path, head: Path, ignore: list[str]) -> int:
    a = base.read_text(encoding="utf-8").splitlines()
    b = head.read_text(encoding="utf-8").splitlines()
    if len(a) != len(b):
        print(f"line counts differ: {len(a)} vs {len(b)}")
    differing = 0
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x == y:
            continue
        rx, ry = json.loads(x), json.loads(y)
        for dotted in ignore:
            _drop(rx, dotted)
            _drop(ry, dotted)
        if rx != ry:
            differing += 1
            if differing <= 5:
                keys = sorted(k for k in set(rx) | set(ry) if rx.get(k) != ry.get(k))
                print(f"line {i + 1} ({rx.get('id')}): differs in {keys}")
    return differing + abs(len(a) - len(b))


def main() -> int:
    """Build both outputs and compare them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="commit to compare with")
    parser.add_argument("--n", type=int, default=2000, help="mixed corpus size")
    parser.add_argument("--ignore", action="append", default=[], metavar="FIELD")
    parser.add_argument("--keep", type=Path, help="keep the outputs in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(args.keep or tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        worktree = Path(tmp_name) / "base"
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f"]
            + [str(worktree), args.base],
            check=True,
            capture_output=True,
        )
        try:
            corpus = tmp / "mixed.jsonl"
            subprocess.run(
                [sys.executable, str(ROOT / "benchmarks" / "corpus.py")]
                + ["--out", str(corpus), "--n", str(args.n)],
                check=True,
            )
            failures = 0
            for name, inputs in (("seeds", ROOT / "seeds"), ("mixed", corpus)):
                base_out = tmp / f"{name}.base.jsonl"
                head_out = tmp / f"{name}.head.jsonl"
                _score(worktree / "src", inputs, base_out, [])
                _score(ROOT / "src", inputs, head_out, [])
                n = _compare(base_out, head_out, args.ignore)
                total = len(head_out.read_text(encoding="utf-8").splitlines())
                print(f"{name}: {total - n} of {total} documents identical")
                failures += n
        finally:
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "remove", "--force"]
                + [str(worktree)],
                check=False,
                capture_output=True,
            )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
