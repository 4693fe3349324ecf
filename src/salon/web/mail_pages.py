"""The pages links in mails lead to: confirm, manage and end subscriptions, moderate once.

A GET only shows what the link would do, with a button: mail scanners that fetch every
link must not confirm, unsubscribe or approve anything. The RFC 8058 one-click POST of
mail clients goes straight to the unsubscribe action.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Invalid
from salon.i18n.catalogues import N_
from salon.services import mail_moderation, subscriptions
from salon.services.mail import thread_url
from salon.services.subscriptions import Kind
from salon.web.language import translations
from salon.web.pages import templates
from salon.web.requester import deps_of, requester
from salon.web.schemas import PAGE_ERRORS, PROBLEMS

router = APIRouter(tags=["notifications"], responses=PAGE_ERRORS)
Token = Annotated[str, Query(alias="t", max_length=1000)]

# Everything a reader reads on these pages, in one place for the translation catalogue.
TEXT: dict[str, str] = {
    "confirm_title": N_("Confirm your notifications"),
    "confirm_line": N_("Mail about new comments will go to {email} once you confirm."),
    "confirm_button": N_("Confirm"),
    "confirmed_title": N_("Confirmed"),
    "confirmed_line": N_("{email} now gets the notifications it asked for."),
    "manage_title": N_("Your subscriptions"),
    "manage_line": N_("Mail from this site to {email}:"),
    "manage_unconfirmed": N_("This address has not been confirmed yet: nothing is sent to it."),
    "digest_on": N_("You will get one digest a day."),
    "digest_off": N_("You will get one mail per comment."),
    "unsubscribe_title": N_("Unsubscribe"),
    "unsubscribe_line": N_("Stop all mail from this site to {email}?"),
    "unsubscribe_button": N_("Unsubscribe"),
    "unsubscribed_title": N_("Unsubscribed"),
    "unsubscribed_line": N_("No more mail goes to {email} from this site."),
    "unsubscribed_none": N_("There was nothing left to end: this address gets no mail from us."),
    "manage_link": N_("Your subscriptions"),
    "moderate_line": N_("By {author}:"),
    "moderated_title": N_("Done"),
    "moderated_line": N_("Comment {id} is now {state}."),
}
MODERATE_TITLE = {
    "approve": N_("Approve this comment?"),
    "spam": N_("File this comment as spam?"),
}
MODERATE_BUTTON = {"approve": N_("Approve"), "spam": N_("Spam")}
MODERATED = {
    "published": N_("Comment {id} is now published."),
    "spam": N_("Comment {id} is now filed as spam."),
}
KIND = {
    "replies": N_("Replies to your comments"),
    "thread": N_("New comments in"),
    "subthread": N_("Replies in a conversation in"),
}


def _t(request: Request, key: str, **values: Any) -> str:
    """TEXT[key] in the reader's language, with its placeholders filled."""
    return translations(request).gettext(TEXT[key]).format(**values)


def _tr(request: Request, message: str) -> str:
    return translations(request).gettext(message)


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
        title=_t(request, "confirm_title"),
        lines=[_t(request, "confirm_line", email=link.email)],
        action="/mail/confirm",
        token=t,
        button=_t(request, "confirm_button"),
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
        title=_t(request, "confirmed_title"),
        lines=[_t(request, "confirmed_line", email=email)],
        more_link=manage,
        more_label=_t(request, "manage_link"),
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
                "label": _tr(request, KIND[s.kind]) if s.kind in KIND else s.kind,
                "title": s.title or s.uri,
                "link": link,
            }
        )
    return rows


@router.get("/mail/subscriptions", response_class=HTMLResponse, summary="A reader's subscriptions")
def subscriptions_page(request: Request, t: Token = "", notice: str = "") -> HTMLResponse:
    overview = subscriptions.overview(deps_of(request), t)
    lines = [_t(request, "manage_line", email=overview.email)]
    if overview.subscriptions and not overview.confirmed:
        lines.append(_t(request, "manage_unconfirmed"))
    return _page(
        request,
        title=_t(request, "manage_title"),
        notice=_t(request, notice) if notice in ("digest_on", "digest_off") else "",
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
        title=_t(request, "manage_title"),
        notice=translations(request)
        .ngettext("{n} subscription ended.", "{n} subscriptions ended.", ended)
        .format(n=ended),
        lines=[_t(request, "manage_line", email=overview.email)],
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
        title=_t(request, "unsubscribe_title"),
        lines=[_t(request, "unsubscribe_line", email=link.email)],
        action="/mail/unsubscribe",
        token=t,
        button=_t(request, "unsubscribe_button"),
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
        title=_t(request, "unsubscribed_title"),
        lines=[
            _t(request, "unsubscribed_line", email=link.email)
            if ended
            else _t(request, "unsubscribed_none")
        ],
    )


@router.get("/mail/moderate", response_class=HTMLResponse, summary="Approve or spam (page)")
def moderate_page(request: Request, t: Token = "") -> HTMLResponse:
    pending = mail_moderation.pending(deps_of(request), t)
    return _page(
        request,
        title=_tr(request, MODERATE_TITLE[pending.action]),
        lines=[_t(request, "moderate_line", author=pending.author)],
        # Built by the one sanitiser (services.rendering).
        comment_html=Markup(pending.html),  # noqa: S704
        action="/mail/moderate",
        token=t,
        button=_tr(request, MODERATE_BUTTON[pending.action]),
    )


@router.post("/mail/moderate", response_class=HTMLResponse, summary="Approve or spam, once")
async def moderate(request: Request) -> HTMLResponse:
    form = await _form(request)
    done = await run_in_threadpool(
        mail_moderation.decide_by_link, deps_of(request), form.get("t", "")
    )
    return _page(
        request,
        title=_t(request, "moderated_title"),
        lines=[
            _tr(request, MODERATED[done.state.value]).format(id=done.comment_id)
            if done.state.value in MODERATED
            else _t(request, "moderated_line", id=done.comment_id, state=done.state.value)
        ],
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
