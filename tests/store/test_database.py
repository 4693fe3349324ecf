"""The engine's pool follows the database_pool_size setting; PostgreSQL says its limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from salon.store.database import POOL_SIZE, Database


def test_pool_size_is_the_setting(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'p.db'}", pool_size=3)
    try:
        assert db.engine.pool.size() == 3  # type: ignore[attr-defined]
        assert db.max_connections() is None  # SQLite: no server-side limit
    finally:
        db.dispose()
    default = Database(f"sqlite:///{tmp_path / 'd.db'}")
    assert default.engine.pool.size() == POOL_SIZE  # type: ignore[attr-defined]
    default.dispose()


@pytest.mark.postgres
def test_postgres_reports_its_connection_limit(postgres_url: str) -> None:
    db = Database(postgres_url, pool_size=2)
    try:
        allowed = db.max_connections()
        assert allowed is not None and allowed > 0
        with db.read() as conn:
            total = int(conn.exec_driver_sql("SHOW max_connections").scalar_one())
        assert allowed < total  # the superusers' reserved slots are left out
        assert db.engine.pool.size() == 2  # type: ignore[attr-defined]
    finally:
        db.dispose()


def test_only_commits_that_queue_jobs_wake_the_outbox(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from salon.store import outbox as outbox_rows
    from salon.store.migrate import upgrade

    db = Database(f"sqlite:///{tmp_path / 'j.db'}")
    upgrade(db)
    woken: list[int] = []
    db.on_jobs.append(lambda: woken.append(1))
    now = datetime(2026, 12, 7, tzinfo=UTC)
    try:
        with db.write() as conn:
            conn.exec_driver_sql("SELECT 1")
        assert woken == []  # nothing queued: the worker sleeps on
        with pytest.raises(RuntimeError), db.write() as conn:
            outbox_rows.enqueue(conn, "notify", {}, now)
            raise RuntimeError("rolled back")
        assert woken == []  # the job is gone with its transaction
        with db.write() as conn:
            outbox_rows.enqueue(conn, "notify", {}, now)
            outbox_rows.enqueue(conn, "alert", {}, now)
        assert woken == [1]  # once per commit, after it
    finally:
        db.dispose()
