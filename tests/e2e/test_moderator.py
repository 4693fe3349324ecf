"""What a moderator sees: the review queue with reasons, decided with one key, in Chromium."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser

from salon.app import create_app
from salon.config import Settings
from salon.demo.seed import seed
from salon.moderation import Moderator
from salon.services.admins import create_admin
from tests.conftest import LOCAL
from tests.e2e.conftest import guarded_context, screenshot_path, sign_in
from tests.server import running

pytestmark = pytest.mark.e2e
PASSWORD = "correct horse battery"
XSS = '<img src=x onerror=alert("queue")>'


@pytest.fixture
def site(tmp_path: Path, moderator: Moderator) -> Iterator[str]:
    """The demo thread, its comments for review and one more with XSS, screened for real."""
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 'm.db'}",
        secret_key="e2e-moderator",  # type: ignore[arg-type]
        sites=(LOCAL,),
        demo=True,
    )
    seed(settings)
    app = create_app(settings, moderator=moderator, run_jobs=False)
    with running(app) as url:
        create_admin(app.state.deps, "mo", PASSWORD)
        r = httpx.post(
            f"{url}/api/comments",
            json={
                "site": "default",
                "uri": "/",
                "text": f"{XSS} win $5000 at www.prize.tk",
                "hp": "bot",
                "author": {"name": '"><script>alert("name")</script>'},
            },
        )
        assert r.status_code == 202
        yield url


def test_moderator_works_the_queue_with_the_keyboard(browser: Browser, site: str) -> None:
    with guarded_context(browser, color_scheme="light") as ctx:
        page = ctx.new_page()
        page.goto(f"{site}/admin")
        assert page.url.endswith("/admin/login")
        page.fill("#username", "mo")
        page.fill("#password", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{site}/admin")
        page.goto(f"{site}/admin?queue=spam")
        items = page.locator("article.item")
        assert items.count() >= 2
        first = items.first
        assert first.locator(".reasons li").count() >= 1
        page.screenshot(path=screenshot_path("moderator-queue-spam-light"), full_page=True)
        # Nothing the readers wrote became markup in the moderator's page.
        assert page.locator("img[src=x]").count() == 0
        assert 'alert("name")' in page.content()  # shown as text
        first_id = first.get_attribute("data-id")
        page.keyboard.press("j")
        page.keyboard.press("k")
        page.keyboard.press("a")  # approve the selected (first) comment
        page.wait_for_url("**/admin?queue=spam&done=*")
        assert page.get_by_role("status").inner_text().startswith("Done: 1 comment: approve")
        assert page.locator(f"#item-{first_id}").count() == 0
        published = httpx.get(f"{site}/api/comments/{first_id}")
        assert published.status_code == 200
    with guarded_context(browser, color_scheme="dark") as ctx:
        page = ctx.new_page()
        sign_in(page, site, "mo", PASSWORD)
        page.screenshot(path=screenshot_path("moderator-queue-held-dark"), full_page=True)
        # Ban the address of a held comment from its card, then see and lift it.
        item = page.locator("article.item").first
        item.get_by_role("button", name="Ban address").click()
        page.wait_for_url("**/admin?queue=held&done=*")
        assert "banned the address" in page.get_by_role("status").inner_text()
        page.get_by_role("link", name="Bans").click()
        page.wait_for_url(f"{site}/admin/bans")
        rows = page.locator("tbody tr")
        assert rows.count() == 1 and "address" in rows.first.inner_text()
        page.screenshot(path=screenshot_path("moderator-bans-dark"), full_page=True)
        rows.first.get_by_role("button", name="Lift").click()
        page.wait_for_url("**/admin/bans?done=*")
        assert page.get_by_text("No bans.").is_visible()
