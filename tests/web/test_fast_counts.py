"""Counts from the read cache: the route's answer without a query, stale after every write."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import event

from salon.store.database import Changes
from tests.conftest import post
from tests.web.test_fast_reads import counted

ASKED = [("site", "default"), ("uri", "/article"), ("uri", "/other"), ("uri", "/none")]


def counts(client: TestClient, params: list[tuple[str, str]] = ASKED, **headers: str) -> dict:
    r = client.get("/api/counts", params=params, headers=headers)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/json"
    return r.json()


def test_a_second_ask_runs_no_query_and_a_write_shows_at_once(client: TestClient) -> None:
    post(client, "one")
    post(client, "two", uri="/other")
    with counted(client) as miss:
        assert counts(client) == {"/article": 1, "/other": 1, "/none": 0}
    assert any(q.lstrip().upper().startswith("SELECT") for q in miss)
    with counted(client) as hit:
        assert counts(client) == {"/article": 1, "/other": 1, "/none": 0}
    assert hit == []
    post(client, "three", uri="/other")
    assert counts(client) == {"/article": 1, "/other": 2, "/none": 0}
    post(client, "the first on a new article", uri="/none")  # "no thread yet" goes stale too
    assert counts(client) == {"/article": 1, "/other": 2, "/none": 1}
    with counted(client) as hit:
        assert counts(client) == {"/article": 1, "/other": 2, "/none": 1}
    assert hit == []


def test_the_answer_keeps_the_asked_order_and_repeats(client: TestClient) -> None:
    post(client, "one", uri="/b")
    asked = [("uri", "/b"), ("uri", "/a"), ("uri", "/b")]
    for _ in range(2):  # the miss, then the hit
        r = client.get("/api/counts", params=asked)
        assert list(r.json().items()) == [("/b", 1), ("/a", 0)]


def test_a_hit_refuses_what_the_route_refuses(client: TestClient) -> None:
    params = [("site", "news"), ("uri", "/article")]
    allowed = {"origin": "https://news.example.org"}
    assert counts(client, params, **allowed) == {"/article": 0}  # now cached
    foreign = client.get("/api/counts", params=params, headers={"origin": "https://evil.example"})
    assert foreign.status_code == 403
    assert foreign.headers["content-type"] == "application/problem+json"
    for bad in ([("uri", "")], [("site", "default")], [("uri", "/a\x00")], [("uri", "/a")] * 201):
        r = client.get("/api/counts", params=bad)
        assert r.status_code == 422, (bad[:2], r.text)
        assert r.headers["content-type"] == "application/problem+json"
    unknown = client.get("/api/counts", params=[("site", "nowhere"), ("uri", "/article")])
    assert unknown.status_code == 404


def test_a_count_read_while_a_write_lands_is_not_kept(client: TestClient) -> None:
    post(client, "one")
    deps = client.app.state.deps  # type: ignore[attr-defined]

    def write_lands(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if "count(" in statement.lower():
            deps.cache.changed(Changes())  # another request's commit, seen mid-read

    event.listen(deps.db.engine, "before_cursor_execute", write_lands)
    try:
        assert counts(client) == {"/article": 1, "/other": 0, "/none": 0}
    finally:
        event.remove(deps.db.engine, "before_cursor_execute", write_lands)
    with counted(client) as again:
        counts(client)
    assert again != []  # read again: the first answer was not kept
