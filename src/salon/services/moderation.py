"""Moderators' use-cases: the review queue and one decision (which is also a label)."""

from __future__ import annotations

from dataclasses import dataclass

from salon.domain.comments import CommentState
from salon.domain.errors import Invalid, NotFound
from salon.domain.moderation import Label
from salon.services.context import Deps
from salon.services.serialise import comment_json
from salon.store import comments as comment_rows
from salon.store import moderation as moderation_rows
from salon.store import outbox as outbox_rows
from salon.store import threads as thread_rows
from salon.store.moderation import QueueItem

STATE_OF_LABEL = {
    Label.APPROVE: CommentState.PUBLISHED,
    Label.SPAM: CommentState.SPAM,
    # Rejected for abuse or deleted by a moderator: hidden, but the text stays for the audit.
    Label.ABUSE: CommentState.DELETED,
    Label.DELETE: CommentState.DELETED,
}
QUEUES = {
    "held": (CommentState.HELD.value,),
    "spam": (CommentState.SPAM.value,),
}


@dataclass(frozen=True, slots=True)
class Decided:
    comment_id: int
    label: Label
    state: CommentState


def review_queue(
    deps: Deps, site: str | None = None, queue: str = "held", limit: int = 50
) -> list[QueueItem]:
    """Comments waiting for a moderator, the most uncertain first."""
    if site is not None and deps.settings.site(site) is None:
        raise NotFound(f"unknown site {site!r}")
    if queue not in QUEUES:
        raise Invalid(f"queue must be one of {', '.join(QUEUES)}, not {queue!r}")
    # "Uncertain" is measured from the hold threshold: just over it is an even call.
    policies = deps.screen.policies
    pivot = (
        policies[site].hold_threshold if site else min(p.hold_threshold for p in policies.values())
    )
    with deps.db.read() as conn:
        return moderation_rows.queue(conn, QUEUES[queue], site, limit, pivot)


def decide(deps: Deps, comment_id: int, label: Label | str, moderator: str) -> Decided:
    """Apply a moderator's verdict and keep it as a training label, in one transaction.

    The site's spam model learns from it in a background job queued in the same
    transaction, so a crash between the two cannot lose the label's effect.
    """
    try:
        label = Label(label)
    except ValueError as e:
        raise Invalid(f"decision must be one of {', '.join(x.value for x in Label)}") from e
    now = deps.clock()
    state = STATE_OF_LABEL[label]
    with deps.db.write() as conn:
        record = comment_rows.record(conn, comment_id, for_update=True)
        if record is None:
            raise NotFound(f"there is no comment {comment_id}")
        was = record.comment.state
        comment_rows.set_state(conn, comment_id, state)
        moderation_rows.add_label(
            conn, comment_id, record.site, label.value, record.comment.text, moderator, now
        )
        outbox_rows.enqueue(conn, "learn", {"site": record.site}, now)
        thread_rows.bump(conn, record.comment.thread_id)
        updated = comment_rows.record(conn, comment_id)
    if updated is not None:
        if state is CommentState.PUBLISHED and was is not CommentState.PUBLISHED:
            deps.on_event(record.site, record.uri, "comment", comment_json(updated.comment))
        elif state is not CommentState.PUBLISHED and was is CommentState.PUBLISHED:
            deps.on_event(record.site, record.uri, "remove", {"id": comment_id})
    return Decided(comment_id, label, state)
