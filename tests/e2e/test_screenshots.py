"""Screenshots of the demo page for people to look at (artifacts/screenshots/, gitignored)."""

from __future__ import annotations

from typing import Literal

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.conftest import Server, guarded_context, screenshot_path
from tests.e2e.widget import open_article, own_article

pytestmark = pytest.mark.e2e

Scheme = Literal["light", "dark"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("device", "width"), [("desktop", 1100), ("mobile", 390)])
def test_demo_page_screenshots(
    demo: Server, browser: Browser, scheme: Scheme, device: str, width: int
) -> None:
    options = {"viewport": {"width": width, "height": 900}, "color_scheme": scheme}
    if device == "mobile":
        options.update(is_mobile=True, has_touch=True)
    with guarded_context(browser, **options) as ctx:
        page = ctx.new_page()
        root = open_article(page, demo.url)
        expect(root.locator(".salon-title")).to_have_text(
            f"{demo.thread()['thread']['count']} comments"
        )
        name = f"demo-{device}-{scheme}"
        # The widget follows the reader's colour scheme.
        dark = scheme == "dark"
        expect(root).to_have_css(
            "background-color", "rgb(28, 30, 34)" if dark else "rgb(255, 255, 255)"
        )
        page.screenshot(path=screenshot_path(f"{name}-full"), full_page=True)
        root.screenshot(path=screenshot_path(f"{name}-comments"))
        # The first screenful of the comment section, as a reader scrolls to it.
        root.scroll_into_view_if_needed()
        page.evaluate("document.querySelector('#salon-thread').scrollIntoView()")
        page.screenshot(path=screenshot_path(f"{name}-section"))
        # Nothing spills sideways, not even on a phone.
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
        # Interaction states: a reply form with a preview, a vote, the permalink highlight.
        first = root.locator(".salon-list > .salon-comment").first
        first_id = str(first.get_attribute("id")).removeprefix("comment-")
        art = own_article(root, first_id)
        art.get_by_role("button", name="Reply", exact=True).click()
        art.locator("textarea").fill("I'd go **every** Thursday.\n\n> quiet, warm and free")
        art.get_by_role("button", name="Preview").click()
        expect(art.locator(".salon-preview strong")).to_have_text("every")
        page.evaluate(f"location.hash = '#comment-{first_id}'")
        expect(first).to_have_class("salon-comment salon-hl")
        page.screenshot(path=screenshot_path(f"{name}-reply"))
        assert (
            page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            <= 0
        )


def test_server_rendered_page_screenshot(demo: Server, browser: Browser) -> None:
    for scheme in ("light", "dark"):
        # Without JavaScript: what crawlers and no-JS readers get (with it, the widget takes over).
        with guarded_context(browser, color_scheme=scheme, java_script_enabled=False) as ctx:
            page = ctx.new_page()
            page.goto(f"{demo.url}/threads/default?uri=%2F")
            expect(page.locator("h2.salon-title")).to_contain_text(
                f"{demo.thread()['thread']['count']} comments"
            )
            page.screenshot(path=screenshot_path(f"server-page-{scheme}"), full_page=False)
