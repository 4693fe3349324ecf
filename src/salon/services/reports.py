"""Readers report comments; enough open reports hold a published comment for review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from salon.domain.comments import CommentState
from salon.domain.errors import Invalid, NotFound, RateLimited
from salon.domain.events import CommentHeld
from salon.moderation import reasons
from salon.services import audit
from salon.services.accounts import Account
from salon.services.cards import Card, cards_of, moderated_sites
from salon.services.context import Deps, Requester
from salon.services.serialise import comment_json
from salon.store import comments as comment_rows
from salon.store import reports as report_rows
from salon.store import threads as thread_rows

REASONS = ("spam", "abuse", "off-topic", "other")
MAX_NOTE = 500
# A reader who reports more than this in an hour is flooding, not helping.
REPORTS_PER_HOUR = 20
SYSTEM = "readers' reports"
REPORTED = reasons.site(reasons.REPORTED)


@dataclass(frozen=True, slots=True)
class Reported:
    counted: bool  # False: this reader had already reported the comment
    held: bool  # this report held the comment for review


def report_comment(
    deps: Deps, requester: Requester, comment_id: int, reason: str, note: str = ""
) -> Reported:
    if reason not in REASONS:
        raise Invalid(f"the reason must be one of {', '.join(REASONS)}, not {reason!r}")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise Invalid(f"the note can have at most {MAX_NOTE} characters")
    reader = deps.reader_id(requester)
    now = deps.clock()
    held = False
    # One change: the hold is recorded as a durable CommentHeld (webhooks, moderators'
    # mail) in the transaction that makes it, and open pages hear after the commit.
    with deps.change() as tx:
        conn = tx.conn
        record = comment_rows.record(conn, comment_id, for_update=True)
        if record is None or record.comment.state is not CommentState.PUBLISHED:
            raise NotFound(f"there is no published comment {comment_id}")
        site = deps.site(record.site, requester.origin)
        if report_rows.by_reader_since(conn, reader, now - timedelta(hours=1)) >= REPORTS_PER_HOUR:
            raise RateLimited("too many reports in the last hour; try again later", 3600)
        counted = report_rows.add(conn, comment_id, site.id, reader, reason, note, now)
        if counted and report_rows.open_count(conn, comment_id) >= site.report_threshold:
            comment_rows.set_state(conn, comment_id, CommentState.HELD)
            thread_rows.bump(conn, record.comment.thread_id)
            audit.record(
                conn,
                site=site.id,
                moderator=SYSTEM,
                action="auto-hold",
                at=now,
                comment_id=comment_id,
                before={"state": CommentState.PUBLISHED.value},
                after={"state": CommentState.HELD.value, "reports": site.report_threshold},
            )
            held = True
            body = comment_json(record.comment, with_replies=False)
            tx.record(
                CommentHeld(
                    record.site, record.uri, comment_id, body, reasons=(REPORTED,), was_public=True
                )
            )
    return Reported(counted, held)


def reported(deps: Deps, site: str = "", who: Account | None = None, limit: int = 50) -> list[Card]:
    """Comments with open reports, the most reported first."""
    with deps.db.read() as conn:
        ids = report_rows.reported_ids(conn, moderated_sites(deps, site, who), limit)
    return cards_of(deps, ids)


def dismiss(deps: Deps, who: Account, comment_id: int) -> int:
    """Close the comment's reports (it stays as it is; approve it to publish it again)."""
    now = deps.clock()
    with deps.db.write() as conn:
        record = comment_rows.record(conn, comment_id)
        if record is None:
            raise NotFound(f"there is no comment {comment_id}")
        moderated_sites(deps, record.site, who)
        closed = report_rows.dismiss(conn, comment_id, who.name, now)
        audit.record(
            conn,
            site=record.site,
            moderator=who.name,
            action="dismiss-reports",
            at=now,
            comment_id=comment_id,
            after={"dismissed": closed},
        )
    return closed
