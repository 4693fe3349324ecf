"""Every API endpoint answers bad input with the same problem+json shape."""

from __future__ import annotations

from fastapi.testclient import TestClient

BAD_CALLS = [
    ("GET", "/api/threads", {"params": {"uri": "/a", "limit": "x"}}),
    ("GET", "/api/counts", {"params": {"site": "nowhere", "uri": "/a"}}),
    ("GET", "/api/comments/0", {}),
    (
        "POST",
        "/api/comments",
        {"content": b"nope", "headers": {"content-type": "application/json"}},
    ),
    ("PATCH", "/api/comments/1", {"json": {"text": 1}}),
    ("DELETE", "/api/comments/1", {}),
    ("POST", "/api/comments/1/vote", {"json": {"value": 2}}),
    ("POST", "/api/comments/own", {"json": {"site": "default", "uri": "/a", "tokens": [1]}}),
    ("GET", "/api/unknown", {}),
    ("GET", "/api/live", {"params": {"site": "nowhere", "uri": "/a"}}),
    ("POST", "/api/preview", {"json": {"text": 5}}),
    ("GET", "/api/votes", {"params": {"site": "default"}}),
    ("GET", "/feeds/nowhere/recent.atom", {}),
    ("GET", "/api/support", {"params": {"site": "nowhere"}}),
    ("POST", "/api/support/webhooks/stripe/default", {"json": {"id": "evt_1"}}),
    ("POST", "/api/support/webhooks/generic/nowhere", {"json": {}}),
    ("GET", "/api/anchors", {"params": {"site": "nowhere", "uri": "/a"}}),
    ("POST", "/api/subscriptions", {"json": {"uri": "/a", "email": "not an address"}}),
    ("POST", "/api/comments/1/report", {"json": {"reason": "rude"}}),
    ("POST", "/api/privacy/request", {"json": {"site": "default", "email": "not an address"}}),
    # Without a token the admin API is 401; with a bad body it would be 422.
    ("GET", "/api/admin/queues/held", {}),
    ("GET", "/api/admin/comments", {"params": {"cursor": "x"}}),
    ("POST", "/api/admin/comments/1/decision", {"json": {"action": "nuke"}}),
    ("POST", "/api/admin/comments/1/ban", {"json": {}}),
    ("POST", "/api/admin/comments/1/reports/dismiss", {}),
    ("GET", "/api/admin/sites/news/settings", {}),
    ("PUT", "/api/admin/sites/news/settings", {"json": {}}),
    ("GET", "/api/admin/bans", {}),
    ("POST", "/api/admin/bans", {"json": {"kind": "pattern"}}),
    ("DELETE", "/api/admin/bans/1", {}),
]


def test_every_api_route_is_covered(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    paths = {p for p in spec["paths"] if p.startswith("/api/")}
    covered = {
        "/api/threads",
        "/api/counts",
        "/api/comments",
        "/api/comments/{comment_id}",
        "/api/comments/{comment_id}/vote",
        "/api/comments/own",
        "/api/live",
        "/api/preview",
        "/api/votes",
        "/api/support",
        "/api/support/webhooks/stripe/{site}",
        "/api/support/webhooks/generic/{site}",
        "/api/anchors",
        "/api/subscriptions",
        "/api/comments/{comment_id}/report",
        "/api/privacy/request",
        "/api/admin/queues/{queue}",
        "/api/admin/comments",
        "/api/admin/comments/{comment_id}/decision",
        "/api/admin/comments/{comment_id}/ban",
        "/api/admin/comments/{comment_id}/reports/dismiss",
        "/api/admin/sites/{site}/settings",
        "/api/admin/bans",
        "/api/admin/bans/{ban_id}",
    }
    assert paths - covered == set(), "add the new route to BAD_CALLS"


def test_error_shape(client: TestClient) -> None:
    for method, path, kwargs in BAD_CALLS:
        r = client.request(method, path, **kwargs)
        assert 400 <= r.status_code < 500, (method, path, r.status_code, r.text)
        assert r.headers["content-type"] == "application/problem+json", (method, path)
        body = r.json()
        assert body["status"] == r.status_code
        assert body["type"].startswith("urn:salon:problem:")
        assert isinstance(body["title"], str) and body["title"]
        assert isinstance(body["detail"], str) and len(body["detail"]) > 5
