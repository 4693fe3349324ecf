"""Pages, error pages, the admin and mails in the reader's language, through HTTP."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import Settings, SiteSettings
from salon.moderation import Moderator
from salon.services.admins import create_admin
from salon.services.jobs import run_all
from tests.conftest import GENEROUS, Clock, login, post
from tests.mailbox import SmtpServer, html_of, text_of

GERMAN = SiteSettings(
    id="zeitung",
    name="Die Zeitung",
    origins=("local",),
    url="https://zeitung.example.org",
    language="de",
    moderation=GENEROUS,
)
FORM = "application/x-www-form-urlencoded"


@pytest.fixture
def german(settings: Settings, clock: Clock, moderator: Moderator) -> Iterator[TestClient]:
    """A server with a German site (language = "de") beside the English default one."""
    app = create_app(
        settings.model_copy(update={"sites": (*settings.sites, GERMAN)}),
        clock=clock,
        moderator=moderator,
        run_jobs=False,
    )
    with TestClient(app) as c:
        yield c


def _thread(client: TestClient, language: str = "", site: str = "default", **params: object):  # type: ignore[no-untyped-def]
    headers = {"accept-language": language} if language else {}
    return client.get(f"/threads/{site}", params={"uri": "/article", **params}, headers=headers)


def test_thread_page_follows_accept_language(client: TestClient, clock: Clock) -> None:
    first = post(client, "Erster!", author={"name": "Anna"}, title="Der Artikel")
    post(client, "Zweiter", parent=first["comment"]["id"], author={"name": "Ben"})
    clock.advance(days=125)
    page = _thread(client, "de-AT,de;q=0.9,en;q=0.5")
    assert page.status_code == 200
    html = page.text
    assert '<html lang="de" dir="ltr">' in html
    assert "<h1" in html and html.count("<h1") == 1 and "Kommentare zu Der Artikel" in html
    assert ">2 Kommentare</h2>" in html
    assert "Kommentar schreiben" in html and "Antworten" in html
    assert "vor 4 Monaten" in html
    assert "Leave a comment" not in html
    # English stays the default; q=0 means "not this one".
    assert ">2 comments</h2>" in _thread(client).text
    assert '<html lang="en"' in _thread(client, "de;q=0, en").text
    # A cache in front of Salon keeps one copy of the page per language.
    assert "accept-language" in page.headers["vary"].lower()


def test_thread_page_in_arabic_reads_right_to_left(client: TestClient) -> None:
    first = post(client, "مرحبا بالجميع", author={"name": "ليلى"})
    post(client, "Hello back", parent=first["comment"]["id"], author={"name": "Sam"})
    html = _thread(client, "ar").text
    assert '<html lang="ar" dir="rtl">' in html
    assert "تعليقان" in html  # CLDR "two": not "2 تعليقات"
    assert 'class="salon-body" dir="auto"' in html  # mixed-direction comments isolate
    assert "أضف تعليقًا" in html
    # 3 and 11 take Arabic's "few" and "many" forms.
    post(client, "ثالث")
    assert "3 تعليقات" in _thread(client, "ar").text


def test_the_sites_language_when_the_browser_asks_for_none_we_have(german: TestClient) -> None:
    post(german, "Hallo", site="zeitung")
    assert '<html lang="de"' in _thread(german, site="zeitung").text
    assert '<html lang="de"' in _thread(german, "sw, xx", site="zeitung").text
    assert '<html lang="fr"' in _thread(german, "fr-CA", site="zeitung").text
    # Another site of the same server keeps English.
    assert '<html lang="en"' in _thread(german, "sw").text


def test_no_javascript_reply_form_quotes_its_parent_and_links_the_article(
    german: TestClient,
) -> None:
    first = post(german, "Ein *kluger* Gedanke", author={"name": "Anna"}, site="zeitung")
    cid = first["comment"]["id"]
    html = _thread(german, "de", site="zeitung", reply=cid).text
    assert "Antwort an Anna" in html and "Anna schrieb:" in html
    assert "<em>kluger</em>" in html.split('id="salon-form"')[1]
    assert f'name="parent" value="{cid}"' in html
    assert 'href="https://zeitung.example.org/article"' in html and "Zurück zum Artikel<" in html
    assert html.count("<h1") == 1


def test_error_pages_in_the_readers_language(client: TestClient) -> None:
    page = client.get("/threads/nowhere", params={"uri": "/x"}, headers={"accept-language": "de"})
    assert page.status_code == 404
    assert '<html lang="de"' in page.text and "<h1>Nicht gefunden</h1>" in page.text
    assert "Zurück-Taste" in page.text
    page = client.get("/threads/nowhere", params={"uri": "/x"}, headers={"accept-language": "he"})
    assert 'dir="rtl"' in page.text and "לא נמצא" in page.text


def test_admin_in_german_and_arabic(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", "correct horse battery")  # type: ignore[attr-defined]
    login_page = client.get("/admin/login", headers={"accept-language": "de"}).text
    assert '<html lang="de" dir="ltr">' in login_page and "Anmelden" in login_page
    assert login(client, "mo", "correct horse battery").status_code == 303
    post(client, "Hello there")
    queue = client.get("/admin/comments?view=all", headers={"accept-language": "de"}).text
    assert "Abmelden" in queue and "Alle Kommentare" in queue and "Freigeben" in queue
    assert "Sign out" not in queue
    arabic = client.get("/admin/comments?view=all", headers={"accept-language": "ar"}).text
    assert '<html lang="ar" dir="rtl">' in arabic and "تسجيل الخروج" in arabic
    # Every admin page renders in both languages.
    for path in ("/admin", "/admin?queue=spam", "/admin/bans", "/admin/outbox", "/admin/export",
                 "/admin/threads", "/admin/stats", "/admin/settings", "/admin/accounts",
                 "/admin/audit", "/admin/support", "/admin/comments?view=reported"):  # fmt: skip
        for lang in ("de", "ar"):
            r = client.get(path, headers={"accept-language": lang})
            assert r.status_code == 200, (path, lang)
            assert f'<html lang="{lang}"' in r.text, (path, lang)


def test_a_notice_after_an_admin_action_is_in_the_moderators_language(client: TestClient) -> None:
    create_admin(client.app.state.deps, "mo", "correct horse battery")  # type: ignore[attr-defined]
    login(client, "mo", "correct horse battery")
    cid = post(client, "Hello there")["comment"]["id"]
    page = client.get("/admin/comments?view=all", headers={"accept-language": "ru"}).text
    token = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    done = client.post(
        "/admin/act",
        content=f"csrf={token}&back=/admin/comments&one={cid}%3Aspam",
        headers={
            "content-type": "application/x-www-form-urlencoded",
            "accept-language": "ru",
        },
    )
    assert done.status_code == 200
    assert "Готово: 1 комментарий: спам (u — отменить)" in done.text


def test_a_mail_in_the_sites_language_through_smtp(
    mail_settings: Settings, smtp: SmtpServer, clock: Clock, moderator: Moderator
) -> None:
    app = create_app(
        mail_settings.model_copy(update={"sites": (*mail_settings.sites, GERMAN)}),
        clock=clock,
        moderator=moderator,
        run_jobs=False,
    )
    with TestClient(app) as client:
        post(
            client,
            "Guter Punkt",
            site="zeitung",
            author={"name": "Anna", "email": "anna@example.org"},
            notify="replies",
        )
        run_all(client.app.state.deps)  # type: ignore[attr-defined]
    (mail,) = smtp.inbox.to("anna@example.org")
    assert mail["Subject"] == "Bestätigen Sie Ihre Benachrichtigungen von Die Zeitung"
    assert "Jemand (hoffentlich Sie) hat Die Zeitung gebeten" in text_of(mail)
    assert '<html lang="de" dir="ltr">' in html_of(mail)
    assert "<strong>anna@example.org</strong>" in html_of(mail)


def test_privacy_request_page_and_bans_page_in_german(client: TestClient) -> None:
    de = {"accept-language": "de-DE,de;q=0.9,en;q=0.5"}
    page = client.get("/privacy/request", params={"site": "default"}, headers=de)
    assert page.status_code == 200
    assert '<html lang="de" dir="ltr">' in page.text
    assert "<title>Ihre Kommentare und Ihre Daten</title>" in page.text
    assert "Geben Sie die E-Mail-Adresse ein, mit der Sie Ihre Kommentare" in page.text
    assert ">E-Mail-Adresse</label>" in page.text and ">Link zuschicken</button>" in page.text
    assert "Send me the link" not in page.text and "E-mail address" not in page.text
    cross = client.post(
        "/privacy/request",
        content="site=default&email=zoe%40example.org",
        headers={**de, "content-type": FORM, "origin": "https://evil.example"},
    )
    assert cross.status_code == 403 and "Diese Anfrage muss von dieser Seite kommen." in cross.text
    csrf = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text).group(1)  # type: ignore[union-attr]
    no_mail = client.post(
        "/privacy/request",
        content=f"site=default&email=zoe%40example.org&csrf={csrf}",
        headers={**de, "content-type": FORM},
    )
    assert no_mail.status_code == 503
    assert "Dieser Kommentar-Server kann keine Mails senden" in no_mail.text

    create_admin(client.app.state.deps, "mo", "correct horse battery")  # type: ignore[attr-defined]
    login(client, "mo", "correct horse battery")
    bans = client.get("/admin/bans", headers=de).text
    assert '<html lang="de" dir="ltr">' in bans
    assert "Neue Sperre" in bans and "Wort oder Muster" in bans and "Aktiv und abgelaufen" in bans
    assert "New ban" not in bans and "word or pattern" not in bans
    token = re.search(r'name="csrf" value="([^"]+)"', bans).group(1)  # type: ignore[union-attr]
    done = client.post(
        "/admin/bans",
        content=f"csrf={token}&site=default&kind=pattern&value=casin%2A&shadow=1&until=1h",
        headers={**de, "content-type": FORM},
    )
    assert done.status_code == 200, done.text
    assert "Wort oder Muster casin* per Shadow-Ban gesperrt" in done.text
    assert "UTC" in done.text and "Shadow</span>" in done.text and "shadow-banned" not in done.text


def test_the_privacy_mail_in_the_sites_language(
    mail_settings: Settings, smtp: SmtpServer, clock: Clock, moderator: Moderator
) -> None:
    app = create_app(
        mail_settings.model_copy(update={"sites": (*mail_settings.sites, GERMAN)}),
        clock=clock,
        moderator=moderator,
        run_jobs=False,
    )
    with TestClient(app) as client:
        post(client, "Guter Punkt", site="zeitung", author={"email": "anna@example.org"})
        asked = client.post(
            "/api/privacy/request", json={"site": "zeitung", "email": "anna@example.org"}
        )
        assert asked.status_code == 202
        run_all(client.app.state.deps)  # type: ignore[attr-defined]
    (mail,) = [m for m in smtp.inbox.to("anna@example.org") if "Kommentare" in m["Subject"]]
    assert mail["Subject"] == "Ihre Kommentare auf Die Zeitung"
    text = text_of(mail)
    assert "Jemand (hoffentlich Sie) hat Die Zeitung nach den Kommentaren gefragt" in text
    assert "Der Link ist 24 Stunden gültig." in text and "/privacy/" in text
    assert '<html lang="de" dir="ltr">' in html_of(mail) and ">Meine Daten</a>" in html_of(mail)
