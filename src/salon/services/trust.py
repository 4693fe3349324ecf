"""Graduated trust, per site (``trust_after_approvals`` = K, 0 = off).

An author is their e-mail address when they give one, else their name together with
their address hash (a name alone is anybody's to type). With K > 0 a new author's
comments are held for a moderator (pre-moderation) until K of them were approved by a
moderator; from then on the author is trusted: published without pre-moderation (the
first-comment rule included) but still screened for spam, abuse and held words. A ban
on the author's e-mail, name or address takes the trust away: only approvals after the
latest ban count again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from salon.config import SiteSettings
from salon.domain.moderation import Band, Decision, Submission
from salon.moderation import reasons
from salon.store import trust as trust_rows
from salon.store.database import Connection

OFF, NEW, LEARNING, TRUSTED = "off", "new", "learning", "trusted"


@dataclass(frozen=True, slots=True)
class Standing:
    state: str  # off | new | learning | trusted
    approved: int = 0
    needed: int = 0

    @property
    def trusted(self) -> bool:
        return self.state == TRUSTED

    def words(self) -> str:
        if self.state == OFF:
            return ""
        if self.state == TRUSTED:
            return f"trusted ({self.approved} approved)"
        return f"new author: {self.approved} of {self.needed} approved"


def reset_keys(email: str, name: str, ip_hash: str) -> tuple[str, ...]:
    """The keys a ban on this author's e-mail, name or address is recorded under."""
    return (
        f"e:{email.casefold()}" if email else "",
        f"n:{name.casefold()}" if name else "",
        f"a:{ip_hash}" if ip_hash else "",
    )


def lose_trust(conn: Connection, site: str, kind: str, value: str, at: datetime) -> None:
    """A ban on an e-mail, name or address: the authors under it start again."""
    prefix = {"email": "e", "author": "n", "address": "a"}.get(kind)
    if prefix is not None:
        trust_rows.reset(conn, site, f"{prefix}:{value}", at)


def standing(conn: Connection, site: SiteSettings, email: str, name: str, ip_hash: str) -> Standing:
    needed = site.trust_after_approvals
    if needed <= 0:
        return Standing(OFF)
    since = trust_rows.last_reset(conn, site.id, reset_keys(email, name, ip_hash))
    count = trust_rows.approved(conn, site.id, email, name, ip_hash, since)
    if count >= needed:
        return Standing(TRUSTED, count, needed)
    return Standing(NEW if count == 0 else LEARNING, count, needed)


def before_screening(sub: Submission, standing: Standing) -> Submission:
    """A trusted author is not pre-moderated as a first-time author."""
    if standing.trusted and sub.author_published_count == 0:
        return replace(sub, author_published_count=1)
    return sub


def after_screening(decision: Decision, standing: Standing, is_edit: bool) -> Decision:
    """Hold a new author's comment that screening would publish (not their edits)."""
    if is_edit or standing.state not in (NEW, LEARNING) or decision.band is not Band.PUBLISH:
        return decision
    why = reasons.site(
        reasons.NEW_AUTHOR.format(approved=standing.approved, needed=standing.needed)
    )
    return replace(decision, band=Band.HOLD, reasons=(why, *decision.reasons)[:6])
