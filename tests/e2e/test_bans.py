"""Bans in Chromium: a moderator adds a pattern ban with an expiry and a reason on the bans
page, shadow-bans an author from a card; the author posts through the widget and sees a
published comment, another reader does not see it, the moderator finds it marked."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Browser, expect

from salon.app import build_deps
from salon.moderation import Moderator
from tests.e2e.conftest import Server, guarded_context, screenshot_path
from tests.e2e.test_workbench import sign_in, site  # noqa: F401 - the server with "mo"
from tests.e2e.widget import comment, fill_and_post, main_form, open_article
from tests.web.test_trust_bans import is_shadow_banned

pytestmark = pytest.mark.e2e


def test_bans_page_and_a_shadow_banned_author(
    browser: Browser,
    site: Server,  # noqa: F811
    moderator: Moderator,
) -> None:
    first = site.post(
        "The ferry timetable changed again without notice.",
        author={"name": "Sly", "email": "sly@example.org"},
    )["comment"]["id"]
    with guarded_context(browser, color_scheme="light") as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        page.goto(f"{site.url}/admin/bans")
        page.select_option("#ban-kind", "pattern")
        page.fill("#ban-value", "casin* bonus")
        page.fill("#ban-reason", "gambling spam")
        page.fill("#ban-until", "7d")
        page.get_by_role("button", name="Ban", exact=True).click()
        page.wait_for_url("**/admin/bans?done=*")
        expect(page.get_by_role("status")).to_contain_text(
            "banned the word or pattern casin* bonus"
        )
        row = page.locator("tbody tr").first
        expect(row).to_contain_text("gambling spam")
        expect(row).to_contain_text("UTC")
        # A pattern that could backtrack is refused with the rule, not stored.
        page.fill("#ban-value", "(a+)+$")
        page.get_by_role("button", name="Ban", exact=True).click()
        expect(page.locator("body")).to_contain_text("letters, digits, spaces")
        page.goto(f"{site.url}/admin/comments?q=ferry")
        card = page.locator(f"#item-{first}")
        card.locator("summary", has_text="Ban options").click()
        card.locator(f"#reason-{first}").fill("sock puppet")
        card.locator(f"#shadow-{first}").check()
        card.get_by_role("button", name="Ban e-mail").click()
        page.wait_for_url("**done=*")
        expect(page.get_by_role("status")).to_contain_text("shadow-banned the e-mail address")
        page.goto(f"{site.url}/admin/bans")
        expect(page.locator("tbody tr").first).to_contain_text("shadow")
        page.screenshot(path=screenshot_path("admin-bans-light"), full_page=True)
    # The author posts through the widget: to them it looks published.
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        root = open_article(page, site.url)
        fill_and_post(
            main_form(root),
            "The ferry people never answer the phone.",
            name="Sly",
            email="sly@example.org",
        )
        expect(root.locator(".salon-live")).to_have_text("Your comment is published.")
        mine = root.locator(".salon-comment.salon-hl")
        expect(mine).to_contain_text("never answer the phone")
        hidden = int(str(mine.get_attribute("id")).removeprefix("comment-"))
        page.screenshot(path=screenshot_path("shadow-banned-author-view"), full_page=True)
    # Nobody else sees it.
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        root = open_article(page, site.url)
        expect(comment(root, first)).to_be_visible()
        expect(comment(root, hidden)).to_have_count(0)
    assert httpx.get(f"{site.url}/api/comments/{hidden}").status_code == 404
    deps = build_deps(site.settings, moderator=moderator)
    try:
        assert is_shadow_banned(deps, hidden) and not is_shadow_banned(deps, first)
    finally:
        deps.db.dispose()
    # The moderator finds it in the spam folder, marked.
    with guarded_context(browser, color_scheme="dark") as ctx:
        page = ctx.new_page()
        sign_in(page, site)
        page.goto(f"{site.url}/admin?queue=spam")
        card = page.locator(f"#item-{hidden}")
        expect(card).to_contain_text("shadow-banned: shown to its author only")
        expect(card).to_contain_text("shadow-banned e-mail address (sock puppet)")
        card.screenshot(path=screenshot_path("admin-shadow-card-dark"))
