"""Comment rows, their revisions and decisions."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update

from salon.domain.comments import Anchor, Comment, CommentState
from salon.domain.moderation import Decision
from salon.store.tables import comments, decisions, revisions, threads
from salon.store.types import UTCDateTime

_PUBLIC = (
    comments.c.id,
    comments.c.thread_id,
    comments.c.parent_id,
    comments.c.author_name,
    comments.c.author_website,
    comments.c.text,
    comments.c.created,
    comments.c.state,
    comments.c.up,
    comments.c.down,
    comments.c.edited_at,
    comments.c.edited_by,
    comments.c.anchor,
    comments.c.staff,
    comments.c.pinned,
    comments.c.featured,
    comments.c.reply_to,
)


def _anchor(raw: Any) -> Anchor | None:
    if not raw:
        return None
    return Anchor(
        exact=raw.get("exact", ""),
        prefix=raw.get("prefix", ""),
        suffix=raw.get("suffix", ""),
        start=raw.get("start"),
        end=raw.get("end"),
    )


def _comment(row: Any) -> Comment:
    return Comment(
        id=row.id,
        thread_id=row.thread_id,
        parent_id=row.parent_id,
        author_name=row.author_name,
        author_website=row.author_website,
        text=row.text,
        created=row.created,
        state=CommentState(row.state),
        up=row.up,
        down=row.down,
        edited_at=row.edited_at,
        edited_by=row.edited_by,
        anchor=_anchor(row.anchor),
        staff=row.staff,
        pinned=bool(row.pinned),
        featured=bool(row.featured),
        reply_to=row.reply_to,
    )


@dataclass(frozen=True, slots=True)
class CommentRecord:
    """A comment with the private columns the services need (never sent to readers)."""

    comment: Comment
    site: str
    uri: str
    depth: int
    edit_key: str
    author_email: str
    ip_hash: str
    reader: str


def visible_in_thread(conn: Connection, thread_id: int) -> list[Comment]:
    rows = conn.execute(
        select(*_PUBLIC).where(
            comments.c.thread_id == thread_id,
            comments.c.state.in_((CommentState.PUBLISHED.value, CommentState.DELETED.value)),
        )
    ).all()
    return [_comment(r) for r in rows]


_RECORD = select(
    *_PUBLIC,
    comments.c.depth,
    comments.c.edit_key,
    comments.c.author_email,
    comments.c.ip_hash,
    comments.c.reader,
    threads.c.site,
    threads.c.uri,
).join(threads, threads.c.id == comments.c.thread_id)
_RECORDS = _RECORD.where(comments.c.id.in_(bindparam("ids", expanding=True)))
_RECORD = _RECORD.where(comments.c.id == bindparam("comment_id"))
_RECORD_FOR_UPDATE = _RECORD.with_for_update(of=comments)


def record(conn: Connection, comment_id: int, *, for_update: bool = False) -> CommentRecord | None:
    locking = for_update and conn.dialect.name == "postgresql"
    query = _RECORD_FOR_UPDATE if locking else _RECORD
    row = conn.execute(query, {"comment_id": comment_id}).first()
    return None if row is None else _record(row)


def records(conn: Connection, ids: Collection[int]) -> dict[int, CommentRecord]:
    """The records of these comments (those that exist), by id, in one query."""
    if not ids:
        return {}
    rows = conn.execute(_RECORDS, {"ids": list(ids)})
    return {row.id: _record(row) for row in rows}


def _record(row: Any) -> CommentRecord:
    return CommentRecord(
        comment=_comment(row),
        site=row.site,
        uri=row.uri,
        depth=row.depth,
        edit_key=row.edit_key,
        author_email=row.author_email,
        ip_hash=row.ip_hash,
        reader=row.reader,
    )


# Statements of the posting path are built once: building and keying a statement costs
# more than running it on SQLite. Parameters are bound at execution.
_INSERT = insert(comments).returning(comments.c.id)
_INSERT_DECISION = insert(decisions)
_SET_STATE_SHADOW = (
    update(comments)
    .where(comments.c.id == bindparam("comment_id"))
    .values(state=bindparam("to"), shadow=bindparam("shadow"))
)
_SET_STATE = (
    update(comments).where(comments.c.id == bindparam("comment_id")).values(state=bindparam("to"))
)


def add(conn: Connection, **values: Any) -> int:
    return int(conn.execute(_INSERT, values).scalar_one())


def set_text(
    conn: Connection,
    comment_id: int,
    old_text: str,
    new_text: str,
    at: datetime,
    by: str,
    fingerprint: int | None,
) -> None:
    conn.execute(
        insert(revisions).values(
            comment_id=comment_id, text=old_text, replaced_at=at, replaced_by=by
        )
    )
    conn.execute(
        update(comments)
        .where(comments.c.id == comment_id)
        .values(text=new_text, edited_at=at, edited_by=by, fingerprint=fingerprint)
    )


def set_state(
    conn: Connection, comment_id: int, state: CommentState, shadow: bool | None = None
) -> None:
    """Set the state; ``shadow`` True/False sets the shadow-ban mark as well (None keeps it)."""
    if shadow is None:
        conn.execute(_SET_STATE, {"comment_id": comment_id, "to": state.value})
        return
    statement = _SET_STATE_SHADOW
    conn.execute(statement, {"comment_id": comment_id, "to": state.value, "shadow": shadow})


def blank(conn: Connection, comment_id: int, at: datetime, by: str) -> None:
    """Delete the content but keep the row, so replies keep their place in the tree."""
    old = conn.execute(select(comments.c.text).where(comments.c.id == comment_id)).scalar_one()
    conn.execute(
        insert(revisions).values(comment_id=comment_id, text=old, replaced_at=at, replaced_by=by)
    )
    conn.execute(
        update(comments)
        .where(comments.c.id == comment_id)
        .values(
            state=CommentState.DELETED.value,
            text="",
            author_name="",
            author_email="",
            author_website="",
            edited_at=at,
            edited_by=by,
        )
    )


def add_decision(
    conn: Connection, comment_id: int, decision: Decision, is_edit: bool, at: datetime
) -> None:
    conn.execute(
        _INSERT_DECISION,
        {
            "comment_id": comment_id,
            "band": decision.band.value,
            "spam": decision.spam,
            "abuse": decision.abuse,
            "model_version": decision.model_version,
            "reasons": list(decision.reasons),
            "is_edit": is_edit,
            "created": at,
        },
    )


_SINCE = bindparam("since", type_=UTCDateTime())
AUTHOR_COUNT_CAP = 100


def _published_by(column: Any) -> Any:
    capped = (
        select(comments.c.id)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(
            threads.c.site == bindparam("site"),
            column == bindparam("who"),
            comments.c.state == CommentState.PUBLISHED.value,
        )
        .limit(AUTHOR_COUNT_CAP)
        .subquery()
    )
    return select(func.count()).select_from(capped)


_PUBLISHED_BY_EMAIL = _published_by(comments.c.author_email)
_PUBLISHED_BY_NAME = _published_by(comments.c.author_name)


def _counted(where: Any) -> Any:
    return select(func.count()).select_from(comments).where(where).scalar_subquery()


def _history(published_by: Any) -> Any:
    # One round trip for what screening asks about an author; a test on an empty key
    # is constant, so the database skips that count instead of counting unkeyed rows.
    return select(
        published_by.scalar_subquery(),
        _counted(
            (bindparam("ip") != "")
            & (comments.c.created >= _SINCE)
            & (comments.c.ip_hash == bindparam("ip"))
        ),
        _counted(
            (bindparam("email") != "")
            & (comments.c.created >= _SINCE)
            & (comments.c.author_email == bindparam("email"))
        ),
    )


_HISTORY_BY_EMAIL = _history(_PUBLISHED_BY_EMAIL)
_HISTORY_BY_NAME = _history(_PUBLISHED_BY_NAME)


@dataclass(frozen=True, slots=True)
class AuthorHistory:
    published: int  # on the site, counted up to AUTHOR_COUNT_CAP
    recent_by_ip: int  # posted since ``since`` from this IP hash
    recent_by_email: int  # posted since ``since`` with this e-mail address


def author_history(
    conn: Connection, site: str, since: datetime, ip_hash: str, email: str, name: str
) -> AuthorHistory:
    """The author's published comments on the site (up to AUTHOR_COUNT_CAP) and what was
    posted since ``since`` from this IP hash and with this e-mail, in one statement."""
    query = _HISTORY_BY_EMAIL if email else _HISTORY_BY_NAME
    row = conn.execute(
        query, {"site": site, "who": email or name, "since": since, "ip": ip_hash, "email": email}
    ).one()
    published = int(row[0]) if email or name else 0
    return AuthorHistory(published, int(row[1]), int(row[2]))


_RECENT_FINGERPRINTS = (
    select(comments.c.thread_id, comments.c.fingerprint)
    .where(
        comments.c.fingerprint.is_not(None),
        comments.c.thread_id != bindparam("thread_id"),
        comments.c.created >= _SINCE,
    )
    .order_by(comments.c.id.desc())
    .limit(bindparam("limit"))
)


def recent_fingerprints(
    conn: Connection, thread_id: int, since: datetime, limit: int = 1000
) -> list[tuple[int, int]]:
    """(thread id, fingerprint) of the newest comments in other threads since ``since``."""
    rows = conn.execute(
        _RECENT_FINGERPRINTS, {"thread_id": thread_id, "since": since, "limit": limit}
    ).all()
    return [(int(t), int(f)) for t, f in rows]


_FINGERPRINTS_AFTER = (
    select(comments.c.id, comments.c.thread_id, comments.c.fingerprint, comments.c.created)
    .where(
        comments.c.fingerprint.is_not(None),
        comments.c.id > bindparam("after"),
        comments.c.created >= _SINCE,
    )
    .order_by(comments.c.id.desc())
    .limit(bindparam("limit"))
)


def fingerprints_after(
    conn: Connection, after: int, since: datetime, limit: int
) -> list[tuple[int, int, int, datetime]]:
    """(id, thread id, fingerprint, created) of the newest comments with a fingerprint,
    ids above ``after``, created since ``since``: newest first, at most ``limit``."""
    rows = conn.execute(_FINGERPRINTS_AFTER, {"after": after, "since": since, "limit": limit}).all()
    return [(int(i), int(t), int(f), c) for i, t, f, c in rows]


def recent_published(
    conn: Connection, site: str, limit: int, uri: str | None = None
) -> list[tuple[Comment, str, str]]:
    """The newest published comments of a site (or one thread), with thread uri and title."""
    query = (
        select(*_PUBLIC, threads.c.uri, threads.c.title)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site == site, comments.c.state == CommentState.PUBLISHED.value)
        .order_by(comments.c.created.desc(), comments.c.id.desc())
        .limit(limit)
    )
    if uri is not None:
        query = query.where(threads.c.uri == uri)
    return [(_comment(r), r.uri, r.title) for r in conn.execute(query).all()]
