from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from salon.cli import app
from tests.conftest import post


def _cli(database_url: str, *args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"SALON_DATABASE_URL": database_url})
    assert result.exit_code == 0, result.output
    return result.output


def test_privacy_export_and_erase(client: TestClient, database_url: str) -> None:
    mine = post(
        client,
        "Hello from Zoë",
        author={"name": "Zoë", "email": "zoe@example.org", "website": "https://zoe.example"},
    )
    token = mine["edit_token"]
    client.patch(
        f"/api/comments/{mine['comment']['id']}",
        json={"text": "Hello from Zoë, edited"},
        headers={"Authorization": f"Bearer {token}"},
    )
    post(client, "Reply", parent=mine["comment"]["id"], author={"name": "Kim"})
    data = json.loads(_cli(database_url, "privacy", "export", "ZOE@example.org"))
    assert data["email"] == "zoe@example.org"
    (comment,) = data["comments"]
    assert comment["text"] == "Hello from Zoë, edited"
    assert comment["revisions"][0]["text"] == "Hello from Zoë"
    assert comment["author_website"] == "https://zoe.example"

    out = _cli(database_url, "privacy", "erase", "zoe@example.org", "--yes")
    assert out.startswith("erased: 1 comment(s) in 1 thread(s)")
    after = json.loads(_cli(database_url, "privacy", "export", "zoe@example.org"))
    assert after["comments"] == []
    shown = client.get("/api/threads", params={"uri": "/article"}).json()["comments"][0]
    assert shown["author"] == {"name": "[removed]", "website": None} or (
        shown["author"]["name"] == "[removed]" and not shown["author"]["website"]
    )
    assert shown["edited"]["by"] == "[removed]"
    assert len(shown["replies"]) == 1

    bad = CliRunner().invoke(
        app,
        ["privacy", "erase", "not-an-address", "--yes"],
        env={"SALON_DATABASE_URL": database_url},
    )
    assert bad.exit_code == 1 and "is not an e-mail address" in bad.output
    link = _cli(database_url, "privacy", "link", "zoe@example.org", "--base", "https://c.example")
    assert link.startswith("https://c.example/privacy/")


def test_cli_export_and_erase_cover_subscriptions(
    mail_client: TestClient, mail_settings: object, database_url: str
) -> None:
    from salon.services.jobs import run_all

    post(mail_client, "Following", author={"email": "zoe@example.org"}, notify="replies")
    run_all(mail_client.app.state.deps)  # type: ignore[attr-defined]
    data = json.loads(_cli(database_url, "privacy", "export", "zoe@example.org"))
    (address,) = data["subscriptions"]
    assert address["follows"] == [
        {"kind": "replies", "uri": "", "title": "", "since": address["follows"][0]["since"]}
    ]
    assert len(data["mails"]) == 1  # the confirmation
    out = _cli(database_url, "privacy", "erase", "zoe@example.org", "--yes")
    assert "1 subscription(s) ended" in out
    after = json.loads(_cli(database_url, "privacy", "export", "zoe@example.org"))
    assert after["subscriptions"] == [] and after["mails"] == []
    link = _cli(database_url, "privacy", "link", "zoe@example.org", "--site", "default")
    assert "/privacy/" in link
    unknown = CliRunner().invoke(
        app,
        ["privacy", "link", "zoe@example.org", "--site", "nowhere"],
        env={"SALON_DATABASE_URL": database_url},
    )
    assert unknown.exit_code == 1 and "unknown site" in unknown.output
