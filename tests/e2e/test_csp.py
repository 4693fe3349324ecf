"""The Content-Security-Policy does not break the widget, the thread page or the admin,
and it does block what it should (an injected inline script)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from salon.app import build_deps
from salon.services.admins import create_admin
from tests.e2e.conftest import Server, guarded_context, screenshot_path, sign_in

pytestmark = pytest.mark.e2e
PASSWORD = "correct horse battery"


def test_thread_page_and_widget_work_under_the_csp(browser: Browser, demo: Server) -> None:
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        r = page.goto(f"{demo.url}/threads/default?uri=/")
        assert r is not None and "script-src 'self'" in r.headers["content-security-policy"]
        page.wait_for_selector(".salon-comment")  # the widget took the page over
        page.screenshot(path=screenshot_path("csp-thread-page"), full_page=False)
        r = page.goto(f"{demo.url}/")
        assert r is not None and "content-security-policy" in r.headers
        page.wait_for_selector(".salon-comment")
        page.get_by_role("button", name="Post comment").first.wait_for()
        page.screenshot(path=screenshot_path("csp-demo-article"), full_page=False)


def test_admin_works_under_the_csp(browser: Browser, demo: Server) -> None:
    deps = build_deps(demo.settings)
    try:
        create_admin(deps, "csp", PASSWORD)
    finally:
        deps.db.dispose()
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        sign_in(page, demo.url, "csp", PASSWORD)
        r = page.goto(f"{demo.url}/admin?queue=held")
        assert r is not None and "frame-ancestors 'none'" in r.headers["content-security-policy"]
        if page.locator("article.item").count() >= 2:
            page.keyboard.press("j")  # the queue's keys come from /admin/admin.js
            selected = page.locator("article.item[aria-current=true]")
            assert selected.count() == 1
        page.screenshot(path=screenshot_path("csp-admin-queue"), full_page=False)
        page.get_by_role("button", name="Sign out").click()
        page.wait_for_url(f"{demo.url}/admin/login")


def test_an_injected_inline_script_is_blocked(browser: Browser, demo: Server) -> None:
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        seen: list[str] = []
        page.on("console", lambda m: seen.append(m.text))
        page.goto(f"{demo.url}/threads/default?uri=/")
        ran = page.evaluate(
            """() => new Promise(done => {
                document.addEventListener('securitypolicyviolation', () => done('blocked'));
                const s = document.createElement('script');
                s.textContent = 'window.__ran = true';
                document.body.append(s);
                setTimeout(() => done(window.__ran ? 'ran' : 'silent'), 1000);
            })"""
        )
        assert ran == "blocked"
    finally:
        ctx.close()
