"""Typed domain events: what happened to a comment, with a stable JSON form.

A use-case records them inside its transaction; subscribers (the live broker, mail,
webhooks, later the audit log or search indexing) receive them. ``to_json`` is the
contract with outbox jobs and webhooks: field names only ever get added.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True)
class Event:
    """Base of every event: the thread it happened in and the comment it is about."""

    type: ClassVar[str] = "event"
    site: str
    uri: str
    comment_id: int

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, **asdict(self)}


@dataclass(frozen=True, slots=True)
class CommentPublished(Event):
    """A comment became public, posted so or approved later (see CommentApproved)."""

    type: ClassVar[str] = "comment.published"
    comment: Mapping[str, Any] = field(default_factory=dict)  # the public Comment JSON
    parent_id: int | None = None


@dataclass(frozen=True, slots=True)
class CommentHeld(Event):
    """Moderation held a new or edited comment for review (or filed it as spam)."""

    type: ClassVar[str] = "comment.held"
    comment: Mapping[str, Any] = field(default_factory=dict)
    reasons: tuple[str, ...] = ()
    spam: float = 0.0
    abuse: float = 0.0
    is_spam: bool = False
    was_public: bool = False  # an edit took a published comment off the page


@dataclass(frozen=True, slots=True)
class CommentEdited(Event):
    type: ClassVar[str] = "comment.edited"
    comment: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CommentDeleted(Event):
    """The author deleted it (a placeholder may stay for its replies)."""

    type: ClassVar[str] = "comment.deleted"


@dataclass(frozen=True, slots=True)
class CommentApproved(Event):
    """A moderator approved a held comment; a CommentPublished follows in the same change."""

    type: ClassVar[str] = "comment.approved"
    comment: Mapping[str, Any] = field(default_factory=dict)
    moderator: str = ""


@dataclass(frozen=True, slots=True)
class CommentRejected(Event):
    """A moderator filed it as spam, abuse or deleted it."""

    type: ClassVar[str] = "comment.rejected"
    label: str = ""
    moderator: str = ""
    was_public: bool = False


@dataclass(frozen=True, slots=True)
class VotesChanged(Event):
    type: ClassVar[str] = "votes.changed"
    up: int = 0
    down: int = 0
    score: int = 0


@dataclass(frozen=True, slots=True)
class SupportChanged(Event):
    """A support campaign's total or state changed (``uri`` is the campaigns' channel)."""

    type: ClassVar[str] = "support.changed"
    campaign: Mapping[str, Any] = field(default_factory=dict)  # its public JSON


EVENT_TYPES: dict[str, type[Event]] = {
    cls.type: cls
    for cls in (
        CommentPublished,
        CommentHeld,
        CommentEdited,
        CommentDeleted,
        CommentApproved,
        CommentRejected,
        VotesChanged,
        SupportChanged,
    )
}


def event_from_json(data: Mapping[str, Any]) -> Event:
    """The event ``to_json`` produced; unknown keys (from a newer version) are ignored."""
    try:
        cls = EVENT_TYPES[str(data["type"])]
    except KeyError as e:
        raise ValueError(f"not a known event: {data.get('type')!r}") from e
    names = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    if "reasons" in values:
        values["reasons"] = tuple(values["reasons"])
    return cls(**values)
