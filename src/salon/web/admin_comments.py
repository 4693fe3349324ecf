"""The moderators' workbench pages: every comment searchable, Recent and Reported, with
context on every card; actions on one or many comments, edit, answer as the site, Undo,
and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from salon.config import Settings
from salon.domain.errors import Invalid
from salon.i18n.catalogues import N_
from salon.services import audit as audit_service
from salon.services import cards as card_service
from salon.services import moderation as moderation_service
from salon.services import reports as report_service
from salon.services import thread_flags, workbench
from salon.services.accounts import Account
from salon.services.cards import Card
from salon.services.rendering import render, render_inert
from salon.web.admin import DONE, QUEUE_ERRORS, _acted, _id, back_of
from salon.web.admin_auth import checked, signed_in, to_login
from salon.web.language import say, say_n
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin", include_in_schema=False)

# Shown on the page and in the key help (?); one key per action.
KEYS = (
    ("approve", "a", N_("Approve")),
    ("restore", "r", N_("Restore")),
    ("spam", "s", N_("Spam")),
    ("abuse", "b", N_("Abusive")),
    ("remove", "d", N_("Remove")),
)
DESTRUCTIVE = ("spam", "abuse", "remove", "delete")
VIEWS = {
    "held": N_("Held for review"),
    "spam": N_("Spam"),
    "all": N_("All comments"),
    "recent": N_("Recent (published in the last day)"),
    "reported": N_("Reported by readers"),
}
FLAGGED = {
    ("pinned", True): N_("pinned comment {id}"),
    ("pinned", False): N_("unpinned comment {id}"),
    ("featured", True): N_("featured comment {id}"),
    ("featured", False): N_("unfeatured comment {id}"),
}
# Words the templates translate with _(): comment states and readers' report reasons.
SHOWN_WORDS = (
    N_("published"),
    N_("held"),
    N_("spam"),
    N_("deleted"),
    N_("abuse"),
    N_("off-topic"),
    N_("other"),
)
PAGE_VIEWS = ("all", "recent", "reported")  # the others are queues at /admin
QUEUE_SIZE = 100
SPAM_DAYS = 30


def _day(value: str, field: str) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as e:
        raise Invalid(f"{field} must be a date like 2026-11-27, not {value!r}") from e


def _next_day(day: datetime | None) -> datetime | None:
    # "until 2026-11-27" includes that day.
    return None if day is None else day + timedelta(days=1)


def card_view(card: Card, origins: dict[str, str]) -> dict[str, Any]:
    """A card with its text rendered: links are live only on published comments."""
    c = card.comment
    # The publisher's article when the site names its origin; else Salon's own thread page.
    thread_page = f"/threads/{c.site}?uri={quote(c.uri)}"
    article = origins[c.site] + c.uri if origins.get(c.site) else thread_page
    html = render(c.text) if c.state == "published" else render_inert(c.text)
    parent = None
    if card.parent is not None:
        parent = Markup(render_inert(card.parent.text))  # noqa: S704 - the one sanitiser
    return {
        "card": card,
        "c": c,
        "html": Markup(html),  # noqa: S704 - the one sanitiser's output
        "parent_html": parent,
        "article": article,
        "thread_page": thread_page,
    }


def _origins(settings: Settings) -> dict[str, str]:
    return {
        s.id: next((o for o in s.origins if o.startswith(("http://", "https://"))), "")
        for s in settings.sites
    }


@router.get("/comments", response_class=HTMLResponse)
def comments_page(
    request: Request,
    view: str = "all",
    q: str = "",
    author: str = "",
    address: str = "",
    uri: str = "",
    state: str = "",
    since: str = "",
    until: str = "",
    site: str = "",
    cursor: str = "",
    done: str = "",
    error: str = "",
) -> Response:
    session = signed_in(request)
    if session is None:
        return to_login()
    who, csrf = session
    deps = deps_of(request)
    if view not in PAGE_VIEWS:
        raise Invalid(f"view must be one of {', '.join(PAGE_VIEWS)}")
    next_cursor = None
    if view == "reported":
        cards = report_service.reported(deps, site, who)
    else:
        query = card_service.Query(
            words=q,
            author=author,
            address=address,
            uri=uri,
            state="published" if view == "recent" else state,
            since=deps.clock() - timedelta(days=1) if view == "recent" else _day(since, "since"),
            until=_next_day(_day(until, "until")),
            site=site,
            cursor=_id(cursor, "cursor") if cursor else None,
        )
        page = card_service.search(deps, query, who)
        cards, next_cursor = page.cards, page.next_cursor
    params = {"view": view, "q": q, "author": author, "address": address, "uri": uri}
    params |= {"state": state, "since": since, "until": until, "site": site}
    return _page(request, (who, csrf), view, cards, params, next_cursor, done, error)


@router.get("", response_class=HTMLResponse)
def queue_page(
    request: Request,
    queue: str = "held",
    site: str = "",
    done: str = "",
    error: str = "",
) -> Response:
    """Held (the most uncertain first) or Spam (not yet reviewed first)."""
    session = signed_in(request)
    if session is None:
        return to_login()
    if queue not in ("held", "spam"):
        raise Invalid("queue must be held or spam")
    deps = deps_of(request)
    if site:
        card_service.moderated_sites(deps, site, session[0])
    items = moderation_service.review_queue(deps, site or None, queue, QUEUE_SIZE)
    allowed = set(card_service.moderated_sites(deps, "", session[0]))
    items = [item for item in items if item.site in allowed]
    cards = card_service.cards_of(deps, [item.comment_id for item in items])
    if queue == "spam":
        # A moderator's spam verdicts are done; the machine's still want a look.
        cards.sort(key=lambda card: card.reviewed)
    params = {"queue": queue, "site": site}
    return _page(request, session, queue, cards, params, None, done, error)


def _page(
    request: Request,
    session: tuple[Account, str],
    view: str,
    cards: list[Card],
    params: dict[str, str],
    next_cursor: int | None,
    done: str,
    error: str,
) -> Response:
    deps = deps_of(request)
    origins = _origins(deps.settings)
    return templates.TemplateResponse(
        request,
        "admin/comments.html",
        {
            "moderator": session[0].name,
            "csrf": session[1],
            "current": view,
            "view": view,
            "views": VIEWS,
            "params": params,
            "sites": [s.id for s in deps.settings.sites],
            "states": card_service.STATES,
            "keys": KEYS,
            "done": done,
            "error": say(request, QUEUE_ERRORS[error]) if error in QUEUE_ERRORS else "",
            "cards": [card_view(card, origins) for card in cards],
            "next": next_cursor,
            "back": "/admin?" + urlencode({k: v for k, v in params.items() if v})
            if view in ("held", "spam")
            else str(request.url.path) + ("?" + request.url.query if request.url.query else ""),
            "spam_days": SPAM_DAYS,
        },
    )


def _to(back: str, key: str, value: str) -> RedirectResponse:
    sep = "&" if "?" in back else "?"
    return RedirectResponse(f"{back}{sep}{key}={quote(value)}", status_code=303)


@router.post("/act")
async def act(request: Request) -> Response:
    """One action on one comment (its button) or on the selected ones (With selected)."""
    who, form = await checked(request)
    if who is None:
        return to_login()
    back = back_of(form)
    if form.get("one"):
        one, _, action = form["one"][0].partition(":")
        ids = [_id(one)]
    else:
        action = form.get("action", [""])[0]
        ids = [_id(v) for v in form.get("ids", [])]
        if not ids:
            return _to(back, "error", "nothing selected")
        if not action:
            return _to(back, "error", "no action")
    done = await run_in_threadpool(workbench.act, deps_of(request), who, ids, action)
    return _to(back, "done", _acted(request, done.action, done.count))


@router.post("/undo")
async def undo(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    done = await run_in_threadpool(workbench.undo, deps_of(request), who)
    what = say(request, DONE[done.action]) if done.action in DONE else done.action
    said = say_n(
        request, "undid {what} of {n} comment", "undid {what} of {n} comments",
        done.count, what=what,
    )  # fmt: skip
    return _to(back_of(form), "done", said)


async def _with_text(request: Request, field: str, text_field: str) -> tuple[Any, ...]:
    """(account, form, comment id, its text) of an Edit or Answer form; (None, ...) to
    send them to the login page."""
    who, form = await checked(request)
    if who is None:
        return None, form, 0, ""
    comment_id = _id(form.get(field, [""])[0])
    return who, form, comment_id, form.get(f"{text_field}-{comment_id}", [""])[0]


@router.post("/edit")
async def edit(request: Request) -> Response:
    who, form, comment_id, text = await _with_text(request, "edit", "text")
    if who is None:
        return to_login()
    await run_in_threadpool(workbench.edit, deps_of(request), who, comment_id, text)
    return _to(back_of(form), "done", say(request, "edited comment {id}", id=comment_id))


@router.post("/answer")
async def answer(request: Request) -> Response:
    who, form, comment_id, text = await _with_text(request, "answer", "answer")
    if who is None:
        return to_login()
    reply = await run_in_threadpool(workbench.answer, deps_of(request), who, comment_id, text)
    said = say(request, "answered comment {id} as the site (#{reply})", id=comment_id, reply=reply)
    return _to(back_of(form), "done", said)


@router.post("/dismiss")
async def dismiss(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    comment_id = _id(form.get("dismiss", [""])[0])
    closed = await run_in_threadpool(report_service.dismiss, deps_of(request), who, comment_id)
    said = say_n(
        request, "dismissed {n} report of comment {id}", "dismissed {n} reports of comment {id}",
        closed, id=comment_id,
    )  # fmt: skip
    return _to(back_of(form), "done", said)


@router.post("/flag")
async def flag(request: Request) -> Response:
    """Pin or unpin, feature or unfeature a comment; close or reopen its thread."""
    who, form = await checked(request)
    if who is None:
        return to_login()
    one, _, rest = form.get("flag", [""])[0].partition(":")
    what, _, value = rest.partition(":")
    comment_id, on = _id(one), value == "1"
    deps = deps_of(request)
    if what == "closed":
        c = card_service.card_for(deps, who, comment_id).comment
        await run_in_threadpool(thread_flags.set_closed, deps, who, c.site, c.uri, on)
        message = N_("closed the thread {uri}") if on else N_("reopened the thread {uri}")
        said = say(request, message, uri=c.uri)
    else:
        await run_in_threadpool(thread_flags.set_comment_flag, deps, who, comment_id, what, on)
        said = say(request, FLAGGED.get((what, on), "{id}"), id=comment_id)
    return _to(back_of(form), "done", said)


@router.post("/spam/empty")
async def empty_spam(request: Request) -> Response:
    who, form = await checked(request)
    if who is None:
        return to_login()
    days = form.get("days", [""])[0]
    if not days.isdigit():
        raise Invalid("days must be a whole number, like 30")
    gone = await run_in_threadpool(workbench.empty_spam, deps_of(request), who, int(days))
    said = say_n(
        request,
        "deleted {n} spam comment older than {days} days",
        "deleted {n} spam comments older than {days} days",
        gone,
        days=days,
    )
    return _to("/admin?queue=spam", "done", said)


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request, moderator: str = "", action: str = "", comment: str = "", site: str = ""
) -> Response:
    session = signed_in(request)
    if session is None:
        return to_login()
    who, csrf = session
    entries = audit_service.entries(
        deps_of(request),
        who,
        site=site,
        moderator=moderator,
        action=action,
        comment_id=_id(comment) if comment else None,
    )
    return templates.TemplateResponse(
        request,
        "admin/audit.html",
        {
            "moderator": who.name,
            "csrf": csrf,
            "current": "audit",
            "entries": entries,
            "params": {"moderator": moderator, "action": action, "comment": comment},
        },
    )
