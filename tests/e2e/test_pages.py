"""The server-rendered thread without JavaScript, enhanced by the widget, and embedding
the widget in a page from another origin."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import Server, guarded_context
from tests.e2e.widget import fill_and_post, main_form, own_article, post_mine

pytestmark = pytest.mark.e2e


def test_no_javascript_form_posts_and_redirects_back(salon: Server, browser: Browser) -> None:
    salon.post("Already here.", uri="/nojs")
    with guarded_context(browser, java_script_enabled=False) as ctx:
        page = ctx.new_page()
        page.goto(f"{salon.url}/threads/default?uri=%2Fnojs")
        expect(page.locator("#salon-title")).to_contain_text("1 comment")
        form = page.locator("form.salon-form")
        form.locator("textarea[name=text]").fill("Posted with **no** JavaScript at all.")
        form.locator("input[name=name]").fill("Walt Brennan")
        form.get_by_role("button", name="Post comment").click()
        expect(page.locator(".salon-notice")).to_have_text("Thank you! Your comment is published.")
        expect(page.locator("#salon-title")).to_contain_text("2 comments")
        posted = page.locator(".salon-comment", has_text="Posted with no JavaScript at all.")
        expect(posted.locator(".salon-author")).to_have_text("Walt Brennan")
        expect(posted.locator(".salon-body strong")).to_have_text("no")
        assert re.search(r"#comment-\d+$", page.url)
        # Replying works the same way, through a link and the same form.
        posted.get_by_role("link", name="Reply").click()
        expect(page.locator("form.salon-form h2")).to_contain_text("Reply to")
        page.locator("textarea[name=text]").fill("A reply, still without scripts.")
        page.get_by_role("button", name="Post comment").click()
        expect(page.locator(".salon-replies .salon-comment")).to_contain_text(
            "A reply, still without scripts."
        )
    assert salon.thread(uri="/nojs")["thread"]["count"] == 3


def test_widget_enhances_the_server_rendered_page(salon: Server, page: Page) -> None:
    first = salon.post("Crawlers can read me.", uri="/ssr")["comment"]
    # The page includes the widget's script itself (templates/thread.html).
    page.goto(f"{salon.url}/threads/default?uri=%2Fssr")
    root = page.locator("#salon-thread")
    expect(root).to_have_attribute("data-salon-ready", "1")
    expect(root.locator(".salon-sort button")).to_have_count(3)
    expect(root.locator("h2.salon-title")).to_have_text("1 comment")
    expect(own_article(root, first["id"])).to_contain_text("Crawlers can read me.")
    # The server's plain form is replaced, not duplicated, and there is no link to itself.
    expect(root.locator("form")).to_have_count(1)
    expect(root.locator("a.salon-all")).to_have_count(0)
    post_mine(root, "Posted from the enhanced page.")
    expect(root.locator("h2.salon-title")).to_have_text("2 comments")
    assert salon.thread(uri="/ssr")["thread"]["count"] == 2


HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A publisher's article</title>
<style>p {{ margin: 0 0 30px; color: rgb(10, 20, 30); font: 20px/1.2 serif; }}
:root {{ --salon-accent: rgb(200, 0, 100); }}</style></head>
<body><h1>Elsewhere</h1><p>An article on another origin.</p>
<div id="salon-thread"></div>
<script src="{api}/embed.js" data-salon-site="default" async></script>
</body></html>"""


def test_widget_embedded_from_another_origin(salon: Server, page: Page) -> None:
    """The publisher's page (localhost) loads the widget from the server (127.0.0.1)."""
    url = salon.host_page("news/story", HOST_PAGE.format(api=salon.url))
    page.goto(url.replace("127.0.0.1", "localhost"))
    root = page.locator("#salon-thread")
    expect(root.locator(".salon-title")).to_have_text("No comments yet")
    # The stylesheet came along, and the host's own paragraph kept its style.
    expect(root).to_have_css("border-top-style", "solid")
    host_p = page.locator("body > p")
    expect(host_p).to_have_css("margin-bottom", "30px")
    expect(host_p).to_have_css("font-size", "20px")
    # The publisher's theme reaches the widget through the custom properties.
    expect(root.get_by_role("button", name="Post comment")).to_have_css(
        "background-color", "rgb(200, 0, 100)"
    )
    form = main_form(root)
    fill_and_post(form, "Cross-origin hello.", name="Abel")
    expect(root.locator(".salon-title")).to_have_text("1 comment")
    # The uri defaults to the page's path, the title to the page's title.
    answer = salon.thread(uri="/e2e/news/story")
    assert answer["thread"]["count"] == 1
    assert answer["thread"]["title"] == "A publisher's article"
    comment_id = answer["comments"][0]["id"]
    # Nobody up-votes their own comment: it shows its tally, with no button.
    expect(own_article(root, comment_id).locator("button.salon-up")).to_have_count(0)
    expect(own_article(root, comment_id).locator(".salon-up.salon-tally")).to_have_text(
        "▲Up-votes 0"
    )
    # Another reader's comment takes a vote from this cross-origin page (its cookie works).
    other = salon.post("Another reader here.", uri="/e2e/news/story")["comment"]["id"]
    page.reload()
    up = own_article(page.locator("#salon-thread"), other).locator("button.salon-up")
    up.click()
    expect(up).to_have_attribute("aria-pressed", "true")
    assert salon.thread(uri="/e2e/news/story")["comments"][0]["votes"]["up"] == 1


def test_unreachable_server_is_reported(salon: Server, page: Page) -> None:
    page.route("**/api/threads?*", lambda route: route.abort())
    page.goto(salon.url + "/")
    root = page.locator("#salon-thread")
    expect(root.locator(".salon-title")).to_have_text("Comments are unavailable")
    expect(root.locator(".salon-live")).to_contain_text("Could not reach the comment server")
    expect(root.get_by_role("link", name="View all comments")).to_be_visible()


LIST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Latest articles</title></head>
<body><ul>
<li><a href="/one">One</a> · <span data-salon-count="/one">comments</span></li>
<li><a href="/two">Two</a> · <span data-salon-count="/two">comments</span></li>
<li><a href="/three">Three</a> · <span data-salon-count="/three">comments</span></li>
</ul><script src="/embed.js" data-salon-site="default" defer></script></body></html>"""


def test_counts_on_an_article_list(salon: Server, page: Page) -> None:
    for uri in ("/one", "/one", "/two"):
        salon.post("Counted.", uri=uri)
    page.goto(salon.host_page("articles", LIST_PAGE))
    expect(page.locator("[data-salon-count='/one']")).to_have_text("2 comments")
    expect(page.locator("[data-salon-count='/two']")).to_have_text("1 comment")
    expect(page.locator("[data-salon-count='/three']")).to_have_text("0 comments")
    # A page without #salon-thread gets counts only, no comment section.
    expect(page.locator(".salon")).to_have_count(0)
