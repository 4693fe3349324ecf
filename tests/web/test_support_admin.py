"""The moderators' support page: create, add and subtract with the ledger, close."""

from __future__ import annotations

from urllib.parse import unquote

from fastapi.testclient import TestClient

from tests.web.test_admin import csrf_of, moderator_client, submit

__all__ = ["moderator_client"]  # the fixture, used by name


def test_admin_creates_and_corrects_with_the_ledger(moderator_client: TestClient) -> None:
    c = moderator_client
    page = c.get("/admin/support")
    assert page.status_code == 200 and "No campaigns yet" in page.text
    assert 'href="/admin/support" aria-current="page"' in page.text
    csrf = csrf_of(page.text)
    form = (
        f"csrf={csrf}&site=default&title=Keep+us+going&goal=5000&currency=usd"
        "&url=https%3A%2F%2Fexample.org%2Fgive&milestones=0%3B+1000%3B+5000"
        "&starts=2026-11-01&ends=2026-12-31"
    )
    r = submit(c, "/admin/support/create", form)
    assert r.status_code == 303 and "campaign 1 created" in unquote(r.headers["location"])
    public = c.get("/api/support").json()["campaigns"][0]
    assert public["milestones"] == ["0.00", "1000.00", "5000.00"]
    assert public["ends"] == "2027-01-01T00:00:00Z"  # the whole last day
    r = submit(
        c,
        "/admin/support/adjust",
        f"csrf={csrf}&campaign=1&amount=880&supporters=37&note=bank&direction=add",
    )
    assert "now has 880.00 USD" in unquote(r.headers["location"])
    r = submit(
        c,
        "/admin/support/adjust",
        f"csrf={csrf}&campaign=1&amount=80&supporters=1&note=typo&direction=subtract",
    )
    assert "now has 800.00 USD" in unquote(r.headers["location"])
    ledger = c.get("/admin/support").text
    assert ledger.count("<td>mo</td><td>admin</td>") == 2 and "typo" in ledger
    assert c.get("/api/support").json()["campaigns"][0]["supporters"] == 36
    r = submit(c, "/admin/support/state", f"csrf={csrf}&campaign=1&state=closed")
    assert r.status_code == 303
    assert c.get("/api/support").json()["campaigns"][0]["active"] is False
    assert "Reopen campaign" in c.get("/admin/support").text


def test_admin_bad_input_is_a_clear_page(moderator_client: TestClient) -> None:
    c = moderator_client
    csrf = csrf_of(c.get("/admin/support").text)
    base = f"csrf={csrf}&site=default&title=T&url=https%3A%2F%2Fe.org"
    for extra, message in [
        ("&currency=USD&goal=0", "more than 0"),
        ("&currency=USD&goal=-3", "negative"),
        ("&currency=USD&goal=lots", "a number"),
        ("&goal=10&currency=ABC", "ISO 4217"),
        ("&currency=USD&goal=10&starts=2026-12-05&ends=2026-12-01", "after the start"),
        ("&currency=USD&goal=10&ends=tomorrow", "not a date"),
    ]:
        r = submit(c, "/admin/support/create", base + extra)
        assert r.status_code == 422 and message in r.text, (extra, r.text)
        assert "text/html" in r.headers["content-type"]
    assert c.get("/api/support").json()["campaigns"] == []
    submit(c, "/admin/support/create", base + "&currency=USD&goal=10")
    r = submit(c, "/admin/support/adjust", f"csrf={csrf}&campaign=1&amount=20&direction=subtract")
    assert r.status_code == 422 and "below zero" in r.text
    r = submit(c, "/admin/support/adjust", f"csrf={csrf}&campaign=1&amount=0&direction=add")
    assert r.status_code == 422
    assert submit(c, "/admin/support/adjust", "csrf=wrong&campaign=1&amount=1").status_code == 403
    assert c.get("/api/support").json()["campaigns"][0]["raised"] == "0.00"


def test_support_page_needs_login(client: TestClient) -> None:
    r = client.get("/admin/support", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
