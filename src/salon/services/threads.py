"""Reading threads: a page of top-level comments with their replies, and counts."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

from salon.domain.comments import Sort
from salon.domain.errors import Invalid
from salon.domain.threading import decode_cursor, encode_cursor, sort_key
from salon.services.cache import Encoded, EncodedEntry
from salon.services.context import Deps, Requester
from salon.services.serialise import comment_json
from salon.store import thread_pages
from salon.store import threads as thread_rows

MAX_LIMIT = 200
# (site, uri, sort, limit, cursor): a page of a thread in the read cache.
ThreadKey = tuple[str, str, str, int, str | None]


def read_thread(
    deps: Deps,
    requester: Requester,
    site_id: str,
    uri: str,
    sort: Sort = Sort.NEWEST,
    limit: int = 50,
    cursor: str | None = None,
) -> EncodedEntry:
    """A page of the thread, encoded; from the cache while the thread is unchanged."""
    deps.site(site_id, requester.origin)
    check_uri(uri)
    if not 1 <= limit <= MAX_LIMIT:
        raise Invalid(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if cursor:
        decode_cursor(cursor)  # refuse a broken cursor even for an empty thread
    key = thread_key(site_id, uri, sort, limit, cursor)
    if isinstance(entry := deps.cache.fresh(key), EncodedEntry):
        return entry
    old = deps.cache.get(key)
    with deps.db.read() as conn:
        thread = thread_rows.find(conn, site_id, uri)
        generation, at = deps.cache.stamp(None if thread is None else thread.id)
        if isinstance(old, EncodedEntry) and old.thread_id == (thread and thread.id):
            if thread is None or thread.version == old.version:
                deps.cache.revalidated(old, generation, at)
                return old
        if thread is None:
            entry = cache_entry(None, 0, _empty(site_id, uri), generation, at)
        else:
            picks = thread_pages.marked(conn, thread.id)
            # The pinned comment leads the first page, whatever the order; not repeated.
            pinned, after = [], None
            if cursor:
                after = thread_pages.after_cursor(decode_cursor(cursor), sort)
            else:
                pinned = thread_pages.chosen_with_replies(conn, thread.id, picks.pinned)
            chosen, more = thread_pages.top_level_page(
                conn, thread.id, sort, limit, after, skip_pinned=bool(picks.pinned)
            )
            next_cursor = None
            if more and chosen:
                next_cursor = encode_cursor(sort_key(chosen[-1], sort))
            data = {
                "thread": {
                    "site": site_id,
                    "uri": uri,
                    "title": thread.title,
                    "count": picks.count,
                    "closed": bool(thread.closed),
                },
                "comments": [comment_json(c) for c in pinned + chosen],
                "next": next_cursor,
                # "Editor's picks", shown first by the widget (without their replies).
                "featured": [comment_json(c, with_replies=False) for c in picks.featured],
            }
            entry = cache_entry(thread.id, thread.version, data, generation, at)
    deps.cache.put(key, entry)
    return entry


def revalidate(deps: Deps, key: ThreadKey) -> None:
    """Check a cached page against the database before its time is up (see
    ``ReadCache.hit``): the same thread version keeps it fresh for another ``ttl``; a
    changed one leaves it to expire, and the next reader reads the thread again."""
    old = deps.cache.get(key)
    if not isinstance(old, EncodedEntry):
        return
    # Stamped before the read: a write committed after the stamp makes the entry stale.
    generation, at = deps.cache.stamp(old.thread_id)
    with deps.db.read() as conn:
        thread = thread_rows.find(conn, key[0], key[1])
    if old.thread_id is None:
        same = thread is None
    else:
        same = thread is not None and (thread.id, thread.version) == (old.thread_id, old.version)
    if same:
        deps.cache.revalidated(old, generation, at)


def get_thread(
    deps: Deps,
    requester: Requester,
    site_id: str,
    uri: str,
    sort: Sort = Sort.NEWEST,
    limit: int = 50,
    cursor: str | None = None,
) -> dict[str, Any]:
    """The thread as the API answers it (without the per-request form stamp)."""
    return read_thread(deps, requester, site_id, uri, sort, limit, cursor).data


def thread_key(site_id: str, uri: str, sort: Sort, limit: int, cursor: str | None) -> ThreadKey:
    return (site_id, uri, sort.value, limit, cursor)


def _empty(site_id: str, uri: str) -> dict[str, Any]:
    return {
        "thread": {"site": site_id, "uri": uri, "title": "", "count": 0, "closed": False},
        "comments": [],
        "next": None,
        "featured": [],
    }


def cache_entry(
    thread_id: int | None, version: int, data: dict[str, Any], generation: int, at: float
) -> EncodedEntry:
    encoded = orjson.dumps(data)
    etag = f'W/"{thread_id or 0}.{version}.{hashlib.blake2b(encoded, digest_size=8).hexdigest()}"'
    return EncodedEntry(thread_id, version, generation, at, Encoded(encoded[:-1]), etag)


def check_uri(uri: str) -> None:
    if not uri or len(uri) > 2048:
        raise Invalid("uri must be the article's path, 1 to 2048 characters")
    if "\x00" in uri:  # PostgreSQL cannot store NUL in text
        raise Invalid("uri must not contain a NUL character")
