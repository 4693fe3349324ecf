"""Who may do what: admins (every site, accounts, settings) and moderators (their sites),
accounts created, disabled and reset, and admin API tokens (shown once, kept hashed)."""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass

from salon.domain.errors import Forbidden, Invalid, NotFound
from salon.services import audit
from salon.services.admins import create_admin
from salon.services.context import Deps
from salon.store import accounts as account_rows
from salon.store import sessions as session_rows
from salon.store.accounts import AccountRow, TokenRow

log = logging.getLogger(__name__)
ROLES = ("admin", "moderator")
TOKEN_PREFIX = "salon_"  # noqa: S105 - a marker, not a secret


@dataclass(frozen=True, slots=True)
class Account:
    """The signed-in person (or the token's account) a use-case acts for."""

    name: str
    role: str = "admin"
    sites: tuple[str, ...] = ()

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    def may(self, site: str) -> bool:
        return self.is_admin or site in self.sites


# The shell (salon ... commands) acts with every right.
SHELL = Account("salon", "admin")


def account_of(deps: Deps, name: str) -> Account | None:
    """The live account of that name; None when it is unknown or disabled."""
    with deps.db.read() as conn:
        row = account_rows.get(conn, name)
    if row is None or row.disabled:
        return None
    return Account(row.name, row.role, row.sites)


def require_admin(who: Account) -> None:
    if not who.is_admin:
        log.warning("refused: %s (a moderator) asked for an admin's action", who.name)
        raise Forbidden("only an admin may do this")


def _check_access(deps: Deps, role: str, sites: tuple[str, ...]) -> None:
    if role not in ROLES:
        raise Invalid(f"the role is admin or moderator, not {role!r}")
    known = {s.id for s in deps.settings.sites}
    unknown = sorted(set(sites) - known)
    if unknown:
        raise Invalid(f"unknown site(s): {', '.join(unknown)}")
    if role == "moderator" and not sites:
        raise Invalid("a moderator needs at least one site")


def create_account(
    deps: Deps,
    who: Account,
    name: str,
    password: str,
    role: str = "moderator",
    sites: tuple[str, ...] = (),
) -> bool:
    """Create an account (or reset its password and access); True when it is new."""
    require_admin(who)
    _check_access(deps, role, sites)
    created = create_admin(deps, name, password)
    with deps.db.write() as conn:
        account_rows.set_access(conn, name, role=role, sites=sites, disabled=False)
        audit.record(
            conn,
            site="*",
            moderator=who.name,
            action="account-create" if created else "account-reset",
            at=deps.clock(),
            after={"account": name, "role": role, "sites": list(sites)},
        )
    return created


def set_access(
    deps: Deps, who: Account, name: str, role: str, sites: tuple[str, ...], disabled: bool
) -> None:
    """An account's role, sites and whether it is disabled (admins only)."""
    require_admin(who)
    _check_access(deps, role, sites)
    if name == who.name and (disabled or role != "admin"):
        raise Invalid("you cannot disable or demote your own account")
    with deps.db.write() as conn:
        row = account_rows.get(conn, name)
        if row is None:
            raise NotFound(f"there is no account {name!r}")
        account_rows.set_access(conn, name, role=role, sites=sites, disabled=disabled)
        # A disabled account is signed out everywhere at once.
        ended = session_rows.remove_of(conn, name) if disabled else 0
        audit.record(
            conn,
            site="*",
            moderator=who.name,
            action="account-access",
            at=deps.clock(),
            before={
                "account": name,
                "role": row.role,
                "sites": list(row.sites),
                "disabled": row.disabled,
            },
            after={
                "account": name,
                "role": role,
                "sites": list(sites),
                "disabled": disabled,
                "sessions_ended": ended,
            },
        )


def change_password(deps: Deps, who: Account, current: str, new: str) -> None:
    """The signed-in person's own password; the current one must be right."""
    from salon.services.admins import LoginGuard, authenticate

    try:
        authenticate(deps, LoginGuard(), "", who.name, current)
    except Forbidden as e:
        raise Forbidden("the current password is wrong") from e
    create_admin(deps, who.name, new)


def accounts(deps: Deps, who: Account) -> list[AccountRow]:
    require_admin(who)
    with deps.db.read() as conn:
        return account_rows.every(conn)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token(deps: Deps, who: Account, account: str, label: str = "") -> str:
    """A new admin API token acting as ``account``; returned once, stored as a hash."""
    if account != who.name:
        require_admin(who)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with deps.db.write() as conn:
        if account_rows.get(conn, account) is None:
            raise NotFound(f"there is no account {account!r}; create it first")
        token_id = account_rows.add_token(conn, account, label[:128], _digest(token), deps.clock())
        audit.record(
            conn,
            site="*",
            moderator=who.name,
            action="token-create",
            at=deps.clock(),
            after={"account": account, "token_id": token_id, "label": label[:128]},
        )
    return token


def token_owner(deps: Deps, token: str) -> Account | None:
    """The account a bearer token acts as; None for an unknown, revoked or disabled one."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    with deps.db.write() as conn:
        name = account_rows.token_account(conn, _digest(token), deps.clock())
    return account_of(deps, name) if name else None


def tokens(deps: Deps, who: Account) -> list[TokenRow]:
    with deps.db.read() as conn:
        return account_rows.tokens(conn, None if who.is_admin else who.name)


def revoke_token(deps: Deps, who: Account, token_id: int) -> None:
    with deps.db.write() as conn:
        mine = {t.id: t for t in account_rows.tokens(conn, None if who.is_admin else who.name)}
        if token_id not in mine or not account_rows.revoke(conn, token_id, deps.clock()):
            raise NotFound(f"there is no live token {token_id}")
        audit.record(
            conn,
            site="*",
            moderator=who.name,
            action="token-revoke",
            at=deps.clock(),
            before={"token_id": token_id, "account": mine[token_id].account},
        )
