"""Server-rendered pages in Chromium in English, German and Arabic: axe-core finds no serious
or critical violation on the thread page, the mail and privacy pages and every admin page;
Arabic reads right to left; /docs works with no network beyond Salon itself."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from salon.app import build_deps
from salon.moderation import Moderator
from salon.services.admins import create_admin
from salon.services.links import AddressLink, Links
from salon.services.tokens import Signer
from tests.e2e.conftest import ARTIFACTS, Server, guarded_context, screenshot_path

pytestmark = pytest.mark.e2e
PASSWORD = "correct horse battery"
AXE = Path(__file__).resolve().parents[2] / ".venv" / "axe" / "node_modules" / "axe-core"
ADMIN_PAGES = (
    "/admin",
    "/admin?queue=spam",
    "/admin/comments",
    "/admin/comments?view=recent",
    "/admin/comments?view=reported",
    "/admin/audit",
    "/admin/threads",
    "/admin/bans",
    "/admin/outbox",
    "/admin/export",
    "/admin/support",
    "/admin/stats",
    "/admin/settings",
    "/admin/accounts",
)


@pytest.fixture
def site(salon: Server, moderator: Moderator) -> Iterator[Server]:
    """The e2e server with a moderator "mo" and a small thread: a reply, an edit, a held one."""
    deps = build_deps(salon.settings, moderator=moderator)
    try:
        create_admin(deps, "mo", PASSWORD)
    finally:
        deps.db.dispose()
    first = salon.post(
        "A first comment with *emphasis* and a link https://example.org",
        author={"name": "Ann", "email": "ann@example.org"},
        title="The library that stayed open all night",
    )
    salon.post(
        "مرحبا! A reply that mixes Arabic and English.",
        parent=first["comment"]["id"],
        author={"name": "ليلى"},
    )
    salon.post("Spam www.pills.tk", hp="bot")
    yield salon


def _tokens(site: Server) -> dict[str, str]:
    """Signed links as the mails carry them (same secret as the server)."""
    signer = Signer(site.settings.secret_key.get_secret_value())  # type: ignore[union-attr]
    links = Links(signer, site.url, site.clock)
    who = AddressLink("default", "ann@example.org", "k" * 16)
    return {
        "confirm": links.confirm_token(who),
        "manage": links.manage_token(who),
        "privacy": signer.privacy_token("ann@example.org"),
    }


def _pages(site: Server) -> list[str]:
    t = _tokens(site)
    thread = site.thread()["comments"][0]["id"]
    return [
        "/threads/default?uri=/",
        f"/threads/default?uri=/&reply={thread}",
        f"/threads/default?uri=/&report={thread}",
        f"/mail/confirm?t={t['confirm']}",
        f"/mail/unsubscribe?t={t['manage']}",
        f"/privacy/{t['privacy']}",
        "/admin/login",
    ]


def _sign_in(page: Page, site: Server) -> None:
    page.goto(f"{site.url}/admin/login")
    page.fill("#username", "mo")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site.url}/admin")


def _violations(page: Page) -> list[dict[str, object]]:
    page.add_script_tag(path=str(AXE / "axe.min.js"))
    found: list[dict[str, object]] = page.evaluate(
        "async () => (await axe.run(document)).violations"
    )
    return found


@pytest.mark.parametrize("lang", ["en", "ar", "de"])
def test_no_serious_axe_violations_on_server_pages(
    browser: Browser, site: Server, lang: str
) -> None:
    if not (AXE / "axe.min.js").exists():
        pytest.fail(f"{AXE} is missing: run `make axe` (npm install axe-core)")
    serious: dict[str, list[str]] = {}
    by_impact: dict[str, dict[str, int]] = {}
    # axe-core is injected as an inline script, which Salon's CSP refuses: bypass it here.
    with guarded_context(browser, locale=lang, bypass_csp=True) as ctx:
        ctx.set_default_timeout(20_000)  # the machine may be loaded; nothing here is timed
        page = ctx.new_page()
        # With the widget the thread page is the widget's (its engineer's tests check it):
        # counted here, not asserted.
        page.goto(f"{site.url}/threads/default?uri=/")
        page.locator(".salon-comment").first.wait_for()
        widget: dict[str, list[str]] = {}
        _record(page, "/threads (with the widget)", widget, by_impact)
        # The server's own pages, as a reader without JavaScript gets them.
        page.route("**/embed.js", lambda route: route.abort())
        paths = _pages(site)
        for path in paths:
            page.goto(site.url + path)
            expect(page.locator("html")).to_have_attribute("lang", lang)
            _record(page, path, serious, by_impact)
        _sign_in(page, site)
        for path in ADMIN_PAGES:
            page.goto(site.url + path)
            expect(page.locator("html")).to_have_attribute("lang", lang)
            _record(page, path, serious, by_impact)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-server-pages-{lang}.json").write_text(json.dumps(by_impact, indent=1))
    assert serious == {path: [] for path in serious}, serious


def _record(
    page: Page, path: str, serious: dict[str, list[str]], by_impact: dict[str, dict[str, int]]
) -> None:
    found = _violations(page)
    key = path.split("?t=")[0].split("/privacy/")[0] or "/privacy"
    counts = by_impact.setdefault(key, {})
    for v in found:
        counts[str(v["impact"])] = counts.get(str(v["impact"]), 0) + 1
    serious[key] = [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"  # type: ignore[index]
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


def test_arabic_thread_page_reads_right_to_left(browser: Browser, site: Server) -> None:
    """The page as the server renders it (a reader without JavaScript); the widget that
    takes over with JavaScript has its own tests."""
    options = {"locale": "ar", "viewport": {"width": 900, "height": 900}}
    with guarded_context(browser, java_script_enabled=False, **options) as ctx:
        ctx.set_default_timeout(20_000)  # the machine may be loaded; nothing here is timed
        page = ctx.new_page()
        page.goto(f"{site.url}/threads/default?uri=/")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        expect(page.locator("h1")).to_have_count(1)
        expect(page.locator("h2.salon-title")).to_have_text("تعليقان")
        # The page starts on the right: the heading's right edge sits near the viewport's.
        box = page.locator("h1").bounding_box()
        assert box is not None and box["x"] + box["width"] > 900 - 160, box
        # A reply nests towards the left (its thread line on the right side).
        parent = page.locator(".salon-list > .salon-comment > article").first.bounding_box()
        reply = page.locator(".salon-replies .salon-comment article").first.bounding_box()
        assert parent and reply and reply["x"] + reply["width"] < parent["x"] + parent["width"]
        # Mixed-direction comments keep their own direction, isolated from the page.
        expect(page.locator(".salon-body[dir=auto]")).to_have_count(2)
        page.screenshot(path=screenshot_path("thread-ar"), full_page=True)
        first = site.thread()["comments"][0]["id"]
        page.goto(f"{site.url}/threads/default?uri=/&reply={first}")
        expect(page.locator(".salon-parent")).to_contain_text("emphasis")
        page.locator("#salon-form").screenshot(path=screenshot_path("thread-reply-form-ar"))
    with guarded_context(browser, **options) as ctx:
        ctx.set_default_timeout(20_000)  # the machine may be loaded; nothing here is timed
        page = ctx.new_page()
        page.goto(f"{site.url}/threads/default?uri=/")
        page.locator(".salon-comment").first.wait_for()
        expect(page.locator("h1")).to_have_count(1)  # the widget keeps the page's heading
        page.screenshot(path=screenshot_path("thread-ar-widget"), full_page=True)


def test_admin_in_german(browser: Browser, site: Server) -> None:
    with guarded_context(browser, locale="de-DE") as ctx:
        ctx.set_default_timeout(20_000)  # the machine may be loaded; nothing here is timed
        page = ctx.new_page()
        _sign_in(page, site)
        page.goto(f"{site.url}/admin/comments")
        expect(page.get_by_role("button", name="Abmelden")).to_be_visible()
        expect(page.locator("h1")).to_have_text("Alle Kommentare")
        page.screenshot(path=screenshot_path("admin-comments-de"), full_page=True)
        page.goto(f"{site.url}/admin/settings")
        page.screenshot(path=screenshot_path("admin-settings-de"), full_page=True)
    with guarded_context(browser, locale="ar") as ctx:
        ctx.set_default_timeout(20_000)  # the machine may be loaded; nothing here is timed
        page = ctx.new_page()
        _sign_in(page, site)
        page.goto(f"{site.url}/admin/comments")
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        page.screenshot(path=screenshot_path("admin-comments-ar"), full_page=True)


def test_docs_work_with_no_network_but_salon(browser: Browser, site: Server) -> None:
    """Every request outside loopback is aborted by the guarded context; Swagger UI still
    draws the operations from Salon's own copy of its files, within the page's CSP."""
    with guarded_context(browser) as ctx:
        ctx.set_default_timeout(20_000)  # the machine may be loaded; nothing here is timed
        page = ctx.new_page()
        page.goto(f"{site.url}/docs")
        expect(page.locator(".opblock").first).to_be_visible(timeout=15_000)
        assert page.locator(".opblock").count() > 10
        page.screenshot(path=screenshot_path("docs-offline"))
