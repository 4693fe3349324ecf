"""A reader's "my data" pages: ask for a link by mail, then download or erase their data.

``/privacy/request?site=S`` asks (a plain form, no JavaScript; the widget's "My data" link
opens it), ``POST /api/privacy/request`` is the same for scripts; the mailed link
``/privacy/TOKEN`` shows, downloads and erases what is stored with the address.
"""

from __future__ import annotations

import hmac
import json
import secrets
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Forbidden, RateLimited, SalonError
from salon.i18n.catalogues import N_
from salon.services import privacy as privacy_service
from salon.services import privacy_requests
from salon.services.privacy_requests import LINK_SECONDS
from salon.web import static
from salon.web.language import say, say_n
from salon.web.pages import templates
from salon.web.requester import deps_of, requester
from salon.web.schemas import PROBLEMS

router = APIRouter(prefix="/privacy", include_in_schema=False)
api = APIRouter(tags=["privacy"], responses=PROBLEMS)
# The request form's CSRF guard: a random cookie and, in the form, its keyed hash. A page
# of another site can make a browser post the form but can read neither.
FORM_COOKIE = "salon_privacy_form"
# Everything a reader reads on these pages, translated where it is shown (the templates
# call _() on them, the request form's line goes through say()).
TEXT = {
    "title": N_("Your comments and your data"),
    "expired": N_("This link has expired."),
    "invalid": N_("This link is not valid."),
    "again": N_("Ask for a new link from the comment section (“My data”)."),
    "cross": N_("This request must come from this page."),
    "ask_line": N_(
        "Type the e-mail address you wrote your comments with. If it has comments on {site}, "
        "we mail it a link where you can download them or erase your name and address "
        "from them."
    ),
    "ask_button": N_("Send me the link"),
    "stale_form": N_(
        "This form is out of date (or cookies are off); it was loaded again, please send it "
        "once more."
    ),
    "no_mail": N_(
        "This comment server cannot send mail, so it cannot send you the link; ask the "
        "publisher for your data."
    ),
    # privacy_requests.ACCEPTED, which the API answers in English.
    "accepted": N_(
        "If this address has comments on this site, a link to them is on its way: it lets "
        "you download or erase them and is valid for 24 hours."
    ),
}


def link_path(token: str) -> str:
    return f"/privacy/{token}"


def _address(request: Request, token: str) -> tuple[str, str | None] | Response:
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


def _form_guard(request: Request) -> tuple[str, str]:
    """(cookie value, the form's hidden value) for the request form."""
    cookie = request.cookies.get(FORM_COOKIE, "")
    if len(cookie) != 32:
        cookie = secrets.token_hex(16)
    return cookie, deps_of(request).signer.keyed_hash("privacy-form", cookie)


def _ask_page(
    request: Request,
    site_id: str,
    status: int = 200,
    *,
    notice: str = "",
    problem: str = "",
    email: str = "",
    headers: dict[str, str] | None = None,
) -> Response:
    site = deps_of(request).site(site_id, None)
    cookie, csrf = _form_guard(request)
    response = templates.TemplateResponse(
        request,
        "privacy_request.html",
        {
            "text": TEXT,
            "line": say(request, TEXT["ask_line"], site=site.name or site.id),
            "site": site.id,
            "csrf": csrf,
            "notice": notice,
            "problem": problem,
            "email": email,
        },
        status_code=status,
        headers=headers,
    )
    response.set_cookie(
        FORM_COOKIE,
        cookie,
        max_age=3600,
        path="/privacy",
        httponly=True,
        secure=request.url.scheme == "https",
        samesite="strict",
    )
    return response


@router.get("/request", response_class=HTMLResponse)
def ask_page(request: Request, site: str = Query(default="default", max_length=64)) -> Response:
    """The form: an address, and a button that mails it its link."""
    return _ask_page(request, site)


@router.post("/request", response_class=HTMLResponse)
async def ask(request: Request) -> Response:
    raw = (await request.body()).decode("utf-8", "replace")
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    site = form.get("site", "")[:64] or request.query_params.get("site", "default")[:64]
    email = form.get("email", "")[:254]
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
        return _ask_page(request, site, 403, problem=TEXT["cross"])
    _, expected = _form_guard(request)
    if FORM_COOKIE not in request.cookies or not hmac.compare_digest(
        form.get("csrf", ""), expected
    ):
        return _ask_page(request, site, 403, problem=TEXT["stale_form"], email=email)
    try:
        done = await run_in_threadpool(
            privacy_requests.request_link, deps_of(request), requester(request), site, email
        )
    except RateLimited as e:
        headers = {"Retry-After": str(e.retry_after)}
        minutes = -(-e.retry_after // 60)
        problem = say_n(
            request,
            "Too many requests for a link; try again in {n} minute.",
            "Too many requests for a link; try again in {n} minutes.",
            minutes,
        )
        return _ask_page(request, site, e.status, problem=problem, email=email, headers=headers)
    except SalonError as e:
        if e.status == 404:
            raise
        problem = TEXT["no_mail"] if e.code == "no-mail" else e.detail
        return _ask_page(request, site, e.status, problem=problem, email=email)
    notice = say(request, TEXT["accepted"]) if done == privacy_requests.ACCEPTED else done
    return _ask_page(request, site, 202, notice=notice)


class PrivacyRequestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site: str = Field(max_length=64)
    email: str = Field(max_length=254)


@api.post(
    "/api/privacy/request",
    status_code=202,
    summary="Mail a reader the link to their data (the same answer for every address)",
)
def request_link(request: Request, body: PrivacyRequestIn) -> dict[str, Any]:
    detail = privacy_requests.request_link(
        deps_of(request), requester(request), body.site, body.email
    )
    return {"status": "accepted", "detail": detail}


@router.get("/{token}", response_class=HTMLResponse)
def page(request: Request, token: str) -> Response:
    found = _address(request, token)
    if isinstance(found, Response):
        return found
    email, site = found
    count = privacy_service.count_comments(deps_of(request), email, site)
    return templates.TemplateResponse(
        request,
        "privacy.html",
        {
            "text": TEXT,
            "email": _masked(email),
            "count": count,
            "token": token,
            "site": _site_name(request, site),
        },
    )


def _site_name(request: Request, site: str | None) -> str:
    found = deps_of(request).settings.site(site) if site else None
    return (found.name or found.id) if found is not None else ""


@router.get("/{token}/comments.json")
def download(request: Request, token: str) -> Response:
    found = _address(request, token)
    if isinstance(found, Response):
        return found
    email, site = found
    data = privacy_service.export_email(deps_of(request), email, via="link", site=site)
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
    found = _address(request, token)
    if isinstance(found, Response):
        return found
    email, site = found
    erased = await run_in_threadpool(
        privacy_service.erase_email, deps_of(request), email, "link", site
    )
    return templates.TemplateResponse(
        request,
        "privacy.html",
        {
            "text": TEXT,
            "erased": erased,
            "email": _masked(email),
            "site": _site_name(request, site),
        },
    )
