"""Moderation rows: the review queue, moderators' labels and each site's learned model."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, insert, select

from salon.store.tables import comments, decisions, labels, site_models, threads


@dataclass(frozen=True, slots=True)
class QueueItem:
    comment_id: int
    site: str
    uri: str
    state: str
    author_name: str
    author_email: str
    ip_hash: str  # what a site's banned_ip_hashes lists
    text: str
    created: datetime
    band: str
    spam: float
    abuse: float
    reasons: tuple[str, ...]
    is_edit: bool


def queue(
    conn: Connection, states: tuple[str, ...], site: str | None, limit: int, pivot: float = 0.5
) -> list[QueueItem]:
    """Comments in ``states`` with their latest decision, closest to ``pivot`` first."""
    latest = (
        select(decisions.c.comment_id, func.max(decisions.c.id).label("decision_id"))
        .group_by(decisions.c.comment_id)
        .subquery()
    )
    query = (
        select(
            comments.c.id,
            threads.c.site,
            threads.c.uri,
            comments.c.state,
            comments.c.author_name,
            comments.c.author_email,
            comments.c.ip_hash,
            comments.c.text,
            comments.c.created,
            decisions.c.band,
            decisions.c.spam,
            decisions.c.abuse,
            decisions.c.reasons,
            decisions.c.is_edit,
        )
        .join(threads, threads.c.id == comments.c.thread_id)
        .join(latest, latest.c.comment_id == comments.c.id)
        .join(decisions, decisions.c.id == latest.c.decision_id)
        .where(comments.c.state.in_(states))
        # Closest to an even call first: that is where a moderator's word matters most.
        .order_by(func.abs(decisions.c.spam - pivot), comments.c.id)
        .limit(limit)
    )
    if site:
        query = query.where(threads.c.site == site)
    return [
        QueueItem(
            comment_id=r.id,
            site=r.site,
            uri=r.uri,
            state=r.state,
            author_name=r.author_name,
            author_email=r.author_email,
            ip_hash=r.ip_hash,
            text=r.text,
            created=r.created,
            band=r.band,
            spam=r.spam,
            abuse=r.abuse,
            reasons=tuple(r.reasons or ()),
            is_edit=bool(r.is_edit),
        )
        for r in conn.execute(query).all()
    ]


def add_label(
    conn: Connection,
    comment_id: int,
    site: str,
    label: str,
    text: str,
    moderator: str,
    at: datetime,
) -> int:
    return int(
        conn.execute(
            insert(labels)
            .values(
                comment_id=comment_id,
                site=site,
                label=label,
                text=text,
                moderator=moderator,
                created=at,
            )
            .returning(labels.c.id)
        ).scalar_one()
    )


def labels_after(
    conn: Connection, site: str, after_id: int, limit: int = 10_000
) -> list[tuple[int, str, str]]:
    """(id, text, label) of a site's labels newer than ``after_id``, oldest first."""
    rows = conn.execute(
        select(labels.c.id, labels.c.text, labels.c.label)
        .where(labels.c.site == site, labels.c.id > after_id)
        .order_by(labels.c.id)
        .limit(limit)
    ).all()
    return [(r.id, r.text, r.label) for r in rows]


def newest_labels(conn: Connection, site: str, limit: int) -> list[tuple[int, str, str]]:
    """(id, text, label) of a site's newest ``limit`` labels, newest first."""
    rows = conn.execute(
        select(labels.c.id, labels.c.text, labels.c.label)
        .where(labels.c.site == site)
        .order_by(labels.c.id.desc())
        .limit(limit)
    ).all()
    return [(r.id, r.text, r.label) for r in rows]


def latest_model(conn: Connection, site: str) -> dict[str, Any] | None:
    row = conn.execute(
        select(
            site_models.c.version,
            site_models.c.data,
            site_models.c.memory,
            site_models.c.trained_through,
            site_models.c.holdout_precision,
        )
        .where(site_models.c.site == site)
        .order_by(site_models.c.id.desc())
        .limit(1)
    ).first()
    return None if row is None else dict(row._mapping)


def latest_model_version(conn: Connection, site: str) -> str | None:
    return conn.execute(
        select(site_models.c.version)
        .where(site_models.c.site == site)
        .order_by(site_models.c.id.desc())
        .limit(1)
    ).scalar()


def save_model(
    conn: Connection,
    site: str,
    version: str,
    data: bytes,
    trained_through: int,
    holdout_precision: float | None,
    at: datetime,
    memory: bytes | None = None,
) -> None:
    conn.execute(
        insert(site_models).values(
            site=site,
            version=version,
            data=data,
            memory=memory,
            trained_through=trained_through,
            holdout_precision=holdout_precision,
            created=at,
        )
    )


def delete_label(conn: Connection, label_id: int) -> None:
    """An undone decision teaches the site's model nothing."""
    conn.execute(labels.delete().where(labels.c.id == label_id))


def labelled(conn: Connection, ids: list[int]) -> set[int]:
    """Which of these comments a moderator has already judged."""
    if not ids:
        return set()
    rows = conn.execute(select(labels.c.comment_id).where(labels.c.comment_id.in_(ids)).distinct())
    return {int(r.comment_id) for r in rows}


def settled(conn: Connection, site: str, before: datetime, limit: int) -> list[tuple[int, str]]:
    """(id, text) of the site's newest published comments written before ``before`` that no
    moderator labelled: comments the site kept, newest first."""
    rows = conn.execute(
        select(comments.c.id, comments.c.text)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(
            threads.c.site == site,
            comments.c.state == "published",
            comments.c.created < before,
            ~select(labels.c.id).where(labels.c.comment_id == comments.c.id).exists(),
        )
        .order_by(comments.c.id.desc())
        .limit(limit)
    ).all()
    return [(r.id, r.text) for r in rows]
