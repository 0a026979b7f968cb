"""Benchmark the HTTP service with a real client on 127.0.0.1.

Starts ``reliability serve`` (the ``reliability.server`` command module) in a
subprocess on a free loopback port, then measures:

1. latency: the median (and p95) time for ``POST /analyze`` of a 5 KB
   article, one request at a time over a kept-alive connection
   (floor: median < 50 ms);
2. load: 50 concurrent clients posting the article in a loop for 30 s,
   each loop bounded in count too (floor: zero failed requests).

Only loopback traffic; the server is stopped at the end. Exit status 0 when
both floors hold, 1 otherwise.

    python benchmarks/server.py [--requests 200] [--clients 50] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from machine import describe  # benchmarks/machine.py

import reliability

ROOT = Path(__file__).resolve().parent.parent
LATENCY_FLOOR_MS = 50.0
SERVE = (
    "import argparse, sys\n"
    "from reliability import server\n"
    "p = argparse.ArgumentParser(); server.configure(p)\n"
    "sys.exit(server.run(p.parse_args(sys.argv[1:])))\n"
)


def article(size: int = 5_000) -> str:
    """About ``size`` UTF-8 bytes of news text, cut at a word boundary."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds) if seeds else ""
    if not text:
        text = (
            "The minister said the bridge would reopen on Monday. Critics reportedly "
            "called it a disastrous plan. Prices will rise 5% next year. "
        ) * 60
    while len(text.encode("utf-8")) < size:
        text += "\n\n" + text
    cut = text.encode("utf-8")[:size].decode("utf-8", errors="ignore")
    return cut[: cut.rfind(" ")]


def machine() -> str:
    """One line describing this machine."""
    return describe(f"reliability {reliability.__version__}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            SERVE,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).is_success:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
        if proc.poll() is not None:
            break
    proc.terminate()
    raise SystemExit("the server did not start")


def latency(url: str, text: str, n: int) -> list[float]:
    """Milliseconds for ``n`` sequential analyses (after a warm-up)."""
    times = []
    with httpx.Client(timeout=30) as client:
        for _ in range(20):
            client.post(url, json={"text": text}).raise_for_status()
        for _ in range(n):
            t0 = time.perf_counter()
            r = client.post(url, json={"text": text})
            times.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
    return times


async def load(
    url: str, text: str, clients: int, seconds: float, max_per_client: int
) -> tuple[int, int, list[float]]:
    """``clients`` concurrent loops for ``seconds``: (ok, failed, latencies ms)."""
    deadline = time.monotonic() + seconds
    ok = failed = 0
    times: list[float] = []
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=60, limits=limits) as client:

        async def one(i: int) -> None:
            nonlocal ok, failed
            for n in range(max_per_client):
                if time.monotonic() >= deadline:
                    return
                t0 = time.perf_counter()
                try:
                    r = await client.post(url, json={"text": text, "id": f"{i}-{n}"})
                    good = r.status_code == 200 and r.json()["id"] == f"{i}-{n}"
                    why = f"HTTP {r.status_code}: {r.text[:200]}"
                except (httpx.HTTPError, ValueError, KeyError) as exc:
                    good, why = False, f"{type(exc).__name__}: {exc}"
                if not good:
                    print(f"failed request: {why}", file=sys.stderr)
                times.append((time.perf_counter() - t0) * 1000)
                ok, failed = (ok + 1, failed) if good else (ok, failed + 1)

        await asyncio.gather(*(one(i) for i in range(clients)))
    return ok, failed, times


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return 0 when the floors hold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-per-client", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args(argv)

    text = article()
    port = free_port()
    url = f"http://127.0.0.1:{port}/analyze"
    print(f"machine: {machine()}")
    print(f"article: {len(text.encode('utf-8')):,} bytes, {len(text.split()):,} words")
    proc = start_server(port, args.workers)
    try:
        times = latency(url, text, args.requests)
        median = statistics.median(times)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(
            f"latency: {args.requests} sequential requests, median {median:.1f} ms, "
            f"p95 {p95:.1f} ms, min {min(times):.1f} ms "
            f"(floor: median < {LATENCY_FLOOR_MS:.0f} ms)"
        )
        t0 = time.monotonic()
        ok, failed, load_times = asyncio.run(
            load(url, text, args.clients, args.seconds, args.max_per_client)
        )
        elapsed = time.monotonic() - t0
        print(
            f"load: {args.clients} clients for {elapsed:.1f} s, {ok:,} ok, "
            f"{failed:,} failed, {ok / elapsed:.0f} req/s, median "
            f"{statistics.median(load_times):.0f} ms, max {max(load_times):.0f} ms "
            f"(floor: 0 failed)"
        )
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    passed = median < LATENCY_FLOOR_MS and failed == 0
    print("floors:", "met" if passed else "NOT met")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
