"""The moderators' support page: campaigns, their ledger, hand corrections, refused webhooks."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import Invalid
from salon.domain.support import CampaignState, Source
from salon.i18n.catalogues import N_
from salon.services import support as support_service
from salon.services.money import decimal_text
from salon.web.admin import _checked_form, _id, _session
from salon.web.language import say
from salon.web.pages import templates
from salon.web.requester import deps_of

router = APIRouter(prefix="/admin/support", include_in_schema=False)
HERE = "/admin/support"


@router.get("", response_class=HTMLResponse)
def support_page(request: Request, done: str = "") -> Response:
    session = _session(request)
    if session is None:
        return RedirectResponse("/admin/login", status_code=303)
    name, csrf = session
    deps = deps_of(request)
    now = deps.clock()
    campaigns = support_service.campaigns_of(deps)
    return templates.TemplateResponse(
        request,
        "admin/support.html",
        {
            "moderator": name,
            "csrf": csrf,
            "done": done,
            "sites": [s.id for s in deps.settings.sites],
            "campaigns": [
                {
                    "c": c,
                    "active": c.is_active(now),
                    "money": lambda minor, cur=c.currency: decimal_text(minor, cur),
                    "ledger": support_service.ledger(deps, c.id, 20),
                }
                for c in campaigns
            ],
            "refusals": support_service.refusals(deps, None, 20),
        },
    )


@router.post("/create")
async def create(request: Request) -> Response:
    name, form = await _checked_form(request)
    if isinstance(name, Response):
        return name
    one = {k: v[0].strip() for k, v in form.items()}
    milestones = tuple(m.strip() for m in one.get("milestones", "").split(";") if m.strip())
    data = support_service.CampaignIn(
        site=one.get("site", ""),
        title=one.get("title", ""),
        goal=one.get("goal", ""),
        currency=one.get("currency", ""),
        url=one.get("url", ""),
        milestones=milestones or None,
        starts=support_service.parse_when(one.get("starts")),
        ends=support_service.parse_when(one.get("ends"), end=True),
    )
    made = await run_in_threadpool(support_service.create_campaign, deps_of(request), data)
    return _back(say(request, "campaign {id} created", id=made.id))


@router.post("/adjust")
async def adjust(request: Request) -> Response:
    """Add or subtract an amount by hand (cheques, bank transfers, corrections)."""
    name, form, campaign_id = await _campaign_form(request)
    if isinstance(name, Response):
        return name
    subtract = form.get("direction", ["add"])[0] == "subtract"
    supporters = form.get("supporters", ["0"])[0].strip() or "0"
    updated = await run_in_threadpool(
        lambda: support_service.adjust(
            deps_of(request),
            campaign_id,
            form.get("amount", [""])[0],
            source=Source.ADMIN,
            actor=name,
            note=form.get("note", [""])[0],
            subtract=subtract,
            supporters=_count(supporters, "number of supporters"),
        )
    )
    total = decimal_text(updated.raised, updated.currency)
    return _back(
        say(
            request,
            "campaign {id} now has {total}",
            id=campaign_id,
            total=f"{total} {updated.currency}",
        )
    )


@router.post("/state")
async def state(request: Request) -> Response:
    name, form, campaign_id = await _campaign_form(request)
    if isinstance(name, Response):
        return name
    closed = form.get("state", [""])[0] == "closed"
    new = CampaignState.CLOSED if closed else CampaignState.ACTIVE
    await run_in_threadpool(support_service.set_state, deps_of(request), campaign_id, new, name)
    message = N_("campaign {id} closed") if closed else N_("campaign {id} reopened")
    return _back(say(request, message, id=campaign_id))


async def _campaign_form(
    request: Request,
) -> tuple[str | Response, dict[str, list[str]], int]:
    """A moderator's checked form about one campaign: (name, form, campaign id)."""
    name, form = await _checked_form(request)
    if isinstance(name, Response):
        return name, form, 0
    return name, form, _id(form.get("campaign", [""])[0], "campaign")


def _back(done: str) -> Response:
    return RedirectResponse(f"{HERE}?done={quote(done)}", status_code=303)


def _count(value: str, what: str) -> int:
    """A count from a form field: 0 or more, in ASCII digits (not an id: 0 is allowed)."""
    if not (value.isascii() and value.isdigit() and len(value) <= 9):
        raise Invalid(f"{value[:40]!r} is not a {what}")
    return int(value)
