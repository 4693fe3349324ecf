"""Who the author is to this site, at every post and edit: the bans moderators added
(in force now) and graduated trust, around the moderation pipeline's decision."""

from __future__ import annotations

from dataclasses import dataclass

from salon.config import SiteSettings
from salon.domain.moderation import Decision, Submission
from salon.services import trust
from salon.services.ban_rules import banned, matching
from salon.services.context import Deps
from salon.store import bans as ban_rows
from salon.store.database import Connection


@dataclass(frozen=True, slots=True)
class Admitted:
    decision: Decision
    # A shadow-ban: store as spam, answer the author as if it were published.
    shadow: bool = False


def screen_author(deps: Deps, conn: Connection, site: SiteSettings, sub: Submission) -> Admitted:
    """Screen ``sub`` (the store's counts filled in) with bans and trust applied."""
    now = deps.clock()
    ban = matching(ban_rows.of_site(conn, site.id, now), sub)
    standing = trust.standing(conn, site, sub.author_email, sub.author_name, sub.ip_hash)
    decision = deps.screen.assess(
        trust.before_screening(sub, standing), site, deps.site_models.get(conn, site.id)
    )
    if ban is not None:
        return Admitted(banned(decision, ban), shadow=ban.shadow)
    return Admitted(trust.after_screening(decision, standing, sub.is_edit))
