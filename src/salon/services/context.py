"""What every use-case is given: settings, storage and the injected parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from salon.config import Settings, SiteSettings
from salon.domain.errors import Forbidden, NotFound
from salon.services.cache import ReadCache
from salon.services.screening import ModelScreen
from salon.services.site_models import SiteModels
from salon.services.tokens import Signer
from salon.store.database import Database


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
    # Called after a commit with (site, uri, event name, payload); the live broker listens.
    on_event: Callable[[str, str, str, dict[str, object]], None] = lambda *a: None

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
