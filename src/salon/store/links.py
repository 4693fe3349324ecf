"""One-time links: a nonce is spent once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert
from sqlalchemy.exc import IntegrityError

from salon.store.tables import spent_links


def spend(conn: Connection, nonce: str, at: datetime) -> bool:
    """True the first time; False when the link was used already."""
    try:
        with conn.begin_nested():
            conn.execute(insert(spent_links).values(nonce=nonce, used=at))
    except IntegrityError:
        return False
    return True
