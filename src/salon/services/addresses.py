"""Email addresses as readers type them: one check for comments and subscriptions."""

from __future__ import annotations

import re

from salon.domain.errors import Invalid

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")


def check_email(email: str) -> str:
    """The address trimmed and lower-cased, '' for none; Invalid (422) when malformed."""
    email = email.strip()
    if email and (not EMAIL.match(email) or any(ord(ch) < 32 for ch in email)):
        raise Invalid(f"{email!r} is not an email address")
    return email.lower()
