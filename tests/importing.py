"""Helpers for import tests: `salon import` on the real fixtures, the result read back over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import func, select
from typer.testing import CliRunner

from salon.cli import app
from salon.store.database import Database
from salon.store.tables import metadata

DATA = Path(__file__).resolve().parent / "data"


class Importer:
    def __init__(self, database_url: str) -> None:
        self.url = database_url

    def run(self, *args: str | Path) -> Result:
        return CliRunner().invoke(
            app, ["import", *map(str, args)], env={"SALON_DATABASE_URL": self.url}
        )

    def ok(self, *args: str | Path) -> str:
        result = self.run(*args)
        assert result.exit_code == 0, result.output
        return result.output

    def refused(self, *args: str | Path) -> str:
        result = self.run(*args)
        assert result.exit_code == 1, result.output
        assert "Traceback" not in result.output
        return result.output

    def rows(self) -> dict[str, int]:
        """Rows per table (outbox and meta excepted): nothing half-imported means all zero."""
        db = Database(self.url)
        try:
            with db.read() as conn:
                return {
                    t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                    for t in metadata.sorted_tables
                    if t.name not in ("meta", "outbox", "alembic_version")
                }
        finally:
            db.dispose()


@pytest.fixture
def importer(database_url: str) -> Importer:
    return Importer(database_url)


def flat(comments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(reversed(comments))
    while stack:
        c = stack.pop()
        out.append(c)
        stack.extend(reversed(c["replies"]))
    return out


def thread(client: Any, uri: str, site: str = "default") -> dict[str, Any]:
    r = client.get("/api/threads", params={"site": site, "uri": uri, "sort": "oldest"})
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data
