"""The admin's download of a site's export (the same file as `salon export`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse

from salon.services.exporting import export_lines
from salon.web.admin import _session
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)


@router.get("/export", response_class=HTMLResponse)
def export_page(request: Request) -> Response:
    session = _session(request)
    if session is None:
        return RedirectResponse("/admin/login", status_code=303)
    deps = deps_of(request)
    return templates.TemplateResponse(
        request,
        "admin/export.html",
        {"moderator": session[0], "sites": deps.settings.sites},
    )


@router.get("/export/{site}.jsonl")
def download(request: Request, site: str) -> Response:
    if _session(request) is None:
        return RedirectResponse("/admin/login", status_code=303)
    deps = deps_of(request)
    deps.site(site, None)  # an unknown site is a 404 before the download starts
    stamp = deps.clock().strftime("%Y%m%d-%H%M")
    return StreamingResponse(
        export_lines(deps, site),
        media_type="application/x-ndjson; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="salon-{site}-{stamp}.jsonl"'},
    )
