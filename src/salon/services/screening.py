"""Adapters between the services and the moderation pipeline."""

from __future__ import annotations

from salon.config import SiteSettings
from salon.domain.moderation import Band, Decision, Submission


class HoneypotOnly:
    """The screen used when moderation models are switched off: only the honeypot counts."""

    def assess(self, submission: Submission, site: SiteSettings) -> Decision:
        if submission.honeypot.strip():
            return Decision(
                Band.SPAM,
                spam=1.0,
                model_version="rules",
                reasons=("hidden honeypot field was filled in",),
            )
        return Decision(Band.PUBLISH, model_version="rules")

    def fingerprint(self, text: str) -> int | None:
        return None
