"""Security headers on every page and file Salon serves (web/headers.py)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import post

PAGES = ["/threads/default?uri=/article", "/admin/login", "/docs", "/openapi.json"]


@pytest.mark.parametrize("path", PAGES)
def test_salons_pages_carry_a_strict_csp(client: TestClient, path: str) -> None:
    post(client, "so the thread page has a comment")
    r = client.get(path)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    script_src = next(p for p in csp.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "object-src 'none'" in csp and "base-uri 'none'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["referrer-policy"] == "strict-origin-when-cross-origin"
    assert "strict-transport-security" not in r.headers  # plain http here


def test_no_inline_script_in_any_page(client: TestClient) -> None:
    post(client, "hello")
    for path in PAGES[:3]:
        html = client.get(path).text
        assert "<script>" not in html and "javascript:" not in html
        assert " onclick=" not in html and " onload=" not in html


def test_admin_may_not_be_framed(client: TestClient) -> None:
    for path in ("/admin/login", "/admin"):
        r = client.get(path, follow_redirects=False)
        assert "frame-ancestors 'none'" in r.headers["content-security-policy"]
        assert r.headers["x-frame-options"] == "DENY"


def test_api_answers_and_errors_carry_headers(client: TestClient) -> None:
    for r in (
        client.get("/api/threads", params={"site": "default", "uri": "/a"}),
        client.get("/api/comments/999"),
        client.get("/nothing/here"),
        client.post("/api/comments", json={"site": "default"}),
    ):
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["referrer-policy"] == "strict-origin-when-cross-origin"
        assert "content-security-policy" in r.headers


def test_widget_files_load_from_any_page(client: TestClient) -> None:
    for path in ("/embed.js", "/embed.css"):
        r = client.get(path, headers={"Origin": "https://news.example.org"})
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "*"
        assert r.headers["cross-origin-resource-policy"] == "cross-origin"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert "content-security-policy" not in r.headers  # it would bind nothing here


def test_hsts_over_https(settings, clock, moderator) -> None:  # type: ignore[no-untyped-def]
    from salon.app import create_app

    app = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app, base_url="https://testserver") as c:
        for path in ("/threads/default?uri=/a", "/api/counts?uri=/a", "/embed.js"):
            assert c.get(path).headers["strict-transport-security"] == "max-age=31536000"
