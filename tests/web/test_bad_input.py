"""Bad input gets a clear 4xx problem+json, nothing is half-written, the server keeps serving."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.conftest import post


def assert_problem(r, status: int, words: str = "") -> dict:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert set(body) >= {"type", "title", "status", "detail"}
    assert body["status"] == status and body["detail"]
    assert words.lower() in body["detail"].lower()
    return body


JSON = {"content-type": "application/json"}


@pytest.mark.parametrize(
    ("content", "status", "words"),
    [
        (b'{"site": "default", "uri": "/a", "text": ', 400, "not valid JSON"),
        (b'{"site": "default", "uri": "/a", "text": "\xff\xfe"}', 400, "UTF-8"),
        (b"[1, 2]", 422, ""),
        (b'{"site": "default", "uri": "/a"}', 422, "text"),
        (b'{"site": "default", "uri": "/a", "text": "hi", "colour": "red"}', 422, "colour"),
        (b'{"site": "default", "uri": "/a", "text": 5}', 422, "text"),
        (b'{"site": "default", "uri": "/a", "text": "   "}', 422, "empty"),
        (b'{"site": "default", "uri": "/a", "text": "hi", "parent": "x"}', 422, "parent"),
        (b'{"site": "default", "uri": "/a", "text": "hi", "notify": "sometimes"}', 422, "notify"),
        (b'{"site": "default", "uri": "/a", "text": "\\u200b"}', 422, "the comment is empty"),
        (
            b'{"site": "default", "uri": "/a", "text": "\\u200b \\u200e\\ufeff\\u2066"}',
            422,
            "the comment is empty",
        ),
        (
            b'{"site": "default", "uri": "/a", "text": "hi", "author": {"email": "nope"}}',
            422,
            "email",
        ),
        (
            b'{"site": "default", "uri": "/a", "text": "hi", '
            b'"author": {"website": "javascript:alert(1)"}}',
            422,
            "website",
        ),
        (b'{"site": "nowhere", "uri": "/a", "text": "hi"}', 404, "unknown site"),
        (b'{"site": "default", "uri": "", "text": "hi"}', 422, "uri"),
    ],
)
def test_bad_posts(client: TestClient, content: bytes, status: int, words: str) -> None:
    assert_problem(client.post("/api/comments", content=content, headers=JSON), status, words)
    assert client.get("/api/counts", params={"uri": "/a"}).json() == {"/a": 0}


def test_wrong_media_type(client: TestClient) -> None:
    r = client.post(
        "/api/comments",
        content=b"uri=/a&text=hi",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert_problem(r, 415, "application/json")


def test_comment_over_the_character_limit(client: TestClient) -> None:
    r = client.post("/api/comments", json={"site": "default", "uri": "/a", "text": "x" * 10_001})
    assert_problem(r, 422, "10,000")
    longest = ("The council minutes list the costs line by line. " * 250)[:10_000]
    assert post(client, longest, uri="/a")["comment"]["id"]


def test_oversized_body_refused_before_parsing(client: TestClient) -> None:
    r = client.post("/api/comments", content=b"{" + b" " * 70_000 + b"}", headers=JSON)
    assert_problem(r, 413, "65,536")


def test_oversized_chunked_body(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(100):
            yield b" " * 1000

    r = client.post("/api/comments", content=chunks(), headers=JSON)
    assert_problem(r, 413)


def test_unknown_things(client: TestClient) -> None:
    assert_problem(client.get("/api/comments/999"), 404, "999")
    assert_problem(
        client.patch(
            "/api/comments/999", json={"text": "x"}, headers={"Authorization": "Bearer t"}
        ),
        404,
    )
    assert_problem(client.delete("/api/comments/999", headers={"Authorization": "Bearer t"}), 404)
    assert_problem(client.post("/api/comments/999/vote", json={"value": 1}), 404)
    assert_problem(client.get("/api/comments/abc"), 422)
    assert_problem(client.get("/api/nothing"), 404)
    assert_problem(client.put("/api/comments"), 405)


def test_parent_errors(client: TestClient) -> None:
    other = post(client, "elsewhere", uri="/other")["comment"]["id"]
    r = client.post(
        "/api/comments", json={"site": "default", "uri": "/a", "text": "hi", "parent": other}
    )
    assert_problem(r, 422, "another thread")
    r = client.post(
        "/api/comments", json={"site": "default", "uri": "/a", "text": "hi", "parent": 12345}
    )
    assert_problem(r, 404, "12345")
    assert client.get("/api/counts", params={"uri": "/a"}).json() == {"/a": 0}


def test_vote_values(client: TestClient) -> None:
    cid = post(client)["comment"]["id"]
    for value in (7, "up", None, 1.5):
        assert_problem(client.post(f"/api/comments/{cid}/vote", json={"value": value}), 422)
    assert client.get(f"/api/comments/{cid}").json()["votes"] == {"up": 0, "down": 0, "score": 0}


def test_bad_query_parameters(client: TestClient) -> None:
    assert_problem(client.get("/api/threads", params={"uri": "/a", "sort": "best"}), 422, "sort")
    assert_problem(client.get("/api/threads", params={"uri": "/a", "limit": 500}), 422, "limit")
    assert_problem(client.get("/api/threads", params={"uri": "/a", "cursor": "!!"}), 400, "cursor")
    assert_problem(client.get("/api/threads"), 422, "uri")
    assert_problem(client.get("/api/counts"), 422, "uri")


def test_server_keeps_serving_after_bad_input(client: TestClient) -> None:
    for _ in range(3):
        client.post("/api/comments", content=b"\xff" * 100, headers=JSON)
    assert post(client, "still here")["state"] == "published"
