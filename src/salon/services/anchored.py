"""The comments of a thread that are about a passage: what the widget's markers show."""

from __future__ import annotations

from typing import Any

from salon.domain.comments import CommentState
from salon.domain.threading import build_tree
from salon.services.context import Deps, Requester
from salon.services.serialise import comment_json
from salon.services.threads import check_uri
from salon.store import comments as comment_rows
from salon.store import threads as thread_rows

# Markers beyond this many would cover the article; the thread still lists every comment.
MAX_ANCHORED = 1_000


def anchored_comments(deps: Deps, requester: Requester, site_id: str, uri: str) -> dict[str, Any]:
    """Published top-level comments with an anchor, oldest first, each with its replies."""
    deps.site(site_id, requester.origin)
    check_uri(uri)
    with deps.db.read() as conn:
        thread = thread_rows.find(conn, site_id, uri)
        if thread is None:
            return {"comments": []}
        key = (thread.id, thread.version, "anchored")
        cached = deps.cache.get(key)
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        roots = build_tree(comment_rows.visible_in_thread(conn, thread.id))
    # build_tree returns the roots oldest first.
    chosen = [c for c in roots if c.anchor is not None and c.state is CommentState.PUBLISHED]
    chosen = chosen[:MAX_ANCHORED]
    answer = {"comments": [comment_json(c) for c in chosen]}
    deps.cache.put(key, answer)
    return answer
