"""Live fan-out (item 7 of issue 12): N Server-Sent-Events subscribers on one thread, a new
comment POSTed, the time until every subscriber has it, and the server's memory.

One `salon serve` process holds all subscribers (``--processes 1``), or the subscribers
are split over two processes sharing Redis and the comments are posted to the first, so
every event crossing to the second goes through Redis (``--processes 2``). The readers
run in a process of their own (bench/live/readers.py: raw sockets on one epoll, each
event timestamped as it is received), so the load generator does not compete with the
figure it measures beyond a few microseconds per reader and event.

    python bench/live/run.py [--subscribers 2000] [--posts 5] [--processes 1|2]
        [--idle 20]        # also stay idle this long and count the heartbeats every stream got
        [--profile FILE]   # run the (first) server under cProfile; print where its time went
"""

from __future__ import annotations

import argparse
import json
import os
import pstats
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
URI = "/live-bench"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def start(
    config: Path, port: int, redis: str | None, profile: str | None = None
) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    if redis:
        env["SALON_REDIS_URL"] = redis
    cmd = [PYTHON] + (["-m", "cProfile", "-o", profile] if profile else [])
    # The garbage collector's pauses go to the server's log (bench/live/gc_log.py).
    cmd += [str(Path(__file__).with_name("gc_log.py")), "serve", "--config", str(config)]
    cmd += ["--host", "127.0.0.1", "--port", str(port)]
    log = open(config.parent / f"server-{port}.log", "wb")  # noqa: SIM115 - lives with the server
    return subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)  # noqa: S603


def wait_up(port: int) -> None:
    for _ in range(1800):
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"salon on port {port} did not start")


class Readers:
    """bench/live/readers.py in its own process, and the lines it answers."""

    def __init__(self, ports: list[int], n: int) -> None:
        cmd = [PYTHON, str(Path(__file__).with_name("readers.py")), "--readers", str(n)]
        for port in ports:
            cmd += ["--port", str(port)]
        cmd += ["--uri", URI]
        self.proc = subprocess.Popen(  # noqa: S603
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None  # noqa: S101
        for line in self.proc.stdout:
            self.lines.put(line.strip())

    def expect(self, prefix: str, seconds: float) -> str | None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                return None
            if line.startswith(prefix):
                return line
        return None

    def ask(self, command: str, prefix: str) -> object:
        assert self.proc.stdin is not None  # noqa: S101
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        line = self.expect(prefix, 60)
        if line is None:
            raise SystemExit(f"the readers did not answer {command!r}")
        return json.loads(line)


def bench(args: argparse.Namespace, ports: list[int], pids: list[int]) -> None:
    readers = Readers(ports, args.subscribers)
    ready = readers.expect("ready", 300)
    if ready is None:
        raise SystemExit("the readers did not all get their stream in 300 s")
    print(f"{args.subscribers} subscribers connected in {ready.split()[2]} s", flush=True)
    time.sleep(2)
    rss = [rss_mb(p) for p in pids]
    print(f"RSS with the subscribers, before any post: {'/'.join(f'{x:.0f}' for x in rss)} MB")
    origin = f"http://127.0.0.1:{ports[0]}"
    posted: dict[str, tuple[float, float]] = {}  # marker -> (POST sent, acknowledged)
    with httpx.Client(base_url=origin, headers={"Origin": origin}, timeout=60) as client:
        for k in range(args.posts):
            marker = f"{k:08d}"
            t0 = time.monotonic()
            r = client.post(
                "/api/comments",
                json={"site": "default", "uri": URI, "text": f"Fan-out check livebench-{marker}"},
            )
            acked = time.monotonic()
            client.cookies.clear()
            assert r.status_code == 201, r.text  # noqa: S101 - a bench must not go on blind
            posted[marker] = (t0, acked)
            readers.expect(f"complete {marker}", 10)
            rss = [max(a, rss_mb(p)) for a, p in zip(rss, pids, strict=True)]
            time.sleep(1)
    if args.idle:
        before = readers.ask("beats", "[")
        time.sleep(args.idle)
        after = readers.ask("beats", "[")
        quiet = sum(1 for b, a in zip(before, after, strict=True) if a == b)  # type: ignore[call-overload]
        print(f"idle {args.idle:g} s: {quiet} streams without a heartbeat")
    report = readers.ask("report", "{")
    readers.proc.wait(10)
    assert isinstance(report, dict)  # noqa: S101
    lat: list[float] = []
    missing = 0
    for marker, (t0, acked) in posted.items():
        got = sorted(t - t0 for t in report["arrivals"].get(marker, []))
        missing += args.subscribers - len(got)
        lat += got
        if got:
            print(
                f"post {int(marker)}: acknowledged at {(acked - t0) * 1000:.0f} ms; first reader "
                f"had it at {got[0] * 1000:.0f} ms, p50 {statistics.median(got) * 1000:.0f} ms, "
                f"all {len(got)} by {got[-1] * 1000:.0f} ms",
                flush=True,
            )
    pauses = gc_pauses(args.logs)
    for marker, (t0, _acked) in posted.items():
        got = report["arrivals"].get(marker, [])
        end = max(got) if got else t0 + 10
        hit = [f"gen{g} {ms:.0f} ms" for port, g, at, ms in pauses if t0 <= at <= end]
        print(f"post {int(marker)}: garbage collections during it: {', '.join(hit) or 'none'}")
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000 if lat else float("nan")
    print(
        f"RESULT processes={len(ports)} subscribers={args.subscribers} deliveries={len(lat)} "
        f"missing={missing} p50={statistics.median(lat) * 1000 if lat else 0:.0f}ms "
        f"p99={p99:.0f}ms max={lat[-1] * 1000 if lat else 0:.0f}ms "
        f"open={report['open']} rss_mb={'/'.join(f'{x:.0f}' for x in rss)} "
        f"load={' '.join(f'{x:.1f}' for x in os.getloadavg())}",
        flush=True,
    )


def gc_pauses(logs: list[Path]) -> list[tuple[Path, int, float, float]]:
    """(log, generation, monotonic start, ms) of every pause of 5 ms or more."""
    found = []
    for log in logs:
        for line in log.read_text(errors="replace").splitlines():
            if line.startswith("gc-pause "):
                fields = dict(f.split("=") for f in line.split()[1:])
                found.append((log, int(fields["gen"]), float(fields["at"]), float(fields["ms"])))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--subscribers", type=int, default=2000)
    ap.add_argument("--posts", type=int, default=5)
    ap.add_argument("--processes", type=int, choices=(1, 2), default=1)
    ap.add_argument("--redis", default="redis://127.0.0.1:6379/3")
    ap.add_argument("--port", type=int, default=8093)
    ap.add_argument("--idle", type=float, default=0)
    ap.add_argument("--profile", help="write the first server's cProfile here and summarise it")
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
            for i, port in enumerate(ports):
                servers.append(start(config, port, redis, args.profile if i == 0 else None))
                wait_up(port)  # one at a time: the first creates the schema
            args.logs = [Path(tmp) / f"server-{port}.log" for port in ports]
            bench(args, ports, [s.pid for s in servers])
        finally:
            for s in servers:
                # uvicorn raises the signal again once it has stopped; SIGINT's default
                # (KeyboardInterrupt) still lets cProfile write its file, SIGTERM's does not.
                s.send_signal(signal.SIGINT)
                s.wait(60)
    if args.profile:
        stats = pstats.Stats(args.profile)
        stats.sort_stats("tottime").print_stats(25)


if __name__ == "__main__":
    sys.exit(main())
