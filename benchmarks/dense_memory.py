"""Peak memory of one document at the size limit, on the densest texts found.

Memory grows with the characters of a document and, more steeply, with its
sentences and marks: "He said. " repeated is a sentence with an attribution
and a claim every 9 characters. Each text is built at ``--chars`` characters
(default: the default ``max_chars``) and analysed, then serialised as the CLI
does, in a fresh child process; the figure is the child's own peak RSS
(``VmHWM``; not ``ru_maxrss``, which a child inherits from its parent). The
limit holds when every text peaks at or under 600 MB.

    python benchmarks/dense_memory.py [--chars N] [--only NAME]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
CEILING = 600 * MB

#: name -> the unit repeated to the wanted length.
TEXTS = {
    "he said (attribution and claim every 9 chars)": "He said. ",
    "he said, one a line": "He said.\n",
    "i said": "I said. ",
    "quoted, hedged speech": '"It may be a disaster," he said. ',
    "hedge and loaded term": "Critics reportedly slammed it. ",
    "one letter and spaces (one sentence)": "a ",
    "initials (one sentence)": "I. ",
}

_CHILD = r"""
import re, sys, time
from reliability import Analyzer, PipelineConfig
unit, n = sys.argv[1], int(sys.argv[2])
text = (unit * (n // len(unit) + 1))[:n]
analyzer = Analyzer(PipelineConfig(max_chars=max(n, 1)))
start = time.process_time()
report = analyzer.analyze(text)
line = report.model_dump_json()
took = time.process_time() - start
status = open("/proc/self/status").read()
peak = int(re.search(r"VmHWM:\s+(\d+)", status).group(1)) * 1024
print(peak, len(report.sentences), f"{took:.1f}", len(line))
"""


def measure(unit: str, chars: int) -> tuple[int, int, float]:
    """Peak RSS in bytes, sentences and CPU seconds of one child's analysis."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, unit, str(chars)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    peak, sentences, took, _ = done.stdout.split()
    return int(peak), int(sentences), float(took)


def main() -> int:
    """Print the peak of every text; exit 1 when one is over 600 MB."""
    from reliability import PipelineConfig

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--chars",
        type=int,
        default=PipelineConfig().max_chars,
        help="document length (default: the default max_chars)",
    )
    parser.add_argument("--only", help="measure only the texts whose name has this")
    opts = parser.parse_args()
    print(f"{opts.chars:,} characters a document; ceiling {CEILING // MB} MB")
    print(f"{'text':48s}{'sentences':>11s}{'peak MB':>9s}{'B/char':>8s}{'CPU s':>7s}")
    worst = 0
    for name, unit in TEXTS.items():
        if opts.only and opts.only not in name:
            continue
        peak, sentences, took = measure(unit, opts.chars)
        worst = max(worst, peak)
        print(
            f"{name:48s}{sentences:>11,}{peak / MB:>9.0f}"
            f"{peak / opts.chars:>8.0f}{took:>7.1f}",
            flush=True,
        )
    verdict = "holds" if worst <= CEILING else "is over"
    print(f"worst peak {worst / MB:.0f} MB: the limit {verdict} {CEILING // MB} MB")
    return 0 if worst <= CEILING else 1


if __name__ == "__main__":
    raise SystemExit(main())
