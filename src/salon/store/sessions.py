"""Moderator sessions and the failed-login count per account."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.tables import admin_sessions, login_failures


@dataclass(frozen=True, slots=True)
class Session:
    admin: str
    csrf: str
    expires: datetime


def add(
    conn: Connection, id_hash: str, admin: str, csrf: str, at: datetime, expires: datetime
) -> None:
    conn.execute(
        insert(admin_sessions).values(
            id_hash=id_hash, admin=admin, csrf=csrf, created=at, expires=expires
        )
    )


def find(conn: Connection, id_hash: str) -> Session | None:
    row = conn.execute(
        select(admin_sessions.c.admin, admin_sessions.c.csrf, admin_sessions.c.expires).where(
            admin_sessions.c.id_hash == id_hash
        )
    ).first()
    return None if row is None else Session(row.admin, row.csrf, row.expires)


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
