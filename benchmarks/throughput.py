"""Throughput, scaling over processes, memory and start-up of ``reliability score``.

Corpus: the seeds repeated to 1,000 and 10,000 documents (a JSONL in a
temporary folder). Every figure comes from running the real command in a
subprocess; a figure is the median over ``--runs`` runs. Peak memory is the
largest resident set of any process of the run (``ru_maxrss`` of the
children of a small wrapper process).

    python benchmarks/throughput.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from machine import describe  # benchmarks/machine.py

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Runs the command given as arguments; prints its processes' peak RSS in KiB,
# their CPU seconds (user + system) and the exit status.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "rc = subprocess.run(sys.argv[1:]).returncode; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_maxrss, u.ru_utime + u.ru_stime, rc)"
)


def machine() -> str:
    """nproc, CPU model, Python and OS."""
    return describe()


def write_corpus(path: Path, n: int) -> int:
    """Write the seeds repeated to ``n`` documents; return the word count."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    words = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            words += len(text.split())
            fh.write(json.dumps({"id": f"doc-{i:06d}", "text": text}) + "\n")
    return words


def run(args: list[str]) -> tuple[float, int, float]:
    """Run ``reliability score ARGS``; return wall s, peak RSS MiB, CPU s."""
    cmd = [
        sys.executable,
        "-c",
        _WRAPPER,
        sys.executable,
        "-m",
        "reliability",
        "score",
        *args,
    ]
    started = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=True)
    wall = time.perf_counter() - started
    rss_kib, cpu, rc = done.stdout.split()
    if rc != "0":
        raise SystemExit(f"reliability score {' '.join(args)} exited {rc}")
    return wall, int(rss_kib) // 1024, float(cpu)


def median_run(args: list[str], runs: int) -> tuple[float, int, float]:
    """Median wall time, largest peak RSS and median CPU time over ``runs`` runs."""
    results = [run(args) for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        max(r[1] for r in results),
        statistics.median(r[2] for r in results),
    )


def main() -> None:
    """Measure and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    opts = parser.parse_args()
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="reliability-bench-") as tmp:
        base = Path(tmp)
        corpora = {}
        for n in (1_000, 10_000):
            path = base / f"seeds-{n}.jsonl"
            corpora[n] = (path, write_corpus(path, n))
        out = str(base / "out.jsonl")
        figures: dict[tuple[int, int], tuple[float, int, float]] = {}
        for n, (path, words) in corpora.items():
            for jobs in (1, 2):
                wall, rss, cpu = median_run(
                    [str(path), "-o", out, "--quiet", "--jobs", str(jobs)], opts.runs
                )
                figures[(n, jobs)] = (wall, rss, cpu)
                print(
                    f"{n:>6,} docs  {words:>9,} words  --jobs {jobs}: {wall:6.2f} s  "
                    f"{words / wall:>9,.0f} words/s  {n / wall:>7,.0f} docs/s  "
                    f"peak RSS {rss} MiB  {words / cpu:>9,.0f} words/CPU-s"
                )
        words10k = corpora[10_000][1]
        single = words10k / figures[(10_000, 1)][0]
        double = words10k / figures[(10_000, 2)][0]
        print(
            f"single process (10,000 docs, JSONL written, start-up included): "
            f"{single:,.0f} words/s wall, "
            f"{words10k / figures[(10_000, 1)][2]:,.0f} words per CPU-second"
        )
        print(f"--jobs 2 speed-up (10,000 docs): {double / single:.2f}x")
        for jobs in (1, 2):
            ratio = figures[(10_000, jobs)][1] / figures[(1_000, jobs)][1]
            print(
                f"peak RSS --jobs {jobs}: 1,000 docs {figures[(1_000, jobs)][1]} MiB, "
                f"10,000 docs {figures[(10_000, jobs)][1]} MiB (ratio {ratio:.2f})"
            )
        one = base / "one.txt"
        one.write_text(
            "The minister said the bridge would reopen on Monday.\n", encoding="utf-8"
        )
        startup = statistics.median(
            run([str(one), "-o", str(base / "one.jsonl"), "--quiet"])[0]
            for _ in range(max(5, opts.runs))
        )
        print(
            f"start-up: `reliability score` on one short document: {startup:.2f} s wall"
        )


if __name__ == "__main__":
    main()
