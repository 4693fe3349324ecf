"""Accounts in the admin UI: admins create, reset, disable and give sites; everyone
changes their own password and manages their API tokens (a new one is shown once)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Invalid
from salon.i18n.catalogues import N_
from salon.services import accounts as account_service
from salon.services import admins as admin_service
from salon.services.accounts import Account
from salon.web.admin import COOKIE, _id
from salon.web.admin_auth import checked, signed_in, to_login
from salon.web.language import say
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)


def _render(request: Request, who: Account, csrf: str, done: str = "", token: str = "") -> Response:
    deps = deps_of(request)
    context: dict[str, Any] = {
        "moderator": who.name,
        "csrf": csrf,
        "current": "accounts",
        "done": done,
        "is_admin": who.is_admin,
        "accounts": account_service.accounts(deps, who) if who.is_admin else [],
        "sites": [s.id for s in deps.settings.sites],
        "tokens": account_service.tokens(deps, who),
        "new_token": token,
        "sessions": admin_service.sessions(
            deps, who, request.cookies.get(COOKIE), everyone=who.is_admin
        ),
    }
    return templates.TemplateResponse(request, "admin/accounts.html", context)


@router.get("/accounts", response_class=HTMLResponse)
def accounts_page(request: Request, done: str = "") -> Response:
    session = signed_in(request)
    if session is None:
        return to_login()
    return _render(request, *session, done=done)


def _done(request: Request, message: str, **values: str) -> Response:
    said = quote(say(request, message, **values))
    return RedirectResponse(f"/admin/accounts?done={said}", status_code=303)


@router.post("/accounts/create")
async def create(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    name = form.get("name", [""])[0].strip()
    password = form.get("password", [""])[0]
    role = form.get("role", ["moderator"])[0]
    sites = tuple(form.get("sites", []))
    new = await run_in_threadpool(
        account_service.create_account, deps_of(request), who, name, password, role, sites
    )
    return _done(
        request,
        N_("created the account {name}") if new else N_("reset the account {name}"),
        name=name,
    )


@router.post("/accounts/access")
async def access(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    name = form.get("name", [""])[0]
    await run_in_threadpool(
        account_service.set_access,
        deps_of(request),
        who,
        name,
        form.get("role", ["moderator"])[0],
        tuple(form.get("sites", [])),
        bool(form.get("disabled")),
    )
    return _done(request, N_("saved the access of {name}"), name=name)


@router.post("/accounts/password")
async def password(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    new = form.get("new", [""])[0]
    if new != form.get("again", [""])[0]:
        raise Invalid("the new passwords differ")
    await run_in_threadpool(
        account_service.change_password, deps_of(request), who, form.get("current", [""])[0], new
    )
    return _done(request, N_("changed your password"))


@router.post("/tokens/new", response_class=HTMLResponse)
async def new_token(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    session = signed_in(request)
    if session is None:
        return to_login()
    token = await run_in_threadpool(
        account_service.new_token,
        deps_of(request),
        who,
        form.get("account", [who.name])[0] or who.name,
        form.get("label", [""])[0],
    )
    # Shown in this answer only (never in a URL or a log).
    return _render(request, who, session[1], done=say(request, "a new token"), token=token)


@router.post("/tokens/revoke")
async def revoke(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    token_id = _id(form.get("token", [""])[0], "token")
    await run_in_threadpool(account_service.revoke_token, deps_of(request), who, token_id)
    return _done(request, N_("revoked token {id}"), id=str(token_id))


@router.post("/sessions/end")
async def end_session(request: Request) -> Response:
    """End one session: one's own, or (admins) anybody's; ending the current one signs out."""
    who, form = await checked(request)
    if who is None:
        return to_login()
    session_id = form.get("session", [""])[0]
    account = await run_in_threadpool(admin_service.end_session, deps_of(request), who, session_id)
    return _done(request, N_("ended a session of {account}"), account=account)
