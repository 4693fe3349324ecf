"""Small helpers for driving the widget in a page."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

THREAD = "#salon-thread"
COUNT = re.compile(r"^(No comments yet|\d+ comments?)$")


def open_article(page: Page, url: str, hash: str = "") -> Locator:
    """Load the demo article and wait until the widget has answered."""
    page.goto(url + "/" + hash)
    root = page.locator(THREAD)
    expect(root.locator(".salon-title")).to_have_text(COUNT)
    expect(root).not_to_have_attribute("aria-busy", "true")
    return root


def main_form(root: Locator) -> Locator:
    return root.locator("form.salon-form").first


def comment(root: Locator, comment_id: int | str) -> Locator:
    return root.locator(f"#comment-{comment_id}")


def own_article(root: Locator, comment_id: int | str) -> Locator:
    """The comment's own article, without its replies."""
    return root.locator(f"#comment-{comment_id} > article")


def fill_and_post(form: Locator, text: str, **author: str) -> None:
    form.locator("textarea[name=text]").fill(text)
    for field, value in author.items():
        form.locator(f"input[name={field}]").fill(value)
    form.locator("button[type=submit]").click()


def post_mine(root: Locator, text: str, **author: str) -> int:
    """Post through the main form; wait until the new comment shows; returns its id."""
    fill_and_post(main_form(root), text, **author)
    posted = root.locator(".salon-comment.salon-hl")
    expect(posted).to_contain_text(text.strip("*"))
    return int(str(posted.get_attribute("id")).removeprefix("comment-"))


def top_level_ids(root: Locator) -> list[int]:
    ids = root.locator(".salon-list > .salon-comment").evaluate_all("els => els.map(e => e.id)")
    return [int(i.removeprefix("comment-")) for i in ids]


def assert_no_injected_markup(page: Page) -> None:
    """No script, event handler or javascript: URL made it into the widget."""
    found = page.evaluate(
        """() => {
          const root = document.querySelector('#salon-thread');
          const bad = [];
          root.querySelectorAll('script, iframe, object, embed, img, svg').forEach(
            e => bad.push(e.outerHTML));
          root.querySelectorAll('*').forEach(e => {
            for (const a of e.attributes) {
              if (a.name.startsWith('on')) bad.push(e.outerHTML);
              if (/^\\s*javascript:/i.test(a.value)) bad.push(e.outerHTML);
            }
          });
          document.querySelectorAll('[onerror], [onload]').forEach(e => bad.push(e.outerHTML));
          return {bad, flag: window.__xss === undefined ? null : String(window.__xss)};
        }"""
    )
    assert found == {"bad": [], "flag": None}, found
