"""Admin login and session: limits per account and address, CSRF, logout, rotation, Secure."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings
from salon.services.admins import create_admin
from tests.conftest import Clock, login

FORM = {"content-type": "application/x-www-form-urlencoded"}
RIGHT = "correct horse battery"


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match
    return match.group(1)


@pytest.fixture
def proxied(settings: Settings, clock: Clock, moderator) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """The app behind a trusted proxy at 127.0.0.1 that reports each client's address."""
    trusted = settings.model_copy(update={"trusted_proxies": ("127.0.0.1",)})
    app = create_app(trusted, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app, client=("127.0.0.1", 4000)) as c:
        create_admin(c.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
        yield c


def test_one_account_from_many_addresses_backs_off(proxied: TestClient, clock: Clock) -> None:
    codes = []
    for n in range(60):
        c_ip = f"203.0.113.{n + 1}"
        codes.append(login(proxied, "mo", f"guess {n}", **{"X-Forwarded-For": c_ip}).status_code)
    # Five free tries, then the account waits; guesses during the wait are not tried.
    assert codes[:5] == [403] * 5 and set(codes[5:]) == {429}
    r = login(proxied, "mo", RIGHT, **{"X-Forwarded-For": "198.51.100.7"})
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert "try again in" in r.text
    # The right password works once the (bounded) wait is over: no lock-out for ever.
    clock.advance(seconds=15 * 60 + 1)
    r = login(proxied, "mo", RIGHT, **{"X-Forwarded-For": "198.51.100.7"})
    assert r.status_code == 303 and r.headers["location"] == "/admin"


def test_back_off_doubles_and_resets_after_success(proxied: TestClient, clock: Clock) -> None:
    waits = []
    for n in range(8):
        r = login(proxied, "mo", "wrong", **{"X-Forwarded-For": f"192.0.2.{n + 1}"})
        assert r.status_code == 403
        r = login(proxied, "mo", "wrong", **{"X-Forwarded-For": f"192.0.2.{n + 100}"})
        if r.status_code == 429:
            waits.append(int(r.headers["retry-after"]))
            clock.advance(seconds=waits[-1])
    assert waits == sorted(waits) and waits[-1] >= 4 * waits[0]
    assert login(proxied, "mo", RIGHT, **{"X-Forwarded-For": "192.0.2.250"}).status_code == 303
    # After a success the count starts again: one wrong password is not a wait.
    assert login(proxied, "mo", "wrong", **{"X-Forwarded-For": "192.0.2.251"}).status_code == 403


# The address limit lives in the limiter (memory or Redis), not the database: SQLite only.
SQLITE_ONLY = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@SQLITE_ONLY
def test_address_limit_has_retry_after_and_spares_other_addresses(proxied: TestClient) -> None:
    for n in range(10):
        login(proxied, f"name{n}", "wrong", **{"X-Forwarded-For": "203.0.113.50"})
    r = login(proxied, "mo", RIGHT, **{"X-Forwarded-For": "203.0.113.50"})
    assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 60
    assert login(proxied, "mo", RIGHT, **{"X-Forwarded-For": "203.0.113.51"}).status_code == 303


def test_login_needs_the_forms_csrf(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
    body = "username=mo&password=correct+horse+battery"
    r = client.post("/admin/login", content=body, headers=FORM, follow_redirects=False)
    assert r.status_code == 403 and "salon_admin" not in r.headers.get("set-cookie", "")
    token = _csrf(client.get("/admin/login").text)
    client.cookies.delete("salon_login", path="/admin")  # the form without its cookie
    r = client.post(
        "/admin/login", content=f"csrf={token}&{body}", headers=FORM, follow_redirects=False
    )
    assert r.status_code == 403
    assert login(client, "mo", RIGHT).status_code == 303


def test_logout_ends_the_session_on_the_server(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
    login(client, "mo", RIGHT)
    old = client.cookies.get("salon_admin")
    assert old and client.get("/admin", follow_redirects=False).status_code == 200
    page = client.get("/admin").text
    # Logout without the page's CSRF token is refused (a cross-site form cannot sign out).
    r = client.post("/admin/logout", content="", headers=FORM, follow_redirects=False)
    assert r.status_code == 403
    r = client.post(
        "/admin/logout", content=f"csrf={_csrf(page)}", headers=FORM, follow_redirects=False
    )
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"
    # The old cookie, sent again by hand, opens nothing.
    client.cookies.clear()
    client.cookies.set("salon_admin", old, path="/admin")
    r = client.get("/admin", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/admin/login"


def test_login_rotates_the_session(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
    login(client, "mo", RIGHT)
    first = client.cookies.get("salon_admin")
    login(client, "mo", RIGHT)
    second = client.cookies.get("salon_admin")
    assert first and second and first != second
    client.cookies.clear()
    client.cookies.set("salon_admin", first, path="/admin")
    assert client.get("/admin", follow_redirects=False).status_code == 303  # replaced


def test_session_expires(client: TestClient, clock: Clock) -> None:
    create_admin(client.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
    login(client, "mo", RIGHT)
    clock.advance(hours=12, seconds=1)
    assert client.get("/admin", follow_redirects=False).status_code == 303


def _cookie_flags(set_cookie: str, name: str) -> str:
    return next(c for c in set_cookie.split(", ") if c.startswith(name)).lower()


def test_secure_cookie_over_https_through_a_trusted_proxy(proxied: TestClient) -> None:
    https = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.9"}
    page = proxied.get("/admin/login", headers=https)
    assert "; secure" in page.headers["set-cookie"].lower()
    assert page.headers["strict-transport-security"].startswith("max-age=")
    # The client's jar keeps Secure cookies from plain http://testserver: send it by hand.
    value = page.headers["set-cookie"].split(";")[0]
    form = f"csrf={_csrf(page.text)}&username=mo&password=correct+horse+battery"
    proxied.cookies.clear()
    r = proxied.post(
        "/admin/login",
        content=form,
        headers={**FORM, **https, "cookie": value},
        follow_redirects=False,
    )
    assert r.status_code == 303
    flags = _cookie_flags(r.headers["set-cookie"], "salon_admin")
    assert "; secure" in flags and "httponly" in flags and "samesite=strict" in flags


def test_secure_cookie_over_https_directly(
    settings: Settings,
    clock: Clock,
    moderator,  # type: ignore[no-untyped-def]
) -> None:
    app = create_app(settings, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app, base_url="https://testserver") as c:
        create_admin(c.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
        r = login(c, "mo", RIGHT)
        assert r.status_code == 303
        assert "; secure" in _cookie_flags(r.headers["set-cookie"], "salon_admin")


@SQLITE_ONLY
def test_forwarded_headers_from_anyone_else_are_ignored(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", RIGHT)  # type: ignore[attr-defined]
    r = login(client, "mo", RIGHT, **{"X-Forwarded-Proto": "https"})
    assert r.status_code == 303 and "secure" not in r.headers["set-cookie"].lower()
    # A client rotating X-Forwarded-For is still one address for the limit.
    codes = [
        login(client, f"n{n}", "x", **{"X-Forwarded-For": f"10.0.0.{n}"}).status_code
        for n in range(11)
    ]
    assert codes[-1] == 429


def test_a_non_ascii_csrf_token_is_a_refusal_not_a_crash(client: TestClient) -> None:
    client.get("/admin/login")
    r = client.post("/admin/login", content="csrf=%C3%A9&username=a&password=b", headers=FORM)
    assert r.status_code == 403 and r.headers["content-type"].startswith("text/html")
    r = client.post(
        "/admin/decide", content="csrf=%C3%A9&one=1%3Aspam", headers=FORM, follow_redirects=False
    )
    assert r.status_code == 303  # no session: to the login page


def test_wrong_passwords_at_once_are_all_refused_cleanly(settings: Settings, moderator) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    from tests.server import running

    app = create_app(settings, moderator=moderator, run_jobs=False)

    def attempt(url: str) -> int:
        with httpx.Client(base_url=url, timeout=30) as c:
            page = c.get("/admin/login")
            form = {"csrf": _csrf(page.text), "username": "newname", "password": "wrong"}
            return c.post("/admin/login", data=form).status_code

    with running(app) as url, ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(attempt, [url] * 6))
    assert set(codes) <= {403, 429} and codes.count(403) >= 1
