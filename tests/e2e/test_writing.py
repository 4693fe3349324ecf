"""Writing through the widget: post, reply, vote, preview, edit, delete, held comments."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import Server
from tests.e2e.widget import (
    comment,
    fill_and_post,
    main_form,
    open_article,
    own_article,
    post_mine,
)

pytestmark = pytest.mark.e2e
HIGHLIGHTED = re.compile(r"\bsalon-hl\b")


def test_post_a_comment(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    expect(root.locator(".salon-title")).to_have_text("No comments yet")
    fill_and_post(
        main_form(root),
        "Hello from a *real* browser.",
        name="Ada Reader",
        email="ada@example.org",
        website="ada.example",
    )
    expect(root.locator(".salon-live")).to_have_text("Your comment is published.")
    expect(root.locator(".salon-title")).to_have_text("1 comment")
    [posted] = salon.thread()["comments"]
    mine = comment(root, posted["id"])
    expect(mine).to_have_class(HIGHLIGHTED)
    expect(mine.locator(".salon-body em")).to_have_text("real")
    author = mine.locator("a.salon-author")
    expect(author).to_have_text("Ada Reader")
    expect(author).to_have_attribute("href", "https://ada.example")
    expect(author).to_have_attribute("rel", "nofollow ugc noopener")
    expect(mine.locator(".salon-time time")).to_have_text("now")
    expect(main_form(root).locator("textarea")).to_have_value("")
    # After a reload the comment is still there, still the reader's own, and the form
    # remembers who they are.
    page.reload()
    root = open_article(page, salon.url)
    expect(own_article(root, posted["id"]).get_by_role("button", name="Edit")).to_be_visible()
    expect(main_form(root).locator("input[name=name]")).to_have_value("Ada Reader")


def test_reply_nests_under_its_parent(salon: Server, page: Page) -> None:
    parent = salon.post("Is the café open at night?", author={"name": "Ines"})["comment"]
    root = open_article(page, salon.url)
    reply_button = own_article(root, parent["id"]).get_by_role("button", name="Reply", exact=True)
    reply_button.click()
    expect(reply_button).to_have_attribute("aria-expanded", "true")
    form = own_article(root, parent["id"]).locator("form")
    expect(form.locator("textarea")).to_be_focused()
    fill_and_post(form, "Only vending machines after eleven.", name="Walt")
    expect(root.locator(".salon-title")).to_have_text("2 comments")
    [thread] = salon.thread()["comments"]
    [reply] = thread["replies"]
    nested = root.locator(f"#comment-{parent['id']} > .salon-replies > #comment-{reply['id']}")
    expect(nested).to_contain_text("Only vending machines after eleven.")
    expect(form).to_have_count(0)
    expect(reply_button).to_have_attribute("aria-expanded", "false")
    # Escape closes a reply form and gives the focus back to its Reply button.
    reply_button.click()
    expect(form.locator("textarea")).to_be_focused()
    page.keyboard.press("Escape")
    expect(form).to_have_count(0)
    expect(reply_button).to_be_focused()


def test_vote_change_and_withdraw(salon: Server, page: Page) -> None:
    posted = salon.post("Vote on me")["comment"]
    root = open_article(page, salon.url)
    art = own_article(root, posted["id"])
    up, down = art.locator(".salon-up"), art.locator(".salon-down")
    expect(up).to_have_attribute("aria-pressed", "false")
    up.click()
    # Named by what it shows (no aria-label that says something else).
    expect(up).not_to_have_attribute("aria-label", re.compile(".*"))
    expect(up).to_have_accessible_name("Up-vote 1")
    expect(up).to_have_attribute("aria-pressed", "true")
    expect(up).to_be_focused()
    assert salon.thread()["comments"][0]["votes"] == {"up": 1, "down": 0, "score": 1}
    down.click()
    expect(down).to_have_accessible_name("Down-vote 1")
    expect(down).to_have_attribute("aria-pressed", "true")
    expect(up).to_have_accessible_name("Up-vote 0")
    expect(up).to_have_attribute("aria-pressed", "false")
    assert salon.thread()["comments"][0]["votes"] == {"up": 0, "down": 1, "score": -1}
    # The reader's own vote survives a reload.
    page.reload()
    root = open_article(page, salon.url)
    down = own_article(root, posted["id"]).locator(".salon-down")
    expect(down).to_have_attribute("aria-pressed", "true")
    down.click()  # the same button again withdraws the vote
    expect(down).to_have_attribute("aria-pressed", "false")
    expect(down).to_have_accessible_name("Down-vote 0")
    assert salon.thread()["comments"][0]["votes"] == {"up": 0, "down": 0, "score": 0}


def test_preview_renders_markdown_safely(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    form = main_form(root)
    form.locator("textarea").fill("**bold** <img src=x onerror=alert(1)> [x](javascript:alert(1))")
    button = form.get_by_role("button", name="Preview")
    button.click()
    preview = form.locator(".salon-preview")
    expect(preview.locator("strong")).to_have_text("bold")
    expect(preview).to_contain_text("<img src=x onerror=alert(1)>")
    expect(preview.locator("img")).to_have_count(0)
    expect(preview.locator("a[href^='javascript' i]")).to_have_count(0)
    expect(button).to_have_attribute("aria-pressed", "true")
    button.click()
    expect(preview).to_be_hidden()
    assert salon.thread()["thread"]["count"] == 0


def test_preview_without_the_endpoint_shows_plain_text(salon: Server, page: Page) -> None:
    page.route("**/api/preview", lambda route: route.fulfill(status=404, body="{}"))
    root = open_article(page, salon.url)
    form = main_form(root)
    form.locator("textarea").fill("**bold** <b>not bold</b>")
    form.get_by_role("button", name="Preview").click()
    body = form.locator(".salon-preview .salon-plain")
    expect(body).to_have_text("**bold** <b>not bold</b>")
    expect(form.locator(".salon-preview b, .salon-preview strong")).to_have_count(0)


def test_edit_within_the_window(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    posted_id = post_mine(root, "Teh first version.", name="Ruth")
    art = own_article(root, posted_id)
    art.get_by_role("button", name="Edit").click()
    editor = art.locator("form.salon-editor textarea")
    expect(editor).to_be_focused()
    expect(editor).to_have_value("Teh first version.")
    editor.fill("The first version, *fixed*.")
    art.get_by_role("button", name="Save").click()
    expect(art.locator(".salon-body")).to_have_text("The first version, fixed.")
    expect(art.locator(".salon-body em")).to_have_text("fixed")
    expect(art.locator(".salon-edited")).to_have_text("Last edited now by Ruth")
    edited = salon.thread()["comments"][0]
    assert edited["edited"]["by"] == "Ruth"
    assert "fixed" in edited["html"]


def test_edit_refused_after_the_window_shows_the_server_message(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    posted_id = post_mine(root, "Written in haste.", name="Gus")
    art = own_article(root, posted_id)
    salon.clock.advance(minutes=16)
    art.get_by_role("button", name="Edit").click()
    art.locator("form.salon-editor textarea").fill("Regretted at leisure.")
    art.get_by_role("button", name="Save").click()
    status = art.locator("form.salon-editor .salon-status")
    expect(status).to_contain_text("edit window of 15 minutes is over")
    expect(root.locator(".salon-live")).to_contain_text("edit window of 15 minutes is over")
    expect(art.get_by_role("button", name="Edit")).to_have_count(0)
    expect(art.get_by_role("button", name="Delete")).to_have_count(0)
    assert salon.thread()["comments"][0]["edited"] is None


def test_edit_buttons_go_away_when_the_window_closes(salon: Server, page: Page) -> None:
    page.clock.install()
    root = open_article(page, salon.url)
    posted_id = post_mine(root, "Edit me while you can.")
    art = own_article(root, posted_id)
    expect(art.get_by_role("button", name="Edit")).to_be_visible()
    page.clock.fast_forward("14:00")
    expect(art.get_by_role("button", name="Edit")).to_be_visible()
    expect(art.locator(".salon-time time")).to_have_text("14 minutes ago")
    page.clock.fast_forward("01:30")
    expect(art.get_by_role("button", name="Edit")).to_have_count(0)
    expect(art.get_by_role("button", name="Delete")).to_have_count(0)


def test_delete_removes_the_comment(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    posted_id = post_mine(root, "Posted by mistake.")
    art = own_article(root, posted_id)
    art.get_by_role("button", name="Delete").click()
    group = art.get_by_role("group", name="Confirm deletion")
    expect(group).to_contain_text("Delete this comment?")
    group.get_by_role("button", name="Delete").click()
    expect(comment(root, posted_id)).to_have_count(0)
    expect(root.locator(".salon-title")).to_have_text("No comments yet")
    assert salon.thread()["comments"] == []


def test_delete_with_replies_leaves_a_placeholder(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    posted_id = post_mine(root, "I will regret this.", name="Clara")
    reply = salon.post("A reply that must stay readable.", parent=posted_id)["comment"]
    page.reload()
    root = open_article(page, salon.url)
    art = own_article(root, posted_id)
    art.get_by_role("button", name="Delete").click()
    art.get_by_role("group", name="Confirm deletion").get_by_role("button", name="Delete").click()
    placeholder = own_article(root, posted_id)
    expect(placeholder.locator(".salon-author")).to_have_text("[deleted]")
    expect(placeholder.locator(".salon-body")).to_have_text("This comment was deleted.")
    expect(placeholder.locator(".salon-vote")).to_have_count(0)
    expect(comment(root, reply["id"])).to_contain_text("A reply that must stay readable.")
    expect(root.locator(".salon-title")).to_have_text("1 comment")


def test_held_comment_shows_the_moderation_notice(salon: Server, page: Page) -> None:
    # Through the API: a filled honeypot is held (reported as held, never as spam).
    r = salon.http.post(
        "/api/comments",
        json={"site": "default", "uri": "/", "text": "Cheap watches", "hp": "http://spam.example"},
    )
    assert r.status_code == 202
    assert r.json()["state"] == "held"
    root = open_article(page, salon.url)
    form = main_form(root)
    hp = form.locator("input[name=hp]")
    # People never meet the honeypot: hidden from assistive tech, out of the tab order, off screen.
    expect(hp).to_have_attribute("tabindex", "-1")
    expect(form.locator(".salon-hp")).to_have_attribute("aria-hidden", "true")
    box = hp.bounding_box()
    assert box is not None and (box["x"] + box["width"] <= 0 or box["width"] <= 1)
    hp.evaluate("el => { el.value = 'http://spam.example'; }")
    fill_and_post(form, "Totally genuine comment.")
    status = form.locator(".salon-status")
    expect(status).to_have_text("Thank you! Your comment is awaiting moderation.")
    expect(root.locator(".salon-live")).to_contain_text("awaiting moderation")
    # Its author sees it in place, marked; it is not counted (nobody else sees it).
    expect(root.locator(".salon-comment.salon-pending")).to_contain_text("Awaiting moderation")
    expect(root.locator(".salon-title")).to_have_text("No comments yet")


def test_server_problems_are_shown_to_the_reader(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    form = main_form(root)
    fill_and_post(form, "x" * 10_001)
    expect(form.locator(".salon-status")).to_have_text(
        "the comment has 10,001 characters; the limit is 10,000"
    )
    # Notifications need an address: the widget says so before asking the server.
    form.locator("select[name=notify]").select_option("replies")
    fill_and_post(form, "Tell me about replies.")
    expect(form.locator(".salon-status")).to_contain_text("Add your email address")
    expect(form.locator("input[name=email]")).to_be_focused()
    form.locator("input[name=email]").fill("me@example.org")
    form.locator("button[type=submit]").click()
    expect(root.locator(".salon-title")).to_have_text("1 comment")
    expect(form.locator(".salon-status")).to_contain_text("confirm it to be notified")


def test_invitation_bubble_closes_for_good(salon: Server, page: Page) -> None:
    root = open_article(page, salon.url)
    bubble = root.locator(".salon-invite")
    expect(bubble).to_have_text(re.compile(r"^Would love your thoughts, please comment\."))
    bubble.get_by_role("button", name="Close the invitation").click()
    expect(bubble).to_have_count(0)
    page.reload()
    root = open_article(page, salon.url)
    expect(root.locator(".salon-invite")).to_have_count(0)


def test_keyboard_only_reply_and_vote(salon: Server, page: Page) -> None:
    parent = salon.post("Reply to me with the keyboard.")["comment"]
    root = open_article(page, salon.url)
    art = own_article(root, parent["id"])
    art.locator(".salon-up").focus()
    page.keyboard.press("Space")
    expect(art.locator(".salon-up")).to_have_attribute("aria-pressed", "true")
    page.keyboard.press("Tab")  # downvote
    page.keyboard.press("Tab")  # Reply
    expect(art.get_by_role("button", name="Reply", exact=True)).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.type("Typed without a mouse.")
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Post reply":
            break
    page.keyboard.press("Enter")
    expect(root.locator(".salon-title")).to_have_text("2 comments")
    # Every control in the widget has a label.
    unlabelled = root.evaluate(
        """root => [...root.querySelectorAll('input, select, textarea')]
             .filter(e => !e.labels.length).map(e => e.outerHTML)"""
    )
    assert unlabelled == []
    expect(root.locator("[aria-live=polite]").first).to_be_attached()
