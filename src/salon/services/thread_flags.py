"""Moderators shape a thread: close it for new comments, pin a comment to its top,
feature comments as "Editor's picks". Each is audited and shows at once (the thread's
version is bumped, so the read cache and open pages follow)."""

from __future__ import annotations

import secrets

from salon.domain.errors import Invalid, NotFound
from salon.services import audit
from salon.services.accounts import Account
from salon.services.cards import moderated_sites
from salon.services.context import Deps
from salon.store import comments as comment_rows
from salon.store import thread_flags as flag_rows
from salon.store import threads as thread_rows

FLAGS = ("pinned", "featured")


def set_comment_flag(deps: Deps, who: Account, comment_id: int, flag: str, value: bool) -> None:
    """Pin / feature (or not) a comment; one Undo batch (a pin that replaced another pin
    puts that one back when undone)."""
    if flag not in FLAGS:
        raise Invalid(f"the flag is pinned or featured, not {flag!r}")
    with deps.db.write() as conn:
        record = comment_rows.record(conn, comment_id, for_update=True)
        if record is None:
            raise NotFound(f"there is no comment {comment_id}")
        moderated_sites(deps, record.site, who)
        if value and record.comment.state.value != "published":
            raise Invalid("only a published comment can be pinned or featured")
        if flag == "pinned" and value and record.comment.parent_id is not None:
            raise Invalid("only a top-level comment can be pinned (feature a reply instead)")
        batch, now = secrets.token_hex(8), deps.clock()
        if flag == "pinned" and value:
            for other in flag_rows.pinned_in(conn, record.comment.thread_id):
                if other == comment_id:
                    continue
                audit.record(
                    conn,
                    site=record.site,
                    moderator=who.name,
                    action="unpin",
                    at=now,
                    batch=batch,
                    comment_id=other,
                    before={"pinned": True},
                    after={"pinned": False},
                )
            flag_rows.unpin_others(conn, record.comment.thread_id, comment_id)
        flag_rows.set_flag(conn, comment_id, flag, value)
        thread_rows.bump(conn, record.comment.thread_id)
        audit.record(
            conn,
            site=record.site,
            moderator=who.name,
            action=("" if value else "un") + {"pinned": "pin", "featured": "feature"}[flag],
            at=now,
            batch=batch,
            comment_id=comment_id,
            before={flag: getattr(record.comment, flag)},
            after={flag: value},
        )


def set_closed(deps: Deps, who: Account, site: str, uri: str, closed: bool) -> None:
    moderated_sites(deps, site, who)
    with deps.db.write() as conn:
        thread = thread_rows.find(conn, site, uri)
        if thread is None:
            raise NotFound(f"there is no thread at {uri!r} on site {site!r}")
        was = flag_rows.is_closed(conn, site, uri)
        flag_rows.set_closed(conn, thread.id, closed)
        audit.record(
            conn,
            site=site,
            moderator=who.name,
            action="close-thread" if closed else "reopen-thread",
            at=deps.clock(),
            batch=secrets.token_hex(8),
            before={"uri": uri, "closed": was},
            after={"uri": uri, "closed": closed},
        )


def is_closed(deps: Deps, site: str, uri: str) -> bool:
    with deps.db.read() as conn:
        return flag_rows.is_closed(conn, site, uri)
