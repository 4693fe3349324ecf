"""The live broker as an event subscriber: what open pages hear, after the commit."""

from __future__ import annotations

from typing import Any

from salon.domain.events import (
    CommentDeleted,
    CommentEdited,
    CommentHeld,
    CommentPublished,
    CommentRejected,
    Event,
    SupportChanged,
    VotesChanged,
)
from salon.live import Broker
from salon.services.events import Subscriber


def live_message(event: Event) -> tuple[str, dict[str, Any]] | None:
    """(SSE event name, data) as the widget knows them, or None for nothing to show."""
    if isinstance(event, CommentPublished):
        return "comment", dict(event.comment)
    if isinstance(event, CommentEdited):
        return "edit", dict(event.comment)
    if isinstance(event, CommentDeleted):
        return "delete", {"id": event.comment_id}
    if isinstance(event, CommentHeld | CommentRejected) and event.was_public:
        return "remove", {"id": event.comment_id}
    if isinstance(event, VotesChanged):
        return "vote", {
            "id": event.comment_id,
            "up": event.up,
            "down": event.down,
            "score": event.score,
        }
    if isinstance(event, SupportChanged):
        return "support", dict(event.campaign)
    return None


def live_subscriber(broker: Broker) -> Subscriber:
    def tell(event: Event) -> None:
        message = live_message(event)
        if message is not None:
            broker.publish(event.site, event.uri, *message)

    return Subscriber("live", live=tell)
