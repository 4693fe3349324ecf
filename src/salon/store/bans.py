"""Bans moderators added, per site: an address hash, an e-mail address, an author name or
a word pattern; each with a reason, an optional expiry, and whether it is a shadow-ban."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, insert, or_, select, update

from salon.store.tables import bans, comments

KINDS = ("address", "email", "author", "pattern")


@dataclass(frozen=True, slots=True)
class Ban:
    id: int
    site: str
    kind: str
    value: str
    moderator: str
    created: datetime
    reason: str = ""
    expires: datetime | None = None
    shadow: bool = False

    def active(self, now: datetime) -> bool:
        return self.expires is None or self.expires > now


@dataclass(frozen=True, slots=True)
class NewBan:
    site: str
    kind: str
    value: str
    moderator: str
    reason: str = ""
    expires: datetime | None = None
    shadow: bool = False


def add(conn: Connection, new: NewBan, at: datetime) -> tuple[Ban, bool]:
    """Store a ban; returns it and whether it is new. Banning again what is already
    banned replaces the reason, expiry and kind of ban (a renewed ban)."""
    values: dict[str, Any] = {
        "moderator": new.moderator,
        "reason": new.reason,
        "expires": new.expires,
        "shadow": new.shadow,
    }
    row = conn.execute(
        select(bans).where(
            bans.c.site == new.site, bans.c.kind == new.kind, bans.c.value == new.value
        )
    ).first()
    if row is not None:
        conn.execute(update(bans).where(bans.c.id == row.id).values(created=at, **values))
        ban_id = int(row.id)
    else:
        ban_id = int(
            conn.execute(
                insert(bans)
                .values(site=new.site, kind=new.kind, value=new.value, created=at, **values)
                .returning(bans.c.id)
            ).scalar_one()
        )
    made = Ban(ban_id, new.site, new.kind, new.value, new.moderator, at)
    made = replace(made, reason=new.reason, expires=new.expires, shadow=new.shadow)
    return made, row is None


def remove(conn: Connection, ban_id: int) -> Ban | None:
    """Lift a ban; returns it, or None when there was none with that id."""
    row = conn.execute(select(bans).where(bans.c.id == ban_id)).first()
    if row is None:
        return None
    conn.execute(delete(bans).where(bans.c.id == ban_id))
    return _ban(row)


def get(conn: Connection, ban_id: int) -> Ban | None:
    row = conn.execute(select(bans).where(bans.c.id == ban_id)).first()
    return None if row is None else _ban(row)


_ALL = select(bans).order_by(bans.c.id.desc())
_OF_SITE = _ALL.where(bans.c.site == bindparam("site"))
# Built once: every post reads the bans in force on its site.
_IN_FORCE = _OF_SITE.where(or_(bans.c.expires.is_(None), bans.c.expires > bindparam("now")))


def of_site(conn: Connection, site: str | None = None, now: datetime | None = None) -> list[Ban]:
    """A site's bans (every site's when `site` is None), newest first; with `now`, only
    those still in force (an expired ban stops applying by itself)."""
    if site is not None and now is not None:
        return [_ban(r) for r in conn.execute(_IN_FORCE, {"site": site, "now": now})]
    query = _ALL if site is None else _OF_SITE
    if now is not None:
        query = query.where(or_(bans.c.expires.is_(None), bans.c.expires > now))
    params = {} if site is None else {"site": site}
    return [_ban(r) for r in conn.execute(query, params)]


def _ban(row: Row[Any]) -> Ban:
    return Ban(
        row.id,
        row.site,
        row.kind,
        row.value,
        row.moderator,
        row.created,
        row.reason,
        row.expires,
        bool(row.shadow),
    )


def shadowed(conn: Connection, ids: list[int]) -> set[int]:
    """Which of these comments a shadow-ban keeps from everybody but their author."""
    if not ids:
        return set()
    rows = conn.execute(
        select(comments.c.id).where(
            comments.c.id.in_(ids), comments.c.shadow.is_(True), comments.c.state == "spam"
        )
    )
    return {int(r.id) for r in rows}
