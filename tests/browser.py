"""Headless Chromium for the browser tests and the documentation screenshots.

Chromium is driven through the DevTools protocol over a pipe
(``--remote-debugging-pipe``: NUL-separated JSON on file descriptors 3 and 4),
which needs nothing beyond the standard library and Debian's ``chromium``:
no driver binary to keep in step with the browser, no websocket client, no
node packages.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import threading
import time
from typing import Any

CHROMIUM = next(
    (
        p
        for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))
        if p
    ),
    None,
)


def _high_fd(fd: int) -> int:
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


class Chromium:
    """Headless Chromium and a minimal DevTools protocol client over its pipe."""

    def __init__(self, binary: str, profile: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # In a fresh process the pipes may get fds 3 and 4 themselves, which the
        # redirections below would close again: move the browser's ends up.
        to_browser_r, from_browser_w = (
            _high_fd(to_browser_r),
            _high_fd(from_browser_w),
        )
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

    def type_into(self, element_id: str, text: str) -> None:
        """Clear a form field and type ``text`` into it as a user would."""
        self.evaluate(
            f"document.getElementById({json.dumps(element_id)}).value = ''; "
            f"document.getElementById({json.dumps(element_id)}).focus()"
        )
        if text:
            self.send("Input.insertText", {"text": text})

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

    def screenshot(
        self,
        selector: str | None = None,
        *,
        width: int = 1200,
        bottom: float | None = None,
        margin: float = 0,
    ) -> bytes:
        """A PNG of the page, or of the first element matching ``selector``.

        Args:
            selector: A CSS selector; the whole page when ``None``.
            width: The window's width in CSS pixels.
            bottom: Cut the picture off at this page coordinate.
            margin: Room to keep around the element, in CSS pixels.
        """
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )
        box = self.evaluate(
            "(() => { const e = "
            + (
                f"document.querySelector({json.dumps(selector)})"
                if selector
                else "document.documentElement"
            )
            + "; const r = e.getBoundingClientRect();"
            " return [r.x + window.scrollX, r.y + window.scrollY,"
            " r.width, r.height]; })()"
        )
        x, y, w, h = box
        if bottom is not None:
            h = min(h, bottom - y)
        x, y = max(0, x - margin), max(0, y - margin)
        w, h = w + 2 * margin, h + 2 * margin
        clip = {"x": x, "y": y, "width": w, "height": h, "scale": 1}
        shot = self.send(
            "Page.captureScreenshot",
            {"format": "png", "clip": clip, "captureBeyondViewport": True},
        )
        return base64.b64decode(shot["data"])
