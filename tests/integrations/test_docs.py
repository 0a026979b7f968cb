"""Run the examples of docs/integrations/*.md, as a reader would paste them."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs" / "integrations"
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.S | re.M)
# The extras each page needs.
NEEDS = {
    "spacy": ["spacy"],
    "pandas": ["pandas"],
    "dask": ["dask.dataframe", "distributed", "pandas"],
    "exports": [],
    "server": ["fastapi", "uvicorn", "httpx"],
}


def blocks(page: str, lang: str) -> list[str]:
    """The code blocks of ``page`` in language ``lang``, in order."""
    text = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    return [code for kind, code in BLOCK.findall(text) if kind == lang]


def run_python(page: str, replace: tuple[str, str] | None = None) -> None:
    namespace = {"__name__": "__main__"}
    for code in blocks(page, "python"):
        if replace:
            code = code.replace(*replace)
        exec(compile(code, f"docs/integrations/{page}.md", "exec"), namespace)


def test_docs_every_integration_has_a_page():
    assert sorted(p.stem for p in DOCS.glob("*.md")) == sorted(NEEDS)
    for page in NEEDS:
        assert blocks(page, "python"), f"{page}.md has no Python example"


@pytest.mark.parametrize(
    "page", ["spacy", "pandas", pytest.param("dask", marks=pytest.mark.slow), "exports"]
)
def test_docs_examples_run(page, capsys):
    for module in NEEDS[page]:
        pytest.importorskip(module)
    run_python(page)
    assert capsys.readouterr().out  # each example shows its result


def test_docs_server_examples_run_against_a_live_server(capsys):
    for module in NEEDS["server"]:
        pytest.importorskip(module)
    from reliability.server import create_app

    from .servers import running

    with running(create_app()) as url:
        here = url.removeprefix("http://")
        run_python("server", ("127.0.0.1:8000", here))
        assert "reportedly" in capsys.readouterr().out
        if shutil.which("curl") is None:
            pytest.skip("curl is not installed")
        for code in blocks("server", "sh"):
            if not code.startswith("curl"):
                continue  # the `reliability serve` line: the server runs already
            out = subprocess.run(
                ["bash", "-c", code.replace("127.0.0.1:8000", here)],
                capture_output=True,
                text=True,
                timeout=60,
                check=True,
            )
            lines = out.stdout
            assert '"status":"ok"' in lines
            assert '"id":"a-17"' in lines and '"reports":[' in lines
