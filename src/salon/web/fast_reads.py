"""Cache hits for thread reads, answered before routing.

A thread is read far more often than it changes. When the read cache holds a fresh answer
for the request, it is sent from here: no routing, no dependency injection, no threadpool,
no database round trip; the bytes were made once (see ``thread_answer``). Anything else (a
miss, a stale entry, a bad parameter, an unknown site or a page from a foreign origin)
goes on to the API route, which validates, reads, fills the cache and renders errors with
the one error model.

Nothing a reader waits for happens here: the check of an entry against the database
(when half its time is up) and the look for settings saved by another process (once a
second) run in the background, one at a time each.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Hashable
from typing import Any
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from salon.domain.comments import Sort
from salon.services.cache import EncodedEntry
from salon.services.context import Deps
from salon.services.site_settings import SettingsWatch
from salon.services.threads import MAX_LIMIT, ThreadKey, revalidate, thread_key
from salon.web.requester import page_origin
from salon.web.thread_answer import thread_answer

log = logging.getLogger(__name__)
PATH = "/api/threads"
KNOWN = frozenset(("uri", "site", "sort", "limit", "cursor"))
KEYS_KEPT = 4096  # parsed query strings remembered (a bound: queries are the client's)


class FastReads:
    def __init__(self, app: ASGIApp, watch: SettingsWatch | None = None) -> None:
        self.app = app
        self.watch = watch
        self._keys: dict[bytes, ThreadKey | None] = {}
        self._busy: set[Hashable] = set()  # background checks under way
        self._tasks: set[asyncio.Task[None]] = set()  # held until done (the loop holds weakly)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH and scope["method"] == "GET":
            answer = self._hit(scope)
            if answer is not None:
                await send(answer[0])
                await send(answer[1])
                return
        await self.app(scope, receive, send)

    def _hit(self, scope: Scope) -> tuple[Message, Message] | None:
        deps: Deps | None = getattr(scope["app"].state, "deps", None)
        if deps is None:
            return None
        key = self._key(scope["query_string"])
        if key is None:
            return None
        found = deps.cache.hit(key)
        if found is None:
            return None
        entry, ageing = found
        if not isinstance(entry, EncodedEntry):
            return None
        headers = dict(scope["headers"])
        site = deps.settings.site(key[0])
        if site is None or not site.allows_origin(origin_of(scope, headers)):
            return None  # the route refuses it with a problem+json
        if ageing:
            self._later(key, revalidate, deps, key)
        if self.watch is not None and self.watch.due(deps.clock()):
            self._later("settings", self.watch.check, deps)
        status, out, body = thread_answer(
            deps,
            entry,
            headers.get(b"accept-encoding", b"").decode("latin-1"),
            headers.get(b"if-none-match", b"").decode("latin-1"),
        )
        return (
            {"type": "http.response.start", "status": status, "headers": out},
            {"type": "http.response.body", "body": body},
        )

    def _key(self, query: bytes) -> ThreadKey | None:
        try:
            return self._keys[query]
        except KeyError:
            pass
        if len(self._keys) >= KEYS_KEPT:
            self._keys.clear()
        key = self._keys[query] = _key(query)
        return key

    def _later(self, name: Hashable, work: Callable[..., Any], *args: Any) -> None:
        """Run ``work(*args)`` in the threadpool unless the same work is under way."""
        if name in self._busy:
            return
        self._busy.add(name)
        task = asyncio.get_running_loop().create_task(self._run(name, work, *args))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, name: Hashable, work: Callable[..., Any], *args: Any) -> None:
        try:
            await run_in_threadpool(work, *args)
        except Exception:  # noqa: BLE001 - a failed check is retried by the next reader
            log.exception("background check %r failed", name)
        finally:
            self._busy.discard(name)


def origin_of(scope: Scope, headers: dict[bytes, bytes]) -> str | None:
    """The asking page's origin, as the routes' requester reads it."""
    origin = headers.get(b"origin")
    return page_origin(
        None if origin is None else origin.decode("latin-1"),
        scope.get("scheme", "http"),
        headers.get(b"host", b"").decode("latin-1"),
    )


def _key(query: bytes) -> ThreadKey | None:
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
