"""Server-Sent Events: a thread's new comments, edits, deletions and votes, as they happen."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import StreamingResponse

from salon.live import Broker
from salon.web.requester import deps_of, requester
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
