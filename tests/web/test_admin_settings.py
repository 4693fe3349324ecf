"""Site settings in the admin UI, on both databases: validated like the file, stored,
audited, in force for the next post and after a restart."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlencode

from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from tests.conftest import Clock, post
from tests.web.test_admin import csrf_of, submit
from tests.web.test_admin_comments import mo  # noqa: F401 - the fixture


def form_of(html: str) -> dict[str, str]:
    """The settings form as the browser would send it unchanged."""
    fields: dict[str, str] = {}
    for name, value in re.findall(
        r'<input type="(?:text|number)"[^>]*name="([^"]+)" value="([^"]*)"', html
    ):
        fields[name] = value
    for name, value in re.findall(
        r'<textarea id="[^"]+" name="([^"]+)"[^>]*>([^<]*)</textarea>', html
    ):
        fields[name] = value
    for name in re.findall(
        r'<input type="checkbox" id="[^"]+" name="([^"]+)" value="1" checked>', html
    ):
        fields[name] = "1"
    return fields


def test_a_change_applies_to_the_next_post(
    mo: TestClient,  # noqa: F811
    settings: Settings,
    clock: Clock,
    moderator: Moderator,
) -> None:
    assert post(mo, "Looking forward to the zebrafest parade", uri="/s1")["state"] == "published"
    page = mo.get("/admin/settings?site=default").text
    assert "hold threshold" in page and "report threshold" in page
    fields = form_of(page)
    fields.update({"moderation.hold_words": "zebrafest\nquokka", "site.report_threshold": "2"})
    body = urlencode({"csrf": csrf_of(page), "site": "default", **fields})
    r = submit(mo, "/admin/settings", body)
    assert r.status_code == 303 and "saved the settings" in unquote(r.headers["location"])
    # The next post meets the new word list, without a restart.
    again = mo.post(
        "/api/comments", json={"site": "default", "uri": "/s2", "text": "Zebrafest again this year"}
    )
    assert again.status_code == 202 and again.json()["state"] == "held"
    page = mo.get("/admin/settings?site=default").text
    assert "zebrafest\nquokka" in page
    audit = mo.get("/admin/audit?action=settings").text
    assert "quokka" in audit and "mo" in audit
    # Kept in the database: a new process starts with it.
    restarted = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(restarted) as c2:
        r = c2.post(
            "/api/comments", json={"site": "default", "uri": "/s3", "text": "a quokka appeared"}
        )
        assert r.json()["state"] == "held"


def test_invalid_settings_are_refused_and_nothing_changes(mo: TestClient) -> None:  # noqa: F811
    page = mo.get("/admin/settings?site=news").text
    fields = form_of(page)
    token = csrf_of(page)
    for change, message in (
        (
            {"moderation.hold_threshold": "0.99", "moderation.spam_threshold": "0.5"},
            "hold_threshold",
        ),
        ({"site.max_depth": "0"}, "max_depth"),
        ({"site.report_threshold": "many"}, "must be a number"),
        ({"moderation.ip_posts_per_minute": "0"}, "ip_posts_per_minute"),
    ):
        body = urlencode({"csrf": token, "site": "news", **fields, **change})
        r = mo.post(
            "/admin/settings",
            content=body,
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert r.status_code == 422 and message in r.text, (change, r.text)
    assert "settings" not in mo.get("/admin/audit?action=settings").text.split("<tbody>")[1]
    r = submit(mo, "/admin/settings", urlencode({"csrf": "forged", "site": "news"}))
    assert r.status_code == 403
    assert mo.get("/admin/settings?site=nowhere").status_code == 404


def test_origins_saved_in_the_admin_apply_to_cors_at_once(mo: TestClient) -> None:  # noqa: F811
    preflight = {
        "Origin": "https://fresh.example.org",
        "Access-Control-Request-Method": "POST",
    }
    assert mo.options("/api/comments", headers=preflight).status_code == 403
    page = mo.get("/admin/settings?site=default").text
    fields = form_of(page)
    origins = [o for o in fields.get("site.origins", "").splitlines() if o.strip()]
    fields["site.origins"] = "\n".join([*origins, "https://fresh.example.org"])
    r = submit(
        mo, "/admin/settings", urlencode({"csrf": csrf_of(page), "site": "default", **fields})
    )
    assert r.status_code == 303, r.text
    answer = mo.options("/api/comments", headers=preflight)
    assert answer.status_code == 204
    assert answer.headers["access-control-allow-origin"] == "https://fresh.example.org"
