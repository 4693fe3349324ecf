"""Moderators' bans, per site: an address, an e-mail address, an author name, or a word /
pattern; with a reason, an optional expiry, and as an ordinary ban (the next comments are
filed as spam) or a shadow-ban (the author sees their comments; nobody else does).

They add to the ban lists of the site settings (Policy); both are checked at every post
and edit. A ban does not touch the comments already posted (decide those in the queue);
it takes an author's trust away (see services/trust.py). An expired ban stops applying
by itself and stays listed, marked expired, until it is lifted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from salon.domain.errors import Invalid, NotFound
from salon.services import audit, trust
from salon.services.accounts import SHELL, Account
from salon.services.ban_rules import WORDS, check_pattern
from salon.services.cards import moderated_sites
from salon.services.context import Deps
from salon.store import bans as ban_rows
from salon.store import comments as comment_rows
from salon.store.bans import KINDS, Ban, NewBan
from salon.store.database import Connection

__all__ = ["KINDS", "WORDS", "Ban", "BanTerms", "ban_from_comment", "ban_value"]

MAX_REASON = 500
MAX_DAYS = 3650
_SPAN = re.compile(r"^(\d{1,5})\s*([hdw])$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


@dataclass(frozen=True, slots=True)
class BanTerms:
    reason: str = ""
    until: str = ""  # "", "12h", "7d", "2w", or a date / time ("2027-01-31", ISO 8601, UTC)
    shadow: bool = False


def expiry(until: str, now: datetime) -> datetime | None:
    """When a ban given ``until`` ends: None for never; Invalid for the past or nonsense."""
    value = until.strip().lower()
    if value in ("", "never"):
        return None
    span = _SPAN.match(value)
    if span:
        ends = now + int(span.group(1)) * _UNITS[span.group(2)]
    else:
        try:
            ends = datetime.fromisoformat(value.upper() if "t" in value else value)
        except ValueError as e:
            raise Invalid(
                f"until: {until[:40]!r} is neither a span (12h, 7d, 2w) nor a date (2027-01-31)"
            ) from e
        if ends.tzinfo is None:
            ends = ends.replace(tzinfo=UTC)
    if ends <= now:
        raise Invalid("until: that time has passed; a ban ends in the future")
    if ends > now + timedelta(days=MAX_DAYS):
        raise Invalid(f"until: at most {MAX_DAYS} days ahead; leave it empty for no end")
    return ends


def _reason(reason: str) -> str:
    value = " ".join(reason.split())
    if len(value) > MAX_REASON:
        raise Invalid(f"the reason is longer than {MAX_REASON} characters")
    return value


def _store(deps: Deps, conn: Connection, new: NewBan) -> tuple[Ban, bool]:
    now = deps.clock()
    made, added = ban_rows.add(conn, new, now)
    trust.lose_trust(conn, new.site, new.kind, new.value, now)
    audit.record(
        conn,
        site=new.site,
        moderator=new.moderator,
        action="shadow-ban" if new.shadow else "ban",
        at=now,
        after={
            "ban": made.id,
            "kind": new.kind,
            "value": new.value if new.kind != "address" else new.value[:8],
            "reason": new.reason,
            "expires": new.expires.isoformat() if new.expires else None,
        },
    )
    return made, added


def ban_from_comment(
    deps: Deps,
    comment_id: int,
    kind: str,
    moderator: str,
    terms: BanTerms = BanTerms(),
    who: Account = SHELL,
) -> tuple[Ban, bool]:
    """Ban the address, e-mail or author of a comment on its site.

    Returns the ban and whether it is new (False: it was there and is now renewed).
    """
    if kind not in KINDS or kind == "pattern":
        raise Invalid(f"a ban from a comment is one of address, email, author, not {kind!r}")
    now = deps.clock()
    reason, expires = _reason(terms.reason), expiry(terms.until, now)
    with deps.db.write() as conn:
        record = comment_rows.record(conn, comment_id)
        if record is None:
            raise NotFound(f"there is no comment {comment_id}")
        moderated_sites(deps, record.site, who)
        value = {
            "address": record.ip_hash,
            "email": record.author_email,
            "author": record.comment.author_name,
        }[kind].strip()
        if kind != "address":
            value = value.casefold()
        if not value:
            raise Invalid(f"comment {comment_id} has no {WORDS[kind]} to ban")
        new = NewBan(record.site, kind, value, moderator, reason, expires, terms.shadow)
        return _store(deps, conn, new)


def ban_value(
    deps: Deps, who: Account, site: str, kind: str, value: str, terms: BanTerms = BanTerms()
) -> tuple[Ban, bool]:
    """Ban an e-mail address, an author name or a word / pattern on a site."""
    moderated_sites(deps, site, who)
    if not site:
        raise Invalid("choose the site of the ban")
    if kind == "pattern":
        value = check_pattern(value)
    elif kind in ("email", "author"):
        value = " ".join(value.split()).casefold()
        if not value:
            raise Invalid(f"give the {WORDS[kind]} to ban")
        if len(value) > 254:
            raise Invalid(f"the {WORDS[kind]} is longer than 254 characters")
    else:
        raise Invalid(
            "ban an e-mail address, an author name or a word / pattern here "
            "(an address is banned from one of its comments)"
        )
    now = deps.clock()
    new = NewBan(
        site, kind, value, who.name, _reason(terms.reason), expiry(terms.until, now), terms.shadow
    )
    with deps.db.write() as conn:
        return _store(deps, conn, new)


def list_bans(deps: Deps, site: str | None = None, who: Account = SHELL) -> list[Ban]:
    """The bans on the sites ``who`` moderates (expired ones too; see Ban.active)."""
    if site is not None and deps.settings.site(site) is None:
        raise NotFound(f"unknown site {site!r}")
    sites = set(moderated_sites(deps, site or "", who))
    with deps.db.read() as conn:
        return [b for b in ban_rows.of_site(conn, site) if b.site in sites]


def lift_ban(deps: Deps, ban_id: int, who: Account = SHELL) -> Ban:
    with deps.db.write() as conn:
        found = ban_rows.get(conn, ban_id)
        if found is None:
            raise NotFound(f"there is no ban {ban_id}")
        moderated_sites(deps, found.site, who)
        ban_rows.remove(conn, ban_id)
        audit.record(
            conn,
            site=found.site,
            moderator=who.name,
            action="lift-ban",
            at=deps.clock(),
            before={"ban": found.id, "kind": found.kind, "reason": found.reason},
        )
    return found


def shadow_banned(conn: Connection, ids: list[int]) -> set[int]:
    """Which of these comments are shadow-banned (in a caller's transaction)."""
    return ban_rows.shadowed(conn, ids)
