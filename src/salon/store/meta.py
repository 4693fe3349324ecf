"""Server metadata kept in the database, such as the generated secret key."""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from salon.store.tables import meta


def secret_key(conn: Connection) -> str:
    """The stored secret key, created on first use; every app process shares it."""
    found = conn.execute(select(meta.c.value).where(meta.c.key == "secret_key")).scalar()
    if found:
        return str(found)
    try:
        with conn.begin_nested():
            conn.execute(insert(meta).values(key="secret_key", value=secrets.token_urlsafe(48)))
    except IntegrityError:
        pass  # another process created it at the same moment; use theirs
    return str(conn.execute(select(meta.c.value).where(meta.c.key == "secret_key")).scalar_one())
