"""CPU seconds of each stage of the analyser on the unique real articles.

The corpus is ``throughput.py``'s (every unique real article, read by path
from ``../shared`` and ``benchmarks/gold``). Each stage is timed with
``time.process_time`` around the same calls ``Analyzer.analyze`` and the
JSON Lines writer make, in this process: segmenting, tokenising the
document's words (which the annotators share), each annotator, assembling,
readability, scoring, building the report and writing its JSON line. A
figure is the median over ``--runs`` passes over the corpus; the stages of
one pass add up to the whole pass, up to the timer's own cost.

With ``--detail`` it also times, inside those stages, the parts that decide
where a shared tokenisation or a faster model would pay: segmentation's
sentence split, boilerplate rules and boilerplate model; the attribution
annotator's per-sentence grammar tokens (building its ``Sentence``) and its
rules; the claim annotator's per-document word facts, carried speech and
per-sentence judgement; the outlet annotator's publisher and origin
searches; and the sentence-model predictions, per model (the boilerplate
model runs while segmenting, the claim model in the ``models`` annotator).
The parts are timed by wrapping those functions in this process only; each
is printed under the stage that holds it, and is already counted in that
stage.

With ``--base REV`` it compares this checkout's ``src/`` with commit ``REV``
on the same machine: ``REV``'s ``src/`` is exported to a temporary folder,
and the two trees run one pass each in turn (base, this tree, base, ...),
each in a fresh process, ``--runs`` times; the table gives each stage's
median for both and the change. Taking turns spreads the load of a shared
machine over both sides, which separate runs minutes apart do not.

    python benchmarks/stages.py [--runs 3] [--docs N] [--detail]
    python benchmarks/stages.py --base 25ae0a0 [--runs 3] [--docs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from machine import describe  # benchmarks/machine.py
from throughput import unique_articles  # benchmarks/throughput.py

from reliability import Analyzer
from reliability.document import Document
from reliability.readability import body_readability
from reliability.schema import DocumentMeta, DocumentReport
from reliability.scoring import score_document, score_provenance


def one_pass(analyzer: Analyzer, texts: list[str]) -> dict[str, float]:
    """CPU seconds per stage of analysing and writing every text once."""
    clock = time.process_time
    spent: dict[str, float] = defaultdict(float)
    pipeline = analyzer.pipeline
    config = analyzer.config
    for text in texts:
        t0 = clock()
        doc = Document(
            text=text, segments=pipeline.segmenter(text), meta=DocumentMeta()
        )
        t1 = clock()
        spent["segment"] += t1 - t0
        # The document's words, tokenised once and shared by every annotator
        # (timed here rather than in whichever annotator reads them first).
        doc.words  # noqa: B018
        t0 = clock()
        spent["tokenise"] += t0 - t1
        for a in pipeline.annotators:
            t0 = clock()
            doc.findings.extend(a.annotate(doc))
            t1 = clock()
            spent[f"annotator {a.name}"] += t1 - t0
        t0 = clock()
        assembled = pipeline.assemble(doc)
        t1 = clock()
        spent["assemble"] += t1 - t0
        provenance = score_provenance(
            assembled.outlet, assembled.cited_outlets, assembled.sentences
        )
        t2 = clock()
        spent["provenance"] += t2 - t1
        figures = body_readability(text, assembled.sentences, lang=config.lang)
        t3 = clock()
        spent["readability"] += t3 - t2
        scores = score_document(
            assembled.sentences,
            text=text,
            weights=config.weights,
            provenance=provenance,
            readability=figures,
        )
        t4 = clock()
        spent["scoring"] += t4 - t3
        report = DocumentReport(
            id=None,
            text=text,
            outlet=assembled.outlet,
            sentences=tuple(assembled.sentences),
            cited_outlets=assembled.cited_outlets,
            scores=scores,
            pipeline=pipeline.info,
        )
        t5 = clock()
        spent["report"] += t5 - t4
        report.model_dump_json()
        spent["json"] += clock() - t5
    return spent


def time_parts(spent: dict[str, float]) -> None:
    """Wrap the functions of the ``--detail`` parts to add their CPU time to ``spent``.

    A part called inside another timed part is counted in both.
    """
    import reliability.annotators.attribution.annotator as attribution
    import reliability.annotators.claims.annotator as claims
    import reliability.segment as segment
    from reliability.annotators.outlet import OutletAnnotator
    from reliability.models import SentenceModel

    clock = time.process_time

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t0 = clock()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] += clock() - t0

        return wrapper

    for name, attr in (
        ("segment: sentence split", "split_pieces"),
        ("segment: glued heads", "cut_glued_heads"),
        ("segment: boilerplate rules", "boilerplate_rules"),
        ("segment: boilerplate model", "mark_with_model"),
    ):
        setattr(segment, attr, timed(name, getattr(segment, attr)))
    for name, attr in (
        ("claims: document facts", "_document_facts"),
        ("claims: carried speech", "_carried_speech"),
        ("claims: sentence judgement", "judge_sentence"),
    ):
        setattr(claims, attr, timed(name, getattr(claims, attr)))
    for name, attr in (
        ("outlet: publisher", "publisher"),
        ("outlet: origin", "origin"),
    ):
        setattr(OutletAnnotator, attr, timed(name, getattr(OutletAnnotator, attr)))
    rules = attribution.sentence_attributions

    def listed_rules(*args: Any, **kwargs: Any) -> Any:
        # A generator: its rules run while it is read, so it is read here.
        t0 = clock()
        found = list(rules(*args, **kwargs))
        spent["attribution: rules"] += clock() - t0
        return found

    attribution.sentence_attributions = listed_rules
    sentence = attribution.Sentence

    class TimedSentence(sentence):  # type: ignore[misc,valid-type]
        __slots__ = ()

        def __init__(self, *args: Any) -> None:
            t0 = clock()
            super().__init__(*args)
            spent["attribution: sentence tokens"] += clock() - t0

    attribution.Sentence = TimedSentence  # type: ignore[misc]
    probability = SentenceModel.probability

    def timed_probability(model: SentenceModel, text: str) -> float:
        t0 = clock()
        try:
            return probability(model, text)
        finally:
            spent[f"sentence model: {model.task}"] += clock() - t0

    SentenceModel.probability = timed_probability  # type: ignore[method-assign]


#: Where each part of ``--detail`` is printed: under the stage that holds it.
_PART_OF = {
    "segment": "segment: ",
    "annotator attribution": "attribution: ",
    "annotator claims": "claims: ",
    "annotator outlet": "outlet: ",
}


ROOT = Path(__file__).resolve().parent.parent


def _one_run(src: Path, docs: int) -> dict[str, float]:
    """One pass of this script over the corpus with ``src`` first on the path."""
    env = dict(os.environ, PYTHONPATH=str(src))
    cmd = [sys.executable, __file__, "--runs", "1", "--json"]
    if docs:
        cmd += ["--docs", str(docs)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def compare(base: str, runs: int, docs: int) -> None:
    """Print each stage's median CPU seconds at ``base`` and in this tree."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", base, "src"],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        sides: dict[str, list[dict[str, float]]] = {"base": [], "head": []}
        for _ in range(runs):
            sides["base"].append(_one_run(Path(tmp) / "src", docs))
            sides["head"].append(_one_run(ROOT / "src", docs))
    words = sides["head"][0].pop("words")
    for p in sides["base"] + sides["head"]:
        p.pop("words", None)
        p["total"] = sum(p.values())
    print(f"machine: {describe()}")
    print(f"base {base} against this tree; {runs} turns each, medians")
    print(f"{'stage':<24} {'base':>8} {'this':>8} {'change':>8}")
    for name in sides["head"][0]:
        b = statistics.median(p.get(name, 0.0) for p in sides["base"])
        h = statistics.median(p[name] for p in sides["head"])
        change = f"{100 * (h - b) / b:+.1f}%" if b else ""
        print(f"{name:<24} {b:8.3f} {h:8.3f} {change:>8}")
    b = statistics.median(p["total"] for p in sides["base"])
    h = statistics.median(p["total"] for p in sides["head"])
    print(f"words per CPU-second: base {words / b:,.0f}, this tree {words / h:,.0f}")


def main() -> None:
    """Time every stage and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="passes (median)")
    parser.add_argument("--docs", type=int, default=0, help="first N texts only")
    parser.add_argument(
        "--detail", action="store_true", help="also time the parts of some stages"
    )
    parser.add_argument(
        "--base", metavar="REV", help="compare with this commit, taking turns"
    )
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    opts = parser.parse_args()
    if opts.base:
        compare(opts.base, opts.runs, opts.docs)
        return
    parts: dict[str, float] = defaultdict(float)
    if opts.detail:
        time_parts(parts)
    texts = unique_articles()
    if opts.docs:
        texts = texts[: opts.docs]
    words = sum(len(t.split()) for t in texts)
    analyzer = Analyzer()
    analyzer.analyze(texts[0])  # load models and data outside the timing
    passes = []
    part_passes = []
    for _ in range(opts.runs):
        parts.clear()
        passes.append(one_pass(analyzer, texts))
        part_passes.append(dict(parts))
    if opts.json:  # one pass, for ``compare``: stage seconds and the words
        print(json.dumps({**passes[0], "words": float(words)}))
        return
    print(f"machine: {describe()}")
    print(f"corpus: {len(texts):,} texts, {words:,} words; medians of {opts.runs}")
    totals = [sum(p.values()) for p in passes]
    shown: set[str] = set()
    for name in passes[0]:
        figure = statistics.median(p[name] for p in passes)
        print(f"{name:<24} {figure:8.3f} s")
        prefix = _PART_OF.get(name)
        for part in sorted(part_passes[0]):
            if prefix and part.startswith(prefix):
                shown.add(part)
                value = statistics.median(p.get(part, 0.0) for p in part_passes)
                print(f"  {part:<34} {value:8.3f} s")
    for part in sorted(set(part_passes[0]) - shown):
        value = statistics.median(p.get(part, 0.0) for p in part_passes)
        print(f"  {part:<34} {value:8.3f} s  (in whichever stage calls it)")
    total = statistics.median(totals)
    print(f"{'total':<24} {total:8.3f} s  {words / total:,.0f} words per CPU-second")


if __name__ == "__main__":
    main()
