"""Summarise a run.sh results folder: small per-run JSON files, medians, results.md.

    python summarize.py RAW_DIR --results bench/isso/results --md bench/isso/results.md

RAW_DIR is /tmp/salon-bench/<stamp> (server/runN/... raw wrk and client output).
If bench/isso/findings.md exists, it is appended to results.md (profile notes).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
from pathlib import Path
from typing import Any

SERVERS = ["salon", "isso-builtin", "salon-w2", "isso-gunicorn", "nginx"]
SERVER_LABEL = {
    "salon": "Salon `salon serve` (1 uvicorn process)",
    "isso-builtin": "Isso builtin (werkzeug threaded, 1 process)",
    "salon-w2": "Salon `salon serve --workers 2` (+ Redis)",
    "isso-gunicorn": "Isso gunicorn `-w 2 --preload` (sync)",
    "nginx": "nginx (2 workers) sending Salon's answer from a file: the ceiling",
}
# (Salon server, Isso server, label of the pair)
PAIRS = [
    ("salon", "isso-builtin", "1 process: Salon / Isso builtin"),
    ("salon-w2", "isso-gunicorn", "2 workers: Salon / Isso gunicorn"),
    ("salon-w2", "nginx", "2 workers: Salon / nginx"),
]
# (title, Salon endpoint, Isso endpoint, Salon request, Isso request)
ENDPOINTS = [
    (
        "Full thread, 200 comments (`/article-1`)",
        "thread_article1",
        "thread_article1",
        "GET /api/threads?site=default&uri=/article-1&sort=oldest&limit=200",
        "GET /?uri=/article-1",
    ),
    (
        "Full thread, Isso's embed.js query (Salon: the same full-thread request as above)",
        "thread_article1",
        "thread_article1_embedq",
        "GET /api/threads?site=default&uri=/article-1&sort=oldest&limit=200",
        "GET /?uri=%2Farticle-1&sort=oldest&offset=0&nested_limit=5",
    ),
    (
        "Full thread, 200 comments, gzip asked for (`Accept-Encoding: gzip`)",
        "thread_article1_gzip",
        "thread_article1_gzip",
        "GET /api/threads?site=default&uri=/article-1&sort=oldest&limit=200 (gzip)",
        "GET /?uri=/article-1 (gzip)",
    ),
    (
        "Server-rendered thread page (Salon only: Isso has none)",
        "thread_page",
        "thread_page",
        "GET /threads/default?uri=/article-1",
        "–",
    ),
    (
        "Small thread, 20 comments (`/post-01`)",
        "thread_post01",
        "thread_post01",
        "GET /api/threads?site=default&uri=/post-01&limit=200",
        "GET /?uri=/post-01",
    ),
    (
        "Counts for 10 uris",
        "counts10",
        "counts10",
        "GET /api/counts?site=default&uri=/article-1&uri=/post-01&…&uri=/post-09",
        'POST /count  ["/article-1","/post-01",…,"/post-09"]',
    ),
]
CLK_TCK = 100


def med(xs: list[Any]) -> float | None:
    vals = [x for x in xs if x is not None]
    return statistics.median(vals) if vals else None


def tagged_json(path: Path, tag: str) -> dict[str, Any] | None:
    if not path.exists():
        return None
    for line in path.read_text(errors="replace").splitlines():
        if line.startswith(tag + " "):
            return json.loads(line[len(tag) + 1 :])  # type: ignore[no-any-return]
    return None


def mem_peak(path: Path) -> dict[str, Any] | None:
    """memsample.sh lines: epoch nprocs rss_kb pss_kb max_single_rss_kb -> peak MB."""
    if not path.exists():
        return None
    rows = [line.split() for line in path.read_text().splitlines() if line.strip()]
    if not rows:
        return None
    return {
        "rss_mb": round(max(int(r[2]) for r in rows) / 1024, 1),
        "pss_mb": round(max(int(r[3]) for r in rows) / 1024, 1),
        "nprocs": int(rows[-1][1]),
    }


def read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def one_run(d: Path) -> dict[str, Any]:
    run: dict[str, Any] = {"endpoints": {}, "mem": {}}
    for f in sorted(d.glob("*_c1.txt")):
        name = f.name[: -len("_c1.txt")]
        c50 = tagged_json(d / f"{name}.txt", "WRKJSON")
        c1 = tagged_json(f, "WRKJSON")
        # Server CPU per request from the 1-connection run: one request in flight, so no
        # abandoned requests are counted (after a c=50 run, Isso still computes the requests
        # wrk dropped, up to 50 of them, which would inflate its c=50 CPU per request).
        ticks = read_int(d / f"{name}_c1_cputicks.txt")
        size = (
            (d / f"{name}_size.txt").read_text().split()
            if (d / f"{name}_size.txt").exists()
            else []
        )
        c50_ticks = read_int(d / f"{name}_cputicks.txt")
        run["endpoints"][name] = {
            "c50": c50,
            "c1": c1,
            "mem_peak": mem_peak(d / f"{name}_mem.txt"),
            "server_cpu_s_c50_incl_drain": None if c50_ticks is None else c50_ticks / CLK_TCK,
            "server_cpu_ms_per_req": (
                round(ticks / CLK_TCK * 1000 / c1["requests"], 2)
                if ticks is not None and c1 and c1["requests"]
                else None
            ),
            "response_bytes": int(size[0]) if size else None,
            "response_gzip9_bytes": int(size[1]) if len(size) > 1 else None,
        }
    w = tagged_json(d / "write.txt", "POSTJSON")
    ticks = read_int(d / "write_cputicks.txt")
    run["write"] = {
        "result": w,
        "mem_peak": mem_peak(d / "write_mem.txt"),
        "server_cpu_s": None if ticks is None else ticks / CLK_TCK,
        "server_cpu_ms_per_req": (
            round(ticks / CLK_TCK * 1000 / w["ok"], 2)
            if ticks is not None and w and w["ok"]
            else None
        ),
    }
    run["mem"]["idle"] = mem_peak(d / "mem_idle.txt")
    run["mem"]["seeded"] = mem_peak(d / "mem_seeded.txt")
    seed = (d / "seed.txt").read_text() if (d / "seed.txt").exists() else ""
    m = re.search(r"\((\d+) comments/s sequential\)", seed)
    run["seed"] = {
        "line": seed.strip().splitlines()[-1] if seed.strip() else None,
        "per_s": int(m.group(1)) if m else None,
    }
    run["server_log_errors"] = read_int(d / "server_errors.txt")
    return run


def errors_of(w: dict[str, Any] | None) -> int:
    if not w:
        return 0
    return sum(w[k] for k in ("err_connect", "err_read", "err_write", "err_status", "err_timeout"))


def medians(runs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"runs": len(runs), "endpoints": {}}
    names = sorted({n for r in runs for n in r["endpoints"]})
    for n in names:
        eps = [r["endpoints"][n] for r in runs if n in r["endpoints"]]
        c50 = [e["c50"] for e in eps if e["c50"]]
        c1 = [e["c1"] for e in eps if e["c1"]]
        # a run in which no request finished has no latency (wrk prints 0)
        c50_done = [x for x in c50 if x["requests"]]
        c1_done = [x for x in c1 if x["requests"]]
        out["endpoints"][n] = {
            "rps": med([x["rps"] for x in c50]),
            "p50_ms": med([x["lat_p50_ms"] for x in c50_done]),
            "p99_ms": med([x["lat_p99_ms"] for x in c50_done]),
            "completed_per_run": [x["requests"] for x in c50],
            "c1_rps": med([x["rps"] for x in c1]),
            "c1_p50_ms": med([x["lat_p50_ms"] for x in c1_done]),
            "c1_p99_ms": med([x["lat_p99_ms"] for x in c1_done]),
            "errors": sum(errors_of(x) for x in c50) + sum(errors_of(x) for x in c1),
            "rps_per_run": [x["rps"] for x in c50],
            "c1_p50_per_run": [x["lat_p50_ms"] for x in c1],
            "server_cpu_ms_per_req": med([e["server_cpu_ms_per_req"] for e in eps]),
            "peak_rss_mb": med([e["mem_peak"]["rss_mb"] for e in eps if e["mem_peak"]]),
            "peak_pss_mb": med([e["mem_peak"]["pss_mb"] for e in eps if e["mem_peak"]]),
            "response_bytes": med([e["response_bytes"] for e in eps]),
            "response_gzip9_bytes": med([e["response_gzip9_bytes"] for e in eps]),
        }
    ws = [r["write"] for r in runs if r["write"]["result"]]
    out["write"] = {
        "rps": med([w["result"]["ok_per_s"] for w in ws]),
        "p50_ms": med([w["result"]["lat_p50_ms"] for w in ws]),
        "p99_ms": med([w["result"]["lat_p99_ms"] for w in ws]),
        "errors": sum(w["result"]["n"] - w["result"]["ok"] for w in ws),
        "statuses": [w["result"]["status"] for w in ws],
        "rps_per_run": [w["result"]["ok_per_s"] for w in ws],
        "client_cpu_s": med([w["result"]["client_cpu_s"] for w in ws]),
        "server_cpu_ms_per_req": med([w["server_cpu_ms_per_req"] for w in ws]),
        "peak_rss_mb": med([w["mem_peak"]["rss_mb"] for w in ws if w["mem_peak"]]),
        "peak_pss_mb": med([w["mem_peak"]["pss_mb"] for w in ws if w["mem_peak"]]),
    }
    out["mem"] = {
        phase: {
            "rss_mb": med([r["mem"][phase]["rss_mb"] for r in runs if r["mem"][phase]]),
            "pss_mb": med([r["mem"][phase]["pss_mb"] for r in runs if r["mem"][phase]]),
            "nprocs": next((r["mem"][phase]["nprocs"] for r in runs if r["mem"][phase]), None),
        }
        for phase in ("idle", "seeded")
    }
    out["seed_per_s"] = med([r["seed"]["per_s"] for r in runs])
    out["server_log_errors"] = sum(r["server_log_errors"] or 0 for r in runs)
    return out


def fmt(x: float | None, nd: int = 1) -> str:
    if x is None:
        return "–"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) < 1 and x:
        return f"{x:.2f}"
    return f"{x:,.{nd}f}"


def ratio(a: float | None, b: float | None) -> str:
    if a is None or b is None or b == 0:
        return "–"
    r = a / b
    return f"{r:.2f}×" if r < 10 else f"{r:.0f}×"


def endpoint_table(
    lines: list[str], summary: dict[str, Any], s_ep: str, i_ep: str, write: bool = False
) -> None:
    lines.append(
        "| server | req/s | p50 ms | p99 ms | 1-conn req/s | 1-conn p50 ms | 1-conn p99 ms "
        "| server CPU ms/req (1 conn) | peak RSS MB (PSS) | errors |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")

    def get(server: str) -> dict[str, Any] | None:
        if server not in summary:
            return None
        if write:
            return summary[server]["write"]  # type: ignore[no-any-return]
        ep = i_ep if server.startswith("isso") else s_ep
        return summary[server]["endpoints"].get(ep)  # type: ignore[no-any-return]

    for server in SERVERS:
        e = get(server)
        if not e:
            continue
        lines.append(
            f"| {SERVER_LABEL[server]} | {fmt(e['rps'])} | {fmt(e['p50_ms'])} | "
            f"{fmt(e['p99_ms'])} | {fmt(e.get('c1_rps'))} | {fmt(e.get('c1_p50_ms'), 2)} | "
            f"{fmt(e.get('c1_p99_ms'), 2)} | {fmt(e['server_cpu_ms_per_req'], 2)} | "
            f"{fmt(e['peak_rss_mb'])} ({fmt(e['peak_pss_mb'])}) | {e['errors']} |"
        )
    for s, i, label in PAIRS:
        a, b = get(s), get(i)
        if not a or not b:
            continue
        lines.append(
            f"| **ratio {label}** | **{ratio(a['rps'], b['rps'])}** "
            f"| {ratio(a['p50_ms'], b['p50_ms'])} "
            f"| {ratio(a['p99_ms'], b['p99_ms'])} | {ratio(a.get('c1_rps'), b.get('c1_rps'))} "
            f"| **{ratio(a.get('c1_p50_ms'), b.get('c1_p50_ms'))}** "
            f"| {ratio(a.get('c1_p99_ms'), b.get('c1_p99_ms'))} "
            f"| {ratio(a['server_cpu_ms_per_req'], b['server_cpu_ms_per_req'])} "
            f"| {ratio(a['peak_rss_mb'], b['peak_rss_mb'])} | |"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw", type=Path)
    ap.add_argument("--results", type=Path, required=True)
    ap.add_argument("--md", type=Path, required=True)
    ap.add_argument("--command", default="bash bench/isso/run.sh 3")
    args = ap.parse_args()
    raw: Path = args.raw

    per_server: dict[str, list[dict[str, Any]]] = {}
    args.results.mkdir(parents=True, exist_ok=True)
    for old in args.results.glob("*.json"):
        old.unlink()
    for server in SERVERS:
        runs_dir = raw / server
        if not runs_dir.is_dir():
            continue
        for d in sorted(runs_dir.glob("run*"), key=lambda p: int(p.name[3:])):
            r = one_run(d)
            r["server"], r["run"] = server, int(d.name[3:])
            per_server.setdefault(server, []).append(r)
            path = args.results / f"{d.name}_{server}.json"
            path.write_text(json.dumps(r, indent=1) + "\n")
    summary = {s: medians(rs) for s, rs in per_server.items()}
    env = (raw / "env.txt").read_text().strip() if (raw / "env.txt").exists() else ""
    assets = (raw / "assets.txt").read_text().strip() if (raw / "assets.txt").exists() else ""
    progress = (raw / "progress.log").read_text() if (raw / "progress.log").exists() else ""
    (args.results / "summary.json").write_text(
        json.dumps(
            {"raw_dir": str(raw), "env": env, "assets": assets, "servers": summary}, indent=1
        )
        + "\n"
    )

    date = re.search(r"^date: (.*)$", env, re.M)
    secs = re.search(r"^elapsed: (\d+) s", env, re.M)
    elapsed = f"{int(secs.group(1)) / 60:.0f} min" if secs else "an unknown time"
    nruns = max((m["runs"] for m in summary.values()), default=0)
    L: list[str] = []
    L.append("# Salon vs Isso 0.14.0 — measured side by side on this machine\n")
    L.append(
        f"Date: {date.group(1) if date else '?'} · medians of {nruns} runs · rerun with "
        f"`{args.command}` (from the repository root; this run took {elapsed})\n"
    )
    L.append(
        "Each run starts every server from an empty database, seeds the shared data set through "
        "its HTTP API (`/article-1`: 200 comments, 139 top-level and 61 replies; "
        "`/post-01`…`/post-50`: 20 each; 1,200 in total; texts and authors from the shared "
        "`corpus.py`, random seed 42), then measures. Servers alternate within a run: "
        + ", ".join(s for s in SERVERS if s in summary)
        + ". Reads: wrk `-t2 -c50 -d20s --timeout 60s --latency` after a 5 s warm-up, then "
        "`-t1 -c1 -d10s` (1-conn: the bare per-request cost). Writes: 2,000 new comments at "
        "concurrency 20 with httpx (asyncio), cookies cleared after every post. Every request "
        "sends `Origin: http://127.0.0.1:<port>`. Ratios are **Salon / Isso**: above 1 is "
        "better for req/s, below 1 is better for latency, CPU and memory.\n"
    )
    L.append(
        "**Noise:** 2 shared vCPUs; wrk and the write client run on the same 2 cores as the "
        "server, and other engineers ran tests on this machine during the run. Treat "
        "differences under ~20% as noise; look at the per-run numbers below.\n"
    )
    L.append("## Machine and versions\n")
    L.append("```\n" + env + "\n```\n")

    L.append("## Headline: Salon / Isso and Salon / nginx (medians)\n")
    L.append(
        "| endpoint | pair | Salon req/s | other req/s | req/s ratio | Salon 1-conn p50 ms "
        "| other 1-conn p50 ms | 1-conn p50 ratio |"
    )
    L.append("|---|---|---:|---:|---:|---:|---:|---:|")
    rows = [(t, s, i) for t, s, i, _, _ in ENDPOINTS] + [("Write (2,000 posts, c=20)", "", "")]
    for title, s_ep, i_ep in rows:
        for s, i, label in PAIRS:
            if s not in summary or i not in summary:
                continue
            if s_ep:
                a = summary[s]["endpoints"].get(s_ep)
                b = summary[i]["endpoints"].get(i_ep)
            else:
                a, b = summary[s]["write"], summary[i]["write"]
            if not a or not b:
                continue
            shown = title
            if not s_ep:
                shown = f"{title}; failed posts, all runs: Salon {a['errors']}, Isso {b['errors']}"
            L.append(
                f"| {shown} | {label} | {fmt(a['rps'])} | {fmt(b['rps'])} | "
                f"**{ratio(a['rps'], b['rps'])}** | {fmt(a.get('c1_p50_ms'), 2)} | "
                f"{fmt(b.get('c1_p50_ms'), 2)} | {ratio(a.get('c1_p50_ms'), b.get('c1_p50_ms'))} |"
            )
    L.append("")

    for title, s_ep, i_ep, s_req, i_req in ENDPOINTS:
        if not any(
            summary[s]["endpoints"].get(i_ep if s.startswith("isso") else s_ep) for s in summary
        ):
            continue
        L.append(f"## {title}\n")
        L.append(f"Salon: `{s_req}` · Isso: `{i_req}`\n")
        sizes = []
        for s in summary:
            e = summary[s]["endpoints"].get(i_ep if s.startswith("isso") else s_ep)
            if e and e["response_bytes"]:
                sizes.append(
                    f"{s}: {fmt(e['response_bytes'], 0)} B "
                    f"({fmt(e['response_gzip9_bytes'], 0)} B gzip -9)"
                )
        if sizes:
            L.append("Response size: " + "; ".join(sizes) + "\n")
        endpoint_table(L, summary, s_ep, i_ep)
        per_run = "; ".join(
            f"{s} {summary[s]['endpoints'][i_ep if s.startswith('isso') else s_ep]['rps_per_run']}"
            for s in summary
            if summary[s]["endpoints"].get(i_ep if s.startswith("isso") else s_ep)
        )
        done = "; ".join(
            f"{s} {e['completed_per_run']}"
            for s in summary
            if (e := summary[s]["endpoints"].get(i_ep if s.startswith("isso") else s_ep))
        )
        L.append(
            f"\nPer-run req/s: {per_run}. Requests completed in the 20 s c=50 window: {done}.\n"
        )

    L.append("## Write path: 2,000 new comments, 20 concurrent (httpx)\n")
    L.append(
        "Salon: `POST /api/comments` · Isso: `POST /new?uri=…`. req/s = comments created per "
        "second; p50/p99 = client-side latency per POST.\n"
    )
    endpoint_table(L, summary, "", "", write=True)
    L.append(
        "\nPer-run comments/s: "
        + "; ".join(f"{s} {summary[s]['write']['rps_per_run']}" for s in summary)
        + ". Statuses: "
        + "; ".join(f"{s} {summary[s]['write']['statuses']}" for s in summary)
        + ". Client CPU (median s per 2,000 posts): "
        + "; ".join(f"{s} {summary[s]['write']['client_cpu_s']}" for s in summary)
        + ".\n"
    )
    L.append(
        "Sequential seeding speed (1,200 posts, one client, comments/s, median): "
        + "; ".join(f"{s} {fmt(summary[s]['seed_per_s'], 0)}" for s in summary)
        + ".\n"
    )

    L.append("## Memory (RSS of the server process tree, MB; PSS in parentheses; medians)\n")
    names = [("thread_article1", "article-1"), ("thread_post01", "post-01"), ("counts10", "counts")]
    L.append(
        "| server | processes | idle | after seeding | peak: "
        + " | peak: ".join(n for _, n in names)
        + " | peak: writes |"
    )
    L.append("|---|---:|---:|---:|" + "---:|" * (len(names) + 1))
    for s in SERVERS:
        if s not in summary:
            continue
        m = summary[s]
        cells = []
        for ep, _ in names:
            e = m["endpoints"].get(ep)
            cells.append(f"{fmt(e['peak_rss_mb'])} ({fmt(e['peak_pss_mb'])})" if e else "–")
        w = m["write"]
        L.append(
            f"| {SERVER_LABEL[s]} | {m['mem']['idle']['nprocs']} "
            f"| {fmt(m['mem']['idle']['rss_mb'])} "
            f"({fmt(m['mem']['idle']['pss_mb'])}) | {fmt(m['mem']['seeded']['rss_mb'])} "
            f"({fmt(m['mem']['seeded']['pss_mb'])}) | "
            + " | ".join(cells)
            + f" | {fmt(w['peak_rss_mb'])} ({fmt(w['peak_pss_mb'])}) |"
        )
    L.append(
        "\nThe article-1 peak is taken during the Salon full-thread run and, for Isso, during "
        "`GET /?uri=/article-1` (its embed-query run peaks similarly). Salon 2 workers and "
        "gunicorn are master + 2 workers (uvicorn also starts multiprocessing's "
        "resource_tracker, ~12 MB; its spawned workers share nothing; gunicorn "
        "forks after `--preload`, so its RSS sum double-counts shared pages: compare PSS).\n"
    )

    L.append("## Embed client bytes (what each server serves at run time)\n")
    L.append("| server | asset | raw bytes | gzip -9 bytes | sent with `Accept-Encoding: gzip` |")
    L.append("|---|---|---:|---:|---|")
    totals: dict[str, list[int]] = {}
    for line in assets.splitlines():
        parts = line.split()
        if len(parts) < 4:
            continue
        kv = dict(p.split("=", 1) for p in parts[2:] if "=" in p)
        raw_b, gz_b = int(kv.get("raw", 0)), int(kv.get("gzip9", 0))
        t = totals.setdefault(parts[0], [0, 0])
        t[0] += raw_b
        t[1] += gz_b
        enc = kv.get("content_encoding", "none")
        L.append(
            f"| {parts[0]} | `{parts[1]}` | {raw_b:,} | {gz_b:,} | "
            f"{int(kv.get('wire_gzip_asked', 0)):,} B ({enc}) |"
        )
    for server, (rb, gb) in totals.items():
        L.append(f"| {server} | **total** | **{rb:,}** | **{gb:,}** | |")
    if "salon" in totals and "isso" in totals:
        s_t, i_t = totals["salon"], totals["isso"]
        L.append(f"| ratio | Salon / Isso | {ratio(s_t[0], i_t[0])} | {ratio(s_t[1], i_t[1])} | |")
    L.append(
        "\nIsso's assets: `/js/embed.min.js` + `/css/isso.css` (embed.js loads the CSS by "
        "default). Salon's: `/embed.js` + `/embed.css`. A raw size of 0 means the file was "
        "empty or missing when the run measured it.\n"
    )

    L.append("## How to read these numbers\n")
    L.append(
        "- **Connections:** Isso closes every connection (werkzeug sends `Connection: close`, "
        "gunicorn sync workers close after each response), so every wrk request to Isso is a new "
        "TCP connection. uvicorn keeps connections alive, so Salon's wrk requests reuse them. "
        "That is how the servers behave by default; it favours Salon a little on the small "
        "responses (counts).\n"
        "- **Caching:** Salon stores comments as Markdown and renders once per text "
        "(`lru_cache` on the sanitised HTML) and caches each serialised thread page until the "
        "thread changes (`ThreadCache`, keyed by thread version). Isso re-renders every comment "
        "on every read (mistune + bleach, about 0.7 ms a comment). The thread rows therefore "
        "compare Salon's cached read path with Isso's uncached one, which is what each does in "
        "production.\n"
        "- **Access logs:** both Salon configurations log every request (uvicorn's access log "
        "at level info), as does Isso builtin (werkzeug); gunicorn logs no access lines by "
        "default.\n"
        "- Isso builtin's c=50 full-thread numbers are a lower bound (all 50 requests share "
        "the CPU and finish together; see the shared README). The 1-connection numbers are the "
        "cleaner per-request cost.\n"
        "- server CPU ms/req = CPU time of the server process tree during the 1-connection run "
        "divided by its requests (for writes: during the whole write run, divided by the "
        "comments created). It is empty for runs made before run.sh recorded it.\n"
    )
    log_errs = "; ".join(f"{s} {summary[s]['server_log_errors']}" for s in summary)
    L.append(f"Server log lines with `Traceback` or `ERROR` (all runs): {log_errs}.\n")
    L.append(
        f"Raw per-run numbers: `bench/isso/results/run<N>_<server>.json` and "
        f"`bench/isso/results/summary.json` (raw wrk logs were in `{raw}`).\n"
    )
    findings = Path(__file__).with_name("findings.md")
    if findings.exists():
        L.append(findings.read_text().rstrip() + "\n")
    if progress:
        (args.results / "progress.log").write_text(progress)
    args.md.write_text("\n".join(L))
    print("\n".join(L))


if __name__ == "__main__":
    main()
