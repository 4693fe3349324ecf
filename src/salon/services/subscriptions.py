"""Readers' subscriptions: double opt-in, no oracle, rate-limited, ended from any mail.

Kinds: ``replies`` (replies to the address's own comments on the site), ``thread``
(every new comment of a thread) and ``subthread`` (replies anywhere below one comment).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

from salon.config import SiteSettings
from salon.domain.comments import CommentState, Notify
from salon.domain.errors import Invalid, NotFound, RateLimited
from salon.services.addresses import check_email
from salon.services.context import Deps, Requester
from salon.services.events import Change
from salon.services.links import CONFIRM_FOR, AddressLink, Links
from salon.services.mail import mail_enabled, queue_mail
from salon.services.threads import check_uri
from salon.store import comments as comment_rows
from salon.store import subscriptions as subscription_rows
from salon.store import threads as thread_rows
from salon.store.database import Connection
from salon.store.subscriptions import Address, Subscription

log = logging.getLogger(__name__)


class Kind(StrEnum):
    REPLIES = "replies"
    THREAD = "thread"
    SUBTHREAD = "subthread"


ACCEPTED = (
    "If this address can get mail from us, a confirmation is on its way "
    "or the subscription is active."
)


def links(deps: Deps) -> Links:
    return Links(deps.signer, deps.settings.base_url(), deps.clock)


def address_links(deps: Deps, site: str, email: str, key: str) -> tuple[str, str]:
    """(subscriptions page, one-click unsubscribe) URLs for mails to an address."""
    token = links(deps).manage_token(AddressLink(site, email, key))
    return links(deps).url("/mail/subscriptions", token), links(deps).url(
        "/mail/unsubscribe", token
    )


def subscribe(
    deps: Deps,
    requester: Requester,
    site_id: str,
    uri: str,
    email: str,
    kind: Kind | str,
    comment_id: int | None = None,
) -> str:
    """Subscribe; the answer is the same whether the address is known, new or confirmed."""
    site = deps.site(site_id, requester.origin)
    email = check_email(email)
    if not email:
        raise Invalid("an email address is needed to subscribe")
    try:
        kind = Kind(kind)
    except ValueError as e:
        raise Invalid(f"kind must be one of {', '.join(k.value for k in Kind)}") from e
    check_uri(uri)
    _limit(deps, site, deps.ip_hash(requester), email)
    with deps.change() as tx:
        target = _target(tx, site, uri, kind, comment_id)
        _subscribe(deps, tx, site, email, kind, target)
    return ACCEPTED


def subscribe_on_post(
    deps: Deps,
    tx: Change,
    site: SiteSettings,
    email: str,
    notify: Notify,
    thread_id: int,
    ip_hash: str,
) -> None:
    """The widget's "Notify of" choice, made with a comment, inside its transaction."""
    try:
        _limit(deps, site, ip_hash, email)
    except RateLimited:
        # The comment matters more than the subscription: keep the one, log the other.
        log.info("subscription with a comment refused: too many from this address or IP")
        return
    kind = Kind.REPLIES if notify is Notify.REPLIES else Kind.THREAD
    _subscribe(deps, tx, site, email, kind, 0 if kind is Kind.REPLIES else thread_id)


def _limit(deps: Deps, site: SiteSettings, ip_hash: str, email: str) -> None:
    for kind, key, who in (("ip", ip_hash, "address"), ("address", email, "email address")):
        wait = deps.subscribe_limits.hit(kind, f"{site.id}:{key}" if key else "")
        if wait is not None:
            raise RateLimited(
                f"too many subscriptions from this {who}; wait {wait:.0f} seconds and try again",
                retry_after=wait,
            )


def _target(tx: Change, site: SiteSettings, uri: str, kind: Kind, comment_id: int | None) -> int:
    if kind is Kind.REPLIES:
        return 0
    conn = tx.conn
    thread = thread_rows.find(conn, site.id, uri)
    if kind is Kind.THREAD:
        if thread is None:
            # Following a thread nobody has commented on yet: create it, as a first post would.
            thread = thread_rows.get_or_create(conn, site.id, uri, "", tx.now)
        return thread.id
    if comment_id is None:
        raise Invalid("following a sub-thread needs the comment it starts from")
    record = comment_rows.record(conn, comment_id)
    if (
        record is None
        or thread is None
        or record.comment.thread_id != thread.id
        or record.comment.state is not CommentState.PUBLISHED
    ):
        raise NotFound(f"there is no comment {comment_id} in this thread to follow")
    return comment_id


def _subscribe(
    deps: Deps, tx: Change, site: SiteSettings, email: str, kind: Kind, target: int
) -> None:
    if not mail_enabled(deps):
        return
    address = subscription_rows.get_or_add_address(tx.conn, site.id, email, tx.now)
    subscription_rows.subscribe(tx.conn, address.id, kind.value, target, tx.now)
    if address.confirmed is not None:
        return
    # One confirmation per address while it is valid, however often it subscribes.
    if address.confirm_sent is not None and tx.now - address.confirm_sent < CONFIRM_FOR:
        return
    token = links(deps).confirm_token(AddressLink(site.id, email, address.key))
    queue_mail(
        deps,
        tx.conn,
        tx.now,
        key=f"confirm:{address.id}:{tx.now.isoformat()}",
        site=site,
        to=email,
        template="confirm",
        context={"email": email, "confirm_url": links(deps).url("/mail/confirm", token)},
    )
    subscription_rows.set_confirm_sent(tx.conn, address.id, tx.now)


def _address(conn: Connection, link: AddressLink) -> Address | None:
    """The address a link names, if the link's key is still its key."""
    found = subscription_rows.address(conn, link.site, link.email, for_update=True)
    return found if found is not None and found.key == link.key else None


def confirm(deps: Deps, token: str) -> str:
    """Confirm an address (idempotent); the address, for the page to show."""
    link = links(deps).read_confirm(token)
    with deps.change() as tx:
        found = _address(tx.conn, link)
        if found is None:
            raise NotFound(
                "these subscriptions were ended in the meantime; subscribe again on the page"
            )
        subscription_rows.confirm(tx.conn, found.id, tx.now)
    return link.email


@dataclass(frozen=True, slots=True)
class Overview:
    email: str
    site: str
    confirmed: bool
    digest: bool
    subscriptions: list[Subscription]


def overview(deps: Deps, token: str) -> Overview:
    link = links(deps).read_manage(token)
    with deps.db.read() as conn:
        found = subscription_rows.address(conn, link.site, link.email)
        if found is None or found.key != link.key:
            return Overview(link.email, link.site, False, False, [])
        subs = subscription_rows.of_address(conn, found.id)
    return Overview(link.email, link.site, found.confirmed is not None, found.digest, subs)


def end(deps: Deps, token: str, subscription_id: int | None = None) -> int:
    """End one subscription, or all (and forget the address); how many ended. Idempotent."""
    link = links(deps).read_manage(token)
    with deps.change() as tx:
        found = _address(tx.conn, link)
        if found is None:
            return 0
        if subscription_id is not None:
            return int(subscription_rows.unsubscribe(tx.conn, found.id, subscription_id))
        ended = len(subscription_rows.of_address(tx.conn, found.id))
        subscription_rows.forget_address(tx.conn, found.id)
    return ended


def set_digest(deps: Deps, token: str, digest: bool) -> None:
    link = links(deps).read_manage(token)
    with deps.change() as tx:
        found = _address(tx.conn, link)
        if found is None:
            raise NotFound("there are no subscriptions for this address any more")
        subscription_rows.set_digest(tx.conn, found.id, digest)
