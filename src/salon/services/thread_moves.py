"""An article's URL changed: its thread (or every thread under a path) follows it."""

from __future__ import annotations

from dataclasses import dataclass

from salon.domain.errors import Invalid, NotFound
from salon.services import audit
from salon.services.accounts import SHELL, Account
from salon.services.cards import moderated_sites
from salon.services.context import Deps
from salon.services.threads import check_uri
from salon.store import thread_moves as move_rows
from salon.store import threads as thread_rows


@dataclass(frozen=True, slots=True)
class Moved:
    old: str
    new: str
    merged: bool  # the new address had a thread already; the comments joined it


def move_threads(
    deps: Deps, site: str, old: str, new: str, *, prefix: bool = False, who: Account = SHELL
) -> list[Moved]:
    """Move the thread at ``old`` to ``new``; with ``prefix`` every thread whose path
    starts with ``old`` gets ``new`` instead of that start. A thread already at the new
    address is merged with the moved one, so no comment is lost."""
    moderated_sites(deps, site, who)
    check_uri(old)
    check_uri(new)
    if old == new:
        raise Invalid("the old and the new address are the same")
    done: list[Moved] = []
    now = deps.clock()
    with deps.db.write() as conn:
        olds = move_rows.uris_under(conn, site, old) if prefix else [old]
        for uri in olds:
            target = new + uri[len(old) :] if prefix else new
            check_uri(target)
            thread = thread_rows.find(conn, site, uri)
            if thread is None:
                continue
            there = thread_rows.find(conn, site, target)
            if there is None:
                move_rows.rename(conn, thread.id, target)
            else:
                move_rows.merge(conn, thread.id, there.id)
            done.append(Moved(uri, target, there is not None))
            audit.record(
                conn,
                site=site,
                moderator=who.name,
                action="move-thread",
                at=now,
                before={"uri": uri},
                after={"uri": target, "merged": there is not None},
            )
    if not done:
        raise NotFound(f"there is no thread at {old!r} on site {site!r}")
    return done
