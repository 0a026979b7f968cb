"""Screenshots of the report page and the editor page for docs/screenshots.md.

Scores the bundled seed articles into a report page with the ``reliability``
found on ``--source`` (a ``src`` folder: this checkout's, or an older
commit's unpacked with ``git archive``), serves the editor page with that
same code (``python -m reliability serve`` on 127.0.0.1), and photographs
both in headless Chromium::

    PYTHONPATH=$PWD python scripts/screenshots.py --source src --prefix after
    git archive bc817f9 | tar -x -C /tmp/old
    PYTHONPATH=$PWD python scripts/screenshots.py --source /tmp/old/src --prefix before

Writes ``docs/images/<prefix>-report.png``, ``<prefix>-report-document.png``
and ``<prefix>-editor.png``.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.browser import CHROMIUM, Chromium, Page

ROOT = Path(__file__).resolve().parent.parent
#: The seed shown on its own and pasted into the editor: a state-affiliated
#: outlet's article, whose provenance score is the one the issue was about.
DOCUMENT = "004_ed939e1d899b85af.txt"
DOCUMENT_URL = "https://www.rt.com/news/panjshir-valley-militia/"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(url: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the server stopped before it answered")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"no answer from {url}")


def main() -> None:
    """Take the three screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "src")
    parser.add_argument("--prefix", default="after")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    if CHROMIUM is None:
        raise SystemExit("chromium is not installed")
    env = {**os.environ, "PYTHONPATH": str(args.source.resolve())}
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        subprocess.run(
            [sys.executable, "-m", "reliability", "score", str(ROOT / "seeds"), "-o",
             str(report), "--quiet"],
            env=env, check=True,
        )  # fmt: skip
        port = _free_port()
        server = subprocess.Popen(
            [sys.executable, "-m", "reliability", "serve", "--host", "127.0.0.1",
             "--port", str(port), "--log-level", "warning"],
            env=env,
        )  # fmt: skip
        browser = Chromium(CHROMIUM, str(Path(tmp) / "profile"))
        try:
            page = Page(browser)
            page.open(report.as_uri())
            legend = page.evaluate(
                "document.querySelector('.legend').getBoundingClientRect().bottom"
                " + window.scrollY + 16"
            )
            _write(
                args.out / f"{args.prefix}-report.png",
                page.screenshot("body", bottom=legend),
            )
            # The last document (the seed above) on its own, cut after the
            # first lines of its text.
            cut = page.evaluate(
                "(() => { const d = Array.from(document.querySelectorAll("
                "'section.doc')).pop(); const t = d.querySelector('.text');"
                " return t.getBoundingClientRect().top + window.scrollY + 260; })()"
            )
            _write(
                args.out / f"{args.prefix}-report-document.png",
                page.screenshot("section.doc:last-of-type", bottom=cut, margin=24),
            )
            _wait(f"http://127.0.0.1:{port}/health", server)
            page.open(f"http://127.0.0.1:{port}/")
            if page.evaluate("!!document.getElementById('url')"):  # not before
                page.type_into("url", DOCUMENT_URL)
            page.paste_and_analyse((ROOT / "seeds" / DOCUMENT).read_text("utf-8"))
            cut = page.evaluate(
                "document.getElementById('output').getBoundingClientRect().top"
                " + window.scrollY + 220"
            )
            _write(
                args.out / f"{args.prefix}-editor.png",
                page.screenshot("body", bottom=cut),
            )
        finally:
            browser.close()
            server.terminate()
            server.wait(timeout=30)


def _write(path: Path, data: bytes) -> None:
    path.write_bytes(data)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{len(data) / 1024:.0f} KiB")  # fmt: skip


if __name__ == "__main__":
    main()
