"""Outbox benchmarks: throughput to a local SMTP server, reply-to-mail delay, the kill test.

    .venv/bin/python bench/outbox/run.py [--mails 300] [--replies 50] [--kill-mails 200]

Runs on SQLite and (when reachable) PostgreSQL at SALON_TEST_POSTGRES_URL; prints a
Markdown table. Every number is from real components: Salon's worker and aiosmtplib,
an aiosmtpd server on loopback, SQLite with synchronous=FULL, a real uvicorn server.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.mailbox import SmtpServer  # noqa: E402
from tests.server import running  # noqa: E402

from salon.app import build_deps, create_app  # noqa: E402
from salon.config import Settings, SiteSettings  # noqa: E402
from salon.moderation import Moderator  # noqa: E402
from salon.services.jobs import run_due, worker  # noqa: E402
from salon.store import subscriptions as subscription_rows  # noqa: E402

POSTGRES = os.environ.get("SALON_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
OPEN = {
    "ip_posts_per_minute": 1_000_000,
    "ip_posts_per_hour": 1_000_000,
    "author_posts_per_minute": 1_000_000,
    "author_posts_per_hour": 1_000_000,
}


def postgres_reachable() -> bool:
    try:
        with psycopg.connect(POSTGRES, connect_timeout=3) as conn:
            conn.execute("select 1")
    except psycopg.Error as e:
        print(f"PostgreSQL skipped: {e}", file=sys.stderr)
        return False
    return True


@contextmanager
def fresh(kind: str) -> Iterator[str]:
    """A new empty database of this kind, removed afterwards."""
    if kind == "SQLite":
        with tempfile.TemporaryDirectory() as tmp:
            yield f"sqlite:///{tmp}/bench.db"
        return
    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(POSTGRES, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{POSTGRES}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(POSTGRES, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def settings_for(url: str, smtp: SmtpServer) -> Settings:
    return Settings(
        database_url=url,
        secret_key="bench-secret",  # type: ignore[arg-type]  # noqa: S106
        smtp_host="127.0.0.1",
        smtp_port=smtp.port,
        smtp_tls="none",
        mail_from="bench@example.org",
        outbox_poll_seconds=0.2,
        outbox_lease_seconds=3,
        sites=(SiteSettings(id="default", origins=("local",), moderation=OPEN),),
    )


def subscribers(settings: Settings, moderator: Moderator, n: int, prefix: str) -> None:
    """n confirmed addresses following /article (written directly: setup, not measured)."""
    deps = build_deps(settings, moderator=moderator)
    with deps.change() as tx:
        from salon.store import threads as thread_rows

        thread = thread_rows.get_or_create(tx.conn, "default", "/article", "Bench", tx.now)
        for i in range(n):
            a = subscription_rows.get_or_add_address(
                tx.conn, "default", f"{prefix}{i}@x.org", tx.now
            )
            subscription_rows.subscribe(tx.conn, a.id, "thread", thread.id, tx.now)
            subscription_rows.confirm(tx.conn, a.id, tx.now)
    deps.db.dispose()


def queue_mails(settings: Settings, moderator: Moderator, n: int, prefix: str) -> None:
    """n confirmed followers of /article and one new comment: n mails wait in the outbox."""
    subscribers(settings, moderator, n, prefix)
    app = create_app(settings, moderator=moderator, run_jobs=False)
    with running(app) as base:
        r = httpx.post(
            f"{base}/api/comments",
            json={"uri": "/article", "text": "News", "author": {"name": "Ed"}},
        )
        assert r.status_code == 201, r.text
    deps = build_deps(settings, moderator=moderator)
    run_due(deps, limit=1)  # the notify job: queues the n mails
    if deps.mailer is not None:
        deps.mailer.close()
    deps.db.dispose()


def throughput(url: str, moderator: Moderator, n: int) -> float:
    smtp = SmtpServer()
    smtp.start()
    try:
        settings = settings_for(url, smtp)
        queue_mails(settings, moderator, n, "t")
        deps = build_deps(settings, moderator=moderator)
        w = worker(deps)
        started = time.perf_counter()
        while w.run_due(limit=50):
            pass
        elapsed = time.perf_counter() - started
        if deps.mailer is not None:
            deps.mailer.close()
        deps.db.dispose()
        assert smtp.inbox.count() == n, smtp.inbox.count()
        return n / elapsed
    finally:
        smtp.stop()


def delays(url: str, moderator: Moderator, replies: int) -> list[float]:
    """Seconds from a reply's commit (its 201) to its mail at the SMTP server."""
    smtp = SmtpServer()
    arrived: dict[str, float] = {}
    handle = smtp.inbox.handle_DATA

    async def stamp(server, session, envelope):  # type: ignore[no-untyped-def]
        answer = await handle(server, session, envelope)
        arrived[smtp.inbox.messages[-1]["Subject"]] = time.perf_counter()
        return answer

    smtp.inbox.handle_DATA = stamp  # type: ignore[method-assign]
    smtp.start()
    try:
        settings = settings_for(url, smtp)
        subscribers(settings, moderator, 1, "d")
        out = []
        with (
            running(create_app(settings, moderator=moderator)) as base,
            httpx.Client(base_url=base) as client,
        ):
            for i in range(replies):
                name = f"Reader{i}"
                r = client.post(
                    "/api/comments",
                    json={"uri": "/article", "text": f"Reply {i}", "author": {"name": name}},
                )
                committed = time.perf_counter()
                assert r.status_code == 201, r.text
                subject = f"{name} commented on Bench"
                deadline = committed + 10
                while subject not in arrived and time.perf_counter() < deadline:
                    time.sleep(0.001)
                out.append(arrived[subject] - committed)
        return out
    finally:
        smtp.stop()


def kill_test(
    url: str, moderator: Moderator, n: int, adversarial: bool
) -> tuple[int, int, int, int]:
    """(mails before SIGKILL, after restart, duplicates, missing) for n queued mails.

    The kill lands at a random moment once a third has arrived, or (``adversarial``)
    the instant the SMTP server has accepted a message: the worst moment, before the
    worker can record the mail as sent.
    """
    smtp = SmtpServer()
    smtp.start()
    try:
        settings = settings_for(url, smtp)
        queue_mails(settings, moderator, n, "k")
        with tempfile.TemporaryDirectory() as tmp:
            config = Path(tmp) / "salon.toml"
            config.write_text(
                f'database_url = "{url}"\nsecret_key = "bench-secret"\nsmtp_host = "127.0.0.1"\n'
                f'smtp_port = {smtp.port}\nsmtp_tls = "none"\nmail_from = "bench@example.org"\n'
                "outbox_lease_seconds = 3\noutbox_poll_seconds = 0.2\n"
            )
            cmd = [sys.executable, "-m", "salon.cli", "worker", "--config", str(config)]
            first = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
            while smtp.inbox.count() < n // 3:
                time.sleep(0.0005 if adversarial else 0.005)
            if not adversarial:
                time.sleep(random.uniform(0, 0.3))
            first.send_signal(signal.SIGKILL)
            first.wait()
            before = smtp.inbox.count()
            second = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 120
            while smtp.inbox.count() < n and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(4)  # past the lease: a job run twice would arrive now
            second.send_signal(signal.SIGTERM)
            second.wait()
        ids = smtp.inbox.message_ids()
        return before, len(ids) - before, len(ids) - len(set(ids)), n - len(set(ids))
    finally:
        smtp.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mails", type=int, default=300)
    parser.add_argument("--replies", type=int, default=50)
    parser.add_argument("--kill-mails", type=int, default=200)
    args = parser.parse_args()
    moderator = Moderator.load(None)
    kinds = ["SQLite"] + (["PostgreSQL"] if postgres_reachable() else [])
    print(
        f"mails={args.mails} replies={args.replies} kill-mails={args.kill_mails}, "
        f"{os.cpu_count()} cores\n"
    )
    print(
        "| database | throughput (mails/s) | reply→mail p50 | p99 "
        "| kill at a random moment (before / after / dup / missing) "
        "| kill right after the server's 250 (same) |"
    )
    print("| --- | --- | --- | --- | --- | --- |")
    for kind in kinds:
        with fresh(kind) as url:
            rate = throughput(url, moderator, args.mails)
        with fresh(kind) as url:
            waits = sorted(delays(url, moderator, args.replies))
        kills = []
        for adversarial in (False, True):
            with fresh(kind) as url:
                kills.append(kill_test(url, moderator, args.kill_mails, adversarial))
        p50 = statistics.median(waits) * 1000
        p99 = waits[min(len(waits) - 1, int(len(waits) * 0.99))] * 1000
        print(
            f"| {kind} | {rate:.0f} | {p50:.0f} ms | {p99:.0f} ms | "
            + " | ".join(" / ".join(str(x) for x in k) for k in kills)
            + " |",
            flush=True,
        )


if __name__ == "__main__":
    main()
