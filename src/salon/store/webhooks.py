"""Webhook targets' health (failures in a row, disabled with a reason) and delivery log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.tables import webhook_deliveries, webhook_targets


@dataclass(frozen=True, slots=True)
class Target:
    id: int
    site: str
    url: str
    failures: int
    disabled: datetime | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class DeliveryRow:
    webhook_id: str
    event: str
    at: datetime
    status: int | None
    error: str | None
    ms: int


def _target(r: object) -> Target:
    return Target(r.id, r.site, r.url, r.failures, r.disabled, r.reason)  # type: ignore[attr-defined]


def target(conn: Connection, site: str, url_hash: str, url: str) -> Target:
    """The target's row, added on first use."""
    query = select(webhook_targets).where(
        webhook_targets.c.site == site, webhook_targets.c.url_hash == url_hash
    )
    row = conn.execute(query).first()
    if row is None:
        try:
            with conn.begin_nested():
                conn.execute(insert(webhook_targets).values(site=site, url_hash=url_hash, url=url))
        except IntegrityError:
            pass
        row = conn.execute(query).one()
    return _target(row)


def of_site(conn: Connection, site: str | None = None) -> list[Target]:
    query = select(webhook_targets).order_by(webhook_targets.c.id)
    if site is not None:
        query = query.where(webhook_targets.c.site == site)
    return [_target(r) for r in conn.execute(query).all()]


def log(
    conn: Connection,
    target_id: int,
    webhook_id: str,
    event: str,
    at: datetime,
    status: int | None,
    error: str | None,
    ms: int,
) -> None:
    conn.execute(
        insert(webhook_deliveries).values(
            target_id=target_id,
            webhook_id=webhook_id,
            event=event,
            at=at,
            status=status,
            error=None if error is None else error[:2000],
            ms=ms,
        )
    )


def succeeded(conn: Connection, target_id: int) -> None:
    conn.execute(
        update(webhook_targets).where(webhook_targets.c.id == target_id).values(failures=0)
    )


def failed(conn: Connection, target_id: int, max_failures: int, reason: str, at: datetime) -> bool:
    """Count a failure; True when the target is now disabled."""
    conn.execute(
        update(webhook_targets)
        .where(webhook_targets.c.id == target_id)
        .values(failures=webhook_targets.c.failures + 1)
    )
    failures = conn.execute(
        select(webhook_targets.c.failures).where(webhook_targets.c.id == target_id)
    ).scalar_one()
    if failures < max_failures:
        return False
    conn.execute(
        update(webhook_targets)
        .where(webhook_targets.c.id == target_id)
        .values(disabled=at, reason=f"{failures} failed deliveries in a row; last: {reason}"[:2000])
    )
    return True


def enable(conn: Connection, target_id: int) -> bool:
    result = conn.execute(
        update(webhook_targets)
        .where(webhook_targets.c.id == target_id)
        .values(disabled=None, reason=None, failures=0)
    )
    return bool(result.rowcount)


def deliveries(conn: Connection, target_id: int, limit: int = 50) -> list[DeliveryRow]:
    rows = conn.execute(
        select(webhook_deliveries)
        .where(webhook_deliveries.c.target_id == target_id)
        .order_by(webhook_deliveries.c.id.desc())
        .limit(limit)
    ).all()
    return [DeliveryRow(r.webhook_id, r.event, r.at, r.status, r.error, r.ms) for r in rows]
