"""A reader's data: everything stored about an e-mail address, exported or erased.

Votes are stored under an anonymous reader id (cookie or keyed hash), not the address, so
they cannot be found from it; subscriptions will be dropped here once they exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from salon.domain.errors import Invalid
from salon.services.addresses import EMAIL
from salon.services.context import Deps
from salon.services.rendering import render
from salon.store import imports as import_rows
from salon.store import privacy as privacy_rows


@dataclass(frozen=True, slots=True)
class Erased:
    comments: int
    threads: int


def check_email(email: str) -> str:
    address = email.strip().lower()
    if not EMAIL.match(address):
        raise Invalid(f"{email!r} is not an e-mail address")
    return address


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [{k: _plain(v) for k, v in item.items()} for item in value]
    return value


def export_email(deps: Deps, email: str, via: str = "cli") -> dict[str, Any]:
    """Everything stored with the address; the request itself is recorded without it."""
    address = check_email(email)
    with deps.db.write() as conn:
        found = privacy_rows.comments_of(conn, address)
        privacy_rows.record(conn, "export", via, len(found), deps.clock())
    return {
        "email": address,
        "exported": _plain(deps.clock()),
        "comments": [
            {
                **{k: _plain(v) for k, v in c.items() if k != "ip_hash"},
                "html": render(c["text"]),
                # Only a keyed hash is stored, never the address itself.
                "ip_address_stored": "as a keyed hash" if c["ip_hash"] else "no",
            }
            for c in found
        ],
        "votes": "stored under an anonymous reader id, not linked to the address",
        "subscriptions": [],
    }


def count_comments(deps: Deps, email: str) -> int:
    with deps.db.read() as conn:
        return len(privacy_rows.comments_of(conn, check_email(email)))


def erase_email(deps: Deps, email: str, via: str = "cli") -> Erased:
    """Remove the address, the name ("[removed]"), websites and IP hashes; texts stay."""
    address = check_email(email)
    with deps.db.write() as conn:
        changed, thread_ids = privacy_rows.erase(conn, address)
        import_rows.bump_threads(conn, thread_ids)  # cached copies show the old name
        privacy_rows.record(conn, "erase", via, changed, deps.clock())
    return Erased(changed, len(thread_ids))


def requests(deps: Deps) -> list[dict[str, Any]]:
    """The audit trail of privacy requests (kind, via, comments, when)."""
    with deps.db.read() as conn:
        return privacy_rows.requests(conn)
