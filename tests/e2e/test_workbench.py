"""The moderators' workbench in Chromium: find a published insult and remove it, work the
Held queue with the keyboard, bulk-remove spam and undo it, readers' reports, and axe-core
on every admin page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from salon.app import build_deps
from salon.moderation import Moderator
from salon.services.accounts import SHELL
from salon.services.admins import create_admin
from salon.services.bans import BanTerms, ban_from_comment
from salon.services.site_settings import update_site
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
    "/admin/stats",
    "/admin/settings",
    "/admin/accounts",
    "/admin/export",
    "/admin/outbox",
    "/admin/support",
)


@pytest.fixture
def site(salon: Server, moderator: Moderator) -> Iterator[Server]:
    """The e2e server with a moderator account "mo" in its database."""
    deps = build_deps(salon.settings, moderator=moderator)
    try:
        create_admin(deps, "mo", PASSWORD)
    finally:
        deps.db.dispose()
    yield salon


def sign_in(page: Page, salon: Server) -> None:
    page.goto(f"{salon.url}/admin/login")
    page.fill("#username", "mo")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{salon.url}/admin")


def hold_by_reports(salon: Server, comment_id: int) -> None:
    """Three readers (three browsers, no cookies kept: three reader ids) report it; it is held."""
    for n in range(3):
        r = httpx.post(
            f"{salon.url}/api/comments/{comment_id}/report",
            json={"reason": "abuse", "note": f"reader {n}"},
            headers={"User-Agent": f"reader {n}'s browser"},
        )
        assert r.status_code == 202
    assert r.json()["held"] is True


def test_find_a_published_insult_and_remove_it(browser: Browser, site: Server) -> None:
    site.post("A thoughtful remark about the budget.", author={"name": "Ann"})
    insult = site.post("You are all brainless sheep.", author={"name": "Troll"})["comment"]
    site.post("I agree with Ann, mostly.", author={"name": "Bea"}, parent=insult["id"])
    with guarded_context(browser, color_scheme="light") as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        page.goto(f"{site.url}/admin/comments")
        page.keyboard.press("/")
        expect(page.locator("#search")).to_be_focused()
        page.keyboard.type("brainless")
        page.keyboard.press("Enter")
        page.wait_for_url("**/admin/comments?q=brainless*")
        cards = page.locator("article.item")
        expect(cards).to_have_count(1)
        card = cards.first
        expect(card).to_contain_text("Troll")
        expect(card).to_contain_text("on this site: 1 published")
        page.screenshot(path=screenshot_path("workbench-search-light"), full_page=True)
        card.screenshot(path=screenshot_path("workbench-card-light"))
        card.get_by_role("button", name="Remove").click()
        page.wait_for_url("**done=*")
        expect(page.get_by_role("status")).to_contain_text("1 comment: remove")
        expect(page.locator("article.item .state-deleted")).to_have_count(1)
    # Readers see the placeholder (it has a reply), not the insult.
    shown = httpx.get(f"{site.url}/threads/default", params={"uri": "/"}).text
    assert "brainless" not in shown and "This comment was deleted." in shown
    assert site.thread()["thread"]["count"] == 2


def test_held_queue_with_the_keyboard_and_undo(browser: Browser, site: Server) -> None:
    ids = [
        site.post(f"Comment number {n} for review", uri=f"/k{n}")["comment"]["id"] for n in range(3)
    ]
    for cid in ids:
        hold_by_reports(site, cid)
    with guarded_context(browser, color_scheme="dark") as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        cards = page.locator("article.item")
        expect(cards).to_have_count(3)
        page.keyboard.press("?")
        expect(page.locator("#keys")).to_be_visible()
        page.screenshot(path=screenshot_path("workbench-held-dark"), full_page=True)
        page.keyboard.press("j")
        second = cards.nth(1).get_attribute("data-id")
        expect(cards.nth(1)).to_have_attribute("aria-current", "true")
        page.keyboard.press("a")  # approve the second
        page.wait_for_url("**/admin?queue=held&done=*")
        expect(page.get_by_role("status")).to_contain_text("1 comment: approve")
        expect(page.locator(f"#item-{second}")).to_have_count(0)
        assert httpx.get(f"{site.url}/api/comments/{second}").status_code == 200
        page.keyboard.press("u")
        page.wait_for_url("**done=undid*")
        expect(page.locator(f"#item-{second}")).to_have_count(1)
        assert httpx.get(f"{site.url}/api/comments/{second}").status_code == 404


def test_bulk_remove_spam_then_undo(browser: Browser, site: Server) -> None:
    spam = [
        site.post(f"Cheap pills {n} www.pills.tk", uri="/s", hp="bot")["comment"]["id"]
        for n in range(3)
    ]
    with guarded_context(browser, color_scheme="light") as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        page.goto(f"{site.url}/admin?queue=spam")
        expect(page.locator("article.item")).to_have_count(3)
        # Apply with nothing selected: a clear message on the same page.
        page.select_option("#bulk-action", "remove")
        page.get_by_role("button", name="Apply").click()
        page.wait_for_url("**error=*")
        expect(page.get_by_role("alert")).to_contain_text("select at least one comment")
        expect(page.locator("#bulk-action")).to_have_value("")  # no default action
        page.check("#select-all")
        page.select_option("#bulk-action", "remove")
        page.get_by_role("button", name="Apply").click()
        expect(page.locator("#confirm")).to_be_visible()
        expect(page.locator("#confirm-text")).to_contain_text("Mark 3 comments as removed?")
        page.screenshot(path=screenshot_path("workbench-bulk-confirm-light"), full_page=True)
        page.get_by_role("button", name="Yes, do it").click()
        page.wait_for_url("**done=*")
        expect(page.get_by_role("status")).to_contain_text("3 comments: remove")
        expect(page.locator("article.item")).to_have_count(0)
        page.keyboard.press("u")
        page.wait_for_url("**done=undid*")
        expect(page.locator("article.item")).to_have_count(3)
    # Undone: back in the spam folder, still not shown to readers.
    assert site.thread(uri="/s")["thread"]["count"] == 0
    assert all(httpx.get(f"{site.url}/api/comments/{cid}").status_code == 404 for cid in spam)


def test_three_readers_report_a_comment_and_it_leaves_the_thread(
    browser: Browser, site: Server
) -> None:
    target = site.post("Off topic rant about football.", author={"name": "Rex"})["comment"]["id"]
    site.post("A comment that stays.", author={"name": "Sam"})
    url = site.host_page(
        "article",
        '<!doctype html><html lang="en"><title>Article</title><main><h1>Article</h1>'
        '<div id="salon-thread" data-salon-uri="/"></div></main>'
        f'<script src="{site.url}/embed.js" data-salon-site="default" defer></script></html>',
    )
    for n, reason in enumerate(("off-topic", "abuse", "spam")):
        # Three readers: three browsers (one address and browser is one reader, by design).
        with guarded_context(browser, user_agent=f"Mozilla/5.0 reader-{n}") as ctx:
            page = ctx.new_page()
            page.goto(url)
            card = page.locator(f"#comment-{target}")
            expect(card).to_be_visible()
            card.locator(".salon-report").first.click()
            form = card.locator("form.salon-reportform")
            form.locator(f"input[value={reason}]").check()
            form.locator("textarea[name=note]").fill(f"reader {n}")
            if n == 0:
                card.screenshot(path=screenshot_path("widget-report-form"))
            form.get_by_role("button", name="Send the report").click()
            if n < 2:
                expect(page.locator(".salon-live")).to_contain_text("the moderators will look")
                expect(card.locator(".salon-report")).to_be_disabled()
            else:
                expect(page.locator(".salon-live")).to_contain_text("hidden until a moderator")
                expect(page.locator(f"#comment-{target}")).to_have_count(0)
    assert site.thread()["thread"]["count"] == 1
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        page.goto(f"{site.url}/admin/comments?view=reported")
        card = page.locator(f"#item-{target}")
        expect(card).to_contain_text("3 reports")
        expect(card).to_contain_text("reader 1")
        page.screenshot(path=screenshot_path("workbench-reported-light"), full_page=True)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_admin_pages_have_no_serious_axe_violations(
    browser: Browser, site: Server, scheme: str
) -> None:
    script = AXE / "axe.min.js"
    if not script.exists():
        pytest.fail(f"{script} is missing: run `make axe` (npm install axe-core)")
    reply_to = site.post(
        "A published comment with a link https://example.org", author={"name": "Ann"}
    )
    reply = site.post(
        "A reply",
        parent=reply_to["comment"]["id"],
        author={"name": "Bo", "email": "bo@example.org"},
    )
    site.post("Spam www.pills.tk", hp="bot")
    hold_by_reports(site, reply_to["comment"]["id"])
    # Bans listed, a shadow-banned comment and trust marks on the cards.
    deps = build_deps(site.settings)
    try:
        terms = BanTerms(reason="sock puppet", until="7d", shadow=True)
        ban_from_comment(deps, reply["comment"]["id"], "email", "mo", terms)
        update_site(deps, SHELL, "default", {"trust_after_approvals": 2})
    finally:
        deps.db.dispose()
    site.post("A comment nobody else sees", author={"name": "Bo", "email": "bo@example.org"})
    counts = {}
    # axe-core is injected by the test as an inline script, which Salon's CSP refuses.
    with guarded_context(browser, color_scheme=scheme, bypass_csp=True) as ctx:
        page = ctx.new_page()
        page.goto(f"{site.url}/admin/login")
        counts["/admin/login"] = _serious(page, script)
        sign_in(page, site)
        for path in ADMIN_PAGES:
            page.goto(site.url + path)
            counts[path] = _serious(page, script)
            if path in ("/admin/stats", "/admin/settings", "/admin/accounts", "/admin/bans"):
                page.screenshot(
                    path=screenshot_path(f"workbench-{path[7:]}-{scheme}"), full_page=True
                )
        page.set_viewport_size({"width": 390, "height": 800})
        page.goto(f"{site.url}/admin/comments")
        page.screenshot(path=screenshot_path(f"workbench-mobile-{scheme}"), full_page=True)
        counts["/admin/comments (phone)"] = _serious(page, script)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"axe-{scheme}.json").write_text(json.dumps(counts, indent=1))
    assert counts == {path: [] for path in counts}, counts


def _serious(page: Page, script: Path) -> list[str]:
    page.add_script_tag(path=str(script))
    result = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['nodes'][0]['target']}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def test_closed_thread_and_editors_picks_in_the_widget(browser: Browser, site: Server) -> None:
    pick = site.post("A reply the editors liked.", author={"name": "Ann"})["comment"]["id"]
    site.post("Another comment.", author={"name": "Bo"})
    url = site.host_page(
        "picks",
        '<!doctype html><html lang="en"><title>Article</title><main><h1>Article</h1>'
        '<div id="salon-thread" data-salon-uri="/"></div></main>'
        f'<script src="{site.url}/embed.js" data-salon-site="default" defer></script></html>',
    )
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        page.goto(f"{site.url}/admin/comments")
        card = page.locator(f"#item-{pick}")
        card.get_by_role("button", name="Feature", exact=True).click()
        expect(page.get_by_role("status")).to_contain_text(f"featured comment {pick}")
        page.locator(f"#item-{pick}").get_by_role("button", name="Close the thread").click()
        expect(page.get_by_role("status")).to_contain_text("closed the thread")
        expect(page.locator(f"#item-{pick}")).to_contain_text("thread closed")
        page.goto(url)
        picks = page.locator(".salon-picks")
        expect(picks).to_be_visible()
        expect(picks).to_contain_text("A reply the editors liked.")
        expect(page.locator(".salon-closed")).to_be_visible()
        expect(page.locator("form.salon-form").first).to_be_hidden()
        page.locator("#salon-thread").screenshot(path=screenshot_path("widget-closed-picks"))
