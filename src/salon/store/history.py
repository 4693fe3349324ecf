"""What a moderator wants beside a comment: the author's record on the site, the other
names at the same address, and the latest screening decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, func, select

from salon.store.tables import comments, decisions, threads


@dataclass(frozen=True, slots=True)
class Record:
    counts: dict[str, int]  # comments by state
    first_seen: datetime | None


@dataclass(frozen=True, slots=True)
class Screening:
    spam: float
    abuse: float
    reasons: tuple[str, ...]


def author_record(conn: Connection, site: str, email: str, name: str) -> Record:
    """The author's comments on the site by state (by e-mail, or else by name)."""
    who = comments.c.author_email == email if email else comments.c.author_name == name
    rows = conn.execute(
        select(comments.c.state, func.count(), func.min(comments.c.created))
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site == site, who)
        .group_by(comments.c.state)
    ).all()
    firsts = [first for _, _, first in rows if first is not None]
    return Record({state: int(n) for state, n, _ in rows}, min(firsts) if firsts else None)


def names_at_address(conn: Connection, site: str, ip_hash: str) -> tuple[int, list[str]]:
    """How many comments came from the address on the site, and under which names."""
    rows = conn.execute(
        select(comments.c.author_name, func.count())
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site == site, comments.c.ip_hash == ip_hash)
        .group_by(comments.c.author_name)
        .order_by(func.count().desc(), comments.c.author_name)
    ).all()
    return sum(int(n) for _, n in rows), [name for name, _ in rows if name]


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
        select(decisions.c.comment_id, decisions.c.spam, decisions.c.abuse, decisions.c.reasons)
        .where(decisions.c.id.in_(latest))
    ).all()
    return {r.comment_id: Screening(r.spam, r.abuse, tuple(r.reasons or ())) for r in rows}
