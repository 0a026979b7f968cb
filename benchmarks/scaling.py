"""Linear time on every input: time per MB of natural and adversarial texts.

Each text is built at 10 KB, 100 KB, 1 MB and 10 MB and analysed by the full
default pipeline (``Analyzer.analyze``, limit raised to 20,000,000 chars). A
figure is CPU seconds per MB (the best of a few runs for the small sizes, so
that one figure is not a timer's noise). The time per MB must stay flat: the
10 MB figure within 2 times the 10 KB one. Last, the peak memory of one
process analysing a natural document at the default limit (``max_chars``;
``benchmarks/dense_memory.py`` measures the densest texts).

    python benchmarks/scaling.py [--max-mb 10]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KB = 1_000


def _natural() -> str:
    return "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))
    )


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> text of about ``size`` characters.
TEXTS: dict[str, Callable[[int], str]] = {
    "natural": lambda n: _fill(_natural() + "\n\n", n),
    "one character": lambda n: "a" * n,
    "one letter and spaces": lambda n: _fill("a ", n),
    "quote marks": lambda n: _fill('"\u201c\u201d', n),
    "unclosed quotes": lambda n: _fill('He said "this never closes and goes on ', n),
    "short lines": lambda n: _fill("Short line.\n", n),  # 100,000 lines at 1.2 MB
    "one long line": lambda n: _fill(_natural().replace("\n", " ") + " ", n),
    "reporting verbs": lambda n: _fill(
        "said told according to claimed sources say ", n
    ),
    "dots and capitals": lambda n: _fill("U.S. Dr. A. B. C. 3.5 e.g. ", n),
    "no spaces": lambda n: _fill("Wordwithoutanyspace", n),
}

# Peak RSS of this address space (VmHWM, in KiB). Not ru_maxrss: Linux keeps
# that across fork and exec, so a child of this (large) benchmark process
# would report the parent's peak.
_PEAK = (
    "import re, sys; from reliability import Analyzer; "
    "text = sys.stdin.read(); Analyzer().analyze(text); "
    "status = open('/proc/self/status').read(); "
    r"print(re.search(r'VmHWM:\s+(\d+)', status).group(1))"
)


def seconds(fn: Callable[[], object], budget: float) -> float:
    """Best CPU time of ``fn`` over runs that fit in about ``budget`` seconds."""
    best = float("inf")
    spent = 0.0
    while spent < budget or best == float("inf"):
        start = time.process_time()
        fn()
        took = time.process_time() - start
        best = min(best, took)
        spent += took
        if took > budget / 3:
            break
    return best


def main() -> None:
    """Measure and print seconds per MB for every text and size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=int, default=10, help="largest size in MB")
    opts = parser.parse_args()
    from reliability import Analyzer, PipelineConfig

    analyzer = Analyzer(PipelineConfig(max_chars=20_000_000))
    sizes = [
        s
        for s in (10 * KB, 100 * KB, 1000 * KB, 10_000 * KB)
        if s <= opts.max_mb * 1000 * KB
    ]
    header = "".join(f"{s // KB:>10,} KB" for s in sizes)
    print(f"{'text':24s}{header}   last / first   (CPU s per MB)")
    worst = 0.0
    for name, make in TEXTS.items():
        per_mb = []
        for size in sizes:
            text = make(size)
            mb = len(text.encode("utf-8")) / 1e6
            took = seconds(lambda text=text: analyzer.analyze(text), budget=1.0)
            per_mb.append(took / mb)
        ratio = per_mb[-1] / per_mb[0]
        worst = max(worst, ratio)
        cells = "".join(f"{v:>13.3f}" for v in per_mb)
        print(f"{name:24s}{cells}   {ratio:8.2f}", flush=True)
    print(f"largest ratio of the biggest size to 10 KB: {worst:.2f} (must be <= 2)")
    limit = PipelineConfig().max_chars
    done = subprocess.run(
        [sys.executable, "-c", _PEAK],
        input=TEXTS["natural"](limit),
        text=True,
        capture_output=True,
        cwd=ROOT,
        check=True,
    )
    print(
        f"peak RSS of one process analysing a {limit:,}-character document: "
        f"{int(done.stdout) // 1024} MiB"
    )


if __name__ == "__main__":
    main()
