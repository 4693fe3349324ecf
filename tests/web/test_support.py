"""Reader support through HTTP: GET /api/support and the signed payment webhooks."""

from __future__ import annotations

import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from salon.app import create_app
from salon.config import Settings
from salon.moderation import Moderator
from salon.services.signatures import sign
from salon.services.support import CampaignIn, create_campaign
from tests.conftest import LOCAL, NEWS, Clock
from tests.server import running

STRIPE = "whsec_test_0123456789"
GENERIC = "generic-test-secret"


@pytest.fixture
def support_settings(settings: Settings) -> Settings:
    local = LOCAL.model_copy(
        update={
            "stripe_webhook_secret": SecretStr(STRIPE),
            "support_webhook_secret": SecretStr(GENERIC),
        }
    )
    return settings.model_copy(update={"sites": (local, NEWS)})


@pytest.fixture
def sclient(support_settings: Settings, clock: Clock, moderator: Moderator) -> Iterator[TestClient]:
    app = create_app(support_settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app) as c:
        yield c


def campaign(c: TestClient, site: str = "default", **fields: Any) -> int:
    data = {
        "site": site,
        "title": "Keep the Courier independent",
        "goal": "5000",
        "currency": "USD",
        "url": "https://news.example.org/support",
        **fields,
    }
    return create_campaign(c.app.state.deps, CampaignIn(**data)).id  # type: ignore[attr-defined]


def stripe_event(event_id: str, kind: str, obj: dict[str, Any]) -> bytes:
    return json.dumps(
        {"id": event_id, "object": "event", "type": kind, "data": {"object": obj}}
    ).encode()


def checkout(cid: int, amount: int, pi: str, currency: str = "usd") -> dict[str, Any]:
    return {
        "id": "cs_" + pi,
        "object": "checkout.session",
        "amount_total": amount,
        "currency": currency,
        "payment_status": "paid",
        "payment_intent": pi,
        "metadata": {"salon_campaign": str(cid)},
    }


def send(c: Any, path: str, body: bytes, header: str, secret: str, at: float) -> httpx.Response:
    sig = sign(secret, body, int(at))
    r: httpx.Response = c.post(
        path, content=body, headers={"content-type": "application/json", header: sig}
    )
    return r


def stripe(
    c: TestClient, clock: Clock, body: bytes, secret: str = STRIPE, age: float = 0
) -> httpx.Response:
    return send(
        c,
        "/api/support/webhooks/stripe/default",
        body,
        "stripe-signature",
        secret,
        clock.now.timestamp() - age,
    )


def generic(c: TestClient, clock: Clock, event: dict[str, Any]) -> httpx.Response:
    return send(
        c,
        "/api/support/webhooks/generic/default",
        json.dumps(event).encode(),
        "salon-signature",
        GENERIC,
        clock.now.timestamp(),
    )


def only(c: TestClient) -> dict[str, Any]:
    r = c.get("/api/support", params={"site": "default"})
    assert r.status_code == 200, r.text
    campaigns: list[dict[str, Any]] = r.json()["campaigns"]
    return campaigns[0]


def test_public_shape(sclient: TestClient, clock: Clock) -> None:
    cid = campaign(sclient, ends=clock.now.replace(month=12, day=31))
    body = sclient.get("/api/support", params={"site": "default"}).json()
    assert body["campaigns"] == [
        {
            "id": cid,
            "title": "Keep the Courier independent",
            "goal": "5000.00",
            "currency": "USD",
            "raised": "0.00",
            "supporters": 0,
            "milestones": ["0.00", "2500.00", "5000.00"],
            "starts": None,
            "ends": "2026-12-31T12:00:00Z",
            "url": "https://news.example.org/support",
            "active": True,
        }
    ]
    assert body["live"] == {"uri": "salon:support", "event": "support"}
    assert sclient.get("/api/support", params={"site": "nowhere"}).status_code == 404
    forbidden = sclient.get(
        "/api/support", params={"site": "news"}, headers={"origin": "https://evil.example"}
    )
    assert forbidden.status_code == 403


def test_stripe_payment_counted_once(sclient: TestClient, clock: Clock) -> None:
    cid = campaign(sclient)
    body = stripe_event("evt_1", "checkout.session.completed", checkout(cid, 88000, "pi_1"))
    r = stripe(sclient, clock, body)
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "counted"
    assert r.json()["campaign"]["raised"] == "880.00"
    # the same event redelivered, and the same payment reported by its payment intent
    assert stripe(sclient, clock, body).json()["status"] == "duplicate"
    pi = {
        "id": "pi_1",
        "object": "payment_intent",
        "amount_received": 88000,
        "currency": "usd",
        "metadata": {"salon_campaign": str(cid)},
    }
    again = stripe(sclient, clock, stripe_event("evt_2", "payment_intent.succeeded", pi))
    assert again.json()["status"] == "duplicate"
    assert (only(sclient)["raised"], only(sclient)["supporters"]) == ("880.00", 1)
    # an event Salon does not count, and an unpaid checkout, are acknowledged and ignored
    other = stripe(sclient, clock, stripe_event("evt_3", "customer.created", {"id": "cus_1"}))
    assert other.status_code == 200 and other.json()["status"] == "ignored"
    unpaid = {**checkout(cid, 500, "pi_2"), "payment_status": "unpaid"}
    late = stripe(sclient, clock, stripe_event("evt_4", "checkout.session.completed", unpaid))
    assert late.json()["status"] == "ignored"
    assert only(sclient)["raised"] == "880.00"
    # ...until the bank debit arrives
    paid = {**unpaid, "payment_status": "paid"}
    arrived = stripe(
        sclient, clock, stripe_event("evt_5", "checkout.session.async_payment_succeeded", paid)
    )
    assert arrived.json()["campaign"]["raised"] == "885.00"


def test_stripe_refunds_subtract_once(sclient: TestClient, clock: Clock) -> None:
    cid = campaign(sclient)
    stripe(
        sclient,
        clock,
        stripe_event("evt_1", "checkout.session.completed", checkout(cid, 10000, "pi_1")),
    )
    stripe(
        sclient,
        clock,
        stripe_event("evt_2", "checkout.session.completed", checkout(cid, 5000, "pi_2")),
    )
    charge = {
        "id": "ch_1",
        "object": "charge",
        "payment_intent": "pi_1",
        "amount": 10000,
        "amount_refunded": 3000,
        "currency": "usd",
    }
    partial = stripe(sclient, clock, stripe_event("evt_3", "charge.refunded", charge))
    assert partial.json()["campaign"]["raised"] == "120.00"
    assert partial.json()["campaign"]["supporters"] == 2
    # Stripe's amount_refunded is cumulative: the second refund subtracts only the rest
    full = {**charge, "amount_refunded": 10000}
    r = stripe(sclient, clock, stripe_event("evt_4", "charge.refunded", full))
    assert r.json()["campaign"]["raised"] == "50.00"
    assert r.json()["campaign"]["supporters"] == 1
    assert (
        stripe(sclient, clock, stripe_event("evt_4", "charge.refunded", full)).json()["status"]
        == "duplicate"
    )
    assert (
        stripe(sclient, clock, stripe_event("evt_5", "charge.refunded", full)).json()["status"]
        == "duplicate"
    )
    unknown = {**charge, "payment_intent": "pi_never"}
    assert (
        stripe(sclient, clock, stripe_event("evt_6", "charge.refunded", unknown)).json()["status"]
        == "ignored"
    )
    assert only(sclient)["raised"] == "50.00"


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("wrong secret", "bad-signature"),
        ("tampered", "bad-signature"),
        ("too old", "stale-event"),
        ("unsigned", "unsigned"),
    ],
)
def test_stripe_refuses_and_records(
    sclient: TestClient, clock: Clock, case: str, code: str
) -> None:
    cid = campaign(sclient)
    body = stripe_event("evt_bad", "checkout.session.completed", checkout(cid, 88000, "pi_1"))
    if case == "wrong secret":
        r = stripe(sclient, clock, body, secret="whsec_wrong")
    elif case == "tampered":
        sig = sign(STRIPE, body, int(clock.now.timestamp()))
        r = sclient.post(
            "/api/support/webhooks/stripe/default",
            content=body.replace(b"88000", b"8800000"),
            headers={"content-type": "application/json", "stripe-signature": sig},
        )
    elif case == "too old":
        r = stripe(sclient, clock, body, age=301)
    else:
        r = sclient.post(
            "/api/support/webhooks/stripe/default",
            content=body,
            headers={"content-type": "application/json"},
        )
    assert r.status_code == 400, r.text
    assert r.headers["content-type"] == "application/problem+json"
    assert r.json()["type"] == f"urn:salon:problem:{code}"
    assert only(sclient)["raised"] == "0.00"
    refused = sclient.app.state.deps  # type: ignore[attr-defined]
    from salon.services.support import refusals

    [recorded] = refusals(refused)
    assert recorded.provider == "stripe" and recorded.site == "default"
    assert recorded.reason == r.json()["detail"]


def test_webhook_errors(sclient: TestClient, clock: Clock) -> None:
    cid = campaign(sclient)
    news = campaign(sclient, site="news")
    euros = stripe(
        sclient,
        clock,
        stripe_event("evt_1", "checkout.session.completed", checkout(cid, 100, "pi_1", "eur")),
    )
    assert euros.status_code == 422 and "EUR" in euros.json()["detail"]
    # a site's secret moves only its own campaigns
    other = stripe(
        sclient,
        clock,
        stripe_event("evt_2", "checkout.session.completed", checkout(news, 100, "pi_2")),
    )
    assert other.status_code == 422 and "no support campaign" in other.json()["detail"]
    nameless = {**checkout(cid, 100, "pi_3"), "metadata": {}}
    r = stripe(sclient, clock, stripe_event("evt_3", "checkout.session.completed", nameless))
    assert r.status_code == 422 and "campaign" in r.json()["detail"]
    # signed but malformed: a clear 4xx, never a 500
    for body in (
        b"",
        b"[1]",
        b'{"id": "evt_9", "type": "checkout.session.completed", "data": []}',
        stripe_event(
            "evt_8", "checkout.session.completed", {**checkout(cid, 100, "pi_8"), "metadata": "x"}
        ),
    ):
        r = stripe(sclient, clock, body)
        assert 400 <= r.status_code < 500, (body, r.text)
        assert r.headers["content-type"] == "application/problem+json"
    # the news site has no secret configured
    unset = send(
        sclient,
        "/api/support/webhooks/stripe/news",
        b"{}",
        "stripe-signature",
        STRIPE,
        clock.now.timestamp(),
    )
    assert unset.status_code == 404 and "stripe_webhook_secret" in unset.json()["detail"]
    assert sclient.post("/api/support/webhooks/stripe/nowhere", json={}).status_code == 404
    text = sclient.post(
        "/api/support/webhooks/stripe/default", content=b"x", headers={"content-type": "text/plain"}
    )
    assert text.status_code == 415


def test_generic_webhook(sclient: TestClient, clock: Clock) -> None:
    cid = campaign(sclient, currency="EUR")
    pay = {
        "id": "g-1",
        "type": "payment",
        "campaign": cid,
        "amount": "25.50",
        "currency": "EUR",
        "reference": "order-7",
    }
    r = generic(sclient, clock, pay)
    assert r.status_code == 200 and r.json()["campaign"]["raised"] == "25.50", r.text
    assert generic(sclient, clock, pay).json()["status"] == "duplicate"
    refund = {"id": "g-2", "type": "refund", "reference": "order-7", "amount": "5"}
    assert generic(sclient, clock, refund).json()["campaign"]["raised"] == "20.50"
    for bad, message in [
        ({**pay, "id": "g-3", "amount": "-5"}, "negative"),
        ({**pay, "id": "g-4", "amount": "lots"}, "a number"),
        ({**pay, "id": "g-5", "currency": "USD"}, "USD"),
        ({**pay, "id": "g-6", "type": "gift"}, "type"),
        ({**pay, "id": "g-7", "currency": "EURO"}, "ISO 4217"),
    ]:
        r = generic(sclient, clock, bad)
        assert r.status_code == 422 and message in r.json()["detail"], (bad, r.text)
    stale = send(
        sclient,
        "/api/support/webhooks/generic/default",
        b"{}",
        "salon-signature",
        GENERIC,
        clock.now.timestamp() - 3600,
    )
    assert stale.status_code == 400
    assert only(sclient)["raised"] == "20.50"


def test_no_javascript_page(sclient: TestClient, clock: Clock) -> None:
    cid = campaign(sclient, ends=clock.now.replace(day=30))
    stripe(
        sclient,
        clock,
        stripe_event("evt_1", "checkout.session.completed", checkout(cid, 88000, "pi_1")),
    )
    fr = sclient.get("/support/default", headers={"accept-language": "fr-FR,fr;q=0.9"})
    assert fr.status_code == 200
    assert "880\xa0$" in fr.text and "5\u202f000\xa0$" in fr.text
    assert 'role="progressbar"' in fr.text and 'aria-valuenow="880.00"' in fr.text
    # The bar's words in the reader's language too (the widget's msgids), plural by count.
    assert "1 soutien<" in fr.text and "3 jours restants" in fr.text
    assert "<span>sur 5\u202f000\xa0$</span>" in fr.text and 'aria-label="Étapes"' in fr.text
    assert "880\xa0$ collectés sur 5\u202f000\xa0$" in fr.text and ">Soutenir</a>" in fr.text
    en = sclient.get("/support/default", headers={"accept-language": "en-US"}).text
    assert "$880" in en and "$2,500" in en and 'href="https://news.example.org/support"' in en
    assert "1 supporter<" in en and "3 days left" in en and ">Support</a>" in en
    missing = sclient.get("/support/default", params={"campaign": 99})
    assert missing.status_code == 404 and "text/html" in missing.headers["content-type"]


def test_concurrent_webhooks_lose_nothing(support_settings: Settings, moderator: Moderator) -> None:
    """Two app processes, 60 signed payments at once, some redelivered: every cent counted
    once (SQLite and PostgreSQL)."""
    one = create_app(support_settings, moderator=moderator, run_jobs=False)
    two = create_app(support_settings, moderator=moderator, run_jobs=False)
    with running(one) as url_one, running(two) as url_two:
        for base in (url_one, url_two):
            assert httpx.get(f"{base}/api/support").status_code == 200
        cid = create_campaign(
            one.state.deps,
            CampaignIn("default", "Busy", "100000", "USD", "https://news.example.org/s"),
        ).id

        def pay(n: int) -> int:
            # events 0-49 are distinct payments of n+1 dollars; 50-59 redeliver 0-9
            k = n if n < 50 else n - 50
            body = stripe_event(
                f"evt_{k}", "checkout.session.completed", checkout(cid, (k + 1) * 100, f"pi_{k}")
            )
            with httpx.Client(base_url=url_one if n % 2 else url_two, timeout=60) as c:
                import time

                r = send(
                    c,
                    "/api/support/webhooks/stripe/default",
                    body,
                    "stripe-signature",
                    STRIPE,
                    time.time(),
                )
            return r.status_code

        with ThreadPoolExecutor(20) as pool:
            codes = list(pool.map(pay, range(60)))
        assert set(codes) == {200}, codes
        got = httpx.get(f"{url_one}/api/support").json()["campaigns"][0]
        assert got["raised"] == f"{sum(range(1, 51))}.00"
        assert got["supporters"] == 50


def test_concurrent_refunds_subtract_once(sclient: TestClient, clock: Clock) -> None:
    """Partial refunds of one payment arriving together never subtract more than refunded."""
    cid = campaign(sclient)
    stripe(
        sclient,
        clock,
        stripe_event("evt_p", "checkout.session.completed", checkout(cid, 10000, "pi_r")),
    )
    bodies = [
        stripe_event(
            f"evt_r{n}",
            "charge.refunded",
            {
                "id": "ch_r",
                "object": "charge",
                "payment_intent": "pi_r",
                "amount_refunded": 1000 * (n % 5 + 1),
                "currency": "usd",
            },
        )
        for n in range(20)
    ]
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda b: stripe(sclient, clock, b).status_code, bodies))
    assert set(codes) == {200}
    # the largest cumulative refund was 50.00 of the 100.00 paid
    assert (only(sclient)["raised"], only(sclient)["supporters"]) == ("50.00", 1)
