"""Graduated trust, shadow-bans, expiring and pattern bans, through HTTP on both databases."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from salon.cli import app as cli
from salon.config import Settings
from salon.services.accounts import SHELL, new_token
from salon.services.bans import shadow_banned
from salon.services.context import Deps
from tests.conftest import Clock, login, post
from tests.web.test_admin import csrf_of, submit
from tests.web.test_admin_api import bearer, deps
from tests.web.test_admin_comments import ids_on, mo  # noqa: F401 - the signed-in fixture

CALM = "The new footbridge by the station saves me ten minutes every morning."


def is_shadow_banned(deps: Deps, comment_id: int) -> bool:
    with deps.db.read() as conn:
        return comment_id in shadow_banned(conn, [comment_id])


def _thread_ids(c: TestClient, uri: str) -> list[int]:
    found: list[int] = []
    stack = list(c.get("/api/threads", params={"site": "default", "uri": uri}).json()["comments"])
    while stack:
        one = stack.pop()
        found.append(one["id"])
        stack.extend(one["replies"])
    return found


def _ban_form(c: TestClient, **fields: str) -> object:
    token = csrf_of(c.get("/admin/bans").text)
    return submit(c, "/admin/bans", urlencode({"csrf": token, "site": "default", **fields}))


def test_pattern_ban_with_reason_expires_by_itself(mo: TestClient, clock: Clock) -> None:  # noqa: F811
    r = _ban_form(mo, kind="pattern", value="Pineapp* pizza", reason="food fight", until="1h")
    assert r.status_code == 303, r.text  # type: ignore[attr-defined]
    page = mo.get("/admin/bans").text
    assert "pineapp* pizza" in page and "food fight" in page and "(expired)" not in page
    banned = post(mo, "Honestly PINEAPPLES pizza is the best, fight me.", uri="/p1")
    assert banned["state"] == "held"  # filed as spam; the poster is told "held"
    spam = mo.get("/admin?queue=spam").text
    # The card says it in the moderator's language; what fired and the ban's reason as written.
    assert "banned word or pattern “<bdi>pineapp* pizza</bdi>” (<bdi>food fight</bdi>)" in spam
    # Words are matched whole and in order: these do not fall under it.
    assert post(mo, "Pizza with pineapple? " + CALM, uri="/p2")["state"] == "published"
    clock.advance(hours=1, seconds=1)
    assert post(mo, "pineapple pizza again " + CALM, uri="/p3")["state"] == "published"
    assert "(expired)" in mo.get("/admin/bans").text


def test_bad_patterns_and_expiries_are_refused_clearly(mo: TestClient) -> None:  # noqa: F811
    for value, said in (
        ("(a+)+$", "letters, digits, spaces"),
        ("a" * 101, "at most 100 characters"),
        ("* ?", "needs a letter"),
        ("a* b* c* d* e* f* g*", "at most 6"),
    ):
        r = _ban_form(mo, kind="pattern", value=value)
        assert r.status_code == 422 and said in r.text, (value, r.text[:300])  # type: ignore[attr-defined]
    for until, said in (("yesterday", "neither a span"), ("2001-01-01", "has passed")):
        r = _ban_form(mo, kind="pattern", value="spam", until=until)
        assert r.status_code == 422 and said in r.text  # type: ignore[attr-defined]
    assert "No bans." in mo.get("/admin/bans").text
    # A long text full of near-matches is matched word by word, never backtracking over it.
    assert _ban_form(mo, kind="pattern", value="*a*a*a*a*b").status_code == 303  # type: ignore[attr-defined]
    long = " ".join(["a" * 40 + "c"] * 200)
    assert post(mo, long, uri="/redos")["state"] in ("published", "held")


def test_shadow_ban_author_sees_published_nobody_else_does(mo: TestClient) -> None:  # noqa: F811
    first = post(mo, CALM, uri="/s", author={"name": "Sly", "email": "sly@example.org"})
    cid = first["comment"]["id"]
    token = csrf_of(mo.get("/admin/comments").text)
    form = urlencode(
        {"csrf": token, "ban": f"{cid}:email", f"reason-{cid}": "troll", f"shadow-{cid}": "1"}
    )
    r = submit(mo, "/admin/ban", form)
    assert r.status_code == 303 and "shadow-banned" in r.headers["location"]
    again = mo.post(
        "/api/comments",
        json={
            "site": "default",
            "uri": "/s",
            "text": "The footbridge lights are broken again tonight.",
            "author": {"name": "Sly", "email": "sly@example.org"},
        },
    )
    # Exactly what a published comment gets.
    assert again.status_code == 201 and again.json()["state"] == "published"
    shadow = again.json()["comment"]["id"]
    assert again.json()["comment"]["html"].startswith("<p>The footbridge")
    assert _thread_ids(mo, "/s") == [cid]
    assert mo.get(f"/api/comments/{shadow}").status_code == 404
    assert is_shadow_banned(deps(mo), shadow) and not is_shadow_banned(deps(mo), cid)
    # After a reload the widget asks with the edit token it kept: the author still sees it
    # as published (not "awaiting moderation"); the token is the author's alone.
    own = {"site": "default", "uri": "/s", "tokens": [again.json()["edit_token"]]}
    mine = mo.post("/api/comments/own", json=own).json()
    assert [(c["id"], c["state"], c["pending"]) for c in mine] == [(shadow, "published", False)]
    page = mo.get("/admin?queue=spam").text
    assert shadow in ids_on(page) and "shadow-banned: shown to its author only" in page
    assert "shadow-banned e-mail address (<bdi>troll</bdi>)" in page
    # Approving it makes it public like any comment, and clears the mark.
    token = csrf_of(page)
    submit(mo, "/admin/act", f"csrf={token}&one={shadow}%3Aapprove")
    assert shadow in _thread_ids(mo, "/s") and not is_shadow_banned(deps(mo), shadow)


def test_trust_after_approvals_and_losing_it_to_a_ban(mo: TestClient, clock: Clock) -> None:  # noqa: F811
    api = bearer(new_token(deps(mo), SHELL, "mo"))
    r = mo.put("/api/admin/sites/default/settings", json={"trust_after_approvals": 2}, headers=api)
    assert r.status_code == 200 and r.json()["trust_after_approvals"] == 2
    ann = {"name": "Ann", "email": "ann@example.org"}
    first = post(mo, CALM, uri="/t", author=ann)
    assert first["state"] == "held"
    cid = first["comment"]["id"]
    card = mo.get(f"/admin/comments?author={quote('ann@example.org')}").text
    assert "new author: 0 of 2 approved" in card
    german = mo.get(
        f"/admin/comments?author={quote('ann@example.org')}", headers={"accept-language": "de"}
    )
    assert "neuer Autor: 0 von 2 freigegeben" in german.text
    spam = mo.get("/api/admin/queues/held", headers=api).json()["comments"]
    assert any(
        "new author: 0 of 2 comments approved so far" in r for c in spam for r in c["reasons"]
    )
    texts = (
        "Will the council also fix the potholes on Mill Lane before winter?",
        "Thanks to the volunteers who cleaned the riverbank last weekend.",
    )
    for n, text in enumerate(texts):
        approve = {"action": "approve"}
        assert mo.post(f"/api/admin/comments/{cid}/decision", json=approve, headers=api).is_success
        nxt = post(mo, text, uri=f"/t{n}", author=ann)
        cid = nxt["comment"]["id"]
        assert nxt["state"] == ("held" if n == 0 else "published")
    card = mo.get(f"/admin/comments?author={quote('ann@example.org')}").text
    assert "trusted (2 approved)" in card
    russian = mo.get(
        f"/admin/comments?author={quote('ann@example.org')}", headers={"accept-language": "ru"}
    )
    assert "доверенный (одобрено 2)" in russian.text
    found = mo.get("/api/admin/comments", params={"author": "ann@example.org"}, headers=api)
    assert {c["trust"] for c in found.json()["comments"]} == {"trusted (2 approved)"}
    # Another author with the same name from another address is not trusted.
    other = mo.post(
        "/api/comments",
        json={"site": "default", "uri": "/t", "text": CALM + " Me too.", "author": {"name": "Ann"}},
        headers={"x-forwarded-for": "203.0.113.9"},
    )
    assert other.json()["state"] == "held"
    # A ban for a day takes the trust away; when it ends, Ann starts again.
    ban = {"kind": "email", "until": "1d", "reason": "flame war"}
    assert mo.post(f"/api/admin/comments/{cid}/ban", json=ban, headers=api).is_success
    banned = "The library opening hours should be longer on Sundays."
    assert post(mo, banned, uri="/t3", author=ann)["state"] == "held"
    clock.advance(days=1, seconds=1)
    back = post(mo, "Good news about the new bus route to the hospital.", uri="/t4", author=ann)
    assert back["state"] == "held"
    login(mo, "mo", "correct horse battery")  # a day idle ended the moderator's session
    assert "new author: 0 of 2 approved" in mo.get("/admin/comments?author=ann%40example.org").text
    bans = mo.get("/api/admin/bans", headers=api).json()
    assert bans[0]["reason"] == "flame war" and bans[0]["active"] is False


def test_ban_value_cli_and_api_then_lift(mo: TestClient, settings: Settings) -> None:  # noqa: F811
    env = {"SALON_DATABASE_URL": settings.database_url, "SALON_SECRET_KEY": "test-secret-key"}
    out = CliRunner().invoke(
        cli,
        ["moderation", "ban-value", "default", "pattern", "cheap pill*", "--reason", "pharma"],
        env=env,
    )
    assert out.exit_code == 0 and "word or pattern cheap pill* on default" in out.output
    out = CliRunner().invoke(cli, ["moderation", "ban-value", "default", "pattern", "a(b"], env=env)
    assert out.exit_code == 1 and "error: a pattern has letters" in out.output
    cid = post(mo, CALM, uri="/c", author={"name": "Cal"})["comment"]["id"]
    out = CliRunner().invoke(
        cli,
        ["moderation", "ban", str(cid), "author", "--until", "2w", "--shadow", "--reason", "x"],
        env=env,
    )
    assert out.exit_code == 0 and "shadow-ban" in out.output and "until" in out.output
    listed = CliRunner().invoke(cli, ["moderation", "bans"], env=env)
    assert "cheap pill*" in listed.output and "author name shadow  cal" in listed.output
    assert post(mo, "Cheap pills here", uri="/c2")["state"] == "held"
    api = bearer(new_token(deps(mo), SHELL, "mo"))
    made = mo.post(
        "/api/admin/bans",
        json={"site": "default", "kind": "author", "value": "Dan", "until": "12h"},
        headers=api,
    )
    assert made.status_code == 200 and made.json()["active"] is True
    bad = mo.post(
        "/api/admin/bans",
        json={"site": "default", "kind": "pattern", "value": "x" * 200},
        headers=api,
    )
    assert bad.status_code == 422
    assert mo.delete(f"/api/admin/bans/{made.json()['id']}", headers=api).status_code == 200
    assert mo.delete(f"/api/admin/bans/{made.json()['id']}", headers=api).status_code == 404
    assert "lift-ban" in mo.get("/admin/audit?action=lift-ban").text
