"""Cached thread reads: the same answer as the route, invalidated by every write."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi.testclient import TestClient
from sqlalchemy import event

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from tests.conftest import Clock, post, post_as_another

PARAMS = {"site": "default", "uri": "/article", "sort": "oldest", "limit": "50"}


def read(client: TestClient, **headers: str) -> tuple[int, dict[str, str], bytes]:
    r = client.get("/api/threads", params=PARAMS, headers=headers)
    return r.status_code, dict(r.headers), r.content


@contextmanager
def counted(client: TestClient) -> Iterator[list[str]]:
    """The SQL statements the app runs inside the block."""
    statements: list[str] = []
    engine = client.app.state.deps.db.engine  # type: ignore[attr-defined]

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if not statement.upper().startswith(("BEGIN", "PRAGMA")):  # transaction control
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def without_stamp(body: bytes) -> dict:
    data = json.loads(body)
    assert data.pop("rendered")
    return data


def test_a_hit_is_the_same_answer_without_a_query(client: TestClient, clock: Clock) -> None:
    first = post(client, "A first comment")["comment"]
    post(client, "A reply", parent=first["id"])
    with counted(client) as miss:
        status, _, body = read(client)
    assert status == 200
    # The thread row; its count with the pinned and featured comments; the page's top-level
    # comments with all their replies (one recursive query, so a large thread is not read
    # whole): no N+1.
    queries = [q for q in miss if q.lstrip().upper().startswith(("SELECT", "WITH"))]
    assert len(queries) == 3, miss
    clock.advance(seconds=5)
    with counted(client) as hit:
        status, headers, again = read(client)
    assert status == 200 and hit == []
    assert without_stamp(again) == without_stamp(body)
    assert len(without_stamp(body)["comments"][0]["replies"]) == 1
    # Every answer carries its own form stamp, also when it comes from the cache.
    assert json.loads(again)["rendered"] != json.loads(body)["rendered"]
    assert headers["content-type"] == "application/json"


def test_gzip_answers_decode_to_the_plain_one(client: TestClient) -> None:
    post(client, "Compress me " * 200)
    plain = without_stamp(read(client)[2])
    for _ in range(2):  # the miss, then the hit
        with client.stream(
            "GET", "/api/threads", params=PARAMS, headers={"Accept-Encoding": "gzip"}
        ) as r:
            raw = b"".join(r.iter_raw())
        assert r.headers["content-encoding"] == "gzip"
        assert "Accept-Encoding" in r.headers["vary"]
        assert without_stamp(gzip.decompress(raw)) == plain
        assert plain["comments"][0]["html"].count("Compress me") == 200
    status, headers, _ = read(client, **{"Accept-Encoding": "identity"})
    assert status == 200 and "content-encoding" not in headers


def test_etag_gives_304_until_the_thread_changes(client: TestClient) -> None:
    post(client, "One")
    _, headers, _ = read(client)
    etag = headers["etag"]
    for _ in range(2):
        status, _, body = read(client, **{"If-None-Match": etag})
        assert status == 304 and body == b""
    post(client, "Two")
    status, headers, body = read(client, **{"If-None-Match": etag})
    assert status == 200 and headers["etag"] != etag
    assert [c["html"] for c in without_stamp(body)["comments"]] == ["<p>One</p>", "<p>Two</p>"]


def test_every_write_shows_on_the_next_read(client: TestClient) -> None:
    assert without_stamp(read(client)[2])["comments"] == []  # an empty thread is cached too
    c = post_as_another(client, "Hello")
    edit = {"Authorization": f"Bearer {c['edit_token']}"}
    assert without_stamp(read(client)[2])["thread"]["count"] == 1
    client.post(f"/api/comments/{c['comment']['id']}/vote", json={"value": 1})
    assert without_stamp(read(client)[2])["comments"][0]["votes"]["up"] == 1
    r = client.patch(f"/api/comments/{c['comment']['id']}", json={"text": "Hi"}, headers=edit)
    assert r.status_code == 200
    assert without_stamp(read(client)[2])["comments"][0]["html"] == "<p>Hi</p>"
    assert client.delete(f"/api/comments/{c['comment']['id']}", headers=edit).status_code == 204
    assert without_stamp(read(client)[2])["comments"] == []


def test_refusals_are_never_served_from_the_cache(client: TestClient) -> None:
    post(client, "Cached")
    assert read(client)[0] == 200
    assert read(client)[0] == 200  # now a hit
    foreign = client.get("/api/threads", params=PARAMS, headers={"Origin": "https://evil.example"})
    assert foreign.status_code == 403
    assert foreign.headers["content-type"] == "application/problem+json"
    for bad in ({"limit": "0"}, {"limit": "x"}, {"sort": "best"}, {"site": "nope"}):
        r = client.get("/api/threads", params={**PARAMS, **bad})
        assert r.status_code in (404, 422), (bad, r.status_code)
        assert r.headers["content-type"] == "application/problem+json"


def test_a_write_from_elsewhere_shows_after_the_cache_time(
    settings: Settings, clock: Clock, moderator: Moderator
) -> None:
    """Another process without Redis (or the shell) does not tell this one: ``ttl`` bounds it."""
    reader_app = create_app(
        settings.model_copy(update={"read_cache_seconds": 3600}),
        clock=clock,
        moderator=moderator,
        run_jobs=False,
    )
    writer_app = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(reader_app) as reader, TestClient(writer_app) as writer:
        post(writer, "Before")
        assert len(without_stamp(read(reader)[2])["comments"]) == 1
        post(writer, "After")
        assert len(without_stamp(read(reader)[2])["comments"]) == 1  # still the cached one
        reader_app.state.deps.cache.ttl = 0
        assert len(without_stamp(read(reader)[2])["comments"]) == 2
