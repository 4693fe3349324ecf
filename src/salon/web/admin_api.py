"""The admin JSON API under /api/admin/: queues, search, decisions, bans, reports and
settings, for publishers' scripts. Authorization: Bearer <admin token> (`salon admin
token NAME`); 401 without a valid token, 403 for a site the account does not moderate."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Annotated, Any, Literal

from babel.support import NullTranslations
from fastapi import APIRouter, Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from salon.domain.errors import NotFound, Unauthorized
from salon.services import bans as ban_service
from salon.services import cards as card_service
from salon.services import moderation as moderation_service
from salon.services import reason_text, workbench
from salon.services import reports as report_service
from salon.services import site_settings as settings_service
from salon.services.accounts import Account, require_admin, token_owner
from salon.services.cards import Card
from salon.services.serialise import iso
from salon.web.api import CommentId
from salon.web.language import admin_translations
from salon.web.requester import deps_of
from salon.web.schemas import PROBLEMS, _problem

log = logging.getLogger(__name__)


BEARER = HTTPBearer(auto_error=False, description="an admin API token: `salon admin token NAME`")


async def _account(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)] = None,
) -> Account:
    who = None
    if credentials is not None and credentials.credentials.strip():
        who = await run_in_threadpool(token_owner, deps_of(request), credentials.credentials)
    if who is None:
        # The token itself is never logged.
        log.warning("refused: %s %s without a valid admin token", request.method, request.url.path)
        raise Unauthorized("send an admin API token: Authorization: Bearer <token>")
    return who


Who = Annotated[Account, Depends(_account)]
ADMIN_PROBLEMS = {**PROBLEMS, 401: _problem("no valid admin API token (Authorization: Bearer)")}
router = APIRouter(prefix="/api/admin", tags=["admin"], responses=ADMIN_PROBLEMS)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CommentOut(BaseModel):
    id: int
    site: str
    uri: str
    title: str
    parent: int | None
    state: str
    author: dict[str, str]
    address: str = Field(description="a short stable label of the address hash")
    text: str
    created: str | None
    spam: float | None
    abuse: float | None
    reasons: list[str] = Field(description="why screening decided so, as stored (English)")
    reasons_text: list[str] = Field(
        default_factory=list,
        description="the reasons in the request's language (Accept-Language); what fired "
        "is kept as written, between U+2068 and U+2069 (bidi isolates)",
    )
    reports: list[dict[str, Any]]
    author_record: dict[str, int]
    trust: str = Field(default="", description="the author's standing on sites with trust")
    shadow: bool = Field(default=False, description="kept from all but its author (shadow-ban)")


class PageOut(BaseModel):
    comments: list[CommentOut]
    next: int | None = Field(description="cursor for the next (older) page")


class DecisionIn(Strict):
    action: Literal["approve", "restore", "spam", "abuse", "remove"]


class BanTermsIn(Strict):
    reason: str = Field(default="", max_length=500)
    until: str = Field(
        default="", max_length=40, description="12h, 7d, 2w or a date / time (UTC); empty: never"
    )
    shadow: bool = Field(
        default=False, description="shadow-ban: the author sees their comments, nobody else"
    )


class BanIn(BanTermsIn):
    kind: Literal["address", "email", "author"]


class NewBanIn(BanTermsIn):
    site: str = Field(max_length=64)
    kind: Literal["email", "author", "pattern"]
    value: str = Field(
        min_length=1,
        max_length=254,
        description="an e-mail address, a name, or words with the wildcards * and ?",
    )


class BanOut(BaseModel):
    id: int
    site: str
    kind: str
    value: str
    reason: str
    expires: str | None
    shadow: bool
    active: bool
    moderator: str
    created: str | None


def _ban_out(ban: ban_service.Ban, now: datetime) -> BanOut:
    return BanOut(
        id=ban.id,
        site=ban.site,
        kind=ban.kind,
        value=ban.value,
        reason=ban.reason,
        expires=iso(ban.expires) if ban.expires else None,
        shadow=ban.shadow,
        active=ban.active(now),
        moderator=ban.moderator,
        created=iso(ban.created),
    )


def _terms(body: BanTermsIn) -> ban_service.BanTerms:
    return ban_service.BanTerms(reason=body.reason, until=body.until, shadow=body.shadow)


def _out(card: Card, t: NullTranslations) -> CommentOut:
    """A card as the API gives it; ``t``: the request's admin catalogue (reasons_text)."""
    c = card.comment
    stored = list(card.screening.reasons) if card.screening else []
    return CommentOut(
        id=c.id,
        site=c.site,
        uri=c.uri,
        title=c.title,
        parent=c.parent_id,
        state=c.state,
        author={"name": c.author_name, "email": c.author_email, "website": c.author_website},
        address=card.address,
        text=c.text,
        created=iso(c.created),
        spam=card.screening.spam if card.screening else None,
        abuse=card.screening.abuse if card.screening else None,
        reasons=stored,
        reasons_text=[reason_text.show(r, t).text for r in stored],
        reports=[
            {"reason": r.reason, "note": r.note, "created": iso(r.created)} for r in card.reports
        ],
        author_record=card.record.counts,
        trust=card.trust,
        shadow=card.shadow,
    )


@router.get("/queues/{queue}", summary="Held, spam or reported comments waiting for a decision")
def get_queue(
    request: Request, who: Who, queue: Literal["held", "spam", "reported"], site: str = ""
) -> PageOut:
    deps = deps_of(request)
    allowed = card_service.moderated_sites(deps, site, who)
    if queue == "reported":
        cards = report_service.reported(deps, site, who)
    else:
        items = moderation_service.review_queue(deps, site or None, queue, 100)
        ids = [i.comment_id for i in items if i.site in allowed]
        cards = card_service.cards_of(deps, ids)
    t = admin_translations(request)
    return PageOut(comments=[_out(c, t) for c in cards], next=None)


@router.get("/comments", summary="Search every comment (words, author, address, thread, state)")
def search(
    request: Request,
    who: Who,
    q: str = "",
    author: str = "",
    address: str = "",
    uri: str = "",
    state: str = "",
    site: str = "",
    since: datetime | None = None,
    until: datetime | None = None,
    cursor: int | None = None,
) -> PageOut:
    query = card_service.Query(
        words=q,
        author=author,
        address=address,
        uri=uri,
        state=state,
        site=site,
        since=since,
        until=until,
        cursor=cursor,
    )
    page = card_service.search(deps_of(request), query, who)
    t = admin_translations(request)
    return PageOut(comments=[_out(c, t) for c in page.cards], next=page.next_cursor)


@router.post("/comments/{comment_id}/decision", summary="Approve, restore, spam, abuse, remove")
def decide(request: Request, who: Who, comment_id: CommentId, body: DecisionIn) -> dict[str, Any]:
    done = workbench.act(deps_of(request), who, [comment_id], body.action)
    return {"id": comment_id, "action": done.action}


@router.post("/comments/{comment_id}/ban", summary="Ban the comment's address, e-mail or name")
def ban(request: Request, who: Who, comment_id: CommentId, body: BanIn) -> dict[str, Any]:
    deps = deps_of(request)
    card_service.card_for(deps, who, comment_id)
    made, added = ban_service.ban_from_comment(
        deps, comment_id, body.kind, who.name, _terms(body), who
    )
    return {"ban": made.id, "kind": made.kind, "new": added}


@router.get("/bans", summary="Bans on the sites you moderate (expired ones marked inactive)")
def get_bans(request: Request, who: Who, site: str = "") -> list[BanOut]:
    deps = deps_of(request)
    now = deps.clock()
    return [_ban_out(b, now) for b in ban_service.list_bans(deps, site or None, who)]


@router.post("/bans", summary="Ban an e-mail address, an author name or a word / pattern")
def add_ban(request: Request, who: Who, body: NewBanIn) -> BanOut:
    deps = deps_of(request)
    made, _ = ban_service.ban_value(deps, who, body.site, body.kind, body.value, _terms(body))
    return _ban_out(made, deps.clock())


@router.delete("/bans/{ban_id}", summary="Lift a ban")
def delete_ban(request: Request, who: Who, ban_id: CommentId) -> BanOut:
    deps = deps_of(request)
    return _ban_out(ban_service.lift_ban(deps, ban_id, who), deps.clock())


@router.post("/comments/{comment_id}/reports/dismiss", summary="Dismiss a comment's reports")
def dismiss(request: Request, who: Who, comment_id: CommentId) -> dict[str, int]:
    return {"dismissed": report_service.dismiss(deps_of(request), who, comment_id)}


@router.get("/sites/{site}/settings", summary="A site's settings as the admin UI edits them")
def get_settings(request: Request, who: Who, site: str) -> dict[str, Any]:
    deps = deps_of(request)
    card_service.moderated_sites(deps, site, who)
    found = deps.settings.site(site)
    if found is None:
        raise NotFound(f"unknown site {site!r}")
    return dict(settings_service.jsonable(settings_service.editable(found)))


@router.put("/sites/{site}/settings", summary="Change a site's settings (admins only)")
def put_settings(request: Request, who: Who, site: str, body: dict[str, Any]) -> dict[str, Any]:
    require_admin(who)
    deps = deps_of(request)
    card_service.moderated_sites(deps, site, who)
    merged = settings_service.update_site(deps, who, site, body)
    return dict(settings_service.jsonable(settings_service.editable(merged)))
