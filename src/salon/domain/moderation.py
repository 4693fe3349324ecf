"""What the moderation pipeline needs to know about a comment, and what it answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Band(StrEnum):
    """The site's policy band a comment falls into."""

    PUBLISH = "publish"
    HOLD = "hold"
    SPAM = "spam"


class Label(StrEnum):
    """A moderator's verdict on a comment; every one is a training label."""

    APPROVE = "approve"
    SPAM = "spam"
    ABUSE = "abuse"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class Submission:
    """One new or edited comment as the moderation pipeline sees it.

    The service fills in what the store knows (history of this author / IP hash);
    moderation itself does no I/O.
    """

    text: str
    site: str = "default"
    author_name: str = ""
    author_email: str = ""
    author_website: str = ""
    is_edit: bool = False
    honeypot: str = ""
    # Seconds between the form being rendered and submitted; None when unknown.
    seconds_to_submit: float | None = None
    # Published comments this author (email or name) already has on the site.
    author_published_count: int = 0
    # Comments posted by this IP hash / author in the last hour (this one excluded).
    recent_posts_by_ip: int = 0
    recent_posts_by_author: int = 0
    # Near-identical texts (same fingerprint) seen in other threads recently.
    same_text_other_threads: int = 0
    ip_hash: str = ""
    # For an edit: the text before it (an edit that adds a link is a spam signal).
    previous_text: str = ""


@dataclass(frozen=True, slots=True)
class Decision:
    """A stored moderation outcome: the band, both scores and the reasons in words."""

    band: Band
    spam: float = 0.0
    abuse: float = 0.0
    model_version: str = "none"
    reasons: tuple[str, ...] = field(default_factory=tuple)

    @property
    def published(self) -> bool:
        return self.band is Band.PUBLISH
