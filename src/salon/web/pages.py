"""Server-rendered thread and the plain form that posts without JavaScript."""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from anyio import to_thread
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from salon.config import SiteSettings
from salon.domain.comments import Notify, Sort
from salon.domain.errors import Invalid
from salon.domain.ids import parse_id
from salon.i18n import jinja as i18n_jinja
from salon.i18n.catalogues import N_
from salon.i18n.times import ago, full_date
from salon.services import comments as comment_service
from salon.services import threads as thread_service
from salon.services.mail import thread_url
from salon.web import templating
from salon.web.language import language_of, reason, template_context, translations
from salon.web.limits import limiter
from salon.web.requester import deps_of, requester
from salon.web.schemas import PAGE_ERRORS

router = APIRouter(tags=["pages"], responses=PAGE_ERRORS)
# Every page's template gets lang, dir and i18n (the request's language) from here.
templates = Jinja2Templates(env=templating.environment(), context_processors=[template_context])
i18n_jinja.install(templates.env)
templates.env.filters["reason"] = reason  # {{ stored|reason }}: in the moderator's language
SORTS = (("newest", N_("Newest")), ("oldest", N_("Oldest")), ("votes", N_("Most voted")))
REPORT_REASONS = (
    ("spam", N_("Spam")),
    ("abuse", N_("Abusive or hateful")),
    ("off-topic", N_("Off-topic")),
    ("other", N_("Something else")),
)
REPORTED = {
    "1": N_("Thank you: the moderators will look at this comment."),
    "again": N_("You have already reported this comment."),
    "held": N_("Thank you: this comment is hidden until a moderator has looked at it."),
}


def _decorate(c: dict[str, Any], now: datetime, request: Request) -> dict[str, Any]:
    lang, t = language_of(request), translations(request)
    c = dict(c)
    created = datetime.fromisoformat(c["created"])
    c["age"] = ago(created, now, lang, t)
    c["date"] = full_date(created, lang)
    if c["edited"]:
        c["edited_age"] = ago(datetime.fromisoformat(c["edited"]["at"]), now, lang, t)
    # The html was built by the one sanitiser (services.rendering); nothing else is marked safe.
    c["safe_html"] = Markup(c["html"])  # noqa: S704
    c["replies"] = [_decorate(r, now, request) for r in c["replies"]]
    return c


def _find(comments: list[dict[str, Any]], comment_id: int) -> dict[str, Any] | None:
    for c in comments:
        if c["id"] == comment_id:
            return c
        if found := _find(c["replies"], comment_id):
            return found
    return None


# Thread pages rendered at once by one process. Rendering is Python under the GIL: more
# threads add no speed, and each render in progress holds its page (about 0.5 MB for 50
# comments); the other requests wait here, on the event loop, at no cost. With the
# threadpool's 8 (request_threads), the larger process of bench/reads/rss.sh peaked at
# 155 MB under 50 readers of the page, 150 MB with this limit at the same requests/s.
PAGE_RENDERS = 2


@router.get("/threads/{site}", response_class=HTMLResponse, summary="The thread as HTML")
async def thread_page(
    request: Request,
    site: str,
    uri: str,
    sort: Sort = Sort.NEWEST,
    cursor: str | None = None,
    reply: int | None = None,
    posted: int | None = None,
    held: int | None = None,
    report: int | None = None,
    reported: str = "",
) -> HTMLResponse:
    page = functools.partial(
        _thread_page, request, site, uri, sort, cursor, reply, posted, held, report, reported
    )
    return await to_thread.run_sync(page, limiter=limiter(request, "page_renders", PAGE_RENDERS))


def _thread_page(
    request: Request,
    site: str,
    uri: str,
    sort: Sort,
    cursor: str | None,
    reply: int | None,
    posted: int | None,
    held: int | None,
    report: int | None,
    reported: str,
) -> HTMLResponse:
    deps = deps_of(request)
    who = requester(request)
    data = thread_service.get_thread(deps, who, site, uri, sort, 50, cursor)
    now = deps.clock()
    settings = deps.site(site, None)
    notice = ""
    if held:
        notice = N_("Thank you! Your comment is awaiting moderation.")
    elif posted:
        notice = N_("Thank you! Your comment is published.")
    elif reported:
        notice = REPORTED.get(reported, "")
    comments = [_decorate(c, now, request) for c in data["comments"]]
    # Without JavaScript the reply form quotes what it answers (when it is on this page).
    reply_parent = _find(comments, reply) if reply is not None else None
    if reply_parent is not None and reply_parent["state"] == "deleted":
        reply_parent = None
    return templates.TemplateResponse(
        request,
        "thread.html",
        {
            "base": "",
            "thread": data["thread"],
            "comments": comments,
            "featured": [_decorate(c, now, request) for c in data.get("featured", [])],
            "article": _article(settings, data["thread"]["uri"]),
            "next": data["next"],
            "sort": sort.value,
            "sorts": SORTS,
            "notice": notice,
            "reply_parent": reply_parent,
            "report_to": report,
            "report_reasons": REPORT_REASONS,
            "rendered": deps.signer.render_stamp(now.timestamp()),
            "max_chars": settings.max_comment_chars,
            "require_name": settings.require_name,
            "require_email": settings.require_email,
        },
    )


@router.post(
    "/threads/{site}/comments",
    summary="Post from the plain HTML form",
    status_code=303,
    response_class=RedirectResponse,
)
async def post_form(request: Request, site: str) -> RedirectResponse:
    raw = (await request.body()).decode("utf-8")
    form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
    uri = form.get("uri", "")
    parent = form.get("parent") or None
    try:
        notify = Notify(form.get("notify", "none") or "none")
    except ValueError as e:
        raise Invalid("notify must be none, replies or all") from e
    new = comment_service.NewComment(
        site=site,
        uri=uri,
        text=form.get("text", ""),
        title=form.get("title", ""),
        parent=parse_id(parent) if parent else None,
        author_name=form.get("name", ""),
        author_email=form.get("email", ""),
        author_website=form.get("website", ""),
        notify=notify,
        honeypot=form.get("hp", ""),
        render_stamp=form.get("rendered"),
    )
    deps = deps_of(request)
    posted = await run_in_threadpool(comment_service.post_comment, deps, requester(request), new)
    back = _back_to(request, site, uri)
    if posted.state.value == "published":
        target = f"{back}&posted={posted.comment['id']}#comment-{posted.comment['id']}"
    else:
        target = f"{back}&held=1#salon-form"
    return RedirectResponse(target, status_code=303)


def _article(site: SiteSettings, uri: str) -> str | None:
    """The publisher's article this thread belongs to, when the site says where it lives."""
    if site.url or any(o != "local" for o in site.origins):
        return thread_url(site, "", uri)
    return None


def _back_to(request: Request, site: str, uri: str) -> str:
    """Where the form came from, if that is this server or one of the site's own origins;
    else the thread page. Never an outside address, whatever the Referer says."""
    thread_page = f"/threads/{quote(site)}?uri={quote(uri, safe='')}"
    referer = urlsplit(request.headers.get("referer", "")[:2048])
    if referer.scheme not in ("http", "https") or not referer.netloc:
        return thread_page
    # "//evil.example" or "/\\evil.example" as a path would leave the site in a Location.
    path = "/" + referer.path.lstrip("/\\")
    if referer.netloc == request.url.netloc:
        if referer.path == f"/threads/{site}":
            return thread_page
        return f"{quote(path, safe='/%')}?from=form"
    origin = f"{referer.scheme}://{referer.netloc}"
    settings = deps_of(request).site(site, None)
    if settings.allows_origin(origin):  # exact origins, or any localhost page for "local"
        return f"{origin}{quote(path, safe='/%')}?from=form"
    return thread_page
