"""Webhooks against a real HTTP server on loopback: signed, retried, disabled, never blocking."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings, SiteSettings, WebhookSettings
from salon.domain.jobs import JobState
from salon.services.jobs import list_jobs, run_all
from salon.services.webhooks import targets
from tests.conftest import GENEROUS, post
from tests.receiver import Receiver, receiver

SECRET = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()


@pytest.fixture
def hook() -> Iterator[Receiver]:
    with receiver() as r:
        yield r


def _app(settings: Settings, hook: Receiver, clock, moderator, **extra) -> TestClient:  # type: ignore[no-untyped-def]
    site = SiteSettings(
        id="hooked",
        name="Hooked",
        origins=("local",),
        url="https://hooked.example.org",
        moderation={**GENEROUS, "hold_words": ["casino"]},
        webhooks=(
            WebhookSettings(
                url=f"{hook.url}/standard",
                secret=SECRET,  # type: ignore[arg-type]
                events=("comment.published", "comment.held", "comment.deleted"),
            ),
            WebhookSettings(url=f"{hook.url}/slack", format="slack"),
            WebhookSettings(
                url=f"{hook.url}/bot123:abc/sendMessage",
                secret="-100200",  # type: ignore[arg-type]
                format="telegram",
            ),
        ),
    )
    configured = settings.model_copy(update={"sites": (*settings.sites, site), **extra})
    return TestClient(create_app(configured, clock=clock, moderator=moderator, run_jobs=False))


def _verify(r) -> dict:  # type: ignore[no-untyped-def]
    """Check the Standard Webhooks signature as a receiver's library would."""
    key = base64.b64decode(SECRET.removeprefix("whsec_"))
    signed = f"{r.headers['webhook-id']}.{r.headers['webhook-timestamp']}.".encode() + r.body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    assert r.headers["webhook-signature"] == f"v1,{expected}"
    return json.loads(r.body)


def test_targets_receive_signed_events_in_their_format(
    settings: Settings, hook: Receiver, clock, moderator
) -> None:  # type: ignore[no-untyped-def]
    with _app(settings, hook, clock, moderator) as client:
        posted = post(client, "Hello *hooks*", site="hooked", author={"name": "Ann"})
        post(client, "Visit my casino", site="hooked", author={"name": "Spam"})
        run_all(client.app.state.deps)  # type: ignore[attr-defined]
    by_path = {}
    for r in hook.requests:
        by_path.setdefault(r.path, []).append(r)
    standard = [_verify(r) for r in by_path["/standard"]]
    assert [b["type"] for b in standard] == ["comment.published", "comment.held"]
    first = standard[0]
    assert first["data"]["site"] == "hooked" and first["data"]["uri"] == "/article"
    assert first["data"]["comment"]["id"] == posted["comment"]["id"]
    assert first["data"]["comment"]["html"] == "<p>Hello <em>hooks</em></p>"
    assert "email" not in json.dumps(first)
    (slack,) = by_path["/slack"]  # slack wants comment.published only (the default)
    text = slack.json()["text"]
    assert "New comment by Ann" in text and "<https://hooked.example.org/article#comment-" in text
    (telegram,) = by_path["/bot123:abc/sendMessage"]
    assert telegram.json()["chat_id"] == "-100200"
    assert "Hello hooks" in telegram.json()["text"]


def test_a_failing_receiver_is_retried_with_backoff_then_disabled_with_the_reason(
    settings: Settings, hook: Receiver, clock, moderator
) -> None:  # type: ignore[no-untyped-def]
    hook.status = 500
    with _app(settings, hook, clock, moderator, webhook_max_failures=4) as client:
        deps = client.app.state.deps  # type: ignore[attr-defined]
        post(client, "First", site="hooked", author={"name": "Ann"})
        run_all(deps)
        standard = [r for r in hook.requests if r.path == "/standard"]
        assert len(standard) == 1
        waiting = [j for j in list_jobs(deps, JobState.PENDING) if j.kind == "webhook"]
        assert waiting and "HTTP 500" in (waiting[0].last_error or "")
        run_all(deps)
        assert len([r for r in hook.requests if r.path == "/standard"]) == 1  # backing off
        for _ in range(3):
            clock.advance(hours=2)
            run_all(deps)
        ids = {r.headers["webhook-id"] for r in hook.requests if r.path == "/standard"}
        assert len(ids) == 1  # every retry is the same message for the receiver
        (target, log), *_ = targets(deps)
        assert target.disabled is not None and "HTTP 500" in (target.reason or "")
        assert [d.status for d in log] == [500, 500, 500, 500]
        post(client, "Second", site="hooked", author={"name": "Ann"})
        run_all(deps)
        assert len([r for r in hook.requests if r.path == "/standard"]) == 4  # not sent
        (target, log), *_ = targets(deps)
        assert "disabled" in (log[0].error or "")


def test_a_hanging_receiver_never_blocks_posting(
    settings: Settings, hook: Receiver, clock, moderator
) -> None:  # type: ignore[no-untyped-def]
    hook.delay = 3.0
    with _app(settings, hook, clock, moderator, webhook_timeout=0.5) as client:
        deps = client.app.state.deps  # type: ignore[attr-defined]
        started = time.perf_counter()
        post(client, "Quick", site="hooked", author={"name": "Ann"})
        assert time.perf_counter() - started < 1.0
        run_all(deps)
        waiting = [j for j in list_jobs(deps, JobState.PENDING) if j.kind == "webhook"]
        assert waiting and all("Timeout" in (j.last_error or "") for j in waiting)
        hook.delay = 0
        clock.advance(hours=1)
        run_all(deps)
        assert not [j for j in list_jobs(deps, JobState.PENDING) if j.kind == "webhook"]
