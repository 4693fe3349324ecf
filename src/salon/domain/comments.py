"""Comments, their authors, states and anchors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum


class CommentState(StrEnum):
    PUBLISHED = "published"
    HELD = "held"
    SPAM = "spam"
    DELETED = "deleted"


class Notify(StrEnum):
    NONE = "none"
    REPLIES = "replies"
    ALL = "all"


class Sort(StrEnum):
    NEWEST = "newest"
    OLDEST = "oldest"
    VOTES = "votes"


@dataclass(frozen=True, slots=True)
class Anchor:
    """A passage of the article, as W3C Web Annotation TextQuote + TextPosition selectors."""

    exact: str
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None


@dataclass(slots=True)
class Comment:
    """A comment as the domain sees it; ``text`` is the reader's raw Markdown."""

    id: int
    thread_id: int
    parent_id: int | None
    author_name: str
    author_website: str
    text: str
    created: datetime
    state: CommentState
    up: int = 0
    down: int = 0
    edited_at: datetime | None = None
    edited_by: str | None = None
    anchor: Anchor | None = None
    # The moderator who answered as the site; readers see a badge instead of the name.
    staff: str = ""
    pinned: bool = False
    featured: bool = False
    # The comment a reply flattened at the deepest level answers (its parent is elsewhere).
    reply_to: int | None = None
    replies: list[Comment] = field(default_factory=list)

    @property
    def score(self) -> int:
        return self.up - self.down

    @property
    def visible(self) -> bool:
        return self.state in (CommentState.PUBLISHED, CommentState.DELETED)
