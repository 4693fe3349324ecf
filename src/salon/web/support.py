"""Reader support: the public campaigns, the payment webhooks, the bar without JavaScript."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import NotFound
from salon.domain.support import Source
from salon.i18n.catalogues import N_
from salon.services import payments
from salon.services import support as support_service
from salon.services.money import locale_of
from salon.services.support_view import Bar, bar_of
from salon.web.language import translations
from salon.web.pages import templates
from salon.web.requester import deps_of, requester
from salon.web.schemas import PAGE_ERRORS, PROBLEMS

router = APIRouter(tags=["support"], responses=PROBLEMS)


@router.get("/api/support", summary="A site's reader support campaigns (open ones first)")
def get_support(request: Request, site: str = "default") -> dict[str, Any]:
    deps = deps_of(request)
    return {
        "campaigns": support_service.public_campaigns(deps, site, requester(request).origin),
        "live": {"uri": support_service.CHANNEL, "event": support_service.EVENT},
    }


async def _webhook(
    request: Request, source: Source, site: str, signature: str | None
) -> dict[str, Any]:
    body = await request.body()
    _, answer = await run_in_threadpool(
        payments.receive, deps_of(request), source, site, body, signature
    )
    return answer


@router.post(
    "/api/support/webhooks/stripe/{site}",
    summary="Stripe events (checkout.session.completed, payment_intent.succeeded, "
    "charge.refunded), verified with the Stripe-Signature header",
)
async def stripe_webhook(
    request: Request,
    site: str,
    stripe_signature: Annotated[str | None, Header(max_length=2000)] = None,
) -> dict[str, Any]:
    return await _webhook(request, Source.STRIPE, site, stripe_signature)


@router.post(
    "/api/support/webhooks/generic/{site}",
    summary="A payment or refund as signed JSON (Salon-Signature: t=...,v1=HMAC-SHA256)",
)
async def generic_webhook(
    request: Request,
    site: str,
    salon_signature: Annotated[str | None, Header(max_length=2000)] = None,
) -> dict[str, Any]:
    return await _webhook(request, Source.GENERIC, site, salon_signature)


def bars(
    request: Request, site: str, campaign: int | None = None, in_language: bool = True
) -> list[Any]:
    """The site's bars for a page, in the reader's locale (the open campaigns only); their
    words in the reader's language, or in English for an English page (the demo article)."""
    deps = deps_of(request)
    now = deps.clock()
    locale = locale_of(request.headers.get("accept-language"))
    found = support_service.campaigns_of(deps, site)
    chosen = [c for c in found if (c.id == campaign if campaign is not None else c.is_active(now))]
    made = [bar_of(c, locale, now) for c in chosen]
    return [_in_language(request, bar) for bar in made] if in_language else made


# The bar's words, with the same msgids as the widget's support.js.
TIME_LEFT = {"ended": N_("Ended"), "closed": N_("Closed"), "last_day": N_("Last day")}


def _in_language(request: Request, bar: Bar) -> Bar:
    t = translations(request)
    if bar.time_state == "days_left":
        time_left = t.ngettext("{n} day left", "{n} days left", bar.days).format(n=bar.days)
    else:
        time_left = t.gettext(TIME_LEFT[bar.time_state]) if bar.time_state else ""
    return replace(
        bar,
        value_text=t.gettext("{raised} raised of {goal}").format(raised=bar.raised, goal=bar.goal),
        supporters=t.ngettext("{n} supporter", "{n} supporters", bar.supporter_count).format(
            n=bar.supporter_number
        ),
        time_left=time_left,
        button=t.gettext("Support"),
    )


@router.get(
    "/support/{site}",
    response_class=HTMLResponse,
    responses=PAGE_ERRORS,
    summary="The support bar as HTML",
)
def support_page(
    request: Request, site: str, campaign: Annotated[int | None, Query(ge=1)] = None
) -> HTMLResponse:
    found = bars(request, site, campaign)
    if campaign is not None and not found:
        raise NotFound(f"site {site!r} has no support campaign {campaign}")
    return templates.TemplateResponse(request, "support.html", {"bars": found, "site": site})
