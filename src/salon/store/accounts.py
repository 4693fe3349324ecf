"""Accounts' roles, sites and state, and their admin API tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from salon.store.tables import admin_tokens, admins


@dataclass(frozen=True, slots=True)
class AccountRow:
    name: str
    role: str
    sites: tuple[str, ...]
    disabled: bool
    created: datetime


@dataclass(frozen=True, slots=True)
class TokenRow:
    id: int
    account: str
    label: str
    created: datetime
    last_used: datetime | None
    revoked: datetime | None


def _account(row: Any) -> AccountRow:
    return AccountRow(row.name, row.role, tuple(row.sites or ()), bool(row.disabled), row.created)


_ACCOUNT = (admins.c.name, admins.c.role, admins.c.sites, admins.c.disabled, admins.c.created)


def get(conn: Connection, name: str) -> AccountRow | None:
    row = conn.execute(select(*_ACCOUNT).where(admins.c.name == name)).first()
    return None if row is None else _account(row)


def every(conn: Connection) -> list[AccountRow]:
    return [_account(r) for r in conn.execute(select(*_ACCOUNT).order_by(admins.c.name)).all()]


def set_access(
    conn: Connection, name: str, *, role: str, sites: tuple[str, ...], disabled: bool
) -> None:
    conn.execute(
        update(admins)
        .where(admins.c.name == name)
        .values(role=role, sites=list(sites), disabled=disabled)
    )


def add_token(conn: Connection, account: str, label: str, digest: str, at: datetime) -> int:
    return int(
        conn.execute(
            insert(admin_tokens)
            .values(account=account, label=label, digest=digest, created=at)
            .returning(admin_tokens.c.id)
        ).scalar_one()
    )


def token_account(conn: Connection, digest: str, at: datetime) -> str | None:
    """The account of a live token (and note its use)."""
    row = conn.execute(
        select(admin_tokens.c.id, admin_tokens.c.account).where(
            admin_tokens.c.digest == digest, admin_tokens.c.revoked.is_(None)
        )
    ).first()
    if row is None:
        return None
    conn.execute(update(admin_tokens).where(admin_tokens.c.id == row.id).values(last_used=at))
    return str(row.account)


def tokens(conn: Connection, account: str | None = None) -> list[TokenRow]:
    query = select(
        admin_tokens.c.id,
        admin_tokens.c.account,
        admin_tokens.c.label,
        admin_tokens.c.created,
        admin_tokens.c.last_used,
        admin_tokens.c.revoked,
    ).order_by(admin_tokens.c.id)
    if account is not None:
        query = query.where(admin_tokens.c.account == account)
    return [TokenRow(**r._mapping) for r in conn.execute(query).all()]


def revoke(conn: Connection, token_id: int, at: datetime) -> bool:
    result = conn.execute(
        update(admin_tokens)
        .where(admin_tokens.c.id == token_id, admin_tokens.c.revoked.is_(None))
        .values(revoked=at)
    )
    return bool(result.rowcount)
