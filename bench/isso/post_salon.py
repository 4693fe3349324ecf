"""Write-path load on Salon: POST N new comments with C concurrent clients (asyncio + httpx).

Mirrors /work/shared/bench/isso/post_bench.py: the same jobs (random seed 7, round-robin over
/post-01../post-50, about a third replies to seeded comments), cookies cleared after each
post, the same percentile rule, and the same 'POSTJSON {...}' line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import time

import httpx
from common import load_corpus
from seed_salon import SHARED


def pct(s: list[float], p: float) -> float:
    return s[min(len(s) - 1, max(0, int(round(p / 100 * len(s) + 0.5)) - 1))] * 1000


async def run(args: argparse.Namespace, jobs: list[str]) -> tuple[float, list[float], dict]:
    headers = {"Content-Type": "application/json", "Origin": args.origin or args.base}
    lat: list[float] = []
    status: dict[str, int] = {}
    queue: asyncio.Queue[str] = asyncio.Queue()
    for j in jobs:
        queue.put_nowait(j)

    async def worker(client: httpx.AsyncClient) -> None:
        while True:
            try:
                body = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            t = time.perf_counter()
            try:
                r = await client.post("/api/comments", content=body)
                key = str(r.status_code)
                client.cookies.clear()
            except httpx.HTTPError as e:
                key = type(e).__name__
            lat.append(time.perf_counter() - t)
            status[key] = status.get(key, 0) + 1

    limits = httpx.Limits(max_connections=args.c, max_keepalive_connections=args.c)
    async with httpx.AsyncClient(
        base_url=args.base, headers=headers, limits=limits, timeout=60
    ) as client:
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(args.c)))
        return time.perf_counter() - t0, lat, status


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8081")
    ap.add_argument("--origin", default=None)
    ap.add_argument("--site", default="default")
    ap.add_argument("--ids", required=True)
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("-c", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus-dir", default=SHARED)
    args = ap.parse_args()
    corpus = load_corpus(args.corpus_dir)

    with open(args.ids) as f:
        ids = json.load(f)
    uris = sorted(u for u in ids if u != "/article-1")
    rng = random.Random(args.seed)
    jobs = []
    for i in range(args.n):
        uri = uris[i % len(uris)]
        text = corpus.text(rng)
        who = corpus.author(rng)
        body: dict[str, object] = {
            "site": args.site,
            "uri": uri,
            "text": text,
            "author": {"name": who["author"], "email": who["email"], "website": who["website"]},
        }
        if rng.random() < 1 / 3:
            body["parent"] = rng.choice(ids[uri])
        jobs.append(json.dumps(body))

    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    elapsed, lat, status = asyncio.run(run(args, jobs))
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    s = sorted(lat)
    ok = status.get("201", 0)
    res = {
        "n": args.n,
        "c": args.c,
        "ok": ok,
        "status": status,
        "elapsed_s": round(elapsed, 3),
        "ok_per_s": round(ok / elapsed, 2),
        "lat_p50_ms": round(pct(s, 50), 2),
        "lat_p90_ms": round(pct(s, 90), 2),
        "lat_p99_ms": round(pct(s, 99), 2),
        "lat_max_ms": round(s[-1] * 1000, 2),
        "client_cpu_s": round(client_cpu, 2),
    }
    print(
        f"POST /api/comments: {ok}/{args.n} created in {elapsed:.1f}s = {res['ok_per_s']} "
        f"comments/s, p50 {res['lat_p50_ms']} ms, p99 {res['lat_p99_ms']} ms, "
        f"statuses {status}, client CPU {client_cpu:.1f}s"
    )
    print("POSTJSON " + json.dumps(res))


if __name__ == "__main__":
    main()
