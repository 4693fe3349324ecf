"""The widget in other languages (right-to-left too), and its accessibility: axe-core on the
demo article, keyboard-only posting and replying, the phone and 320 px layouts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests.e2e.conftest import Server, guarded_context, screenshot_path
from tests.e2e.widget import comment, main_form, own_article

pytestmark = pytest.mark.e2e

AXE = Path(__file__).resolve().parents[2] / ".venv" / "axe" / "node_modules" / "axe-core"


def article(salon: Server, path: str, lang: str, extra: str = "") -> str:
    """A publisher's article page in ``lang`` with the widget (thread "/")."""
    return salon.host_page(
        path,
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Article</title></head><body><main><h1>Article</h1>"
        '<div id="salon-thread" data-salon-uri="/"></div></main>'
        f'<script src="{salon.url}/embed.js" data-salon-site="default" {extra} defer></script>'
        "</body></html>",
    )


def thread_of_three(salon: Server) -> int:
    first = salon.post("Good piece.", author={"name": "Ann Lee"})["comment"]["id"]
    salon.post("مقال رائع، شكرًا! Thanks too.", author={"name": "سارة"})
    salon.post("A reply.", parent=first, author={"name": "Bo"})
    return first


def ready(page: Page) -> Locator:
    root = page.locator("#salon-thread")
    expect(root).to_have_attribute("data-salon-ready", "1")
    expect(root).not_to_have_attribute("aria-busy", "true")
    expect(root.locator(".salon-comment").first).to_be_visible()
    return root


LANGUAGES = [
    # lang, heading for 3 comments, the reply button, direction
    ("en", "3 comments", "Reply", "ltr"),
    ("de", "3 Kommentare", "Antworten", "ltr"),
    ("ar", "3 تعليقات", "رد", "rtl"),
    ("ja", "コメント3件", "返信", "ltr"),
]


@pytest.mark.parametrize(("lang", "heading", "reply", "direction"), LANGUAGES)
def test_the_widget_speaks_the_page_language(
    salon: Server, page: Page, lang: str, heading: str, reply: str, direction: str
) -> None:
    thread_of_three(salon)
    page.goto(article(salon, f"lang-{lang}", lang))
    root = ready(page)
    expect(root.locator(".salon-title")).to_have_text(heading)
    expect(root).to_have_attribute("lang", lang)
    expect(root).to_have_attribute("dir", direction)
    expect(root.locator(".salon-actions .salon-link").first).to_have_text(reply)
    # Every body and name isolates its own direction.
    expect(root.locator(".salon-body:not([dir=auto])")).to_have_count(0)
    expect(root.locator(".salon-author:not([dir=auto])")).to_have_count(0)
    # Relative times come from Intl.RelativeTimeFormat in the same language.
    expected_now = page.evaluate(
        "l => new Intl.RelativeTimeFormat(l, {numeric: 'auto'}).format(0, 'second')", lang
    )
    expect(root.locator(".salon-time time").first).to_have_text(expected_now)
    if direction == "rtl":
        # Replies are indented from the right: the thread line is on the right.
        replies = root.locator(".salon-replies:not(:empty)").first
        box = replies.bounding_box()
        list_box = root.locator(".salon-list").bounding_box()
        assert box and list_box
        assert box["x"] + box["width"] < list_box["x"] + list_box["width"] - 10
        assert abs(box["x"] - list_box["x"]) < 1
    page.screenshot(path=screenshot_path(f"widget-lang-{lang}"), full_page=True)


def test_plurals_follow_the_language_rules(salon: Server, page: Page) -> None:
    for i in range(11):
        salon.post(f"Comment {i}")
    page.goto(article(salon, "plural-ru", "ru"))
    expect(ready(page).locator(".salon-title")).to_have_text("11 комментариев")
    page.goto(article(salon, "plural-ar", "ar"))
    expect(ready(page).locator(".salon-title")).to_have_text("11 تعليقًا")


@pytest.mark.parametrize(
    ("attrs", "html_lang", "heading"),
    [
        ('data-salon-lang="pt-BR"', "en", "1 comentário"),
        ('data-salon-lang="zh-CN"', "en", "1 条评论"),
        ('data-salon-lang="sw"', "de", "1 comment"),  # unknown: English, not the page's
        ("", "fr-CA", "1 commentaire"),
        ("", "", "1 Kommentar"),  # no page language: the browser's (de-DE, below)
    ],
)
def test_language_order_and_fallbacks(
    browser: Browser, salon: Server, attrs: str, html_lang: str, heading: str
) -> None:
    salon.post("One.")
    url = article(salon, f"fallback-{abs(hash(attrs + html_lang))}", html_lang, attrs)
    with guarded_context(browser, locale="de-DE") as ctx:
        page = ctx.new_page()
        page.goto(url)
        expect(ready(page).locator(".salon-title")).to_have_text(heading)


def test_english_readers_fetch_no_strings_and_others_one_cached_file(
    salon: Server, page: Page
) -> None:
    salon.post("One.")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/i18n/" in r.url else None)
    page.goto(article(salon, "en-only", "en"))
    ready(page)
    assert asked == []
    page.goto(article(salon, "de-once", "de"))
    ready(page)
    assert len(asked) == 1 and re.search(r"/i18n/widget/de\.json\?v=[0-9a-f]{16}$", asked[0])


def _serious(page: Page) -> list[str]:
    page.add_script_tag(path=str(AXE / "axe.min.js"))
    result = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}): {v['nodes'][0]['target']}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_demo_article_has_no_serious_axe_violations(
    browser: Browser, demo: Server, scheme: str
) -> None:
    if not (AXE / "axe.min.js").exists():
        pytest.fail(f"{AXE}/axe.min.js is missing: run `make axe` (npm install axe-core)")
    with guarded_context(browser, color_scheme=scheme, bypass_csp=True) as ctx:
        page = ctx.new_page()
        page.goto(demo.url + "/")
        root = ready(page)
        root.get_by_role("button", name="Show more comments").click()
        expect(root.get_by_role("button", name="Show more comments")).to_be_hidden()
        found = {"article": _serious(page)}
        # The reply form and the report form open, in a language written right to left.
        root.locator(".salon-actions").first.get_by_role("button", name="Reply").click()
        found["reply form"] = _serious(page)
        page.goto(article(demo, f"axe-ar-{scheme}", "ar"))
        ready(page)
        found["arabic"] = _serious(page)
        page.screenshot(path=screenshot_path(f"widget-axe-ar-{scheme}"), timeout=30_000)
    assert found == {k: [] for k in found}, found


def test_one_heading_structure_a_skip_link_and_visible_focus(demo: Server, page: Page) -> None:
    page.goto(demo.url + "/")
    root = ready(page)
    expect(page.locator("h1")).to_have_count(1)
    expect(root.locator("h1")).to_have_count(0)
    skip = root.locator("a.salon-skip")
    skip.focus()
    expect(skip).to_be_visible()
    outline = skip.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"
    page.keyboard.press("Enter")
    expect(root.locator(".salon-foot")).to_be_focused()
    # Every button is at least 24 by 24 CSS pixels.
    small = root.locator("button:visible").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect())"
        ".filter(r => r.width < 24 || r.height < 24).length"
    )
    assert small == 0


def test_keyboard_only_posting_and_replying(salon: Server, page: Page) -> None:
    other = salon.post("Someone else's comment.", author={"name": "Ann"})["comment"]["id"]
    page.goto(article(salon, "keyboard", "en"))
    root = ready(page)
    # From the page's start, Tab reaches the skip link, the invitation, then the text box.
    page.keyboard.press("Tab")
    expect(root.locator(".salon-skip")).to_be_focused()
    form = main_form(root)
    text = form.locator("textarea")
    for _ in range(5):
        if page.evaluate("document.activeElement.tagName") == "TEXTAREA":
            break
        page.keyboard.press("Tab")
    expect(text).to_be_focused()
    page.keyboard.type("Typed without a mouse.")
    expect(root.locator(".salon-invite")).to_have_count(0)  # the bubble goes once one types
    # Tab through the fields to the submit button, and press it.
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    expect(form.locator("button[type=submit]")).to_be_focused()
    page.keyboard.press("Enter")
    expect(root.locator(".salon-title")).to_have_text("2 comments")
    expect(root.locator(".salon-live")).to_have_text("Your comment is published.")
    # Reply to the other comment: focus its Reply button, Enter, type, Ctrl+Enter-free submit.
    reply = own_article(root, other).get_by_role("button", name="Reply")
    reply.focus()
    page.keyboard.press("Enter")
    reply_text = own_article(root, other).locator("form textarea")
    expect(reply_text).to_be_focused()
    page.keyboard.type("A keyboard reply.")
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.type") == "submit":
            break
    page.keyboard.press("Enter")
    expect(comment(root, other).locator(":scope > .salon-replies")).to_contain_text(
        "A keyboard reply."
    )
    expect(root.locator(".salon-title")).to_have_text("3 comments")


def test_a_held_comment_stays_with_its_author_only(browser: Browser, salon: Server) -> None:
    url = article(salon, "held", "en")
    with guarded_context(browser) as ctx:
        page = ctx.new_page()
        page.goto(url)
        root = ready_or_empty(page)
        form = main_form(root)
        form.locator("textarea").fill("Held, but I still see it.")
        form.locator("input[name=hp]").evaluate("el => { el.value = 'bot'; }")  # screened as spam
        form.locator("button[type=submit]").click()
        mine = root.locator(".salon-comment.salon-pending")
        expect(mine).to_contain_text("Held, but I still see it.")
        expect(mine).to_contain_text("Awaiting moderation")
        expect(root.locator(".salon-title")).to_have_text("No comments yet")
        page.reload()
        root = ready_or_empty(page)
        expect(root.locator(".salon-comment.salon-pending")).to_contain_text("I still see it")
        expect(root.locator(".salon-pending .salon-actions")).to_have_count(0)
    with guarded_context(browser) as ctx:  # another reader: nothing
        page = ctx.new_page()
        page.goto(url)
        root = ready_or_empty(page)
        expect(root.locator(".salon-comment")).to_have_count(0)


def ready_or_empty(page: Page) -> Locator:
    root = page.locator("#salon-thread")
    expect(root).to_have_attribute("data-salon-ready", "1")
    expect(root.locator(".salon-title")).to_have_text(re.compile(r"comment"))
    expect(root).not_to_have_attribute("aria-busy", "true")
    return root


def test_on_a_phone_the_form_is_its_text_box_until_focused(browser: Browser, salon: Server) -> None:
    salon.post("A comment to read first.")
    with guarded_context(browser, viewport={"width": 375, "height": 740}, has_touch=True) as ctx:
        page = ctx.new_page()
        page.goto(article(salon, "phone", "en"))
        root = ready(page)
        form = main_form(root)
        expect(form.locator("textarea")).to_be_visible()
        expect(form.locator("input[name=name]")).to_be_hidden()
        expect(form.locator("button[type=submit]")).to_be_hidden()
        page.screenshot(path=screenshot_path("widget-phone-collapsed"))
        # The first comment is on the first screen.
        first = root.locator(".salon-comment").first.bounding_box()
        assert first and first["y"] < 740
        form.locator("textarea").tap()
        expect(form.locator("input[name=name]")).to_be_visible()
        expect(form.locator("button[type=submit]")).to_be_visible()
        page.screenshot(path=screenshot_path("widget-phone-open"))


def test_no_horizontal_overflow_at_320_px_at_the_deepest_level(
    browser: Browser, salon: Server
) -> None:
    parent = salon.post("Level 0, " + "long words " * 10, author={"name": "A" * 40})["comment"][
        "id"
    ]
    for level in range(1, 7):
        parent = salon.post(f"Level {level}", parent=parent, author={"name": f"R{level}"})[
            "comment"
        ]["id"]
    with guarded_context(browser, viewport={"width": 320, "height": 640}) as ctx:
        page = ctx.new_page()
        for lang in ("en", "de", "ar"):
            page.goto(article(salon, f"narrow-{lang}", lang))
            root = ready(page)
            deepest = own_article(root, parent)
            # Flattened at the maximum depth: says whom it answers.
            expect(deepest.locator(".salon-to")).to_have_text(re.compile(r"R5"))
            deepest.locator(".salon-actions .salon-link").first.click()
            expect(deepest.locator("form textarea")).to_be_focused()
            deepest.scroll_into_view_if_needed()
            wide = root.locator("*").evaluate_all(
                # The honeypot is off screen on purpose (people never meet it).
                "els => els.filter(e => !e.closest('.salon-hp'))"
                ".filter(e => e.getBoundingClientRect().right > 320.5"
                " || e.getBoundingClientRect().left < -0.5).map(e => e.className)"
            )
            assert wide == [], (lang, wide)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 320, (lang, width)
            page.screenshot(path=screenshot_path(f"widget-320-{lang}"), full_page=True)


def test_own_comment_offers_no_up_vote(salon: Server, page: Page) -> None:
    page.goto(article(salon, "own-vote", "en"))
    root = ready_or_empty(page)
    fill = main_form(root)
    fill.locator("textarea").fill("Mine.")
    fill.locator("button[type=submit]").click()
    mine = root.locator(".salon-comment.salon-hl")
    expect(mine).to_contain_text("Mine.")
    expect(mine.locator("button.salon-vote")).to_have_count(0)
    expect(mine.locator(".salon-tally")).to_have_count(2)
    # The server refuses it too, from this browser (its reader cookie).
    cid = int(str(mine.get_attribute("id")).removeprefix("comment-"))
    status = page.evaluate(
        """async ([base, id]) => (await fetch(`${base}/api/comments/${id}/vote`, {
            method: 'POST', credentials: 'include', headers: {'Content-Type': 'application/json'},
            body: JSON.stringify({value: 1})})).status""",
        [salon.url, cid],
    )
    assert status == 403
    page.reload()
    root = ready(page)
    expect(own_article(root, cid).locator("button.salon-vote")).to_have_count(0)


def test_avatars_are_initials_on_a_colour_of_the_name(salon: Server, page: Page) -> None:
    thread_of_three(salon)
    page.goto(article(salon, "avatars", "en"))
    root = ready(page)
    avatars = root.locator(".salon-avatar")
    expect(avatars).to_have_count(3)
    texts = avatars.all_text_contents()
    assert sorted(texts) == sorted(["AL", "س", "B"])
    colours = avatars.evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert len(set(colours)) == 3
    expect(root.locator("img")).to_have_count(0)  # no outside service
