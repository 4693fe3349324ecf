"""The signed "my data" link: download, erase, and clear pages for forged or old links."""

from __future__ import annotations

import json
import time

import pytest
from fastapi.testclient import TestClient

from salon.services.privacy import requests
from tests.conftest import post

FORM = {"content-type": "application/x-www-form-urlencoded"}


def _link(client: TestClient, email: str) -> str:
    return "/privacy/" + client.app.state.deps.signer.privacy_token(email)  # type: ignore[attr-defined]


def test_reader_downloads_then_erases(client: TestClient) -> None:
    mine = post(client, "My first", author={"name": "Zoë", "email": "zoe@example.org"})
    post(client, "A reply by someone else", parent=mine["comment"]["id"], author={"name": "Kim"})
    post(client, "My second", author={"name": "Zoë", "email": "Zoe@Example.org"})
    link = _link(client, "zoe@example.org")

    page = client.get(link)
    assert page.status_code == 200
    assert "2 comments" in page.text and "z••@example.org" in page.text
    assert "<script" not in page.text  # no inline scripts (CSP)

    download = client.get(link + "/comments.json")
    assert download.headers["content-disposition"].startswith("attachment")
    data = json.loads(download.text)
    assert [c["text"] for c in data["comments"]] == ["My first", "My second"]
    assert all("ip_hash" not in c for c in data["comments"])

    done = client.post(link + "/erase", content="confirm=on", headers=FORM)
    assert done.status_code == 200 and "removed from 2 comments" in done.text
    thread = client.get("/api/threads", params={"uri": "/article", "sort": "oldest"}).json()
    first = thread["comments"][0]
    assert first["author"]["name"] == "[removed]" and first["html"] == "<p>My first</p>"
    assert first["replies"][0]["author"]["name"] == "Kim"  # the thread stays readable
    deps = client.app.state.deps  # type: ignore[attr-defined]
    trail = requests(deps)
    assert [(r["kind"], r["via"], r["comments"]) for r in trail] == [
        ("export", "link", 2),
        ("erase", "link", 2),
    ]
    assert "zoe" not in repr(trail)


def test_forged_link(client: TestClient) -> None:
    good = _link(client, "zoe@example.org")
    for bad in (good[:-3] + "xyz", "/privacy/not-a-token"):
        for r in (client.get(bad), client.get(bad + "/comments.json"), client.post(bad + "/erase")):
            assert r.status_code == 403
            assert "This link is not valid." in r.text
            assert "Ask for a new link" in r.text


def test_expired_link(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    day_ago = time.time() - 25 * 3600
    monkeypatch.setattr("itsdangerous.timed.time.time", lambda: day_ago)
    old = _link(client, "zoe@example.org")
    monkeypatch.undo()
    r = client.get(old)
    assert r.status_code == 403 and "This link has expired." in r.text


def test_erase_from_another_site_is_refused(client: TestClient) -> None:
    post(client, "Mine", author={"email": "zoe@example.org"})
    r = client.post(
        _link(client, "zoe@example.org") + "/erase",
        content="confirm=on",
        headers={**FORM, "origin": "https://evil.example"},
    )
    assert r.status_code == 403
    thread = client.get("/api/threads", params={"uri": "/article"}).json()
    assert thread["comments"][0]["author"]["name"] != "[removed]"
