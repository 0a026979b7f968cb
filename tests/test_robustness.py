"""Hostile and unlucky conditions on the batch path: kill -9, Ctrl-C, fuzzed input."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reliability.cli import main
from reliability.readers import ScoreRow, load_reports
from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from tests.conftest import ROOT
from tests.samples import ARTICLE, TEXTS
from tests.strategies import any_text, hostile_text, json_scalar, path_alias


def _write_corpus(path: Path, n: int) -> list[str]:
    ids = [f"doc-{i:05d}" for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):
            text = f"Item {i}. " + (ARTICLE if i % 4 else TEXTS[i % len(TEXTS)])
            fh.write(json.dumps({"id": doc_id, "text": text}) + "\n")
        fh.write('{"id": "torn input line", "text": "no end\n')  # an error record too
    return [*ids, f"{path.name}:{n + 1}"]


def _start(src: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "reliability",
            "score",
            str(src),
            "-o",
            str(out),
            "--quiet",
            *extra,
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _wait_for_bytes(proc: subprocess.Popen[bytes], out: Path, size: int) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.stat().st_size >= size:
            return
        time.sleep(0.005)


def _stop_group(proc: subprocess.Popen[bytes]) -> int:
    """Wait for the leader, kill its orphaned workers, then reap it.

    The leader is reaped only after the group is killed: until then its pid
    still names the group, so the kill cannot reach an unrelated process
    group that was given a reused pid.
    """
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)
    try:  # orphaned workers of the killed run, if any are still alive
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return proc.wait(timeout=30)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str], bytes]:
    base = tmp_path_factory.mktemp("crash")
    src = base / "in.jsonl"
    ids = _write_corpus(src, 1200)
    ref = base / "ref.jsonl"
    assert main(["score", str(src), "-o", str(ref), "--quiet", "--jobs", "1"]) == 1
    return src, ids, ref.read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_then_resume_gives_every_document_once(
    corpus: tuple[Path, list[str], bytes], tmp_path: Path, seed: int
) -> None:
    src, ids, reference = corpus
    out = tmp_path / "out.jsonl"
    cut = random.Random(seed).randrange(len(reference) // 20, len(reference) * 3 // 4)
    proc = _start(src, out, "--jobs", "2")
    _wait_for_bytes(proc, out, cut)
    proc.send_signal(signal.SIGKILL)
    _stop_group(proc)
    assert main(["score", str(src), "-o", str(out), "--resume", "--quiet"]) == 1
    data = out.read_bytes()
    assert data == reference
    assert [r["id"] for r in map(json.loads, data.splitlines())] == ids


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_resumes(
    corpus: tuple[Path, list[str], bytes], tmp_path: Path
) -> None:
    src, _, reference = corpus
    out = tmp_path / "out.jsonl"
    proc = _start(src, out, "--jobs", "2")
    _wait_for_bytes(proc, out, len(reference) // 5)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends
    assert _stop_group(proc) in (130, 1)  # 1: it had already finished
    assert main(["score", str(src), "-o", str(out), "--resume", "--quiet"]) == 1
    assert out.read_bytes() == reference


_meta = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.lists(st.integers()), json_scalar
)
_record = st.fixed_dictionaries(
    {
        "text": st.one_of(
            any_text,
            any_text,
            hostile_text,
            hostile_text,
            hostile_text,
            st.none(),
            st.integers(),
            st.floats(),
        )
    },
    optional={"id": _meta, "url": _meta, "outlet": _meta, "title": _meta},
)


def _dump(record: dict[str, object], raw: bool) -> str:
    """A JSON line; raw (not ASCII-escaped) when UTF-8 can carry it."""
    line = json.dumps(record, ensure_ascii=not raw)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only \\u-escaped JSON holds it
        line = json.dumps(record)
    return line


_line = st.one_of(
    _record.map(lambda r: _dump(r, raw=True)),
    _record.map(lambda r: _dump(r, raw=False)),
    _record.map(lambda r: _dump(r, raw=True)),
    _record.map(lambda r: _dump(r, raw=False)),
    st.text(max_size=40).filter(lambda s: "\n" not in s and "\r" not in s),
)
_SURROGATE = re.compile("[\ud800-\udfff]")


def _repaired(value: str) -> str:
    """What the batch path makes of a string: lone surrogates become U+FFFD."""
    return _SURROGATE.sub("\ufffd", value)


#: Examples per run, about 80 documents each; CI raises it
#: (``RELIABILITY_FUZZ_EXAMPLES=300``: about 24,000 documents).
FUZZ_EXAMPLES = int(os.environ.get("RELIABILITY_FUZZ_EXAMPLES", "25"))


def _is_error(result: DocumentReport | ErrorRecord | ScoreRow) -> bool:
    if isinstance(result, ScoreRow):
        return result.error_type is not None
    return isinstance(result, ErrorRecord)


@pytest.mark.slow
@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(
    lines=st.lists(_line, min_size=60, max_size=100),
    suffix=st.sampled_from([".jsonl", ".jsonl", ".csv", ".html"]),
)
def test_fuzz_batch_path_loses_nothing(
    lines: list[str], suffix: str, tmp_path: Path
) -> None:
    """About 80 generated documents an example: one output record per input line.

    Texts and metadata hold every Unicode category, lone surrogates, NaN and
    the infinities; the output is JSONL, CSV or HTML, read back.
    """
    src = tmp_path / "fuzz.jsonl"
    data = "\n".join(lines) + "\n"
    src.write_text(data, encoding="utf-8", newline="")
    out = tmp_path / f"fuzz-out{suffix}"
    status = main(["score", str(src), "-o", str(out), "--quiet", "--jobs", "1"])
    raw = [
        (n, ln) for n, ln in enumerate(src.read_bytes().split(b"\n"), 1) if ln.strip()
    ]
    got = load_reports(out)
    # Counted by the CI log: pytest -s ... | grep '^fuzz:'
    print(f"fuzz: {len(raw)} documents, {sum(map(_is_error, got))} error records")
    assert len(got) == len(raw)
    assert status == (1 if any(map(_is_error, got)) else 0)
    for (lineno, line), result in zip(raw, got, strict=True):
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if not _is_error(result):
            assert isinstance(obj, dict) and isinstance(obj["text"], str)
            if isinstance(result, DocumentReport):
                assert _repaired(obj["text"]) == result.text
            expected_id = obj.get("id")
            if isinstance(expected_id, str) and expected_id:
                assert result.id == _repaired(expected_id)
            elif isinstance(expected_id, int) and not isinstance(expected_id, bool):
                assert result.id == str(expected_id)
            else:
                assert result.id == f"fuzz.jsonl:{lineno}"
        else:
            if isinstance(result, ErrorRecord):
                assert result.error.line == lineno
            if isinstance(obj, dict) and isinstance(obj.get("text"), str):
                # A valid record may only fail in the analysis itself (an
                # annotator's bug, e.g. the case below): still its own record.
                kind = (
                    result.error_type
                    if isinstance(result, ScoreRow)
                    else result.error.type
                )
                assert kind == "failed"


def test_analyze_fragment_ending_in_a_capitalised_word() -> None:
    import reliability

    reliability.analyze(
        '3.5 \u2019 ? " \u201d militants\n\n. reporters told U.S. to\n\nThe'
    )


@pytest.mark.parametrize("text", TEXTS)
def test_batch_offsets_index_the_carried_text(text: str, tmp_path: Path) -> None:
    src = tmp_path / "t.txt"
    src.write_bytes(text.encode("utf-8"))
    out = tmp_path / "out.jsonl"
    assert main(["score", str(src), "-o", str(out), "--quiet"]) == 0
    (report,) = load_reports(out)
    assert isinstance(report, DocumentReport) and report.text == text
    for s in report.sentences:
        for span in [*s.hedges, *s.loaded, *(a.cue for a in s.attributions)]:
            assert report.text[span.start : span.end] == span.text


def _layout(kind: str, root: Path, suffix: str) -> tuple[list[str], str, bool]:
    """Build a folder for ``kind`` (``strategies.PATH_ALIASES``).

    Returns the inputs, the output and whether the output aliases an input.
    """
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    src = folder / "x.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "The mayor said the road is open."}) + "\n",
        encoding="utf-8",
    )
    link, link2 = root / f"link{suffix}", root / f"link2{suffix}"
    if kind == "same path":
        return [str(src)], str(src), True
    if kind == "dotted path":
        return [str(src)], str(folder / "sub" / ".." / "." / "x.jsonl"), True
    if kind == "symlink to the input":
        link.symlink_to(src)
        return [str(src)], str(link), True
    if kind == "symlink chain to the input":
        link.symlink_to(src)
        link2.symlink_to(link)
        return [str(src)], str(link2), True
    if kind == "input is a symlink to the output":
        link.symlink_to(src)
        return [str(link)], str(src), True
    if kind == "hard link":
        (root / f"hard{suffix}").hardlink_to(src)
        return [str(src)], str(root / f"hard{suffix}"), True
    if kind == "inside the input folder":
        return [str(folder)], str(folder / f"scores{suffix}"), True
    if kind == "inside a symlinked input folder":
        (root / "linked").symlink_to(folder, target_is_directory=True)
        return [str(root / "linked")], str(folder / "sub" / f"scores{suffix}"), True
    if kind == "beside the input":
        return [str(src)], str(folder / f"scores{suffix}"), False
    assert kind == "in another folder"
    (root / "out").mkdir()
    return [str(src)], str(root / "out" / f"scores{suffix}"), False


@settings(max_examples=30, deadline=None)
@given(
    kind=path_alias,
    suffix=st.sampled_from([".jsonl", ".csv", ".html"]),
    extra=st.booleans(),
    first=st.booleans(),
)
def test_fuzz_output_path_never_destroys_an_input(
    kind: str, suffix: str, extra: bool, first: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        inputs, output, aliases = _layout(kind, root, suffix)
        if extra:  # another, unrelated input before or after
            other = root / "other.txt"
            other.write_text("Officials said so.", encoding="utf-8")
            inputs = [str(other), *inputs] if first else [*inputs, str(other)]
        watched = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
        status = main(["score", *inputs, "-o", output, "--quiet"])
        assert status == (2 if aliases else 0)
        for path, data in watched.items():
            assert path.read_bytes() == data
        after = {p for p in root.rglob("*") if p.is_file()}
        if aliases:
            assert after == set(watched)  # nothing written anywhere
        else:
            assert Path(output).exists()
