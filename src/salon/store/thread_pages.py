"""One page of a thread, read without loading the rest of it.

A thread's top level is every visible comment whose parent is not visible (replies to a
held or removed comment are promoted, so none is lost). A page is the next ``limit`` of
those in the sort order after a cursor, each with all its visible replies: one query with
a recursive CTE, whose cost follows the page and not the thread.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Float,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    cast,
    func,
    literal,
    or_,
    select,
    true,
)

from salon.domain.comments import Comment, CommentState, Sort
from salon.domain.threading import build_tree, sort_key
from salon.store.comments import _PUBLIC, _comment
from salon.store.tables import comments
from salon.store.types import UTCDateTime

VISIBLE = (CommentState.PUBLISHED.value, CommentState.DELETED.value)
_MAX_ID = 2**31 - 1  # cursors come from readers: keep their numbers inside INTEGER
_MAX_TS = datetime(9999, 12, 31, tzinfo=UTC).timestamp()

_parent = comments.alias("parent")
# Outer-joined: a comment is top-level when this finds no visible parent in its thread.
_WITH_PARENT = comments.outerjoin(
    _parent,
    and_(
        _parent.c.id == comments.c.parent_id,
        _parent.c.thread_id == comments.c.thread_id,
        _parent.c.state.in_(VISIBLE),
    ),
)
_TOP_LEVEL = _parent.c.id.is_(None)


@dataclass(frozen=True, slots=True)
class After:
    """Where a page starts: the sort key of the last comment shown (see ``sort_key``)."""

    score: float
    created: datetime
    id: int


def after_cursor(key: tuple[float, float, int], sort: Sort) -> After:
    """The domain's cursor key (``threading._key``) as column values, clamped to range."""
    a, b, c = key
    if math.isnan(a) or math.isnan(b):
        a, b = 0.0, 0.0
    ts = -b if sort is not Sort.OLDEST else b
    ts = min(max(ts, 0.0), _MAX_TS)
    return After(
        score=min(max(-a, -_MAX_ID), _MAX_ID),
        created=datetime.fromtimestamp(ts, UTC),
        id=min(max(c if sort is Sort.OLDEST else -c, -_MAX_ID), _MAX_ID),
    )


def _order(sort: Sort) -> list[Any]:
    if sort is Sort.OLDEST:
        return [comments.c.created.asc(), comments.c.id.asc()]
    newest = [comments.c.created.desc(), comments.c.id.desc()]
    if sort is Sort.VOTES:
        return [(comments.c.up - comments.c.down).desc(), *newest]
    return newest


_AT_SCORE = bindparam("at_score", type_=Float())
_AT_CREATED = bindparam("at_created", type_=UTCDateTime())
_AT_ID = bindparam("at_id", type_=Integer())


def _after(sort: Sort) -> Any:
    if sort is Sort.OLDEST:
        return or_(
            comments.c.created > _AT_CREATED,
            and_(comments.c.created == _AT_CREATED, comments.c.id > _AT_ID),
        )
    older = or_(
        comments.c.created < _AT_CREATED,
        and_(comments.c.created == _AT_CREATED, comments.c.id < _AT_ID),
    )
    if sort is Sort.VOTES:
        score = comments.c.up - comments.c.down
        return or_(score < _AT_SCORE, and_(score == _AT_SCORE, older))
    return older


def _with_replies(seeds: Any) -> Select[Any]:
    """The comments chosen by ``seeds`` (a SELECT of ids) and all their visible replies.

    Whether a reply is shown is worked out in the select list (``ok``), not in a WHERE on
    the replies: SQLite builds a Bloom filter over the whole comments table for a join
    whose inner side has a filter of its own, so the page would cost as much as the table.
    """
    tree = (
        select(comments.c.id, literal(True, Boolean).label("ok"))
        .where(comments.c.id.in_(seeds))
        .cte("tree", recursive=True)
    )
    child = comments.alias("child")
    shown = and_(child.c.thread_id == bindparam("thread_id"), child.c.state.in_(VISIBLE))
    tree = tree.union_all(
        select(child.c.id, shown.label("ok"))
        .join(tree, child.c.parent_id == tree.c.id)
        .where(tree.c.ok == true())
    )
    return select(*_PUBLIC).where(comments.c.id.in_(select(tree.c.id).where(tree.c.ok == true())))


@cache
def _page_query(sort: Sort, after: bool, skip_pinned: bool) -> Select[Any]:
    # Built once per shape: building a statement costs more than SQLite running it.
    query = (
        select(comments.c.id)
        .select_from(_WITH_PARENT)
        .where(
            comments.c.thread_id == bindparam("thread_id"),
            comments.c.state.in_(VISIBLE),
            _TOP_LEVEL,
        )
        .order_by(*_order(sort))
        .limit(bindparam("want"))
    )
    if after:
        query = query.where(_after(sort))
    if skip_pinned:
        query = query.where(comments.c.pinned.is_(False))
    return _with_replies(query.scalar_subquery())


# Deleted comments without replies are skipped after the read; a few more than the page
# usually spares a second round trip for the ones skipped.
_SPARE = 8


def top_level_page(
    conn: Connection,
    thread_id: int,
    sort: Sort,
    limit: int,
    after: After | None,
    *,
    skip_pinned: bool = False,
) -> tuple[list[Comment], bool]:
    """Up to ``limit`` top-level comments after ``after``, with their replies; and whether
    more follow. A deleted comment is shown only while it has visible replies, so one
    without is skipped (and the next one read in its place)."""
    kept: list[Comment] = []
    while True:
        want = limit + 1 - len(kept) + _SPARE
        params: dict[str, Any] = {"thread_id": thread_id, "want": want}
        if after is not None:
            params.update(at_score=after.score, at_created=after.created, at_id=after.id)
        query = _page_query(sort, after is not None, skip_pinned)
        found = [_comment(r) for r in conn.execute(query, params)]
        ids = {c.id for c in found}
        seeds = [c for c in found if c.parent_id not in ids]
        seeds.sort(key=lambda c: sort_key(c, sort))
        kept += sorted(build_tree(found), key=lambda c: sort_key(c, sort))
        if len(seeds) < want or len(kept) > limit:
            return kept[:limit], len(kept) > limit
        last = seeds[-1]
        after = After(score=last.score, created=last.created, id=last.id)


_CHOSEN = _with_replies(
    select(comments.c.id).where(comments.c.id.in_(bindparam("ids", expanding=True)))
)


def chosen_with_replies(conn: Connection, thread_id: int, ids: Sequence[int]) -> list[Comment]:
    """These comments (top-level ones) with their replies, as trees."""
    if not ids:
        return []
    rows = conn.execute(_CHOSEN, {"thread_id": thread_id, "ids": list(ids)})
    return build_tree(_comment(r) for r in rows)


@dataclass(frozen=True, slots=True)
class Marked:
    """The thread's published comments a moderator picked, and its published count."""

    count: int
    pinned: list[int]  # top-level pinned comments, oldest first
    featured: list[Comment]  # oldest first, without replies


def _marked_query() -> Select[Any]:
    published = CommentState.PUBLISHED.value
    total = (
        select(func.count().label("total"))
        .where(comments.c.thread_id == bindparam("thread_id"), comments.c.state == published)
        .subquery("total")
    )
    picks = (
        select(*_PUBLIC, _TOP_LEVEL.label("top"))
        .select_from(_WITH_PARENT)
        .where(
            comments.c.thread_id == bindparam("thread_id"),
            comments.c.state == published,
            or_(comments.c.pinned == true(), comments.c.featured == true()),
        )
        .subquery("picks")
    )
    return (
        select(total.c.total, picks)
        .select_from(total.outerjoin(picks, true()))
        .order_by(picks.c.created, picks.c.id)
    )


_MARKED = _marked_query()


def marked(conn: Connection, thread_id: int) -> Marked:
    """The published count with the pinned and featured comments, in one query."""
    rows = conn.execute(_MARKED, {"thread_id": thread_id}).all()
    found = [r for r in rows if r.id is not None]
    return Marked(
        int(rows[0].total),
        [r.id for r in found if r.pinned and r.top],
        [_comment(r) for r in found if r.featured],
    )


def anchored_top_level(conn: Connection, thread_id: int, limit: int) -> list[Comment]:
    """Published top-level comments with an anchor, oldest first, with their replies."""
    query = (
        select(comments.c.id)
        .select_from(_WITH_PARENT)
        .where(
            comments.c.thread_id == thread_id,
            comments.c.state == CommentState.PUBLISHED.value,
            # A missing anchor is SQL NULL or JSON null, depending on how it was written.
            comments.c.anchor.is_not(None),
            cast(comments.c.anchor, String) != "null",
            _TOP_LEVEL,
        )
        .order_by(comments.c.created, comments.c.id)
        .limit(limit)
    )
    rows = conn.execute(_with_replies(query.scalar_subquery()), {"thread_id": thread_id})
    roots = build_tree(_comment(r) for r in rows)
    return [c for c in roots if c.anchor is not None and c.state is CommentState.PUBLISHED]
