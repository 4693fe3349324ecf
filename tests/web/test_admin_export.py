from __future__ import annotations

import json

from fastapi.testclient import TestClient

from tests.conftest import post
from tests.web.test_admin import moderator_client

__all__ = ["moderator_client"]


def test_admin_downloads_the_export(moderator_client: TestClient) -> None:
    post(moderator_client, "Exported", author={"email": "a@example.org"})
    page = moderator_client.get("/admin/export")
    assert page.status_code == 200 and 'href="/admin/export/default.jsonl"' in page.text
    r = moderator_client.get("/admin/export/default.jsonl")
    assert r.status_code == 200
    assert r.headers["content-disposition"].startswith('attachment; filename="salon-default-')
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert lines[0]["format"] == "salon-export"
    assert [c["text"] for c in lines if c.get("type") == "comment"] == ["Exported"]
    assert moderator_client.get("/admin/export/nowhere.jsonl").status_code == 404


def test_export_needs_a_moderator(client: TestClient) -> None:
    r = client.get("/admin/export/default.jsonl", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
