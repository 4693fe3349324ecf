"""Moderator accounts: argon2id passwords, a login guard against guessing."""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from limits import RateLimitItemPerMinute, storage, strategies

from salon.domain.errors import Forbidden, Invalid, NotFound, RateLimited
from salon.services import audit
from salon.services.context import Deps
from salon.store import admins as admin_rows
from salon.store import sessions as session_rows

if TYPE_CHECKING:
    from salon.services.accounts import Account

NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
# A hash to verify against for unknown names, so that timing does not reveal them.
_DUMMY = _hasher.hash("salon-no-such-admin")
# A session ends after this long unused (each use moves its end forward), and in any case
# this long after its start: an active moderator is not logged out mid-work.
SESSION_SECONDS = 12 * 3600
MAX_SESSION_SECONDS = 7 * 24 * 3600
TOUCH_SECONDS = 60  # at most one write per session per minute to slide it
# Per account: this many wrong passwords are free, then each one doubles the wait before
# the next attempt, up to LONGEST_WAIT. The right password works again once the wait is
# over, so a guesser slows the owner down but can never lock them out for good.
FREE_FAILURES = 5
LONGEST_WAIT = 15 * 60

# What secrets.token_urlsafe makes; the listed ids are cut to 64 characters.
SESSION_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


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
            reset, _ = self._limiter.get_window_stats(self._item, "login", key)
            wait = max(1.0, reset - time.time())
            raise RateLimited("too many login attempts from this address; wait a minute", wait)


def _wait_after(failures: int) -> int:
    """Seconds to wait after the given number of consecutive wrong passwords."""
    if failures < FREE_FAILURES:
        return 0
    return int(min(LONGEST_WAIT, 2 ** (failures - FREE_FAILURES + 1)))


def authenticate(deps: Deps, guard: LoginGuard, ip_hash: str, name: str, password: str) -> str:
    """The moderator's name if the password is right; Forbidden (one message) otherwise.

    RateLimited (with Retry-After) while the address is over its limit or the account is
    backing off; the check comes before the password, so a guess inside the wait learns
    nothing.
    """
    account = name[:64]
    guard.check(ip_hash)
    now = deps.clock()
    with deps.db.read() as conn:
        _, locked_until = session_rows.failures(conn, account)
        hashed = admin_rows.password_hash(conn, name)
    if locked_until is not None and locked_until > now:
        raise RateLimited(
            "too many wrong passwords for this account; try again later",
            (locked_until - now).total_seconds(),
        )
    try:
        _hasher.verify(hashed or _DUMMY, password)
        if hashed is None:
            raise VerificationError("no such account")
    except (VerificationError, InvalidHashError):
        with deps.db.write() as conn:
            count = session_rows.failures(conn, account, for_update=True)[0] + 1
            wait = _wait_after(count)
            until = now + timedelta(seconds=wait) if wait else None
            session_rows.set_failures(conn, account, count, until)
        raise Forbidden("wrong name or password") from None
    with deps.db.write() as conn:
        session_rows.clear_failures(conn, account)
        if _hasher.check_needs_rehash(hashed):
            admin_rows.set_hash(conn, name, _hasher.hash(password))
    return name


@dataclass(frozen=True, slots=True)
class AdminSession:
    name: str
    csrf: str


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """A live session as its owner (or an admin) sees it in the list."""

    id: str  # the stored hash of the cookie's value; the cookie cannot be made from it
    account: str
    created: datetime
    last_seen: datetime
    expires: datetime
    agent: str
    current: bool


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def _ends(created: datetime, now: datetime) -> datetime:
    return min(
        now + timedelta(seconds=SESSION_SECONDS),
        created + timedelta(seconds=MAX_SESSION_SECONDS),
    )


def open_session(
    deps: Deps, name: str, replacing: str | None = None, agent: str = ""
) -> tuple[str, AdminSession]:
    """A new session (a fresh id at every login) and its cookie value; ends ``replacing``."""
    token = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    now = deps.clock()
    with deps.db.write() as conn:
        if replacing:
            session_rows.remove(conn, _hash(replacing))
        session_rows.remove_expired(conn, now)
        session_rows.add(conn, _hash(token), name, csrf, now, _ends(now, now), agent)
    return token, AdminSession(name, csrf)


def find_session(deps: Deps, token: str | None) -> AdminSession | None:
    """The live session of a cookie; using it moves its idle expiry forward."""
    if not token or len(token) > 128:
        return None
    id_hash = _hash(token)
    with deps.db.read() as conn:
        found = session_rows.find(conn, id_hash)
    now = deps.clock()
    if found is None or found.expires <= now:
        return None
    seen = found.last_seen or found.created or now
    if (now - seen).total_seconds() >= TOUCH_SECONDS:
        with deps.db.write() as conn:
            session_rows.touch(conn, id_hash, now, _ends(found.created or now, now))
    return AdminSession(found.admin, found.csrf)


def close_session(deps: Deps, token: str | None) -> None:
    """End the session on the server: the cookie is worthless from now on, everywhere."""
    if token:
        with deps.db.write() as conn:
            session_rows.remove(conn, _hash(token))


def sessions(
    deps: Deps, who: Account, token: str | None, everyone: bool = False
) -> list[SessionInfo]:
    """``who``'s live sessions; with ``everyone`` (admins only) every account's."""
    if everyone and not who.is_admin:
        raise Forbidden("only an admin sees every account's sessions")
    mine = _hash(token) if token else ""
    now = deps.clock()
    with deps.db.read() as conn:
        found = session_rows.live(conn, now, None if everyone else who.name)
    return [
        SessionInfo(
            s.id_hash,
            s.admin,
            s.created or now,
            s.last_seen or s.created or now,
            s.expires,
            s.agent,
            s.id_hash == mine,
        )
        for s in found
    ]


def end_session(deps: Deps, who: Account, session_id: str) -> str:
    """End one session: one's own, or anybody's for an admin. Returns its account."""
    if not SESSION_ID.fullmatch(session_id):  # a NUL would be a database error, not a 404
        raise NotFound("there is no such session (it may have ended already)")
    with deps.db.write() as conn:
        found = session_rows.find(conn, session_id[:64])
        if found is None:
            raise NotFound("there is no such session (it may have ended already)")
        if found.admin != who.name and not who.is_admin:
            raise Forbidden("only an admin ends another account's sessions")
        session_rows.remove(conn, session_id[:64])
        audit.record(
            conn,
            site="*",
            moderator=who.name,
            action="end-session",
            at=deps.clock(),
            before={"account": found.admin, "session": session_id[:8]},
        )
    return found.admin
