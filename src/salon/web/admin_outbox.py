"""The moderators' view of background work: dead and failing jobs, webhook targets."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.domain.jobs import JobState
from salon.services import jobs as job_service
from salon.services import webhooks as webhook_service
from salon.web.admin import _checked_form, _id, _session
from salon.web.language import say
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)


@router.get("/outbox", response_class=HTMLResponse)
def outbox_page(request: Request, done: str = "") -> Response:
    session = _session(request)
    if session is None:
        return RedirectResponse("/admin/login", status_code=303)
    name, csrf = session
    deps = deps_of(request)
    failing = [
        j for j in job_service.list_jobs(deps, JobState.PENDING, 200) if j.last_error is not None
    ]
    return templates.TemplateResponse(
        request,
        "admin/outbox.html",
        {
            "moderator": name,
            "csrf": csrf,
            "done": done,
            "dead": job_service.list_jobs(deps, JobState.DEAD, 100),
            "failing": failing,
            "targets": webhook_service.targets(deps, 10),
        },
    )


@router.post("/outbox/retry")
async def retry(request: Request) -> Response:
    name, form = await _checked_form(request)
    if isinstance(name, Response):
        return name
    job = await run_in_threadpool(
        job_service.retry_job, deps_of(request), _id(form.get("job", [""])[0], "job")
    )
    return RedirectResponse(
        "/admin/outbox?done="
        + quote(say(request, "job {id} ({kind}) is due again", id=job.id, kind=job.kind)),
        status_code=303,
    )


@router.post("/outbox/enable")
async def enable(request: Request) -> Response:
    name, form = await _checked_form(request)
    if isinstance(name, Response):
        return name
    target = _id(form.get("target", [""])[0], "webhook target")
    await run_in_threadpool(webhook_service.enable_target, deps_of(request), target)
    return RedirectResponse(
        "/admin/outbox?done=" + quote(say(request, "webhook target {id} enabled", id=target)),
        status_code=303,
    )
