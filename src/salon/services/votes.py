"""Casting a vote: one per reader per comment, changeable."""

from __future__ import annotations

from salon.domain.comments import CommentState
from salon.domain.errors import Forbidden, Invalid, NotFound
from salon.domain.events import VotesChanged
from salon.domain.votes import Tally
from salon.services.context import Deps, Requester
from salon.services.threads import check_uri
from salon.store import comments as comment_rows
from salon.store import threads as thread_rows
from salon.store import votes as vote_rows


def cast_vote(deps: Deps, requester: Requester, comment_id: int, value: int) -> Tally:
    if value not in (-1, 0, 1):
        raise Invalid(f"a vote is 1, -1 or 0 (withdraw), not {value}")
    reader = deps.reader_id(requester)
    with deps.change() as tx:
        record = comment_rows.record(tx.conn, comment_id, for_update=True)
        if record is None or record.comment.state is not CommentState.PUBLISHED:
            raise NotFound(f"there is no published comment {comment_id} to vote on")
        deps.site(record.site, requester.origin)
        if value == 1 and record.reader == reader:
            raise Forbidden("you cannot up-vote your own comment")
        tally = vote_rows.set_vote(tx.conn, comment_id, reader, value, tx.now)
        thread_rows.bump(tx.conn, record.comment.thread_id)
        tx.record(
            VotesChanged(record.site, record.uri, comment_id, tally.up, tally.down, tally.score)
        )
    return tally


def my_votes(deps: Deps, requester: Requester, site_id: str, uri: str) -> dict[int, int]:
    """What this reader voted in a thread, so the widget shows it on any device."""
    deps.site(site_id, requester.origin)
    check_uri(uri)
    with deps.db.read() as conn:
        thread = thread_rows.find(conn, site_id, uri)
        if thread is None:
            return {}
        return vote_rows.of_reader(conn, thread.id, deps.reader_id(requester))
