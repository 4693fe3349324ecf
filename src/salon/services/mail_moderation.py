"""Approve / spam links in moderators' alert mails: signed, expiring, spent once."""

from __future__ import annotations

from dataclasses import dataclass

from salon.domain.comments import CommentState
from salon.domain.errors import Gone, NotFound
from salon.domain.moderation import Label
from salon.services.context import Deps
from salon.services.moderation import Decided, decide_in
from salon.services.serialise import html_of
from salon.services.subscriptions import links
from salon.store import comments as comment_rows
from salon.store import links as link_rows
from salon.store.comments import CommentRecord

LABEL_OF_ACTION = {"approve": Label.APPROVE, "spam": Label.SPAM}
DECIDABLE = (CommentState.HELD, CommentState.SPAM)


@dataclass(frozen=True, slots=True)
class Pending:
    comment_id: int
    action: str
    author: str
    html: str  # sanitised


def _check(record: CommentRecord | None, comment_id: int) -> CommentRecord:
    if record is None:
        raise NotFound(f"comment {comment_id} is gone")
    if record.comment.state not in DECIDABLE:
        raise Gone(
            f"comment {comment_id} was decided already (it is {record.comment.state.value}); "
            "nothing was changed"
        )
    return record


def pending(deps: Deps, token: str) -> Pending:
    """What the link would do, for the confirmation page (a GET changes nothing)."""
    link = links(deps).read_moderate(token)
    with deps.db.read() as conn:
        record = comment_rows.record(conn, link.comment_id)
    record = _check(record, link.comment_id)
    return Pending(
        link.comment_id,
        link.action,
        record.comment.author_name or "Anonymous",
        html_of(record.comment.text),
    )


def decide_by_link(deps: Deps, token: str) -> Decided:
    link = links(deps).read_moderate(token)
    with deps.change() as tx:
        if not link_rows.spend(tx.conn, link.nonce, tx.now):
            raise Gone("this link was used already; each approve or spam link works once")
        record = comment_rows.record(tx.conn, link.comment_id, for_update=True)
        _check(record, link.comment_id)
        return decide_in(tx, link.comment_id, LABEL_OF_ACTION[link.action], "mail link")
