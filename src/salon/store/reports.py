"""Readers' reports on comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.tables import comments, reports, threads


@dataclass(frozen=True, slots=True)
class Report:
    id: int
    comment_id: int
    reader: str
    reason: str
    note: str
    created: datetime


def add(
    conn: Connection, comment_id: int, site: str, reader: str, reason: str, note: str, at: datetime
) -> bool:
    """False when this reader had already reported the comment."""
    try:
        with conn.begin_nested():
            conn.execute(
                insert(reports).values(
                    comment_id=comment_id,
                    site=site,
                    reader=reader,
                    reason=reason,
                    note=note,
                    created=at,
                )
            )
    except IntegrityError:
        return False
    return True


def by_reader_since(conn: Connection, reader: str, since: datetime) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(reports)
            .where(reports.c.reader == reader, reports.c.created >= since)
        ).scalar_one()
    )


def open_count(conn: Connection, comment_id: int) -> int:
    return int(
        conn.execute(
            select(func.count())
            .select_from(reports)
            .where(reports.c.comment_id == comment_id, reports.c.dismissed_at.is_(None))
        ).scalar_one()
    )


def open_reports(conn: Connection, ids: list[int]) -> dict[int, list[Report]]:
    """Undismissed reports of these comments, oldest first."""
    if not ids:
        return {}
    rows = conn.execute(
        select(
            reports.c.id,
            reports.c.comment_id,
            reports.c.reader,
            reports.c.reason,
            reports.c.note,
            reports.c.created,
        )
        .where(reports.c.comment_id.in_(ids), reports.c.dismissed_at.is_(None))
        .order_by(reports.c.id)
    ).all()
    found: dict[int, list[Report]] = {}
    for r in rows:
        found.setdefault(r.comment_id, []).append(Report(**r._mapping))
    return found


def reported_ids(conn: Connection, sites: tuple[str, ...], limit: int) -> list[int]:
    """Comments with open reports, the most reported first."""
    rows = conn.execute(
        select(reports.c.comment_id)
        .join(comments, comments.c.id == reports.c.comment_id)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site.in_(sites), reports.c.dismissed_at.is_(None))
        .group_by(reports.c.comment_id)
        .order_by(func.count().desc(), reports.c.comment_id.desc())
        .limit(limit)
    ).all()
    return [int(r.comment_id) for r in rows]


def dismiss(conn: Connection, comment_id: int, by: str, at: datetime) -> int:
    result = conn.execute(
        update(reports)
        .where(reports.c.comment_id == comment_id, reports.c.dismissed_at.is_(None))
        .values(dismissed_at=at, dismissed_by=by)
    )
    return int(result.rowcount or 0)
