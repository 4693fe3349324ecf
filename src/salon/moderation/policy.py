"""A site's moderation policy and the rules that turn scores and signals into a band."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Any

from salon.domain.moderation import Band, Submission
from salon.moderation import reasons
from salon.moderation.errors import PolicyError
from salon.moderation.normalise import normalise


@dataclass(frozen=True)
class Policy:
    """Per-site settings: the `[sites.moderation]` table of the site TOML, as `Policy(**d)`.

    Lists from TOML become tuples; words and e-mail addresses are matched case-insensitively.
    """

    # Spam probability at or above which a comment is spam / held for review. Holding
    # only asks a moderator to look, so it starts low (chosen by leave-one-video-out on
    # the YouTube sets, see bench/moderation/results.md); auto-spam needs near certainty.
    spam_threshold: float = 0.95
    hold_threshold: float = 0.35
    # Abuse probability at or above which a comment is held (abuse never rejects).
    abuse_threshold: float = 0.7
    premoderate_first_comment: bool = False
    hold_words: tuple[str, ...] = ()
    reject_words: tuple[str, ...] = ()
    banned_authors: tuple[str, ...] = ()
    banned_emails: tuple[str, ...] = ()
    banned_ip_hashes: tuple[str, ...] = ()
    # Links to these domains (and their subdomains) are sources, not payloads, like links
    # to news and reference sites: the publisher's own site, its partners. The site's
    # origins are added by the server.
    trusted_domains: tuple[str, ...] = ()
    # Rate limits (RateLimiter refuses beyond them with 429); a burst close to the hourly
    # limit also raises the spam score.
    ip_posts_per_minute: int = 5
    ip_posts_per_hour: int = 30
    author_posts_per_minute: int = 5
    author_posts_per_hour: int = 30
    # A form sent back faster than this (seconds) was filled in by a script.
    min_seconds_to_submit: float = 3.0

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.endswith(("_words", "_authors", "_emails", "_hashes", "_domains")):
                if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                    raise PolicyError(f"moderation.{f.name} must be a list of strings")
                object.__setattr__(self, f.name, tuple(v.strip() for v in value if v.strip()))
        for name in ("spam_threshold", "hold_threshold", "abuse_threshold"):
            value = getattr(self, name)
            if not isinstance(value, int | float) or not 0.0 < value <= 1.0:
                raise PolicyError(f"moderation.{name} must be a number in (0, 1], not {value!r}")
        if self.hold_threshold > self.spam_threshold:
            raise PolicyError("moderation.hold_threshold must not exceed spam_threshold")
        for name in (
            "ip_posts_per_minute",
            "ip_posts_per_hour",
            "author_posts_per_minute",
            "author_posts_per_hour",
        ):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise PolicyError(f"moderation.{name} must be a whole number >= 1")
        object.__setattr__(self, "_hold_re", _words_pattern(self.hold_words))
        object.__setattr__(self, "_reject_re", _words_pattern(self.reject_words))

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Policy:
        """Like Policy(**d), with a clear error for unknown keys."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise PolicyError(
                f"unknown moderation setting(s): {', '.join(unknown)}; "
                f"known: {', '.join(sorted(known))}"
            )
        return cls(**d)

    def matched_word(self, folded: str, which: str) -> str | None:
        pattern: re.Pattern[str] | None = getattr(self, f"_{which}_re")
        if pattern is None:
            return None
        m = pattern.search(folded)
        return m.group(0) if m else None


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    # Words are folded like the text, so "Café" or "ｃａｓｉｎｏ" in the settings still match.
    folded = {normalise(w).folded for w in words if w.strip()}
    if not folded:
        return None
    alternatives = sorted({re.escape(w) for w in folded}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")


def band_for(
    sub: Submission,
    folded: str,
    policy: Policy,
    spam: float,
    abuse: float,
    *,
    binary: bool = False,
) -> tuple[Band, tuple[str, ...]]:
    """Apply the site's rules in order of severity: the band and the rules that set it
    (these come before any score's reasons). `binary`: the text looks like binary data,
    which a person must look at whatever the scores say."""
    name = sub.author_name.strip().casefold()
    if name and name in {a.casefold() for a in policy.banned_authors}:
        return Band.SPAM, (reasons.site(reasons.BANNED_AUTHOR),)
    email = sub.author_email.strip().casefold()
    if email and email in {e.casefold() for e in policy.banned_emails}:
        return Band.SPAM, (reasons.site(reasons.BANNED_EMAIL),)
    if sub.ip_hash and sub.ip_hash in policy.banned_ip_hashes:
        return Band.SPAM, (reasons.site(reasons.BANNED_IP),)
    if sub.honeypot.strip():
        return Band.SPAM, (reasons.site(reasons.HONEYPOT),)
    word = policy.matched_word(folded, "reject")
    if word:
        return Band.SPAM, (reasons.site(reasons.BLOCKED_WORD.format(word)),)
    if spam >= policy.spam_threshold:
        return Band.SPAM, ()
    band = Band.PUBLISH
    rules: list[str] = []
    if spam >= policy.hold_threshold:
        band = Band.HOLD
    word = policy.matched_word(folded, "hold")
    if word:
        rules.append(reasons.site(reasons.HELD_WORD.format(word)))
        band = Band.HOLD
    if abuse >= policy.abuse_threshold:
        rules.append(reasons.say(reasons.Kind.ABUSE, reasons.ABUSE_SCORE.format(abuse)))
        band = Band.HOLD
    if policy.premoderate_first_comment and sub.author_published_count == 0:
        rules.append(reasons.site(reasons.PREMODERATED))
        band = Band.HOLD
    if binary and band is Band.PUBLISH:
        rules.append(reasons.site(reasons.BINARY_HELD))
        band = Band.HOLD
    return band, tuple(rules)
