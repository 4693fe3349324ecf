"""The plain form of the server-rendered thread that reports a comment (no JavaScript)."""

from __future__ import annotations

from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Invalid
from salon.services import reports as report_service
from salon.web.requester import deps_of, requester
from salon.web.schemas import PAGE_ERRORS

router = APIRouter(tags=["pages"], responses=PAGE_ERRORS)


@router.post("/threads/{site}/report", summary="Report a comment from the plain HTML page")
async def report_form(request: Request, site: str) -> RedirectResponse:
    raw = (await request.body()).decode("utf-8")
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    comment = form.get("comment", "")
    if not comment.isdigit():
        raise Invalid("comment must be a comment id")
    done = await run_in_threadpool(
        report_service.report_comment,
        deps_of(request),
        requester(request),
        int(comment),
        form.get("reason", ""),
        form.get("note", ""),
    )
    said = "held" if done.held else "1" if done.counted else "again"
    uri = quote(form.get("uri", ""), safe="")
    anchor = "" if done.held else f"#comment-{comment}"
    return RedirectResponse(
        f"/threads/{quote(site)}?uri={uri}&reported={said}{anchor}", status_code=303
    )
