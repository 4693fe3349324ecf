"""The migrations build exactly the schema that tables.py describes, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from salon.store.database import Database
from salon.store.migrate import current_revision, head_revision, upgrade
from salon.store.search import INDEX_OBJECTS
from salon.store.tables import metadata


def _described(name: str | None, type_: str, parent_names: object) -> bool:
    # The full-text index lives outside tables.py (see store/search.py).
    return name not in INDEX_OBJECTS


def test_upgrade_matches_tables(database_url: str) -> None:
    db = Database(database_url)
    try:
        assert db.is_empty()
        upgrade(db)
        assert current_revision(db) == head_revision(db)
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _described})
            diff = compare_metadata(context, metadata)
        assert diff == []
        upgrade(db)  # a second upgrade is a no-op
        assert set(inspect(db.engine).get_table_names()) >= {
            "threads",
            "comments",
            "revisions",
            "votes",
            "decisions",
            "outbox",
        }
    finally:
        db.dispose()


def test_sqlite_is_durable_and_checks_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with db.read() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()
