"""Moderation through the services: held comments, reasons, decisions, re-screened edits."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from salon.domain.errors import Invalid, NotFound
from salon.services.context import Deps
from salon.services.jobs import run_due
from salon.services.moderation import decide, review_queue
from tests.conftest import post

SCAM = (
    "𝙂𝙤𝙤𝙜𝙡𝙚 𝙞𝙨 𝙥𝙖𝙮𝙞𝙣𝙜 $27485 𝙩𝙤 𝙬𝙤𝙧𝙠 𝙛𝙧𝙤𝙢 𝙝𝙤𝙢𝙚. I earned $18,000 last month "
    "working online from home. Start today at www.cash-daily.cf"
)


def deps_of(client: TestClient) -> Deps:
    return client.app.state.deps  # type: ignore[attr-defined,no-any-return]


def test_lookalike_scam_is_held_with_reasons(client: TestClient) -> None:
    answer = post(client, SCAM, author={"name": "Emma"})
    assert answer["state"] == "held"
    cid = answer["comment"]["id"]
    assert client.get(f"/api/comments/{cid}").status_code == 404
    items = review_queue(deps_of(client), "default", "held") + review_queue(
        deps_of(client), "default", "spam"
    )
    [item] = [i for i in items if i.comment_id == cid]
    assert item.spam > 0.5 and item.reasons
    joined = " ".join(item.reasons).lower()
    assert "mathematical" in joined or ".cf" in joined or "money" in joined


def test_ordinary_comment_is_published(client: TestClient) -> None:
    answer = post(client, "Great article, thanks. The bit about the caretaker made me smile.")
    assert answer["state"] == "published"


def test_approve_publishes_and_labels(client: TestClient) -> None:
    deps = deps_of(client)
    cid = post(client, SCAM)["comment"]["id"]
    done = decide(deps, cid, "approve", "mo")
    assert done.state.value == "published"
    assert client.get(f"/api/comments/{cid}").status_code == 200
    assert run_due(deps) == 1  # the learn job queued with the decision
    assert run_due(deps) == 0


def test_spam_decision_hides(client: TestClient) -> None:
    deps = deps_of(client)
    cid = post(client, "Interesting point about the budget.")["comment"]["id"]
    assert decide(deps, cid, "spam", "mo").state.value == "spam"
    assert client.get(f"/api/comments/{cid}").status_code == 404
    assert [i.comment_id for i in review_queue(deps, None, "spam")] == [cid]


def test_bad_decisions(client: TestClient) -> None:
    deps = deps_of(client)
    with pytest.raises(NotFound):
        decide(deps, 999, "approve", "mo")
    cid = post(client, "hello there")["comment"]["id"]
    with pytest.raises(Invalid, match="approve"):
        decide(deps, cid, "maybe", "mo")
    with pytest.raises(NotFound):
        review_queue(deps, "nowhere")


def test_edit_that_adds_a_scam_link_goes_back_to_review(client: TestClient) -> None:
    answer = post(client, "Thanks for the thoughtful reporting on the library.")
    assert answer["state"] == "published"
    cid, token = answer["comment"]["id"], answer["edit_token"]
    r = client.patch(
        f"/api/comments/{cid}", json={"text": SCAM}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 200 and r.json()["state"] == "held"
    assert client.get(f"/api/comments/{cid}").status_code == 404
    items = review_queue(deps_of(client), None, "held") + review_queue(
        deps_of(client), None, "spam"
    )
    assert any(i.comment_id == cid and i.is_edit for i in items)


def test_site_model_learns_from_labels(client: TestClient) -> None:
    deps = deps_of(client)
    campaign = [
        f"My cousin sells the best garden gnomes, order {n} today at gnome-hub shop number {n}"
        for n in range(12)
    ]
    ids = [post(client, text, uri=f"/p{n}")["comment"]["id"] for n, text in enumerate(campaign)]
    for cid in ids:
        decide(deps, cid, "spam", "mo")
    for n in range(6):
        cid = post(client, f"I visited the garden show number {n} and enjoyed it", uri="/h")[
            "comment"
        ]["id"]
        decide(deps, cid, "approve", "mo")
    before = deps.screen.moderator.assess_many([campaign[0]])[0][0]
    while run_due(deps):
        pass
    with deps.db.read() as conn:
        model = deps.site_models.get(conn, "default")
    assert model is not None
    after = deps.screen.moderator.assess(
        __import__("salon.domain.moderation", fromlist=["Submission"]).Submission(text=campaign[0]),
        deps.screen.policies["default"],
        spam_model=model.spam,
        memory=model.memory,
    ).spam
    assert after > before


@pytest.mark.redis
def test_rate_limits_are_shared_through_redis(settings, clock, moderator) -> None:  # type: ignore[no-untyped-def]
    """Two app processes behind a load balancer count one address's posts together."""
    import uuid

    import redis as redis_lib

    from salon.app import create_app
    from tests.conftest import NEWS, REDIS_URL, _unavailable

    try:
        redis_lib.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
    except redis_lib.RedisError as e:
        _unavailable(f"Redis at {REDIS_URL}", e)
    site = NEWS.model_copy(update={"id": "n" + uuid.uuid4().hex[:8]})
    shared = settings.model_copy(update={"redis_url": REDIS_URL, "sites": (site,)})
    one = create_app(shared, clock=clock, moderator=moderator, run_jobs=False)
    two = create_app(shared, clock=clock, moderator=moderator, run_jobs=False)
    origin = {"Origin": "https://news.example.org"}
    body = {"site": site.id, "uri": "/a", "text": "A fair point, well made."}
    with TestClient(one) as a, TestClient(two) as b:
        codes = [
            c.post("/api/comments", json=body, headers=origin).status_code for c in (a, b, a, b)
        ]
    assert codes == [201, 201, 201, 429]


def test_form_sent_back_instantly_is_a_signal(client: TestClient, clock) -> None:  # type: ignore[no-untyped-def]
    stamp = client.get("/api/threads", params={"uri": "/article"}).json()["rendered"]
    post(client, "Nice one.", rendered=stamp)  # the same instant: only a script is so fast
    clock.advance(seconds=40)
    stamp = client.get("/api/threads", params={"uri": "/article"}).json()["rendered"]
    clock.advance(seconds=30)
    post(client, "Nice one, again.", rendered=stamp)
    deps = deps_of(client)
    with deps.db.read() as conn:
        from sqlalchemy import select

        from salon.store.tables import decisions

        reasons = [r for (r,) in conn.execute(select(decisions.c.reasons).order_by(decisions.c.id))]
    assert any("after it was shown" in reason for reason in reasons[0])
    assert not any("after it was shown" in reason for reason in reasons[1])


def test_near_copies_in_other_threads_are_counted(client: TestClient) -> None:
    base = "Honestly the best community garden tips are on my page, look me up friends"
    variants = [base, base.upper(), base.replace("friends", "folks"), base + "!!"]
    for n, text in enumerate(variants):
        post(client, text, uri=f"/garden-{n}", author={"name": f"Reader {n}"})
    deps = deps_of(client)
    with deps.db.read() as conn:
        from sqlalchemy import select

        from salon.store.tables import decisions

        last = conn.execute(select(decisions.c.reasons).order_by(decisions.c.id.desc())).first()
    assert last is not None
    assert any("3 other threads" in reason for reason in last[0]), last[0]
