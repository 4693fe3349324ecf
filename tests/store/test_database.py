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
