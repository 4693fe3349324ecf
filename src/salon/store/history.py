"""What a moderator wants beside a comment: the author's record on the site, the other
names at the same address, and the latest screening decision. Each is one query for a
whole page of cards."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from salon.store.search import site_of
from salon.store.tables import comments, decisions, threads


@dataclass(slots=True)
class Record:
    counts: dict[str, int] = field(default_factory=dict)  # comments by state
    first_seen: datetime | None = None


@dataclass(slots=True)
class Address:
    comments: int = 0
    names: list[str] = field(default_factory=list)  # the most used first


@dataclass(frozen=True, slots=True)
class Screening:
    spam: float
    abuse: float
    reasons: tuple[str, ...]


def _records(conn: Connection, site: str, column: Any, keys: set[str]) -> dict[str, Record]:
    found: dict[str, Record] = {}
    if not keys:
        return found
    rows = conn.execute(
        select(column, comments.c.state, func.count(), func.min(comments.c.created))
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(site_of(conn) == site, column.in_(keys))
        .group_by(column, comments.c.state)
    ).all()
    for key, state, n, first in rows:
        record = found.setdefault(key, Record())
        record.counts[state] = int(n)
        if first is not None and (record.first_seen is None or first < record.first_seen):
            record.first_seen = first
    return found


def author_records(
    conn: Connection, site: str, authors: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], Record]:
    """Each (e-mail, name) author's comments on the site by state: by e-mail when there
    is one, else by name."""
    wanted = set(authors)
    by_email = _records(conn, site, comments.c.author_email, {e for e, _ in wanted if e})
    by_name = _records(conn, site, comments.c.author_name, {n for e, n in wanted if not e})
    return {(e, n): (by_email.get(e) if e else by_name.get(n)) or Record() for e, n in wanted}


def addresses(conn: Connection, site: str, ip_hashes: Iterable[str]) -> dict[str, Address]:
    """How many comments came from each address on the site, and under which names."""
    wanted = {h for h in ip_hashes if h}
    found = {h: Address() for h in wanted}
    if not wanted:
        return found
    rows = conn.execute(
        select(comments.c.ip_hash, comments.c.author_name, func.count())
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(site_of(conn) == site, comments.c.ip_hash.in_(wanted))
        .group_by(comments.c.ip_hash, comments.c.author_name)
        .order_by(func.count().desc(), comments.c.author_name)
    ).all()
    for ip_hash, name, n in rows:
        found[ip_hash].comments += int(n)
        if name:
            found[ip_hash].names.append(name)
    return found


def screenings(conn: Connection, ids: list[int]) -> dict[int, Screening]:
    """The latest screening decision of each comment (a comment without one is absent)."""
    if not ids:
        return {}
    latest = (
        select(func.max(decisions.c.id))
        .where(decisions.c.comment_id.in_(ids))
        .group_by(decisions.c.comment_id)
    )
    rows = conn.execute(
        select(
            decisions.c.comment_id, decisions.c.spam, decisions.c.abuse, decisions.c.reasons
        ).where(decisions.c.id.in_(latest))
    ).all()
    return {r.comment_id: Screening(r.spam, r.abuse, tuple(r.reasons or ())) for r in rows}
