"""Comments on a passage: anchors validated, listed for the markers, shown on the page."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from tests.conftest import post

QUOTE = {"exact": "forty people", "prefix": "is about ", "suffix": " on an ordinary"}


def anchor(**changes: object) -> dict:
    quote = {**QUOTE, **{k: v for k, v in changes.items() if k in QUOTE}}
    position = {
        "start": 120,
        "end": 132,
        **{k: v for k, v in changes.items() if k in ("start", "end")},
    }
    return {"quote": quote, "position": position}


def refused(client: TestClient, body_anchor: object, **fields: object) -> str:
    body = {"site": "default", "uri": "/article", "text": "About this bit.", "anchor": body_anchor}
    body.update(fields)
    # json.dumps escapes a lone surrogate as \ud83d, as a browser's JSON.stringify does.
    r = client.post(
        "/api/comments", content=json.dumps(body), headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422, r.text
    assert r.headers["content-type"] == "application/problem+json"
    return str(r.json()["detail"])


@pytest.mark.parametrize(
    ("bad", "says"),
    [
        (anchor(exact=""), "the quoted passage is empty"),
        (anchor(exact="   "), "the quoted passage is empty"),
        (anchor(exact="x" * 1001, end=5000), "quote at most 1,000"),
        (anchor(prefix="p" * 33), "anchor.quote.prefix: 33 characters; at most 32"),
        (anchor(suffix="s" * 40), "anchor.quote.suffix: 40 characters"),
        (anchor(start=132, end=132), "start (132) must be before end (132)"),
        (anchor(start=140, end=132), "must be before end"),
        (anchor(start=-1), "anchor.position.start: -1 is outside 0 to 10,000,000"),
        (anchor(end=10_000_001), "anchor.position.end: 10000001 is outside"),
        (anchor(start=120, end=125), "the quote has 12 characters but the passage"),
        (anchor(exact="nul\x00here"), "NUL"),
        (anchor(prefix="\ud83d"), "anchor.quote.prefix: Input should be a valid string"),
    ],
)
def test_bad_anchors_are_422_saying_what_is_wrong(client: TestClient, bad: dict, says: str) -> None:
    assert says in refused(client, bad)
    assert client.get("/api/anchors", params={"uri": "/article"}).json() == {"comments": []}


def test_malformed_anchor_shapes_are_422(client: TestClient) -> None:
    assert "anchor.quote" in refused(client, {"position": {"start": 1, "end": 2}})
    assert "anchor.position.end" in refused(client, {"quote": QUOTE, "position": {"start": 1}})
    assert "anchor.quote.exact" in refused(client, {"quote": {"exact": 12}})
    assert "anchor.colour" in refused(client, {"quote": QUOTE, "colour": "red"})


def test_a_reply_cannot_claim_a_passage(client: TestClient) -> None:
    parent = post(client, "Top")["comment"]["id"]
    assert "only a new comment has a passage" in refused(client, anchor(), parent=parent)


def test_anchor_limits_are_inclusive(client: TestClient) -> None:
    a = anchor(exact="y" * 1000, prefix="p" * 32, suffix="s" * 32, start=0, end=10_000_000)
    assert post(client, "Long quote.", anchor=a)["comment"]["anchor"] == a
    no_position = {"quote": QUOTE}
    c = post(client, "No position.", anchor=no_position)["comment"]
    assert c["anchor"] == {"quote": QUOTE, "position": None}


def test_anchored_comments_are_listed_for_the_markers(client: TestClient) -> None:
    plain = post(client, "Not about a passage.")["comment"]["id"]
    first = post(client, "On forty people.", anchor=anchor())["comment"]["id"]
    reply = post(client, "A reply to it.", parent=first)["comment"]["id"]
    second = post(client, "Also on it.", anchor=anchor())["comment"]["id"]
    gone = post(client, "Soon deleted.", anchor=anchor())
    r = client.delete(
        f"/api/comments/{gone['comment']['id']}",
        headers={"Authorization": "Bearer " + gone["edit_token"]},
    )
    assert r.status_code == 204
    listed = client.get("/api/anchors", params={"site": "default", "uri": "/article"}).json()
    assert [c["id"] for c in listed["comments"]] == [first, second]
    assert [r["id"] for r in listed["comments"][0]["replies"]] == [reply]
    assert plain not in [c["id"] for c in listed["comments"]]
    assert listed["comments"][0]["anchor"] == anchor()
    # Anchored comments are ordinary comments of the thread too.
    thread = client.get("/api/threads", params={"uri": "/article"}).json()
    assert {first, second, plain} <= {c["id"] for c in thread["comments"]}


def test_anchors_of_unknown_thread_and_site(client: TestClient) -> None:
    assert client.get("/api/anchors", params={"uri": "/none"}).json() == {"comments": []}
    r = client.get("/api/anchors", params={"uri": "/a", "site": "nowhere"})
    assert r.status_code == 404
    assert client.get("/api/anchors").status_code == 422


def test_the_quote_is_not_screened_as_the_commenters_text(client: TestClient) -> None:
    spammy = {
        "exact": "Cheap v1agra, no prescription needed!!! Order at rx-store.tk",
        "prefix": "",
        "suffix": "",
    }
    answer = post(client, "The article quotes a spam mail here, funny.", anchor={"quote": spammy})
    assert answer["state"] == "published"


def test_thread_page_shows_the_quote_escaped(client: TestClient) -> None:
    quote = {"exact": "<b>forty</b> people", "prefix": "", "suffix": ""}
    post(client, "On the count.", anchor={"quote": quote})
    page = client.get("/threads/default", params={"uri": "/article"}).text
    assert '<blockquote class="salon-quote">' in page
    assert "&lt;b&gt;forty&lt;/b&gt; people" in page and "<b>forty" not in page


def test_inline_scripts_are_served(client: TestClient) -> None:
    for name in ("anchor.js", "inline.js"):
        r = client.get("/" + name)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
        assert r.headers["etag"]
