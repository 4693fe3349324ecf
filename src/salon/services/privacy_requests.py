"""A reader asks for their data: a signed "my data" link, mailed to the address itself.

The answer is the same whether or not the address has comments on the site (no oracle);
only an address with comments there gets the mail. Limited per IP hash and per address
hash, counted before anything is looked up, so the limit says nothing about the address.
"""

from __future__ import annotations

from salon.domain.errors import Invalid, RateLimited, Unavailable
from salon.services.context import Deps, Requester
from salon.services.mail import mail_enabled, queue_mail
from salon.services.privacy import check_email
from salon.store import privacy as privacy_rows

# The link is mailed; a day is long enough to open it and short enough to be stale after.
LINK_SECONDS = 24 * 3600
ACCEPTED = (
    "If this address has comments on this site, a link to them is on its way: "
    "it lets you download or erase them and is valid for 24 hours."
)


class MailUnavailable(Unavailable):
    code = "no-mail"
    title = "Mail is not set up"


def link_url(deps: Deps, email: str, site: str) -> str:
    """The signed page where the reader downloads or erases their data on ``site``."""
    return f"{deps.settings.base_url()}/privacy/{deps.signer.privacy_token(email, site)}"


def request_link(deps: Deps, requester: Requester, site_id: str, email: str) -> str:
    """Mail the address its "my data" link if it has comments on the site; the answer."""
    site = deps.site(site_id, requester.origin)
    if not email.strip():
        raise Invalid("type the e-mail address you wrote your comments with")
    address = check_email(email)
    if not mail_enabled(deps):
        raise MailUnavailable(
            "this comment server cannot send mail (no SMTP server is configured); "
            "ask the publisher for your data",
            retry_after=3600,
        )
    _limit(deps, requester, site.id, address)
    with deps.change() as tx:
        if privacy_rows.count_comments(tx.conn, address, site.id):
            queue_mail(
                deps,
                tx.conn,
                tx.now,
                key=f"privacy:{site.id}:{_hash(deps, address)}:{tx.now.isoformat()}",
                site=site,
                to=address,
                template="privacy",
                context={"email": address, "link": link_url(deps, address, site.id)},
            )
    return ACCEPTED


def _hash(deps: Deps, address: str) -> str:
    return deps.signer.keyed_hash("privacy-address", address)


def _limit(deps: Deps, requester: Requester, site: str, address: str) -> None:
    # Keyed hashes only: no address (or IP) in the limiter's store, Redis included.
    for kind, key, who in (
        ("ip", deps.ip_hash(requester), "network address"),
        ("address", _hash(deps, address), "e-mail address"),
    ):
        wait = deps.privacy_limits.hit(kind, f"privacy:{site}:{key}" if key else "")
        if wait is not None:
            raise RateLimited(
                f"too many requests for a link from this {who}; "
                f"wait {wait:.0f} seconds and try again",
                retry_after=wait,
            )
