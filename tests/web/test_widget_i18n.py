"""The widget's strings per language: served by content hash, and named in embed.js."""

from __future__ import annotations

import json
import re

from fastapi.testclient import TestClient

from salon.app import create_app
from salon.config import SiteSettings


def manifest(client: TestClient) -> dict:
    js = client.get("/embed.js").text
    found = re.search(r"const I18N = (\{.*?\});", js)
    assert found, "embed.js carries the language manifest"
    return dict(json.loads(found.group(1)))


def test_embed_js_names_every_language_and_its_hash(client: TestClient) -> None:
    m = manifest(client)
    assert set(m["langs"]) == set("de fr es pt it nl pl ru uk tr ar he fa hi id ja zh ko".split())
    assert m["sites"] == {}
    r = client.get(f"/i18n/widget/de.json?v={m['langs']['de']}")
    assert r.status_code == 200
    assert r.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert r.headers["etag"] == f'"{m["langs"]["de"]}"'
    assert r.json()["{n} comment"] == {"one": "{n} Kommentar", "other": "{n} Kommentare"}
    # Without the hash (or an old one) it is cached briefly; the ETag revalidates.
    assert client.get("/i18n/widget/de.json").headers["cache-control"] == "public, max-age=3600"
    again = client.get("/i18n/widget/de.json", headers={"if-none-match": r.headers["etag"]})
    assert again.status_code == 304


def test_unknown_language_is_a_404_problem(client: TestClient) -> None:
    for lang in ("en", "xx", "de-DE"):
        r = client.get(f"/i18n/widget/{lang}.json")
        assert r.status_code == 404
        assert r.headers["content-type"] == "application/problem+json"


def test_a_site_language_reaches_the_widget(settings, clock, moderator) -> None:  # type: ignore[no-untyped-def]
    site = SiteSettings(id="nachrichten", origins=("local",), language="de")
    sites = {"sites": (*settings.sites, site)}
    app = create_app(settings.model_copy(update=sites), clock=clock, moderator=moderator)
    with TestClient(app) as c:
        assert manifest(c)["sites"] == {"nachrichten": "de"}
