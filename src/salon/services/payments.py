"""Payment webhooks: Stripe's events and Salon's generic signed JSON, counted exactly once.

A call is verified first (signature and time window); a refused call is recorded with its
reason and answered 4xx. A verified event becomes a Payment or a Refund:

- a payment is counted once per event id *and* once per payment (Stripe reports one
  checkout payment both as ``checkout.session.completed`` and ``payment_intent.succeeded``);
- a refund subtracts what was refunded since the last refund event of that payment, so a
  redelivered or cumulative refund never subtracts twice; a full refund also takes the
  supporter off the count.

Other verified events are answered 200 "ignored", so that the provider stops retrying.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from salon.domain.errors import BadRequest, Invalid, NotFound, SalonError, Unavailable
from salon.domain.support import Campaign, Source
from salon.services import signatures
from salon.services.context import Deps
from salon.services.money import currency_code, to_minor
from salon.services.support import announce, public_json
from salon.store import support as support_rows
from salon.store.support import Change

# metadata key (on the Checkout Session or the Payment Intent) naming the campaign id
STRIPE_CAMPAIGN_KEY = "salon_campaign"
SECRETS = {Source.STRIPE: "stripe_webhook_secret", Source.GENERIC: "support_webhook_secret"}


@dataclass(frozen=True, slots=True)
class Payment:
    event_id: str
    campaign_id: int
    amount: str | int  # decimal text (generic) or minor units (Stripe)
    currency: str | None
    reference: str


@dataclass(frozen=True, slots=True)
class Refund:
    event_id: str
    reference: str
    amount: str | int  # decimal text (generic: this refund) or minor units (Stripe)
    cumulative: bool  # Stripe's amount_refunded is every refund of the charge so far


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # "counted" | "duplicate" | "ignored"
    detail: str
    campaign: Campaign | None = None


def receive(
    deps: Deps, source: Source, site_id: str, body: bytes, signature: str | None
) -> tuple[Outcome, dict[str, Any]]:
    """Verify, parse and apply one webhook call; (outcome, its JSON answer)."""
    site = deps.settings.site(site_id)
    if site is None:
        raise NotFound(f"unknown site {site_id!r}")
    event_id: str | None = None
    try:
        secret = getattr(site, SECRETS[source])
        if secret is None:
            raise NotFound(
                f"site {site_id!r} has no {SECRETS[source]} configured; set it to receive "
                "these webhooks",
                "webhook-not-configured",
            )
        signatures.verify(
            secret.get_secret_value(),
            signature,
            body,
            deps.clock().timestamp(),
            deps.settings.support_webhook_tolerance_seconds,
        )
        try:
            event = json.loads(body)
        except ValueError as e:
            raise BadRequest("the event is not JSON", "bad-json") from e
        if not isinstance(event, dict):
            raise Invalid("the event must be a JSON object")
        event_id = _text(event.get("id"))
        parsed = stripe_event(event) if source is Source.STRIPE else generic_event(event)
        if isinstance(parsed, str):
            outcome = Outcome("ignored", parsed)
        elif isinstance(parsed, Payment):
            outcome = _pay(deps, source, site_id, parsed)
        else:
            outcome = _refund(deps, source, site_id, parsed)
    except Unavailable:
        raise  # the database was busy: the provider retries, nothing was refused
    except SalonError as e:
        with deps.db.write() as conn:
            support_rows.refuse(conn, site_id, source.value, e.detail, event_id, deps.clock())
        raise
    if outcome.status == "counted" and outcome.campaign is not None:
        announce(deps, outcome.campaign)
    answer: dict[str, Any] = {"status": outcome.status, "detail": outcome.detail}
    if outcome.campaign is not None:
        answer["campaign"] = public_json(outcome.campaign, deps.clock())
    return outcome, answer


def stripe_event(event: dict[str, Any]) -> Payment | Refund | str:
    """The payment or refund a Stripe event reports, or why it is ignored."""
    kind = event.get("type")
    event_id = _need(event, "id")
    obj = _dict(event.get("data")).get("object")
    if not isinstance(obj, dict):
        raise Invalid("a Stripe event has data.object")
    # A delayed payment method (bank debit) completes the checkout unpaid, then reports
    # async_payment_succeeded with the same session when the money arrives.
    if kind in ("checkout.session.completed", "checkout.session.async_payment_succeeded"):
        if obj.get("payment_status") != "paid":
            return "the checkout is not paid yet (payment_status is not 'paid')"
        campaign = _dict(obj.get("metadata")).get(STRIPE_CAMPAIGN_KEY) or obj.get(
            "client_reference_id"
        )
        reference = _text(obj.get("payment_intent")) or _need(obj, "id")
        return _payment(event_id, campaign, obj.get("amount_total"), obj, reference)
    if kind == "payment_intent.succeeded":
        campaign = _dict(obj.get("metadata")).get(STRIPE_CAMPAIGN_KEY)
        if campaign is None:
            return f"no metadata.{STRIPE_CAMPAIGN_KEY}: not a payment for a Salon campaign"
        amount = obj.get("amount_received", obj.get("amount"))
        return _payment(event_id, campaign, amount, obj, _need(obj, "id"))
    if kind == "charge.refunded":
        reference = _text(obj.get("payment_intent")) or _need(obj, "id")
        amount = obj.get("amount_refunded")
        if not isinstance(amount, int) or isinstance(amount, bool) or amount < 0:
            raise Invalid("charge.refunded needs amount_refunded in minor units")
        return Refund(event_id, reference, amount, cumulative=True)
    return f"Salon does not count {kind!r} events"


def generic_event(event: dict[str, Any]) -> Payment | Refund:
    """``{"id", "type": "payment"|"refund", "campaign", "amount", "currency"?, "reference"?}``"""
    event_id = _need(event, "id")
    kind = event.get("type")
    amount = event.get("amount")
    if isinstance(amount, bool) or not isinstance(amount, str | int | float):
        raise Invalid('amount must be a positive decimal like "25.00"')
    if kind == "payment":
        reference = _text(event.get("reference")) or event_id
        return Payment(
            event_id,
            _campaign_id(event.get("campaign")),
            str(amount),
            _text(event.get("currency")),
            reference,
        )
    if kind == "refund":
        return Refund(event_id, _need(event, "reference"), str(amount), cumulative=False)
    raise Invalid("type must be 'payment' or 'refund'")


def _payment(
    event_id: str, campaign: Any, amount: Any, obj: dict[str, Any], reference: str
) -> Payment:
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise Invalid("the payment has no positive amount in minor units")
    return Payment(event_id, _campaign_id(campaign), amount, _text(obj.get("currency")), reference)


def _pay(deps: Deps, source: Source, site_id: str, p: Payment) -> Outcome:
    with deps.db.write() as conn:
        campaign = _campaign_of(support_rows.get(conn, p.campaign_id), site_id, p.campaign_id)
        if p.currency is not None and currency_code(p.currency) != campaign.currency:
            raise Invalid(
                f"the payment is in {p.currency.upper()}, campaign {campaign.id} in "
                f"{campaign.currency}; nothing was counted"
            )
        minor = p.amount if isinstance(p.amount, int) else to_minor(p.amount, campaign.currency)
        if minor <= 0:
            raise Invalid("the amount must be more than 0")
        change = Change(
            campaign.id,
            source,
            minor,
            supporters=1,
            event_id=p.event_id,
            reference=p.reference,
            is_payment=True,
            note=f"payment {p.reference}"[:500],
        )
        updated = support_rows.apply(conn, change, deps.clock())
    if updated is None:
        return Outcome("duplicate", "this event or payment was counted before", campaign)
    return Outcome("counted", "payment counted", updated)


def _refund(deps: Deps, source: Source, site_id: str, r: Refund) -> Outcome:
    with deps.db.write() as conn:
        paid = support_rows.payment(conn, source, r.reference)
        if paid is None:
            return Outcome("ignored", f"no counted payment {r.reference!r} to refund")
        campaign_id, amount_paid, refunded = paid
        campaign = _campaign_of(support_rows.get(conn, campaign_id), site_id, campaign_id)
        minor = r.amount if isinstance(r.amount, int) else to_minor(r.amount, campaign.currency)
        if r.cumulative:
            delta = min(minor, amount_paid) - refunded
        else:
            delta = min(minor, amount_paid - refunded)
        if delta <= 0:
            return Outcome("duplicate", "this refund was subtracted before", campaign)
        full = refunded + delta >= amount_paid
        change = Change(
            campaign_id,
            source,
            -delta,
            supporters=-1 if full else 0,
            event_id=r.event_id,
            reference=r.reference,
            note=f"refund of {r.reference}"[:500],
        )
        updated = support_rows.apply(conn, change, deps.clock())
    if updated is None:
        return Outcome("duplicate", "this event was counted before", campaign)
    return Outcome("counted", "refund subtracted", updated)


def _campaign_of(found: Campaign | None, site_id: str, campaign_id: int) -> Campaign:
    # Another site's campaign is "not there": a site's secret only moves its own totals.
    if found is None or found.site != site_id:
        raise Invalid(f"site {site_id!r} has no support campaign {campaign_id}")
    return found


def _campaign_id(value: Any) -> int:
    text = str(value).strip() if value is not None else ""
    if not text.isdigit():
        raise Invalid(f"the event names no Salon campaign id (got {value!r})")
    return int(text)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _text(value: Any) -> str | None:
    return str(value)[:255] if isinstance(value, str | int) and str(value) else None


def _need(obj: dict[str, Any], key: str) -> str:
    value = _text(obj.get(key))
    if value is None:
        raise BadRequest(f"the event has no {key!r}", "bad-event")
    return value
