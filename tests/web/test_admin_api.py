"""The admin JSON API and roles, on both databases: tokens (CLI, hashed, revocable),
401 without one, 403 across sites, decisions, bans, reports, settings, the OpenAPI."""

from __future__ import annotations

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from salon.cli import app
from salon.config import Settings
from salon.services.accounts import SHELL, new_token, revoke_token, set_access, tokens
from salon.services.admins import create_admin
from tests.conftest import login, post
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
    r = login(client, "newsmod", "correct horse battery")
    assert r.status_code == 303
    assert 'id="item-' not in client.get("/admin/comments").text
    assert client.get("/admin/comments?site=default").status_code == 403
    assert client.get("/admin/settings?site=news").status_code == 403  # admins only
    # Disabled: signed out at the next request.
    set_access(deps(client), SHELL, "newsmod", "moderator", ("news",), True)
    r = client.get("/admin/comments", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"


def test_accounts_page(client: TestClient) -> None:
    from tests.web.test_admin import csrf_of

    create_admin(deps(client), "boss", "correct horse battery")
    login(client, "boss", "correct horse battery")
    page = client.get("/admin/accounts").text
    token = csrf_of(page)
    r = submit(
        client,
        "/admin/accounts/create",
        f"csrf={token}&name=ann&password=long+enough+pw&role=moderator&sites=news",
    )
    assert r.status_code == 303 and "created" in r.headers["location"]
    r = submit(
        client,
        "/admin/accounts/create",
        f"csrf={token}&name=bob&password=long+enough+pw&role=moderator",
    )
    assert r.status_code == 422 and "at least one site" in r.text
    assert (
        'id="site-ann-news" name="sites" value="news" checked' in client.get("/admin/accounts").text
    )
    r = submit(
        client,
        "/admin/accounts/access",
        f"csrf={token}&name=ann&role=moderator&sites=news&disabled=1",
    )
    assert r.status_code == 303
    assert "ann (disabled)" in client.get("/admin/accounts").text
    r = submit(
        client, "/admin/accounts/access", f"csrf={token}&name=boss&role=moderator&sites=news"
    )
    assert r.status_code == 422  # not your own
    r = client.post(
        "/admin/tokens/new",
        content=f"csrf={token}&label=ci&account=boss",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 200
    import re

    shown = re.search(r'<code id="new-token">(salon_[^<]+)</code>', r.text)
    assert (
        shown
        and client.get("/api/admin/comments", headers=bearer(shown.group(1))).status_code == 200
    )
    assert shown.group(1) not in client.get("/admin/accounts").text  # shown once
    token_id = re.search(r'name="token" value="(\d+)"', client.get("/admin/accounts").text)
    assert token_id
    submit(client, "/admin/tokens/revoke", f"csrf={token}&token={token_id.group(1)}")
    assert client.get("/api/admin/comments", headers=bearer(shown.group(1))).status_code == 401
    r = submit(
        client,
        "/admin/accounts/password",
        f"csrf={token}&current=nope&new=another+long+pw&again=another+long+pw",
    )
    assert r.status_code == 403 and "current password is wrong" in r.text
    r = submit(
        client,
        "/admin/accounts/password",
        f"csrf={token}&current=correct+horse+battery&new=another+long+pw&again=another+long+pw",
    )
    assert r.status_code == 303
    assert "account-access" in client.get("/admin/audit").text


def test_a_moderator_cannot_ban_or_act_on_another_site(client: TestClient) -> None:
    from tests.web.test_admin import csrf_of

    create_admin(deps(client), "newsmod", "correct horse battery")
    set_access(deps(client), SHELL, "newsmod", "moderator", ("news",), False)
    cid = post(client, "A comment on the default site", uri="/m2")["comment"]["id"]
    login(client, "newsmod", "correct horse battery")
    token = csrf_of(client.get("/admin/comments").text)
    for path, body in (
        ("/admin/ban", f"ban={cid}%3Aaddress"),
        ("/admin/act", f"one={cid}%3Aremove"),
        ("/admin/edit", f"edit={cid}&text-{cid}=changed"),
        ("/admin/flag", f"flag={cid}%3Apinned%3A1"),
    ):
        assert submit(client, path, f"csrf={token}&{body}").status_code == 403, path
    assert (
        client.get(f"/api/comments/{cid}").json()["html"] == "<p>A comment on the default site</p>"
    )
