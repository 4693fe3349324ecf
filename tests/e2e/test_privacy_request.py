"""A reader asks for their data in Chromium, gets the link by mail, downloads and erases."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, expect

from salon.moderation.moderator import Moderator
from tests.e2e.conftest import (
    MovableClock,
    Server,
    _launch,
    _settings,
    guarded_context,
    screenshot_path,
)
from tests.mailbox import SmtpServer, text_of

pytestmark = pytest.mark.e2e
ZOE = "zoe@example.org"


@pytest.fixture
def mailing(tmp_path: Path, moderator: Moderator, smtp: SmtpServer) -> Iterator[Server]:
    """A Salon server whose outbox worker sends through the loopback SMTP server."""
    settings = _settings(tmp_path / "salon.db").model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_tls": "none",
            "smtp_timeout": 5.0,
            "mail_from": "comments@example.org",
        }
    )
    clock = MovableClock()
    server, thread, url = _launch(settings, clock, {}, moderator)
    http = httpx.Client(base_url=url, timeout=10, limits=httpx.Limits(max_keepalive_connections=0))
    try:
        yield Server(url, clock, settings, http, {})
    finally:
        http.close()
        server.should_exit = True
        thread.join(timeout=10)


def _privacy_mail(smtp: SmtpServer) -> str:
    """The path of the link in the "my data" mail, once the worker has sent it."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for msg in smtp.inbox.to(ZOE):
            if "Your comments" in str(msg["Subject"]):
                found = re.search(r"https?://[^/\s]+(/privacy/\S+)", text_of(msg))
                assert found, text_of(msg)
                return found.group(1)
        time.sleep(0.1)
    raise AssertionError("no privacy mail arrived")


def test_reader_asks_for_a_link_then_downloads_and_erases(
    mailing: Server, smtp: SmtpServer, browser: Browser, tmp_path: Path
) -> None:
    salon = mailing
    salon.post("Mine, on the article", author={"name": "Zoë", "email": ZOE})
    salon.post("Someone else's", author={"name": "Kim", "email": "kim@example.org"})
    # Without JavaScript: the thread page as crawlers and no-JS readers get it (with it, the
    # widget replaces the page and shows its own "My data" link), and plain forms after it.
    with guarded_context(browser, accept_downloads=True, java_script_enabled=False) as ctx:
        page = ctx.new_page()
        page.goto(f"{salon.url}/threads/default?uri=/")
        page.get_by_role("link", name="My data").scroll_into_view_if_needed()
        page.screenshot(path=screenshot_path("thread-my-data"))
        page.get_by_role("link", name="My data").click()
        expect(page.get_by_role("heading", name="Your comments and your data")).to_be_visible()
        page.get_by_label("E-mail address").fill("Zoe@Example.org")
        page.screenshot(path=screenshot_path("privacy-request"))
        page.get_by_role("button", name="Send me the link").click()
        expect(page.get_by_role("status")).to_contain_text("a link to them is on its way")
        page.screenshot(path=screenshot_path("privacy-request-sent"))

        page.goto(salon.url + _privacy_mail(smtp))
        expect(page.locator("main")).to_contain_text("1 comment written with")
        page.screenshot(path=screenshot_path("privacy-link"))
        with page.expect_download() as download:
            page.get_by_role("link", name="Download my comments").click()
        saved = tmp_path / "mine.json"
        download.value.save_as(saved)
        data = json.loads(saved.read_text())
        assert [c["text"] for c in data["comments"]] == ["Mine, on the article"]

        page.get_by_label("I want my data erased").check()
        page.get_by_role("button", name="Erase my data").click()
        expect(page.get_by_role("status")).to_contain_text("removed from")
        page.screenshot(path=screenshot_path("privacy-link-erased"))
    names = sorted(c["author"]["name"] for c in salon.thread()["comments"])
    assert names == ["Kim", "[removed]"]
