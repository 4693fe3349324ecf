"""The pages links in mails lead to: confirm, manage and end subscriptions, moderate once.

A GET only shows what the link would do, with a button: mail scanners that fetch every
link must not confirm, unsubscribe or approve anything. The RFC 8058 one-click POST of
mail clients goes straight to the unsubscribe action.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Invalid
from salon.services import mail_moderation, subscriptions
from salon.services.mail import thread_url
from salon.services.subscriptions import Kind
from salon.web.requester import deps_of, requester
from salon.web.schemas import PAGE_ERRORS, PROBLEMS

router = APIRouter(tags=["notifications"], responses=PAGE_ERRORS)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
Token = Annotated[str, Query(alias="t", max_length=1000)]

# Everything a reader reads on these pages, in one place for the translation catalogue.
TEXT: dict[str, str] = {
    "confirm_title": "Confirm your notifications",
    "confirm_line": "Mail about new comments will go to {email} once you confirm.",
    "confirm_button": "Confirm",
    "confirmed_title": "Confirmed",
    "confirmed_line": "{email} now gets the notifications it asked for.",
    "manage_title": "Your subscriptions",
    "manage_line": "Mail from this site to {email}:",
    "manage_unconfirmed": "This address has not been confirmed yet: nothing is sent to it.",
    "ended": "{n} subscription{s} ended.",
    "digest_on": "You will get one digest a day.",
    "digest_off": "You will get one mail per comment.",
    "unsubscribe_title": "Unsubscribe",
    "unsubscribe_line": "Stop all mail from this site to {email}?",
    "unsubscribe_button": "Unsubscribe",
    "unsubscribed_title": "Unsubscribed",
    "unsubscribed_line": "No more mail goes to {email} from this site.",
    "unsubscribed_none": "There was nothing left to end: this address gets no mail from us.",
    "manage_link": "Your subscriptions",
    "moderate_line": "By {author}:",
    "moderated_title": "Done",
    "moderated_line": "Comment {id} is now {state}.",
}
MODERATE_TITLE = {"approve": "Approve this comment?", "spam": "File this comment as spam?"}
MODERATE_BUTTON = {"approve": "Approve", "spam": "Spam"}
KIND = {
    "replies": "Replies to your comments",
    "thread": "New comments in",
    "subthread": "Replies in a conversation in",
}


def _page(request: Request, status: int = 200, **context: Any) -> HTMLResponse:
    base: dict[str, Any] = {
        "notice": "",
        "lines": [],
        "comment_html": None,
        "subscriptions": None,
        "action": None,
        "token": "",
        "button": "",
        "more_link": None,
        "more_label": "",
        "digest": False,
    }
    return templates.TemplateResponse(
        request, "mail/page.html", {**base, **context}, status_code=status
    )


async def _form(request: Request) -> dict[str, str]:
    raw = (await request.body()).decode("utf-8", "replace")
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    if "t" not in form and "t" in request.query_params:
        form["t"] = request.query_params["t"]
    return form


@router.get("/mail/confirm", response_class=HTMLResponse, summary="Confirm an address (page)")
def confirm_page(request: Request, t: Token = "") -> HTMLResponse:
    link = subscriptions.links(deps_of(request)).read_confirm(t)
    return _page(
        request,
        title=TEXT["confirm_title"],
        lines=[TEXT["confirm_line"].format(email=link.email)],
        action="/mail/confirm",
        token=t,
        button=TEXT["confirm_button"],
    )


@router.post("/mail/confirm", response_class=HTMLResponse, summary="Confirm an address")
async def confirm(request: Request) -> HTMLResponse:
    form = await _form(request)
    deps = deps_of(request)
    email = await run_in_threadpool(subscriptions.confirm, deps, form.get("t", ""))
    link = subscriptions.links(deps).read_confirm(form.get("t", ""))
    manage = subscriptions.address_links(deps, link.site, link.email, link.key)[0]
    return _page(
        request,
        title=TEXT["confirmed_title"],
        lines=[TEXT["confirmed_line"].format(email=email)],
        more_link=manage,
        more_label=TEXT["manage_link"],
    )


def _subscription_rows(request: Request, overview: subscriptions.Overview) -> list[dict[str, Any]]:
    deps = deps_of(request)
    site = deps.settings.site(overview.site)
    rows = []
    for s in overview.subscriptions:
        link = ""
        if s.uri and site is not None:
            link = thread_url(site, deps.settings.base_url(), s.uri)
        rows.append(
            {
                "id": s.id,
                "label": KIND.get(s.kind, s.kind),
                "title": s.title or s.uri,
                "link": link,
            }
        )
    return rows


@router.get("/mail/subscriptions", response_class=HTMLResponse, summary="A reader's subscriptions")
def subscriptions_page(request: Request, t: Token = "", notice: str = "") -> HTMLResponse:
    overview = subscriptions.overview(deps_of(request), t)
    lines = [TEXT["manage_line"].format(email=overview.email)]
    if overview.subscriptions and not overview.confirmed:
        lines.append(TEXT["manage_unconfirmed"])
    return _page(
        request,
        title=TEXT["manage_title"],
        notice=TEXT.get(notice, "") if notice in ("digest_on", "digest_off") else "",
        lines=lines,
        subscriptions=_subscription_rows(request, overview),
        token=t,
        digest=overview.digest,
    )


@router.post("/mail/subscriptions/end", response_class=HTMLResponse, summary="End subscriptions")
async def end(request: Request) -> HTMLResponse:
    form = await _form(request)
    raw_id = form.get("id") or None
    if raw_id is not None and not raw_id.isdigit():
        raise Invalid("id must be a subscription number")
    token = form.get("t", "")
    deps = deps_of(request)
    ended = await run_in_threadpool(subscriptions.end, deps, token, int(raw_id) if raw_id else None)
    overview = await run_in_threadpool(subscriptions.overview, deps, token)
    return _page(
        request,
        title=TEXT["manage_title"],
        notice=TEXT["ended"].format(n=ended, s="" if ended == 1 else "s"),
        lines=[TEXT["manage_line"].format(email=overview.email)],
        subscriptions=_subscription_rows(request, overview),
        token=token,
        digest=overview.digest,
    )


@router.post("/mail/subscriptions/digest", summary="One digest a day, or one mail per comment")
async def digest(request: Request) -> RedirectResponse:
    form = await _form(request)
    token = form.get("t", "")
    on = form.get("digest") == "1"
    await run_in_threadpool(subscriptions.set_digest, deps_of(request), token, on)
    links = subscriptions.links(deps_of(request))
    target = links.url("/mail/subscriptions", token).removeprefix(links.base)
    notice = "digest_on" if on else "digest_off"
    return RedirectResponse(f"{target}&notice={notice}", status_code=303)


@router.get("/mail/unsubscribe", response_class=HTMLResponse, summary="Unsubscribe (page)")
def unsubscribe_page(request: Request, t: Token = "") -> HTMLResponse:
    link = subscriptions.links(deps_of(request)).read_manage(t)
    return _page(
        request,
        title=TEXT["unsubscribe_title"],
        lines=[TEXT["unsubscribe_line"].format(email=link.email)],
        action="/mail/unsubscribe",
        token=t,
        button=TEXT["unsubscribe_button"],
    )


@router.post(
    "/mail/unsubscribe",
    response_class=HTMLResponse,
    summary="Unsubscribe: the page's button, or RFC 8058 one-click (List-Unsubscribe=One-Click)",
)
async def unsubscribe(request: Request) -> HTMLResponse:
    form = await _form(request)
    token = form.get("t", "")
    deps = deps_of(request)
    link = subscriptions.links(deps).read_manage(token)
    ended = await run_in_threadpool(subscriptions.end, deps, token, None)
    return _page(
        request,
        title=TEXT["unsubscribed_title"],
        lines=[
            TEXT["unsubscribed_line"].format(email=link.email)
            if ended
            else TEXT["unsubscribed_none"]
        ],
    )


@router.get("/mail/moderate", response_class=HTMLResponse, summary="Approve or spam (page)")
def moderate_page(request: Request, t: Token = "") -> HTMLResponse:
    pending = mail_moderation.pending(deps_of(request), t)
    return _page(
        request,
        title=MODERATE_TITLE[pending.action],
        lines=[TEXT["moderate_line"].format(author=pending.author)],
        # Built by the one sanitiser (services.rendering).
        comment_html=Markup(pending.html),  # noqa: S704
        action="/mail/moderate",
        token=t,
        button=MODERATE_BUTTON[pending.action],
    )


@router.post("/mail/moderate", response_class=HTMLResponse, summary="Approve or spam, once")
async def moderate(request: Request) -> HTMLResponse:
    form = await _form(request)
    done = await run_in_threadpool(
        mail_moderation.decide_by_link, deps_of(request), form.get("t", "")
    )
    return _page(
        request,
        title=TEXT["moderated_title"],
        lines=[TEXT["moderated_line"].format(id=done.comment_id, state=done.state.value)],
    )


class SubscriptionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    site: str = Field(default="default", max_length=64)
    uri: str = Field(min_length=1, max_length=2048)
    email: str = Field(max_length=254)
    kind: Kind = Kind.THREAD
    comment: int | None = Field(default=None, ge=1, le=2**31 - 1)


@router.post(
    "/api/subscriptions",
    status_code=202,
    responses=PROBLEMS,
    summary="Follow a thread, a sub-thread or replies to your comments (double opt-in)",
)
def subscribe(request: Request, body: SubscriptionIn) -> dict[str, str]:
    detail = subscriptions.subscribe(
        deps_of(request),
        requester(request),
        body.site,
        body.uri,
        body.email,
        body.kind,
        body.comment,
    )
    # The same answer for a new, a waiting and a confirmed address: no oracle.
    return {"status": "accepted", "detail": detail}
