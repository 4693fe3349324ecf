"""Counts answered from the read cache before routing.

`GET /api/counts` is asked on every view of a page that lists articles. When the read cache
holds every asked-for count fresh, the answer is sent from here: no routing, no threadpool,
no database. Anything else (a miss, an odd query, an unknown site, a foreign origin) goes on
to the API route, which validates, counts, fills the cache and renders errors.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

import orjson
from starlette.types import ASGIApp, Receive, Scope, Send

from salon.domain.errors import Invalid
from salon.services.context import Deps
from salon.services.counts import cached_counts, check_uris
from salon.web.fast_reads import origin_of

PATH = "/api/counts"


class FastCounts:
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
        asked = _asked(scope["query_string"])
        if asked is None:
            return False
        site_id, uris = asked
        site = deps.settings.site(site_id)
        if site is None or not site.allows_origin(origin_of(scope, dict(scope["headers"]))):
            return False  # the route refuses it with a problem+json
        counts = cached_counts(deps.cache, site_id, uris)
        if counts is None:
            return False
        body = orjson.dumps(counts)
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return True


def _asked(query: bytes) -> tuple[str, list[str]] | None:
    """The site and uris of a well-formed query; None sends the request to the route."""
    try:
        pairs = parse_qsl(query.decode("ascii"), strict_parsing=True)
    except (UnicodeDecodeError, ValueError):
        return None
    sites, uris = [], []
    for name, value in pairs:
        if name == "uri":
            uris.append(value)
        elif name == "site":
            sites.append(value)
        else:
            return None
    if len(sites) > 1:
        return None
    try:
        check_uris(uris)
    except Invalid:
        return None
    return (sites[0] if sites else "default"), uris
