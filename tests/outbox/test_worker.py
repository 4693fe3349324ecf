"""The worker over a real job table: backoff with a cap, death after N runs, leases."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from salon.domain.jobs import JobState
from salon.outbox import Backoff, Registry, Worker
from salon.store import outbox as outbox_rows
from salon.store.database import Database
from salon.store.migrate import upgrade
from salon.store.outbox import OutboxQueue


def test_backoff_doubles_up_to_the_cap() -> None:
    b = Backoff(first=timedelta(seconds=30), cap=timedelta(minutes=5), max_attempts=4)
    assert [b.delay(n).total_seconds() for n in (1, 2, 3, 4, 5, 40)] == [
        30,
        60,
        120,
        240,
        300,
        300,
    ]
    assert not b.gives_up(3) and b.gives_up(4)


def test_failures_back_off_keep_the_error_and_die(database_url: str, clock) -> None:  # type: ignore[no-untyped-def]
    db = Database(database_url)
    upgrade(db)
    seen: list[dict[str, Any]] = []

    def flaky(context: object, payload: dict[str, Any]) -> None:
        seen.append(payload)
        raise OSError("the far side is down")

    try:
        with db.write() as conn:
            outbox_rows.enqueue(conn, "flaky", {"n": 1}, clock())
            outbox_rows.enqueue(conn, "once", {"n": 2}, clock(), key="once:1")
            assert outbox_rows.enqueue(conn, "once", {"n": 3}, clock(), key="once:1") is None
        ran: list[int] = []
        worker = Worker(
            OutboxQueue(db),
            Registry({"flaky": flaky, "once": lambda _c, p: ran.append(p["n"])}),
            None,
            clock,
            Backoff(max_attempts=3),
        )
        assert worker.run_due() == 2 and ran == [2]
        assert worker.run_due() == 0  # backing off
        clock.advance(seconds=31)
        assert worker.run_due() == 1
        clock.advance(seconds=59)
        assert worker.run_due() == 0
        clock.advance(seconds=2)
        assert worker.run_due() == 1
        with db.read() as conn:
            (dead,) = outbox_rows.jobs(conn, JobState.DEAD)
        assert dead.attempts == 3 and dead.last_error == "OSError: the far side is down"
        clock.advance(days=1)
        assert worker.run_due() == 0
        assert len(seen) == 3
    finally:
        db.dispose()


def test_a_lease_that_ran_out_gives_the_job_to_another_worker(database_url: str, clock) -> None:  # type: ignore[no-untyped-def]
    db = Database(database_url)
    upgrade(db)
    try:
        with db.write() as conn:
            outbox_rows.enqueue(conn, "slow", {}, clock())
        queue = OutboxQueue(db)
        (claimed,) = queue.claim(clock(), 10, clock() + timedelta(minutes=5))
        assert queue.claim(clock(), 10, clock() + timedelta(minutes=5)) == []  # leased
        clock.advance(minutes=6)  # its worker died without finishing
        (again,) = queue.claim(clock(), 10, clock() + timedelta(minutes=5))
        assert again.id == claimed.id and again.attempts == 2
    finally:
        db.dispose()


def test_a_claim_with_nothing_due_takes_no_write_lock(database_url: str, clock) -> None:  # type: ignore[no-untyped-def]
    # Every commit wakes the worker; on SQLite a claim in a write transaction took the one
    # writer's lock from the posts queued for it, for nothing, on most wake-ups.
    db = Database(database_url)
    upgrade(db)
    writes: list[int] = []
    write = db.write

    def counted():  # type: ignore[no-untyped-def]
        writes.append(1)
        return write()

    db.write = counted  # type: ignore[method-assign]
    try:
        queue = OutboxQueue(db)
        assert queue.claim(clock(), 10, clock() + timedelta(minutes=5)) == []
        assert writes == []
        with write() as conn:
            outbox_rows.enqueue(conn, "later", {}, clock() + timedelta(minutes=1))
            outbox_rows.enqueue(conn, "now", {}, clock())
        (job,) = queue.claim(clock(), 10, clock() + timedelta(minutes=5))
        assert job.kind == "now" and writes == [1]
        assert queue.claim(clock(), 10, clock() + timedelta(minutes=5)) == []  # leased
        assert writes == [1]
    finally:
        db.dispose()
