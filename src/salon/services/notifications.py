"""Reader notifications and moderator alerts, hung on the domain events.

The subscriber queues one job per event inside the use-case's transaction; the jobs
(run by the outbox worker) find the recipients and queue one mail each. Every mail has a
key, so a job that runs twice finds its mails there and queues nothing new.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from salon.config import SiteSettings
from salon.domain.comments import CommentState
from salon.domain.events import CommentHeld, CommentPublished, Event
from salon.services import reason_text
from salon.services.context import Deps
from salon.services.events import Subscriber
from salon.services.mail import (
    comment_view,
    mail_enabled,
    mail_language,
    permalink,
    queue_mail,
)
from salon.services.subscriptions import address_links, links
from salon.store import comments as comment_rows
from salon.store import outbox as outbox_rows
from salon.store import subscriptions as subscription_rows
from salon.store import threads as thread_rows
from salon.store.comments import CommentRecord
from salon.store.database import Connection
from salon.store.moderation import queue as held_queue

DIGEST_AT = time(7, 0)  # UTC: daily digests and moderator summaries leave then
BECAUSE = {
    "replies": "you asked to hear of replies to your comments",
    "thread": "you follow this discussion",
    "subthread": "you follow this conversation",
}


def next_daily(now: datetime) -> datetime:
    at = datetime.combine(now.date(), DIGEST_AT, tzinfo=now.tzinfo)
    return at if at > now else at + timedelta(days=1)


def notification_subscriber(deps: Deps) -> Subscriber:
    """Queues the ``notify`` and ``alert`` jobs in the transaction that caused them."""

    def record(conn: Connection, event: Event, now: datetime) -> None:
        if not mail_enabled(deps):
            return
        if isinstance(event, CommentPublished):
            outbox_rows.enqueue(conn, "notify", {"comment": event.comment_id}, now)
        elif isinstance(event, CommentHeld) and not event.is_spam:
            site = deps.settings.site(event.site)
            if site is not None and site.moderator_emails:
                payload = {"comment": event.comment_id, "at": now.isoformat()}
                outbox_rows.enqueue(conn, "alert", payload, now)

    return Subscriber("notifications", on=(CommentPublished, CommentHeld), durable=record)


def _ancestors(conn: Connection, record: CommentRecord) -> list[CommentRecord]:
    """Parent first, up to the thread's top."""
    chain: list[CommentRecord] = []
    parent_id = record.comment.parent_id
    while parent_id is not None and len(chain) < 100:
        parent = comment_rows.record(conn, parent_id)
        if parent is None:
            break
        chain.append(parent)
        parent_id = parent.comment.parent_id
    return chain


def notify_comment(deps: Deps, payload: dict[str, Any]) -> None:
    """The ``notify`` job: mail (or put in a digest) a published comment for its readers."""
    comment_id = int(payload["comment"])
    with deps.change() as tx:
        conn, now = tx.conn, tx.now
        record = comment_rows.record(conn, comment_id)
        # Only what is public now notifies: a comment removed before the job ran does not.
        if record is None or record.comment.state is not CommentState.PUBLISHED:
            return
        site = deps.settings.site(record.site)
        if site is None:
            return
        chain = _ancestors(conn, record)
        parent = chain[0] if chain else None
        parent_email = parent.author_email if parent else ""
        thread = thread_rows.by_id(conn, record.comment.thread_id)
        link = permalink(site, deps.settings.base_url(), record.uri, comment_id)
        for r in subscription_rows.recipients(
            conn, site.id, thread.id, [a.comment.id for a in chain], parent_email
        ):
            if r.email == record.author_email:
                continue  # nobody hears of their own comment
            if r.digest:
                subscription_rows.add_digest_item(conn, r.address_id, comment_id, now)
                day = next_daily(now)
                outbox_rows.enqueue(
                    conn,
                    "digest",
                    {"address": r.address_id, "day": day.date().isoformat()},
                    now,
                    run_after=day,
                    key=f"digest:{r.address_id}:{day.date().isoformat()}",
                )
                continue
            why = "replies" if parent_email and r.email == parent_email else r.kind
            manage_url, unsubscribe_url = address_links(deps, site.id, r.email, r.key)
            queue_mail(
                deps,
                conn,
                now,
                key=f"comment:{comment_id}:{r.address_id}",
                site=site,
                to=r.email,
                template="comment",
                context={
                    "author": comment_view(record.comment, now, mail_language(site))["author"],
                    "title": thread.title or record.uri,
                    "comment": comment_view(record.comment, now, mail_language(site)),
                    "parent": comment_view(parent.comment, now, mail_language(site))
                    if parent
                    else None,
                    "permalink": link,
                    "why": why,
                    "because": BECAUSE.get(why, BECAUSE["thread"]),
                    "manage_url": manage_url,
                    "unsubscribe_url": unsubscribe_url,
                },
                unsubscribe_url=unsubscribe_url,
            )


def send_digest(deps: Deps, payload: dict[str, Any]) -> None:
    """The ``digest`` job: one mail with the comments an address collected today."""
    address_id = int(payload["address"])
    with deps.change() as tx:
        address = subscription_rows.address_by_id(tx.conn, address_id)
        if address is None:
            return  # unsubscribed in the meantime
        site = deps.settings.site(address.site)
        if site is None:
            return
        views = []
        for comment_id in subscription_rows.take_digest(tx.conn, address_id):
            record = comment_rows.record(tx.conn, comment_id)
            if record is None or record.comment.state is not CommentState.PUBLISHED:
                continue
            title = thread_rows.by_id(tx.conn, record.comment.thread_id).title or record.uri
            link = permalink(site, deps.settings.base_url(), record.uri, comment_id)
            views.append(
                comment_view(
                    record.comment, tx.now, mail_language(site), title=title, permalink=link
                )
            )
        if not views:
            return
        manage_url, unsubscribe_url = address_links(deps, site.id, address.email, address.key)
        queue_mail(
            deps,
            tx.conn,
            tx.now,
            key=f"digest:{address_id}:{payload['day']}",
            site=site,
            to=address.email,
            template="digest",
            context={
                "comments": views,
                "manage_url": manage_url,
                "unsubscribe_url": unsubscribe_url,
            },
            unsubscribe_url=unsubscribe_url,
        )


def _held_view(
    deps: Deps, conn: Connection, site: SiteSettings, item: Any, now: datetime
) -> dict[str, Any]:
    record = comment_rows.record(conn, item.comment_id)
    if record is None:
        raise LookupError(item.comment_id)
    made = links(deps)
    return comment_view(
        record.comment,
        now,
        mail_language(site),
        title=thread_rows.by_id(conn, record.comment.thread_id).title or record.uri,
        spam=item.spam,
        abuse=item.abuse,
        # In the mail's language; the quoted text that fired stays as written, in <bdi>.
        reasons=reason_text.show_all(item.reasons, mail_language(site)),
        approve_url=made.url("/mail/moderate", made.moderate_token(item.comment_id, "approve")),
        spam_url=made.url("/mail/moderate", made.moderate_token(item.comment_id, "spam")),
    )


def _alert(
    deps: Deps, conn: Connection, now: datetime, site: SiteSettings, items: list[Any], key: str
) -> None:
    for email in site.moderator_emails:
        queue_mail(
            deps,
            conn,
            now,
            key=f"{key}:{email}",
            site=site,
            to=email,
            template="held",
            # Fresh one-time links per moderator: one's click does not spend another's.
            context={
                "items": [_held_view(deps, conn, site, i, now) for i in items],
                "queue_url": f"{deps.settings.base_url().rstrip('/')}/admin",
            },
        )


def alert_held(deps: Deps, payload: dict[str, Any]) -> None:
    """The ``alert`` job: tell the site's moderators of a held comment (or save it for later)."""
    comment_id = int(payload["comment"])
    with deps.change() as tx:
        record = comment_rows.record(tx.conn, comment_id)
        if record is None or record.comment.state is not CommentState.HELD:
            return  # decided before the job ran
        site = deps.settings.site(record.site)
        if site is None or not site.moderator_emails:
            return
        if site.moderator_summary:
            day = next_daily(tx.now)
            outbox_rows.enqueue(
                tx.conn,
                "summary",
                {"site": site.id, "day": day.date().isoformat()},
                tx.now,
                run_after=day,
                key=f"summary:{site.id}:{day.date().isoformat()}",
            )
            return
        items = [
            i for i in held_queue(tx.conn, ("held",), site.id, 500) if i.comment_id == comment_id
        ]
        if items:
            _alert(deps, tx.conn, tx.now, site, items[:1], f"held:{comment_id}:{payload['at']}")


def send_summary(deps: Deps, payload: dict[str, Any]) -> None:
    """The ``summary`` job: the day's held comments in one mail per moderator."""
    site = deps.settings.site(str(payload["site"]))
    if site is None or not site.moderator_emails:
        return
    with deps.change() as tx:
        items = held_queue(tx.conn, ("held",), site.id, 100)
        if items:
            _alert(deps, tx.conn, tx.now, site, items, f"summary:{site.id}:{payload['day']}")
