"""The HTTP service, through real requests to a uvicorn server on 127.0.0.1."""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from http.client import HTTPConnection

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")

from reliability import Analyzer, PipelineConfig  # noqa: E402
from reliability.schema import DocumentReport  # noqa: E402
from reliability.server import ServerSettings, create_app  # noqa: E402

from .servers import free_port, running  # noqa: E402


def is_running(pid: int) -> bool:
    """Whether process ``pid`` exists and has not exited (zombies have)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


TEXT = (
    "The minister said the bridge would reopen on Monday. Critics reportedly "
    "called it a disastrous plan. Prices will rise 5% next year."
)
SLOW = "SLOW-DOWN-MARKER"
CRASH = "CRASH-MARKER"


class SlowOnMarker:
    """The real analyzer, but a text containing SLOW takes two seconds."""

    def __init__(self, inner: Analyzer) -> None:
        self.inner = inner
        self.annotator_names = inner.annotator_names

    def analyze(self, text: str, **meta: str | None) -> DocumentReport:
        if SLOW in text:
            time.sleep(2)
        if CRASH in text:
            os._exit(3)  # as if the process ran out of memory
        return self.inner.analyze(text, **meta)


def settle(app, seconds=30.0):
    """Wait until every analysis process is idle (killed ones replaced)."""
    pool = app.state.analyses
    deadline = time.monotonic() + seconds
    while pool.idle.qsize() < pool.settings.processes:
        assert time.monotonic() < deadline, "analysis processes were not replaced"
        time.sleep(0.02)


@pytest.fixture(scope="module")
def app():
    analyzer = SlowOnMarker(Analyzer(PipelineConfig(max_chars=20_000)))
    settings = ServerSettings(max_bytes=100_000, timeout=0.5, max_batch=5)
    return create_app(analyzer, settings=settings)


@pytest.fixture(scope="module")
def base_url(app):
    with running(app) as url:
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


def test_server_keeps_serving_while_an_analysis_runs_long(app, base_url):
    settle(app)
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


def test_serve_command_starts_and_answers(served):
    url = f"http://{served[0]}:{served[1]}"
    assert httpx.get(f"{url}/health", timeout=10).json()["status"] == "ok"
    r = httpx.post(
        f"{url}/analyze/batch", json={"documents": [{"text": "a"}] * 3}, timeout=10
    )
    assert r.status_code == 413
    assert json.loads(r.text)["detail"].endswith("limit of 2")


def test_issue_14_server_accepts_every_document_meta_field(http):
    from reliability.schema import DocumentMeta
    from reliability.server import DocumentRequest

    assert issubclass(DocumentRequest, DocumentMeta)
    meta = {
        "id": "m1",
        "url": "https://news.example.org/2025/rain",
        "outlet": "Example News",
        "title": "Rain expected",
        "published": "2025-03-04T08:00:00Z",
    }
    assert set(meta) == set(DocumentMeta.model_fields)
    r = http.post("/analyze", json={"text": TEXT, **meta})
    assert r.status_code == 200
    copied = ("id", "url", "title", "published")  # the report resolves the outlet
    assert {k: r.json()[k] for k in copied} == {k: meta[k] for k in copied}
    r = http.post("/analyze/batch", json={"documents": [{"text": TEXT, **meta}]})
    assert r.status_code == 200
    assert r.json()["reports"][0]["published"] == meta["published"]


def test_issue_14_server_stops_its_workers_in_a_lifespan_handler():
    app = create_app(settings=ServerSettings(timeout=5, processes=2))
    assert not app.router.on_shutdown and not app.router.on_startup
    with running(app) as url:
        assert httpx.post(f"{url}/analyze", json={"text": TEXT}).status_code == 200
        pids = app.state.analyses.pids()
        assert len(pids) == 2 and all(is_running(pid) for pid in pids)
    assert app.state.analyses.pids() == []
    assert not any(is_running(pid) for pid in pids)


def post_raw(http, path, body):
    """POST ``body`` (JSON text, escapes kept as written) as UTF-8 bytes."""
    return http.post(
        path, content=body.encode("ascii"), headers={"content-type": "application/json"}
    )


@pytest.mark.parametrize(
    "body, field",
    [
        ('{"id": "b", "text": "The mayor said \\ud800 so."}', "text"),
        ('{"id": "b", "text": "Fine.", "title": "Rain \\udfff"}', "title"),
        ('{"id": "\\udc80", "text": "Fine."}', "id"),
    ],
)
def test_issue_13_server_lone_surrogate_is_a_422_naming_the_document(http, body, field):
    r = post_raw(http, "/analyze", body)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert f"{field} has a lone surrogate" in detail and "document " in detail


def test_issue_13_server_batch_lone_surrogate_fails_that_document_only(http):
    body = (
        '{"documents": [{"id": "a", "text": "Officials said it may rain."},'
        ' {"id": "b", "text": "x \\ud800"},'
        ' {"id": "\\udbff", "text": "ok."},'
        ' {"id": "c", "text": "The mayor said so."}]}'
    )
    r = post_raw(http, "/analyze/batch", body)
    assert r.status_code == 200
    reports = r.json()["reports"]
    assert [d["id"] for d in reports] == ["a", "b", "\\udbff", "c"]
    assert "error" not in reports[0] and "error" not in reports[3]
    assert reports[3]["text"] == "The mayor said so."
    assert (
        "document 'b': text has a lone surrogate U+D800 at character 2"
        in (reports[1]["error"])
    )
    assert "id has a lone surrogate U+DBFF" in reports[2]["error"]


@pytest.mark.parametrize(
    "body, shown",
    [
        ('{"text": NaN}', "got NaN, which is not a JSON value"),
        ('{"text": -Infinity, "id": "x"}', "got -Infinity"),
        ('{"documents": [{"text": Infinity}]}', "got Infinity"),
        ('{"text": "ok.", "\\ud800": 1}', "Input should be"),
    ],
)
def test_issue_13_server_non_finite_numbers_and_bad_keys_are_a_clear_422(
    http, body, shown
):
    path = "/analyze/batch" if "documents" in body else "/analyze"
    r = post_raw(http, path, body)
    assert r.status_code == 422
    (error,) = r.json()["detail"]
    assert shown in error["msg"] and "input" not in error


def test_issue_13_server_kills_timed_out_analyses_and_recovers():
    # Sentence-dense text that takes many seconds to analyse: each request
    # must be stopped at the limit, not left running beside the next one.
    dense = "He said. " * 110_000  # just under the default 1,000,000-character limit
    app = create_app(settings=ServerSettings(timeout=0.5, processes=2))
    with running(app) as url, ThreadPoolExecutor(2) as pool:
        first = app.state.analyses.pids()
        killed = set()
        statuses = []
        for _ in range(4):
            settle(app)
            killed |= set(app.state.analyses.pids())
            pair = pool.map(
                lambda _: httpx.post(
                    f"{url}/analyze", json={"text": dense}, timeout=30
                ),
                range(2),
            )
            statuses += [(r.status_code, r.json()["detail"]) for r in pair]
        assert (
            statuses
            == [(504, "analysis took longer than the limit of 0.5 s and was stopped")]
            * 8
        )
        assert len(killed) == 8 and set(first) <= killed
        r = httpx.post(f"{url}/analyze", json={"text": TEXT}, timeout=30)
        assert r.status_code == 200 and r.json()["text"] == TEXT
        assert not any(is_running(pid) for pid in killed)
        settle(app)
        assert len(app.state.analyses.pids()) == 2


def test_issue_13_server_queue_is_bounded():
    analyzer = SlowOnMarker(Analyzer())
    settings = ServerSettings(timeout=5, processes=1, queue=1, queue_timeout=0.5)
    app = create_app(analyzer, settings=settings)
    with running(app) as url, ThreadPoolExecutor(3) as pool:
        post = functools.partial(httpx.post, f"{url}/analyze", timeout=30)
        slow = pool.submit(post, json={"text": f"{SLOW} first."})
        while app.state.analyses.idle.qsize():  # the slow one has the process
            time.sleep(0.01)
        waiting = pool.submit(post, json={"text": "Waits, then gives up."})
        while not app.state.analyses.waiting:
            time.sleep(0.01)
        refused = post(json={"text": "No room to wait."})
        assert refused.status_code == 503 and refused.headers["retry-after"] == "1"
        assert refused.json()["detail"] == (
            "all 1 analysis processes are busy and 1 requests are waiting; "
            "try again shortly"
        )
        assert waiting.result().status_code == 503
        assert (
            "no analysis process was free within 0.5 s"
            in (waiting.result().json()["detail"])
        )
        assert slow.result().status_code == 200
        assert post(json={"text": TEXT}).status_code == 200


def test_issue_13_server_replaces_a_process_that_grew_past_its_memory_limit():
    # A limit of 1 MB is below any Python process, so each answer retires one.
    app = create_app(settings=ServerSettings(processes=1, worker_memory=1))
    with running(app) as url:
        seen = []
        for i in range(3):
            settle(app)
            seen += app.state.analyses.pids()
            r = httpx.post(f"{url}/analyze", json={"text": f"{TEXT} {i}"}, timeout=30)
            assert r.status_code == 200 and r.json()["text"] == f"{TEXT} {i}"
        assert len(set(seen)) == 3


@pytest.fixture(scope="module")
def served():
    """``reliability serve`` with small connection limits: its (host, port)."""
    port = free_port()
    code = (
        "import argparse, sys\n"
        "from reliability.cli import serve as server\n"
        "p = argparse.ArgumentParser(); server.configure(p)\n"
        "sys.exit(server.run(p.parse_args(sys.argv[1:])))\n"
    )
    limits = ["--header-timeout", "0.5", "--body-timeout", "0.5"]
    limits += ["--max-connections", "5", "--processes", "1"]
    limits += ["--allowed-host", "news.example.org", "--max-batch", "2"]
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "--port", str(port), "--log-level", "error"]
        + limits
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        yield ("127.0.0.1", port)
        below = children_of(proc.pid)
        assert below, "the analysis processes run below the server"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    deadline = time.monotonic() + 10
    while any(is_running(pid) for pid in below):  # stopped with the server
        assert time.monotonic() < deadline, "analysis processes outlived serve"
        time.sleep(0.05)


def children_of(pid):
    """Every process below ``pid`` (Linux /proc)."""
    parents = {}
    for stat in os.listdir("/proc"):
        if stat.isdigit():
            try:
                with open(f"/proc/{stat}/stat", encoding="ascii") as f:
                    parents[int(stat)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        below = [child for child, parent in parents.items() if parent == current]
        found += below
        todo += below
    return found


def read_all(sock):
    """Everything the server sends until it closes the connection."""
    sock.settimeout(10)
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def status_and_detail(raw):
    head, _, body = raw.partition(b"\r\n\r\n")
    return int(head.split()[1]), json.loads(body)["detail"]


@pytest.mark.parametrize(
    "sent",
    [b"", b"POST /analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty"],
    ids=["idle", "trickling"],
)
def test_issue_13_serve_closes_connections_whose_headers_are_late(served, sent):
    with socket.create_connection(served) as sock:
        sock.sendall(sent)
        assert status_and_detail(read_all(sock)) == (
            408,
            "request headers did not arrive within the limit of 0.5 s",
        )


def test_issue_13_serve_answers_408_to_a_slow_body(served):
    with socket.create_connection(served) as sock:
        sock.sendall(
            b"POST /analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            b"Content-Type: application/json\r\nContent-Length: 100\r\n\r\n"
            b'{"text": "'
        )
        assert status_and_detail(read_all(sock)) == (
            408,
            "request body did not arrive within the limit of 0.5 s",
        )


def test_issue_13_serve_keeps_an_idle_kept_alive_connection(served):
    conn = HTTPConnection(*served, timeout=10)
    try:
        for _ in range(2):
            conn.request("GET", "/health")
            assert conn.getresponse().read() and conn.sock is not None
            time.sleep(1.0)  # idle past the header limit, within keep-alive
    finally:
        conn.close()


def test_issue_13_serve_caps_open_connections(served):
    idle = [socket.create_connection(served) for _ in range(5)]
    try:
        with socket.create_connection(served) as extra:
            assert status_and_detail(read_all(extra)) == (
                503,
                "over the limit of 5 open connections; try again shortly",
            )
    finally:
        for sock in idle:
            sock.close()
    host, port = served
    deadline = time.monotonic() + 10
    while True:  # the server notices the closed sockets when it reads them
        r = httpx.get(f"http://{host}:{port}/health", timeout=10)
        if r.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    assert r.status_code == 200


@pytest.mark.parametrize(
    "allowed, hosts",
    [
        (
            (),
            {
                "127.0.0.1:8000": 200,
                "localhost": 200,
                "LOCALHOST.:80": 200,
                "[::1]:8000": 200,
                "192.0.2.7": 200,
                "rebind.attacker.example": 400,
                "rebind.attacker.example:8000": 400,
                "127.0.0.1.attacker.example": 400,
                "attacker.example@127.0.0.1": 400,
                "news.example.org": 400,
            },
        ),
        (
            ("news.example.org", "*.corp.example"),
            {
                "news.example.org": 200,
                "desk.corp.example": 200,
                "corp.example.attacker.example": 400,
                "127.0.0.1": 200,
            },
        ),
        (("*",), {"anything.example": 200}),
    ],
)
def test_issue_13_server_answers_trusted_hosts_only(allowed, hosts):
    app = create_app(settings=ServerSettings(processes=1, allowed_hosts=allowed))
    with running(app) as url:
        for host, status in hosts.items():
            for path in ("/health", "/", "/openapi.json"):
                r = httpx.get(f"{url}{path}", headers={"host": host})
                assert r.status_code == status, (host, path)
            r = httpx.post(
                f"{url}/analyze", json={"text": TEXT}, headers={"host": host}
            )
            assert r.status_code == status, host
            if status == 400:
                assert r.json()["detail"].startswith(
                    f"host {host!r} is not served here"
                )


@pytest.mark.parametrize(
    "host, status", [("news.example.org", 200), ("rebind.example.net", 400)]
)
def test_issue_13_serve_allowed_host_option(served, host, status):
    r = httpx.get(f"http://{served[0]}:{served[1]}/health", headers={"host": host})
    assert r.status_code == status


def test_issue_13_server_docs_page_is_self_contained_under_a_strict_csp(http):
    import base64
    import hashlib
    import re

    r = http.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    csp = r.headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp
    assert "<script" not in page.lower() and "src=" not in page.lower()
    assert not re.search(r"""(href|src)=["']?(https?:)?//""", page)
    (style,) = re.findall(r"<style>(.*?)</style>", page, flags=re.S)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for shown in ("/analyze/batch", 'id="schema-DocumentRequest"', "published", "504"):
        assert shown in page
    assert 'href="openapi.json"' in page
    assert http.get("/redoc").status_code == 404


def test_issue_13_server_refuses_an_analyzer_that_cannot_reach_its_processes():
    from reliability.errors import ConfigError

    unpicklable = SlowOnMarker(Analyzer())
    unpicklable.hook = lambda: None
    with pytest.raises(ConfigError, match="'SlowOnMarker' cannot be sent"):
        create_app(unpicklable)


def test_issue_13_server_answers_500_when_an_analysis_process_dies(app, http):
    settle(app)
    before = set(app.state.analyses.pids())
    r = http.post("/analyze", json={"text": f"{CRASH} it may rain."})
    assert r.status_code == 500
    assert r.json()["detail"] == (
        "the analysis process ended without an answer (exit code 3); it was replaced"
    )
    r = http.post("/analyze/batch", json={"documents": [{"text": TEXT}] * 3})
    assert r.status_code == 200 and len(r.json()["reports"]) == 3
    settle(app)
    assert len(set(app.state.analyses.pids()) - before) == 1
