"""What the Atom feeds show: a site's or a thread's newest published comments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from salon.services.context import Deps, Requester
from salon.services.serialise import comment_json
from salon.services.threads import check_uri
from salon.store import comments as comment_rows

FEED_SIZE = 50


@dataclass(frozen=True, slots=True)
class FeedEntry:
    id: int
    uri: str
    thread_title: str
    author: str
    html: str
    published: datetime
    updated: datetime


def feed_entries(
    deps: Deps, requester: Requester, site: str, uri: str | None = None
) -> list[FeedEntry]:
    deps.site(site, requester.origin)
    if uri is not None:
        check_uri(uri)
    with deps.db.read() as conn:
        rows = comment_rows.recent_published(conn, site, FEED_SIZE, uri)
    return [
        FeedEntry(
            id=c.id,
            uri=thread_uri,
            thread_title=title,
            author=c.author_name or "Anonymous",
            html=comment_json(c, with_replies=False)["html"],
            published=c.created,
            updated=c.edited_at or c.created,
        )
        for c, thread_uri, title in rows
    ]
