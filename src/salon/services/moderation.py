"""Moderators' use-cases: the review queue and one decision (which is also a label)."""

from __future__ import annotations

from dataclasses import dataclass

from salon.domain.comments import CommentState
from salon.domain.errors import Invalid, NotFound
from salon.domain.events import CommentRejected
from salon.domain.moderation import Label
from salon.services.context import Deps
from salon.services.events import Change
from salon.services.publishing import publish
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
    with deps.change() as tx:
        return decide_in(tx, comment_id, label, moderator)


def decide_in(tx: Change, comment_id: int, label: Label, moderator: str) -> Decided:
    """The decision inside a caller's change (a one-time link spends itself in it too)."""
    state = STATE_OF_LABEL[label]
    record = comment_rows.record(tx.conn, comment_id, for_update=True)
    if record is None:
        raise NotFound(f"there is no comment {comment_id}")
    was = record.comment.state
    moderation_rows.add_label(
        tx.conn, comment_id, record.site, label.value, record.comment.text, moderator, tx.now
    )
    outbox_rows.enqueue(tx.conn, "learn", {"site": record.site}, tx.now)
    if state is CommentState.PUBLISHED:
        if was is not CommentState.PUBLISHED:
            publish(tx, comment_id, moderator=moderator)
        return Decided(comment_id, label, state)
    comment_rows.set_state(tx.conn, comment_id, state)
    thread_rows.bump(tx.conn, record.comment.thread_id)
    if was is not state:
        tx.record(
            CommentRejected(
                record.site,
                record.uri,
                comment_id,
                label=label.value,
                moderator=moderator,
                was_public=was is CommentState.PUBLISHED,
            )
        )
    return Decided(comment_id, label, state)
