"""Webhook transport: Standard Webhooks signatures and one POST with a timeout."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping
from dataclasses import dataclass


def secret_bytes(secret: str) -> bytes:
    """A ``whsec_<base64>`` secret (as Standard Webhooks libraries make them) or plain text."""
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret[6:], validate=True)
        except ValueError:
            pass
    return secret.encode()


def signature(secret: str, webhook_id: str, timestamp: int, body: bytes) -> str:
    """``v1,<base64 HMAC-SHA256 of "id.timestamp.body">``, the webhook-signature header."""
    signed = f"{webhook_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_bytes(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signed_headers(secret: str, webhook_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "content-type": "application/json",
        "webhook-id": webhook_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, webhook_id, timestamp, body),
    }


@dataclass(frozen=True, slots=True)
class Delivery:
    status: int | None  # None: no answer (refused, timed out)
    error: str | None
    ms: int

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


def post(url: str, body: bytes, headers: Mapping[str, str], timeout: float) -> Delivery:
    # Imported by the first delivery, not at start: ~3 MB that a site without webhooks
    # never needs in any serving process.
    import httpx

    started = time.perf_counter()
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            answer = client.post(url, content=body, headers=dict(headers))
    except httpx.HTTPError as e:
        ms = int((time.perf_counter() - started) * 1000)
        return Delivery(None, f"{type(e).__name__}: {e}" or type(e).__name__, ms)
    ms = int((time.perf_counter() - started) * 1000)
    error = (
        None
        if 200 <= answer.status_code < 300
        else f"HTTP {answer.status_code}: {answer.text[:200]}"
    )
    return Delivery(answer.status_code, error, ms)
