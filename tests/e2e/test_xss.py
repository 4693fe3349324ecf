"""Hostile text, names and websites never run in the reader's browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import Server
from tests.e2e.widget import (
    assert_no_injected_markup,
    fill_and_post,
    main_form,
    open_article,
    own_article,
)

pytestmark = pytest.mark.e2e

TEXTS = [
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=\"window.__xss='img'\">",
    "[x](javascript:alert(1))",
    "[y](JaVaScRiPt:window.__xss='md')",
    "<script>alert(1)</script>",
    '<a href="javascript:alert(1)">click</a>',
    "<svg onload=alert(1)>",
    "`<b>code</b>` and <iframe src=javascript:alert(1)>",
]
NAME = '"><script>alert(1)</script>'
WEBSITES = [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)//",
    "data:text/html,<script>alert(1)</script>",
]


def test_payloads_posted_through_the_api_stay_text(salon: Server, page: Page) -> None:
    ids = []
    for i, text in enumerate(TEXTS):
        r = salon.http.post(
            "/api/comments",
            json={
                "site": "default",
                "uri": "/",
                "text": text,
                "author": {"name": NAME, "website": WEBSITES[i % len(WEBSITES)]},
            },
        )
        if r.status_code in (400, 422):  # the server may refuse a website outright; fine
            r = salon.http.post(
                "/api/comments",
                json={"site": "default", "uri": "/", "text": text, "author": {"name": NAME}},
            )
        assert r.status_code == 201, r.text
        ids.append(r.json()["comment"]["id"])
    root = open_article(page, salon.url)
    expect(root.locator(".salon-comment")).to_have_count(len(TEXTS))
    for comment_id in ids:
        expect(own_article(root, comment_id).locator(".salon-author")).to_have_text(NAME)
    hrefs = root.locator("a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert all(not h.lower().lstrip().startswith(("javascript:", "data:")) for h in hrefs), hrefs
    # Click every link the payloads produced (authors and bodies): nothing may run.
    for link in root.locator(".salon-author[href], .salon-body a").all():
        link.click(modifiers=["Control"])  # a new background tab, the page stays
    page.wait_for_timeout(300)
    assert_no_injected_markup(page)
    # The server-rendered page is just as inert.
    page.goto(f"{salon.url}/threads/default?uri=%2F")
    expect(page.locator(".salon-comment")).to_have_count(len(TEXTS))
    assert_no_injected_markup(page)


def test_payloads_typed_into_the_form_stay_text(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    form = main_form(root)
    status = form.locator(".salon-status")
    # A script URL as website is refused with the server's message, or made harmless.
    fill_and_post(form, "My website is special.", name=NAME, website=WEBSITES[0])
    expect(status.or_(root.locator(".salon-comment"))).to_be_visible()
    for href in root.locator(".salon-author[href]").evaluate_all("els => els.map(e => e.href)"):
        assert href.startswith("https://"), href
    form.locator("input[name=website]").fill("")
    for text in TEXTS[:4]:
        fill_and_post(form, text, name=NAME)
        expect(status).to_have_text("")
        expect(form.locator("textarea")).to_have_value("")
        # Preview shows the same text inertly.
        form.locator("textarea").fill(text)
        form.get_by_role("button", name="Preview").click()
        expect(form.locator(".salon-preview")).to_be_visible()
        form.get_by_role("button", name="Preview").click()
        form.locator("textarea").fill("")
    expect(root.locator(".salon-list > .salon-comment").nth(3)).to_be_visible()
    expect(root.locator(".salon-author").first).to_have_text(NAME)
    page.reload()
    open_article(page, salon.url)
    expect(page.locator(".salon-list > .salon-comment").nth(3)).to_be_visible()
    assert_no_injected_markup(page)
