"""Row ids as readers and moderators send them: positive, ASCII digits, within the store's range."""

from __future__ import annotations

import re

from salon.domain.errors import Invalid

# Ids are 32-bit INTEGER columns on PostgreSQL (SQLite allows 64 bits): past this no row
# can exist, so a larger id is refused before it reaches either database.
MAX_ID = 2**31 - 1
_DIGITS = re.compile(r"[0-9]{1,10}")


def parse_id(value: str, what: str = "comment") -> int:
    """An id from a form field; Invalid for anything but 1..MAX_ID in ASCII digits."""
    # str.isdigit() accepts "²" and other digits int() refuses, hence the explicit pattern.
    if not _DIGITS.fullmatch(value) or not 1 <= int(value) <= MAX_ID:
        raise Invalid(f"{value[:40]!r} is not a {what} id")
    return int(value)
