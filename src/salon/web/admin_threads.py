"""Moving a thread from the admin UI when an article's URL changed."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.services.cards import moderated_sites
from salon.services.thread_moves import move_threads
from salon.web.admin_auth import checked, signed_in, to_login
from salon.web.language import say, say_n
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)


@router.get("/threads", response_class=HTMLResponse)
def threads_page(request: Request, done: str = "") -> Response:
    session = signed_in(request)
    if session is None:
        return to_login()
    who, csrf = session
    return templates.TemplateResponse(
        request,
        "admin/threads.html",
        {
            "moderator": who.name,
            "csrf": csrf,
            "current": "threads",
            "done": done,
            "sites": moderated_sites(deps_of(request), "", who),
        },
    )


@router.post("/threads/move")
async def move(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    moved = await run_in_threadpool(
        move_threads,
        deps_of(request),
        form.get("site", [""])[0],
        form.get("old", [""])[0].strip(),
        form.get("new", [""])[0].strip(),
        prefix=bool(form.get("prefix")),
        who=who,
    )
    merged = say(request, "(merged)")
    said = "; ".join(f"{m.old} → {m.new}{' ' + merged if m.merged else ''}" for m in moved[:20])
    done = say_n(
        request, "moved {n} thread: {which}", "moved {n} threads: {which}", len(moved), which=said
    )
    return RedirectResponse(f"/admin/threads?done={quote(done)}", status_code=303)
