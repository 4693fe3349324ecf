"""Import 100,000 comments on SQLite and on PostgreSQL and time it (the issue asks <= 60 s).

    .venv/bin/python bench/import/run.py [--comments 100000] [--formats wordpress,remark42]

Writes a WordPress WXR file and a Remark42 backup with the same comments (1,000 articles,
a third of the comments replies, wpDiscuz votes / Remark42 votes, some HTML), then times
`salon import` (the same service call: parse, plan, one transaction) into an empty
SQLite file and an empty PostgreSQL schema. Results go to bench/import/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import psycopg

from salon.app import build_deps
from salon.config import Settings, default_site
from salon.services.importing import import_file

HERE = Path(__file__).resolve().parent
POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
WORDS = "the council budget readers school river plan vote city data story price".split()


def comments(n: int, seed: int = 42) -> list[dict[str, object]]:
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    out: list[dict[str, object]] = []
    per_thread: dict[int, list[int]] = {}
    for i in range(n):
        thread = i % 1000
        earlier = per_thread.setdefault(thread, [])
        parent = rng.choice(earlier) if earlier and rng.random() < 0.33 else None
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(20, 60)))
        out.append(
            {
                "id": i + 1,
                "thread": thread,
                "parent": parent,
                "author": f"Reader {rng.randint(1, 5000)}",
                "email": f"r{rng.randint(1, 5000)}@example.org",
                "ip": f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                "text": f'<p>{words} <strong>really</strong>?</p><p>See <a href="https://'
                f'example.org/{i}">this</a>.</p>',
                "time": start + timedelta(minutes=i),
                "likes": rng.choice([0, 0, 0, 1, 2, 5]),
                "dislikes": rng.choice([0, 0, 0, 0, 1]),
            }
        )
        earlier.append(i + 1)
    return out


def write_wxr(rows: list[dict[str, object]], path: Path) -> None:
    by_thread: dict[int, list[dict[str, object]]] = {}
    for r in rows:
        by_thread.setdefault(int(r["thread"]), []).append(r)  # type: ignore[call-overload]
    with path.open("w", encoding="utf-8") as f:
        f.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
        )
        for thread, items in by_thread.items():
            f.write(f"<item><title>Article {thread}</title>")
            f.write(f"<link>https://news.example.org/{thread}/</link>\n")
            for r in items:
                when = r["time"].strftime("%Y-%m-%d %H:%M:%S")  # type: ignore[attr-defined]
                f.write(
                    f"<wp:comment><wp:comment_id>{r['id']}</wp:comment_id>"
                    f"<wp:comment_author>{escape(str(r['author']))}</wp:comment_author>"
                    f"<wp:comment_author_email>{r['email']}</wp:comment_author_email>"
                    f"<wp:comment_author_IP>{r['ip']}</wp:comment_author_IP>"
                    f"<wp:comment_date_gmt>{when}</wp:comment_date_gmt>"
                    f"<wp:comment_content><![CDATA[{r['text']}]]></wp:comment_content>"
                    "<wp:comment_approved>1</wp:comment_approved>"
                    f"<wp:comment_parent>{r['parent'] or 0}</wp:comment_parent>"
                    "<wp:commentmeta><wp:meta_key>wpdiscuz_votes_seperate</wp:meta_key>"
                    f'<wp:meta_value>a:2:{{s:4:"like";i:{r["likes"]};s:7:"dislike";'
                    f"i:{r['dislikes']};}}</wp:meta_value></wp:commentmeta>"
                    "</wp:comment>\n"
                )
            f.write("</item>\n")
        f.write("</channel></rss>\n")


def write_remark42(rows: list[dict[str, object]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"version": 1, "users": [], "posts": []}) + "\n")
        for r in rows:
            votes = {f"u{n}": True for n in range(int(r["likes"]))}  # type: ignore[call-overload]
            votes.update({f"d{n}": False for n in range(int(r["dislikes"]))})  # type: ignore[call-overload]
            record = {
                "id": str(r["id"]),
                "pid": str(r["parent"] or ""),
                "text": r["text"],
                "user": {"name": r["author"], "id": f"email_{r['email']}", "ip": r["ip"]},
                "locator": {"site": "news", "url": f"https://news.example.org/{r['thread']}/"},
                "votes": votes,
                "time": r["time"].isoformat(),  # type: ignore[attr-defined]
                "title": f"Article {r['thread']}",
            }
            f.write(json.dumps(record) + "\n")


def _cpu() -> float:
    """CPU seconds of this process and of its finished children (the text workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(url: str, source: str, path: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process and its workers, comments imported)."""
    key = "bench-only-key"
    settings = Settings(database_url=url, secret_key=key, sites=(default_site(),))  # type: ignore[arg-type]
    deps = build_deps(settings)
    try:
        started, cpu = time.perf_counter(), _cpu()
        summary = import_file(deps, source, path, "default")
        return time.perf_counter() - started, _cpu() - cpu, summary.comments
    finally:
        deps.db.dispose()


def postgres_schema() -> tuple[str, str]:
    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{POSTGRES}?options=-csearch_path%3D{schema}", schema


def drop(schema: str) -> None:
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--formats", default="wordpress,remark42")
    args = parser.parse_args()
    rows = comments(args.comments)
    results: list[str] = []
    with tempfile.TemporaryDirectory(prefix="salon-import-bench-") as work:
        files = {"wordpress": Path(work) / "export.xml", "remark42": Path(work) / "backup.jsonl"}
        write_wxr(rows, files["wordpress"])
        write_remark42(rows, files["remark42"])
        for source in args.formats.split(","):
            size = files[source].stat().st_size / 1e6
            seconds, cpu, n = timed(f"sqlite:///{work}/{source}.db", source, files[source])
            results.append(
                f"| {source} | SQLite | {n:,} | {seconds:.1f} s | {cpu:.1f} s | {size:.0f} MB "
                f"| {os.getloadavg()[0]:.1f} |"
            )
            print(results[-1], flush=True)
            url, schema = postgres_schema()
            try:
                seconds, cpu, n = timed(url, source, files[source])
            finally:
                drop(schema)
            results.append(
                f"| {source} | PostgreSQL | {n:,} | {seconds:.1f} s | {cpu:.1f} s | {size:.0f} MB "
                f"| {os.getloadavg()[0]:.1f} |"
            )
            print(results[-1], flush=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    (HERE / "results.md").write_text(
        "# Import speed\n\n"
        f"`.venv/bin/python bench/import/run.py --comments {args.comments}` on {stamp}, "
        "2 shared cores (other work running). Time of the whole import: parse, plan, "
        "one transaction (threads, comments, source ids, votes). CPU is the CPU time of the "
        "import and its two text workers (PostgreSQL's own work is in the wall time only); "
        "load is the 1-minute "
        "load average after each run.\n\n"
        "| source | database | comments | wall time | CPU | file | load |\n"
        "|---|---|---:|---:|---:|---:|---:|\n" + "\n".join(results) + "\n"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
