"""``reliability score``: annotate and score a corpus into JSONL, CSV or HTML.

Inputs stream through ``readers.read_corpus`` and ``parallel.map_ordered``; each
worker renders its results (JSON line, CSV row or HTML fragment), and this
module writes them in input order, shows progress and sums up at the end.
Exit status: 0 all documents scored, 1 some became error records, 2 usage
error.
"""

from __future__ import annotations

import argparse
import stat
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from reliability.errors import ConfigError, InputError
from reliability.parallel import Outcome, cpu_count, forks, map_ordered
from reliability.readers import corpus_files, read_corpus
from reliability.readers.reports import is_score_output
from reliability.records import ErrorRecord, InputRecord
from reliability.schema import DocumentReport
from reliability.writers import CsvWriter, JsonlWriter, csv_row, render_jsonl
from reliability.writers.html import html_writer, render_html
from reliability.writers.output import (
    AtomicFile,
    RecordFile,
    StreamOutput,
    check_output_path,
)
from reliability.writers.resume import Resumed, resume_jsonl

__all__ = ["FORMATS", "configure", "run"]

FORMATS = ("jsonl", "csv", "html")
_SUFFIX_FORMAT = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files (.txt .md .jsonl .ndjson .csv .html .htm), directories "
        "(searched recursively) or - for standard input",
    )
    out = parser.add_argument_group("output")
    out.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="OUT",
        help="output file (default: standard output)",
    )
    out.add_argument(
        "--format",
        choices=FORMATS,
        help="output format (default: from OUT's suffix: .jsonl .ndjson .csv "
        ".html .htm; jsonl when OUT has no suffix)",
    )
    out.add_argument(
        "--resume",
        action="store_true",
        help="continue an interrupted run: keep the documents already "
        "in OUT (JSONL only), repair a torn last line, append the rest",
    )
    out.add_argument(
        "--quiet",
        action="store_true",
        help="no progress bar and no summary on standard error",
    )
    inp = parser.add_argument_group("input")
    inp.add_argument(
        "--glob",
        metavar="PATTERN",
        help="in directories, only files matching PATTERN (e.g. '**/*.txt')",
    )
    inp.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help="JSONL/CSV field holding the text (default: text)",
    )
    inp.add_argument(
        "--id-field",
        default="id",
        metavar="NAME",
        help="JSONL/CSV field holding the id (default: id)",
    )
    inp.add_argument(
        "--max-chars",
        type=int,
        metavar="N",
        help="longest document accepted, in characters (default: the "
        "config's max_chars, 1,000,000); longer ones become error records",
    )
    pipe = parser.add_argument_group("pipeline")
    pipe.add_argument("--config", metavar="FILE", help="TOML pipeline configuration")
    pipe.add_argument(
        "--no-boilerplate",
        action="store_true",
        help="treat every sentence as body (clean article text, one sentence a line)",
    )
    pipe.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        help="switch off an annotator (repeatable)",
    )
    pipe.add_argument(
        "--ratings",
        action="append",
        default=[],
        metavar="FILE[:FORMAT]",
        help="outlet rating file for the outlet annotator (repeatable)",
    )
    pipe.add_argument(
        "--models", metavar="DIR", help="folder of trained sentence models"
    )
    pipe.add_argument(
        "--jobs",
        "-j",
        type=int,
        metavar="N",
        help="worker processes (default: every CPU)",
    )


def _format(args: argparse.Namespace) -> str:
    """``--format``, else the format OUT's suffix names; JSONL without a suffix."""
    if args.format:
        return str(args.format)
    suffix = Path(args.output).suffix.lower()
    if args.output == "-" or not suffix:
        return "jsonl"
    if suffix not in _SUFFIX_FORMAT:
        known = ", ".join(f"{k} ({v})" for k, v in _SUFFIX_FORMAT.items())
        raise ConfigError(
            f"cannot write {suffix!r} files; the output formats are {known}. "
            f"Give OUT one of these suffixes, or choose with --format "
            f"{{{','.join(FORMATS)}}}"
        )
    return _SUFFIX_FORMAT[suffix]


def _analyzer(args: argparse.Namespace) -> tuple[Any, Any]:
    """The analyzer (built here, so a bad option fails at once) and what the
    workers get: the analyzer itself when they are forked, else a factory."""
    from reliability.analyzer import Analyzer
    from reliability.config import PipelineConfig, load_config

    config = load_config(args.config) if args.config else PipelineConfig()
    if args.no_boilerplate:
        config = config.merged({"boilerplate": False})
    if args.max_chars is not None:
        if args.max_chars <= 0:
            raise ConfigError(f"--max-chars must be positive, not {args.max_chars}")
        config = config.merged({"max_chars": args.max_chars})
    factory = partial(
        Analyzer, config, disable=args.disable, ratings=args.ratings, models=args.models
    )
    analyzer = factory()
    return analyzer, analyzer if forks() else factory


def _records(
    args: argparse.Namespace, max_chars: int, unreadable: list[ErrorRecord]
) -> Iterator[InputRecord | ErrorRecord]:
    """Every input record; ``unreadable`` collects the files that could not be read."""
    for path in args.paths:
        for record in read_corpus(
            path,
            text_field=args.text_field,
            id_field=args.id_field,
            glob=args.glob,
            max_chars=max_chars,
        ):
            if isinstance(record, ErrorRecord) and record.error.type == "unreadable":
                unreadable.append(record)
            yield record


#: Unreadable files named one by one at the end, at most.
_NAMED = 5


def _name_unreadable(unreadable: list[ErrorRecord]) -> None:
    for record in unreadable[:_NAMED]:
        print(
            f"reliability score: cannot read {record.error.source!r}: "
            f"{record.error.message}",
            file=sys.stderr,
        )
    if len(unreadable) > _NAMED:
        print(
            f"reliability score: and {len(unreadable) - _NAMED:,} more unreadable "
            "files",
            file=sys.stderr,
        )


def _open_output(
    args: argparse.Namespace, fmt: str, *, prior: int
) -> RecordFile | AtomicFile | StreamOutput:
    """The output: standard output, a page written in one go, or whole records."""
    if args.output == "-":
        return StreamOutput(sys.stdout)
    try:
        if fmt == "html" and _is_file_or_missing(Path(args.output)):
            try:
                return AtomicFile(args.output)
            except PermissionError:
                pass  # a folder we may not create files in: write in place
        return RecordFile(
            args.output,
            append=args.resume,
            prior=prior,
            header=1 if fmt == "csv" else 0,
        )
    except OSError as exc:
        raise ConfigError(f"cannot write {args.output!r}: {exc.strerror}") from None


def _is_file_or_missing(path: Path) -> bool:
    """Whether a page may be renamed over ``path`` (never over a device or pipe)."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _refuse_earlier_outputs(args: argparse.Namespace) -> None:
    """Refuse input folders holding an output of this command.

    Its documents would be scored a second time, every id twice.
    """
    for raw in args.paths:
        folder = Path(raw)
        if raw == "-" or not folder.is_dir():
            continue
        for f in corpus_files(folder, args.glob):
            if is_score_output(f):
                raise ConfigError(
                    f"{str(f)!r} in the input folder {raw!r} is an output of "
                    "'reliability score'; its documents would be scored again. "
                    "Move it out of the folder, or choose the inputs with --glob"
                )


def _skip_done(
    records: Iterable[InputRecord | ErrorRecord], done: list[str | None], output: str
) -> Iterator[InputRecord | ErrorRecord]:
    """Drop the first ``len(done)`` records, checking they are the ones written."""
    it = iter(records)
    for lineno, written in enumerate(done, 1):
        rec = next(it, None)
        if rec is None:
            raise InputError(
                f"{output} holds {len(done)} documents but the inputs only "
                f"{lineno - 1}; resume needs the same inputs"
            )
        if rec.id != written:
            raise InputError(
                f"{output}:{lineno} is document {written!r} but input "
                f"document {lineno} is {rec.id!r}; resume needs the same "
                "inputs in the same order"
            )
    yield from it


_RENDER: dict[str, Callable[[DocumentReport | ErrorRecord, int], Any]] = {
    "jsonl": render_jsonl,
    "csv": csv_row,
    "html": render_html,
}


# --- progress and summary -------------------------------------------------------------


class _Stats:
    """Counts, errors and a 0.1-wide histogram of overall scores (constant memory)."""

    def __init__(self) -> None:
        self.docs = 0
        self.errors: dict[str, int] = {}
        self.unscored = 0
        self.bins = [0] * 1001

    def add(self, outcome: Outcome[Any]) -> None:
        self.docs += 1
        if outcome.error is not None:
            self.errors[outcome.error] = self.errors.get(outcome.error, 0) + 1
        elif outcome.overall is None:
            self.unscored += 1
        else:
            self.bins[min(1000, max(0, round(outcome.overall * 10)))] += 1

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    def quantile(self, q: float) -> float:
        n = sum(self.bins)
        target, seen = q * (n - 1), 0
        for i, count in enumerate(self.bins):
            seen += count
            if seen > target:
                return i / 10
        return 100.0

    def summary(self, seconds: float, jobs: int, output: str, resumed: int) -> str:
        rate = self.docs / seconds if seconds > 0 else 0.0
        text = (
            f"Scored {self.docs:,} document{'s' if self.docs != 1 else ''} in "
            f"{_seconds(seconds)} s ({rate:,.0f} documents/s, --jobs {jobs})"
        )
        if resumed:
            text += f", after {resumed:,} already in {output}"
        if self.failed:
            kinds = ", ".join(f"{k}: {n:,}" for k, n in sorted(self.errors.items()))
            text += f"; {self.failed:,} failed ({kinds})"
        text += "."
        scored = sum(self.bins)
        if scored:
            buckets = [
                sum(self.bins[lo * 10 : lo * 10 + 200 + (lo == 80)])
                for lo in range(0, 100, 20)
            ]
            text += (
                f" Overall score: median {self.quantile(0.5):g} (quartiles "
                f"{self.quantile(0.25):g} to {self.quantile(0.75):g}, range "
                f"{self.quantile(0):g} to {self.quantile(1):g}); by band: "
                + ", ".join(
                    f"{lo}-{lo + 20}: {n:,}"
                    for lo, n in zip(range(0, 100, 20), buckets, strict=True)
                )
                + "."
            )
        if self.unscored:
            text += f" {self.unscored:,} documents had nothing to score."
        return text


def _seconds(seconds: float) -> str:
    """A duration to the millisecond below one second (``0.043``), else tenths."""
    return f"{seconds:.3f}" if seconds < 1 else f"{seconds:.1f}"


class _Progress:
    """A one-line progress display on standard error, at most 10 updates a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.perf_counter()
        self.last = 0.0

    def update(self, stats: _Stats, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if not final and now - self.last < 0.1:
            return
        self.last = now
        rate = stats.docs / max(now - self.start, 1e-9)
        line = (
            f"\r{stats.docs:>10,} documents  {rate:>8,.0f} docs/s  "
            f"{stats.failed:,} errors"
        )
        sys.stderr.write(line + ("\n" if final else ""))
        sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    """Score every input document, write the reports in input order."""
    fmt = _format(args)
    to_stdout = args.output == "-"
    if args.resume and (to_stdout or fmt != "jsonl"):
        raise ConfigError(
            "--resume needs a JSONL output file (-o OUT.jsonl); CSV and "
            "HTML outputs are written in one go"
        )
    jobs = args.jobs if args.jobs is not None else cpu_count()
    if jobs < 1:
        raise ConfigError(f"--jobs must be at least 1, not {jobs}")
    check_output_path(args.output, args.paths)
    _refuse_earlier_outputs(args)
    analyzer, shared = _analyzer(args)
    unreadable: list[ErrorRecord] = []
    records: Iterable[InputRecord | ErrorRecord] = _records(
        args, analyzer.config.max_chars, unreadable
    )
    earlier = Resumed()
    output = Path(args.output)
    if args.resume and output.exists():
        earlier = resume_jsonl(output)
        records = _skip_done(records, earlier.ids, args.output)
    done = earlier.ids
    out = _open_output(args, fmt, prior=len(done))
    if fmt == "html":
        writer: Any = html_writer(out)
    elif fmt == "csv":
        writer = CsvWriter(out)
    else:
        writer = JsonlWriter(out)
    stats = _Stats()
    progress = _Progress(not args.quiet and sys.stderr.isatty())
    started = time.perf_counter()
    finished = False
    try:
        outcome: Outcome[Any]
        for outcome in map_ordered(
            records, analyzer=shared, jobs=jobs, render=_RENDER[fmt]
        ):
            writer.write(outcome.value)
            stats.add(outcome)
            progress.update(stats)
        writer.close()
        finished = True
    finally:
        progress.update(stats, final=True)
        if isinstance(out, AtomicFile) and not finished:
            out.discard()  # the earlier page stays as it was
        else:
            # Whole records written so far stay, for --resume.
            out.close()
    if not args.quiet:
        print(
            stats.summary(time.perf_counter() - started, jobs, args.output, len(done)),
            file=sys.stderr,
        )
    before = sum(earlier.errors.values())
    failed, docs = stats.failed + before, stats.docs + len(done)
    _name_unreadable(unreadable)
    if failed:
        where = "standard output" if to_stdout else args.output
        also = f" ({before:,} of them by the earlier run)" if before else ""
        print(
            f"reliability score: {failed:,} of {docs:,} documents failed{also}; "
            f"see the error records in {where}",
            file=sys.stderr,
        )
        return 1
    return 0
