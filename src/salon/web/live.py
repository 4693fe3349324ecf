"""Server-Sent Events: a thread's new comments, edits, deletions and votes, as they happen."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response, StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from salon.live import Broker
from salon.services.context import Deps
from salon.web.requester import deps_of, page_origin, requester
from salon.web.schemas import PROBLEMS

router = APIRouter(prefix="/api", tags=["live"], responses=PROBLEMS)


@router.get(
    "/live",
    summary="Live events of a thread (text/event-stream); resumes with Last-Event-ID",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {}}}},
)
async def live(
    request: Request,
    uri: Annotated[str, Query(min_length=1, max_length=2048)],
    site: str = "default",
    last_event_id: Annotated[str | None, Header(max_length=64)] = None,
) -> Response:
    deps_of(request).site(site, requester(request).origin)
    return LiveResponse(request.app.state.broker, site, uri, last_event_id)


class LiveResponse(Response):
    """The stream for what reached the route (``LiveStreams`` serves the usual request)."""

    def __init__(self, broker: Broker, site: str, uri: str, last_id: str | None) -> None:
        super().__init__(media_type="text/event-stream")
        self._stream = (broker, site, uri, last_id)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await serve(*self._stream, scope, receive, send)


class LiveStreams:
    """The live stream as plain ASGI, before routing (like ``fast_reads``).

    A stream lives for as long as the reader reads; thousands are open at once. Through
    the route, each would hold a frame in every middleware and the router. Here the
    request's own task only waits for the reader to leave, and the broker writes the
    events. Anything unusual (an unknown site, a foreign page, a bad parameter) goes on to
    the route, which refuses it with the one error model.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH and scope["method"] == "GET":
            found = self._stream_of(scope)
            if found is not None:
                await serve(scope["app"].state.broker, *found, scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _stream_of(self, scope: Scope) -> tuple[str, str, str | None] | None:
        deps: Deps | None = getattr(scope["app"].state, "deps", None)
        if deps is None or getattr(scope["app"].state, "broker", None) is None:
            return None
        try:
            pairs = parse_qsl(scope["query_string"].decode("ascii"), strict_parsing=True)
        except (UnicodeDecodeError, ValueError):
            return None
        params = dict(pairs)
        if len(params) != len(pairs) or not params.keys() <= {"uri", "site"}:
            return None
        uri, site_id = params.get("uri", ""), params.get("site", "default")
        if not 1 <= len(uri) <= MAX_URI:
            return None
        headers = dict(scope["headers"])
        last_id = headers.get(b"last-event-id")
        if last_id is not None and len(last_id) > MAX_LAST_ID:
            return None
        site = deps.settings.site(site_id)
        origin = headers.get(b"origin")
        page = page_origin(
            None if origin is None else origin.decode("latin-1"),
            scope.get("scheme", "http"),
            headers.get(b"host", b"").decode("latin-1"),
        )
        if site is None or not site.allows_origin(page):
            return None
        return site_id, uri, None if last_id is None else last_id.decode("latin-1")


class LiveHandoff:
    """The outermost layer: keeps a stream open once the app has answered its head.

    ``LiveStreams`` (or the route) checks the request and sends the head out through
    every middleware (CORS, security headers), then hands the stream over to this layer
    and returns. Thousands of open streams then hold one small frame each here, rather
    than one in every middleware, and each event is written past them.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH:
            await self.app(scope, receive, send)
            return
        taken: list[Handoff] = []
        await self.app({**scope, HANDOFF: taken}, receive, send)
        if taken:
            await follow(*taken[0], receive, send)


Handoff = tuple[Broker, str, str, str | None]  # the stream's broker, site, uri, last id


async def serve(
    broker: Broker,
    site: str,
    uri: str,
    last_id: str | None,
    scope: Scope,
    receive: Receive,
    send: Send,
) -> None:
    """Answer a reader's stream: the head, then the events (here or in ``LiveHandoff``)."""
    await send({"type": "http.response.start", "status": 200, "headers": STREAM_HEADERS})
    # How soon to reconnect; then the events, and a comment as heartbeat now and then so
    # that proxies keep the connection open.
    await send({"type": "http.response.body", "body": RETRY, "more_body": True})
    taken: list[Handoff] | None = scope.get(HANDOFF)
    if taken is None:  # an app without the hand-off layer keeps the stream itself
        await follow(broker, site, uri, last_id, receive, send)
    else:
        taken.append((broker, site, uri, last_id))


async def follow(
    broker: Broker, site: str, uri: str, last_id: str | None, receive: Receive, send: Send
) -> None:
    """The broker writes the events; this waits for the reader to go."""

    def write(body: bytes) -> Awaitable[None]:
        return send({"type": "http.response.body", "body": body, "more_body": True})

    stream = await broker.attach(site, uri, last_id, write)
    try:
        # A reader who leaves ends the stream at once (not at the next heartbeat), so a
        # server shutting down is not kept waiting by streams nobody reads.
        while (await receive())["type"] != "http.disconnect":
            pass
    finally:
        stream.close()


PATH = "/api/live"
HANDOFF = "salon.live.handoff"  # in the scope: where the app hands an answered stream over
MAX_URI = 2048
MAX_LAST_ID = 64
RETRY = b"retry: 3000\n\n"
STREAM_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]
