"""The audit log: one row per moderator action, with what it changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from salon.store.tables import audit


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    site: str
    moderator: str
    action: str
    comment_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    created: datetime
    batch: str
    undone: bool


def add(
    conn: Connection,
    *,
    site: str,
    moderator: str,
    action: str,
    at: datetime,
    batch: str = "",
    comment_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> int:
    return int(
        conn.execute(
            insert(audit)
            .values(
                site=site,
                moderator=moderator,
                action=action,
                comment_id=comment_id,
                before=before,
                after=after,
                created=at,
                batch=batch,
            )
            .returning(audit.c.id)
        ).scalar_one()
    )


def entries(
    conn: Connection,
    sites: tuple[str, ...],
    *,
    moderator: str = "",
    action: str = "",
    comment_id: int | None = None,
    before_id: int | None = None,
    limit: int = 100,
) -> list[Entry]:
    """Newest first, filtered by any of the given fields."""
    query = select(audit).where(audit.c.site.in_(sites)).order_by(audit.c.id.desc()).limit(limit)
    if moderator:
        query = query.where(audit.c.moderator == moderator)
    if action:
        query = query.where(audit.c.action == action)
    if comment_id is not None:
        query = query.where(audit.c.comment_id == comment_id)
    if before_id is not None:
        query = query.where(audit.c.id < before_id)
    return [Entry(**row._mapping) for row in conn.execute(query).all()]


def last_batch(conn: Connection, moderator: str, actions: tuple[str, ...]) -> list[Entry]:
    """The entries of the moderator's last action that can be undone (one batch)."""
    last = conn.execute(
        select(audit.c.batch)
        .where(
            audit.c.moderator == moderator,
            audit.c.undone.is_(False),
            audit.c.action.in_(actions),
            audit.c.batch != "",
        )
        .order_by(audit.c.id.desc())
        .limit(1)
    ).scalar()
    if last is None:
        return []
    rows = conn.execute(
        select(audit).where(audit.c.batch == last, audit.c.undone.is_(False)).order_by(audit.c.id)
    ).all()
    return [Entry(**row._mapping) for row in rows]


def mark_undone(conn: Connection, ids: list[int]) -> None:
    conn.execute(update(audit).where(audit.c.id.in_(ids)).values(undone=True))
