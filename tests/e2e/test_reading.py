"""Reading the demo thread: structure, sorting, paging, permalinks, and the widget's CSS."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.e2e.conftest import Server
from tests.e2e.widget import comment, open_article, own_article, top_level_ids

pytestmark = pytest.mark.e2e


def _ids(comments: list[dict[str, Any]]) -> list[int]:
    return [c["id"] for c in comments]


def test_thread_shows_count_nesting_authors_and_times(demo: Server, page: Page) -> None:
    root = open_article(page, demo.url)
    expect(root.locator(".salon-title")).to_have_text(
        f"{demo.thread()['thread']['count']} comments"
    )
    api = demo.thread(limit=10)
    assert top_level_ids(root) == _ids(api["comments"])
    # Replies nest under their parents.
    first_with_replies = next(c for c in api["comments"] if c["replies"])
    reply = first_with_replies["replies"][0]
    expect(
        root.locator(
            f"#comment-{first_with_replies['id']} > .salon-replies > #comment-{reply['id']}"
        )
    ).to_be_visible()
    # An author with a website is a link with the ugc rel; times are relative with a full date.
    linked = root.locator("a.salon-author").first
    expect(linked).to_have_attribute("rel", "nofollow ugc noopener")
    expect(linked).to_have_attribute("href", re.compile(r"^https://"))
    time = root.locator(".salon-time time").first
    expect(time).to_have_attribute("datetime", re.compile(r"^\d{4}-\d\d-\d\dT"))
    expect(time).to_have_text(
        re.compile(r"^(\d+ (year|month|week|day|hour|minute)s? ago|last \w+|yesterday|now)$")
    )
    expect(time).to_have_attribute("title", re.compile(r"\d{4}"))
    # The comment HTML is the server's: Markdown emphasis arrives as <strong>/<em>.
    expect(root.locator(".salon-body strong, .salon-body em").first).to_be_attached()
    expect(root.locator(".salon-sort [aria-pressed=true]")).to_have_text("Newest")
    # One way to see more (the next page, in place), and the reader's data in the footer.
    expect(root.locator("a.salon-all")).to_have_count(0)
    expect(root.get_by_role("button", name="Show more comments")).to_be_visible()
    expect(root.get_by_role("link", name="My data")).to_have_attribute(
        "href", f"{demo.url}/privacy/request?site=default"
    )


def test_load_more_pages_in_the_rest_and_shows_the_edited_line(demo: Server, page: Page) -> None:
    root = open_article(page, demo.url)
    everything = demo.thread(limit=200)["comments"]
    assert len(top_level_ids(root)) == 10
    expect(root.locator(".salon-edited:not([hidden])")).to_have_count(0)
    more = root.get_by_role("button", name="Show more comments")
    more.click()
    expect(root.locator(".salon-list > .salon-comment")).to_have_count(len(everything))
    assert top_level_ids(root) == _ids(everything)
    expect(more).to_be_hidden()
    edited = next(c for c in everything if c["edited"])
    line = own_article(root, edited["id"]).locator(".salon-edited")
    expect(line).to_have_text(
        re.compile(
            r"^Last edited (\d+ months ago|last month) by "
            + re.escape(edited["edited"]["by"])
            + "$"
        )
    )


@pytest.mark.parametrize(("label", "sort"), [("Oldest", "oldest"), ("Most voted", "votes")])
def test_sort_menu_reorders_the_thread(demo: Server, page: Page, label: str, sort: str) -> None:
    root = open_article(page, demo.url)
    button = root.locator(".salon-sort").get_by_role("button", name=label)
    button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expected = _ids(demo.thread(sort=sort, limit=10)["comments"])
    expect(root.locator(".salon-list > .salon-comment").first).to_have_id(f"comment-{expected[0]}")
    assert top_level_ids(root) == expected
    expect(root.locator(".salon-live")).to_contain_text(f"Sorted: {label}")
    # And back: newest first again.
    root.locator(".salon-sort").get_by_role("button", name="Newest").click()
    newest = _ids(demo.thread(limit=10)["comments"])
    expect(root.locator(".salon-list > .salon-comment").first).to_have_id(f"comment-{newest[0]}")


def test_permalink_loads_pages_until_the_comment_is_found(demo: Server, page: Page) -> None:
    first = demo.thread(limit=10)
    second = demo.thread(limit=10, cursor=first["next"])["comments"]
    # A reply if page two has one, else its last comment: either way not on the first page.
    target = next((c["replies"][0] for c in second if c["replies"]), second[-1])
    root = open_article(page, demo.url, f"#comment-{target['id']}")
    found = comment(root, target["id"])
    expect(found).to_have_class(re.compile(r"\bsalon-hl\b"))
    expect(found).to_be_in_viewport()
    expect(root.locator(".salon-hl")).to_have_count(1)
    # Clicking another comment's time link moves the highlight there.
    other = first["comments"][0]["id"]
    own_article(root, other).locator("a.salon-time").click()
    expect(comment(root, other)).to_have_class(re.compile(r"\bsalon-hl\b"))
    expect(found).not_to_have_class(re.compile(r"\bsalon-hl\b"))
    assert page.evaluate("location.hash") == f"#comment-{other}"


def test_the_server_rendered_thread_keeps_its_one_heading(demo: Server, page: Page) -> None:
    page.goto(f"{demo.url}/threads/default?uri=%2F")
    # The server page, enhanced by the widget it includes: its h1 stays, the count is an h2.
    expect(page.locator("#salon-thread .salon-title")).to_contain_text(
        f"{demo.thread()['thread']['count']} comments"
    )
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("#salon-thread h2.salon-title")).to_have_count(1)


def _computed(page: Page) -> dict[str, dict[str, str]]:
    return dict(
        page.evaluate(
            """() => {
              const out = {};
              const pick = {body: 'body', p: 'article p:not(.byline)', h1: 'article h1',
                            caption: 'figcaption', link: 'figcaption a', section: 'main > section',
                            strong: 'article strong'};
              for (const [name, sel] of Object.entries(pick)) {
                const s = getComputedStyle(document.querySelector(sel));
                out[name] = {};
                for (const prop of s) out[name][prop] = s.getPropertyValue(prop);
              }
              return out;
            }"""
        )
    )


def test_widget_css_does_not_touch_the_host_page(demo: Server, browser: Browser) -> None:
    styles = []
    for blocked in (True, False):
        ctx = browser.new_context(viewport={"width": 1100, "height": 900})
        page = ctx.new_page()
        if blocked:
            page.route("**/embed.css", lambda route: route.abort())
        root = open_article(page, demo.url)
        expect(root.locator(".salon-comment").first).to_be_visible()
        loaded = page.evaluate(
            "[...document.styleSheets].some(s => {"
            "  try { return s.href.endsWith('/embed.css') && s.cssRules.length > 0; }"
            "  catch (e) { return false; } })"
        )
        assert loaded is not blocked
        styles.append(_computed(page))
        if not blocked:
            # Every selector of embed.css starts inside the widget (or Salon's own page).
            selectors = page.evaluate(
                """() => {
                  const sheet = [...document.styleSheets].find(
                    s => s.href && s.href.endsWith('/embed.css'));
                  const out = [];
                  const walk = rules => { for (const r of rules) {
                    if (r.selectorText) out.push(...r.selectorText.split(',').map(x => x.trim()));
                    else if (r.cssRules) walk(r.cssRules);
                  } };
                  walk(sheet.cssRules);
                  return out;
                }"""
            )
            assert selectors
            assert [s for s in selectors if not s.startswith((".salon", "#salon-thread"))] == []
        ctx.close()
    without, with_css = styles
    # The widget's containers grow with it; only their size may differ.
    size = {"block-size", "height", "perspective-origin", "transform-origin"}
    changed = {
        element: {
            p: (v, with_css[element][p])
            for p, v in props.items()
            if with_css[element][p] != v and p not in size
        }
        for element, props in without.items()
    }
    assert {k: v for k, v in changed.items() if v} == {}
