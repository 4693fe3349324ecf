"""Inline feedback in Chromium: select a passage, comment on it, find it again after edits."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, Playwright, expect

from tests.e2e.conftest import CHROMIUM, Server, guarded_context, screenshot_path
from tests.e2e.widget import open_article

pytestmark = pytest.mark.e2e

SENTENCE = (
    "Two councillors argue that the money would do more good spent on daytime hours in the "
    "smaller branches, which still close at five on most days."
)
SHORT = "The council will vote on the pilot's future in January."
SLOW = 15_000  # ms: waits on a post or a page load, on a machine shared by many

# Where a passage is on screen: the middle of its first and of its last character.
PASSAGE_BOX = """([sel, passage, scroll]) => {
  const el = document.querySelector(sel);
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const i = n.data.indexOf(passage);
    if (i < 0) continue;
    if (scroll) n.parentElement.scrollIntoView({block: "center"});
    const r = document.createRange();
    r.setStart(n, i); r.setEnd(n, i + 1);
    const a = r.getBoundingClientRect();
    r.setStart(n, i + passage.length - 1); r.setEnd(n, i + passage.length);
    const b = r.getBoundingClientRect();
    return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2};
  }
  return null;
}"""

# A selection made the way caret browsing leaves one: collapsed before the passage.
CARET_BEFORE = """([sel, passage]) => {
  const el = document.querySelector(sel);
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const i = n.data.indexOf(passage);
    if (i >= 0) { getSelection().collapse(n, i); return true; }
  }
  return false;
}"""

SELECT = """([sel, passage]) => {
  const el = document.querySelector(sel);
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    const i = n.data.indexOf(passage);
    if (i >= 0) { getSelection().setBaseAndExtent(n, i, n, i + passage.length); return true; }
  }
  return false;
}"""


def inline_ready(page: Page) -> None:
    # Polled from here: wait_for_function evaluates a string predicate with eval, which a
    # page's CSP without 'unsafe-eval' refuses (Playwright's evaluate itself is exempt).
    deadline = time.monotonic() + SLOW / 1000
    while not page.evaluate("() => window.SalonInlineStats !== undefined"):
        assert time.monotonic() < deadline, "the inline part did not start"
        page.wait_for_timeout(50)


def drag_over(page: Page, selector: str, passage: str) -> None:
    """Select ``passage`` with a real mouse drag, from its first to its last character."""
    box = page.evaluate(PASSAGE_BOX, [selector, passage, True])
    assert box, f"{passage!r} is not on the page"
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move((box["x1"] + box["x2"]) / 2, box["y2"], steps=5)
    page.mouse.move(box["x2"], box["y2"], steps=5)
    page.mouse.up()


def layout(page: Page) -> list[Any]:
    """Boxes of every block of the article and its computed font: what must not move."""
    return list(
        page.evaluate(
            """() => [...document.querySelector('article').children].map(e => {
              const r = e.getBoundingClientRect();
              return [e.tagName, Math.round(r.left), Math.round(r.top + scrollY),
                      Math.round(r.width), Math.round(r.height), getComputedStyle(e).font];
            })"""
        )
    )


def post_in_panel(page: Page, text: str) -> Locator:
    panel = page.locator(".salon-panel")
    panel.locator("textarea").fill(text)
    panel.locator("button[type=submit]").click()
    return panel


def test_drag_select_comment_reload_marker_and_highlight(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    inline_ready(page)
    before = layout(page)
    drag_over(page, "article", SENTENCE)
    assert page.evaluate("getSelection().toString()").strip() == SENTENCE
    pick = page.locator(".salon-pick")
    expect(pick).to_have_text("Comment on this")
    # Beside the selection: just above the end of its last line.
    end = page.evaluate(PASSAGE_BOX, ["article", SENTENCE])
    b = pick.bounding_box()
    assert b and b["y"] + b["height"] <= end["y2"] and abs(b["x"] + b["width"] / 2 - end["x2"]) < 80
    page.screenshot(path=screenshot_path("inline-selection-button"))

    pick.click()
    panel = page.locator(".salon-panel")
    expect(panel.locator("blockquote.salon-quote")).to_contain_text(SENTENCE)
    expect(panel.locator("textarea")).to_be_focused()
    post_in_panel(page, "Daytime hours are what most people can use.")
    marker = page.locator(".salon-marker")
    expect(marker).to_have_count(1, timeout=SLOW)
    expect(marker).to_have_text("1")
    # The comment is in the main thread too, with its quote.
    mine = root.locator(".salon-list > .salon-comment").first
    expect(mine.locator("blockquote.salon-quote")).to_contain_text(SENTENCE)
    stored = salon.thread()["comments"][0]["anchor"]
    assert stored["quote"]["exact"] == SENTENCE
    assert stored["position"]["end"] - stored["position"]["start"] == len(SENTENCE)

    page.reload()
    open_article(page, salon.url)
    inline_ready(page)
    marker = page.locator(".salon-marker")
    expect(marker).to_have_text("1")
    expect(marker).to_have_attribute("aria-label", "1 comment on this paragraph. Show it")
    # No permanent colouring of the publisher's text: highlights only while open.
    expect(page.locator("mark.salon-mark")).to_have_count(0)
    marker.click()
    marks = page.locator("mark.salon-mark")
    expect(marks.first).to_have_attribute("aria-label", "Passage with 1 comment")
    expect(marks.first).to_have_attribute("tabindex", "0")
    assert "".join(marks.all_text_contents()) == SENTENCE
    panel = page.locator(".salon-panel")
    expect(panel).to_contain_text("1 comment on this passage")
    expect(panel).to_contain_text("Daytime hours are what most people can use.")
    expect(panel.get_by_role("link", name="View all comments")).to_be_visible()
    # Marker, highlight and panel moved nothing of the article.
    assert layout(page) == before
    page.screenshot(path=screenshot_path("inline-marker-panel"))
    page.keyboard.press("Escape")
    expect(page.locator("mark.salon-mark")).to_have_count(0)
    expect(marker).to_be_focused()
    assert layout(page) == before


EDIT_PAGE = """<!doctype html><html lang="en">
<head><meta charset="utf-8"><title>Edits</title></head><body><main><article>
<h1>Night hours</h1>
<p>{first}</p>
<p>{second}</p>
<p data-salon-ignore>Advertisement: this text is not part of the article.</p>
</article><div id="salon-thread"></div></main>
<script src="/embed.js" data-salon-uri="/edits" defer></script></body></html>"""
FIRST = "The library counted about forty people on an ordinary weeknight, mostly students."
SECOND = "Two councillors argue that the money would do more good in the smaller branches."


def anchor_in_page(page: Page, passage: str) -> dict[str, Any]:
    return dict(
        page.evaluate(
            """(p) => {
              const t = SalonInline.textIndex(document.querySelector('article')).text;
              const i = t.indexOf(p);
              return SalonAnchor.describe(t, i, i + p.length);
            }""",
            passage,
        )
    )


def test_edited_article_reanchors_or_falls_back_with_a_note(salon: Server, page: Page) -> None:
    url = salon.host_page("edits", EDIT_PAGE.format(first=FIRST, second=SECOND))
    page.goto(url)
    inline_ready(page)
    moved = salon.post(
        "Forty is more than I expected.",
        uri="/edits",
        anchor=anchor_in_page(page, "about forty people on an ordinary weeknight"),
    )
    gone = salon.post(
        "The branches need it more.",
        uri="/edits",
        anchor=anchor_in_page(page, "would do more good in the smaller branches"),
    )
    # The editor inserts words before and inside the first passage and removes the second.
    salon.pages["edits"] = EDIT_PAGE.format(
        first="Updated. " + FIRST.replace("about forty people", "about forty-five people"),
        second="Two councillors disagree.",
    )
    page.reload()
    inline_ready(page)
    marker = page.locator(".salon-marker")
    expect(marker).to_have_count(1)
    marker.click()
    marks = page.locator("mark.salon-mark")
    assert "".join(marks.all_text_contents()) == "about forty-five people on an ordinary weeknight"
    page.keyboard.press("Escape")

    root = page.locator("#salon-thread")
    orphan = root.locator(f"#comment-{gone['comment']['id']} blockquote.salon-quote")
    expect(orphan).to_contain_text("would do more good in the smaller branches")
    expect(orphan).to_contain_text("The passage has changed")
    expect(orphan).to_have_class("salon-quote salon-orphan")
    kept = root.locator(f"#comment-{moved['comment']['id']} blockquote.salon-quote")
    expect(kept).not_to_contain_text("The passage has changed")
    kept.get_by_role("link", name="Show the passage").click()
    flashed = page.locator("mark.salon-mark.salon-flash")
    expect(flashed.first).to_be_in_viewport()
    assert "forty-five" in "".join(flashed.all_text_contents())
    orphan.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_path("inline-orphan-in-thread"))


def test_ignored_text_and_the_comment_section_offer_nothing(salon: Server, page: Page) -> None:
    salon.post("Something to select in the thread.", uri="/edits")
    page.goto(salon.host_page("edits", EDIT_PAGE.format(first=FIRST, second=SECOND)))
    inline_ready(page)
    drag_over(page, "[data-salon-ignore]", "this text is not part")
    page.wait_for_timeout(300)
    expect(page.locator(".salon-pick")).to_have_count(0)
    drag_over(page, "#salon-thread .salon-body", "Something to select")
    page.wait_for_timeout(300)
    expect(page.locator(".salon-pick")).to_have_count(0)
    drag_over(page, "article", "forty people")
    expect(page.locator(".salon-pick")).to_be_visible()


@pytest.fixture
def caret_page(playwright: Playwright) -> Iterator[Page]:
    """A page in a Chromium with caret browsing on (F7), as keyboard users select text."""
    b = playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--enable-caret-browsing",
        ],
    )
    try:
        with guarded_context(b) as ctx:
            yield ctx.new_page()
    finally:
        b.close()


def test_keyboard_only_selection_and_commenting(salon: Server, caret_page: Page) -> None:
    page = caret_page
    open_article(page, salon.url)
    inline_ready(page)
    # The caret moved (by arrow keys) to the start of the sentence.
    assert page.evaluate(CARET_BEFORE, ["article", SHORT])
    for _ in range(len("The council will vote")):
        page.keyboard.press("Shift+ArrowRight")
    assert page.evaluate("getSelection().toString()") == "The council will vote"
    pick = page.locator(".salon-pick")
    expect(pick).to_be_visible()
    page.keyboard.press("Tab")
    expect(pick).to_be_focused()
    page.keyboard.press("Enter")
    panel = page.locator(".salon-panel")
    expect(panel.locator("textarea")).to_be_focused()
    page.keyboard.type("January is too late for the students.")
    for _ in range(12):
        if page.evaluate("document.activeElement.type") == "submit":
            break
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    # Posted: the panel now lists the comment, focus on its heading; Escape goes to the marker.
    expect(panel).to_contain_text("1 comment on this passage", timeout=SLOW)
    page.keyboard.press("Escape")
    marker = page.locator(".salon-marker")
    expect(marker).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("mark.salon-mark").first).to_have_text("The council will vote")
    # The highlight is reachable by keyboard too.
    page.locator("mark.salon-mark").first.focus()
    expect(page.locator("mark.salon-mark").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".salon-panel-title")).to_be_focused()


def test_phone_bottom_sheet_and_button_below_the_selection(salon: Server, browser: Browser) -> None:
    options: dict[str, Any] = {"viewport": {"width": 390, "height": 844}}
    with guarded_context(browser, is_mobile=True, has_touch=True, **options) as ctx:
        page = ctx.new_page()
        open_article(page, salon.url)
        inline_ready(page)
        para = page.locator("article p", has_text=SHORT)
        para.scroll_into_view_if_needed()
        para.tap()  # a touch: the phone's own selection menu will sit above the passage
        assert page.evaluate(SELECT, ["article", SHORT])
        pick = page.locator(".salon-pick")
        expect(pick).to_be_visible()
        end = page.evaluate(PASSAGE_BOX, ["article", SHORT])
        b = pick.bounding_box()
        assert b and b["y"] > end["y2"], "the button sits below the selection, clear of the menu"
        assert b["x"] >= 0 and b["x"] + b["width"] <= 390
        page.screenshot(path=screenshot_path("inline-phone-selection"))
        pick.tap()
        sheet = page.locator(".salon-panel")
        expect(sheet).to_have_class("salon salon-ui salon-panel salon-sheet")
        box = sheet.bounding_box()
        assert box and abs(box["y"] + box["height"] - 844) < 2 and box["width"] == 390
        post_in_panel(page, "From my phone: January is fine.")
        expect(sheet).to_contain_text("1 comment on this passage", timeout=SLOW)
        page.screenshot(path=screenshot_path("inline-phone-sheet"))
        page.keyboard.press("Escape")
        marker = page.locator(".salon-marker")
        m = marker.bounding_box()
        assert m and m["x"] + m["width"] <= 390
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px"
        page.screenshot(path=screenshot_path("inline-phone-marker"))


def test_anchored_comment_appears_live_with_its_marker(salon: Server, browser: Browser) -> None:
    with guarded_context(browser) as one, guarded_context(browser) as two:
        writer, reader = one.new_page(), two.new_page()
        for p in (writer, reader):
            open_article(p, salon.url)
            inline_ready(p)
        reader.wait_for_timeout(500)  # the event stream is open
        expect(reader.locator(".salon-marker")).to_have_count(0)
        drag_over(writer, "article", SHORT)
        writer.locator(".salon-pick").click()
        post_in_panel(writer, "Posted from the other page.")
        expect(writer.locator(".salon-marker")).to_have_text("1", timeout=SLOW)
        marker = reader.locator(".salon-marker")
        expect(marker).to_have_text("1", timeout=SLOW)
        marker.click()
        expect(reader.locator(".salon-panel")).to_contain_text("Posted from the other page.")
        assert "".join(reader.locator("mark.salon-mark").all_text_contents()) == SHORT


def test_demo_article_shows_its_seeded_passages(demo: Server, page: Page) -> None:
    open_article(page, demo.url)
    inline_ready(page)
    stats = page.evaluate("window.SalonInlineStats")
    # The seed computed the positions the way the widget counts them.
    assert stats["anchors"] == stats["attached"] == stats["byPosition"] == 2, stats
    markers = page.locator(".salon-marker")
    expect(markers).to_have_count(2)
    markers.first.click()
    expect(page.locator(".salon-panel")).to_contain_text("1 repl")
    expect(page.locator("mark.salon-mark").first).to_have_text(
        "about forty people on an ordinary weeknight"
    )
