"""Subscribers to domain events, and the change (one transaction) that records them.

A subscriber names the event types it wants and gets them in one or both ways:

- ``durable(conn, event, now)`` runs inside the use-case's transaction, so what it writes
  (typically outbox jobs) commits or rolls back with the change itself;
- ``live(event)`` runs after the commit (the live broker); it may be lost in a crash.

    Subscriber("audit", on=(CommentApproved, CommentRejected), durable=write_audit_row)

Subscribers are a list handed to ``create_app(subscribers=...)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from salon.domain.events import Event
from salon.store.database import Connection, Database

log = logging.getLogger(__name__)
T = TypeVar("T")

Durable = Callable[[Connection, Event, datetime], None]
Live = Callable[[Event], None]


@dataclass(frozen=True, slots=True)
class Subscriber:
    name: str
    on: tuple[type[Event], ...] = ()  # empty: every event
    durable: Durable | None = None
    live: Live | None = None

    def wants(self, event: Event) -> bool:
        return not self.on or isinstance(event, self.on)


class EventBus:
    def __init__(self, subscribers: Sequence[Subscriber] = ()) -> None:
        self.subscribers: list[Subscriber] = list(subscribers)

    def add(self, subscriber: Subscriber) -> None:
        self.subscribers.append(subscriber)

    def record(self, conn: Connection, event: Event, now: datetime) -> None:
        """Inside the transaction: a durable subscriber's failure rolls the change back."""
        for s in self.subscribers:
            if s.durable is not None and s.wants(event):
                s.durable(conn, event, now)

    def committed(self, events: Sequence[Event]) -> None:
        """After the commit: a live subscriber's failure is logged, the change stands."""
        for event in events:
            for s in self.subscribers:
                if s.live is not None and s.wants(event):
                    try:
                        s.live(event)
                    except Exception:  # noqa: BLE001 - the change is committed already
                        log.exception("subscriber %s failed on %s", s.name, event.type)


@dataclass
class Change:
    """One write transaction of a use-case, and the events it recorded."""

    conn: Connection
    now: datetime
    bus: EventBus
    events: list[Event] = field(default_factory=list)

    def record(self, event: Event) -> None:
        self.events.append(event)
        self.bus.record(self.conn, event, self.now)


def submitted_change(db: Database, bus: EventBus, now: datetime, work: Callable[[Change], T]) -> T:
    """``work(tx)`` as ``with change(...) as tx`` would run it, handed to the database's
    writer (``Database.submit``); its result after the commit and the live subscribers."""
    events: list[Event] = []

    def run(conn: Connection) -> T:
        tx = Change(conn, now, bus)
        result = work(tx)
        events.extend(tx.events)
        return result

    result = db.submit(run)
    bus.committed(events)
    return result


@contextmanager
def change(db: Database, bus: EventBus, now: datetime) -> Iterator[Change]:
    """``with change(...) as tx``: commit, then hand the events to the live subscribers."""
    with db.write() as conn:
        tx = Change(conn, now, bus)
        yield tx
    bus.committed(tx.events)
