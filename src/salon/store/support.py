"""Support campaigns, the ledger of their totals, and refused webhook calls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Row, func, insert, select, update
from sqlalchemy.sql.dml import Insert

from salon.domain.errors import Invalid
from salon.domain.support import Campaign, CampaignState, Entry, Refusal, Source
from salon.store.tables import support_campaigns as campaigns
from salon.store.tables import support_entries as entries
from salon.store.tables import support_refusals as refusals


@dataclass(frozen=True, slots=True)
class NewCampaign:
    site: str
    title: str
    currency: str
    goal: int
    milestones: tuple[int, ...]
    url: str
    starts: datetime | None
    ends: datetime | None


@dataclass(frozen=True, slots=True)
class Change:
    """One change of a total, as the ledger keeps it."""

    campaign_id: int
    source: Source
    amount: int
    supporters: int = 0
    event_id: str | None = None
    reference: str | None = None
    is_payment: bool = False
    actor: str = ""
    note: str = ""


def create(conn: Connection, new: NewCampaign, at: datetime) -> Campaign:
    new_id = conn.execute(
        insert(campaigns)
        .values(
            site=new.site,
            title=new.title,
            currency=new.currency,
            goal=new.goal,
            raised=0,
            supporters=0,
            milestones=list(new.milestones),
            url=new.url,
            state=CampaignState.ACTIVE.value,
            starts=new.starts,
            ends=new.ends,
            created=at,
        )
        .returning(campaigns.c.id)
    ).scalar_one()
    found = get(conn, int(new_id))
    assert found is not None  # noqa: S101 - just inserted in this transaction
    return found


def get(conn: Connection, campaign_id: int) -> Campaign | None:
    row = conn.execute(select(campaigns).where(campaigns.c.id == campaign_id)).first()
    return None if row is None else _campaign(row)


def of_site(conn: Connection, site: str | None = None) -> list[Campaign]:
    """A site's campaigns (every site's when None), newest first."""
    query = select(campaigns).order_by(campaigns.c.id.desc())
    if site is not None:
        query = query.where(campaigns.c.site == site)
    return [_campaign(r) for r in conn.execute(query)]


def set_state(conn: Connection, campaign_id: int, state: CampaignState) -> bool:
    done = conn.execute(
        update(campaigns).where(campaigns.c.id == campaign_id).values(state=state.value)
    )
    return done.rowcount == 1


def apply(conn: Connection, change: Change, at: datetime) -> Campaign | None:
    """Add a ledger row and move the total by its amount, atomically.

    Returns the campaign as it is now, or None when the event or payment was recorded
    before (nothing changes). The total moves with ``raised = raised + x`` in the
    database, so concurrent changes never overwrite each other. A change that would take
    the total below zero raises Invalid; the caller's transaction then stores nothing.
    """
    values = {
        "campaign_id": change.campaign_id,
        "source": change.source.value,
        "amount": change.amount,
        "supporters": change.supporters,
        "event_id": change.event_id,
        "reference": change.reference,
        "payment_key": change.reference if change.is_payment else None,
        "actor": change.actor,
        "note": change.note,
        "created": at,
    }
    # ON CONFLICT DO NOTHING: a duplicate is skipped without aborting the transaction.
    # Each dialect imported here: a process on SQLite need not import PostgreSQL's (2.3 MB).
    statement: Insert
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        statement = postgresql_insert(entries).values(**values).on_conflict_do_nothing()
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        statement = sqlite_insert(entries).values(**values).on_conflict_do_nothing()
    added = conn.execute(statement.returning(entries.c.id)).first()
    if added is None:
        return None
    moved = conn.execute(
        update(campaigns)
        .where(
            campaigns.c.id == change.campaign_id,
            campaigns.c.raised + change.amount >= 0,
        )
        .values(
            raised=campaigns.c.raised + change.amount,
            supporters=func.max(0, campaigns.c.supporters + change.supporters)
            if conn.dialect.name == "sqlite"
            else func.greatest(0, campaigns.c.supporters + change.supporters),
        )
    )
    if moved.rowcount != 1:
        raise Invalid("that would take the amount raised below zero; nothing was changed")
    return get(conn, change.campaign_id)


def payment(conn: Connection, source: Source, reference: str) -> tuple[int, int, int] | None:
    """(campaign id, amount paid, amount refunded so far) of a recorded payment."""
    paid = conn.execute(
        select(entries.c.campaign_id, entries.c.amount).where(
            entries.c.source == source.value, entries.c.payment_key == reference
        )
    ).first()
    if paid is None:
        return None
    # Two refunds of one payment at once must not both start from the same "refunded so
    # far": hold the campaign's row (PostgreSQL; SQLite has one writer anyway).
    conn.execute(select(campaigns.c.id).where(campaigns.c.id == paid.campaign_id).with_for_update())
    refunded = conn.execute(
        select(func.coalesce(func.sum(-entries.c.amount), 0)).where(
            entries.c.source == source.value,
            entries.c.reference == reference,
            entries.c.payment_key.is_(None),
        )
    ).scalar_one()
    return int(paid.campaign_id), int(paid.amount), int(refunded)


def ledger(conn: Connection, campaign_id: int, limit: int = 50) -> list[Entry]:
    rows = conn.execute(
        select(entries)
        .where(entries.c.campaign_id == campaign_id)
        .order_by(entries.c.id.desc())
        .limit(limit)
    )
    return [_entry(r) for r in rows]


def refuse(
    conn: Connection, site: str, provider: str, reason: str, event_id: str | None, at: datetime
) -> None:
    conn.execute(
        insert(refusals).values(
            site=site,
            provider=provider,
            reason=reason[:500],
            event_id=event_id[:255] if event_id else None,
            created=at,
        )
    )


def refused(conn: Connection, site: str | None = None, limit: int = 50) -> list[Refusal]:
    query = select(refusals).order_by(refusals.c.id.desc()).limit(limit)
    if site is not None:
        query = query.where(refusals.c.site == site)
    return [
        Refusal(r.id, r.site, r.provider, r.reason, r.event_id, r.created)
        for r in conn.execute(query)
    ]


def _campaign(row: Row[Any]) -> Campaign:
    return Campaign(
        id=row.id,
        site=row.site,
        title=row.title,
        currency=row.currency,
        goal=int(row.goal),
        raised=int(row.raised),
        supporters=int(row.supporters),
        milestones=tuple(int(m) for m in row.milestones),
        url=row.url,
        state=CampaignState(row.state),
        starts=row.starts,
        ends=row.ends,
        created=row.created,
    )


def _entry(row: Row[Any]) -> Entry:
    return Entry(
        id=row.id,
        campaign_id=row.campaign_id,
        source=Source(row.source),
        amount=int(row.amount),
        supporters=int(row.supporters),
        event_id=row.event_id,
        reference=row.reference,
        actor=row.actor,
        note=row.note,
        created=row.created,
    )
