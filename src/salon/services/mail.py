"""Queueing and sending mail: a mail row first (its Message-ID fixed), then one SMTP send.

The ``mail`` job sends a row that has not been sent and marks it sent afterwards, so a
job repeated after a crash or an SMTP outage never sends a mail twice; the one gap left
(the process dies between the server's "250 OK" and our commit) resends the same
Message-ID, which receivers treat as the same message.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from salon.config import SiteSettings
from salon.domain.comments import Comment
from salon.i18n.catalogues import direction, shipped
from salon.i18n.negotiate import negotiate
from salon.i18n.times import ago
from salon.outbox.mailer import OutgoingMail
from salon.services.context import Deps
from salon.services.serialise import html_of
from salon.store import mails as mail_rows
from salon.store import outbox as outbox_rows
from salon.store.database import Connection

TEXT_EXCERPT = 2000


def mail_enabled(deps: Deps) -> bool:
    return deps.settings.smtp_host is not None


def message_id(key: str, mail_from: str) -> str:
    """Stable per mail key: a retry of the same notification carries the same id."""
    domain = mail_from.rpartition("@")[2] or "localhost"
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:40]}.salon@{domain}>"


def queue_mail(
    deps: Deps,
    conn: Connection,
    now: datetime,
    *,
    key: str,
    site: SiteSettings,
    to: str,
    template: str,
    context: dict[str, Any],
    unsubscribe_url: str | None = None,
) -> int | None:
    """Write the mail and its send job in the caller's transaction; None if ``key`` exists."""
    lang = mail_language(site)
    rendered = deps.mail_templates.render(
        template,
        {
            "site_name": site.name or site.id,
            "lang": lang,
            "dir": direction(lang),
            "i18n": shipped().translations(lang),
            **context,
        },
    )
    headers: dict[str, str] = {}
    if unsubscribe_url:
        # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" to this URL.
        headers["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    mail_id = mail_rows.add(
        conn,
        key=key,
        site=site.id,
        recipient=to,
        message_id=message_id(key, deps.settings.mail_from),
        subject=rendered.subject,
        text_body=rendered.text,
        html_body=rendered.html,
        headers=headers,
        created=now,
    )
    if mail_id is not None:
        outbox_rows.enqueue(conn, "mail", {"mail": mail_id}, now)
    return mail_id


def send_mail(deps: Deps, payload: dict[str, Any]) -> None:
    """The ``mail`` job: send the row once."""
    with deps.db.read() as conn:
        mail = mail_rows.get(conn, int(payload["mail"]))
    if mail is None or mail.sent is not None:
        return
    if deps.mailer is None:
        raise RuntimeError("no SMTP server configured: set SALON_SMTP_HOST")
    site = deps.settings.site(mail.site)
    name = (site.mail_sender_name or site.name) if site else ""
    deps.mailer.send(
        OutgoingMail(
            sender=deps.settings.mail_from,
            sender_name=name,
            recipient=mail.recipient,
            subject=mail.subject,
            text=mail.text_body,
            html=mail.html_body,
            message_id=mail.message_id,
            date=mail.created,
            headers=mail.headers,
        )
    )
    with deps.db.write() as conn:
        mail_rows.mark_sent(conn, mail.id, deps.clock())


def thread_url(site: SiteSettings, public_url: str, uri: str) -> str:
    """The article on the publisher's page, or Salon's rendered thread without a known page."""
    base = site.url or next((o for o in site.origins if o != "local"), "")
    if base:
        return f"{base.rstrip('/')}{uri}"
    return f"{public_url.rstrip('/')}/threads/{site.id}?uri={quote(uri)}"


def permalink(site: SiteSettings, public_url: str, uri: str, comment_id: int) -> str:
    """The comment on the publisher's page (or on Salon's rendered thread)."""
    return f"{thread_url(site, public_url, uri)}#comment-{comment_id}"


def mail_language(site: SiteSettings) -> str:
    """Mails are written in the site's language (English without one)."""
    return negotiate("", site.language, shipped().languages)


def comment_view(comment: Comment, now: datetime, lang: str = "en", **extra: Any) -> dict[str, Any]:
    """What a template shows of a comment: the sanitised HTML, never the raw text as HTML."""
    t = shipped().translations(lang)
    return {
        "author": comment.author_name or t.gettext("Anonymous"),
        "when": ago(comment.created, now, lang, t),
        # Built by the one sanitiser (services.rendering), so marking it safe is sound.
        "html": Markup(html_of(comment.text)),  # noqa: S704
        "text": comment.text[:TEXT_EXCERPT],
        **extra,
    }
