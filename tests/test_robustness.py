"""Hostile and unlucky conditions on the batch path: kill -9, Ctrl-C, fuzzed input."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reliability.cli import main
from reliability.readers import load_reports
from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from tests.conftest import ROOT
from tests.samples import ARTICLE, TEXTS
from tests.strategies import any_text


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
    st.none(), st.text(max_size=30), st.integers(), st.lists(st.integers())
)
_record = st.fixed_dictionaries(
    {"text": st.one_of(any_text, any_text, any_text, st.none(), st.integers())},
    optional={"id": _meta, "url": _meta, "outlet": _meta, "title": _meta},
)
_line = st.one_of(
    _record.map(lambda r: json.dumps(r, ensure_ascii=False)),
    _record.map(json.dumps),
    st.text(max_size=40).filter(lambda s: "\n" not in s and "\r" not in s),
)

#: Examples per run; CI may raise it (``RELIABILITY_FUZZ_EXAMPLES=200``).
FUZZ_EXAMPLES = int(os.environ.get("RELIABILITY_FUZZ_EXAMPLES", "25"))


@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(lines=st.lists(_line, min_size=60, max_size=100))
def test_fuzz_batch_path_loses_nothing(lines: list[str], tmp_path: Path) -> None:
    """About 2,000 generated documents a run: one output line per input line."""
    src = tmp_path / "fuzz.jsonl"
    data = "\n".join(lines) + "\n"
    src.write_text(data, encoding="utf-8", newline="")
    out = tmp_path / "fuzz-out.jsonl"
    status = main(["score", str(src), "-o", str(out), "--quiet", "--jobs", "1"])
    raw = [
        (n, ln) for n, ln in enumerate(src.read_bytes().split(b"\n"), 1) if ln.strip()
    ]
    got = load_reports(out)
    assert len(got) == len(raw)
    assert status == (1 if any(isinstance(g, ErrorRecord) for g in got) else 0)
    for (lineno, line), result in zip(raw, got, strict=True):
        try:
            obj = json.loads(line)
        except ValueError:
            obj = None
        if isinstance(result, DocumentReport):
            assert isinstance(obj, dict) and obj["text"] == result.text
            expected_id = obj.get("id")
            if isinstance(expected_id, str) and expected_id:
                assert result.id == expected_id
            elif isinstance(expected_id, int) and not isinstance(expected_id, bool):
                assert result.id == str(expected_id)
            else:
                assert result.id == f"fuzz.jsonl:{lineno}"
        else:
            assert result.error.line == lineno
            assert not (isinstance(obj, dict) and isinstance(obj.get("text"), str))


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
