"""Cached thread reads: the same answer as the route, invalidated by every write."""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import event

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from salon.services.accounts import SHELL
from salon.services.site_settings import update_site
from salon.web.fast_reads import FastReads
from tests.conftest import Clock, post, post_as_another

PARAMS = {"site": "default", "uri": "/article", "sort": "oldest", "limit": "50"}
KEY = ("default", "/article", "oldest", 50, None)


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


def fast_reads(app: FastAPI) -> FastReads:
    layer = app.middleware_stack
    while not isinstance(layer, FastReads):
        layer = layer.app  # type: ignore[union-attr]
    return layer


def settled(app: FastAPI) -> None:
    """Wait until the checks the cache-hit path started behind its answers are done."""
    layer = fast_reads(app)
    for _ in range(1000):
        if not layer._busy:
            return
        time.sleep(0.01)
    raise AssertionError(f"background checks still running: {layer._busy}")


def _reader_and_writer(
    settings: Settings, clock: Clock, moderator: Moderator
) -> tuple[FastAPI, FastAPI]:
    """Two processes on one database without Redis: the reader keeps answers for an hour."""
    reader_app = create_app(
        settings.model_copy(update={"read_cache_seconds": 3600}),
        clock=clock,
        moderator=moderator,
        run_jobs=False,
    )
    return reader_app, create_app(settings, clock=clock, moderator=moderator, run_jobs=False)


def without_stamp(body: bytes) -> dict:
    data = json.loads(body)
    assert data.pop("rendered")
    return data


def test_a_hit_is_the_same_answer_without_a_query(client: TestClient, clock: Clock) -> None:
    # The cache's age is real (monotonic) time: on a loaded machine more than half of the
    # default second could pass between the two reads and start a check ahead of time.
    client.app.state.deps.cache.ttl = 3600  # type: ignore[attr-defined]
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
        settled(client.app)  # type: ignore[arg-type]
    # Only the once-a-second look for settings saved elsewhere, behind the answer.
    assert status == 200 and all("FROM site_settings" in q for q in hit), hit
    assert without_stamp(again) == without_stamp(body)
    assert len(without_stamp(body)["comments"][0]["replies"]) == 1
    # The form stamp is the current second's, also when the answer comes from the cache.
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
    reader_app, writer_app = _reader_and_writer(settings, clock, moderator)
    with TestClient(reader_app) as reader, TestClient(writer_app) as writer:
        post(writer, "Before")
        assert len(without_stamp(read(reader)[2])["comments"]) == 1
        post(writer, "After")
        assert len(without_stamp(read(reader)[2])["comments"]) == 1  # still the cached one
        reader_app.state.deps.cache.ttl = 0
        assert len(without_stamp(read(reader)[2])["comments"]) == 2


def test_readers_within_a_second_share_one_form_stamp(client: TestClient, clock: Clock) -> None:
    post(client, "Shared " * 200)
    signer = client.app.state.deps.signer  # type: ignore[attr-defined]
    clock.advance(seconds=0.25)
    first = read(client)[2]
    stamp = json.loads(first)["rendered"]
    # The stamp names the start of the second: a form looks older than it is, never younger.
    assert signer.render_time(stamp) == clock.now.replace(microsecond=0).timestamp()
    clock.advance(seconds=0.5)
    assert read(client)[2] == first
    with client.stream(
        "GET", "/api/threads", params=PARAMS, headers={"Accept-Encoding": "gzip"}
    ) as r:
        assert json.loads(gzip.decompress(b"".join(r.iter_raw())))["rendered"] == stamp
    clock.advance(seconds=0.5)
    later = read(client)[2]
    assert without_stamp(later) == without_stamp(first)
    assert signer.render_time(json.loads(later)["rendered"]) == signer.render_time(stamp) + 1


def test_a_busy_thread_is_checked_before_its_time_is_up(
    settings: Settings, clock: Clock, moderator: Moderator
) -> None:
    """Readers never wait for the check against the database: once half an entry's time is
    up, a hit starts it behind its answer. Unchanged, the entry is fresh for another ttl;
    changed elsewhere (no Redis), the entry expires as before and the next reader reads."""
    reader_app, writer_app = _reader_and_writer(settings, clock, moderator)
    with TestClient(reader_app) as reader, TestClient(writer_app) as writer:
        post(writer, "Before")
        read(reader)  # the miss fills the cache
        cache = reader_app.state.deps.cache
        entry = cache.get(KEY)
        entry.checked -= 2000  # more than half of the hour
        before = entry.checked
        with counted(reader) as statements:
            assert len(without_stamp(read(reader)[2])["comments"]) == 1
            settled(reader_app)
        assert len(statements) == 1 and "thread" in statements[0].lower()
        assert entry.checked > before and cache.hit(KEY) == (entry, False)

        post(writer, "After")
        entry.checked -= 2000
        assert len(without_stamp(read(reader)[2])["comments"]) == 1  # answered at once
        settled(reader_app)
        assert cache.hit(KEY) == (entry, True)  # the check did not renew it
        entry.checked -= 2000  # its time is up
        assert len(without_stamp(read(reader)[2])["comments"]) == 2


def test_settings_saved_elsewhere_apply_to_cached_reads(
    settings: Settings, clock: Clock, moderator: Moderator
) -> None:
    """A process that only answers cache hits still hears of settings saved by another:
    an origin taken off the site is refused within a second."""
    cached = settings.model_copy(update={"read_cache_seconds": 3600})
    one = create_app(cached, clock=clock, moderator=moderator, run_jobs=False)
    two = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    params = {"site": "news", "uri": "/a"}
    origin = {"Origin": "https://news.example.org"}
    with TestClient(one) as a, TestClient(two):
        for _ in range(2):  # the miss, then a hit
            assert a.get("/api/threads", params=params, headers=origin).status_code == 200
        update_site(two.state.deps, SHELL, "news", {"origins": ["https://other.example.org"]})
        clock.advance(seconds=2)
        assert a.get("/api/threads", params=params, headers=origin).status_code == 200  # a hit
        settled(one)
        refused = a.get("/api/threads", params=params, headers=origin)
        assert refused.status_code == 403
        assert refused.headers["content-type"] == "application/problem+json"


def test_concurrent_misses_build_a_page_once(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    post(client, "one comment")
    from salon.services import threads

    real = threads.read_thread
    inside: list[int] = [0, 0]  # now, most at once
    lock = threading.Lock()

    def counted(*args: object) -> object:
        with lock:
            inside[0] += 1
            inside[1] = max(inside)
        time.sleep(0.05)
        try:
            return real(*args)  # type: ignore[arg-type]
        finally:
            with lock:
                inside[0] -= 1

    monkeypatch.setattr(threads, "read_thread", counted)
    answers: list[bytes] = []

    def read(limit: int) -> None:
        r = client.get(f"/api/threads?site=default&uri=/article&limit={limit}")
        assert r.status_code == 200
        answers.append(r.content)

    readers = [threading.Thread(target=read, args=(40 + n % 2,)) for n in range(8)]
    for t in readers:
        t.start()
    for t in readers:
        t.join()
    assert len(answers) == 8 and len(set(answers)) == 1  # limit 40 and 41: the same page
    assert inside[1] <= 2  # one build per page (two pages) at a time, not eight
