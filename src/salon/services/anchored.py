"""The comments of a thread that are about a passage: what the widget's markers show."""

from __future__ import annotations

from typing import Any

from salon.services.cache import Entry
from salon.services.context import Deps, Requester
from salon.services.serialise import comment_json
from salon.services.threads import check_uri
from salon.store import thread_pages
from salon.store import threads as thread_rows

# Markers beyond this many would cover the article; the thread still lists every comment.
MAX_ANCHORED = 1_000


def anchored_comments(deps: Deps, requester: Requester, site_id: str, uri: str) -> dict[str, Any]:
    """Published top-level comments with an anchor, oldest first, each with its replies."""
    deps.site(site_id, requester.origin)
    check_uri(uri)
    key = ("anchored", site_id, uri)
    if isinstance(entry := deps.cache.fresh(key), Entry):
        return entry.data
    with deps.db.read() as conn:
        thread = thread_rows.find(conn, site_id, uri)
        generation, at = deps.cache.stamp(None if thread is None else thread.id)
        if thread is None:
            answer: dict[str, Any] = {"comments": []}
        else:
            chosen = thread_pages.anchored_top_level(conn, thread.id, MAX_ANCHORED)
            answer = {"comments": [comment_json(c) for c in chosen]}
    # The route answers the dict (its model validates it), so no bytes are made here.
    thread_id, version = (None, 0) if thread is None else (thread.id, thread.version)
    deps.cache.put(key, Entry(thread_id, version, generation, at, data=answer))
    return answer
