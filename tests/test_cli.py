"""The ``reliability`` dispatcher and the ``score`` command's options."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reliability.cli import main
from tests.conftest import ROOT


@pytest.mark.parametrize(
    "argv, status",
    [
        ([], 2),
        (["--help"], 0),
        (["--version"], 0),
        (["nosuch"], 2),
        (["score", "--help"], 0),
        (["score"], 2),  # no PATH
        (["score", "x.txt", "--format", "xml"], 2),
    ],
)
def test_cli_exit_status(argv: list[str], status: int) -> None:
    assert main(argv) == status


def test_cli_score_help_lists_every_option(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["score", "--help"]) == 0
    out = capsys.readouterr().out
    for option in (
        "--output",
        "--format",
        "--jobs",
        "--glob",
        "--text-field",
        "--id-field",
        "--config",
        "--disable",
        "--ratings",
        "--models",
        "--resume",
        "--quiet",
        "--max-chars",
    ):
        assert option in out


def test_cli_score_imports_only_what_it_needs() -> None:
    code = (
        "import sys; from reliability.cli import main; "
        "main(['score', '--help']); "
        "heavy = [m for m in ('trafilatura', 'sklearn', 'numpy', 'spacy', 'fastapi', "
        "'pandas', 'reliability.report_html') if m in sys.modules]; "
        "print('HEAVY', heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert "HEAVY []" in done.stdout, done.stdout + done.stderr


def test_cli_stops_quietly_when_the_reader_goes_away():
    seeds = ROOT / "seeds"
    # About 220 KB, far more than a pipe buffer (64 KiB), so the writer does
    # meet the closed pipe.
    proc = subprocess.run(
        f"{sys.executable} -m reliability score {seeds} {seeds} {seeds} --quiet"
        " | head -c 10",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout == '{"id":"000'
    assert "Traceback" not in proc.stderr


def test_cli_names_the_extra_a_command_needs(monkeypatch, capsys):
    import builtins

    real_import = builtins.__import__

    def no_fastapi(name, *args, **kwargs):
        if name.split(".")[0] == "fastapi":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    for name in [m for m in sys.modules if m.startswith("reliability.server")]:
        monkeypatch.delitem(sys.modules, name)  # the package and its modules
    monkeypatch.setattr(builtins, "__import__", no_fastapi)
    assert main(["serve", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'reliability[server]'" in err and "fastapi" in err


@pytest.mark.parametrize("query", ["", "   "])
def test_issue_14_outlet_with_an_empty_query_says_what_to_give(
    query: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["outlet", query]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("reliability outlet: no outlet given")
    assert "a domain" in captured.err and captured.err.count("\n") == 1


def test_issue_14_missing_input_file_is_named(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.txt"
    good.write_text("The mayor said the road is open.", encoding="utf-8")
    missing = tmp_path / "no-such-file.txt"
    out = tmp_path / "out.jsonl"
    assert main(["score", str(good), str(missing), "-o", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"reliability score: cannot read {str(missing)!r}: No such file or directory"
    )
    assert err[1].startswith("reliability score: 1 of 2 documents failed")


@pytest.mark.parametrize("name", ["out.xlsx", "out.json", "out.txt"])
def test_issue_14_unknown_output_suffix_is_refused_with_the_formats(
    name: str, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "a.txt"
    src.write_text("The mayor said the road is open.", encoding="utf-8")
    out = tmp_path / name
    assert main(["score", str(src), "-o", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"cannot write '{out.suffix}' files" in err
    for fmt in (".jsonl (jsonl)", ".csv (csv)", ".html (html)", "--format"):
        assert fmt in err
    assert not out.exists()
    # --format says what to write whatever the suffix.
    assert main(["score", str(src), "-o", str(out), "--format", "csv", "--quiet"]) == 0
    assert out.read_text(encoding="utf-8").startswith("id,outlet,")
