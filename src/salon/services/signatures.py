"""Timestamped HMAC-SHA256 signatures of webhook bodies, in Stripe's scheme.

The header is ``t=<unix seconds>,v1=<hex>`` (several v1 while a secret is rolled), the
signature is HMAC-SHA256(secret, "<t>.<raw body>"). The timestamp is inside the signed
text, so an old event cannot be replayed with a new time, and events outside the
tolerance window are refused. Salon's generic webhook uses the same scheme.
"""

from __future__ import annotations

import hashlib
import hmac

from salon.domain.errors import BadRequest


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The header value for ``body`` sent at ``timestamp`` (tests and senders use it)."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def verify(secret: str, header: str | None, body: bytes, now: float, tolerance: int) -> None:
    """BadRequest (code unsigned / bad-signature / stale-event) unless ``header`` signs ``body``."""
    if not header:
        raise BadRequest("the event is not signed (no signature header)", "unsigned")
    timestamp: int | None = None
    given: list[str] = []
    for part in header.split(","):
        key, _, value = part.strip().partition("=")
        if key == "t" and value.isdigit():
            timestamp = int(value)
        elif key == "v1":
            given.append(value)
    if timestamp is None or not given:
        raise BadRequest("the signature header has no t=... and v1=... parts", "bad-signature")
    expected = sign(secret, body, timestamp).rpartition("v1=")[2]
    if not any(hmac.compare_digest(expected, g) for g in given):
        raise BadRequest(
            "the signature does not match the body and the configured secret", "bad-signature"
        )
    if abs(now - timestamp) > tolerance:
        raise BadRequest(
            f"the event was signed {int(now - timestamp)} s ago, outside the {tolerance} s "
            "window; a replay is refused",
            "stale-event",
        )
