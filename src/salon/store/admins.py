"""Moderator accounts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert, select, update

from salon.store.tables import admins


def password_hash(conn: Connection, name: str) -> str | None:
    return conn.execute(select(admins.c.password_hash).where(admins.c.name == name)).scalar()


def upsert(conn: Connection, name: str, hashed: str, at: datetime) -> bool:
    """Create the account or set its password; True when it was created."""
    if password_hash(conn, name) is None:
        conn.execute(insert(admins).values(name=name, password_hash=hashed, created=at))
        return True
    conn.execute(update(admins).where(admins.c.name == name).values(password_hash=hashed))
    return False


def set_hash(conn: Connection, name: str, hashed: str) -> None:
    conn.execute(update(admins).where(admins.c.name == name).values(password_hash=hashed))
