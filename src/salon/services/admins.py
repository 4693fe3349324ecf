"""Moderator accounts: argon2id passwords, a login guard against guessing."""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from limits import RateLimitItemPerMinute, storage, strategies

from salon.domain.errors import Forbidden, Invalid, RateLimited
from salon.services.context import Deps
from salon.store import admins as admin_rows

NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
# A hash to verify against for unknown names, so that timing does not reveal them.
_DUMMY = _hasher.hash("salon-no-such-admin")


def create_admin(deps: Deps, name: str, password: str) -> bool:
    """Create a moderator (or reset their password); True when the account is new."""
    if not NAME.match(name):
        raise Invalid("a moderator name is 1-64 letters, digits, '.', '_' or '-'")
    if len(password) < MIN_PASSWORD:
        raise Invalid(f"the password needs at least {MIN_PASSWORD} characters")
    with deps.db.write() as conn:
        return admin_rows.upsert(conn, name, _hasher.hash(password), deps.clock())


class LoginGuard:
    """At most ``per_minute`` login attempts per address (memory or Redis)."""

    def __init__(self, storage_uri: str = "memory://", per_minute: int = 10) -> None:
        self._limiter = strategies.MovingWindowRateLimiter(storage.storage_from_string(storage_uri))
        self._item = RateLimitItemPerMinute(per_minute)

    def check(self, key: str) -> None:
        if not self._limiter.hit(self._item, "login", key):
            raise RateLimited("too many login attempts; wait a minute", retry_after=60)


def authenticate(deps: Deps, guard: LoginGuard, ip_hash: str, name: str, password: str) -> str:
    """The moderator's name if the password is right; Forbidden (one message) otherwise."""
    guard.check(ip_hash)
    with deps.db.read() as conn:
        hashed = admin_rows.password_hash(conn, name)
    try:
        _hasher.verify(hashed or _DUMMY, password)
    except (VerificationError, InvalidHashError):
        raise Forbidden("wrong name or password") from None
    if hashed is None:
        raise Forbidden("wrong name or password")
    if _hasher.check_needs_rehash(hashed):
        with deps.db.write() as conn:
            admin_rows.set_hash(conn, name, _hasher.hash(password))
    return name
