"""What one POST of a comment asks of the database (bench/writes/profile.md, round 3)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from salon.store import thread_flags
from salon.store.tables import comments, threads
from tests.conftest import post
from tests.web.test_fast_reads import counted


def _kinds(statements: list[str]) -> list[str]:
    """Each statement's verb and table, e.g. 'UPDATE threads'."""
    out = []
    for s in statements:
        words = s.split()
        verb = words[0].upper()
        if verb == "SELECT":
            table = words[words.index("FROM") + 1] if "FROM" in words else "?"
        elif verb == "INSERT":
            table = words[2]
        else:
            table = words[1]
        out.append(f"{verb} {table}")
    return out


def test_a_post_into_a_known_thread_reads_it_once_and_inserts_the_comment_published(
    client: TestClient,
) -> None:
    first = post(client, "The first comment makes the thread")["comment"]
    with counted(client) as statements:
        answer = post(client, "A second comment, published at once")
    assert answer["state"] == "published"
    kinds = _kinds(statements)
    # Screening (thread, the author's history, near copies, bans), then the writes: the
    # version bump reads the thread back, and the comment goes in published (no update).
    assert kinds == [
        "SELECT threads",
        "SELECT (SELECT",
        "SELECT comments",
        "SELECT bans",
        "UPDATE threads",
        "INSERT comments",
        "INSERT decisions",
    ], statements
    with counted(client) as reply:
        post(client, "A reply", parent=first["id"])
    # A reply reads its parent as well.
    assert len(reply) == len(statements) + 1 and "UPDATE comments" not in _kinds(reply)
    with client.app.state.deps.db.read() as conn:  # type: ignore[attr-defined]
        states = conn.execute(select(comments.c.state, comments.c.shadow)).all()
        version = conn.execute(select(threads.c.version)).scalar_one()
    assert [tuple(s) for s in states] == [("published", False)] * 3
    assert version == 3  # one bump a post


def test_a_thread_closed_after_the_screening_takes_no_comment(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    post(client, "Before the thread closes")
    deps = client.app.state.deps  # type: ignore[attr-defined]
    submit: Callable[[Any], Any] = deps.submit_change

    def close_then_submit(work: Any) -> Any:
        # A moderator closes the thread between the screening read and the write.
        with deps.db.write() as conn:
            thread_id = conn.execute(select(threads.c.id)).scalar_one()
            thread_flags.set_closed(conn, thread_id, True)
        return submit(work)

    monkeypatch.setattr(deps, "submit_change", close_then_submit)
    r = client.post(
        "/api/comments", json={"site": "default", "uri": "/article", "text": "Too late"}
    )
    assert r.status_code == 403, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    with deps.db.read() as conn:
        assert conn.execute(select(comments.c.text)).scalars().all() == ["Before the thread closes"]
        # The refused post's bump was undone with it: closing is the only change.
        assert conn.execute(select(threads.c.version)).scalar_one() == 2
