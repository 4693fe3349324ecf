"""The moderators' UI: login with argon2 passwords, CSRF, the queue with reasons, decisions."""

from __future__ import annotations

import re
from urllib.parse import quote, unquote

import pytest
from fastapi.testclient import TestClient
from httpx import Response

from salon.services.admins import create_admin
from tests.conftest import login, post

FORM = {"content-type": "application/x-www-form-urlencoded"}
SCAM = "𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 𝙬𝙤𝙧𝙠𝙞𝙣𝙜 𝙛𝙧𝙤𝙢 𝙝𝙤𝙢𝙚. Start today at www.cash-daily.cf"


@pytest.fixture
def moderator_client(client: TestClient) -> TestClient:
    create_admin(client.app.state.deps, "mo", "correct horse battery")  # type: ignore[attr-defined]
    r = login(client, "mo", "correct horse battery")
    assert r.status_code == 303 and r.headers["location"] == "/admin"
    return client


def submit(c: TestClient, path: str, form: str) -> Response:
    """POST a form as the admin pages do, without following the redirect."""
    return c.post(path, content=form, headers=FORM, follow_redirects=False)


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match
    return match.group(1)


def test_admin_needs_login(client: TestClient) -> None:
    r = client.get("/admin", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    assert 'name="password"' in client.get("/admin/login").text


def test_wrong_password_and_unknown_name_look_the_same(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", "correct horse battery")  # type: ignore[attr-defined]
    for name in ("mo", "ghost"):
        r = login(client, name, "nope")
        assert r.status_code == 403 and "Wrong name or password." in r.text
        assert "salon_admin" not in r.headers.get("set-cookie", "")


def test_login_attempts_are_limited(client: TestClient) -> None:
    # Per address: 10 a minute whatever the account (here 11 names, so no account backs off).
    codes = [login(client, f"x{n}", "y").status_code for n in range(11)]
    assert codes[:10] == [403] * 10 and codes[10] == 429


def test_queue_shows_reasons_and_decisions_apply(moderator_client: TestClient) -> None:
    c = moderator_client
    held = [post(c, SCAM, uri=f"/a{n}")["comment"]["id"] for n in range(2)]
    queues = c.get("/admin?queue=held").text + c.get("/admin?queue=spam").text
    for cid in held:
        assert f'id="item-{cid}"' in queues
    assert "<li>" in queues  # reasons in words
    page = c.get("/admin?queue=held")
    queue = "held" if f'id="item-{held[0]}"' in page.text else "spam"
    page = c.get(f"/admin?queue={queue}")
    token = csrf_of(page.text)
    r = submit(c, "/admin/decide", f"csrf={token}&queue={queue}&one={held[0]}%3Aapprove")
    assert r.status_code == 303
    assert c.get(f"/api/comments/{held[0]}").status_code == 200
    # Bulk: every checked comment gets the chosen action.
    r = c.post(
        "/admin/decide",
        content=f"csrf={token}&queue={queue}&action=spam&ids={held[1]}",
        headers=FORM,
    )
    assert r.status_code == 200 and "Done: 1 comment: spam" in r.text


def test_decide_needs_csrf_and_session(moderator_client: TestClient) -> None:
    c = moderator_client
    cid = post(c, "A normal comment")["comment"]["id"]
    r = c.post("/admin/decide", content=f"csrf=forged&one={cid}%3Aspam", headers=FORM)
    assert r.status_code == 403 and "expired" in r.text
    token = csrf_of(c.get("/admin").text)
    r = c.post(
        "/admin/decide",
        content=f"csrf={token}&one={cid}%3Aspam",
        headers={**FORM, "Origin": "https://evil.example"},
    )
    assert r.status_code == 403
    assert c.get(f"/api/comments/{cid}").status_code == 200
    submit(c, "/admin/logout", f"csrf={token}")
    c.cookies.clear()
    r = c.post(
        "/admin/decide",
        content=f"csrf={token}&one={cid}%3Aspam",
        headers=FORM,
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    assert c.get(f"/api/comments/{cid}").status_code == 200


def test_reader_text_is_escaped_in_the_queue(moderator_client: TestClient) -> None:
    c = moderator_client
    r = c.post(
        "/api/comments",
        json={
            "site": "default",
            "uri": "/x",
            "text": "<img src=x onerror=alert(1)>",
            "author": {"name": "<script>alert(1)</script>"},
            "hp": "filled",
        },
    )
    assert r.status_code == 202
    html = c.get("/admin?queue=spam").text
    assert "<img" not in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_admin_create_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from typer.testing import CliRunner

    from salon.cli import app

    env = {"SALON_DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}", "SALON_SECRET_KEY": "k"}
    runner = CliRunner()
    ok = runner.invoke(
        app, ["admin", "create", "mo"], input="long enough pw\nlong enough pw\n", env=env
    )
    assert ok.exit_code == 0 and "moderator mo created" in ok.output
    differ = runner.invoke(app, ["admin", "create", "mo"], input="long enough pw\nother\n", env=env)
    assert differ.exit_code == 1 and "differ" in differ.output
    short = runner.invoke(app, ["admin", "create", "mo"], input="short\n", env=env)
    assert short.exit_code == 1 and "at least 10" in short.output


def test_ban_from_the_queue_then_lift_it(moderator_client: TestClient) -> None:
    c = moderator_client
    cid = post(c, SCAM, uri="/ban", author={"name": "Emma", "email": "emma@example.org"})[
        "comment"
    ]["id"]
    queue = "held" if f'id="item-{cid}"' in c.get("/admin?queue=held").text else "spam"
    page = c.get(f"/admin?queue={queue}").text
    assert f'value="{cid}:address"' in page and f'value="{cid}:email"' in page
    token = csrf_of(page)
    forged = c.post("/admin/ban", content=f"csrf=nope&ban={cid}%3Aemail", headers=FORM)
    assert forged.status_code == 403
    r = submit(c, "/admin/ban", f"csrf={token}&queue={queue}&ban={cid}%3Aemail")
    assert r.status_code == 303 and "banned" in unquote(r.headers["location"])
    bans = c.get("/admin/bans").text
    assert "emma@example.org" in bans and "e-mail address" in bans
    ban_id = re.search(r'name="ban" value="(\d+)"', bans)
    assert ban_id
    # The banned e-mail's next comment is filed as spam, whatever it says.
    again = post(
        c, "A kind word about the article.", uri="/ban2", author={"email": "EMMA@example.org"}
    )
    assert again["state"] == "held"
    r = submit(c, "/admin/unban", f"csrf={csrf_of(bans)}&ban={ban_id.group(1)}")
    assert r.status_code == 303
    assert "emma@example.org" not in c.get("/admin/bans").text
    assert (
        c.post("/admin/ban", content=f"csrf={token}&ban=abc%3Aemail", headers=FORM).status_code
        == 422
    )


def test_decide_and_ban_refuse_ids_that_are_not_ids(moderator_client: TestClient) -> None:
    c = moderator_client
    token = csrf_of(c.get("/admin").text)
    for bad in ["²", "١", str(2**63), "-1", "0", ""]:
        for path, form in (
            ("/admin/decide", f"csrf={token}&one={quote(bad)}%3Aspam"),
            ("/admin/ban", f"csrf={token}&ban={quote(bad)}%3Aaddress"),
            ("/admin/unban", f"csrf={token}&ban={quote(bad)}"),
        ):
            r = submit(c, path, form)
            assert r.status_code == 422, (path, r.text)
            assert r.headers["content-type"].startswith("text/html")
