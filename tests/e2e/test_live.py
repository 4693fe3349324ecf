"""Live updates: a reader with the page open sees others' comments, votes and edits arrive."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import Server
from tests.e2e.widget import comment, open_article

pytestmark = pytest.mark.e2e


def test_open_page_gets_new_comments_votes_and_edits(salon: Server, page: Page) -> None:
    first = salon.post("Already here before the page opened.")
    root = open_article(page, salon.url)
    expect(root.locator(".salon-title")).to_have_text("1 comment")
    page.wait_for_timeout(500)  # the event stream is open

    other = salon.post("Posted by someone else while you read.")
    news = root.locator(".salon-news")
    expect(news).to_have_text("Show 1 new comment")
    expect(root.locator(f"#comment-{other['comment']['id']}")).to_have_count(0)
    salon.post("And a reply to the first.", parent=first["comment"]["id"])
    expect(news).to_have_text("Show 2 new comments")
    news.click()
    expect(news).to_be_hidden()
    expect(root.locator(".salon-title")).to_have_text("3 comments")
    expect(comment(root, other["comment"]["id"])).to_contain_text("while you read")
    reply = root.locator(f"#comment-{first['comment']['id']} > .salon-replies > li")
    expect(reply).to_contain_text("reply to the first")

    cid = first["comment"]["id"]
    # Another reader votes (nobody can up-vote their own comment).
    r = httpx.post(
        f"{salon.url}/api/comments/{cid}/vote", json={"value": 1}, headers={"user-agent": "other"}
    )
    assert r.status_code == 200
    up = root.locator(f"#comment-{cid} > article .salon-up")
    expect(up).to_have_accessible_name("Up-vote 1")

    token = other["edit_token"]
    r = salon.http.patch(
        f"/api/comments/{other['comment']['id']}",
        json={"text": "Edited **live**."},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200
    expect(
        root.locator(f"#comment-{other['comment']['id']} > article .salon-body strong")
    ).to_have_text("live")
