"""Moderators' bans from the queue: a comment's address, e-mail or author name, per site.

They add to the ban lists of the site settings (Policy); both are checked at every post
and edit. A ban files the banned reader's next comments as spam; it does not touch the
comments already posted (decide those in the queue).
"""

from __future__ import annotations

from salon.domain.errors import Invalid, NotFound
from salon.services.context import Deps
from salon.store import bans as ban_rows
from salon.store import comments as comment_rows
from salon.store.bans import KINDS, Ban

WORDS = {"address": "address", "email": "e-mail address", "author": "author name"}


def ban_from_comment(deps: Deps, comment_id: int, kind: str, moderator: str) -> tuple[Ban, bool]:
    """Ban the address, e-mail or author of a comment on its site.

    Returns the ban and whether it is new (False: it was already there).
    """
    if kind not in KINDS:
        raise Invalid(f"a ban is one of {', '.join(KINDS)}, not {kind!r}")
    now = deps.clock()
    with deps.db.write() as conn:
        record = comment_rows.record(conn, comment_id)
        if record is None:
            raise NotFound(f"there is no comment {comment_id}")
        value = {
            "address": record.ip_hash,
            "email": record.author_email,
            "author": record.comment.author_name,
        }[kind].strip()
        if kind != "address":
            value = value.casefold()
        if not value:
            raise Invalid(f"comment {comment_id} has no {WORDS[kind]} to ban")
        return ban_rows.add(conn, record.site, kind, value, moderator, now)


def list_bans(deps: Deps, site: str | None = None) -> list[Ban]:
    if site is not None and deps.settings.site(site) is None:
        raise NotFound(f"unknown site {site!r}")
    with deps.db.read() as conn:
        return ban_rows.of_site(conn, site)


def lift_ban(deps: Deps, ban_id: int) -> Ban:
    with deps.db.write() as conn:
        ban = ban_rows.remove(conn, ban_id)
    if ban is None:
        raise NotFound(f"there is no ban {ban_id}")
    return ban
