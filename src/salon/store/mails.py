"""Mails as written before sending: the key makes a repeated job find the same mail."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.tables import mails


@dataclass(frozen=True, slots=True)
class Mail:
    id: int
    key: str
    site: str
    recipient: str
    message_id: str
    subject: str
    text_body: str
    html_body: str
    headers: dict[str, str]
    created: datetime
    sent: datetime | None


def add(conn: Connection, **values: Any) -> int | None:
    """The new mail's id; None when a mail with this key exists (nothing is added)."""
    try:
        with conn.begin_nested():
            return int(
                conn.execute(insert(mails).values(**values).returning(mails.c.id)).scalar_one()
            )
    except IntegrityError:
        return None


def get(conn: Connection, mail_id: int) -> Mail | None:
    row = conn.execute(select(mails).where(mails.c.id == mail_id)).first()
    if row is None:
        return None
    return Mail(
        row.id,
        row.key,
        row.site,
        row.recipient,
        row.message_id,
        row.subject,
        row.text_body,
        row.html_body,
        dict(row.headers),
        row.created,
        row.sent,
    )


def mark_sent(conn: Connection, mail_id: int, at: datetime) -> None:
    conn.execute(update(mails).where(mails.c.id == mail_id).values(sent=at))


def to(conn: Connection, recipient: str) -> list[Mail]:
    """Every mail to one address, oldest first (for operators and tests)."""
    ids = conn.execute(
        select(mails.c.id).where(mails.c.recipient == recipient).order_by(mails.c.id)
    ).scalars()
    return [m for i in ids if (m := get(conn, int(i))) is not None]
