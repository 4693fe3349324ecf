"""Moderating from the shell: the queue lists held comments with reasons; decide acts."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from salon.app import create_app
from salon.cli import app
from salon.config import default_site, load_settings
from salon.moderation import Moderator

SCAM = "𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 𝙬𝙤𝙧𝙠𝙞𝙣𝙜 𝙛𝙧𝙤𝙢 𝙝𝙤𝙢𝙚. Start today at www.cash-daily.cf"


def test_queue_and_decide(tmp_path: Path, moderator: Moderator) -> None:
    url = f"sqlite:///{tmp_path / 'salon.db'}"
    env = {"SALON_DATABASE_URL": url, "SALON_SECRET_KEY": "k"}
    settings = load_settings(None, database_url=url, secret_key="k")
    with TestClient(create_app(settings, moderator=moderator, run_jobs=False)) as client:
        r = client.post("/api/comments", json={"site": "default", "uri": "/a", "text": SCAM})
        assert r.status_code == 202
        cid = r.json()["comment"]["id"]
    runner = CliRunner()
    queue = runner.invoke(app, ["moderation", "queue"], env=env)
    if f"#{cid}" not in queue.output:  # strong enough to land in the spam folder
        queue = runner.invoke(app, ["moderation", "queue", "--spam"], env=env)
    assert queue.exit_code == 0, queue.output
    assert f"#{cid} default/a" in queue.output and "spam=" in queue.output
    assert "    - " in queue.output  # at least one reason in words
    # The address hash shown is the one a site's banned_ip_hashes takes.
    address = next(
        line.split()[-1] for line in queue.output.splitlines() if line.startswith("    address ")
    )
    banned = settings.model_copy(
        update={
            "sites": (
                default_site().model_copy(update={"moderation": {"banned_ip_hashes": [address]}}),
            )
        }
    )
    with TestClient(create_app(banned, moderator=moderator, run_jobs=False)) as client:
        r = client.post(
            "/api/comments",
            json={"site": "default", "uri": "/b", "text": "A perfectly ordinary remark."},
        )
        assert r.status_code == 202, r.text  # filed, never shown
        assert client.get("/api/threads", params={"uri": "/b"}).json()["thread"]["count"] == 0
    assert (
        "- site rule: banned IP address"
        in runner.invoke(app, ["moderation", "queue", "--spam"], env=env).output
    )
    done = runner.invoke(app, ["moderation", "decide", str(cid), "approve"], env=env)
    assert done.exit_code == 0, done.output
    assert f"comment {cid}: approve -> published" in done.output
    assert runner.invoke(app, ["moderation", "queue"], env=env).output.strip() == (
        "nothing waiting for review"
    )
    banned = runner.invoke(app, ["moderation", "ban", str(cid), "address"], env=env)
    assert banned.exit_code == 0 and f"address {address} on default (banned)" in banned.output
    listed = runner.invoke(app, ["moderation", "bans"], env=env)
    assert address in listed.output and "by shell" in listed.output
    ban_id = listed.output.split()[0]
    lifted = runner.invoke(app, ["moderation", "bans", "--lift", ban_id], env=env)
    assert lifted.exit_code == 0 and "lifted ban" in lifted.output
    assert runner.invoke(app, ["moderation", "bans"], env=env).output.strip() == "no bans"
    nobody = runner.invoke(app, ["moderation", "ban", "999", "email"], env=env)
    assert nobody.exit_code == 1 and "no comment 999" in nobody.output
    missing = runner.invoke(app, ["moderation", "decide", "999", "spam"], env=env)
    assert missing.exit_code == 1 and "no comment 999" in missing.output
    wrong = runner.invoke(app, ["moderation", "decide", str(cid), "maybe"], env=env)
    assert wrong.exit_code == 2
