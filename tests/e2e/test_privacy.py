"""The "my data" page in a real browser: what a reader sees, and the erase they confirm."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from salon.services.tokens import Signer
from tests.e2e.conftest import Server, guarded_context, screenshot_path

pytestmark = pytest.mark.e2e


def test_my_data_page(salon: Server, browser: Browser) -> None:
    salon.post("Mine, on the article", author={"name": "Zoë", "email": "zoe@example.org"})
    token = Signer(salon.settings.secret_key.get_secret_value()).privacy_token("zoe@example.org")  # type: ignore[union-attr]
    for scheme in ("light", "dark"):
        with guarded_context(browser, color_scheme=scheme) as ctx:
            page = ctx.new_page()
            page.goto(f"{salon.url}/privacy/{token}")
            expect(page.get_by_role("link", name="Download my comments")).to_be_visible()
            page.screenshot(path=screenshot_path(f"privacy-{scheme}"))
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        page.goto(f"{salon.url}/privacy/{token}")
        page.get_by_role("button", name="Erase my data").click()
        # The checkbox is required: nothing is erased without it.
        expect(page.get_by_role("button", name="Erase my data")).to_be_visible()
        page.get_by_label("I want my data erased").check()
        page.get_by_role("button", name="Erase my data").click()
        expect(page.get_by_role("status")).to_contain_text("removed from")
        page.screenshot(path=screenshot_path("privacy-erased"))
        page.goto(f"{salon.url}/privacy/forged")
        expect(page.get_by_role("alert")).to_have_text("This link is not valid.")
        page.screenshot(path=screenshot_path("privacy-forged"))
    assert salon.thread()["comments"][0]["author"]["name"] == "[removed]"
