"""Stress the HTTP service with a real client on 127.0.0.1: load, then abuse.

Starts ``reliability serve`` (the ``reliability.server`` command module) in a
subprocess on a free loopback port, then runs these phases, each bounded in
count and in time:

1. latency: ``POST /analyze`` of a 5 KB article, one request at a time over a
   kept-alive connection (floor: median < 50 ms);
2. load: concurrent clients posting the article in a loop (floor: 0 failed);
3. slow headers: connections that send their headers a few bytes at a time
   (floor: every one closed by the server, 408, within its header limit + 1 s);
4. slow bodies: complete headers, then a body that trickles (floor: every one
   answered 408 within the body limit + 1 s);
5. oversized bodies: over the body limit by ``Content-Length`` and chunked
   (floor: every one 413);
6. timed-out analyses: 8 posts of 0.99 MB of "He said. ", two at a time (the
   number of analysis processes); then a normal request (floor: every one
   504, the normal request answered within 1 s, and the server's memory,
   analysis processes included, not above its level before the phase + 100 MB);
7. idle connections: many sockets opened at once that send nothing (floor:
   no more held than the connection cap; the server answers within 1 s once
   its header limit has closed them).

Through phases 3 to 7 a canary client posts a short document every 0.2 s and
records what was answered and what was refused: what was held and what was
lost. Only loopback traffic; the server is stopped at the end. Exit status 0
when every floor holds, 1 otherwise.

    python benchmarks/server.py [--requests 200] [--clients 50] [--seconds 30]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from machine import describe  # benchmarks/machine.py

import reliability

ROOT = Path(__file__).resolve().parent.parent
LATENCY_FLOOR_MS = 50.0
RECOVERY_FLOOR_S = 1.0
MEMORY_FLOOR_MB = 100.0
SERVE = (
    "import argparse, sys\n"
    "from reliability import server\n"
    "p = argparse.ArgumentParser(); server.configure(p)\n"
    "sys.exit(server.run(p.parse_args(sys.argv[1:])))\n"
)
SHORT = "The council said the road would reopen. Residents reportedly doubted it."


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
    """A loopback port that was free a moment ago."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(port: int, options: list[str]) -> subprocess.Popen[bytes]:
    """``reliability serve`` on 127.0.0.1:``port``, once it answers /health."""
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE, "--host", "127.0.0.1", "--port", str(port)]
        + ["--log-level", "error", *options],
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


def descendants(pid: int) -> Iterator[int]:
    """``pid`` and every process below it (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    todo = [pid]
    while todo:
        current = todo.pop()
        yield current
        todo.extend(children.get(current, ()))


def resident_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its descendants, in MB (Linux /proc)."""
    total = 0
    for each in descendants(pid):
        try:
            for line in Path(f"/proc/{each}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total / 1e6


async def sample_memory(pid: int, peak: list[float]) -> None:
    """Append the server's memory to ``peak`` every 0.25 s until cancelled."""
    while True:
        peak.append(resident_mb(pid))
        await asyncio.sleep(0.25)


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


@dataclass
class Canary:
    """A client posting a short document every ``every`` seconds, by phase."""

    url: str
    every: float = 0.2
    phase: str = "start"
    answered: dict[str, list[float]] = field(default_factory=dict)
    refused: dict[str, list[str]] = field(default_factory=dict)

    async def run(self, stop: asyncio.Event) -> None:
        """Post until ``stop`` is set (one request at a time, 30 s each at most)."""
        async with httpx.AsyncClient(timeout=30) as client:
            while not stop.is_set():
                phase, t0 = self.phase, time.perf_counter()
                try:
                    r = await client.post(self.url, json={"text": SHORT})
                    result = f"HTTP {r.status_code}" if r.status_code != 200 else ""
                except httpx.HTTPError as exc:
                    result = type(exc).__name__
                if result:
                    self.refused.setdefault(phase, []).append(result)
                else:
                    took = time.perf_counter() - t0
                    self.answered.setdefault(phase, []).append(took)
                try:
                    await asyncio.wait_for(stop.wait(), self.every)
                except TimeoutError:
                    pass

    def summary(self, phase: str) -> str:
        """What the canary saw during ``phase``."""
        times = self.answered.get(phase, [])
        lost = self.refused.get(phase, [])
        said = f"canary {len(times)} answered"
        if times:
            said += f" (max {max(times) * 1000:.0f} ms)"
        if lost:
            kinds = sorted(set(lost))
            said += f", {len(lost)} refused ({', '.join(kinds)})"
        return said


async def read_until_closed(
    reader: asyncio.StreamReader, limit: float
) -> tuple[bytes, float]:
    """What the server sends until it closes, and when it closed (s)."""
    t0 = time.monotonic()
    data = b""
    try:
        async with asyncio.timeout(limit):
            while chunk := await reader.read(65536):
                data += chunk
    except (TimeoutError, ConnectionError):
        pass
    return data, time.monotonic() - t0


def status_of(raw: bytes) -> int | None:
    """The status code of a raw HTTP response, or None."""
    parts = raw.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None


#: A raw connection's outcome: the status the server sent (or None), and when
#: it closed the connection (seconds after the request began).
Outcome = tuple[int | None, float]


async def trickle(
    port: int, head: bytes, drip: bytes, every: float, limit: float
) -> Outcome:
    """Send ``head``, then ``drip`` one byte every ``every`` s until closed."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(head)

    async def drip_bytes() -> None:
        for byte in drip:
            await asyncio.sleep(every)
            writer.write(bytes([byte]))
            await writer.drain()

    dripping = asyncio.create_task(drip_bytes())
    try:
        raw, took = await read_until_closed(reader, limit)
    finally:
        dripping.cancel()
        writer.close()
    return status_of(raw), took


async def slow_headers(
    port: int, n: int, limit: float
) -> list[tuple[int | None, float]]:
    """``n`` connections whose headers arrive a byte every 0.25 s."""
    head = b"POST /analyze HTTP/1.1\r\n"
    drip = b"Host: 127.0.0.1\r\nContent-Type: application/json\r\n" * 4
    return await asyncio.gather(
        *(trickle(port, head, drip, 0.25, limit) for _ in range(n))
    )


async def slow_bodies(
    port: int, n: int, limit: float
) -> list[tuple[int | None, float]]:
    """``n`` requests whose 200-byte body arrives a byte every 0.25 s."""
    head = (
        b"POST /analyze HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/json\r\nContent-Length: 200\r\n\r\n"
    )
    drip = b'{"text": "' + b"a" * 188 + b'"}'
    return await asyncio.gather(
        *(trickle(port, head, drip, 0.25, limit) for _ in range(n))
    )


async def oversized(url: str, n: int, size: int) -> list[int]:
    """Status codes of ``n`` bodies of ``size`` bytes, half of them chunked."""
    body = json.dumps({"text": "a" * size}).encode()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    statuses = []
    async with httpx.AsyncClient(timeout=60) as client:
        for i in range(n):
            content = body if i % 2 == 0 else chunks()
            try:
                r = await client.post(
                    url, content=content, headers={"content-type": "application/json"}
                )
                statuses.append(r.status_code)
            except httpx.HTTPError:
                statuses.append(0)  # the server closed before reading it all
    return statuses


async def timed_out(
    url: str, rounds: int, per_round: int, text: str
) -> tuple[list[int], float, int]:
    """``rounds`` x ``per_round`` concurrent hostile posts; then a normal one.

    Returns the statuses, the normal request's seconds and its status.
    """
    statuses = []
    async with httpx.AsyncClient(timeout=120) as client:
        for _ in range(rounds):
            answers = await asyncio.gather(
                *(client.post(url, json={"text": text}) for _ in range(per_round))
            )
            statuses += [r.status_code for r in answers]
        t0 = time.perf_counter()
        r = await client.post(url, json={"text": SHORT})
        return statuses, time.perf_counter() - t0, r.status_code


async def idle_flood(
    port: int, n: int, hold: float
) -> tuple[int, int, int, float, int]:
    """Open ``n`` idle connections at once and hold them up to ``hold`` s.

    Returns (opened, refused at once with 503, closed by the server within
    ``hold``, seconds for a normal request afterwards, its status).
    """
    streams = []
    failed_to_open = 0
    for _ in range(n):
        try:
            streams.append(await asyncio.open_connection("127.0.0.1", port))
        except OSError:
            failed_to_open += 1
    results = await asyncio.gather(
        *(read_until_closed(reader, hold) for reader, _ in streams)
    )
    refused = sum(
        1 for raw, took in results if status_of(raw) == 503 and took < hold / 2
    )
    closed = sum(1 for raw, took in results if took < hold)
    for _, writer in streams:
        writer.close()
    async with httpx.AsyncClient(timeout=30) as client:
        t0 = time.perf_counter()
        r = await client.post(f"http://127.0.0.1:{port}/analyze", json={"text": SHORT})
        took = time.perf_counter() - t0
    return len(streams), refused, closed, took, r.status_code


@asynccontextmanager
async def canary_running(url: str) -> AsyncIterator[Canary]:
    """A canary client for the duration of the block."""
    canary = Canary(url)
    stop = asyncio.Event()
    task = asyncio.create_task(canary.run(stop))
    try:
        yield canary
    finally:
        stop.set()
        await task


def phase(name: str, canary: Canary) -> Callable[[str], None]:
    """Mark the start of a phase; the returned function prints its result."""
    canary.phase = name

    def report(result: str) -> None:
        print(f"{name}: {result}; {canary.summary(name)}")

    return report


async def abuse(port: int, args: argparse.Namespace, server_pid: int) -> bool:
    """Phases 3 to 7; print each; return whether every floor held."""
    url = f"http://127.0.0.1:{port}/analyze"
    held = True
    async with canary_running(url) as canary:
        limit = args.header_timeout + 1
        report = phase("slow headers", canary)
        results = await slow_headers(port, args.abusers, limit + 5)
        closed = [took for status, took in results if status == 408 and took < limit]
        report(
            f"{len(results)} connections, {len(closed)} closed with 408 within "
            f"{limit:g} s (max {max(t for _, t in results):.1f} s)"
        )
        held &= len(closed) == len(results)

        limit = args.body_timeout + 1
        report = phase("slow bodies", canary)
        results = await slow_bodies(port, args.abusers, limit + 5)
        closed = [took for status, took in results if status == 408 and took < limit]
        report(
            f"{len(results)} requests, {len(closed)} answered 408 within "
            f"{limit:g} s (max {max(t for _, t in results):.1f} s)"
        )
        held &= len(closed) == len(results)

        report = phase("oversized bodies", canary)
        statuses = await oversized(url, args.oversized, args.max_bytes + 1_000_000)
        report(
            f"{len(statuses)} bodies of {args.max_bytes + 1_000_000:,} bytes (half "
            f"chunked): {statuses.count(413)} got 413, "
            f"{len(statuses) - statuses.count(413)} other"
        )
        held &= statuses.count(413) == len(statuses)

        report = phase("timed-out analyses", canary)
        before = resident_mb(server_pid)
        peak = [before]
        # Just under the default limit of 1,000,000 characters (a larger text is
        # refused at once with a 422, which would time nothing out).
        dense = "He said. " * 110_000
        sampling = asyncio.create_task(sample_memory(server_pid, peak))
        statuses, took, status = await timed_out(
            url, args.hostile // args.processes, args.processes, dense
        )
        sampling.cancel()
        after = resident_mb(server_pid)
        report(
            f"{len(statuses)} posts of {len(dense):,} characters: "
            f"{statuses.count(504)} got 504; then a normal request: HTTP {status} "
            f"in {took:.2f} s (floor {RECOVERY_FLOOR_S:g} s); server memory "
            f"{before:.0f} MB before, peak {max(peak):.0f} MB, {after:.0f} MB after"
        )
        held &= statuses.count(504) == len(statuses)
        held &= status == 200 and took < RECOVERY_FLOOR_S
        held &= after < before + MEMORY_FLOOR_MB

        report = phase("idle connections", canary)
        hold = args.header_timeout + 3
        opened, refused, closed_n, took, status = await idle_flood(
            port, args.idle, hold
        )
        report(
            f"{opened} opened at once, {refused} refused with 503, "
            f"{closed_n} closed by the server within {hold:g} s, "
            f"{opened - closed_n} still open; then a normal request: HTTP {status} "
            f"in {took:.2f} s"
        )
        held &= opened - refused <= args.max_connections
        held &= status == 200 and took < RECOVERY_FLOOR_S
    return held


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; return 0 when the floors hold."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-per-client", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    parser.add_argument("--processes", type=int, default=2, help="analysis processes")
    parser.add_argument("--timeout", type=float, default=3.0, help="analysis limit")
    parser.add_argument("--header-timeout", type=float, default=2.0)
    parser.add_argument("--body-timeout", type=float, default=3.0)
    parser.add_argument("--max-connections", type=int, default=200)
    parser.add_argument("--max-bytes", type=int, default=2_000_000)
    parser.add_argument("--abusers", type=int, default=20, help="slow clients")
    parser.add_argument("--oversized", type=int, default=10)
    parser.add_argument("--hostile", type=int, default=8, help="timed-out posts")
    parser.add_argument("--idle", type=int, default=1_000, help="idle connections")
    parser.add_argument("--no-load", action="store_true", help="abuse phases only")
    args = parser.parse_args(argv)

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = min(hard, args.idle + 200)
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    text = article()
    port = free_port()
    url = f"http://127.0.0.1:{port}/analyze"
    options = [
        f"--workers={args.workers}",
        f"--processes={args.processes}",
        f"--timeout={args.timeout}",
        f"--header-timeout={args.header_timeout}",
        f"--body-timeout={args.body_timeout}",
        f"--max-connections={args.max_connections}",
        f"--max-bytes={args.max_bytes}",
    ]
    print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f}")
    print(f"server: reliability serve {' '.join(options)}")
    proc = start_server(port, options)
    passed = True
    try:
        print(f"server memory at start: {resident_mb(proc.pid):.0f} MB")
        if not args.no_load:
            print(
                f"article: {len(text.encode('utf-8')):,} bytes, "
                f"{len(text.split()):,} words"
            )
            times = latency(url, text, args.requests)
            median = statistics.median(times)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(
                f"latency: {args.requests} sequential requests, median "
                f"{median:.1f} ms, p95 {p95:.1f} ms, min {min(times):.1f} ms "
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
                f"{statistics.median(load_times):.0f} ms, max "
                f"{max(load_times):.0f} ms (floor: 0 failed)"
            )
            passed = median < LATENCY_FLOOR_MS and failed == 0
        passed &= asyncio.run(abuse(port, args, proc.pid))
        alive = proc.poll() is None
        print(
            f"server after abuse: {'running' if alive else 'DEAD'}, memory "
            f"{resident_mb(proc.pid):.0f} MB"
        )
        passed &= alive
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    print("floors:", "met" if passed else "NOT met")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
