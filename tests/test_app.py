"""What a serving process loads: create_app and its lifespan, as `salon serve` runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from salon.store.database import Database
from salon.store.migrate import upgrade

SECRET = "app-test-secret-0123456789abcdef0123"  # noqa: S105 - a test key

# The lifespan is entered directly (a test client would import httpx itself).
PROBE = """
import asyncio, json, sys
from salon.app import create_app
from salon.config import Settings

app = create_app(
    Settings(database_url=sys.argv[1], secret_key=sys.argv[2]), run_jobs=False,
    schema_checked=True,
)

async def start_and_stop() -> None:
    async with app.router.lifespan_context(app):
        pass

asyncio.run(start_and_stop())
print(json.dumps([m for m in ("alembic", "httpx", "aiosmtplib", "redis") if m in sys.modules]))
"""


def test_a_serving_process_loads_no_alembic_and_no_clients_it_does_not_use(tmp_path: Path) -> None:
    # `salon serve` checks the schema in a child process (cli/start_check.py); Alembic is
    # 11 MB, httpx (imported by the first webhook delivery) 4 MB, aiosmtplib (by the first
    # mail) 0.8 MB, redis-py (only with redis_url) 5 MB.
    url = f"sqlite:///{tmp_path / 's.db'}"
    db = Database(url)
    upgrade(db)
    db.dispose()
    done = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-c", PROBE, url, SECRET],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == [], done.stderr


def test_the_threadpool_has_request_threads(tmp_path: Path) -> None:
    from anyio import to_thread
    from fastapi.testclient import TestClient

    from salon.app import create_app
    from salon.config import Settings

    async def threads() -> float:
        return to_thread.current_default_thread_limiter().total_tokens

    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 's.db'}",
        secret_key=SECRET,  # type: ignore[arg-type]
        request_threads=3,
    )
    with TestClient(create_app(settings, run_jobs=False)) as client:
        assert client.portal is not None
        assert client.portal.call(threads) == 3
        assert client.get("/health").status_code == 200
