"""A reader asks for their data: the form and the API, the mail with its link, the limits."""

from __future__ import annotations

import json
import re
from email.message import EmailMessage

from fastapi.testclient import TestClient

from salon.services.jobs import run_all
from salon.services.privacy import export_email
from salon.services.privacy_requests import ACCEPTED
from tests.conftest import post
from tests.mailbox import SmtpServer, html_of, text_of

ZOE = "zoe@example.org"
FORM = {"content-type": "application/x-www-form-urlencoded"}


def _ask(client: TestClient, email: str, site: str = "default", **headers: str):  # type: ignore[no-untyped-def]
    return client.post("/api/privacy/request", json={"site": site, "email": email}, headers=headers)


def _link(msg: EmailMessage) -> str:
    found = re.search(r"https?://\S+(/privacy/\S+)", text_of(msg))
    assert found, text_of(msg)
    return found.group(1)


def _form(client: TestClient, site: str = "default") -> str:
    page = client.get("/privacy/request", params={"site": site})
    assert page.status_code == 200
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page.text)
    assert found, page.text
    return found.group(1)


def test_reader_asks_through_the_api_and_gets_a_link_to_this_sites_data(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    deps = mail_client.app.state.deps  # type: ignore[attr-defined]
    mine = post(mail_client, "Mine on default", author={"name": "Zoë", "email": ZOE})
    post(mail_client, "A reply", parent=mine["comment"]["id"], author={"name": "Kim"})
    post(mail_client, "Also mine", author={"name": "Zoë", "email": "Zoe@Example.org"})
    r = mail_client.post(
        "/api/comments",
        json={"site": "mod", "uri": "/other", "text": "Mine elsewhere", "author": {"email": ZOE}},
    )
    assert r.status_code in (201, 202), r.text
    run_all(deps)
    before = smtp.inbox.count()

    known = _ask(mail_client, "Zoe@Example.org")
    unknown = _ask(mail_client, "nobody@example.org")
    # No oracle: the same status and the same words for an address with and without comments.
    assert known.status_code == unknown.status_code == 202
    assert known.json() == unknown.json() == {"status": "accepted", "detail": ACCEPTED}
    run_all(deps)
    assert smtp.inbox.count() == before + 1
    assert smtp.inbox.to("nobody@example.org") == []
    (mail,) = [m for m in smtp.inbox.to(ZOE) if "Your comments" in str(m["Subject"])]
    assert mail["Subject"] == "Your comments on Salon"
    assert _link(mail) in html_of(mail)

    page = mail_client.get(_link(mail))
    assert page.status_code == 200
    assert "2 comments" in page.text and "on Salon" in page.text
    data = json.loads(mail_client.get(_link(mail) + "/comments.json").text)
    assert data["site"] == "default"
    assert [c["text"] for c in data["comments"]] == ["Mine on default", "Also mine"]

    done = mail_client.post(_link(mail) + "/erase", content="confirm=on", headers=FORM)
    assert done.status_code == 200 and "2 comments" in done.text
    here = mail_client.get("/api/threads", params={"uri": "/article", "sort": "oldest"}).json()
    assert here["comments"][0]["author"]["name"] == "[removed]"
    assert here["comments"][0]["replies"][0]["author"]["name"] == "Kim"
    # The link came from one site: the other site's comment keeps its address.
    left = export_email(deps, ZOE)
    assert [(c["site"], c["text"]) for c in left["comments"]] == [("mod", "Mine elsewhere")]


def test_the_plain_form_works_without_javascript_and_refuses_cross_site_posts(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    deps = mail_client.app.state.deps  # type: ignore[attr-defined]
    post(mail_client, "Mine", author={"email": ZOE})
    page = mail_client.get("/privacy/request", params={"site": "default"})
    assert "<script" not in page.text and 'type="email"' in page.text
    assert "samesite=strict" in page.headers["set-cookie"].lower()
    csrf = _form(mail_client)

    body = f"site=default&email=zoe%40example.org&csrf={csrf}"
    cross = mail_client.post(
        "/privacy/request", content=body, headers={**FORM, "origin": "https://evil.example"}
    )
    assert cross.status_code == 403 and "must come from this page" in cross.text
    forged = mail_client.post(
        "/privacy/request", content=body.replace(csrf, "0" * 64), headers=FORM
    )
    assert forged.status_code == 403 and "out of date" in forged.text
    cookieless = TestClient(mail_client.app)
    assert cookieless.post("/privacy/request", content=body, headers=FORM).status_code == 403
    run_all(deps)
    assert [m for m in smtp.inbox.to(ZOE) if "Your comments" in str(m["Subject"])] == []

    done = mail_client.post("/privacy/request", content=body, headers=FORM)
    assert done.status_code == 202 and ACCEPTED in done.text.replace("&#39;", "'")
    bad = mail_client.post(
        "/privacy/request", content=f"site=default&email=nope&csrf={csrf}", headers=FORM
    )
    assert bad.status_code == 422 and "is not an e-mail address" in bad.text
    run_all(deps)
    assert len([m for m in smtp.inbox.to(ZOE) if "Your comments" in str(m["Subject"])]) == 1


def test_requests_are_limited_per_address_and_per_ip_the_same_for_every_address(
    mail_client: TestClient,
) -> None:
    post(mail_client, "Mine", author={"email": ZOE})
    for email in (ZOE, "nobody@example.org"):
        answers = [_ask(mail_client, email).status_code for _ in range(4)]
        assert answers == [202, 202, 202, 429], email
    refused = _ask(mail_client, ZOE)
    assert int(refused.headers["retry-after"]) > 3600
    assert "too many requests" in refused.json()["detail"]
    others = [_ask(mail_client, f"reader{n}@example.org").status_code for n in range(10)]
    # Every request counts against the network address (9 above): 1 left of its 10 an hour.
    assert others == [202] + [429] * 9


def test_the_api_refuses_other_sites_pages_and_form_posts(mail_client: TestClient) -> None:
    # A page of another origin (not in the site's allowlist), and a simple cross-site
    # request without JSON's preflight, are both refused before anything is sent.
    assert _ask(mail_client, ZOE, origin="https://evil.example").status_code == 403
    plain = mail_client.post(
        "/api/privacy/request",
        content=json.dumps({"site": "default", "email": ZOE}),
        headers={"content-type": "text/plain"},
    )
    assert plain.status_code in (415, 422), plain.text


def test_without_mail_the_request_says_so(client: TestClient) -> None:
    r = _ask(client, ZOE)
    assert r.status_code == 503 and "cannot send mail" in r.json()["detail"]
    assert _ask(client, "").status_code == 422
    assert _ask(client, ZOE, site="nowhere").status_code == 404
    assert client.get("/privacy/request", params={"site": "nowhere"}).status_code == 404


def test_subscriptions_are_exported_and_ended_with_the_data(
    mail_client: TestClient, smtp: SmtpServer
) -> None:
    deps = mail_client.app.state.deps  # type: ignore[attr-defined]
    post(mail_client, "Following this", author={"email": ZOE}, notify="all")
    run_all(deps)
    token = deps.signer.privacy_token(ZOE, "default")
    data = json.loads(mail_client.get(f"/privacy/{token}/comments.json").text)
    (address,) = data["subscriptions"]
    assert address["site"] == "default" and address["follows"][0]["kind"] == "thread"
    assert [m["subject"] for m in data["mails"]] == ["Confirm your notifications from Salon"]
    done = mail_client.post(f"/privacy/{token}/erase", content="confirm=on", headers=FORM)
    assert "1 notification subscription was ended" in done.text
    again = json.loads(mail_client.get(f"/privacy/{token}/comments.json").text)
    assert again["subscriptions"] == [] and again["mails"] == [] and again["comments"] == []


def test_the_thread_page_links_my_data(client: TestClient) -> None:
    post(client, "Hello")
    page = client.get("/threads/default", params={"uri": "/article"})
    assert 'href="/privacy/request?site=default">My data</a>' in page.text


def test_the_form_says_how_long_to_wait_in_the_readers_language(mail_client: TestClient) -> None:
    csrf = _form(mail_client)
    body = f"site=default&email=zoe%40example.org&csrf={csrf}"
    answers = [mail_client.post("/privacy/request", content=body, headers=FORM) for _ in range(3)]
    assert [a.status_code for a in answers] == [202, 202, 202]
    refused = mail_client.post("/privacy/request", content=body, headers=FORM)
    minutes = -(-int(refused.headers["retry-after"]) // 60)
    assert refused.status_code == 429
    assert f"Too many requests for a link; try again in {minutes} minutes." in refused.text
    german = mail_client.post(
        "/privacy/request", content=body, headers={**FORM, "accept-language": "de"}
    )
    assert german.status_code == 429 and '<html lang="de" dir="ltr">' in german.text
    assert "Zu viele Anfragen nach einem Link; versuchen Sie es in" in german.text
