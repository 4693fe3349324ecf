"""Outgoing webhooks per site: events queued in the change's transaction, sent by the outbox.

Formats: ``standard`` (Standard Webhooks: signed JSON ``{"type", "timestamp", "data"}``),
``slack`` (incoming-webhook ``{"text"}``) and ``telegram`` (Bot API ``sendMessage``).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import secrets
from datetime import datetime
from typing import Any

from salon.config import WEBHOOK_EVENTS, SiteSettings, WebhookSettings
from salon.domain.errors import NotFound
from salon.domain.events import Event
from salon.outbox.webhook import Delivery, post, signed_headers
from salon.services.context import Deps
from salon.services.events import Subscriber
from salon.services.mail import permalink
from salon.services.serialise import comment_json
from salon.store import comments as comment_rows
from salon.store import outbox as outbox_rows
from salon.store import webhooks as webhook_rows
from salon.store.database import Connection

TAGS = re.compile(r"<[^>]+>")
EXCERPT = 500


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode()).hexdigest()[:32]


def find_target(site: SiteSettings, hashed: str) -> WebhookSettings | None:
    return next((w for w in site.webhooks if url_hash(w.url) == hashed), None)


def webhook_subscriber(deps: Deps) -> Subscriber:
    """One ``webhook`` job per event and interested target, in the change's transaction."""

    def record(conn: Connection, event: Event, now: datetime) -> None:
        site = deps.settings.site(event.site)
        if site is None or event.type not in WEBHOOK_EVENTS:
            return
        targets = [w for w in site.webhooks if event.type in w.events]
        if not targets:
            return
        comment = getattr(event, "comment", None) or _current(conn, event.comment_id)
        body = {
            "type": event.type,
            "timestamp": now.isoformat().replace("+00:00", "Z"),
            "data": {"site": event.site, "uri": event.uri, "comment": dict(comment)},
        }
        for target in targets:
            payload = {
                "site": site.id,
                "target": url_hash(target.url),
                # Fixed now, so every retry carries the same webhook-id (receivers dedupe).
                "webhook_id": "msg_" + secrets.token_hex(12),
                "body": body,
            }
            outbox_rows.enqueue(conn, "webhook", payload, now)

    return Subscriber("webhooks", durable=record)


def _current(conn: Connection, comment_id: int) -> dict[str, Any]:
    record = comment_rows.record(conn, comment_id)
    if record is None:
        return {"id": comment_id}
    return comment_json(record.comment, with_replies=False)


def _plain(comment: dict[str, Any]) -> str:
    text = html.unescape(TAGS.sub(" ", str(comment.get("html", "")))).strip()
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


WORDS = {
    "comment.published": "New comment",
    "comment.held": "Comment held for review",
    "comment.edited": "Comment edited",
    "comment.deleted": "Comment deleted",
    "comment.approved": "Comment approved",
    "comment.rejected": "Comment rejected",
}


def render(
    target: WebhookSettings, site: SiteSettings, public_url: str, body: dict[str, Any]
) -> bytes:
    """The bytes to POST for this target's format."""
    if target.format == "standard":
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    data = body["data"]
    comment = data["comment"]
    who = (comment.get("author") or {}).get("name") or "Anonymous"
    link = permalink(site, public_url, data["uri"], int(comment.get("id", 0)))
    title = f"{WORDS.get(body['type'], body['type'])} by {who} on {data['uri']}"
    text = _plain(comment)
    if target.format == "slack":
        # Slack's mrkdwn: &, < and > are escaped; <url|label> is a link.
        def esc(s: str) -> str:
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        message = f"*{esc(title)}*\n>{esc(text)}\n<{link}|Open the comment>"
        return json.dumps({"text": message}).encode()
    message = f"{title}\n\n{text}\n\n{link}"
    return json.dumps(
        {
            "chat_id": target.secret.get_secret_value(),
            "text": message,
            "disable_web_page_preview": True,
        }
    ).encode()


def deliver(deps: Deps, payload: dict[str, Any]) -> None:
    """The ``webhook`` job: one POST; failures retry with the outbox's backoff."""
    site = deps.settings.site(str(payload["site"]))
    target = find_target(site, str(payload["target"])) if site else None
    if site is None or target is None:
        return  # the target was removed from the configuration
    body: dict[str, Any] = payload["body"]
    with deps.db.write() as conn:
        row = webhook_rows.target(conn, site.id, str(payload["target"]), target.url)
    if row.disabled is not None:
        with deps.db.write() as conn:
            skipped = Delivery(None, f"not sent: target disabled ({row.reason})", 0)
            _log(deps, conn, row.id, payload, skipped)
        return
    content = render(target, site, deps.settings.base_url(), body)
    headers = {"content-type": "application/json"}
    if target.format == "standard":
        stamp = int(deps.clock().timestamp())
        headers = signed_headers(
            target.secret.get_secret_value(), payload["webhook_id"], stamp, content
        )
    result = post(target.url, content, headers, deps.settings.webhook_timeout)
    with deps.db.write() as conn:
        _log(deps, conn, row.id, payload, result)
        if result.ok:
            webhook_rows.succeeded(conn, row.id)
            return
        disabled = webhook_rows.failed(
            conn, row.id, deps.settings.webhook_max_failures, result.error or "", deps.clock()
        )
    if not disabled:
        raise RuntimeError(f"webhook to {target.url} failed: {result.error}")


def _log(
    deps: Deps, conn: Connection, target_id: int, payload: dict[str, Any], result: Delivery
) -> None:
    webhook_rows.log(
        conn,
        target_id,
        payload["webhook_id"],
        payload["body"]["type"],
        deps.clock(),
        result.status,
        result.error,
        result.ms,
    )


def targets(
    deps: Deps, log: int = 5
) -> list[tuple[webhook_rows.Target, list[webhook_rows.DeliveryRow]]]:
    """Every target used so far, with its newest deliveries."""
    with deps.db.read() as conn:
        return [(t, webhook_rows.deliveries(conn, t.id, log)) for t in webhook_rows.of_site(conn)]


def enable_target(deps: Deps, target_id: int) -> None:
    with deps.db.write() as conn:
        if not webhook_rows.enable(conn, target_id):
            raise NotFound(f"there is no webhook target {target_id}")
