"""What compiling the rule modules with mypyc would gain, measured on real text.

Copies ``src/`` twice into a temporary folder, compiles the hot rule modules
of one copy with mypyc (``mypy`` must be importable; a C compiler on the
path), then runs the analyser over the unique real articles of
``throughput.py`` in fresh interpreters, the pure and the compiled copy
interleaved, and prints the CPU seconds of each run, the medians, words per
CPU-second and the speed-up. Loading the models and data (the first
document) is outside the timed part. The checkout itself is never touched:
no compiled module is written next to its sources.

    python benchmarks/mypyc_gain.py [--runs 3] [--keep DIR]

``--keep DIR`` builds into DIR and reuses a build already there (compiling
takes minutes). Modules left out of ``COMPILED`` and why:

- ``document.py``: annotators cache per-document results in a
  ``WeakKeyDictionary`` keyed by ``Document``, and ``Document`` caches its
  views with ``functools.cached_property``; a compiled class supports neither.
- ``annotators/base.py``: ``LexiconAnnotator`` is subclassed by classes that
  ``@register`` decorates (and by third parties); a compiled class cannot be
  subclassed by an interpreted one.
- pydantic models (``schema.py``, ``config.py``, ``records.py``) and I/O.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from machine import describe  # benchmarks/machine.py

ROOT = Path(__file__).resolve().parent.parent

COMPILED = [
    "reliability/models.py",
    "reliability/tokens.py",
    "reliability/pipeline.py",
    "reliability/scoring.py",
    "reliability/words.py",
    "reliability/quotes.py",
    "reliability/findings.py",
    "reliability/annotators/hedges/agents.py",
    "reliability/annotators/hedges/annotator.py",
    "reliability/annotators/hedges/beliefs.py",
    "reliability/annotators/hedges/distancing.py",
    "reliability/annotators/hedges/lexicon.py",
    "reliability/annotators/hedges/modals.py",
    "reliability/annotators/hedges/passives.py",
    "reliability/annotators/hedges/patterns.py",
    "reliability/annotators/hedges/shapes.py",
    "reliability/annotators/loaded.py",
    "reliability/annotators/models.py",
    "reliability/annotators/speech.py",
    "reliability/annotators/attribution/annotator.py",
    "reliability/annotators/attribution/broad.py",
    "reliability/annotators/attribution/channels.py",
    "reliability/annotators/attribution/chunks.py",
    "reliability/annotators/attribution/constructions.py",
    "reliability/annotators/attribution/context.py",
    "reliability/annotators/attribution/cue_vetoes.py",
    "reliability/annotators/attribution/cues.py",
    "reliability/annotators/attribution/lexicon.py",
    "reliability/annotators/attribution/noun_readings.py",
    "reliability/annotators/attribution/nouns.py",
    "reliability/annotators/attribution/quoted.py",
    "reliability/annotators/attribution/rules.py",
    "reliability/annotators/attribution/sentence.py",
    "reliability/annotators/attribution/source_vetoes.py",
    "reliability/annotators/attribution/sources.py",
    "reliability/annotators/attribution/subjects.py",
    "reliability/annotators/attribution/syntax.py",
    "reliability/annotators/attribution/verbs.py",
    "reliability/annotators/claims/annotator.py",
    "reliability/annotators/claims/assessment.py",
    "reliability/annotators/claims/facts.py",
    "reliability/annotators/claims/lexicon.py",
    "reliability/annotators/claims/sourcing.py",
    "reliability/annotators/claims/verdicts.py",
    "reliability/annotators/claims/voice.py",
    "reliability/annotators/outlet/annotator.py",
    "reliability/annotators/outlet/credits.py",
    "reliability/annotators/outlet/datelines.py",
    "reliability/annotators/outlet/lexicon.py",
    "reliability/annotators/outlet/masthead.py",
    "reliability/annotators/outlet/mentions.py",
    "reliability/annotators/outlet/notices.py",
    "reliability/annotators/outlet/offices.py",
    "reliability/annotators/outlet/shapes.py",
    "reliability/annotators/outlet/sitelines.py",
    "reliability/annotators/outlet/voice.py",
    "reliability/segment/boilerplate/body.py",
    "reliability/segment/boilerplate/glued.py",
    "reliability/segment/boilerplate/headlines.py",
    "reliability/segment/boilerplate/lexicon.py",
    "reliability/segment/boilerplate/patterns.py",
    "reliability/segment/boilerplate/phrases.py",
    "reliability/segment/boilerplate/piece_rules.py",
    "reliability/segment/boilerplate/repeats.py",
    "reliability/segment/boilerplate/rules.py",
    "reliability/segment/boilerplate/shapes.py",
    "reliability/segment/learned.py",
    "reliability/segment/sentences.py",
]

# Run in a fresh interpreter with PYTHONPATH set to one copy: prints how many
# of COMPILED are extension modules, the words, the CPU seconds and a digest
# of the JSON output.
_RUN = """
import hashlib, importlib, json, sys, time
sys.path.insert(0, {bench!r})
from throughput import unique_articles
from reliability import Analyzer
modules = {modules!r}
compiled = sum(
    not importlib.import_module(m).__file__.endswith(".py") for m in modules
)
texts = unique_articles()
analyzer = Analyzer()
analyzer.analyze(texts[0])
started = time.process_time()
docs = [analyzer.analyze(text) for text in texts]
cpu = time.process_time() - started
words = sum(len(t.split()) for t in texts)
digest = hashlib.sha256()
for doc in docs:
    digest.update(doc.model_dump_json().encode())
row = {{"compiled": compiled, "words": words, "cpu": cpu, "output": digest.hexdigest()}}
print(json.dumps(row))
"""


def build(folder: Path) -> tuple[Path, Path]:
    """The pure and the compiled copy of ``src/`` under ``folder``."""
    pure, compiled = folder / "pure", folder / "compiled"
    done = compiled / ".built"
    if done.exists():
        return pure, compiled
    for copy in (pure, compiled):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(ROOT / "src", copy)
    cmd = [sys.executable, "-m", "mypyc", "--config-file", str(ROOT / "pyproject.toml")]
    print(f"compiling {len(COMPILED)} modules with mypyc (minutes)...", flush=True)
    subprocess.run(
        [*cmd, *COMPILED], cwd=compiled, check=True, stdout=subprocess.DEVNULL
    )
    done.write_text("ok\n")
    return pure, compiled


def measure(src: Path) -> dict[str, Any]:
    """One run of the analyser over the corpus from the copy at ``src``."""
    modules = [m.removesuffix(".py").replace("/", ".") for m in COMPILED]
    code = _RUN.format(bench=str(ROOT / "benchmarks"), modules=modules)
    env = dict(os.environ, PYTHONPATH=str(src))
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=src,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    """Build, measure and print the table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build folder to create or reuse")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="reliability-mypyc-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        pure, compiled = build(folder)
        load = [os.getloadavg()[0]]
        cpu: dict[str, list[float]] = {"pure": [], "compiled": []}
        outputs: set[str] = set()
        words = 0
        for i in range(args.runs):
            for name, src in (("pure", pure), ("compiled", compiled)):
                row = measure(src)
                words = int(row["words"])
                cpu[name].append(row["cpu"])
                outputs.add(row["output"])
                print(
                    f"run {i + 1} {name:8} {int(row['compiled']):2} compiled "
                    f"modules  {row['cpu']:.2f} CPU s",
                    flush=True,
                )
            load.append(os.getloadavg()[0])
    print(describe(f"load average {min(load):.1f} to {max(load):.1f}"))
    medians = {k: statistics.median(v) for k, v in cpu.items()}
    for name, value in medians.items():
        print(
            f"{name:8} median {value:.2f} CPU s, {words / value:,.0f} words per "
            f"CPU-second ({words:,} words, {args.runs} runs)"
        )
    print(f"speed-up {medians['pure'] / medians['compiled']:.2f}x")
    same = "identical" if len(outputs) == 1 else "DIFFERENT"
    print(f"output of every run: {same} (sha256 of the JSON)")


if __name__ == "__main__":
    main()
