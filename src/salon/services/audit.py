"""The audit log of moderators' actions: written inside each action's transaction, read
filtered by site, moderator, action or comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salon.services.cards import moderated_sites
from salon.services.context import Deps

if TYPE_CHECKING:
    from salon.services.accounts import Account
from salon.store import audit as audit_rows
from salon.store.audit import Entry, add, last_batch, mark_undone

__all__ = ["Entry", "entries", "last_batch", "mark_undone", "record"]

record = add
PAGE = 100


def _no_site(site: str, who: Account | None) -> tuple[str, ...]:
    # Account and token changes belong to no site: admins see them with the rest.
    return () if site or (who is not None and not who.is_admin) else ("*",)


def entries(
    deps: Deps,
    who: Account | None = None,
    *,
    site: str = "",
    moderator: str = "",
    action: str = "",
    comment_id: int | None = None,
    before_id: int | None = None,
    limit: int = PAGE,
) -> list[Entry]:
    """The newest entries first, on the sites the asker moderates."""
    with deps.db.read() as conn:
        return audit_rows.entries(
            conn,
            moderated_sites(deps, site, who) + _no_site(site, who),
            moderator=moderator.strip(),
            action=action.strip(),
            comment_id=comment_id,
            before_id=before_id,
            limit=limit,
        )
