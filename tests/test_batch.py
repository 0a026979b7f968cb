"""``reliability score`` end to end: the real command on real files."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reliability.cli import main
from reliability.parallel import analyze_ordered, map_ordered
from reliability.readers import load_reports
from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from reliability.writers import CSV_COLUMNS
from tests.conftest import ROOT, SEEDS
from tests.samples import ARTICLE, TEXTS


def _score(*argv: str) -> int:
    return main(["score", *argv])


def _lines(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _corpus(path: Path, n: int) -> list[str]:
    """A JSONL of ``n`` documents built from the test texts; returns the ids."""
    ids = [f"doc-{i:04d}" for i in range(n)]
    with path.open("w", encoding="utf-8") as fh:
        for i, doc_id in enumerate(ids):
            text = f"{i}. " + (ARTICLE if i % 3 else TEXTS[i % len(TEXTS)])
            fh.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    return ids


def test_score_every_input_kind(tmp_path: Path) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (src / "b.md").write_text("# Title\n\nThe minister said so.\n", encoding="utf-8")
    (src / "sub" / "c.jsonl").write_text(
        json.dumps({"id": "c1", "text": "One."})
        + "\n"
        + json.dumps({"id": "c2", "text": "Two.", "title": "T"})
        + "\n",
        encoding="utf-8",
    )
    (src / "sub" / "d.csv").write_text("id,text\nd1,Three.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _score(str(src), "-o", str(out), "--quiet") == 0
    rows = _lines(out)
    assert [r["id"] for r in rows] == ["a", "b", "c1", "c2", "d1"]
    assert rows[0]["text"] == ARTICLE and rows[3]["title"] == "T"


def test_score_html_input_extracts_the_main_text(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    page = (
        "<html><head><title>Bridge reopens</title></head><body><nav>Home | News</nav>"
        "<article><h1>Bridge reopens</h1><p>The Harbour Bridge will reopen on Monday, "
        "the transport minister said on Friday, after months of repairs.</p><p>Repairs "
        "cost $3.5 million, according to a statement from the city council.</p>"
        "</article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _score(str(tmp_path / "page.html"), "-o", str(out), "--quiet") == 0
    (row,) = load_reports(out)
    assert isinstance(row, DocumentReport)
    assert "The Harbour Bridge will reopen" in row.text and "<p>" not in row.text
    assert row.title == "Bridge reopens"


@pytest.mark.parametrize("suffix", ["jsonl", "csv", "html"])
def test_score_seeds_to_each_format(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"report.{suffix}"
    assert _score(str(SEEDS), "-o", str(out), "--quiet") == 0
    seeds = sorted(p.stem for p in SEEDS.glob("*.txt"))
    if suffix == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert tuple(rows[0]) == CSV_COLUMNS
        assert [r[0] for r in rows[1:]] == seeds
        assert all(r[4] for r in rows[1:])  # every seed has an overall score
    else:
        reports = load_reports(out)
        assert [r.id for r in reports] == seeds
        assert all(isinstance(r, DocumentReport) for r in reports)


def test_score_format_option_overrides_the_suffix(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    assert _score(str(SEEDS), "-o", str(out), "--format", "csv", "--quiet") == 0
    assert out.read_text(encoding="utf-8").startswith("id,outlet,")


def test_score_malformed_line_in_the_middle(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "in.jsonl"
    ids = _corpus(src, 9)
    lines = src.read_text(encoding="utf-8").splitlines()
    lines.insert(4, '{"id": "broken", "text": "unterminated')
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _score(str(src), "-o", str(out), "--quiet", "--jobs", "1") == 1
    rows = _lines(out)
    assert [r["id"] for r in rows] == [*ids[:4], "in.jsonl:5", *ids[4:]]
    assert rows[4]["error"] == {
        "type": "malformed_json",
        "message": rows[4]["error"]["message"],
        "source": str(src),
        "line": 5,
    }
    assert all("scores" in r for i, r in enumerate(rows) if i != 4)
    assert "1 of 10 documents failed" in capsys.readouterr().err


def test_score_jobs_2_matches_jobs_1(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src, 150)  # several chunks, so the pool really runs
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert _score(str(src), "-o", str(one), "--jobs", "1", "--quiet") == 0
    assert _score(str(src), "-o", str(two), "--jobs", "2", "--quiet") == 0
    assert one.read_bytes() == two.read_bytes()
    html1, html2 = tmp_path / "one.html", tmp_path / "two.html"
    assert _score(str(src), "-o", str(html1), "--jobs", "1", "--quiet") == 0
    assert _score(str(src), "-o", str(html2), "--jobs", "2", "--quiet") == 0
    assert html1.read_bytes() == html2.read_bytes()


def test_score_size_limit_gives_an_error_record(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "long", "text": "word " * 100})
        + "\n"
        + json.dumps({"id": "short", "text": "Short."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert _score(str(src), "-o", str(out), "--max-chars", "50", "--quiet") == 1
    long, short = load_reports(out)
    assert isinstance(long, ErrorRecord) and long.error.type == "too_large"
    assert isinstance(short, DocumentReport)


def test_score_records_a_fallback_encoding_warning(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(
        "Caf\u00e9 owners said prices rose.".encode("cp1252")
    )
    out = tmp_path / "out.jsonl"
    assert _score(str(tmp_path / "latin.txt"), "-o", str(out), "--quiet") == 0
    (report,) = load_reports(out)
    assert isinstance(report, DocumentReport)
    assert report.text.startswith("Caf\u00e9") and "cp1252" in report.warnings[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["--resume"],  # to standard output
        ["--resume", "-o", "{tmp}/out.csv"],
        ["--jobs", "0"],
        ["--disable", "nosuch"],
        ["--max-chars", "0"],
        ["--config", "{tmp}/missing.toml"],
    ],
)
def test_score_usage_errors_exit_2(tmp_path: Path, argv: list[str], capsys) -> None:  # type: ignore[no-untyped-def]
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert _score(str(SEEDS), *argv) == 2
    assert "reliability score:" in capsys.readouterr().err


def test_score_resume_repairs_a_torn_line(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src, 40)
    full, part = tmp_path / "full.jsonl", tmp_path / "part.jsonl"
    assert _score(str(src), "-o", str(full), "--quiet") == 0
    data = full.read_bytes()
    part.write_bytes(data[: len(data) * 2 // 3])  # ends mid-line
    assert _score(str(src), "-o", str(part), "--resume", "--quiet") == 0
    assert part.read_bytes() == data
    assert _score(str(src), "-o", str(part), "--resume", "--quiet") == 0  # nothing left
    assert part.read_bytes() == data


def test_score_resume_refuses_other_inputs(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    src, other = tmp_path / "in.jsonl", tmp_path / "other.jsonl"
    _corpus(src, 5)
    other.write_text(json.dumps({"id": "x", "text": "t"}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _score(str(src), "-o", str(out), "--quiet") == 0
    assert _score(str(other), "-o", str(out), "--resume", "--quiet") == 2
    assert "resume needs the same inputs" in capsys.readouterr().err


def test_score_summary_on_stderr_unless_quiet(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.jsonl"
    assert _score(str(SEEDS), "-o", str(out)) == 0
    err = capsys.readouterr().err
    assert "Scored 5 documents" in err and "median" in err
    assert _score(str(SEEDS), "-o", str(out), "--quiet") == 0
    assert capsys.readouterr().err == ""


def test_score_stdin_in_a_subprocess(tmp_path: Path) -> None:
    feed = "".join(
        json.dumps({"id": f"s{i}", "text": t}) + "\n" for i, t in enumerate(TEXTS)
    )
    done = subprocess.run(
        [sys.executable, "-m", "reliability", "score", "-", "--quiet"],
        input=feed.encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == [f"s{i}" for i in range(len(TEXTS))]
    assert [r["text"] for r in rows] == TEXTS
    plain = subprocess.run(
        [sys.executable, "-m", "reliability", "score", "-", "--quiet"],
        input=ARTICLE.encode(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert plain.returncode == 0
    assert json.loads(plain.stdout)["text"] == ARTICLE


def test_map_ordered_streams(analyzer) -> None:  # type: ignore[no-untyped-def]
    read = 0

    def docs() -> Iterator[str]:
        nonlocal read
        for i in range(500):
            read += 1
            yield f"Document {i}. The minister said so."

    for jobs in (1, 2):
        read = 0
        outcomes = map_ordered(docs(), analyzer=analyzer, jobs=jobs)
        next(outcomes)
        assert read < 500  # the first result came before the last input was read
        outcomes.close()


def test_analyze_ordered_keeps_order_and_turns_bad_items_into_errors(analyzer) -> None:  # type: ignore[no-untyped-def]
    items = [ARTICLE, {"id": 1, "text": "Fine."}, {"id": "x"}, {"text": 5}]
    for jobs in (1, 2):
        got = list(analyze_ordered(items, analyzer=analyzer, jobs=jobs))
        assert isinstance(got[0], DocumentReport) and got[0].text == ARTICLE
        assert isinstance(got[1], DocumentReport) and got[1].id == "1"
        assert [g.error.type for g in got[2:]] == ["missing_text", "missing_text"]  # type: ignore[union-attr]


# --- issue 13: nothing lost ------------------------------------------------------

_HOSTILE_LINES = (
    '{"id":"a","text":"The mayor said the road is open."}\n'
    '{"id":"b","text":"A lone half \\ud800 of a pair, he said."}\n'
    '{"id":"c","text":"Nothing odd here."}\n'
    '{"id":"d","text":NaN}\n'
    '{"id":NaN,"text":"Fine text.","url":Infinity}\n'
    '{"id":"\\udc80","title":"\\ud83d"}\n'
    '{"id":"g","text":"Last one.","title":"half \\udfff"}\n'
)


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".html"])
def test_issue_13_lone_surrogates_and_nan_lose_no_document(
    tmp_path: Path, suffix: str
) -> None:
    src = tmp_path / "s.jsonl"
    src.write_text(_HOSTILE_LINES, encoding="utf-8")
    out = tmp_path / f"out{suffix}"
    assert _score(str(src), "-o", str(out), "--quiet") == 1
    got = load_reports(out)
    assert len(got) == 7
    ids = [g.id for g in got]
    assert ids == ["a", "b", "c", "d", "s.jsonl:5", "\ufffd", "g"]
    if suffix == ".csv":
        return
    b = got[1]
    assert isinstance(b, DocumentReport)
    # One code point for one: offsets still index the carried text.
    assert b.text == "A lone half \ufffd of a pair, he said."
    assert any("U+FFFD at offsets 12" in w for w in b.warnings)
    assert isinstance(got[3], ErrorRecord) and got[3].error.type == "missing_text"
    assert isinstance(got[6], DocumentReport) and got[6].title == "half \ufffd"


def test_issue_13_unwritable_result_becomes_an_error_record(analyzer) -> None:  # type: ignore[no-untyped-def]
    def render(result: DocumentReport | ErrorRecord, index: int) -> str:
        if index == 1 and isinstance(result, DocumentReport):
            raise ValueError("cannot write this one")
        return result.model_dump_json()

    docs = [{"id": f"d{i}", "text": "The council said so."} for i in range(3)]
    out = list(map_ordered(docs, analyzer=analyzer, render=render))
    assert [json.loads(o.value)["id"] for o in out] == ["d0", "d1", "d2"]
    assert out[1].error == "failed"
    assert "cannot write this one" in json.loads(out[1].value)["error"]["message"]


def test_issue_13_analyze_many_repairs_lone_surrogates(analyzer) -> None:  # type: ignore[no-untyped-def]
    (report,) = analyzer.analyze_many([{"id": "x\udc80", "text": "Hi \ud800."}])
    assert isinstance(report, DocumentReport)
    assert report.id == "x\ufffd" and report.text == "Hi \ufffd."
    json.loads(report.model_dump_json())


def _alias_case(case: str, tmp_path: Path) -> tuple[list[str], str, Path]:
    """Inputs, an output aliasing one of them, and the input file to watch."""
    folder = tmp_path / "in"
    folder.mkdir()
    src = folder / "x.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "The mayor said the road is open."}) + "\n",
        encoding="utf-8",
    )
    if case == "same path":
        return [str(src)], str(src), src
    if case == "dotted path":
        return [str(src)], str(folder / ".." / "in" / "." / "x.jsonl"), src
    if case == "symlink to the input":
        link = tmp_path / "link.jsonl"
        link.symlink_to(src)
        return [str(src)], str(link), src
    if case == "input through a symlink":
        link = tmp_path / "link.jsonl"
        link.symlink_to(src)
        return [str(link)], str(src), src
    if case == "hard link":
        other = tmp_path / "hard.jsonl"
        other.hardlink_to(src)
        return [str(src)], str(other), src
    if case == "inside the input folder":
        return [str(folder)], str(folder / "scores.jsonl"), src
    if case == "inside a symlinked input folder":
        link = tmp_path / "linked"
        link.symlink_to(folder, target_is_directory=True)
        return [str(link)], str(folder / "sub" / "scores.csv"), src
    raise AssertionError(case)


@pytest.mark.parametrize(
    "case",
    [
        "same path",
        "dotted path",
        "symlink to the input",
        "input through a symlink",
        "hard link",
        "inside the input folder",
        "inside a symlinked input folder",
    ],
)
def test_issue_13_output_never_overwrites_an_input(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs, output, watched = _alias_case(case, tmp_path)
    before = watched.read_bytes()
    assert _score(*inputs, "-o", output, "--quiet") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "reliability score: the output" in err
    assert watched.read_bytes() == before
    assert not (tmp_path / "in" / "scores.jsonl").exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".html", ".txt"])
def test_issue_13_earlier_output_in_an_input_folder_is_refused(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("The mayor said the road is open.", encoding="utf-8")
    earlier = tmp_path / f"earlier{suffix}"
    fmt = "jsonl" if suffix == ".txt" else suffix[1:]
    assert _score(str(folder), "-o", str(earlier), "--format", fmt, "--quiet") == 0
    earlier.rename(folder / earlier.name)
    assert _score(str(folder), "-o", str(tmp_path / "again.jsonl"), "--quiet") == 2
    err = capsys.readouterr().err
    assert "is an output of 'reliability score'" in err and earlier.name in err
    # --glob leaves it out, as the message says.
    again = tmp_path / "again.jsonl"
    assert _score(str(folder), "--glob", "*.txt", "-o", str(again), "--quiet") == (
        2 if suffix == ".txt" else 0
    )


def _disk_fills_after(monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    """Make output writes fail with ENOSPC once ``budget`` bytes are written.

    The failing write first puts part of its bytes in the file, as a real
    full disk does.
    """
    import errno
    import os

    import reliability.writers.output as output

    real_write = os.write
    left = [budget]

    def write(fd: int, data: bytes) -> int:
        if left[0] <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        n = real_write(fd, bytes(data[: left[0]]))
        left[0] -= n
        return n

    class FullDiskOs:
        def __getattr__(self, name: str) -> object:
            return write if name == "write" else getattr(os, name)

    monkeypatch.setattr(output, "os", FullDiskOs())
    monkeypatch.setattr(output, "_CHUNK", 4096)  # several chunks before the end


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_issue_13_full_disk_leaves_whole_records_and_exit_3(
    suffix: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src, 300)
    ref = tmp_path / f"ref{suffix}"
    assert _score(str(src), "-o", str(ref), "--quiet", "--jobs", "1") == 0
    reference = ref.read_bytes()
    out = tmp_path / f"out{suffix}"
    _disk_fills_after(monkeypatch, len(reference) // 3)
    assert _score(str(src), "-o", str(out), "--quiet", "--jobs", "1") == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "No space left on device (ENOSPC)" in err
    partial = out.read_bytes()
    assert partial and reference.startswith(partial)
    if suffix == ".csv":
        rows = list(csv.reader(partial.decode().splitlines()))
        assert all(len(r) == len(CSV_COLUMNS) for r in rows)
        return
    assert partial.endswith(b"\n")
    held = len(partial.splitlines())
    assert f"holds the first {held:,} documents" in err
    monkeypatch.undo()  # space freed
    assert _score(str(src), "-o", str(out), "--quiet", "--resume") == 0
    assert out.read_bytes() == reference


def test_issue_13_full_disk_keeps_the_earlier_html_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    _corpus(src, 40)
    out = tmp_path / "report.html"
    out.write_text("<p>the earlier page</p>", encoding="utf-8")

    import reliability.writers.output as output

    class Full:
        def __init__(self, stream: object) -> None:
            self.stream = stream

        def write(self, text: str) -> int:
            import errno
            import os

            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name: str) -> object:
            return getattr(self.stream, name)

    real_init = output.AtomicFile.__init__

    def init(self: output.AtomicFile, path: str) -> None:
        real_init(self, path)
        self._fh = Full(self._fh)  # type: ignore[assignment]

    monkeypatch.setattr(output.AtomicFile, "__init__", init)
    assert _score(str(src), "-o", str(out), "--quiet") == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "it keeps its earlier content" in err
    assert out.read_text(encoding="utf-8") == "<p>the earlier page</p>"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "report.html"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("where", ["-o", "stdout"])
def test_issue_13_dev_full_gives_one_line_and_exit_3(
    tmp_path: Path, where: str
) -> None:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    cmd = [sys.executable, "-m", "reliability", "score", str(src), "--quiet"]
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*cmd, "-o", "/dev/full"] if where == "-o" else cmd,
            stdout=full if where == "stdout" else subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
    assert proc.returncode == 3
    assert proc.stderr.count("\n") == 1 and "ENOSPC" in proc.stderr
    assert Path("/dev/full").is_char_device()


def test_issue_13_csv_cells_cannot_start_a_formula(tmp_path: Path) -> None:
    hostile = [
        '=HYPERLINK("http://example.invalid","click")',
        "@SUM(1+1)",
        "+1",
        "-2+3",
        "\tTAB",
        "\rCR",
        "'quoted already",
        "'=both",
        "plain",
    ]
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": h, "title": h, "text": "The mayor said so."}) + "\n"
            for h in hostile
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert _score(str(src), "-o", str(out), "--quiet") == 0
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for h, row in zip(hostile, rows, strict=True):
        for col in ("id", "title"):
            cell = row[col]
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
            assert cell == (h if h == "plain" else "'" + h)
        # Numbers keep their sign: a negative readability figure is no formula.
        assert all(
            not row[c] or float(row[c]) == float(row[c])
            for c in ("overall", "coleman_liau_index")
        )
    back = load_reports(out)
    assert [r.id for r in back] == hostile and [r.title for r in back] == hostile


def test_issue_13_analyze_many_turns_a_non_document_into_an_error_record(
    analyzer,  # type: ignore[no-untyped-def]
) -> None:
    got = list(
        analyzer.analyze_many(
            [None, "The mayor said so.", 42, {"text": "Fine.", "url": 123}]
        )
    )
    assert [type(g).__name__ for g in got] == [
        "ErrorRecord",
        "DocumentReport",
        "ErrorRecord",
        "DocumentReport",
    ]
    assert got[0].error.type == "missing_text" and "NoneType" in got[0].error.message
    assert got[3].url is None and any("'url' is int" in w for w in got[3].warnings)


def test_issue_13_nul_bytes_are_undecodable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "nul.txt").write_bytes(bytes(100_000))
    out = tmp_path / "out.jsonl"
    assert _score(str(tmp_path / "nul.txt"), "-o", str(out), "--quiet") == 1
    (rec,) = load_reports(out)
    assert isinstance(rec, ErrorRecord) and rec.error.type == "undecodable"
    assert "mostly NUL" in rec.error.message


def test_issue_13_resume_exit_status_counts_earlier_error_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"id": "bad"}\n'
        + "".join(
            json.dumps({"id": f"d{i}", "text": "The mayor said so."}) + "\n"
            for i in range(3)
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert _score(str(src), "-o", str(out), "--quiet") == 1
    full = out.read_bytes()
    out.write_bytes(b"".join(full.splitlines(keepends=True)[:2]))  # killed here
    capsys.readouterr()
    assert _score(str(src), "-o", str(out), "--quiet", "--resume") == 1
    assert out.read_bytes() == full
    err = capsys.readouterr().err
    assert "1 of 4 documents failed (1 of them by the earlier run)" in err


def test_issue_13_gold_annotations_in_an_input_folder_are_not_outputs(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    gold = {
        "id": "g1",
        "text": "The mayor said so.",
        "sentences": [{"start": 0, "end": 18}],
        "pipeline": None,
    }
    (folder / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert _score(str(folder), "-o", str(out), "--quiet") == 0
    assert [r["id"] for r in _lines(out)] == ["g1"]


def test_score_summary_shows_a_short_run_time_to_the_millisecond() -> None:
    from reliability.cli.score import _Stats

    assert " in 0.043 s (" in _Stats().summary(0.0434, 1, "out.jsonl", 0)
    assert " in 12.5 s (" in _Stats().summary(12.49, 1, "out.jsonl", 0)
