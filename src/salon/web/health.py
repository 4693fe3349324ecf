"""/health: 200 when the database (and Redis, when configured) answer, else 503."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from salon.web.requester import deps_of
from salon.web.schemas import HealthOut

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Whether the database and Redis answer",
    response_model=None,
    responses={
        200: {"model": HealthOut},
        503: {"model": HealthOut, "description": "a part is down"},
    },
)
async def health(request: Request) -> JSONResponse:
    deps = deps_of(request)
    database = await run_in_threadpool(deps.db.ping)
    redis: Literal["ok", "down", "not configured"] = "not configured"
    if deps.settings.redis_url:
        redis = "ok" if await request.app.state.broker.ping() else "down"
    ok = database and redis != "down"
    body = HealthOut(
        status="ok" if ok else "failing", database="ok" if database else "down", redis=redis
    )
    return JSONResponse(body.model_dump(), status_code=200 if ok else 503)
