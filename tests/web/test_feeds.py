"""Atom feeds of a thread and of a site: published comments only, sanitised content."""

from __future__ import annotations

from xml.etree import ElementTree

from fastapi.testclient import TestClient

from tests.conftest import Clock, post

NS = {"a": "http://www.w3.org/2005/Atom"}


def parse(text: str) -> ElementTree.Element:
    return ElementTree.fromstring(text)  # noqa: S314 - our own output, not untrusted XML


def test_thread_feed(client: TestClient, clock: Clock) -> None:
    post(
        client,
        "First <script>alert(1)</script> **bold**",
        title="The article",
        author={"name": "Ann"},
    )
    clock.advance(minutes=1)
    post(client, "Second")
    client.post(
        "/api/comments", json={"site": "default", "uri": "/article", "text": "hidden", "hp": "bot"}
    )
    post(client, "elsewhere", uri="/other")
    r = client.get("/feeds/default/thread.atom", params={"uri": "/article"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    feed = parse(r.text)
    assert feed.findtext("a:title", namespaces=NS) == "Comments on The article"
    entries = feed.findall("a:entry", NS)
    assert [e.findtext("a:content", namespaces=NS) for e in entries] == [
        "<p>Second</p>",
        "<p>First &lt;script&gt;alert(1)&lt;/script&gt; <strong>bold</strong></p>",
    ]
    assert entries[1].findtext("a:author/a:name", namespaces=NS) == "Ann"
    link = entries[0].find("a:link", NS)
    assert link is not None and "#comment-" in link.get("href", "")
    assert "<script>" not in r.text


def test_site_feed_and_origin_links(client: TestClient) -> None:
    origin = {"Origin": "https://news.example.org"}
    r = client.post(
        "/api/comments", json={"site": "news", "uri": "/2026/a", "text": "Hi"}, headers=origin
    )
    assert r.status_code == 201
    feed = parse(client.get("/feeds/news/recent.atom").text)
    [entry] = feed.findall("a:entry", NS)
    link = entry.find("a:link", NS)
    assert link is not None
    assert link.get("href", "").startswith("https://news.example.org/2026/a#comment-")
    assert feed.findtext("a:title", namespaces=NS) == "Recent comments on Example News"


def test_feed_errors(client: TestClient) -> None:
    assert client.get("/feeds/nowhere/recent.atom").status_code == 404
    assert client.get("/feeds/default/thread.atom").status_code == 422


def test_feed_links_never_come_from_the_host_header(client: TestClient) -> None:
    post(client, "A comment in the feed")
    for path in ("/feeds/default/recent.atom", "/feeds/default/thread.atom?uri=/article"):
        r = client.get(path, headers={"Host": "evil.example"})
        assert r.status_code == 200 and "evil.example" not in r.text


def test_feed_links_use_the_configured_address(settings, clock, moderator) -> None:  # type: ignore[no-untyped-def]
    from salon.app import create_app

    configured = settings.model_copy(update={"public_url": "https://comments.example.org"})
    app = create_app(configured, clock=clock, moderator=moderator, run_jobs=False)
    with TestClient(app) as c:
        post(c, "A comment in the feed")
        feed = parse(c.get("/feeds/default/recent.atom", headers={"Host": "evil.example"}).text)
        links = [link.get("href") for link in feed.iter(f"{{{NS['a']}}}link")]
        assert links and all(h.startswith("https://comments.example.org/") for h in links)
