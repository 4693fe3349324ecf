"""The write path under load: POST comments with full moderation, N posts from C clients.

    .venv/bin/python bench/writes/run.py                       # the matrix below, once
    .venv/bin/python bench/writes/run.py --db sqlite --workers 2 -n 2000 -c 20
    .venv/bin/python bench/writes/run.py --db sqlite --workers 1 --profile /tmp/w.pstats

For each case (database sqlite|postgres x `salon serve --workers 1|2`) a fresh database
(a SQLite file, or a PostgreSQL schema dropped afterwards) gets one `salon serve`, seeded
through the API with 250 comments over /post-01../post-50 (also the warm-up), then N new
comments (a third of them replies) are posted by C concurrent httpx clients on loopback,
with the texts and authors of the shared Isso corpus, so every post goes through the whole
moderation pipeline as in ../isso/post_salon.py. Then every acknowledged comment (201 or
202) is looked up in the database: `lost` must be 0.

Printed per case: comments/s, p50/p90/p99/max latency, failures by status, the largest RSS
of one server process during the load, server CPU per post, the load average before and
after. Bounded: a case stops after --max-seconds; JSON lines are appended to --out.
With --profile FILE the server is bench/writes/profile_server.py (cProfile of thread CPU
time in every thread; py-spy cannot attach here) and its stats go to FILE.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent / "isso"))
from common import load_corpus  # noqa: E402
from salon_config import MODERATION, SECRET  # noqa: E402

SHARED = str(REPO.parent / "shared" / "bench" / "isso")
# The Python running this script serves too (a worktree without its own .venv can borrow
# another checkout's); PYTHONPATH puts this tree's src (or --rev's) in front of whatever
# the venv has installed in editable mode.
BIN = Path(sys.executable).parent
POSTGRES = os.environ.get("SALON_BENCH_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
REDIS = os.environ.get("SALON_BENCH_REDIS_URL", "redis://127.0.0.1:6379/4")
THREADS = [f"/post-{i:02d}" for i in range(1, 51)]


def pct(s: list[float], p: float) -> float:
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))] * 1000


def write_config(directory: Path, database_url: str) -> Path:
    lines = [
        f'database_url = "{database_url}"',
        f'secret_key = "{SECRET}"',
        "",
        "[[sites]]",
        'id = "default"',
        'name = "Bench"',
        'origins = ["local"]',
        "",
        "[sites.moderation]",
        *(f"{k} = {json.dumps(v)}" for k, v in MODERATION.items()),
    ]
    path = directory / "salon.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def tree(pid: int) -> list[int]:
    try:
        kids = subprocess.run(
            ["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False
        ).stdout.split()
    except OSError:
        kids = []
    return [pid, *(int(k) for k in kids)]


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_ticks(pids: list[int]) -> tuple[int, int]:
    """(user, system) clock ticks of these processes."""
    user = system = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            user += int(fields[11])
            system += int(fields[12])
        except OSError:
            pass
    return user, system


class MemSampler(threading.Thread):
    """The largest RSS of any one server process, sampled every 0.2 s."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.peak = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak = max([self.peak, *(rss_kb(p) for p in self.pids)])
            self.stop.wait(0.2)


def jobs_for(corpus: Any, ids: dict[str, list[int]], n: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        uri = THREADS[i % len(THREADS)]
        text = corpus.text(rng)
        who = corpus.author(rng)
        body: dict[str, object] = {
            "site": "default",
            "uri": uri,
            "text": text,
            "author": {"name": who["author"], "email": who["email"], "website": who["website"]},
        }
        if ids.get(uri) and rng.random() < 1 / 3:
            body["parent"] = rng.choice(ids[uri])
        out.append(json.dumps(body).encode())
    return out


async def post_all(base: str, jobs: list[bytes], c: int, deadline: float) -> dict[str, Any]:
    headers = {"Content-Type": "application/json", "Origin": base}
    lat: list[float] = []
    status: dict[str, int] = {}
    acked: list[int] = []
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for j in jobs:
        queue.put_nowait(j)

    async def worker(client: httpx.AsyncClient) -> None:
        while time.monotonic() < deadline:
            try:
                body = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t = time.perf_counter()
            try:
                r = await client.post("/api/comments", content=body)
                key = str(r.status_code)
                if r.status_code in (201, 202):
                    acked.append(int(r.json()["comment"]["id"]))
                client.cookies.clear()  # every post from a new visitor, as the Isso client
            except httpx.HTTPError as e:
                key = type(e).__name__
            lat.append(time.perf_counter() - t)
            status[key] = status.get(key, 0) + 1

    limits = httpx.Limits(max_connections=c, max_keepalive_connections=c)
    async with httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=60) as cl:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(cl) for _ in range(c)))
        elapsed = time.perf_counter() - t0
    return {"elapsed": elapsed, "lat": sorted(lat), "status": status, "acked": acked}


def seed(base: str, corpus: Any, per_thread: int) -> dict[str, list[int]]:
    rng = random.Random(42)
    headers = {"Content-Type": "application/json", "Origin": base}
    ids: dict[str, list[int]] = {u: [] for u in THREADS}
    with httpx.Client(base_url=base, headers=headers, timeout=30) as client:
        for uri in THREADS:
            for _ in range(per_thread):
                who = corpus.author(rng)
                body = {
                    "site": "default",
                    "uri": uri,
                    "title": uri,
                    "text": corpus.text(rng),
                    "author": {"name": who["author"], "email": who["email"]},
                }
                r = client.post("/api/comments", json=body)
                r.raise_for_status()
                if r.json()["state"] == "published":
                    ids[uri].append(int(r.json()["comment"]["id"]))
                client.cookies.clear()
    return ids


def stored_ids(db: str, url: str, wanted: list[int]) -> set[int]:
    found: set[int] = set()
    chunks = [wanted[i : i + 500] for i in range(0, len(wanted), 500)]
    if db == "sqlite":
        conn = sqlite3.connect(url.removeprefix("sqlite:///"))
        try:
            for chunk in chunks:
                marks = ",".join("?" * len(chunk))
                rows = conn.execute(f"SELECT id FROM comments WHERE id IN ({marks})", chunk)  # noqa: S608
                found.update(r[0] for r in rows)
        finally:
            conn.close()
    else:
        import psycopg

        with psycopg.connect(url) as conn:
            for chunk in chunks:
                rows = conn.execute("SELECT id FROM comments WHERE id = ANY(%s)", (chunk,))
                found.update(r[0] for r in rows)
    return found


def wait_up(base: str, proc: subprocess.Popen[bytes], log: Path, workers: int) -> None:
    for _ in range(300):
        if proc.poll() is not None:
            raise SystemExit(f"server died:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    else:
        raise SystemExit(f"server did not come up:\n{log.read_text()[-3000:]}")
    for _ in range(150):  # every worker has loaded its models
        if log.read_text().count("Application startup complete") >= workers:
            return
        time.sleep(0.2)


def exported_src(rev: str) -> Path:
    """``src`` of commit ``rev`` (git archive), to measure it with this venv (an editable
    install is a path entry, so PYTHONPATH in front selects the source)."""
    out = Path(tempfile.gettempdir()) / f"salon-writes-src-{rev}"
    if not (out / "src").is_dir():
        out.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", rev, "src"],  # noqa: S607
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)  # noqa: S607
    return out / "src"


def run_case(args: argparse.Namespace, db: str, workers: int, corpus: Any) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="salon-writes-"))
    schema = None
    if db == "sqlite":
        url = f"sqlite:///{work}/salon.db"
    else:
        import psycopg

        schema = "bench_" + uuid.uuid4().hex[:10]
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{POSTGRES}?options=-csearch_path%3D{schema}"
    config = write_config(work, url)
    env = dict(os.environ)
    env.pop("SALON_REDIS_URL", None)
    env["PYTHONPATH"] = str(exported_src(args.rev) if args.rev else REPO / "src")
    cmd = [str(BIN / "salon"), "serve", "--config", str(config), "--host", "127.0.0.1"]
    cmd += ["--port", str(args.port)]
    if args.profile:
        cmd = [str(BIN / "python"), str(HERE / "profile_server.py"), str(config)]
        cmd += [str(args.port), args.profile]
    if workers > 1:
        import redis

        redis.Redis.from_url(REDIS).flushdb()
        env["SALON_REDIS_URL"] = REDIS
        cmd += ["--workers", str(workers)]
    log = work / "server.log"
    base = f"http://127.0.0.1:{args.port}"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)  # noqa: S603
    try:
        wait_up(base, proc, log, workers)
        ids = seed(base, corpus, args.seed_per_thread)
        jobs = jobs_for(corpus, ids, args.n, args.seed)
        pids = tree(proc.pid)
        load_before = os.getloadavg()
        mem = MemSampler(pids)
        mem.start()
        c0 = cpu_ticks(pids)
        deadline = time.monotonic() + args.max_seconds
        res = asyncio.run(post_all(base, jobs, args.c, deadline))
        c1 = cpu_ticks(pids)
        user, system = c1[0] - c0[0], c1[1] - c0[1]
        mem.stop.set()
        mem.join()
        load_after = os.getloadavg()
        acked = res["acked"]
        lost = len(set(acked) - stored_ids(db, url, acked))
        lat = res["lat"]
        failures = sum(v for k, v in res["status"].items() if k not in ("201", "202"))
        row = {
            "db": db,
            "workers": workers,
            "n": args.n,
            "c": args.c,
            "done": len(lat),
            "acked": len(acked),
            "failures": failures,
            "lost": lost,
            "status": res["status"],
            "elapsed_s": round(res["elapsed"], 2),
            "per_s": round(len(acked) / res["elapsed"], 1),
            "p50_ms": round(pct(lat, 50), 1),
            "p90_ms": round(pct(lat, 90), 1),
            "p99_ms": round(pct(lat, 99), 1),
            "max_ms": round(lat[-1] * 1000, 1),
            "rss_mb": round(mem.peak / 1024, 1),
            "server_cpu_ms_per_post": round(
                (user + system) * 1000 / os.sysconf("SC_CLK_TCK") / len(lat), 2
            ),
            "server_sys_ms_per_post": round(system * 1000 / os.sysconf("SC_CLK_TCK") / len(lat), 2),
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in load_after],
            "commit": args.rev
            or subprocess.run(
                ["git", "-C", str(REPO), "describe", "--always", "--dirty"],  # noqa: S607
                capture_output=True,
                text=True,
                check=False,
            ).stdout.strip(),
            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        errors = log.read_text(errors="replace").count("Traceback")
        row["server_tracebacks"] = errors
        return row
    finally:
        # uvicorn re-raises SIGTERM after its shutdown; SIGINT lets the profiler write its file.
        proc.send_signal(signal.SIGINT if args.profile else signal.SIGTERM)
        try:
            proc.wait(120 if args.profile else 20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if schema is not None:
            import psycopg

            with psycopg.connect(POSTGRES, autocommit=True) as conn:
                conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def table(path: str) -> str:
    """The rows of a results file as a Markdown table."""
    lines = [
        "| label | commit | db | workers | posts | comments/s | p50 ms | p99 ms | failures | lost "
        "| RSS MB (largest process) | server CPU ms/post (system) | load avg before -> after |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            lines.append(
                f"| {r['label']} | {r['commit']} | {r['db']} | {r['workers']} | {r['acked']} "
                f"| {r['per_s']} | {r['p50_ms']} | {r['p99_ms']} | {r['failures']} {r['status']} "
                f"| {r['lost']} | {r['rss_mb']} | {r['server_cpu_ms_per_post']} "
                f"({r.get('server_sys_ms_per_post', '-')}) "
                f"| {r['load_before'][0]} -> {r['load_after'][0]} |"
            )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", choices=["sqlite", "postgres"], action="append")
    ap.add_argument("--workers", type=int, action="append")
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-c", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--seed-per-thread", type=int, default=5)
    ap.add_argument("--port", type=int, default=8141)
    ap.add_argument("--max-seconds", type=float, default=300.0)
    ap.add_argument("--profile", default=None, help="cProfile the server (1 worker) to this file")
    ap.add_argument("--rev", default=None, help="measure this commit's src (default: worktree)")
    ap.add_argument("--label", default="")
    ap.add_argument("--out", default=str(HERE / "results.jsonl"))
    ap.add_argument("--table", action="store_true", help="print --out as a Markdown table")
    args = ap.parse_args()
    if args.table:
        print(table(args.out))
        return
    corpus = load_corpus(SHARED)
    for db in args.db or ["sqlite", "postgres"]:
        for workers in args.workers or [1, 2]:
            row = run_case(args, db, workers, corpus)
            row["label"] = args.label
            print(
                f"{db:8} w{workers}: {row['per_s']:7.1f} comments/s  p50 {row['p50_ms']} ms  "
                f"p99 {row['p99_ms']} ms  failures {row['failures']}  lost {row['lost']}  "
                f"RSS {row['rss_mb']} MB  CPU {row['server_cpu_ms_per_post']} ms/post "
                f"(sys {row['server_sys_ms_per_post']})  "
                f"load {row['load_before'][0]}->{row['load_after'][0]}  {row['status']}",
                flush=True,
            )
            with open(args.out, "a") as f:
                f.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
