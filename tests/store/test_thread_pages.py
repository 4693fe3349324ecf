"""A page read by the database is the page the whole tree would give, on both databases."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from salon.domain.comments import CommentState, Sort
from salon.domain.threading import build_tree, decode_cursor, encode_cursor, page, sort_key
from salon.store import thread_pages
from salon.store.comments import visible_in_thread
from salon.store.database import Database
from salon.store.migrate import upgrade
from salon.store.tables import comments
from salon.store.threads import get_or_create

STATES = [CommentState.PUBLISHED] * 6 + [
    CommentState.DELETED,
    CommentState.DELETED,
    CommentState.HELD,
    CommentState.SPAM,
]


def _fill(db: Database, seed: int, n: int) -> int:
    rng = random.Random(seed)
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with db.write() as conn:
        thread = get_or_create(conn, "default", "/t", "", start).id
        other = get_or_create(conn, "default", "/other", "", start).id
        ids: list[int] = []
        for i in range(n):
            parent = rng.choice(ids) if ids and rng.random() < 0.6 else None
            # Few distinct times, so ties on the date are common and the id decides.
            created = start + timedelta(seconds=rng.randrange(n // 3 + 1))
            row = conn.execute(
                insert(comments)
                .values(
                    thread_id=other if i % 17 == 0 else thread,
                    parent_id=parent,
                    text=f"c{i}",
                    created=created,
                    state=rng.choice(STATES).value,
                    up=rng.randrange(3),
                    down=rng.randrange(2),
                    edit_key="k",
                    anchor=None,
                )
                .returning(comments.c.id)
            ).scalar_one()
            ids.append(row)
    return thread


def _walk_database(db: Database, thread: int, sort: Sort, limit: int) -> list[list[int]]:
    pages, after = [], None
    with db.read() as conn:
        while True:
            chosen, more = thread_pages.top_level_page(conn, thread, sort, limit, after)
            pages.append([c.id for c in chosen])
            if not more:
                return pages
            # Through the cursor a reader holds, as the service hands it out.
            cursor = encode_cursor(sort_key(chosen[-1], sort))
            after = thread_pages.after_cursor(decode_cursor(cursor), sort)


def _walk_tree(db: Database, thread: int, sort: Sort, limit: int) -> list[list[int]]:
    with db.read() as conn:
        roots = build_tree(visible_in_thread(conn, thread))
    pages, cursor = [], None
    while True:
        chosen = page(roots, sort, limit, cursor)
        pages.append([c.id for c in chosen.comments])
        if chosen.next is None:
            return pages
        cursor = chosen.next


def test_pages_match_the_whole_tree(database_url: str) -> None:
    db = Database(database_url)
    try:
        upgrade(db)
        thread = _fill(db, seed=12, n=300)
        for sort in Sort:
            for limit in (1, 7, 50):
                assert _walk_database(db, thread, sort, limit) == _walk_tree(
                    db, thread, sort, limit
                ), (sort, limit)
        with db.read() as conn:
            roots = build_tree(visible_in_thread(conn, thread))
            first, _ = thread_pages.top_level_page(conn, thread, Sort.OLDEST, 500, None)
            marked = thread_pages.marked(conn, thread)
        # Replies come with their page, nested the same way.
        assert [_shape(c) for c in first] == [_shape(c) for c in roots]
        published = sum(1 for c in _all(roots) if c.state is CommentState.PUBLISHED)
        assert marked.count == published > 0
    finally:
        db.dispose()


def _all(cs):  # type: ignore[no-untyped-def]
    for c in cs:
        yield c
        yield from _all(c.replies)


def _shape(c):  # type: ignore[no-untyped-def]
    return (c.id, c.state, [_shape(r) for r in c.replies])


def test_a_cursor_from_a_reader_is_clamped(database_url: str) -> None:
    db = Database(database_url)
    try:
        upgrade(db)
        thread = _fill(db, seed=1, n=20)
        with db.read() as conn:
            for key in ((1e300, -1e300, 2**80), (float("nan"), float("inf"), -(2**80))):
                for sort in Sort:
                    after = thread_pages.after_cursor(key, sort)
                    thread_pages.top_level_page(conn, thread, sort, 5, after)  # no error
    finally:
        db.dispose()
