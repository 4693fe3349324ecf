"""Reader support campaigns: create, list, close, and move the total by hand.

Every change of a total is a ledger row (who, when, what) next to an atomic
``raised = raised + x``; readers' open pages hear of it on the site's support channel
of the live stream.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from salon.domain.errors import Invalid, NotFound
from salon.domain.events import SupportChanged
from salon.domain.support import Campaign, CampaignState, Entry, Refusal, Source, default_milestones
from salon.services.context import Deps
from salon.services.money import currency_code, decimal_text, to_minor
from salon.services.rendering import safe_website
from salon.services.serialise import iso
from salon.store import support as support_rows
from salon.store.support import Change, NewCampaign

# The live stream's "uri" on which a site's support totals are announced.
CHANNEL = "salon:support"
EVENT = "support"  # the SSE event name (services.live_events)
MAX_TITLE = 200
MAX_NOTE = 500


@dataclass(frozen=True, slots=True)
class CampaignIn:
    """A campaign as an admin, the CLI or the API describes it: amounts as decimal text."""

    site: str
    title: str
    goal: str
    currency: str
    url: str
    milestones: tuple[str, ...] | None = None
    starts: datetime | None = None
    ends: datetime | None = None


def parse_when(text: str | None, *, end: bool = False) -> datetime | None:
    """An ISO date or date-time; a bare date ends at the end of that day (UTC)."""
    if text is None or not text.strip():
        return None
    value = text.strip()
    try:
        if len(value) == 10:
            day = datetime.fromisoformat(value).replace(tzinfo=UTC)
            return day + timedelta(days=1) if end else day
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as e:
        raise Invalid(f"{value!r} is not a date like 2026-12-31 or 2026-12-31T18:00Z") from e
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def check_campaign(deps: Deps, data: CampaignIn) -> NewCampaign:
    """Validate a new campaign; Invalid with a message for the first thing that is wrong."""
    if deps.settings.site(data.site) is None:
        raise NotFound(f"unknown site {data.site!r}")
    title = data.title.strip()
    if not title or len(title) > MAX_TITLE:
        raise Invalid(f"the title must be 1 to {MAX_TITLE} characters")
    currency = currency_code(data.currency)
    goal = to_minor(data.goal, currency, "goal")
    if goal <= 0:
        raise Invalid("the goal must be more than 0")
    url = safe_website(data.url)
    if not url:
        raise Invalid(f"the Support URL must be an http(s) address, got {data.url!r}")
    if data.milestones:
        milestones = tuple(sorted({to_minor(m, currency, "milestone") for m in data.milestones}))
        if milestones[-1] > goal:
            raise Invalid("a milestone cannot be above the goal")
    else:
        milestones = default_milestones(goal)
    for when in (data.starts, data.ends):
        if when is not None and when.tzinfo is None:
            raise Invalid("give dates with a time zone (UTC if unsure)")
    if data.starts and data.ends and data.ends <= data.starts:
        raise Invalid("the end must be after the start")
    return NewCampaign(data.site, title, currency, goal, milestones, url, data.starts, data.ends)


def create_campaign(deps: Deps, data: CampaignIn) -> Campaign:
    new = check_campaign(deps, data)
    with deps.db.write() as conn:
        campaign = support_rows.create(conn, new, deps.clock())
    announce(deps, campaign)
    return campaign


def campaign(deps: Deps, campaign_id: int) -> Campaign:
    with deps.db.read() as conn:
        found = support_rows.get(conn, campaign_id)
    if found is None:
        raise NotFound(f"there is no support campaign {campaign_id}")
    return found


def campaigns_of(deps: Deps, site: str | None = None) -> list[Campaign]:
    if site is not None and deps.settings.site(site) is None:
        raise NotFound(f"unknown site {site!r}")
    with deps.db.read() as conn:
        return support_rows.of_site(conn, site)


def adjust(
    deps: Deps,
    campaign_id: int,
    amount: str,
    *,
    source: Source,
    actor: str,
    note: str = "",
    subtract: bool = False,
    supporters: int = 0,
) -> Campaign:
    """Add (or with ``subtract`` take away) an amount by hand; returns the new state.

    ``amount`` is a positive decimal in the campaign's major unit; a correction down is
    an explicit subtraction, never a negative amount.
    """
    current = campaign(deps, campaign_id)
    minor = to_minor(amount, current.currency)
    if minor == 0:
        raise Invalid("the amount must be more than 0")
    if not 0 <= supporters <= 1000:
        raise Invalid("supporters is a count from 0 to 1000")
    change = Change(
        campaign_id,
        source,
        -minor if subtract else minor,
        supporters=-supporters if subtract else supporters,
        actor=actor[:128],
        note=note.strip()[:MAX_NOTE],
    )
    with deps.db.write() as conn:
        updated = support_rows.apply(conn, change, deps.clock())
    assert updated is not None  # noqa: S101 - a change without an event id is never a duplicate
    announce(deps, updated)
    return updated


def set_state(deps: Deps, campaign_id: int, state: CampaignState, actor: str) -> Campaign:
    """Close or reopen a campaign; the ledger records who did it."""
    with deps.db.write() as conn:
        if not support_rows.set_state(conn, campaign_id, state):
            raise NotFound(f"there is no support campaign {campaign_id}")
        note = "closed" if state is CampaignState.CLOSED else "reopened"
        updated = support_rows.apply(
            conn, Change(campaign_id, Source.ADMIN, 0, actor=actor[:128], note=note), deps.clock()
        )
    assert updated is not None  # noqa: S101
    announce(deps, updated)
    return updated


def ledger(deps: Deps, campaign_id: int, limit: int = 50) -> list[Entry]:
    with deps.db.read() as conn:
        return support_rows.ledger(conn, campaign_id, limit)


def refusals(deps: Deps, site: str | None = None, limit: int = 50) -> list[Refusal]:
    with deps.db.read() as conn:
        return support_rows.refused(conn, site, limit)


def public_json(c: Campaign, now: datetime) -> dict[str, Any]:
    """The fields readers may see; amounts as exact decimal strings of the major unit."""
    return {
        "id": c.id,
        "title": c.title,
        "goal": decimal_text(c.goal, c.currency),
        "currency": c.currency,
        "raised": decimal_text(c.raised, c.currency),
        "supporters": c.supporters,
        "milestones": [decimal_text(m, c.currency) for m in c.milestones],
        "starts": iso(c.starts),
        "ends": iso(c.ends),
        "url": c.url,
        "active": c.is_active(now),
    }


def public_campaigns(deps: Deps, site: str, origin: str | None) -> list[dict[str, Any]]:
    """GET /api/support: the site's campaigns, open ones first, newest first."""
    deps.site(site, origin)
    now = deps.clock()
    found = campaigns_of(deps, site)
    found.sort(key=lambda c: not c.is_active(now))  # stable: newest first within each
    return [public_json(c, now) for c in found]


def announce(deps: Deps, c: Campaign) -> None:
    """Tell open pages of the site (called after the commit)."""
    campaign = public_json(c, deps.clock())
    deps.events.committed([SupportChanged(c.site, CHANNEL, 0, campaign=campaign)])
