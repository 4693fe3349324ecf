"""/docs loads Swagger UI from Salon itself: no outside origin in the page or its CSP."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_docs_page_uses_only_salons_own_files(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "https://" not in page.text and "http://" not in page.text
    csp = page.headers["content-security-policy"]
    assert "https:" not in csp and "script-src 'self';" in csp
    js = client.get("/docs/swagger-ui-bundle.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert b"SwaggerUIBundle" in js.content
    css = client.get("/docs/swagger-ui.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


def test_docs_serves_nothing_else(client: TestClient) -> None:
    r = client.get("/docs/redoc.standalone.js")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/docs/..%2Fcore.py").status_code == 404
