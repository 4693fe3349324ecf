"""Counts per site and day for the statistics page."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from salon.store.tables import comments, decisions, labels, reports, threads


def _day(column: Any) -> Any:
    return func.date(column)


def _by_day(conn: Connection, query: Any) -> list[tuple[str, str, int]]:
    return [(str(day)[:10], str(key), int(n)) for day, key, n in conn.execute(query).all()]


def comments_by_state(conn: Connection, site: str, since: datetime) -> list[tuple[str, str, int]]:
    """(day, state, comments posted that day that are now in that state)."""
    day = _day(comments.c.created)
    return _by_day(
        conn,
        select(day, comments.c.state, func.count())
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site == site, comments.c.created >= since)
        .group_by(day, comments.c.state),
    )


def spam_caught(conn: Connection, site: str, since: datetime) -> list[tuple[str, str, int]]:
    """(day, "screening" | "moderators", spam verdicts that day)."""
    auto_day = _day(decisions.c.created)
    auto = _by_day(
        conn,
        select(auto_day, decisions.c.band, func.count())
        .join(comments, comments.c.id == decisions.c.comment_id)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site == site, decisions.c.created >= since, decisions.c.band == "spam")
        .group_by(auto_day, decisions.c.band),
    )
    label_day = _day(labels.c.created)
    by_hand = _by_day(
        conn,
        select(label_day, labels.c.label, func.count())
        .where(labels.c.site == site, labels.c.created >= since, labels.c.label == "spam")
        .group_by(label_day, labels.c.label),
    )
    return [(d, "screening", n) for d, _, n in auto] + [(d, "moderators", n) for d, _, n in by_hand]


def reports_by_day(conn: Connection, site: str, since: datetime) -> list[tuple[str, str, int]]:
    day = _day(reports.c.created)
    return _by_day(
        conn,
        select(day, reports.c.reason, func.count())
        .where(reports.c.site == site, reports.c.created >= since)
        .group_by(day, reports.c.reason),
    )


def held_waits(conn: Connection, site: str, since: datetime) -> list[float]:
    """Seconds from posting to a moderator's first verdict, for comments screening held."""
    first_label = (
        select(labels.c.comment_id, func.min(labels.c.created).label("at"))
        .where(labels.c.site == site, labels.c.created >= since)
        .group_by(labels.c.comment_id)
        .subquery()
    )
    rows = conn.execute(
        select(comments.c.created, first_label.c.at)
        .join(first_label, first_label.c.comment_id == comments.c.id)
        .where(comments.c.id.in_(select(decisions.c.comment_id).where(decisions.c.band == "hold")))
        .limit(20_000)
    ).all()
    waits = []
    for created, at in rows:
        at = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        if created.tzinfo is not None and at.tzinfo is None:
            at = at.replace(tzinfo=created.tzinfo)
        waits.append(max(0.0, (at - created).total_seconds()))
    return waits


def busiest_threads(
    conn: Connection, site: str, since: datetime, limit: int = 5
) -> list[tuple[str, str, int]]:
    """(uri, title, comments since) of the threads with the most comments."""
    rows = conn.execute(
        select(threads.c.uri, threads.c.title, func.count())
        .join(comments, comments.c.thread_id == threads.c.id)
        .where(threads.c.site == site, comments.c.created >= since)
        .group_by(threads.c.uri, threads.c.title)
        .order_by(func.count().desc(), threads.c.uri)
        .limit(limit)
    ).all()
    return [(uri, title, int(n)) for uri, title, n in rows]
