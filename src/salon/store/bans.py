"""Bans a moderator added: an address hash, an e-mail address or an author name, per site."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, bindparam, delete, insert, select

from salon.store.tables import bans

KINDS = ("address", "email", "author")


@dataclass(frozen=True, slots=True)
class Ban:
    id: int
    site: str
    kind: str
    value: str
    moderator: str
    created: datetime


def add(
    conn: Connection, site: str, kind: str, value: str, moderator: str, at: datetime
) -> tuple[Ban, bool]:
    """Store a ban; returns it and whether it is new (False: it was already there)."""
    row = conn.execute(
        select(bans).where(bans.c.site == site, bans.c.kind == kind, bans.c.value == value)
    ).first()
    if row is not None:
        return _ban(row), False
    new_id = conn.execute(
        insert(bans)
        .values(site=site, kind=kind, value=value, moderator=moderator, created=at)
        .returning(bans.c.id)
    ).scalar_one()
    return Ban(int(new_id), site, kind, value, moderator, at), True


def remove(conn: Connection, ban_id: int) -> Ban | None:
    """Lift a ban; returns it, or None when there was none with that id."""
    row = conn.execute(select(bans).where(bans.c.id == ban_id)).first()
    if row is None:
        return None
    conn.execute(delete(bans).where(bans.c.id == ban_id))
    return _ban(row)


_ALL = select(bans).order_by(bans.c.id.desc())
_OF_SITE = _ALL.where(bans.c.site == bindparam("site"))  # built once: every post reads it


def of_site(conn: Connection, site: str | None = None) -> list[Ban]:
    """A site's bans (every site's when `site` is None), newest first."""
    if site is None:
        return [_ban(r) for r in conn.execute(_ALL)]
    return [_ban(r) for r in conn.execute(_OF_SITE, {"site": site})]


def _ban(row: Row[Any]) -> Ban:
    return Ban(row.id, row.site, row.kind, row.value, row.moderator, row.created)
