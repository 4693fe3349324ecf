"""Moderator sessions and the failed-login count per account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.tables import admin_sessions, login_failures


@dataclass(frozen=True, slots=True)
class Session:
    admin: str
    csrf: str
    expires: datetime
    created: datetime | None = None
    last_seen: datetime | None = None
    id_hash: str = ""
    agent: str = ""


def add(
    conn: Connection,
    id_hash: str,
    admin: str,
    csrf: str,
    at: datetime,
    expires: datetime,
    agent: str = "",
) -> None:
    conn.execute(
        insert(admin_sessions).values(
            id_hash=id_hash,
            admin=admin,
            csrf=csrf,
            created=at,
            expires=expires,
            last_seen=at,
            agent=agent[:200],
        )
    )


def _session(row: Any) -> Session:
    return Session(
        row.admin, row.csrf, row.expires, row.created, row.last_seen, row.id_hash, row.agent
    )


def find(conn: Connection, id_hash: str) -> Session | None:
    row = conn.execute(select(admin_sessions).where(admin_sessions.c.id_hash == id_hash)).first()
    return None if row is None else _session(row)


def touch(conn: Connection, id_hash: str, at: datetime, expires: datetime) -> None:
    """The session was used at ``at``: it now ends at ``expires`` unless used again."""
    conn.execute(
        update(admin_sessions)
        .where(admin_sessions.c.id_hash == id_hash)
        .values(last_seen=at, expires=expires)
    )


def live(conn: Connection, now: datetime, admin: str | None = None) -> list[Session]:
    """Sessions not yet expired (one account's, or everybody's), the latest used first."""
    query = select(admin_sessions).where(admin_sessions.c.expires > now)
    if admin is not None:
        query = query.where(admin_sessions.c.admin == admin)
    rows = conn.execute(query.order_by(admin_sessions.c.last_seen.desc()))
    return [_session(r) for r in rows]


def remove_of(conn: Connection, admin: str) -> int:
    """End every session of an account; how many there were."""
    return int(conn.execute(delete(admin_sessions).where(admin_sessions.c.admin == admin)).rowcount)


def remove(conn: Connection, id_hash: str) -> None:
    conn.execute(delete(admin_sessions).where(admin_sessions.c.id_hash == id_hash))


def remove_expired(conn: Connection, now: datetime) -> None:
    conn.execute(delete(admin_sessions).where(admin_sessions.c.expires <= now))


def failures(
    conn: Connection, account: str, *, for_update: bool = False
) -> tuple[int, datetime | None]:
    query = select(login_failures.c.failures, login_failures.c.locked_until).where(
        login_failures.c.account == account
    )
    # Locked while counting, so two wrong passwords at once both count (PostgreSQL).
    row = conn.execute(query.with_for_update() if for_update else query).first()
    return (0, None) if row is None else (row.failures, row.locked_until)


def set_failures(conn: Connection, account: str, count: int, locked_until: datetime | None) -> None:
    values = {"failures": count, "locked_until": locked_until}
    done = conn.execute(
        update(login_failures).where(login_failures.c.account == account).values(**values)
    )
    if done.rowcount:
        return
    try:
        # A savepoint: a concurrent first failure for the same name may insert it first.
        with conn.begin_nested():
            conn.execute(insert(login_failures).values(account=account, **values))
    except IntegrityError:
        conn.execute(
            update(login_failures).where(login_failures.c.account == account).values(**values)
        )


def clear_failures(conn: Connection, account: str) -> None:
    conn.execute(delete(login_failures).where(login_failures.c.account == account))
