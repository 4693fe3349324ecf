"""Every comment of some sites, found by words (FTS5 / tsvector), author, address, thread,
state and date, newest first, paged by id."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, column, select, text

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
    }
)
MAX_WORDS = 8
_WORD = re.compile(r"\w+")
# The expression must be the one the GIN index of migration 0008 was built on.
_PG_MATCH = "to_tsvector('simple', comments.text || ' ' || comments.author_name) @@ to_tsquery('simple', :fts)"
_SQLITE_MATCH = "SELECT rowid FROM comments_fts WHERE comments_fts MATCH :fts"


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
)


def words_of(query: str) -> list[str]:
    """The words of a search box, lower-cased; punctuation cannot break the match syntax."""
    return [w.lower() for w in _WORD.findall(query)][:MAX_WORDS]


def _match(conn: Connection, words: list[str]) -> Any:
    # Every word must occur, each as the start of a word: "insult" finds "insulting".
    if conn.dialect.name == "postgresql":
        return text(_PG_MATCH).bindparams(fts=" & ".join(f"{w}:*" for w in words))
    ids = text(_SQLITE_MATCH).bindparams(fts=" ".join(f'"{w}"*' for w in words))
    return comments.c.id.in_(ids.columns(column("rowid")))


def search(conn: Connection, where: Filter, limit: int) -> list[Found]:
    """Up to ``limit`` comments matching every given field, newest first."""
    query = (
        select(*COLUMNS)
        .join(threads, threads.c.id == comments.c.thread_id)
        .where(threads.c.site.in_(where.sites))
        .order_by(comments.c.id.desc())
        .limit(limit)
    )
    if words := words_of(where.words):
        query = query.where(_match(conn, words))
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
        query = query.where(comments.c.id < where.before_id)
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
