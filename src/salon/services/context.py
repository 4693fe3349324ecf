"""What every use-case is given: settings, storage and the injected parts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from salon.config import Settings, SiteSettings
from salon.domain.errors import Forbidden, NotFound
from salon.moderation.ratelimit import RateLimiter
from salon.outbox.compose import MailTemplates
from salon.outbox.mailer import Mailer
from salon.outbox.registry import Registry
from salon.services.cache import ReadCache
from salon.services.events import Change, EventBus, change, submitted_change
from salon.services.near_copies import RecentFingerprints
from salon.services.screening import ModelScreen
from salon.services.site_models import SiteModels
from salon.services.tokens import Signer
from salon.store.database import Database

T = TypeVar("T")


class Clock(Protocol):
    def __call__(self) -> datetime: ...


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Requester:
    """Who is asking, as far as the web layer could tell."""

    ip: str = ""
    user_agent: str = ""
    reader: str | None = None
    origin: str | None = None


@dataclass
class Deps:
    settings: Settings
    db: Database
    signer: Signer
    screen: ModelScreen
    clock: Clock = system_clock
    cache: ReadCache = field(default_factory=ReadCache)
    site_models: SiteModels = field(default_factory=SiteModels)
    # The newest comments' fingerprints, for the near-copy check of every post.
    fingerprints: RecentFingerprints = field(default_factory=RecentFingerprints)
    # Subscribers to the domain events (live broker, mail, webhooks, ...): see events.py.
    events: EventBus = field(default_factory=EventBus)
    # Outbox job handlers by kind (services.handlers.default_handlers).
    handlers: Registry = field(default_factory=Registry)
    # Sends the mails of the outbox; None when no SMTP server is configured.
    mailer: Mailer | None = None
    mail_templates: MailTemplates = field(default_factory=MailTemplates)
    # Subscribing asks for a mail: limited per IP hash ("ip") and per address ("address").
    subscribe_limits: RateLimiter = field(
        default_factory=lambda: RateLimiter(limits={"ip": "20/hour", "address": "10/day"})
    )
    # Asking for a "my data" link mails the address: limited per IP hash and per address hash.
    privacy_limits: RateLimiter = field(
        default_factory=lambda: RateLimiter(limits={"ip": "10/hour", "address": "3/day"})
    )

    @contextmanager
    def change(self) -> Iterator[Change]:
        """One write transaction that records events; live subscribers hear after commit."""
        with change(self.db, self.events, self.clock()) as tx:
            yield tx

    def submit_change(self, work: Callable[[Change], T]) -> T:
        """``work(tx)`` in one write transaction that records events, run by the database's
        writer with the other submitted changes (one commit for all); its result."""
        return submitted_change(self.db, self.events, self.clock(), work)

    def site(self, site_id: str, origin: str | None) -> SiteSettings:
        """The configured site, if the requesting page's origin may use it."""
        site = self.settings.site(site_id)
        if site is None:
            raise NotFound(
                f"unknown site {site_id!r}; configured sites: "
                + ", ".join(repr(s.id) for s in self.settings.sites)
            )
        if not site.allows_origin(origin):
            raise Forbidden(
                f"pages from {origin} may not use site {site_id!r}; "
                "add the origin to the site's 'origins' setting"
            )
        return site

    def ip_hash(self, requester: Requester) -> str:
        return self.signer.keyed_hash("ip", requester.ip) if requester.ip else ""

    def reader_id(self, requester: Requester) -> str:
        """The signed cookie's reader id, or a keyed hash of IP + user agent without one."""
        if requester.reader:
            return requester.reader
        return self.signer.keyed_hash("reader", requester.ip, requester.user_agent)
