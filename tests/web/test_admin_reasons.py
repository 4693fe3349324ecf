"""Reasons stored in English (rows of any release) are shown in the moderator's language:
the review card over HTTP (Accept-Language) and the admin API's reasons_text."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import update

from salon.services.accounts import SHELL, new_token
from salon.store.tables import decisions
from tests.conftest import post
from tests.web.test_admin import moderator_client  # noqa: F401 - the fixture

STORED = [
    "contact or payment: a phone number (“555 0100”)",
    "spam model: spam-like wording “schreib mir” (in “bitte schreib mir auf whatsapp”)",
    "disguise: text in mathematical letters",
    "context: same text in 3 other threads",
    "site rule: held word “casino”",
    "a reason of an older release",
]


def _held_with_stored_reasons(c: TestClient) -> int:
    """A held comment whose decision row carries STORED, as an old database would."""
    cid = post(c, "Try my casino tonight", uri="/reasons")["comment"]["id"]
    with c.app.state.deps.db.write() as conn:  # type: ignore[attr-defined]
        conn.execute(
            update(decisions)
            .where(decisions.c.comment_id == cid)
            .values(band="hold", spam=0.6, reasons=STORED)
        )
    return cid


def _card(html: str, cid: int) -> str:
    start = html.index(f'id="item-{cid}"')
    return html[start : html.index("</article>", start)]


def _queue(c: TestClient, cid: int, lang: str) -> str:
    for queue in ("held", "spam", "all"):
        page = c.get(f"/admin?queue={queue}", headers={"accept-language": lang})
        if f'id="item-{cid}"' in page.text:
            return page.text
    page = c.get("/admin/comments?q=casino", headers={"accept-language": lang})
    return page.text


def test_the_card_shows_stored_reasons_in_german_and_arabic(moderator_client: TestClient) -> None:  # noqa: F811
    c = moderator_client
    cid = _held_with_stored_reasons(c)
    german = _queue(c, cid, "de")
    assert '<html lang="de"' in german
    card = _card(german, cid)
    reasons = re.search(r'<ul class="reasons meta">(.*?)</ul>', card, re.S)
    assert reasons, card
    items = reasons.group(1)
    assert "<li>Kontakt oder Zahlung: eine Telefonnummer („<bdi>555 0100</bdi>“)</li>" in items
    assert "Spam-Modell: spamtypische Formulierung „<bdi>schreib mir</bdi>“" in items
    assert "<li>Tarnung: Text in mathematischen Buchstaben</li>" in items
    assert "<li>Kontext: gleicher Text in 3 anderen Diskussionen</li>" in items
    assert "Website-Regel: zurückgehaltenes Wort „<bdi>casino</bdi>“" in items
    # Not known to this release: as stored, marked English.
    assert '<li><bdi lang="en">a reason of an older release</bdi></li>' in items
    assert "phone number" not in items and items.count('lang="en"') == 1

    arabic = _queue(c, cid, "ar")
    assert '<html lang="ar" dir="rtl"' in arabic
    items = _card(arabic, cid)
    assert "تواصل أو دفع: رقم هاتف («<bdi>555 0100</bdi>»)" in items
    assert "قاعدة الموقع: كلمة محتجزة «<bdi>casino</bdi>»" in items
    assert "السياق: النص نفسه في 3 نقاشات أخرى" in items


def test_the_api_adds_reasons_text_beside_the_stored_reasons(moderator_client: TestClient) -> None:  # noqa: F811
    c = moderator_client
    cid = _held_with_stored_reasons(c)
    token = new_token(c.app.state.deps, SHELL, "mo")  # type: ignore[attr-defined]
    auth = {"Authorization": f"Bearer {token}"}
    r = c.get(
        "/api/admin/comments", params={"q": "casino"}, headers={**auth, "accept-language": "ja"}
    )
    assert r.status_code == 200
    (found,) = [x for x in r.json()["comments"] if x["id"] == cid]
    assert found["reasons"] == STORED  # unchanged, for scripts that read them
    text = found["reasons_text"]
    assert text[0] == "連絡先・支払い：電話番号（「\u2068555 0100\u2069」）"
    assert text[4] == "サイトのルール：保留語「\u2068casino\u2069」"
    assert text[5] == "a reason of an older release"
    english = c.get("/api/admin/comments", params={"q": "casino"}, headers=auth).json()
    (plain,) = [x for x in english["comments"] if x["id"] == cid]
    assert plain["reasons_text"][3] == "context: same text in 3 other threads"
