"""Reader notifications end to end: HTTP in, a real SMTP server (aiosmtpd) out, both databases."""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings
from salon.services.jobs import run_all
from tests.conftest import post
from tests.mailbox import SmtpServer, html_of, link, text_of

ALICE = "alice@example.org"
BOB = "bob@example.org"


def _path(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.path}?{parts.query}"


def _work(client: TestClient) -> int:
    return run_all(client.app.state.deps)  # type: ignore[attr-defined]


def _confirm(client: TestClient, smtp: SmtpServer, address: str) -> None:
    (mail,) = smtp.inbox.to(address)
    url = _path(link(mail, "/mail/confirm"))
    page = client.get(url)
    assert page.status_code == 200 and "Confirm" in page.text
    token = url.split("t=", 1)[1]
    done = client.post("/mail/confirm", data={"t": token})
    assert done.status_code == 200 and "Confirmed" in done.text


def test_a_confirmed_reader_gets_one_mail_per_published_reply(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    client = mail_client
    first = post(client, "What a piece", author={"name": "Alice", "email": ALICE}, notify="replies")
    post(client, "And another thing", author={"name": "Alice", "email": ALICE}, notify="replies")
    _work(client)
    # Double opt-in: one confirmation however often she subscribes, nothing else before it.
    (confirmation,) = smtp.inbox.to(ALICE)
    assert "Confirm" in confirmation["Subject"]
    post(client, "Early reply", parent=first["comment"]["id"], author={"name": "Bob"})
    _work(client)
    assert len(smtp.inbox.to(ALICE)) == 1

    _confirm(client, smtp, ALICE)
    reply = post(
        client,
        "I **disagree** <script>alert(1)</script>",
        parent=first["comment"]["id"],
        author={"name": "Bob", "email": BOB},
    )
    post(client, "Talking to myself", parent=first["comment"]["id"], author={"email": ALICE})
    assert _work(client) >= 2
    assert _work(client) == 0
    mails = smtp.inbox.to(ALICE)
    assert len(mails) == 2  # the confirmation, then exactly the one reply by someone else
    mail = mails[1]
    assert mail["Subject"] == "Bob replied to your comment on /article"
    rid = reply["comment"]["id"]
    assert f"#comment-{rid}" in text_of(mail)
    assert "<strong>disagree</strong>" in html_of(mail)
    assert "<script>" not in html_of(mail)
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail["Message-ID"].endswith("@example.org>")
    assert mail["From"] == "Salon <comments@example.org>"

    # RFC 8058 one-click: the mail client POSTs to the List-Unsubscribe URL; twice is fine.
    unsubscribe = _path(mail["List-Unsubscribe"].strip("<>"))
    for _ in range(2):
        r = client.post(
            unsubscribe,
            content="List-Unsubscribe=One-Click",
            headers={"content-type": "application/x-www-form-urlencoded"},
        )
        assert r.status_code == 200, r.text
    post(client, "Anyone there?", parent=first["comment"]["id"], author={"name": "Bob"})
    _work(client)
    assert len(smtp.inbox.to(ALICE)) == 2


def test_the_unsubscribe_link_and_the_subscriptions_page(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    client = mail_client
    top = post(
        client,
        "I would like to hear what others think about the new library hours.",
        author={"email": ALICE},
        notify="all",
    )
    assert top["state"] == "published"
    _work(client)
    _confirm(client, smtp, ALICE)
    post(client, "Hello", author={"name": "Bob"})
    post(client, "A reply", parent=top["comment"]["id"], author={"name": "Carol"})
    _work(client)
    mails = smtp.inbox.to(ALICE)
    assert len(mails) == 3  # confirmation + every new comment of the thread
    manage = client.get(_path(link(mails[1], "/mail/subscriptions")))
    assert manage.status_code == 200
    assert "New comments in" in manage.text and ALICE in manage.text
    page = client.get(_path(link(mails[1], "/mail/unsubscribe")))
    assert page.status_code == 200 and "Stop all mail" in page.text
    token = link(mails[1], "/mail/unsubscribe").split("t=", 1)[1]
    first = client.post("/mail/unsubscribe", data={"t": token})
    again = client.post("/mail/unsubscribe", data={"t": token})
    assert "No more mail" in first.text
    assert again.status_code == 200 and "nothing left" in again.text
    post(client, "After", author={"name": "Bob"})
    _work(client)
    assert len(smtp.inbox.to(ALICE)) == 3


def test_a_held_reply_notifies_when_approved_and_the_moderator_link_works_once(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    client = mail_client
    top = post(client, "Opinion", site="mod", author={"email": ALICE}, notify="replies")
    _work(client)
    _confirm(client, smtp, ALICE)
    held = post(
        client, "Try my casino", site="mod", parent=top["comment"]["id"], author={"name": "Bob"}
    )
    assert held["state"] == "held"
    _work(client)
    assert len(smtp.inbox.to(ALICE)) == 1  # held: nobody is told yet
    (alert,) = smtp.inbox.to("editor@example.org")
    assert "waiting for review" in alert["Subject"]
    assert "casino" in text_of(alert).lower()  # the reason is in the mail
    approve = _path(link(alert, "/mail/moderate"))
    page = client.get(approve)
    assert page.status_code == 200 and "Approve this comment?" in page.text
    token = approve.split("t=", 1)[1]
    done = client.post("/mail/moderate", data={"t": token})
    assert done.status_code == 200 and "published" in done.text
    again = client.post("/mail/moderate", data={"t": token})
    assert again.status_code == 410 and "used already" in again.text
    _work(client)
    mails = smtp.inbox.to(ALICE)
    assert len(mails) == 2 and "Bob replied" in mails[1]["Subject"]
    assert "https://mod.example.org/article#comment-" in text_of(mails[1])


def test_forged_and_expired_links_get_clear_pages(
    mail_client: TestClient, smtp: SmtpServer, clock
) -> None:  # type: ignore[no-untyped-def]
    client = mail_client
    post(client, "Hi", site="mod", author={"email": ALICE}, notify="all")
    post(client, "casino", site="mod", author={"name": "Spammy"})
    _work(client)
    for path in ("/mail/confirm", "/mail/unsubscribe", "/mail/subscriptions", "/mail/moderate"):
        r = client.get(path, params={"t": "forged.token"})
        assert r.status_code == 403, (path, r.status_code)
        assert r.headers["content-type"].startswith("text/html")
        assert "not valid" in r.text
    for path in ("/mail/confirm", "/mail/unsubscribe", "/mail/subscriptions/end", "/mail/moderate"):
        r = client.post(path, data={"t": "x"})
        assert r.status_code == 403 and "not valid" in r.text
    confirm = _path(link(smtp.inbox.to(ALICE)[0], "/mail/confirm"))
    approve = _path(link(smtp.inbox.to("editor@example.org")[0], "/mail/moderate"))
    clock.advance(days=8)
    for url in (confirm, approve):
        r = client.get(url)
        assert r.status_code == 410 and "expired" in r.text
    r = client.post("/api/subscriptions", json={"uri": "/a", "email": ALICE})
    assert r.status_code == 202


def test_subscribing_answers_the_same_and_refuses_bad_addresses(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    client = mail_client
    answers = set()
    for email in (ALICE, ALICE, BOB):
        r = client.post("/api/subscriptions", json={"uri": "/article", "email": email})
        assert r.status_code == 202
        answers.add(r.text)
    assert len(answers) == 1  # no oracle: known, new and repeated addresses look alike
    _work(client)
    assert len(smtp.inbox.to(ALICE)) == 1 and len(smtp.inbox.to(BOB)) == 1
    bad = client.post("/api/subscriptions", json={"uri": "/article", "email": "not an address"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    assert "not an email address" in bad.json()["detail"]
    r = client.post(
        "/api/comments",
        json={"uri": "/article", "text": "x", "author": {"email": "a@b"}, "notify": "all"},
    )
    assert r.status_code == 422


def test_subscribing_is_rate_limited_per_address(mail_client: TestClient, smtp: SmtpServer) -> None:
    codes = [
        mail_client.post("/api/subscriptions", json={"uri": f"/a{i}", "email": ALICE}).status_code
        for i in range(12)
    ]
    assert codes[:10] == [202] * 10
    assert codes[10:] == [429, 429]
    _work(mail_client)
    assert len(smtp.inbox.to(ALICE)) == 1


def test_following_a_sub_thread_and_the_daily_digest(
    mail_client: TestClient, smtp: SmtpServer, clock
) -> None:  # type: ignore[no-untyped-def]
    client = mail_client
    top = post(client, "Root", author={"name": "Root"})
    branch = post(client, "Branch", parent=top["comment"]["id"], author={"name": "Bob"})
    r = client.post(
        "/api/subscriptions",
        json={
            "uri": "/article",
            "email": ALICE,
            "kind": "subthread",
            "comment": top["comment"]["id"],
        },
    )
    assert r.status_code == 202
    _work(client)
    _confirm(client, smtp, ALICE)
    post(client, "Deep", parent=branch["comment"]["id"], author={"name": "Carol"})
    post(client, "Elsewhere", author={"name": "Dan"})
    _work(client)
    mails = smtp.inbox.to(ALICE)
    assert len(mails) == 2 and "Carol commented" in mails[1]["Subject"]
    # Switch to one digest a day from the subscriptions page.
    token = link(mails[1], "/mail/subscriptions").split("t=", 1)[1]
    r = client.post("/mail/subscriptions/digest", data={"t": token, "digest": "1"})
    assert r.status_code == 200 and "one digest a day" in r.text
    post(client, "One", parent=branch["comment"]["id"], author={"name": "Eve"})
    post(client, "Two", parent=branch["comment"]["id"], author={"name": "Fay"})
    _work(client)
    assert len(smtp.inbox.to(ALICE)) == 2  # waiting for the digest
    clock.advance(days=1)
    _work(client)
    mails = smtp.inbox.to(ALICE)
    assert len(mails) == 3 and "2 new comments" in mails[2]["Subject"]
    assert "Eve" in text_of(mails[2]) and "Fay" in text_of(mails[2])


def test_moderators_can_have_one_summary_a_day(
    mail_settings: Settings, smtp: SmtpServer, clock, moderator
) -> None:  # type: ignore[no-untyped-def]
    sites = tuple(
        s.model_copy(update={"moderator_summary": True}) if s.id == "mod" else s
        for s in mail_settings.sites
    )
    app = create_app(
        mail_settings.model_copy(update={"sites": sites}),
        clock=clock,
        moderator=moderator,
        run_jobs=False,
    )
    with TestClient(app) as client:
        for i in range(3):
            post(client, f"casino number {i}", site="mod", author={"name": f"S{i}"})
        _work(client)
        assert smtp.inbox.to("editor@example.org") == []
        clock.advance(days=1)
        _work(client)
    (summary,) = smtp.inbox.to("editor@example.org")
    assert "3 comments waiting for review" in summary["Subject"]
    assert text_of(summary).count("/mail/moderate?t=") == 6  # approve and spam, each


def test_a_publisher_template_replaces_the_shipped_one(
    mail_settings: Settings, smtp: SmtpServer, clock, moderator, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "confirm.subject.txt").write_text("Please confirm, dear {{ email }}")
    settings = mail_settings.model_copy(update={"mail_templates": str(tmp_path)})
    with TestClient(create_app(settings, clock=clock, moderator=moderator, run_jobs=False)) as c:
        c.post("/api/subscriptions", json={"uri": "/article", "email": ALICE})
        _work(c)
    (mail,) = smtp.inbox.to(ALICE)
    assert mail["Subject"] == f"Please confirm, dear {ALICE}"
    assert "/mail/confirm?t=" in text_of(mail)  # the other templates are still ours


def test_the_held_mail_gives_the_reasons_in_the_sites_language(
    mail_settings: Settings, smtp: SmtpServer, clock, moderator
) -> None:  # type: ignore[no-untyped-def]
    sites = tuple(
        s.model_copy(update={"language": "de"}) if s.id == "mod" else s for s in mail_settings.sites
    )
    settings = mail_settings.model_copy(update={"sites": sites})
    with TestClient(create_app(settings, clock=clock, moderator=moderator, run_jobs=False)) as c:
        held = post(c, "Try my casino", site="mod", author={"name": "Bob"})
        assert held["state"] == "held"
        _work(c)
    (alert,) = smtp.inbox.to("editor@example.org")
    html, text = html_of(alert), text_of(alert)
    # The word that fired stays as written, isolated from the sentence's direction.
    assert "<li>Website-Regel: zurückgehaltenes Wort „<bdi>casino</bdi>“</li>" in html
    assert "Website-Regel: zurückgehaltenes Wort „\u2068casino\u2069“" in text
    assert "held word" not in html and 'lang="en"' not in html.split("<body", 1)[-1]
