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
