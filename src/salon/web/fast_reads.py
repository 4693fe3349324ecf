"""Cache hits for thread reads, answered before routing.

A thread is read far more often than it changes. When the read cache holds a fresh answer
for the request, it is sent from here: no routing, no dependency injection, no threadpool,
no database round trip. Anything else (a miss, a stale entry, a bad parameter, an unknown
site or a page from a foreign origin) goes on to the API route, which validates, reads,
fills the cache and renders errors with the one error model.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Receive, Scope, Send

from salon.domain.comments import Sort
from salon.services.cache import EncodedEntry
from salon.services.context import Deps
from salon.services.threads import MAX_LIMIT, thread_key
from salon.web.requester import page_origin
from salon.web.thread_answer import thread_answer

PATH = "/api/threads"
KNOWN = frozenset(("uri", "site", "sort", "limit", "cursor"))


class FastReads:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH and scope["method"] == "GET":
            if await self._hit(scope, send):
                return
        await self.app(scope, receive, send)

    async def _hit(self, scope: Scope, send: Send) -> bool:
        deps: Deps | None = getattr(scope["app"].state, "deps", None)
        if deps is None:
            return False
        key = _key(scope["query_string"])
        if key is None:
            return False
        entry = deps.cache.fresh(key)
        if not isinstance(entry, EncodedEntry):
            return False
        headers = dict(scope["headers"])
        site = deps.settings.site(key[0])
        if site is None or not site.allows_origin(origin_of(scope, headers)):
            return False  # the route refuses it with a problem+json
        status, out, body = thread_answer(
            deps,
            entry,
            headers.get(b"accept-encoding", b"").decode("latin-1"),
            headers.get(b"if-none-match", b"").decode("latin-1"),
        )
        await send({"type": "http.response.start", "status": status, "headers": out})
        await send({"type": "http.response.body", "body": body})
        return True


def origin_of(scope: Scope, headers: dict[bytes, bytes]) -> str | None:
    """The asking page's origin, as the routes' requester reads it."""
    origin = headers.get(b"origin")
    return page_origin(
        None if origin is None else origin.decode("latin-1"),
        scope.get("scheme", "http"),
        headers.get(b"host", b"").decode("latin-1"),
    )


def _key(query: bytes) -> tuple[str, str, str, int, str | None] | None:
    """The cache key of a well-formed query; None sends the request to the route."""
    try:
        pairs = parse_qsl(query.decode("ascii"), strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        return None
    params = dict(pairs)
    if len(params) != len(pairs) or not params.keys() <= KNOWN or "uri" not in params:
        return None
    try:
        sort = Sort(params.get("sort", Sort.NEWEST.value))
        limit = int(params.get("limit", "50"))
    except ValueError:
        return None
    if not 1 <= limit <= MAX_LIMIT or not str(limit) == params.get("limit", "50"):
        return None
    return thread_key(
        params.get("site", "default"), params["uri"], sort, limit, params.get("cursor")
    )
