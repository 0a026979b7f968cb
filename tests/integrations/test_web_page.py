"""The editor page at ``/`` in real headless Chromium: paste, click, see the marks.

Chromium is driven through the DevTools protocol over a pipe
(``--remote-debugging-pipe``: NUL-separated JSON on file descriptors 3 and 4),
which needs nothing beyond the standard library and Debian's ``chromium``:
no driver binary to keep in step with the browser, no websocket client, no
node packages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from reliability.server import create_app  # noqa: E402

from .servers import running  # noqa: E402

CHROMIUM = next(
    (
        p
        for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))
        if p
    ),
    None,
)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


class Chromium:
    """Headless Chromium and a minimal DevTools protocol client over its pipe."""

    def __init__(self, binary: str, profile: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Give the browser our pipe ends as its fds 3 (commands) and 4 (replies).
        script = (
            f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w} '
            f"{to_browser_r}<&- {from_browser_w}>&-"
        )
        self.proc = subprocess.Popen(
            [
                "bash",
                "-c",
                script,
                binary,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--remote-debugging-pipe",
                "--no-first-run",
                "--no-default-browser-check",
                f"--user-data-dir={profile}",
                "--window-size=1200,1600",
                "about:blank",
            ],
            pass_fds=(to_browser_r, from_browser_w),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._replies: dict[int, dict[str, Any]] = {}
        self.events: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        buffer = b""
        while chunk := os.read(self._from_browser, 1 << 16):
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            with self._cond:
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self.events.append(message)
                self._cond.notify_all()

    def send(
        self,
        method: str,
        params: dict[str, Any] | None = None,
        session: str | None = None,
        timeout: float = 30,
    ) -> dict[str, Any]:
        """Send a command; return its result (raise on a protocol error)."""
        self._next_id += 1
        message: dict[str, Any] = {
            "id": self._next_id,
            "method": method,
            "params": params or {},
        }
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        with self._cond:
            ok = self._cond.wait_for(lambda: self._next_id in self._replies, timeout)
            assert ok, f"no reply to {method}"
            reply = self._replies.pop(self._next_id)
        assert "error" not in reply, reply["error"]
        return reply["result"]

    def wait_event(self, method: str, timeout: float = 30) -> dict[str, Any]:
        """Wait for the first event named ``method``."""

        def found() -> dict[str, Any] | None:
            return next((e for e in self.events if e["method"] == method), None)

        with self._cond:
            assert self._cond.wait_for(found, timeout), f"no {method} event"
            return found()  # type: ignore[return-value]

    def close(self) -> None:
        """Stop the browser."""
        try:
            self.send("Browser.close", timeout=5)
        except (AssertionError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_browser)


class Page:
    """One browser tab."""

    def __init__(self, browser: Chromium) -> None:
        self.browser = browser
        target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = browser.send(
            "Target.attachToTarget", {"targetId": target, "flatten": True}
        )["sessionId"]
        for domain in ("Page", "Runtime"):
            self.send(f"{domain}.enable")

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session)

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
        )
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def events(self, method: str) -> list[dict[str, Any]]:
        return [
            e
            for e in self.browser.events
            if e["method"] == method and e.get("sessionId") == self.session
        ]

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})
        deadline = time.monotonic() + 30
        while self.evaluate("document.readyState") != "complete":
            assert time.monotonic() < deadline, "page did not load"
            time.sleep(0.05)

    def paste_and_analyse(self, text: str) -> None:
        """Type ``text`` into the text area as a paste would, then click the button."""
        self.evaluate(
            "document.body.dataset.state = ''; "
            "document.getElementById('input').value = ''; "
            "document.getElementById('input').focus()"
        )
        self.send("Input.insertText", {"text": text})
        x, y = self.evaluate(
            "(() => { const r = document.getElementById('analyze')"
            ".getBoundingClientRect();"
            " return [r.x + r.width / 2, r.y + r.height / 2]; })()"
        )
        for kind in ("mousePressed", "mouseReleased"):
            self.send(
                "Input.dispatchMouseEvent",
                {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1},
            )
        deadline = time.monotonic() + 30
        while self.evaluate("document.body.dataset.state") not in ("done", "error"):
            assert time.monotonic() < deadline, "the page did not show a result"
            time.sleep(0.05)

    def marks(self) -> list[tuple[str, int, int, str]]:
        return [
            tuple(m)
            for m in self.evaluate(
                "Array.from(document.querySelectorAll('#output span')).map(s => "
                "[s.className, Number(s.dataset.start), Number(s.dataset.end),"
                " s.textContent])"
            )
        ]


@pytest.fixture(scope="module")
def base_url():
    with running(create_app()) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url, tmp_path_factory):
    browser = Chromium(CHROMIUM, str(tmp_path_factory.mktemp("chromium-profile")))
    try:
        tab = Page(browser)
        tab.open(base_url + "/")
        yield tab
    finally:
        browser.close()


ARTICLE = (
    "😀 The minister said the bridge would reopen on Monday.\n"
    "Critics reportedly called it a disastrous plan, according to Reuters. "
    "Prices 𝔓 will rise 5% next year, and it may get worse."
)


def _covered(marks, cls: str, start: int, end: int) -> str:
    return "".join(
        t for c, a, b, t in marks if cls in c.split() and start <= a and b <= end
    )


def test_page_highlights_what_the_report_marks(page, analyzer, tmp_path):
    page.paste_and_analyse(ARTICLE)
    assert page.evaluate("document.body.dataset.state") == "done"
    assert page.evaluate("document.getElementById('input').value") == ARTICLE
    assert page.evaluate("document.getElementById('output').textContent") == ARTICLE
    report = analyzer.analyze(ARTICLE)
    marks = page.marks()
    expected = [
        ("hedge", h.start, h.end, h.text) for s in report.sentences for h in s.hedges
    ]
    expected += [
        ("attribution", a.cue.start, a.cue.end, a.cue.text)
        for s in report.sentences
        for a in s.attributions
    ]
    expected += [
        ("loaded", c.start, c.end, c.text) for s in report.sentences for c in s.loaded
    ]
    expected += [
        ("unsourced", s.start, s.end, ARTICLE[s.start : s.end])
        for s in report.sentences
        if s.unsourced_claim
    ]
    assert any(
        kind == "hedge" and text == "reportedly" for kind, _, _, text in expected
    )
    for cls, start, end, text in expected:
        # Offsets after the emoji and 𝔓 only line up if the page converts
        # code points to UTF-16 positions.
        assert _covered(marks, cls, start, end) == text, (cls, text)
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('#score-rows tr')).map(r => "
        "[r.dataset.score, r.querySelector('.value').textContent])"
    )
    # The page prints numbers the JavaScript way: 97.0 shows as "97".
    overall = f"{report.scores.overall.value:g}"
    assert ["overall", overall] in [list(r) for r in rows]
    shot = page.send("Page.captureScreenshot", {"format": "png"})["data"]
    (tmp_path / "page.png").write_bytes(__import__("base64").b64decode(shot))


@pytest.mark.parametrize(
    "payload",
    [
        "<script>window.__pwned = 1; alert(1)</script>",
        '<img src=x onerror="window.__pwned = 2; alert(2)">',
        '<svg onload="window.__pwned = 3"></svg><iframe src="javascript:alert(4)">',
    ],
)
def test_page_shows_markup_as_text_and_runs_nothing(page, payload):
    text = f"Officials said it may rain. {payload} Critics reportedly disagree."
    page.paste_and_analyse(text)
    assert page.evaluate("document.body.dataset.state") == "done"
    time.sleep(0.2)  # give any injected handler the chance to fire
    assert page.evaluate("document.getElementById('output').textContent") == text
    assert page.evaluate(
        "Array.from(document.querySelectorAll('#output *'))"
        ".every(e => e.tagName === 'SPAN')"
    )
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.events("Page.javascriptDialogOpening") == []
    assert page.events("Runtime.exceptionThrown") == []


def test_page_shows_server_errors(page):
    page.paste_and_analyse("")
    # An empty document is still a document; the page must not break on it.
    assert page.evaluate("document.body.dataset.state") in ("done", "error")
    assert page.events("Runtime.exceptionThrown") == []
