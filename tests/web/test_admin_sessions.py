"""Moderator sessions listed and ended, disabling signs out, sliding expiry; site settings
saved in one process apply in another without a restart. Both databases."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from salon.services.accounts import SHELL, new_token, set_access
from salon.services.admins import create_admin
from tests.conftest import Clock, login, post
from tests.web.test_admin import csrf_of, submit
from tests.web.test_admin_api import bearer, deps

PASSWORD = "correct horse battery"


def _browser(c: TestClient) -> TestClient:
    """Another browser on the same running app (its own cookies)."""
    return TestClient(c.app)


def _signed_in(c: TestClient) -> bool:
    return c.get("/admin/accounts", follow_redirects=False).status_code == 200


def test_sessions_listed_and_ended(client: TestClient) -> None:
    create_admin(deps(client), "boss", PASSWORD)
    create_admin(deps(client), "mo", PASSWORD)
    set_access(deps(client), SHELL, "mo", "moderator", ("default",), False)
    phone, laptop, admin = _browser(client), _browser(client), _browser(client)
    login(phone, "mo", PASSWORD, **{"user-agent": "Phone Browser"})
    login(laptop, "mo", PASSWORD, **{"user-agent": "Laptop Browser"})
    login(admin, "boss", PASSWORD)
    page = laptop.get("/admin/accounts").text
    assert "Phone Browser" in page and "Laptop Browser" in page and "this browser" in page
    assert "boss" not in re.sub(r"<header>.*?</header>", "", page, flags=re.S).split("Sessions")[1]
    ids = re.findall(r'name="session" value="([0-9a-f]{64})"', page)
    assert len(ids) == 2
    # A moderator ends their own other session: that browser is signed out at once.
    phone_id = re.search(r'Phone Browser.*?name="session" value="([0-9a-f]{64})"', page, re.S)
    assert phone_id
    r = submit(laptop, "/admin/sessions/end", f"csrf={csrf_of(page)}&session={phone_id.group(1)}")
    assert r.status_code == 303
    assert not _signed_in(phone) and _signed_in(laptop)
    # Not somebody else's; an admin sees and ends anybody's.
    admin_page = admin.get("/admin/accounts").text
    boss_id = re.search(
        r'<td[^>]*>boss <span.*?name="session" value="([0-9a-f]{64})"', admin_page, re.S
    )
    assert boss_id and "Laptop Browser" in admin_page
    token = csrf_of(laptop.get("/admin/accounts").text)
    r = submit(laptop, "/admin/sessions/end", f"csrf={token}&session={boss_id.group(1)}")
    assert r.status_code == 403 and _signed_in(admin)
    laptop_id = re.search(
        r'Laptop Browser.*?name="session" value="([0-9a-f]{64})"', admin_page, re.S
    )
    assert laptop_id
    r = submit(
        admin, "/admin/sessions/end", f"csrf={csrf_of(admin_page)}&session={laptop_id.group(1)}"
    )
    assert r.status_code == 303 and not _signed_in(laptop)
    r = submit(admin, "/admin/sessions/end", f"csrf={csrf_of(admin_page)}&session={'0' * 64}")
    assert r.status_code == 404
    for odd in ("%00", "a%00b", "%C3%A9", "", "0" * 65):  # a NUL was a 500 on PostgreSQL
        r = submit(admin, "/admin/sessions/end", f"csrf={csrf_of(admin_page)}&session={odd}")
        assert r.status_code == 404, odd
    assert "end-session" in admin.get("/admin/audit?action=end-session").text


def test_disabling_an_account_ends_its_sessions(client: TestClient) -> None:
    create_admin(deps(client), "boss", PASSWORD)
    create_admin(deps(client), "mo", PASSWORD)
    admin, mo = _browser(client), _browser(client)
    login(admin, "boss", PASSWORD)
    login(mo, "mo", PASSWORD)
    assert _signed_in(mo)
    token = csrf_of(admin.get("/admin/accounts").text)
    form = f"csrf={token}&name=mo&role=moderator&sites=default&disabled=1"
    assert submit(admin, "/admin/accounts/access", form).status_code == 303
    with deps(client).db.read() as conn:
        left = conn.exec_driver_sql("select admin from admin_sessions").all()
    assert [r[0] for r in left] == ["boss"]
    assert not _signed_in(mo)


def test_sliding_expiry_keeps_an_active_moderator_signed_in(
    client: TestClient, clock: Clock
) -> None:
    create_admin(deps(client), "mo", PASSWORD)
    login(client, "mo", PASSWORD)
    for _ in range(4):  # 4 x 10 h of work: well past 12 h after signing in
        clock.advance(hours=10)
        assert _signed_in(client)
    clock.advance(hours=12, seconds=1)  # then 12 h unused
    assert not _signed_in(client)
    login(client, "mo", PASSWORD)
    for _ in range(16):  # never longer than 7 days, however busy
        clock.advance(hours=11)
        if not _signed_in(client):
            break
    else:
        raise AssertionError("the session outlived its 7 days")


def test_settings_saved_in_one_process_apply_in_another(
    client: TestClient, settings: Settings, clock: Clock, moderator: Moderator
) -> None:
    other = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(other) as second:
        assert post(second, "Nice piece on the harbour.", uri="/x1")["state"] == "published"
        create_admin(deps(client), "boss", PASSWORD)
        api = bearer(new_token(deps(client), SHELL, "boss"))
        r = client.put(
            "/api/admin/sites/default/settings", json={"require_name": True}, headers=api
        )
        assert r.status_code == 200
        # The first process applies it at once; the second within a second, no restart.
        anon = {"site": "default", "uri": "/x2", "text": "Another harbour story please."}
        assert client.post("/api/comments", json=anon).status_code == 422
        clock.advance(seconds=1.5)
        refused = second.post("/api/comments", json=anon)
        assert refused.status_code == 422 and "asks for a name" in refused.text
        assert second.app.state.deps.settings.site("default").require_name  # type: ignore[attr-defined]
        client.put("/api/admin/sites/default/settings", json={"require_name": False}, headers=api)
        clock.advance(seconds=1.5)
        assert second.post("/api/comments", json=anon).status_code in (201, 202)
