from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from salon.cli import app
from salon.config import load_settings
from salon.demo.seed import FOR_REVIEW, seed


def test_db_upgrade(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["db", "upgrade"], env={"SALON_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"}
    )
    assert result.exit_code == 0, result.output
    from salon.store.database import Database
    from salon.store.migrate import head_revision

    assert (
        f"revision {head_revision(Database('sqlite:///' + str(tmp_path / 'x.db')))}"
        in result.output
    )


def test_demo_seed_is_lively_and_idempotent(tmp_path: Path) -> None:
    settings = load_settings(None, database_url=f"sqlite:///{tmp_path / 'demo.db'}", demo=True)
    assert seed(settings) >= 35  # what moderation published of the 40
    assert seed(settings) == 0
    from fastapi.testclient import TestClient

    from salon.app import create_app

    with TestClient(create_app(settings)) as client:
        data = client.get("/api/threads", params={"uri": "/", "limit": 200}).json()
        # Of the 40 ordinary comments, moderation may hold one or two (a link in a first
        # comment counts against it); the scam, the pharmacy spam and the insult written
        # for the moderators are never shown.
        assert data["thread"]["count"] >= 38
        flat = []
        stack = list(data["comments"])
        while stack:
            c = stack.pop()
            flat.append(c)
            stack.extend(c["replies"])
        assert sum(1 for c in flat if c["parent"]) >= 20
        assert any(c["edited"] for c in flat)
        assert sum(c["votes"]["up"] for c in flat) > 100
        shown = {c["author"]["name"] for c in flat}
        assert not any(name in shown for name, _ in FOR_REVIEW[:3])
        page = client.get("/")
        assert page.status_code == 200 and "/embed.js" in page.text


def test_serve_refuses_to_start_with_a_broken_model(tmp_path: Path) -> None:
    (tmp_path / "spam.npz").write_bytes(b"not a model")
    (tmp_path / "abuse.npz").write_bytes(b"not a model")
    result = CliRunner().invoke(
        app,
        ["serve"],
        env={
            "SALON_DATABASE_URL": f"sqlite:///{tmp_path / 's.db'}",
            "SALON_MODEL_DIR": str(tmp_path),
        },
    )
    assert result.exit_code == 2
    assert "salon moderation train" in result.output


def test_serve_refuses_an_outdated_schema(tmp_path: Path) -> None:
    from salon.store.database import Database
    from salon.store.migrate import upgrade

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(db, "0001")
    db.dispose()
    result = CliRunner().invoke(
        app, ["serve"], env={"SALON_DATABASE_URL": f"sqlite:///{tmp_path / 'old.db'}"}
    )
    assert result.exit_code == 2
    assert "salon db upgrade" in result.output


def test_serve_help_lists_only_options_that_work() -> None:
    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for option in ("--config", "--host", "--port", "--access-log", "--workers"):
        assert option in result.output
    # --workers works (tests/cli/test_serve_processes.py); it says what it needs.
    assert "needs Redis" in result.output


def test_make_demo_installs_only_what_serving_needs() -> None:
    makefile = (Path(__file__).parents[2] / "Makefile").read_text()
    demo = makefile.split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    assert "$(SERVE_STAMP)" in demo and "$(STAMP)" not in demo.replace("$(SERVE_STAMP)", "")
    serving = makefile.split("$(SERVE_STAMP): pyproject.toml", 1)[1].split("\n\n", 1)[0]
    assert "pip install --quiet -e ." in serving and "[test]" not in serving


def test_serve_warns_when_mail_is_on_without_public_url(tmp_path: Path) -> None:
    from salon.store.database import Database
    from salon.store.migrate import upgrade

    db = Database(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade(db, "0001")
    db.dispose()
    env = {"SALON_DATABASE_URL": f"sqlite:///{tmp_path / 'old.db'}", "SALON_SMTP_HOST": "mx"}
    # The outdated schema stops the start after the warning, so nothing listens.
    warned = CliRunner().invoke(app, ["serve"], env=env)
    assert warned.exit_code == 2
    assert "public_url is not set" in warned.output
    env["SALON_PUBLIC_URL"] = "https://comments.example.org"
    quiet = CliRunner().invoke(app, ["serve"], env=env)
    assert "public_url is not set" not in quiet.output
