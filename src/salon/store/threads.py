"""Thread rows: find, create, bump the version that keys the read cache."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.database import changes_of
from salon.store.tables import comments, threads


@dataclass(frozen=True, slots=True)
class ThreadRow:
    id: int
    site: str
    uri: str
    title: str
    version: int
    closed: bool = False  # closed for new comments by a moderator


# Built once (every post runs them): building a statement costs more than running it.
# The columns of a ThreadRow, in its order.
_ROW = (
    threads.c.id,
    threads.c.site,
    threads.c.uri,
    threads.c.title,
    threads.c.version,
    threads.c.closed,
)
_FIND = select(*_ROW).where(threads.c.site == bindparam("site"), threads.c.uri == bindparam("uri"))
_INSERT = insert(threads)
_BUMP = (
    update(threads)
    .where(threads.c.id == bindparam("thread_id"))
    .values(version=threads.c.version + 1)
)
_BUMP_RETURNING = _BUMP.returning(*_ROW)


def find(conn: Connection, site: str, uri: str) -> ThreadRow | None:
    row = conn.execute(_FIND, {"site": site, "uri": uri}).first()
    return ThreadRow(*row) if row else None


def by_id(conn: Connection, thread_id: int) -> ThreadRow:
    row = conn.execute(
        select(
            threads.c.id, threads.c.site, threads.c.uri, threads.c.title, threads.c.version
        ).where(threads.c.id == thread_id)
    ).one()
    return ThreadRow(*row)


def get_or_create(conn: Connection, site: str, uri: str, title: str, now: datetime) -> ThreadRow:
    found = find(conn, site, uri)
    if found:
        if title and not found.title:
            conn.execute(update(threads).where(threads.c.id == found.id).values(title=title))
            return by_id(conn, found.id)
        return found
    try:
        with conn.begin_nested():
            conn.execute(_INSERT, {"site": site, "uri": uri, "title": title, "created": now})
        if (changes := changes_of(conn)) is not None:
            changes.created = True
    except IntegrityError:
        pass  # another writer created it first; theirs is as good as ours
    found = find(conn, site, uri)
    if found is None:  # the row was written in this transaction
        raise RuntimeError("row vanished inside its own transaction")
    return found


def bump(conn: Connection, thread_id: int) -> None:
    """A new version of what readers see; caches keyed by the old one are stale."""
    conn.execute(_BUMP, {"thread_id": thread_id})
    _stale(conn, thread_id)


def bump_returning(conn: Connection, thread_id: int) -> ThreadRow | None:
    """``bump`` that reads the thread in the same statement (None: there is no such thread).

    A post into a known thread bumps it anyway; this saves reading it again under the write
    lock (whether it was closed since the screening read comes with it)."""
    row = conn.execute(_BUMP_RETURNING, {"thread_id": thread_id}).first()
    if row is None:
        return None
    _stale(conn, thread_id)
    return ThreadRow(*row)


def _stale(conn: Connection, thread_id: int) -> None:
    """Tell the transaction's change record that caches of this thread are stale."""
    if (changes := changes_of(conn)) is not None:
        changes.threads.add(thread_id)


def version_of(conn: Connection, thread_id: int) -> int | None:
    return conn.execute(select(threads.c.version).where(threads.c.id == thread_id)).scalar()


def counts(conn: Connection, site: str, uris: list[str]) -> dict[str, tuple[int, int]]:
    """Thread id and published comments of each asked-for uri that has a thread."""
    rows = conn.execute(
        select(threads.c.uri, threads.c.id, func.count(comments.c.id))
        .select_from(threads)
        .outerjoin(
            comments, (comments.c.thread_id == threads.c.id) & (comments.c.state == "published")
        )
        .where(threads.c.site == site, threads.c.uri.in_(uris))
        .group_by(threads.c.uri, threads.c.id)
    ).all()
    return {uri: (thread_id, n) for uri, thread_id, n in rows}
