"""The HTTP service, through real requests to a uvicorn server on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from reliability import Analyzer, PipelineConfig  # noqa: E402
from reliability.schema import DocumentReport  # noqa: E402
from reliability.server import ServerSettings, create_app  # noqa: E402

from .servers import free_port, running  # noqa: E402

TEXT = (
    "The minister said the bridge would reopen on Monday. Critics reportedly "
    "called it a disastrous plan. Prices will rise 5% next year."
)
SLOW = "SLOW-DOWN-MARKER"


class SlowOnMarker:
    """The real analyzer, but a text containing SLOW takes two seconds."""

    def __init__(self, inner: Analyzer) -> None:
        self.inner = inner
        self.annotator_names = inner.annotator_names

    def analyze(self, text: str, **meta: str | None) -> DocumentReport:
        if SLOW in text:
            time.sleep(2)
        return self.inner.analyze(text, **meta)


@pytest.fixture(scope="module")
def base_url():
    analyzer = SlowOnMarker(Analyzer(PipelineConfig(max_chars=20_000)))
    settings = ServerSettings(max_bytes=100_000, timeout=0.5, max_batch=5)
    with running(create_app(analyzer, settings=settings)) as url:
        yield url


@pytest.fixture(scope="module")
def http(base_url):
    with httpx.Client(base_url=base_url, timeout=30) as client:
        yield client


def test_server_health(http):
    r = http.get("/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and "hedges" in body["annotators"]


def test_server_analyze_returns_the_report(http, analyzer):
    r = http.post(
        "/analyze", json={"text": TEXT, "id": "a1", "url": "https://x.example/1"}
    )
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    report = DocumentReport.model_validate(r.json())
    local = analyzer.analyze(TEXT, id="a1", url="https://x.example/1")
    assert report.id == "a1" and report.sentences == local.sentences
    assert report.scores == local.scores


def test_server_batch_keeps_order_and_reports_errors(http):
    docs = [
        {"text": "Officials said it may rain.", "id": "1"},
        {"text": "x" * 20_001, "id": "too-long"},
        {"text": TEXT, "id": "3"},
    ]
    r = http.post("/analyze/batch", json={"documents": docs})
    assert r.status_code == 200
    reports = r.json()["reports"]
    assert [d.get("id") for d in reports] == ["1", "too-long", "3"]
    assert "limit of 20,000" in reports[1]["error"]
    assert reports[2]["text"] == TEXT


@pytest.mark.parametrize(
    "path, payload, status, detail",
    [
        ("/analyze", {"text": "x" * 20_001}, 422, "over the limit of 20,000"),
        ("/analyze", {"id": "no text"}, 422, None),
        ("/analyze", {"text": "ok", "colour": "red"}, 422, None),
        (
            "/analyze/batch",
            {"documents": [{"text": "a"}] * 6},
            413,
            "batch of 6 documents is over the limit of 5",
        ),
        (
            "/analyze",
            {"text": f"{SLOW} it may rain."},
            504,
            "analysis took longer than the limit of 0.5 s",
        ),
        ("/analyze/batch", {"documents": [{"text": SLOW}]}, 504, "limit of 0.5 s"),
    ],
)
def test_server_errors_are_clear_json(http, path, payload, status, detail):
    r = http.post(path, json=payload)
    assert r.status_code == status
    body = r.json()
    if detail is not None:
        assert detail in body["detail"]
    else:
        assert body["detail"]


def test_server_refuses_large_body_by_length(http):
    body = json.dumps({"text": "a" * 150_000}).encode()
    r = http.post(
        "/analyze", content=body, headers={"content-type": "application/json"}
    )
    assert r.status_code == 413 and len(body) == 150_012
    assert r.json()["detail"] == (
        "request body is 150,012 bytes; the limit is 100,000 bytes"
    )


def test_server_refuses_large_chunked_body(http):
    def chunks():
        yield b'{"text": "'
        for _ in range(30):
            yield b"a" * 10_000
        yield b'"}'

    r = http.post(
        "/analyze", content=chunks(), headers={"content-type": "application/json"}
    )
    assert r.status_code == 413
    assert "the limit is 100,000 bytes" in r.json()["detail"]


def test_server_keeps_serving_while_an_analysis_runs_long(http, base_url):
    with ThreadPoolExecutor(8) as pool:
        slow = pool.submit(
            httpx.post, f"{base_url}/analyze", json={"text": SLOW}, timeout=30
        )
        fast = list(
            pool.map(
                lambda i: httpx.post(
                    f"{base_url}/analyze", json={"text": f"{TEXT} {i}"}, timeout=30
                ),
                range(16),
            )
        )
        assert slow.result().status_code == 504
    assert [r.status_code for r in fast] == [200] * 16
    assert {r.json()["text"] for r in fast} == {f"{TEXT} {i}" for i in range(16)}


def test_server_openapi_describes_the_endpoints(http):
    spec = http.get("/openapi.json").json()
    assert {"/analyze", "/analyze/batch", "/health"} <= set(spec["paths"])
    ok = spec["paths"]["/analyze"]["post"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"]["$ref"].endswith(
        "DocumentReport"
    )
    assert {"413", "504"} <= set(spec["paths"]["/analyze"]["post"]["responses"])
    assert "DocumentReport" in spec["components"]["schemas"]


@pytest.mark.parametrize(
    "path, kind",
    [
        ("/", "text/html"),
        ("/static/app.js", "text/javascript"),
        ("/static/app.css", "text/css"),
    ],
)
def test_server_page_files_with_strict_headers(http, path, kind):
    r = http.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith(kind)
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_server_js_never_writes_markup():
    from reliability.resources import read_data

    js = read_data("web/app.js")[0].decode()
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
    ):
        assert sink not in js


def test_serve_command_starts_and_answers(tmp_path):
    port = free_port()
    code = (
        "import argparse, sys\n"
        "from reliability.cli import serve as server\n"
        "p = argparse.ArgumentParser(); server.configure(p)\n"
        "sys.exit(server.run(p.parse_args(sys.argv[1:])))\n"
    )
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            code,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--max-batch",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.1)
        assert r.json()["status"] == "ok"
        r = httpx.post(
            f"http://127.0.0.1:{port}/analyze/batch",
            json={"documents": [{"text": "a"}] * 3},
            timeout=10,
        )
        assert r.status_code == 413
        assert json.loads(r.text)["detail"].endswith("limit of 2")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
