"""The one way a comment becomes public, whether it is posted so or approved later."""

from __future__ import annotations

from typing import Any

from salon.domain.comments import CommentState
from salon.domain.errors import NotFound
from salon.domain.events import CommentApproved, CommentPublished
from salon.services.events import Change
from salon.services.serialise import comment_json
from salon.store import comments as comment_rows
from salon.store import threads as thread_rows
from salon.store.comments import CommentRecord


def publish(
    tx: Change,
    comment_id: int,
    *,
    moderator: str | None = None,
    written: CommentRecord | None = None,
    thread_bumped: bool = False,
) -> dict[str, Any]:
    """Mark the comment published inside ``tx`` and record the events; its public JSON.

    Notifications, webhooks and live updates all hang on the CommentPublished recorded
    here, so a held comment notifies exactly when a moderator approves it. ``written``:
    the row as the caller has just inserted it in ``tx``, already in the published state
    and without the shadow mark (saves the update and reading it back);
    ``thread_bumped``: the caller has bumped its thread's version in ``tx`` already.
    """
    if written is not None and written.comment.id == comment_id:
        if written.comment.state is not CommentState.PUBLISHED:
            raise ValueError("publish(written=...) takes a row inserted as published")
        record: CommentRecord | None = written
    else:
        comment_rows.set_state(tx.conn, comment_id, CommentState.PUBLISHED, shadow=False)
        record = comment_rows.record(tx.conn, comment_id)
    if record is None:
        raise NotFound(f"there is no comment {comment_id}")
    if not thread_bumped:
        thread_rows.bump(tx.conn, record.comment.thread_id)
    body = comment_json(record.comment, with_replies=False)
    if moderator is not None:
        tx.record(CommentApproved(record.site, record.uri, comment_id, body, moderator))
    tx.record(CommentPublished(record.site, record.uri, comment_id, body, record.comment.parent_id))
    return body
