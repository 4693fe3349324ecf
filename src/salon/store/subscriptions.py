"""Mail addresses, their confirmation, their subscriptions and digest items."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from salon.store.tables import comments, digest_items, mail_addresses, subscriptions, threads


@dataclass(frozen=True, slots=True)
class Address:
    id: int
    site: str
    email: str
    key: str
    confirmed: datetime | None
    confirm_sent: datetime | None
    digest: bool


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    kind: str
    target: int
    created: datetime
    uri: str  # the thread's, '' for "replies"
    title: str


def _address(r: object) -> Address:
    return Address(
        r.id,  # type: ignore[attr-defined]
        r.site,  # type: ignore[attr-defined]
        r.email,  # type: ignore[attr-defined]
        r.key,  # type: ignore[attr-defined]
        r.confirmed,  # type: ignore[attr-defined]
        r.confirm_sent,  # type: ignore[attr-defined]
        bool(r.digest),  # type: ignore[attr-defined]
    )


def address(conn: Connection, site: str, email: str, *, for_update: bool = False) -> Address | None:
    query = select(mail_addresses).where(
        mail_addresses.c.site == site, mail_addresses.c.email == email
    )
    if for_update and conn.dialect.name == "postgresql":
        query = query.with_for_update()
    row = conn.execute(query).first()
    return None if row is None else _address(row)


def address_by_id(conn: Connection, address_id: int) -> Address | None:
    row = conn.execute(select(mail_addresses).where(mail_addresses.c.id == address_id)).first()
    return None if row is None else _address(row)


def get_or_add_address(conn: Connection, site: str, email: str, now: datetime) -> Address:
    found = address(conn, site, email, for_update=True)
    if found is not None:
        return found
    try:
        with conn.begin_nested():
            conn.execute(
                insert(mail_addresses).values(
                    site=site, email=email, created=now, key=secrets.token_hex(16)
                )
            )
    except IntegrityError:
        pass  # another request added it at the same moment
    found = address(conn, site, email, for_update=True)
    if found is None:
        raise RuntimeError("address vanished inside its own transaction")
    return found


def set_confirm_sent(conn: Connection, address_id: int, at: datetime) -> None:
    conn.execute(
        update(mail_addresses).where(mail_addresses.c.id == address_id).values(confirm_sent=at)
    )


def confirm(conn: Connection, address_id: int, at: datetime) -> None:
    conn.execute(
        update(mail_addresses)
        .where(mail_addresses.c.id == address_id, mail_addresses.c.confirmed.is_(None))
        .values(confirmed=at)
    )


def set_digest(conn: Connection, address_id: int, digest: bool) -> None:
    conn.execute(
        update(mail_addresses).where(mail_addresses.c.id == address_id).values(digest=digest)
    )


def forget_address(conn: Connection, address_id: int) -> None:
    """The address and all its subscriptions (and so every link that names its key)."""
    conn.execute(delete(mail_addresses).where(mail_addresses.c.id == address_id))


def subscribe(conn: Connection, address_id: int, kind: str, target: int, now: datetime) -> bool:
    """True when this is a new subscription."""
    try:
        with conn.begin_nested():
            conn.execute(
                insert(subscriptions).values(
                    address_id=address_id, kind=kind, target=target, created=now
                )
            )
    except IntegrityError:
        return False
    return True


def unsubscribe(conn: Connection, address_id: int, subscription_id: int) -> bool:
    result = conn.execute(
        delete(subscriptions).where(
            subscriptions.c.id == subscription_id, subscriptions.c.address_id == address_id
        )
    )
    return bool(result.rowcount)


def of_address(conn: Connection, address_id: int) -> list[Subscription]:
    """An address's subscriptions, with the thread each one follows."""
    root = comments.alias("root")
    rows = conn.execute(
        select(
            subscriptions.c.id,
            subscriptions.c.kind,
            subscriptions.c.target,
            subscriptions.c.created,
            threads.c.uri,
            threads.c.title,
        )
        .select_from(
            subscriptions.outerjoin(
                root, (subscriptions.c.kind == "subthread") & (root.c.id == subscriptions.c.target)
            ).outerjoin(
                threads,
                ((subscriptions.c.kind == "thread") & (threads.c.id == subscriptions.c.target))
                | ((subscriptions.c.kind == "subthread") & (threads.c.id == root.c.thread_id)),
            )
        )
        .where(subscriptions.c.address_id == address_id)
        .order_by(subscriptions.c.id)
    ).all()
    return [
        Subscription(r.id, r.kind, r.target, r.created, r.uri or "", r.title or "") for r in rows
    ]


@dataclass(frozen=True, slots=True)
class Recipient:
    address_id: int
    email: str
    key: str
    digest: bool
    kind: str  # why: the first matching subscription's kind


def recipients(
    conn: Connection, site: str, thread_id: int, ancestors: list[int], parent_email: str
) -> list[Recipient]:
    """Confirmed addresses to tell about a new comment in the thread, one row per address.

    ``replies`` of the parent's author, ``thread`` of this thread, ``subthread`` of any
    ancestor comment.
    """
    wanted = (subscriptions.c.kind == "thread") & (subscriptions.c.target == thread_id)
    if ancestors:
        wanted = wanted | (
            (subscriptions.c.kind == "subthread") & subscriptions.c.target.in_(ancestors)
        )
    if parent_email:
        wanted = wanted | (
            (subscriptions.c.kind == "replies") & (mail_addresses.c.email == parent_email)
        )
    rows = conn.execute(
        select(
            mail_addresses.c.id,
            mail_addresses.c.email,
            mail_addresses.c.key,
            mail_addresses.c.digest,
            subscriptions.c.kind,
        )
        .join(mail_addresses, mail_addresses.c.id == subscriptions.c.address_id)
        .where(
            mail_addresses.c.site == site,
            mail_addresses.c.confirmed.is_not(None),
            wanted,
        )
        .order_by(mail_addresses.c.id, subscriptions.c.id)
    ).all()
    seen: dict[int, Recipient] = {}
    for r in rows:
        seen.setdefault(r.id, Recipient(r.id, r.email, r.key, bool(r.digest), r.kind))
    return list(seen.values())


def add_digest_item(conn: Connection, address_id: int, comment_id: int, now: datetime) -> None:
    try:
        with conn.begin_nested():
            conn.execute(
                insert(digest_items).values(
                    address_id=address_id, comment_id=comment_id, created=now
                )
            )
    except IntegrityError:
        pass  # a repeated job: the item is there


def take_digest(conn: Connection, address_id: int) -> list[int]:
    """The comment ids waiting for this address's digest, removed from the waiting list."""
    ids = [
        int(i)
        for i in conn.execute(
            select(digest_items.c.comment_id)
            .where(digest_items.c.address_id == address_id)
            .order_by(digest_items.c.id)
        ).scalars()
    ]
    conn.execute(delete(digest_items).where(digest_items.c.address_id == address_id))
    return ids
