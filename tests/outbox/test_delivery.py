"""Delivery across failures: SMTP down and up, a worker killed mid-batch, two workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from salon.app import build_deps
from salon.config import Settings
from salon.domain.jobs import JobState
from salon.services.jobs import list_jobs, retry_job, run_all, run_due
from tests.conftest import post
from tests.mailbox import SmtpServer, link

ALICE = "alice@example.org"


def _subscribed(client: TestClient, smtp: SmtpServer) -> int:
    """Alice follows the thread and confirms; the id of her comment."""
    top = post(client, "Following this one", author={"email": ALICE}, notify="all")
    run_all(client.app.state.deps)  # type: ignore[attr-defined]
    token = link(smtp.inbox.to(ALICE)[0], "/mail/confirm").split("t=", 1)[1]
    assert client.post("/mail/confirm", data={"t": token}).status_code == 200
    return int(top["comment"]["id"])


def test_mail_waits_while_smtp_is_down_and_all_arrive_once_when_it_is_back(
    mail_client: TestClient, smtp: SmtpServer, clock
) -> None:  # type: ignore[no-untyped-def]
    deps = mail_client.app.state.deps  # type: ignore[attr-defined]
    _subscribed(mail_client, smtp)
    smtp.stop()
    for i in range(5):
        post(mail_client, f"Comment number {i}", author={"name": f"Reader {i}"})
    run_all(deps)
    pending = [j for j in list_jobs(deps, JobState.PENDING) if j.kind == "mail"]
    assert len(pending) == 5
    assert all("Connect" in (j.last_error or "") for j in pending), pending[0].last_error
    for _ in range(3):  # still down: the retries back off, nothing is lost
        clock.advance(minutes=5)
        run_all(deps)
    waits = [j.run_after for j in list_jobs(deps, JobState.PENDING) if j.kind == "mail"]
    assert min(waits) > clock.now + __import__("datetime").timedelta(minutes=1)
    smtp.start()
    clock.advance(hours=2)
    run_all(deps)
    clock.advance(hours=2)
    run_all(deps)
    assert len(smtp.inbox.to(ALICE)) == 6  # the confirmation and five comments
    assert len(set(smtp.inbox.message_ids())) == smtp.inbox.count()


def test_a_job_that_keeps_failing_is_dead_and_an_operator_can_retry_it(
    mail_settings: Settings, smtp: SmtpServer, clock, moderator
) -> None:  # type: ignore[no-untyped-def]
    from salon.app import create_app

    settings = mail_settings.model_copy(update={"outbox_max_attempts": 3})
    with TestClient(create_app(settings, clock=clock, moderator=moderator, run_jobs=False)) as c:
        deps = c.app.state.deps  # type: ignore[attr-defined]
        smtp.stop()
        c.post("/api/subscriptions", json={"uri": "/article", "email": ALICE})
        for _ in range(5):
            run_all(deps)
            clock.advance(hours=2)
        (dead,) = list_jobs(deps, JobState.DEAD)
        assert dead.kind == "mail" and dead.attempts == 3 and "Connect" in (dead.last_error or "")
        assert run_due(deps) == 0  # dead jobs are not taken
        smtp.start()
        retry_job(deps, dead.id)
        assert run_due(deps) == 1
        assert len(smtp.inbox.to(ALICE)) == 1
        assert list_jobs(deps, JobState.DEAD) == []


def _config(tmp_path: Path, settings: Settings) -> Path:
    path = tmp_path / "salon.toml"
    path.write_text(
        "\n".join(
            [
                f'database_url = "{settings.database_url}"',
                'secret_key = "test-secret-key"',
                'smtp_host = "127.0.0.1"',
                f"smtp_port = {settings.smtp_port}",
                'smtp_tls = "none"',
                'mail_from = "comments@example.org"',
                "outbox_lease_seconds = 2",
                "outbox_poll_seconds = 0.2",
            ]
        )
    )
    return path


def _queue_mails(settings: Settings, smtp: SmtpServer, n: int, moderator) -> None:  # type: ignore[no-untyped-def]
    """n confirmed readers and one comment: n mails queued (the real clock here)."""
    from salon.app import create_app

    settings = settings.model_copy(update={"subscribe_per_ip_per_hour": 100_000})
    with TestClient(create_app(settings, moderator=moderator, run_jobs=False)) as c:
        deps = c.app.state.deps  # type: ignore[attr-defined]
        for i in range(n):
            r = c.post("/api/subscriptions", json={"uri": "/article", "email": f"r{i}@example.org"})
            assert r.status_code == 202
        run_all(deps)
        for i in range(n):
            token = link(smtp.inbox.to(f"r{i}@example.org")[0], "/mail/confirm").split("t=", 1)[1]
            assert c.post("/mail/confirm", data={"t": token}).status_code == 200
        post(c, "News for everyone", author={"name": "Editor"})
        run_due(deps)  # the notify job: it queues the n mails, which wait for the worker
    assert smtp.inbox.count() == n


def _worker(config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "salon.cli", "worker", "--config", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


@pytest.mark.slow
def test_a_worker_killed_mid_batch_delivers_every_mail_exactly_once_after_restart(
    mail_settings: Settings, smtp: SmtpServer, tmp_path: Path, moderator
) -> None:  # type: ignore[no-untyped-def]
    n = 30
    settings = mail_settings.model_copy(update={"outbox_lease_seconds": 2})
    _queue_mails(settings, smtp, n, moderator)
    config = _config(tmp_path, settings)
    smtp.inbox.rcpt_delay = 0.05
    first = _worker(config)
    try:
        assert _wait(lambda: smtp.inbox.count() >= n + 8, 60), "the worker sent nothing"
        # Kill it while the SMTP server holds its next message at RCPT: mid-batch, mid-mail.
        smtp.inbox.at_rcpt.clear()
        assert smtp.inbox.at_rcpt.wait(10)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
    finally:
        if first.poll() is None:
            first.kill()
    delivered_before = smtp.inbox.count() - n
    assert 0 < delivered_before < n
    second = _worker(config)
    try:
        assert _wait(lambda: smtp.inbox.count() >= 2 * n, 60)
        time.sleep(1.0)  # anything sent twice would arrive now
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(10)
    notifications = [m for m in smtp.inbox.messages if "Confirm" not in m["Subject"]]
    assert len(notifications) == n
    assert len({m["To"] for m in notifications}) == n
    assert len({m["Message-ID"] for m in notifications}) == n
    print(f"kill test: {delivered_before} mails before SIGKILL, {n - delivered_before} after")


@pytest.mark.postgres
def test_two_workers_on_postgres_never_send_the_same_mail(
    postgres_url: str, smtp: SmtpServer, moderator, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import MODERATED

    n = 40
    mail = settings.model_copy(
        update={
            "database_url": postgres_url,
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_tls": "none",
            "mail_from": "comments@example.org",
            "sites": (*settings.sites, MODERATED),
        }
    )
    _queue_mails(mail, smtp, n, moderator)
    smtp.inbox.rcpt_delay = 0.01
    workers = [build_deps(mail, moderator=moderator) for _ in range(2)]
    ran = [0, 0]

    def work(i: int) -> None:
        while True:
            done = run_due(workers[i], limit=3)
            if not done:
                return
            ran[i] += done

    threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for d in workers:
        if d.mailer is not None:
            d.mailer.close()
        d.db.dispose()
    assert sum(ran) == n and min(ran) > 0, ran  # both worked, and no job ran twice
    notifications = [m for m in smtp.inbox.messages if "Confirm" not in m["Subject"]]
    assert len(notifications) == n
    assert len({m["Message-ID"] for m in notifications}) == n


def test_salon_serve_works_the_outbox_itself(
    mail_settings: Settings, smtp: SmtpServer, moderator
) -> None:  # type: ignore[no-untyped-def]
    import httpx

    from salon.app import create_app
    from tests.server import running

    settings = mail_settings.model_copy(update={"outbox_poll_seconds": 0.2})
    with (
        running(create_app(settings, moderator=moderator)) as base,
        httpx.Client(base_url=base) as client,
    ):
        top = client.post(
            "/api/comments",
            json={
                "site": "default",
                "uri": "/article",
                "text": "Watching",
                "author": {"email": ALICE},
                "notify": "replies",
            },
        ).json()
        assert _wait(lambda: len(smtp.inbox.to(ALICE)) == 1, 20)
        token = link(smtp.inbox.to(ALICE)[0], "/mail/confirm").split("t=", 1)[1]
        assert client.post("/mail/confirm", data={"t": token}).status_code == 200
        client.post(
            "/api/comments",
            json={
                "site": "default",
                "uri": "/article",
                "text": "An answer",
                "parent": top["comment"]["id"],
            },
        )
        assert _wait(lambda: len(smtp.inbox.to(ALICE)) == 2, 20)
