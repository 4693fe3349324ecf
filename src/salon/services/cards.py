"""Comments as a moderator sees them: found by search or a queue, each with its context."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from salon.config import Settings
from salon.domain.errors import Forbidden, Invalid, NotFound
from salon.services import trust
from salon.services.context import Deps
from salon.services.trust import Standing
from salon.store import bans as ban_rows
from salon.store import history as history_rows
from salon.store import moderation as moderation_rows
from salon.store import reports as report_rows
from salon.store import search as search_rows
from salon.store.database import Connection
from salon.store.history import Address, Record, Screening
from salon.store.reports import Report
from salon.store.search import Filter, Found

if TYPE_CHECKING:
    from salon.services.accounts import Account

log = logging.getLogger(__name__)
PAGE = 50
LABEL_DIGITS = 8
STATES = ("published", "held", "spam", "deleted")
_HEX = re.compile(r"^[0-9a-f]{4,64}$")


def address_label(ip_hash: str) -> str:
    """A short stable name for an address hash, e.g. "3F9A-2C1B" (its first hex digits)."""
    if not ip_hash:
        return ""
    head = ip_hash[:LABEL_DIGITS].upper()
    return f"{head[:4]}-{head[4:]}"


def address_prefix(label: str) -> str:
    """The hash prefix a label (or a pasted hash) stands for."""
    value = label.strip().replace("-", "").lower()
    if not value:
        return ""
    if not _HEX.match(value):
        raise Invalid(f"{label!r} is not an address label (like 3F9A-2C1B)")
    return value


@dataclass(frozen=True, slots=True)
class Query:
    words: str = ""
    author: str = ""
    address: str = ""
    uri: str = ""
    state: str = ""
    since: datetime | None = None
    until: datetime | None = None
    site: str = ""
    cursor: int | None = None


@dataclass(frozen=True, slots=True)
class Card:
    comment: Found
    address: str  # the short label
    parent: Found | None
    record: Record
    address_comments: int
    address_names: list[str]
    screening: Screening | None
    reports: list[Report] = field(default_factory=list)
    reviewed: bool = False
    standing: Standing | None = None  # on sites with graduated trust
    shadow: bool = False  # kept from everybody but its author by a shadow-ban

    @property
    def trust(self) -> str:
        """The author's standing in (English) words, for the API; pages word it themselves."""
        return self.standing.words() if self.standing is not None else ""


@dataclass(frozen=True, slots=True)
class Page:
    cards: list[Card]
    next_cursor: int | None


def moderated_sites(deps: Deps, site: str = "", who: Account | None = None) -> tuple[str, ...]:
    """The sites ``who`` moderates (None: the shell, every site), or the one asked for
    if they moderate it (else 403, logged without anything secret)."""
    ids = tuple(s.id for s in deps.settings.sites if who is None or who.may(s.id))
    if not site:
        return ids
    if site not in ids:
        log.warning("refused: %s asked for site %r", who.name if who else "?", site[:64])
        raise Forbidden(f"you do not moderate a site {site!r}")
    return (site,)


def search(deps: Deps, query: Query, who: Account | None = None, limit: int = PAGE) -> Page:
    """Every comment matching the query, newest first, ``limit`` to a page."""
    if query.state and query.state not in STATES:
        raise Invalid(f"state must be one of {', '.join(STATES)}, not {query.state!r}")
    where = Filter(
        sites=moderated_sites(deps, query.site, who),
        words=query.words,
        author=query.author.strip(),
        address=address_prefix(query.address),
        uri=query.uri.strip(),
        states=(query.state,) if query.state else (),
        since=query.since,
        until=query.until,
        before_id=query.cursor,
    )
    with deps.db.read() as conn:
        found = search_rows.search(conn, where, limit + 1)
        cards = build(conn, found[:limit], deps.settings)
    return Page(cards, found[limit - 1].id if len(found) > limit else None)


def cards_of(deps: Deps, ids: list[int]) -> list[Card]:
    """Cards for these comments, in this order."""
    with deps.db.read() as conn:
        found = {f.id: f for f in search_rows.by_ids(conn, ids)}
        return build(conn, [found[i] for i in ids if i in found], deps.settings)


def card_for(deps: Deps, who: Account | None, comment_id: int) -> Card:
    """One comment's card: NotFound without it, Forbidden on a site ``who`` does not moderate."""
    found = cards_of(deps, [comment_id])
    if not found:
        raise NotFound(f"there is no comment {comment_id}")
    moderated_sites(deps, found[0].comment.site, who)
    return found[0]


def build(conn: Connection, found: list[Found], settings: Settings | None = None) -> list[Card]:
    """The context of a page of comments, in a few queries whatever the page's size
    (plus one per author on sites with graduated trust)."""
    ids = [f.id for f in found]
    parents = {
        p.id: p
        for p in search_rows.by_ids(conn, sorted({f.parent_id for f in found if f.parent_id}))
    }
    screenings = history_rows.screenings(conn, ids)
    reports = report_rows.open_reports(conn, ids)
    reviewed = moderation_rows.labelled(conn, ids)
    shadowed = ban_rows.shadowed(conn, ids)
    standing: dict[tuple[str, str, str, str], trust.Standing] = {}
    for f in found:
        rules = settings.site(f.site) if settings is not None else None
        key = (f.site, f.author_email, f.author_name, f.ip_hash)
        uses_trust = rules is not None and rules.trust_after_approvals > 0
        if rules is not None and uses_trust and key not in standing and not f.staff:
            standing[key] = trust.standing(conn, rules, *key[1:])
    records: dict[str, dict[tuple[str, str], Record]] = {}
    addresses: dict[str, dict[str, Address]] = {}
    for site in {f.site for f in found}:
        mine = [f for f in found if f.site == site]
        records[site] = history_rows.author_records(
            conn, site, ((f.author_email, f.author_name) for f in mine)
        )
        addresses[site] = history_rows.addresses(conn, site, (f.ip_hash for f in mine))
    cards = []
    for f in found:
        address = addresses[f.site].get(f.ip_hash, Address())
        found_standing = standing.get((f.site, f.author_email, f.author_name, f.ip_hash))
        cards.append(
            Card(
                comment=f,
                address=address_label(f.ip_hash),
                parent=parents.get(f.parent_id) if f.parent_id else None,
                record=records[f.site][(f.author_email, f.author_name)],
                address_comments=address.comments,
                address_names=address.names,
                screening=screenings.get(f.id),
                reports=reports.get(f.id, []),
                reviewed=f.id in reviewed,
                standing=found_standing,
                shadow=f.id in shadowed,
            )
        )
    return cards
