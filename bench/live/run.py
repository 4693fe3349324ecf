"""Live fan-out (item 7 of issue 12): N Server-Sent-Events subscribers on one thread, a new
comment POSTed, the time until every subscriber has it, and the server's memory.

One `salon serve` process holds all subscribers (``--processes 1``), or the subscribers
are split over two processes sharing Redis and the comments are posted to the first, so
every event crossing to the second goes through Redis (``--processes 2``).

    .venv/bin/python bench/live/run.py [--subscribers 2000] [--posts 5] [--processes 1|2]
        [--idle 20]   # also stay idle this long and count the heartbeats every stream got
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
PYTHON = str(REPO / ".venv/bin/python")
URI = "/live-bench"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start(config: Path, port: int, redis: str | None) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    if redis:
        env["SALON_REDIS_URL"] = redis
    cmd = [str(REPO / ".venv/bin/salon"), "serve", "--config", str(config)]
    cmd += ["--host", "127.0.0.1", "--port", str(port)]
    log = open(config.parent / f"server-{port}.log", "wb")  # noqa: SIM115 - lives with the server
    return subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


def wait_up(port: int) -> None:
    for _ in range(600):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"salon on port {port} did not start")


class Subscriber:
    def __init__(self) -> None:
        self.seen: dict[str, float] = {}  # marker -> when it arrived
        self.heartbeats = 0
        self.ready = asyncio.Event()

    async def run(self, port: int) -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        origin = f"http://127.0.0.1:{port}"
        writer.write(
            f"GET /api/live?site=default&uri={URI} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Origin: {origin}\r\nAccept: text/event-stream\r\n\r\n".encode()
        )
        await writer.drain()
        try:
            while line := await reader.readline():
                if line.startswith(b"retry:"):
                    self.ready.set()
                elif line.startswith(b": keep-alive"):
                    self.heartbeats += 1
                elif line.startswith(b"data:") and b"livebench-" in line:
                    marker = line.split(b"livebench-", 1)[1][:8].decode()
                    self.seen.setdefault(marker, time.perf_counter())
        finally:
            writer.close()


async def bench(args: argparse.Namespace, ports: list[int], pids: list[int]) -> None:
    subs = [Subscriber() for _ in range(args.subscribers)]
    tasks = []
    for i, s in enumerate(subs):
        tasks.append(asyncio.create_task(s.run(ports[i % len(ports)])))
        if i % 100 == 99:
            await asyncio.sleep(0.05)  # no thundering accept queue
    t = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(s.ready.wait() for s in subs)), 300)
    print(f"{len(subs)} subscribers connected in {time.perf_counter() - t:.1f} s", flush=True)
    await asyncio.sleep(2)
    rss = [rss_mb(p) for p in pids]
    origin = f"http://127.0.0.1:{ports[0]}"
    lat: list[float] = []
    missing = 0
    async with httpx.AsyncClient(base_url=origin, headers={"Origin": origin}, timeout=60) as client:
        for k in range(args.posts):
            marker = f"{k:08d}"
            t0 = time.perf_counter()
            r = await client.post(
                "/api/comments",
                json={"site": "default", "uri": URI, "text": f"Fan-out check livebench-{marker}"},
            )
            client.cookies.clear()
            assert r.status_code == 201, r.text  # noqa: S101 - a bench must not go on blind
            acked = time.perf_counter() - t0
            deadline = time.perf_counter() + 10
            while time.perf_counter() < deadline and any(marker not in s.seen for s in subs):
                await asyncio.sleep(0.01)
            got = [s.seen[marker] - t0 for s in subs if marker in s.seen]
            missing += len(subs) - len(got)
            lat += got
            got.sort()
            print(
                f"post {k}: acknowledged in {acked * 1000:.0f} ms; all {len(got)} got it by "
                f"{got[-1] * 1000:.0f} ms (p50 {statistics.median(got) * 1000:.0f} ms)",
                flush=True,
            )
            rss = [max(a, rss_mb(p)) for a, p in zip(rss, pids, strict=True)]
            await asyncio.sleep(1)
    if args.idle:
        before = [s.heartbeats for s in subs]
        await asyncio.sleep(args.idle)
        quiet = sum(1 for s, b in zip(subs, before, strict=True) if s.heartbeats == b)
        alive = sum(1 for t in tasks if not t.done())
        print(f"idle {args.idle} s: {alive} streams open, {quiet} without a heartbeat")
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000
    print(
        f"RESULT processes={len(ports)} subscribers={len(subs)} deliveries={len(lat)} "
        f"missing={missing} p50={statistics.median(lat) * 1000:.0f}ms p99={p99:.0f}ms "
        f"max={lat[-1] * 1000:.0f}ms rss_mb={'/'.join(f'{x:.0f}' for x in rss)} "
        f"load={' '.join(f'{x:.1f}' for x in os.getloadavg())}",
        flush=True,
    )
    for t in tasks:
        t.cancel()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subscribers", type=int, default=2000)
    ap.add_argument("--posts", type=int, default=5)
    ap.add_argument("--processes", type=int, choices=(1, 2), default=1)
    ap.add_argument("--redis", default="redis://127.0.0.1:6379/3")
    ap.add_argument("--port", type=int, default=8093)
    ap.add_argument("--idle", type=float, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="salon-live-") as tmp:
        subprocess.run(  # noqa: S603
            [PYTHON, str(REPO / "bench/isso/salon_config.py"), tmp],
            check=True,
            stdout=subprocess.DEVNULL,
            env=dict(os.environ, PYTHONPATH=str(REPO / "src")),
        )
        config = Path(tmp) / "salon.toml"
        ports = [args.port + i for i in range(args.processes)]
        redis = args.redis if args.processes > 1 else None
        if redis:
            import redis as redis_client

            redis_client.Redis.from_url(redis).flushdb()
        servers = []
        try:
            for port in ports:
                servers.append(start(config, port, redis))
                wait_up(port)  # one at a time: the first creates the schema
            asyncio.run(bench(args, ports, [s.pid for s in servers]))
        finally:
            for s in servers:
                s.terminate()
                s.wait(10)


if __name__ == "__main__":
    sys.exit(main())
