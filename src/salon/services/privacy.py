"""A reader's data: everything stored about an e-mail address, exported or erased.

Votes and reports are stored under an anonymous reader id (cookie or keyed hash), not the
address, so they cannot be found from it. ``site`` narrows every function to one site (the
link a reader asks for on a site); None is every site (the operator's CLI).
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
    subscriptions: int = 0


def check_email(email: str) -> str:
    address = email.strip().lower()
    if not EMAIL.match(address):
        raise Invalid(f"{email!r} is not an e-mail address")
    return address


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def export_email(
    deps: Deps, email: str, via: str = "cli", site: str | None = None
) -> dict[str, Any]:
    """Everything stored with the address; the request itself is recorded without it."""
    address = check_email(email)
    with deps.db.write() as conn:
        found = privacy_rows.comments_of(conn, address, site)
        subscriptions = privacy_rows.subscriptions_of(conn, address, site)
        mails = privacy_rows.mails_to(conn, address, site)
        privacy_rows.record(conn, "export", via, len(found), deps.clock())
    return {
        "email": address,
        "site": site if site is not None else "all",
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
        "reports": "stored under an anonymous reader id, not linked to the address",
        "subscriptions": _plain(subscriptions),
        "mails": _plain(mails),
    }


def count_comments(deps: Deps, email: str, site: str | None = None) -> int:
    with deps.db.read() as conn:
        return privacy_rows.count_comments(conn, check_email(email), site)


def erase_email(deps: Deps, email: str, via: str = "cli", site: str | None = None) -> Erased:
    """Remove the address, the name ("[removed]"), websites and IP hashes (texts stay);
    end its subscriptions and drop the mails written to it."""
    address = check_email(email)
    with deps.db.write() as conn:
        changed, thread_ids = privacy_rows.erase(conn, address, site)
        ended = privacy_rows.forget_address(conn, address, site)
        import_rows.bump_threads(conn, thread_ids)  # cached copies show the old name
        privacy_rows.record(conn, "erase", via, changed, deps.clock())
    return Erased(changed, len(thread_ids), ended)


def requests(deps: Deps) -> list[dict[str, Any]]:
    """The audit trail of privacy requests (kind, via, comments, when)."""
    with deps.db.read() as conn:
        return privacy_rows.requests(conn)
