"""Signed links in mails: confirm an address, manage or end subscriptions, moderate once."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from itsdangerous import BadSignature, SignatureExpired

from salon.domain.errors import Forbidden, Gone
from salon.services.tokens import Signer, timed_serializer

CONFIRM_FOR = timedelta(days=7)
MANAGE_FOR = timedelta(days=400)  # unsubscribe links must keep working for a long time
MODERATE_FOR = timedelta(days=3)
FORGED = "this link is not valid: it may have been cut short or changed; use the link from the mail"


@dataclass(frozen=True, slots=True)
class AddressLink:
    site: str
    email: str
    key: str


@dataclass(frozen=True, slots=True)
class ModerateLink:
    comment_id: int
    action: str  # "approve" | "spam"
    nonce: str


class Links:
    def __init__(self, signer: Signer, public_url: str, clock: Callable[[], datetime]) -> None:
        self._confirm = timed_serializer(signer, "salon.mail.confirm", clock)
        self._manage = timed_serializer(signer, "salon.mail.manage", clock)
        self._moderate = timed_serializer(signer, "salon.mail.moderate", clock)
        self.base = public_url.rstrip("/")

    def url(self, path: str, token: str) -> str:
        return f"{self.base}{path}?{urlencode({'t': token})}"

    def confirm_token(self, a: AddressLink) -> str:
        return self._confirm.dumps([a.site, a.email, a.key])

    def manage_token(self, a: AddressLink) -> str:
        return self._manage.dumps([a.site, a.email, a.key])

    def moderate_token(self, comment_id: int, action: str) -> str:
        return self._moderate.dumps([comment_id, action, secrets.token_hex(16)])

    def read_confirm(self, token: str) -> AddressLink:
        return AddressLink(*_strings(_load(self._confirm, token, CONFIRM_FOR, "confirmation"), 3))

    def read_manage(self, token: str) -> AddressLink:
        return AddressLink(*_strings(_load(self._manage, token, MANAGE_FOR, "subscriptions"), 3))

    def read_moderate(self, token: str) -> ModerateLink:
        value = _load(self._moderate, token, MODERATE_FOR, "moderation")
        if (
            not isinstance(value, list)
            or len(value) != 3
            or not isinstance(value[0], int)
            or value[1] not in ("approve", "spam")
        ):
            raise Forbidden(FORGED, code="link-invalid")
        return ModerateLink(value[0], str(value[1]), str(value[2]))


def _load(serializer: Any, token: str, max_age: timedelta, what: str) -> Any:
    if not token:
        raise Forbidden(FORGED, code="link-invalid")
    try:
        return serializer.loads(token, max_age=int(max_age.total_seconds()))
    except SignatureExpired as e:
        days = max_age.days
        raise Gone(
            f"this {what} link has expired (links are valid for {days} days); "
            "ask for a new one where you got it",
            code="link-expired",
        ) from e
    except (BadSignature, ValueError, TypeError) as e:
        raise Forbidden(FORGED, code="link-invalid") from e


def _strings(value: Any, n: int) -> list[str]:
    if not isinstance(value, list) or len(value) != n or not all(isinstance(v, str) for v in value):
        raise Forbidden(FORGED, code="link-invalid")
    return value
