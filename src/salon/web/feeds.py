"""Atom feeds (RFC 4287) of a thread and of a site's recent comments.

Written with the standard library: Atom needs a dozen elements, not a dependency.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import quote
from xml.etree.ElementTree import Element, SubElement, tostring

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from salon.services.feeds import FeedEntry, feed_entries
from salon.services.serialise import iso
from salon.web.requester import deps_of, requester
from salon.web.schemas import ATOM_FEED, PROBLEMS

router = APIRouter(prefix="/feeds", tags=["feeds"], responses=PROBLEMS)
ATOM = "http://www.w3.org/2005/Atom"
MEDIA = "application/atom+xml; charset=utf-8"


def _base(request: Request) -> str:
    """Salon's configured address; relative links without one. Never the Host header,
    which any client can set: a feed cached by a reader must not link elsewhere."""
    public = deps_of(request).settings.public_url
    return public.rstrip("/") if public else ""


def _page_url(request: Request, site: str, uri: str) -> str:
    """Where a reader finds the comment: the publisher's page, else Salon's own."""
    settings = deps_of(request).site(site, None)
    origins = [o for o in settings.origins if o != "local"]
    if origins:
        return origins[0].rstrip("/") + uri
    return f"{_base(request)}/threads/{quote(site)}?uri={quote(uri, safe='')}"


def _self_url(request: Request) -> str:
    query = f"?{request.url.query}" if request.url.query else ""
    return f"{_base(request)}{request.url.path}{query}"


def _feed(
    request: Request, site: str, title: str, self_url: str, entries: Sequence[FeedEntry]
) -> Response:
    feed = Element("feed", xmlns=ATOM)
    SubElement(feed, "id").text = "urn:salon:feed:" + quote(self_url.removeprefix(_base(request)))
    SubElement(feed, "title").text = title
    SubElement(feed, "link", rel="self", href=self_url)
    newest = max((e.updated for e in entries), default=datetime(2000, 1, 1, tzinfo=UTC))
    SubElement(feed, "updated").text = iso(newest)
    SubElement(feed, "generator").text = "Salon"
    for e in entries:
        entry = SubElement(feed, "entry")
        # Stable whatever address the feed is fetched under (RFC 4287 ids never change).
        SubElement(entry, "id").text = f"urn:salon:{site}:comment:{e.id}"
        SubElement(entry, "title").text = f"{e.author} on {e.thread_title or e.uri}"
        author = SubElement(entry, "author")
        SubElement(author, "name").text = e.author
        SubElement(entry, "published").text = iso(e.published)
        SubElement(entry, "updated").text = iso(e.updated)
        link = _page_url(request, site, e.uri) + f"#comment-{e.id}"
        SubElement(entry, "link", rel="alternate", href=link)
        # The sanitiser's HTML, escaped once more as Atom's type="html" content requires.
        SubElement(entry, "content", type="html").text = e.html
    body = b'<?xml version="1.0" encoding="utf-8"?>\n' + tostring(feed, encoding="utf-8")
    return Response(body, media_type=MEDIA)


@router.get(
    "/{site}/thread.atom",
    summary="Atom feed of a thread's published comments",
    response_class=Response,
    responses=ATOM_FEED,
)
def thread_feed(
    request: Request, site: str, uri: Annotated[str, Query(min_length=1, max_length=2048)]
) -> Response:
    entries = feed_entries(deps_of(request), requester(request), site, uri)
    title = f"Comments on {entries[0].thread_title or uri}" if entries else f"Comments on {uri}"
    return _feed(request, site, title, _self_url(request), entries)


@router.get(
    "/{site}/recent.atom",
    summary="Atom feed of a site's recent published comments",
    response_class=Response,
    responses=ATOM_FEED,
)
def recent_feed(request: Request, site: str) -> Response:
    entries = feed_entries(deps_of(request), requester(request), site)
    name = deps_of(request).site(site, None).name or site
    return _feed(request, site, f"Recent comments on {name}", _self_url(request), entries)
