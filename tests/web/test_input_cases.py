"""The cases of issue 7 (input): each was a 500 or was accepted; now a clear 4xx."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from salon.config import SiteSettings
from tests.conftest import post, post_as_another
from tests.web.test_bad_input import JSON, assert_problem

FORM = {"content-type": "application/x-www-form-urlencoded"}
INVISIBLE = ["\u200b", "\u2060", "\u202e", "\u00ad", "\ufeff", "\u200b \u2060\n\ufeff\u202e"]
HUGE_IDS = [2**31, 2**63, 2**63 + 1, 2**64, 10**30]


def test_invisible_text_is_empty_on_post_edit_form_and_preview(client: TestClient) -> None:
    mine = post(client, "A real comment")
    for text in INVISIBLE:
        body = {"site": "default", "uri": "/a", "text": text}
        assert_problem(client.post("/api/comments", json=body), 422, "empty")
        r = client.patch(
            f"/api/comments/{mine['comment']['id']}",
            json={"text": text},
            headers={"Authorization": f"Bearer {mine['edit_token']}"},
        )
        assert_problem(r, 422, "empty")
        r = client.post("/threads/default/comments", data={"uri": "/a", "text": text})
        assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
        preview = client.post("/api/preview", json={"site": "default", "text": text})
        assert_problem(preview, 422, "empty")
    assert client.get("/api/counts", params={"uri": "/a"}).json() == {"/a": 0}


def test_site_limit_is_capped_by_what_moderation_screens() -> None:
    with pytest.raises(ValidationError, match="20000"):
        SiteSettings(id="long", max_comment_chars=20_001)
    SiteSettings(id="long", max_comment_chars=20_000)


def test_longest_comment_moderation_screens_is_taken(tmp_path, moderator) -> None:  # type: ignore[no-untyped-def]
    from salon.app import create_app
    from salon.config import Settings
    from tests.conftest import GENEROUS

    site = SiteSettings(
        id="default", origins=("local",), max_comment_chars=20_000, moderation=GENEROUS
    )
    settings = Settings(
        database_url=f"sqlite:///{tmp_path / 's.db'}", secret_key="k", sites=(site,)
    )  # type: ignore[arg-type]
    with TestClient(create_app(settings, moderator=moderator, run_jobs=False)) as c:
        text = ("Every line of the budget deserves a look. " * 500)[:20_000]
        r = c.post("/api/comments", json={"site": "default", "uri": "/a", "text": text})
        assert r.status_code in (201, 202), r.text
        r = c.post("/api/comments", json={"site": "default", "uri": "/a", "text": text + "x"})
        assert_problem(r, 422, "20,000")


def test_ids_past_the_database_range(client: TestClient) -> None:
    for big in HUGE_IDS:
        _refused_everywhere(client, big)
    assert client.get("/api/counts", params={"uri": "/a"}).json() == {"/a": 0}


def _refused_everywhere(client: TestClient, big: int) -> None:
    auth = {"Authorization": "Bearer t"}
    assert_problem(client.get(f"/api/comments/{big}"), 422, "comment_id")
    assert_problem(client.patch(f"/api/comments/{big}", json={"text": "x"}, headers=auth), 422)
    assert_problem(client.delete(f"/api/comments/{big}", headers=auth), 422)
    assert_problem(client.post(f"/api/comments/{big}/vote", json={"value": 1}), 422)
    body = {"site": "default", "uri": "/a", "text": "hi", "parent": big}
    assert_problem(client.post("/api/comments", json=body), 422, "parent")
    r = client.post(
        "/threads/default/comments", data={"uri": "/a", "text": "hi", "parent": str(big)}
    )
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")


def test_largest_id_is_a_plain_not_found(client: TestClient) -> None:
    assert_problem(client.get(f"/api/comments/{2**31 - 1}"), 404)
    r = client.post(
        "/api/comments", json={"site": "default", "uri": "/a", "text": "hi", "parent": 2**31 - 1}
    )
    assert_problem(r, 404)


@pytest.mark.parametrize("digits", ["²", "١٢", "１", "1e3", "-1", "0", " 1"])
def test_form_ids_only_ascii_digits(client: TestClient, digits: str) -> None:
    r = client.post("/threads/default/comments", data={"uri": "/a", "text": "hi", "parent": digits})
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
    assert "not a comment id" in r.text


@pytest.mark.parametrize("where", ["author", "vote", "text"])
def test_deep_json_is_refused_before_parsing(client: TestClient, where: str) -> None:
    deep = "[" * 1000 + "]" * 1000
    if where == "author":
        body = f'{{"site": "default", "uri": "/a", "text": "hi", "author": {deep}}}'
        path = "/api/comments"
    elif where == "vote":
        cid = post(client)["comment"]["id"]
        body, path = f'{{"value": {deep}}}', f"/api/comments/{cid}/vote"
    else:  # brackets inside a string are text, not nesting
        body = '{"site": "default", "uri": "/a", "text": "' + "[" * 1000 + '"}'
        r = client.post("/api/comments", content=body.encode(), headers=JSON)
        assert r.status_code in (201, 202), r.text
        return
    assert_problem(client.post(path, content=body.encode(), headers=JSON), 400, "deeper")


def test_votes_are_exactly_minus_one_zero_or_one(client: TestClient) -> None:
    cid = post(client)["comment"]["id"]
    for value in [True, False, 1.0, 0.0, -1.0, "1", [1], {"v": 1}, 2, -2, None]:
        r = client.post(f"/api/comments/{cid}/vote", json={"value": value})
        assert_problem(r, 422)
    assert client.get(f"/api/comments/{cid}").json()["votes"] == {"up": 0, "down": 0, "score": 0}


def test_votes_without_cookies_count_once(settings, clock, moderator) -> None:  # type: ignore[no-untyped-def]
    from salon.app import create_app

    with TestClient(create_app(settings, clock=clock, moderator=moderator)) as c:
        cid = post_as_another(c, "stuff me")["comment"]["id"]
        for _ in range(50):
            c.cookies.clear()  # a client with no cookie jar
            r = c.post(f"/api/comments/{cid}/vote", json={"value": 1})
            assert r.status_code == 200
        assert r.json() == {"up": 1, "down": 0, "score": 1}
        # The cookie it was given names the same reader: no second vote with it either.
        assert c.post(f"/api/comments/{cid}/vote", json={"value": 1}).json()["up"] == 1
        c.cookies.clear()
        assert c.post(f"/api/comments/{cid}/vote", json={"value": -1}).json() == {
            "up": 0,
            "down": 1,
            "score": -1,
        }


def test_no_reply_to_a_deleted_comment(client: TestClient) -> None:
    parent = post(client, "to be deleted")
    post(client, "a reply that keeps the placeholder", parent=parent["comment"]["id"])
    cid = parent["comment"]["id"]
    r = client.delete(
        f"/api/comments/{cid}", headers={"Authorization": f"Bearer {parent['edit_token']}"}
    )
    assert r.status_code == 204
    body = {"site": "default", "uri": "/article", "text": "reviving?", "parent": cid}
    assert_problem(client.post("/api/comments", json=body), 422, "deleted")
    r = client.post(
        "/threads/default/comments", data={"uri": "/article", "text": "again", "parent": str(cid)}
    )
    assert r.status_code == 422 and "deleted" in r.text
    placeholder = client.get(f"/api/comments/{cid}").json()
    assert placeholder["state"] == "deleted" and len(placeholder["replies"]) == 1


def test_a_post_needs_its_site(client: TestClient) -> None:
    assert_problem(client.post("/api/comments", json={"uri": "/a", "text": "hi"}), 422, "site")
    assert_problem(
        client.post("/api/comments", json={"site": "", "uri": "/a", "text": "hi"}), 422, "site"
    )


def test_a_deleted_comment_names_nobody(client: TestClient) -> None:
    mine = post(client, "first words", author={"name": "Ann Author"})
    cid = mine["comment"]["id"]
    auth = {"Authorization": f"Bearer {mine['edit_token']}"}
    assert (
        client.patch(f"/api/comments/{cid}", json={"text": "second"}, headers=auth).json()[
            "edited"
        ]["by"]
        == "Ann Author"
    )
    post(client, "a reply", parent=cid)
    assert client.delete(f"/api/comments/{cid}", headers=auth).status_code == 204
    for answer in (
        client.get(f"/api/comments/{cid}").text,
        client.get("/api/threads", params={"site": "default", "uri": "/article"}).text,
        client.get("/threads/default", params={"uri": "/article"}).text,
    ):
        assert "Ann Author" not in answer
    gone = client.get(f"/api/comments/{cid}").json()
    assert gone["author"] == {"name": None, "website": None} and gone["edited"]["by"] is None


def test_an_unexpected_error_on_a_page_is_an_html_page(settings, moderator) -> None:  # type: ignore[no-untyped-def]
    from salon.app import create_app

    app = create_app(settings, moderator=moderator, run_jobs=False)

    def broken() -> None:
        raise RuntimeError("a bug, not bad input")

    app.add_api_route("/threads/default/broken", broken, methods=["POST"])
    app.add_api_route("/api/broken", broken)
    with TestClient(app, raise_server_exceptions=False) as c:
        page = c.post("/threads/default/broken", data={"text": "x"})
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")
        assert "the error was logged" in page.text
        api = c.get("/api/broken")
        assert api.status_code == 500
        assert api.headers["content-type"] == "application/problem+json"
