"""The admin JSON API and roles, on both databases: tokens (CLI, hashed, revocable),
401 without one, 403 across sites, decisions, bans, reports, settings, the OpenAPI."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from salon.cli import app
from salon.config import Settings
from salon.services.accounts import SHELL, new_token, revoke_token, set_access, tokens
from salon.services.admins import create_admin
from tests.conftest import post
from tests.web.test_admin import submit


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def deps(c: TestClient):  # type: ignore[no-untyped-def]
    return c.app.state.deps  # type: ignore[attr-defined]


def test_tokens_roles_and_every_call(client: TestClient, settings: Settings) -> None:
    create_admin(deps(client), "boss", "correct horse battery")
    create_admin(deps(client), "newsmod", "correct horse battery")
    set_access(deps(client), SHELL, "newsmod", "moderator", ("news",), False)
    env = {"SALON_DATABASE_URL": settings.database_url, "SALON_SECRET_KEY": "test-secret-key"}
    out = CliRunner().invoke(app, ["admin", "token", "boss", "--label", "script"], env=env)
    assert out.exit_code == 0, out.output
    boss = out.output.strip()
    assert boss.startswith("salon_") and len(boss) > 40
    mod = new_token(deps(client), SHELL, "newsmod")
    # Only a hash is kept.
    with deps(client).db.read() as conn:
        assert boss not in str(conn.exec_driver_sql("select * from admin_tokens").all())

    cid = post(client, "You utter numpty, nobody asked.", uri="/api1")["comment"]["id"]
    for headers in ({}, bearer("salon_wrong"), bearer(boss[:-2]), {"Authorization": boss}):
        r = client.get("/api/admin/comments", headers=headers)
        assert r.status_code == 401 and r.headers["content-type"] == "application/problem+json"
    r = client.get("/api/admin/comments", params={"q": "numpty"}, headers=bearer(boss))
    assert r.status_code == 200
    found = r.json()["comments"]
    assert [c["id"] for c in found] == [cid] and found[0]["address"]
    assert "@" not in found[0]["address"] and found[0]["author_record"] == {"published": 1}
    # The news moderator sees nothing of the default site, and may not act on it.
    r = client.get("/api/admin/comments", params={"q": "numpty"}, headers=bearer(mod))
    assert r.status_code == 200 and r.json()["comments"] == []
    r = client.get("/api/admin/comments", params={"site": "default"}, headers=bearer(mod))
    assert r.status_code == 403
    r = client.post(
        f"/api/admin/comments/{cid}/decision", json={"action": "remove"}, headers=bearer(mod)
    )
    assert r.status_code == 403
    assert client.get(f"/api/comments/{cid}").status_code == 200
    r = client.post(
        f"/api/admin/comments/{cid}/decision", json={"action": "remove"}, headers=bearer(boss)
    )
    assert r.status_code == 200 and r.json() == {"id": cid, "action": "remove"}
    r = client.post(
        f"/api/admin/comments/{cid}/decision", json={"action": "nuke"}, headers=bearer(boss)
    )
    assert r.status_code == 422
    r = client.get("/api/admin/queues/held", headers=bearer(boss))
    assert r.status_code == 200 and isinstance(r.json()["comments"], list)
    r = client.post(f"/api/admin/comments/{cid}/ban", json={"kind": "address"}, headers=bearer(mod))
    assert r.status_code == 403
    r = client.post(
        f"/api/admin/comments/{cid}/ban", json={"kind": "address"}, headers=bearer(boss)
    )
    assert r.status_code == 200 and r.json()["new"] is True
    r = client.post(f"/api/admin/comments/{cid}/reports/dismiss", headers=bearer(boss))
    assert r.status_code == 200 and r.json() == {"dismissed": 0}
    # Settings: moderators read their site's, only admins change them.
    r = client.get("/api/admin/sites/news/settings", headers=bearer(mod))
    assert r.status_code == 200 and r.json()["report_threshold"] == 3
    body = {"report_threshold": 5}
    assert (
        client.put("/api/admin/sites/news/settings", json=body, headers=bearer(mod)).status_code
        == 403
    )
    r = client.put("/api/admin/sites/news/settings", json=body, headers=bearer(boss))
    assert r.status_code == 200 and r.json()["report_threshold"] == 5
    bad = {"moderation": {"hold_threshold": 2}}
    assert (
        client.put("/api/admin/sites/news/settings", json=bad, headers=bearer(boss)).status_code
        == 422
    )
    # Revoked: refused from then on.
    token_id = next(t.id for t in tokens(deps(client), SHELL) if t.account == "newsmod")
    revoke_token(deps(client), SHELL, token_id)
    assert client.get("/api/admin/comments", headers=bearer(mod)).status_code == 401
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/admin/comments" in paths and "/api/admin/sites/{site}/settings" in paths


def test_a_moderator_session_sees_only_their_sites(client: TestClient) -> None:
    create_admin(deps(client), "newsmod", "correct horse battery")
    set_access(deps(client), SHELL, "newsmod", "moderator", ("news",), False)
    post(client, "A comment on the default site", uri="/m1")
    r = submit(client, "/admin/login", "username=newsmod&password=correct+horse+battery")
    assert r.status_code == 303
    assert 'id="item-' not in client.get("/admin/comments").text
    assert client.get("/admin/comments?site=default").status_code == 403
    assert client.get("/admin/settings?site=news").status_code == 403  # admins only
    # Disabled: signed out at the next request.
    set_access(deps(client), SHELL, "newsmod", "moderator", ("news",), True)
    r = client.get("/admin/comments", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
