"""A real server per database for the fuzz runs, with a few comments to aim at."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from salon.app import create_app
from salon.config import Settings
from salon.services.admins import create_admin
from salon.web.connections import connection_limits
from tests.server import running

# Examples per operation: the full run on SQLite, a shorter one on PostgreSQL, so the
# whole fuzz part stays within about two minutes on a busy 2-core machine.
EXAMPLES = {"sqlite": 25, "postgres": 8}
BODY_EXAMPLES = {"sqlite": 80, "postgres": 20}
# How many requests each run sent, printed at the end of the session for the closing note.
SENT: dict[str, int] = {}
MODERATOR_PASSWORD = "a long fuzzing password"


@pytest.fixture
def server(settings: Settings, moderator) -> Iterator[str]:  # type: ignore[no-untyped-def]
    app = create_app(settings, moderator=moderator, run_jobs=False)
    with running(app, connection_limits(settings)) as url:
        create_admin(app.state.deps, "fuzz", MODERATOR_PASSWORD)
        with httpx.Client(base_url=url) as c:
            for n in range(3):
                body = {"site": "default", "uri": "/article", "text": f"Seed comment {n}"}
                assert c.post("/api/comments", json=body).status_code in (201, 202)
        yield url


def _kind(database_url: str) -> str:
    return "postgres" if database_url.startswith("postgresql") else "sqlite"


@pytest.fixture
def examples(database_url: str) -> int:
    return EXAMPLES[_kind(database_url)]


@pytest.fixture
def body_examples(database_url: str) -> int:
    return BODY_EXAMPLES[_kind(database_url)]


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    for name, count in sorted(SENT.items()):
        terminalreporter.write_line(f"fuzz: {name}: {count} requests")
