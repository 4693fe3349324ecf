"""Signed tokens: edit tokens bound to one comment, reader ids, keyed hashes of IPs."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime

from itsdangerous import (
    BadSignature,
    SignatureExpired,
    TimestampSigner,
    URLSafeSerializer,
    URLSafeTimedSerializer,
)

from salon.domain.errors import Forbidden


class Signer:
    """Everything Salon signs or hashes with the secret key goes through here."""

    def __init__(self, secret_key: str) -> None:
        self._key = secret_key.encode()
        self._edit = URLSafeSerializer(secret_key, salt="salon.edit")
        self._reader = URLSafeSerializer(secret_key, salt="salon.reader")
        self._render = URLSafeSerializer(secret_key, salt="salon.render")
        self._privacy = URLSafeTimedSerializer(secret_key, salt="salon.privacy")
        self._window: tuple[float, str] | None = None  # the last shared stamp

    # Edit tokens carry the comment id and its random edit key; the window is checked
    # against the comment's creation time with the injected clock, not inside the token.
    def edit_token(self, comment_id: int, edit_key: str) -> str:
        return self._edit.dumps([comment_id, edit_key])

    def check_edit_token(self, token: str | None, comment_id: int, edit_key: str) -> None:
        if not token:
            raise Forbidden("send the edit token as 'Authorization: Bearer <token>'")
        try:
            cid, key = self._edit.loads(token)
        except (BadSignature, ValueError, TypeError) as e:
            raise Forbidden("the edit token is not valid for this comment") from e
        if cid != comment_id or not hmac.compare_digest(str(key), edit_key):
            raise Forbidden("the edit token is not valid for this comment")

    def edit_claims(self, token: str) -> tuple[int, str] | None:
        """The (comment id, edit key) a well-signed edit token names, else None."""
        try:
            cid, key = self._edit.loads(token)
        except (BadSignature, ValueError, TypeError):
            return None
        if type(cid) is not int or not isinstance(key, str):
            return None
        return cid, key

    @staticmethod
    def new_edit_key() -> str:
        return secrets.token_hex(16)

    def reader_cookie(self, reader: str) -> str:
        """The cookie value that carries a given reader id."""
        return self._reader.dumps(reader)

    def reader_from_cookie(self, cookie: str | None) -> str | None:
        if not cookie:
            return None
        try:
            value = self._reader.loads(cookie)
        except BadSignature:
            return None
        return value if isinstance(value, str) and len(value) == 32 else None

    def keyed_hash(self, *parts: str) -> str:
        """HMAC-SHA256 of the parts; how IP addresses are stored (never in clear)."""
        msg = "\x1f".join(parts).encode("utf-8", "surrogatepass")
        return hmac.new(self._key, msg, hashlib.sha256).hexdigest()[:32]

    def keyed_hasher(self, *prefix: str) -> Callable[[str], str]:
        """``keyed_hash(*prefix, part)`` as a function of ``part``, for many parts at once
        (an import's voters): the HMAC of the shared prefix is computed once."""
        start = hmac.new(self._key, "\x1f".join((*prefix, "")).encode(), hashlib.sha256)

        def hashed(part: str) -> str:
            h = start.copy()
            h.update(part.encode("utf-8", "surrogatepass"))
            return h.hexdigest()[:32]

        return hashed

    def render_stamp(self, at: float) -> str:
        """Signed time the form was rendered; lets moderation see bots that submit instantly."""
        return self._render.dumps(round(at, 3))

    def shared_render_stamp(self, at: float, every: float) -> str:
        """The stamp of the window of ``every`` seconds that ``at`` falls in, the same for
        every reader in it, so that a cached answer is encoded once a window, not once a
        reader. It names the window's start: a form looks up to ``every`` seconds older
        than it is, never younger (a script still shows as fast, a person never does)."""
        start = at - at % every
        window = self._window
        if window is None or window[0] != start:
            window = (start, self.render_stamp(start))
            self._window = window  # one tuple: threads see the old or the new, whole
        return window[1]

    def render_time(self, stamp: str | None) -> float | None:
        if not stamp:
            return None
        try:
            value = self._render.loads(stamp)
        except BadSignature:
            return None
        return float(value) if isinstance(value, int | float) else None

    def privacy_token(self, email: str, site: str | None = None) -> str:
        """The signed part of a reader's "my data" link for one address.

        With ``site`` the link shows and erases that site's data only (the link a reader
        asks for on a site); without, everything of the address (an operator's link).
        """
        return self._privacy.dumps(email if site is None else [email, site])

    def read_privacy_token(self, token: str, max_age: int) -> tuple[str, str | None]:
        """(address, site or None) of a valid link; Forbidden (saying which) otherwise."""
        try:
            value = self._privacy.loads(token, max_age=max_age)
        except SignatureExpired as e:
            raise Forbidden("this link has expired; ask for a new one", code="link-expired") from e
        except (BadSignature, ValueError, TypeError) as e:
            raise Forbidden("this link is not valid; ask for a new one", code="link-invalid") from e
        if isinstance(value, str):
            return value, None
        if (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, str) and v for v in value)
        ):
            return value[0], value[1]
        raise Forbidden("this link is not valid; ask for a new one", code="link-invalid")


def timed_serializer(
    signer: Signer, salt: str, clock: Callable[[], datetime]
) -> URLSafeTimedSerializer:
    """A serializer for links with an age limit (mail links) on the injected clock."""

    class ClockSigner(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(clock().timestamp())

    return URLSafeTimedSerializer(signer._key.decode(), salt=salt, signer=ClockSigner)
