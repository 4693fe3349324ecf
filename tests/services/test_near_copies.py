"""The in-memory near-copy check answers as the query over the newest comments does."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert, update

from salon.moderation.fingerprint import near
from salon.services import near_copies
from salon.services.near_copies import RecentFingerprints
from salon.store import comments as comment_rows
from salon.store.database import Database
from salon.store.migrate import upgrade
from salon.store.tables import comments, threads

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
SINCE = NOW - timedelta(days=2)


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    upgrade(database)
    with database.write() as conn:
        for t in range(1, 21):
            conn.execute(
                insert(threads).values(site="s", uri=f"/{t}", title="", created=NOW, version=0)
            )
    yield database
    database.dispose()


def add(db: Database, rows: list[tuple[int, int | None, datetime]]) -> list[int]:
    with db.write() as conn:
        return [
            int(
                conn.execute(
                    insert(comments)
                    .values(
                        thread_id=t,
                        text="x",
                        created=c,
                        state="published",
                        edit_key="k",
                        fingerprint=f,
                    )
                    .returning(comments.c.id)
                ).scalar_one()
            )
            for t, f, c in rows
        ]


def by_query(db: Database, fingerprint: int, thread_id: int) -> int:
    with db.read() as conn:
        recent = comment_rows.recent_fingerprints(conn, thread_id, SINCE, near_copies.LIMIT)
    return len({t for t, other in recent if near(fingerprint, other)})


def by_cache(cache: RecentFingerprints, db: Database, fingerprint: int, thread_id: int) -> int:
    with db.read() as conn:
        return cache.threads_with_near_copies(conn, fingerprint, thread_id, SINCE)


def variant(fingerprint: int, rng: random.Random, bits: int) -> int:
    for bit in rng.sample(range(63), bits):
        fingerprint ^= 1 << bit
    return fingerprint


def test_the_cache_counts_as_the_query_while_comments_arrive(db: Database) -> None:
    rng = random.Random(5)
    campaign = rng.getrandbits(63)
    cache = RecentFingerprints(clock=Ticks())
    for _ in range(6):
        batch = []
        for _ in range(300):
            roll = rng.random()
            fingerprint = (
                variant(campaign, rng, rng.randrange(0, 12)) if roll < 0.3 else rng.getrandbits(63)
            )
            created = NOW - timedelta(days=3) if roll > 0.95 else NOW  # some too old to count
            batch.append((rng.randrange(1, 21), None if roll > 0.9 else fingerprint, created))
        add(db, batch)
        for thread_id in (1, 7, 20):
            for probe in (campaign, variant(campaign, rng, 3), rng.getrandbits(63)):
                assert by_cache(cache, db, probe, thread_id) == by_query(db, probe, thread_id)
    assert by_query(db, campaign, 1) > 0  # the campaign is seen at all


def test_changed_rows_count_within_the_window_at_once_and_older_ones_after_a_full_read(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(near_copies, "WINDOW", 2)
    rng = random.Random(9)
    ticks = Ticks()
    cache = RecentFingerprints(clock=ticks)
    target = rng.getrandbits(63)
    ids = add(db, [(2, rng.getrandbits(63), NOW) for _ in range(10)])
    assert by_cache(cache, db, target, 1) == 0
    with db.write() as conn:  # an old comment and the newest one are edited into copies
        for comment_id, thread_id in ((ids[0], 3), (ids[-1], 4)):
            conn.execute(
                update(comments)
                .where(comments.c.id == comment_id)
                .values(fingerprint=target, thread_id=thread_id)
            )
    assert by_cache(cache, db, target, 1) == 1  # the newest, read again at every check
    assert by_query(db, target, 1) == 2
    ticks.now += near_copies.FULL_EVERY
    assert by_cache(cache, db, target, 1) == 2


def test_one_busy_thread_beyond_what_is_kept_is_asked_of_the_database(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(near_copies, "KEEP", 50)
    monkeypatch.setattr(near_copies, "LIMIT", 30)
    target = 1234567
    add(db, [(5, target, NOW) for _ in range(20)])  # older copies in other threads
    add(db, [(6, target, NOW) for _ in range(5)])
    add(db, [(1, 99, NOW) for _ in range(60)])  # the asking thread fills what is kept
    cache = RecentFingerprints(clock=Ticks())
    assert by_cache(cache, db, target, 1) == by_query(db, target, 1) == 2
