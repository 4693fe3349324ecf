"""The moderation pipeline as the services use it: one Policy and rate limiter per site."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from salon.config import Settings, SiteSettings
from salon.domain.errors import RateLimited
from salon.domain.moderation import Decision, Submission
from salon.moderation import Moderator, Policy
from salon.moderation.ratelimit import RateLimiter
from salon.services.ban_rules import banned, matching
from salon.services.site_models import SiteModel
from salon.store.bans import Ban


class ModelScreen:
    """Scores with the shipped models, or a site's learned spam model and memory when it
    has them."""

    def __init__(self, moderator: Moderator, settings: Settings) -> None:
        self.moderator = moderator
        # Parsed once at start: a bad [sites.moderation] table stops the server with a message.
        self.policies = {site.id: site_policy(site) for site in settings.sites}
        storage = settings.redis_url or "memory://"
        self.limiters = {
            site_id: RateLimiter.from_policy(policy, storage)
            for site_id, policy in self.policies.items()
        }

    def assess(
        self,
        submission: Submission,
        site: SiteSettings,
        learned: SiteModel | None = None,
        bans: Sequence[Ban] = (),
        now: datetime | None = None,
    ) -> Decision:
        """Decide with the site's policy (and what its moderators taught, ``learned``), then
        file as spam what falls under a ban its moderators added (in force at ``now``; the
        caller's list when None)."""
        decision = self.moderator.assess(
            submission,
            self.policies[site.id],
            spam_model=learned.spam if learned else None,
            memory=learned.memory if learned else None,
        )
        ban = matching(bans, submission, now) if bans else None
        return decision if ban is None else banned(decision, ban)

    def fingerprint(self, text: str) -> int | None:
        return self.moderator.fingerprint(text)

    def check_rate(self, site: SiteSettings, ip_hash: str, author: str) -> None:
        """Count one post; RateLimited (429) once this address or author posts too fast."""
        limiter = self.limiters[site.id]
        for kind, key, who in (("ip", ip_hash, "this address"), ("author", author, "this author")):
            wait = limiter.hit(kind, f"{site.id}:{key}" if key else "")
            if wait is not None:
                raise RateLimited(
                    f"too many comments from {who}; wait {wait:.0f} seconds and try again",
                    retry_after=wait,
                )


def site_policy(site: SiteSettings) -> Policy:
    """The site's policy; links to the site's own origins are trusted like sources."""
    policy = Policy.from_dict(site.moderation)
    own = tuple(o for o in site.origins if "://" in o)
    return replace(policy, trusted_domains=policy.trusted_domains + own) if own else policy
