"""Every comment of some sites, found by words (FTS5 / tsvector), author, address, thread,
state and date, newest first, paged by id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, column, func, literal, select, table, text

from salon.store.tables import comments, threads

# Built by migration 0008 outside tables.py; the schema comparison leaves these alone.
INDEX_OBJECTS = frozenset(
    {
        "comments_fts",
        "comments_fts_data",
        "comments_fts_idx",
        "comments_fts_docsize",
        "comments_fts_config",
        "ix_comments_fts",
        "search_vector",
    }
)
MAX_WORDS = 8
_WORD = re.compile(r"\w+")
# The column migration 0008 keeps with a trigger and indexes with GIN.
_PG_MATCH = "comments.search_vector @@ to_tsquery('pg_catalog.simple', :fts)"
_SQLITE_MATCH = "comments_fts MATCH :fts"
_FTS = table("comments_fts", column("rowid"))
_RARE = 1000  # fewer matches than this: found through the index, then sorted


@dataclass(frozen=True, slots=True)
class Filter:
    sites: tuple[str, ...]
    words: str = ""
    author: str = ""  # a name or an e-mail, exactly
    address: str = ""  # a prefix of the address hash (what the short label shows)
    uri: str = ""  # a thread's path, or the start of it
    states: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    before_id: int | None = None  # the cursor: the last id of the previous page


@dataclass(frozen=True, slots=True)
class Found:
    id: int
    site: str
    uri: str
    title: str
    thread_id: int
    parent_id: int | None
    author_name: str
    author_email: str
    author_website: str
    ip_hash: str
    text: str
    created: datetime
    state: str
    edited_at: datetime | None
    edited_by: str | None
    staff: str
    pinned: bool
    featured: bool
    closed: bool  # the thread's


COLUMNS = (
    comments.c.id,
    threads.c.site,
    threads.c.uri,
    threads.c.title,
    comments.c.thread_id,
    comments.c.parent_id,
    comments.c.author_name,
    comments.c.author_email,
    comments.c.author_website,
    comments.c.ip_hash,
    comments.c.text,
    comments.c.created,
    comments.c.state,
    comments.c.edited_at,
    comments.c.edited_by,
    comments.c.staff,
    comments.c.pinned,
    comments.c.featured,
    threads.c.closed,
)


def site_of(conn: Connection) -> Any:
    """The thread's site, to filter comments by. On SQLite "|| ''" keeps the planner from
    starting at the site's threads (all of the site's comments, then sorted or grouped)
    instead of at a selective index; PostgreSQL's statistics make it choose well alone."""
    return threads.c.site.concat("") if conn.dialect.name == "sqlite" else threads.c.site


def words_of(query: str) -> list[str]:
    """The words of a search box, lower-cased; punctuation cannot break the match syntax."""
    return [w.lower() for w in _WORD.findall(query)][:MAX_WORDS]


def search(conn: Connection, where: Filter, limit: int) -> list[Found]:
    """Up to ``limit`` comments matching every given field, newest first."""
    source = comments.join(threads, threads.c.id == comments.c.thread_id)
    newest: Any = comments.c.id.desc()
    words = words_of(where.words)
    # Every word must occur, each as the start of a word: "insult" finds "insulting".
    match: Any = None
    if words and conn.dialect.name == "postgresql":
        match = text(_PG_MATCH).bindparams(fts=" & ".join(f"{w}:*" for w in words))
        # The planner cannot tell a rare prefix from a common one. Rare: the GIN index
        # and a sort of its few hits (a walk of the newest would read the whole table);
        # common: the walk, which meets 50 hits at once (the index would fetch them all).
        sample = select(comments.c.id).where(match).limit(_RARE).subquery()
        if conn.execute(select(func.count()).select_from(sample)).scalar_one() < _RARE:
            newest = (comments.c.id + literal(0)).desc()
    elif words:
        # FTS5 hands out its matches newest first itself: the page stops after ``limit``
        # however common the word, instead of sorting every match.
        source = source.join(_FTS, _FTS.c.rowid == comments.c.id)
        match = text(_SQLITE_MATCH).bindparams(fts=" ".join(f'"{w}"*' for w in words))
        newest = _FTS.c.rowid.desc()
    fts_order = words and conn.dialect.name == "sqlite"
    if where.address or where.author:
        # The address or author index beats walking the primary key backwards and
        # filtering; "+ 0" keeps the planner from choosing that walk. (For words the
        # planner chooses between the GIN index and the walk from its statistics.)
        newest = (comments.c.id + literal(0)).desc()
    query = select(*COLUMNS).select_from(source).where(site_of(conn).in_(where.sites))
    query = query.order_by(newest).limit(limit)
    if match is not None:
        query = query.where(match)
    if where.author:
        query = query.where(
            (comments.c.author_name == where.author) | (comments.c.author_email == where.author)
        )
    if where.address:
        # A range on the indexed hash: the label is its first hex digits.
        query = query.where(
            comments.c.ip_hash >= where.address, comments.c.ip_hash < where.address + "g"
        )
    if where.uri:
        query = query.where(threads.c.uri.startswith(where.uri, autoescape=True))
    if where.states:
        query = query.where(comments.c.state.in_(where.states))
    if where.since is not None:
        query = query.where(comments.c.created >= where.since)
    if where.until is not None:
        query = query.where(comments.c.created < where.until)
    if where.before_id is not None:
        # On FTS5 the cursor bounds its rowid scan too.
        query = query.where(comments.c.id < where.before_id)
        if fts_order:
            query = query.where(_FTS.c.rowid < where.before_id)
    return [Found(**row._mapping) for row in conn.execute(query).all()]


def by_ids(conn: Connection, ids: list[int]) -> list[Found]:
    """The same rows for known ids (parents of replies, a queue's comments)."""
    if not ids:
        return []
    rows = conn.execute(
        select(*COLUMNS)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(comments.c.id.in_(ids))
    ).all()
    return [Found(**row._mapping) for row in rows]
