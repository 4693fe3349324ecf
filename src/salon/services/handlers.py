"""The default outbox handlers and event subscribers that create_app assembles."""

from __future__ import annotations

from salon.outbox.registry import Registry
from salon.services.context import Deps
from salon.services.events import Subscriber
from salon.services.learning import learn_site
from salon.services.mail import send_mail
from salon.services.notifications import (
    alert_held,
    notification_subscriber,
    notify_comment,
    send_digest,
    send_summary,
)
from salon.services.webhooks import deliver, webhook_subscriber


def default_handlers() -> Registry:
    return Registry(
        {
            "learn": learn_site,
            "mail": send_mail,
            "notify": notify_comment,
            "alert": alert_held,
            "digest": send_digest,
            "summary": send_summary,
            "webhook": deliver,
        }
    )


def default_subscribers(deps: Deps) -> list[Subscriber]:
    """Durable subscribers on the events; the live broker is added by the app."""
    return [notification_subscriber(deps), webhook_subscriber(deps)]
