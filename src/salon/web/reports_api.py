"""Readers' reports: POST /api/comments/{id}/report."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from salon.services import reports as report_service
from salon.services.context import Requester
from salon.web.api import CommentId
from salon.web.requester import asking, deps_of, ensure_reader
from salon.web.schemas import PROBLEMS

router = APIRouter(prefix="/api", tags=["comments"], responses=PROBLEMS)


class ReportIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: Literal["spam", "abuse", "off-topic", "other"]
    note: str = Field(default="", max_length=report_service.MAX_NOTE)


class ReportOut(BaseModel):
    counted: bool = Field(description="false when this reader had already reported it")
    held: bool = Field(description="true when this report held the comment for review")


@router.post(
    "/comments/{comment_id}/report",
    status_code=202,
    summary="Report a comment to the moderators (one report per reader per comment)",
)
async def report(
    request: Request,
    response: Response,
    who: Annotated[Requester, Depends(asking)],
    comment_id: CommentId,
    body: ReportIn,
) -> ReportOut:
    who = ensure_reader(request, response, who)
    done = await run_in_threadpool(
        report_service.report_comment, deps_of(request), who, comment_id, body.reason, body.note
    )
    return ReportOut(counted=done.counted, held=done.held)
