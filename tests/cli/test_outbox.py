"""`salon outbox list|retry` and `salon worker --once` on a real database."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from salon.cli import app
from salon.store import outbox as outbox_rows
from salon.store.database import Database
from salon.store.migrate import upgrade


def test_list_retry_and_a_worker_run(tmp_path: Path, clock) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'salon.db'}"
    config = tmp_path / "salon.toml"
    config.write_text(f'database_url = "{url}"\nsecret_key = "k"\noutbox_max_attempts = 1\n')
    db = Database(url)
    upgrade(db)
    with db.write() as conn:
        job = outbox_rows.enqueue(conn, "nobody-handles-this", {"x": 1}, clock())
    db.dispose()
    runner = CliRunner()
    worked = runner.invoke(app, ["worker", "--once", "--config", str(config)])
    assert worked.exit_code == 0, worked.output
    listed = runner.invoke(app, ["outbox", "list", "--state", "dead", "--config", str(config)])
    assert listed.exit_code == 0
    assert f"{job}\tnobody-handles-this\tdead\tattempts=1" in listed.output
    assert "no handler for job kind" in listed.output
    retried = runner.invoke(app, ["outbox", "retry", str(job), "--config", str(config)])
    assert retried.exit_code == 0 and "due again" in retried.output
    pending = runner.invoke(app, ["outbox", "list", "--state", "pending", "--config", str(config)])
    assert f"{job}\tnobody-handles-this\tpending\tattempts=0" in pending.output
    missing = runner.invoke(app, ["outbox", "retry", "999", "--config", str(config)])
    assert missing.exit_code == 1 and "there is no job 999" in missing.output
