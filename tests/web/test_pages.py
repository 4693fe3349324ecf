"""The server-rendered thread and the plain form that works without JavaScript."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.conftest import post

FORM = {"content-type": "application/x-www-form-urlencoded"}


def test_thread_page_renders_comments_escaped(client: TestClient) -> None:
    parent = post(client, "Hello *there*", author={"name": "<b>Ann</b>"}, title="A & B")
    post(client, "Glad you liked it.", parent=parent["comment"]["id"])
    r = client.get("/threads/default", params={"uri": "/article"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert ">2 comments</h2>" in html and "Comments on A &amp; B" in html
    assert "<em>there</em>" in html
    assert "&lt;b&gt;Ann&lt;/b&gt;" in html and "<b>Ann</b>" not in html
    assert f'id="comment-{parent["comment"]["id"]}"' in html
    assert 'class="salon-replies"' in html
    assert "Would love your thoughts, please comment." in html


def test_form_post_redirects_back_to_the_comment(client: TestClient) -> None:
    r = client.post(
        "/threads/default/comments",
        content="uri=%2Farticle&text=Posted+without+JS&name=Noscript&notify=replies",
        headers=FORM,
        follow_redirects=False,
    )
    assert r.status_code == 303
    location = r.headers["location"]
    assert location.startswith("/threads/default?uri=%2Farticle&posted=")
    page = client.get(location).text
    assert "Posted without JS" in page and "Noscript" in page
    assert "Your comment is published" in page


def test_form_reply_and_held_notice(client: TestClient) -> None:
    parent = post(client, "parent")["comment"]["id"]
    r = client.post(
        "/threads/default/comments",
        content=f"uri=%2Farticle&text=Good+point&parent={parent}",
        headers=FORM,
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert client.get(f"/api/comments/{parent}").json()["replies"][0]["html"] == "<p>Good point</p>"
    r = client.post(
        "/threads/default/comments", content="uri=%2Farticle&text=spam&hp=x", headers=FORM
    )
    assert "awaiting moderation" in r.text


def test_form_errors_are_html_pages(client: TestClient) -> None:
    r = client.post("/threads/default/comments", content="uri=%2Farticle&text=+", headers=FORM)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "empty" in r.text
    r = client.post("/threads/default/comments", content=b"uri=%2Fa&text=\xff", headers=FORM)
    assert r.status_code == 400
    r = client.get("/threads/nowhere", params={"uri": "/a"})
    assert r.status_code == 404 and "unknown site" in r.text


def test_reply_link_preselects_parent(client: TestClient) -> None:
    cid = post(client, "parent")["comment"]["id"]
    html = client.get("/threads/default", params={"uri": "/article", "reply": cid}).text
    assert f'name="parent" value="{cid}"' in html


def test_widget_assets_are_served_with_validators(client: TestClient) -> None:
    for path, kind in (("/embed.js", "javascript"), ("/embed.css", "css")):
        r = client.get(path)
        assert r.status_code == 200 and kind in r.headers["content-type"]
        again = client.get(path, headers={"If-None-Match": r.headers["etag"]})
        assert again.status_code == 304


def _redirect_after_form(client: TestClient, referer: str) -> str:
    r = client.post(
        "/threads/default/comments",
        content="uri=%2Farticle&text=Back+where+I+was",
        headers={**FORM, "Referer": referer},
        follow_redirects=False,
    )
    assert r.status_code == 303
    return str(r.headers["location"])


def test_form_redirect_stays_on_the_sites_own_origins(client: TestClient) -> None:
    for referer in (
        "http://testserver//evil.example/x",
        "http://testserver/\\evil.example/x",
        "https://evil.example/article",
        "javascript:alert(1)",
        "//evil.example/x",
    ):
        location = _redirect_after_form(client, referer)
        assert location.startswith("/") and not location.startswith(("//", "/\\")), location
        # A path on this server ("/evil.example/x" is one), never another host.
        assert not location.startswith(("http:", "https:", "javascript:"))
    # The publisher's own page (the default site allows localhost pages) is fine.
    back = _redirect_after_form(client, "http://localhost:4000/2026/article")
    assert back.startswith("http://localhost:4000/2026/article?from=form")
    own = _redirect_after_form(client, "http://testserver/some/page")
    assert own.startswith("/some/page?from=form")
