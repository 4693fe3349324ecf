"""A reader's "my data" pages, reached from a signed link: download or erase their data."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Forbidden
from salon.i18n.catalogues import N_
from salon.services import privacy as privacy_service
from salon.web import static
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/privacy", include_in_schema=False)
# The link is mailed; a day is long enough to open it and short enough to be stale after.
LINK_SECONDS = 24 * 3600
TEXT = {
    "title": N_("Your comments and your data"),
    "expired": N_("This link has expired."),
    "invalid": N_("This link is not valid."),
    "again": N_("Ask for a new link from the comment section (“My data”)."),
    "cross": N_("This request must come from this page."),
}


def link_path(token: str) -> str:
    return f"/privacy/{token}"


def _address(request: Request, token: str) -> str | Response:
    try:
        return deps_of(request).signer.read_privacy_token(token, LINK_SECONDS)
    except Forbidden as e:
        problem = TEXT["expired"] if e.code == "link-expired" else TEXT["invalid"]
        return templates.TemplateResponse(
            request,
            "privacy.html",
            {"text": TEXT, "problem": problem},
            status_code=403,
        )


def _masked(email: str) -> str:
    name, _, domain = email.partition("@")
    return f"{name[:1]}{'•' * max(1, len(name) - 1)}@{domain}"


@router.get("/page.css")
def style(request: Request) -> Response:
    return static.serve(request, "privacy.css")


@router.get("/{token}", response_class=HTMLResponse)
def page(request: Request, token: str) -> Response:
    email = _address(request, token)
    if isinstance(email, Response):
        return email
    count = privacy_service.count_comments(deps_of(request), email)
    return templates.TemplateResponse(
        request,
        "privacy.html",
        {"text": TEXT, "email": _masked(email), "count": count, "token": token},
    )


@router.get("/{token}/comments.json")
def download(request: Request, token: str) -> Response:
    email = _address(request, token)
    if isinstance(email, Response):
        return email
    data = privacy_service.export_email(deps_of(request), email, via="link")
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="my-comments.json"'},
    )


@router.post("/{token}/erase", response_class=HTMLResponse)
async def erase(request: Request, token: str) -> Response:
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
        return templates.TemplateResponse(
            request, "privacy.html", {"text": TEXT, "problem": TEXT["cross"]}, status_code=403
        )
    email = _address(request, token)
    if isinstance(email, Response):
        return email
    erased = await run_in_threadpool(privacy_service.erase_email, deps_of(request), email, "link")
    return templates.TemplateResponse(
        request, "privacy.html", {"text": TEXT, "erased": erased, "email": _masked(email)}
    )
