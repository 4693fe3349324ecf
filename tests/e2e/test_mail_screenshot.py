"""The mail a reader gets, rendered from its HTML part in Chromium and kept as a screenshot."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from playwright.sync_api import Browser

from salon.services.jobs import run_all
from tests.conftest import post
from tests.e2e.conftest import guarded_context, screenshot_path
from tests.mailbox import SmtpServer, html_of, link

pytestmark = pytest.mark.e2e
ALICE = "alice@example.org"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_reply_mail_screenshot(mail_client: TestClient, smtp: SmtpServer, browser: Browser) -> None:
    client = mail_client
    deps = client.app.state.deps  # type: ignore[attr-defined]
    top = post(
        client,
        "The council's budget leaves out the **library** entirely. Has anyone asked why?",
        site="mod",
        title="City budget 2027",
        author={"name": "Alice Martin", "email": ALICE},
        notify="replies",
    )
    run_all(deps)
    token = link(smtp.inbox.to(ALICE)[0], "/mail/confirm").split("t=", 1)[1]
    client.post("/mail/confirm", data={"t": token})
    post(
        client,
        "They did, at the June meeting: the library moves to the *school* building.\n\n"
        "> Has anyone asked why?\n\nMinutes: https://example.org/minutes/june",
        site="mod",
        parent=top["comment"]["id"],
        author={"name": "Bob Chen", "email": "bob@example.org"},
    )
    run_all(deps)
    mail = smtp.inbox.to(ALICE)[-1]
    with guarded_context(browser, viewport={"width": 700, "height": 900}) as ctx:
        page = ctx.new_page()
        page.set_content(html_of(mail))
        assert page.locator("text=Bob Chen replied to your comment").count() == 1
        assert page.locator("a", has_text="Read and reply").count() == 1
        assert page.locator("script").count() == 0
        page.screenshot(path=screenshot_path("mail-reply"), full_page=True)
