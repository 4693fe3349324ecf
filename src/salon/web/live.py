"""Server-Sent Events: a thread's new comments, edits, deletions and votes, as they happen."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from salon.live import Broker
from salon.services.context import Deps
from salon.web.requester import deps_of, page_origin, requester
from salon.web.schemas import PROBLEMS

router = APIRouter(prefix="/api", tags=["live"], responses=PROBLEMS)
HEARTBEAT = 15.0


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
) -> StreamingResponse:
    deps_of(request).site(site, requester(request).origin)
    broker: Broker = request.app.state.broker

    async def stream() -> AsyncIterator[bytes]:
        # Tell the browser how soon to reconnect; then events, with a comment as heartbeat
        # so proxies keep the connection open.
        yield b"retry: 3000\n\n"
        async for event in broker.listen(site, uri, last_event_id, HEARTBEAT):
            if await request.is_disconnected():
                break
            yield b": keep-alive\n\n" if event is None else event.encode()

    return StreamingResponse(
        stream(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


class LiveStreams:
    """The live stream as plain ASGI, before routing (like ``fast_reads``).

    A stream lives for as long as the reader reads; thousands are open at once. Through
    the route, each holds a StreamingResponse (a task group and two tasks) and passes every
    event through the compression middleware. Here it is one loop and one task that
    notices the reader leaving. Anything unusual (an unknown site, a foreign page, a bad
    parameter) goes on to the route, which refuses it with the one error model.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == PATH and scope["method"] == "GET":
            found = self._stream_of(scope)
            if found is not None:
                await self._serve(scope["app"].state.broker, *found, receive, send)
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

    async def _serve(
        self,
        broker: Broker,
        site: str,
        uri: str,
        last_id: str | None,
        receive: Receive,
        send: Send,
    ) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": STREAM_HEADERS})
        # How soon to reconnect; then events, with a comment as heartbeat so that proxies
        # keep the connection open.
        await send({"type": "http.response.body", "body": RETRY, "more_body": True})
        # A reader who leaves ends the stream at once (not at the next heartbeat), so a
        # server shutting down is not kept waiting by streams nobody reads.
        pump = asyncio.ensure_future(_pump(broker.listen(site, uri, last_id, HEARTBEAT), send))
        gone = asyncio.ensure_future(_until_disconnect(receive))
        try:
            await asyncio.wait((pump, gone), return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump  # closes the subscription; re-raises what made it fail


async def _pump(events: AsyncIterator[Any], send: Send) -> None:
    try:
        async for event in events:
            body = KEEP_ALIVE if event is None else event.wire
            await send({"type": "http.response.body", "body": body, "more_body": True})
    finally:
        await events.aclose()  # type: ignore[attr-defined]


async def _until_disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


PATH = "/api/live"
MAX_URI = 2048
MAX_LAST_ID = 64
RETRY = b"retry: 3000\n\n"
KEEP_ALIVE = b": keep-alive\n\n"
STREAM_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache"),
    (b"x-accel-buffering", b"no"),
]
