"""Site settings edited by admins: validated with the same model as the TOML file
(SiteSettings, and Policy for its moderation table), stored in the database over the
file's values, and in force at once for the next post."""

from __future__ import annotations

import logging
from dataclasses import fields
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from salon.config import Settings, SiteSettings
from salon.domain.errors import Invalid, NotFound
from salon.moderation import Policy
from salon.moderation.errors import PolicyError
from salon.moderation.ratelimit import RateLimiter
from salon.services import audit
from salon.services.accounts import Account, require_admin
from salon.services.context import Deps
from salon.services.screening import site_policy
from salon.store import site_settings as settings_rows
from salon.store.database import Database

log = logging.getLogger(__name__)

# What the UI edits; the id stays what the file says.
SITE_FIELDS = (
    "name",
    "origins",
    "max_depth",
    "edit_window_minutes",
    "max_comment_chars",
    "require_name",
    "require_email",
    "report_threshold",
    "trust_after_approvals",
)
RATE_LIMITS = (
    "ip_posts_per_minute",
    "ip_posts_per_hour",
    "author_posts_per_minute",
    "author_posts_per_hour",
)
POLICY_FIELDS = tuple(f.name for f in fields(Policy) if not f.name.startswith("_"))


def _merged(site: SiteSettings, data: dict[str, Any]) -> SiteSettings:
    values = site.model_dump()
    values.update({k: v for k, v in data.items() if k in SITE_FIELDS})
    values["moderation"] = {**site.moderation, **data.get("moderation", {})}
    try:
        merged = SiteSettings.model_validate(values)
        site_policy(merged)
    except ValidationError as e:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in e.errors()
        )
        raise Invalid(f"the settings are not valid: {problems}") from e
    except (PolicyError, TypeError) as e:
        raise Invalid(f"the settings are not valid: {e}") from e
    return merged


def with_stored(settings: Settings, db: Database) -> Settings:
    """The file's settings with what admins saved in the database over them."""
    with db.read() as conn:
        saved = settings_rows.stored(conn)
    if not saved:
        return settings
    sites = tuple(_merged(s, saved[s.id]) if s.id in saved else s for s in settings.sites)
    return settings.model_copy(update={"sites": sites})


def editable(site: SiteSettings) -> dict[str, Any]:
    """The site's current values of every editable field."""
    policy = site_policy(site)
    values: dict[str, Any] = {k: getattr(site, k) for k in SITE_FIELDS}
    values["moderation"] = {k: getattr(policy, k) for k in POLICY_FIELDS}
    # The site's own origins are added to trusted_domains by the server; not shown twice.
    values["moderation"]["trusted_domains"] = tuple(site.moderation.get("trusted_domains", ()))
    return values


def update_site(deps: Deps, who: Account, site_id: str, data: dict[str, Any]) -> SiteSettings:
    """Validate and save a site's settings (admins only); the next request runs with them."""
    require_admin(who)
    site = deps.settings.site(site_id)
    if site is None:
        raise NotFound(f"unknown site {site_id!r}")
    merged = _merged(site, data)
    saved = {k: getattr(merged, k) for k in SITE_FIELDS}
    saved["moderation"] = dict(merged.moderation)
    saved = jsonable(saved)
    now = deps.clock()
    with deps.db.write() as conn:
        settings_rows.save(conn, site_id, saved, now, who.name)
        audit.record(
            conn,
            site=site_id,
            moderator=who.name,
            action="settings",
            at=now,
            before=jsonable(editable(site)),
            after=jsonable(editable(merged)),
        )
    _activate(deps, merged)
    return merged


def _activate(deps: Deps, site: SiteSettings) -> None:
    sites = tuple(site if s.id == site.id else s for s in deps.settings.sites)
    deps.settings = deps.settings.model_copy(update={"sites": sites})
    policy = site_policy(site)
    old = deps.screen.policies.get(site.id)
    deps.screen.policies[site.id] = policy
    limits = RATE_LIMITS
    # A new limiter starts counting afresh: only when the limits themselves changed.
    if old is None or any(getattr(old, k) != getattr(policy, k) for k in limits):
        deps.screen.limiters[site.id] = RateLimiter.from_policy(
            policy, deps.settings.redis_url or "memory://"
        )


def jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


class SettingsWatch:
    """Settings saved by another process take effect here without a restart: at most
    every ``every`` seconds (by the injected clock) one cheap query asks whether any site's
    saved settings changed, and reloads them when they did."""

    def __init__(self, every: float = 1.0) -> None:
        self.every = every
        self._checked: datetime | None = None
        self._stamp: tuple[int, str] | None = None

    def due(self, now: datetime) -> bool:
        if self._checked is None:
            return True
        elapsed = (now - self._checked).total_seconds()
        return elapsed >= self.every or elapsed < 0

    def check(self, deps: Deps) -> bool:
        """Reload the saved settings if they changed since the last look; True if so."""
        now = deps.clock()
        if not self.due(now):
            return False
        self._checked = now
        with deps.db.read() as conn:
            stamp = settings_rows.stamp(conn)
            if stamp == self._stamp:
                return False
            saved = settings_rows.stored(conn)
        self._stamp = stamp
        changed = False
        for site in deps.settings.sites:
            if site.id not in saved:
                continue
            try:
                merged = _merged(site, saved[site.id])
            except Invalid as e:  # saved under an older file; the file's values stay
                log.warning("saved settings of %s are not valid now: %s", site.id, e.detail)
                continue
            if merged != site:
                _activate(deps, merged)
                changed = True
        return changed
