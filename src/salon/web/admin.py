"""The moderators' UI: login, the review queue with reasons, one-key decisions, bulk actions."""

from __future__ import annotations

import hmac
import secrets
from urllib.parse import parse_qs, quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Forbidden, RateLimited, SalonError
from salon.domain.ids import parse_id
from salon.domain.moderation import Label
from salon.i18n.catalogues import N_
from salon.services import admins as admin_service
from salon.services import bans as ban_service
from salon.services import workbench
from salon.services.accounts import Account, account_of
from salon.web.language import say, say_n
from salon.web.pages import templates
from salon.web.requester import deps_of, requester

router = APIRouter(prefix="/admin", include_in_schema=False)
COOKIE = "salon_admin"
LOGIN_COOKIE = "salon_login"  # the login form's CSRF pair: a random value, its keyed hash
SESSION_SECONDS = admin_service.SESSION_SECONDS
SHORTCUTS = (("a", "approve"), ("s", "spam"), ("b", "abuse"), ("d", "delete"))
QUEUE_ERRORS = {
    "nothing selected": N_("Nothing was done: select at least one comment (x, or its checkbox)."),
    "no action": N_("Nothing was done: choose an action from “With selected”."),
}
BANNED = {
    "address": N_("banned the address of comment {id}"),
    "email": N_("banned the e-mail address of comment {id}"),
    "author": N_("banned the author name of comment {id}"),
}
SHADOW_BANNED = {
    "address": N_("shadow-banned the address of comment {id}"),
    "email": N_("shadow-banned the e-mail address of comment {id}"),
    "author": N_("shadow-banned the author name of comment {id}"),
}
RENEWED = N_("{done} (ban renewed)")
# What a done action is called in the notice after it ("3 comments: approve").
DONE = {
    "approve": N_("approve"),
    "restore": N_("restore"),
    "spam": N_("spam"),
    "abuse": N_("abuse"),
    "remove": N_("remove"),
    "delete": N_("delete"),
}


def _session(request: Request) -> tuple[str, str] | None:
    """(moderator, CSRF token) of the request's live server-side session, if any."""
    found = admin_service.find_session(deps_of(request), request.cookies.get(COOKIE))
    return None if found is None else (found.name, found.csrf)


def _secure(request: Request) -> bool:
    # The scheme is the proxy's X-Forwarded-Proto only when the peer is a trusted proxy.
    return request.url.scheme == "https"


def _same(sent: str, expected: str) -> bool:
    # compare_digest refuses non-ASCII str (a TypeError, so a 500): compare the bytes.
    return hmac.compare_digest(
        sent.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass")
    )


def _login_csrf(request: Request, value: str) -> str:
    return deps_of(request).signer.keyed_hash("login-csrf", value)


def _form(raw: bytes) -> dict[str, list[str]]:
    return parse_qs(raw.decode("utf-8"), keep_blank_values=True)


def _same_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if origin and origin != f"{request.url.scheme}://{request.url.netloc}":
        raise Forbidden("moderator actions must come from Salon's own pages")


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, error: str = "") -> HTMLResponse:
    return _login_form(request, error[:200], 200)


def _login_form(
    request: Request, error: str, status: int, headers: dict[str, str] | None = None
) -> HTMLResponse:
    value = request.cookies.get(LOGIN_COOKIE) or ""
    if not 20 <= len(value) <= 64:
        value = secrets.token_urlsafe(24)
    response = templates.TemplateResponse(
        request,
        "admin/login.html",
        {"error": error, "csrf": _login_csrf(request, value)},
        status_code=status,
        headers=headers,
    )
    response.set_cookie(
        LOGIN_COOKIE,
        value,
        httponly=True,
        secure=_secure(request),
        samesite="strict",
        path="/admin",
    )
    return response


@router.post("/login")
async def login(request: Request) -> Response:
    _same_origin(request)
    form = _form(await request.body())
    name = form.get("username", [""])[0]
    password = form.get("password", [""])[0]
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    sent = form.get("csrf", [""])[0]
    if not cookie or not _same(sent, _login_csrf(request, cookie)):
        expired = say(request, "The sign-in form expired; please try again.")
        return _login_form(request, expired, 403)
    deps = deps_of(request)
    guard: admin_service.LoginGuard = request.app.state.login_guard
    try:
        await run_in_threadpool(
            admin_service.authenticate,
            deps,
            guard,
            deps.ip_hash(requester(request)),
            name,
            password,
        )
    except Forbidden:
        return _login_form(request, say(request, "Wrong name or password."), 403)
    except RateLimited as e:
        message = say_n(
            request,
            "Too many attempts; try again in {n} second.",
            "Too many attempts; try again in {n} seconds.",
            int(e.retry_after or 0),
        )
        return _login_form(request, message, 429, {"Retry-After": str(e.retry_after)})
    # A new session id at every login (never one chosen before it), the old one ended.
    token, _ = await run_in_threadpool(
        admin_service.open_session,
        deps,
        name,
        request.cookies.get(COOKIE),
        request.headers.get("user-agent", "")[:200],
    )
    response = RedirectResponse("/admin", status_code=303)
    response.set_cookie(
        COOKIE,
        token,
        # The server ends an idle session; the cookie lasts as long as a session can.
        max_age=admin_service.MAX_SESSION_SECONDS,
        httponly=True,
        secure=_secure(request),
        samesite="strict",
        path="/admin",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/admin")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    name, _ = await _checked_form(request)
    response = RedirectResponse("/admin/login", status_code=303)
    if isinstance(name, Response):
        return response
    await run_in_threadpool(
        admin_service.close_session, deps_of(request), request.cookies.get(COOKIE)
    )
    response.delete_cookie(
        COOKIE, path="/admin", secure=_secure(request), httponly=True, samesite="strict"
    )
    return response


# The queues (GET /admin) are drawn by admin_comments, with the other card pages.


@router.post("/decide")
async def decide(request: Request) -> Response:
    signed = await _moderator_form(request)
    if isinstance(signed, Response):
        return signed
    who, form = signed
    queue = "spam" if form.get("queue", ["held"])[0] == "spam" else "held"
    pairs: list[tuple[int, str]] = []
    if form.get("one"):
        one, _, chosen = form["one"][0].partition(":")
        pairs.append((_id(one), chosen))
    else:
        chosen = form.get("action", [""])[0]
        pairs.extend((_id(value), chosen) for value in form.get("ids", []))
    if not pairs or not pairs[0][1]:
        missing = "nothing selected" if not pairs else "no action"
        return RedirectResponse(f"/admin?queue={queue}&error={quote(missing)}", status_code=303)
    # One batch through the workbench: audited, and undone together with u.
    await run_in_threadpool(
        workbench.act,
        deps_of(request),
        who,
        [comment_id for comment_id, _ in pairs],
        _label(pairs[0][1]),
    )
    done = _acted(request, pairs[0][1], len(pairs))
    return RedirectResponse(f"/admin?queue={queue}&done={quote(done)}", status_code=303)


def _terms(form: dict[str, list[str]], suffix: str = "") -> ban_service.BanTerms:
    """The reason, expiry and shadow choice of a ban form (fields named ``x`` + suffix)."""
    return ban_service.BanTerms(
        reason=form.get(f"reason{suffix}", [""])[0],
        until=form.get(f"until{suffix}", [""])[0],
        shadow=form.get(f"shadow{suffix}", [""])[0] == "1",
    )


@router.post("/ban")
async def ban(request: Request) -> Response:
    """Ban the address, e-mail or name of a comment in the queue (a button per comment),
    with the card's reason, expiry and shadow choice."""
    signed = await _moderator_form(request)
    if isinstance(signed, Response):
        return signed
    who, form = signed
    one, _, kind = form.get("ban", [""])[0].partition(":")
    queue = "spam" if form.get("queue", ["held"])[0] == "spam" else "held"
    comment_id = _id(one)
    made, added = await run_in_threadpool(
        ban_service.ban_from_comment,
        deps_of(request),
        comment_id,
        kind,
        who.name,
        _terms(form, f"-{comment_id}"),
        who,
    )
    done = say(request, (SHADOW_BANNED if made.shadow else BANNED)[made.kind], id=one)
    if not added:
        done = say(request, RENEWED, done=done)
    back = back_of(form, f"/admin?queue={queue}")
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}done={quote(done)}", status_code=303)


@router.get("/bans", response_class=HTMLResponse)
def bans_page(request: Request, done: str = "") -> Response:
    session = _session(request)
    if session is None:
        return RedirectResponse("/admin/login", status_code=303)
    name, csrf = session
    deps = deps_of(request)
    who = account_of(deps, name)
    if who is None:
        return RedirectResponse("/admin/login", status_code=303)
    return templates.TemplateResponse(
        request,
        "admin/bans.html",
        {
            "moderator": name,
            "csrf": csrf,
            "done": done,
            "bans": ban_service.list_bans(deps, None, who),
            "words": ban_service.WORDS,
            "now": deps.clock(),
            "sites": [s.id for s in deps.settings.sites if who.may(s.id)],
        },
    )


@router.post("/bans")
async def add_ban(request: Request) -> Response:
    """Ban an e-mail address, an author name or a word / pattern from the bans page."""
    signed = await _moderator_form(request)
    if isinstance(signed, Response):
        return signed
    who, form = signed
    deps = deps_of(request)
    made, added = await run_in_threadpool(
        ban_service.ban_value,
        deps,
        who,
        form.get("site", [""])[0],
        form.get("kind", [""])[0],
        form.get("value", [""])[0],
        _terms(form),
    )
    what, value = say(request, ban_service.WORDS[made.kind]), made.value[:60]
    if made.shadow:
        done = say(request, "shadow-banned the {what} {value}", what=what, value=value)
    else:
        done = say(request, "banned the {what} {value}", what=what, value=value)
    if not added:
        done = say(request, RENEWED, done=done)
    return RedirectResponse(f"/admin/bans?done={quote(done)}", status_code=303)


@router.post("/unban")
async def unban(request: Request) -> Response:
    signed = await _moderator_form(request)
    if isinstance(signed, Response):
        return signed
    who, form = signed
    deps = deps_of(request)
    lifted = await run_in_threadpool(
        ban_service.lift_ban, deps, _id(form.get("ban", [""])[0], "ban"), who
    )
    shown = lifted.value[:40] if lifted.kind != "address" else lifted.value[:8]
    done = say(
        request,
        "lifted the ban on {what} {value}",
        what=say(request, ban_service.WORDS[lifted.kind]),
        value=shown,
    )
    return RedirectResponse(f"/admin/bans?done={quote(done)}", status_code=303)


async def _checked_form(request: Request) -> tuple[str | Response, dict[str, list[str]]]:
    """(moderator name, form) of a signed-in moderator's POST with a valid CSRF token;
    (a redirect to the login page, {}) without a session."""
    _same_origin(request)
    session = _session(request)
    if session is None:
        return RedirectResponse("/admin/login", status_code=303), {}
    name, csrf = session
    form = _form(await request.body())
    if not _same(form.get("csrf", [""])[0], csrf):
        raise Forbidden("the form expired; reload the page and try again")
    return name, form


async def _moderator_form(request: Request) -> tuple[Account, dict[str, list[str]]] | Response:
    """(account, form) of a signed-in moderator's POST with a valid CSRF token; a redirect
    to the login page without a session or for an account that no longer exists."""
    name, form = await _checked_form(request)
    if isinstance(name, Response):
        return name
    who = account_of(deps_of(request), name)
    if who is None:
        return RedirectResponse("/admin/login", status_code=303)
    return who, form


def back_of(form: dict[str, list[str]], default: str = "/admin/comments") -> str:
    """The admin page a form came from, without its last notice (never an outside URL)."""
    back = form.get("back", [default])[0]
    if not back.startswith("/admin") or back.startswith("//"):
        back = default
    for drop in ("&done=", "?done=", "&error=", "?error="):
        back = back.split(drop)[0]
    return back


def _acted(request: Request, action: str, count: int) -> str:
    what = say(request, DONE[action]) if action in DONE else action
    return say_n(
        request,
        "{n} comment: {what} (u to undo)",
        "{n} comments: {what} (u to undo)",
        count,
        what=what,
    )


def _id(value: str, what: str = "comment") -> int:
    return parse_id(value, what)


def _label(value: str) -> str:
    if value not in {label.value for label in Label}:
        raise SalonError(f"unknown decision {value!r}")
    return value
