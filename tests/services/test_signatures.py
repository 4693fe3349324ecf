"""Stripe's timestamped HMAC-SHA256 scheme, with signatures made from a test secret."""

from __future__ import annotations

import hashlib
import hmac

import pytest

from salon.domain.errors import BadRequest
from salon.services.signatures import sign, verify

SECRET = "whsec_test_secret"
BODY = b'{"id":"evt_1","type":"payment_intent.succeeded"}'
NOW = 1_800_000_000


def test_sign_is_stripe_scheme() -> None:
    mac = hmac.new(SECRET.encode(), f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    assert sign(SECRET, BODY, NOW) == f"t={NOW},v1={mac}"


def test_valid_signature_passes() -> None:
    verify(SECRET, sign(SECRET, BODY, NOW), BODY, NOW + 10, 300)
    # a secret being rolled: one of several v1 matches; v0 (test mode) is ignored
    header = f"t={NOW},v1={'0' * 64},v1={sign(SECRET, BODY, NOW).rpartition('v1=')[2]},v0=abc"
    verify(SECRET, header, BODY, NOW, 300)


@pytest.mark.parametrize(
    ("header", "body", "now", "code"),
    [
        (None, BODY, NOW, "unsigned"),
        ("", BODY, NOW, "unsigned"),
        ("v1=abc", BODY, NOW, "bad-signature"),
        ("t=123", BODY, NOW, "bad-signature"),
        (sign("whsec_other", BODY, NOW), BODY, NOW, "bad-signature"),
        (sign(SECRET, BODY, NOW), BODY.replace(b"evt_1", b"evt_2"), NOW, "bad-signature"),
        (sign(SECRET, BODY, NOW), BODY, NOW + 301, "stale-event"),
        (sign(SECRET, BODY, NOW), BODY, NOW - 301, "stale-event"),
        # the timestamp is signed: moving it forward breaks the signature
        (
            sign(SECRET, BODY, NOW).replace(f"t={NOW}", f"t={NOW + 400}"),
            BODY,
            NOW + 400,
            "bad-signature",
        ),
    ],
)
def test_refused(header: str | None, body: bytes, now: int, code: str) -> None:
    with pytest.raises(BadRequest) as e:
        verify(SECRET, header, body, now, 300)
    assert e.value.code == code
