from __future__ import annotations

from fastapi.testclient import TestClient

from tests.importing import DATA, Importer, thread


def test_wordpress_with_wpdiscuz_votes(importer: Importer, client: TestClient) -> None:
    out = importer.ok("wordpress", DATA / "wordpress.xml")
    assert "comments: 7 (deleted 1, held 1, published 4, spam 1)" in out
    assert "votes: 7" in out
    assert "107: a pingback (import them with --keep-pingbacks)" in out

    data = thread(client, "/2025/11/donations/")
    assert data["thread"]["title"] == "Reader donations reach 880 $"
    assert data["thread"]["count"] == 3
    first, trashed = data["comments"]
    # wpDiscuz's separate likes and dislikes win over its net score.
    assert first["votes"] == {"up": 4, "down": 1, "score": 3}
    assert first["html"] == (
        "<p>Would love to help. Where is the <strong>Support</strong> link?</p>\n"
        '<p>Second paragraph with a <a href="https://news.example.org/support" '
        'rel="nofollow ugc noopener">link</a>.<br>\nAnd a line break.</p>'
    )
    (answer,) = first["replies"]
    assert answer["votes"] == {"up": 0, "down": 2, "score": -2}  # only the net score known
    assert answer["html"] == "<p>At the bottom of every article — «merci»!</p>"
    assert trashed["state"] == "deleted" and trashed["replies"][0]["html"] == (
        "<p>An answer to a trashed comment; <em>I stay</em>.</p>"
    )

    about = thread(client, "/about/")["comments"][0]
    assert about["author"] == {"name": "Mallory", "website": None} or not about["author"]["website"]
    assert "javascript" not in about["html"] and "<script" not in about["html"]


def test_pingbacks_when_asked(importer: Importer, client: TestClient) -> None:
    out = importer.ok("wordpress", DATA / "wordpress.xml", "--keep-pingbacks")
    assert "comments: 8" in out
    texts = [c["html"] for c in thread(client, "/2025/11/donations/")["comments"]]
    assert any("they wrote about donations" in t for t in texts)


def test_a_vote_after_the_import_keeps_the_imported_ones(
    importer: Importer, client: TestClient
) -> None:
    importer.ok("wordpress", DATA / "wordpress.xml")
    first = thread(client, "/2025/11/donations/")["comments"][0]
    r = client.post(f"/api/comments/{first['id']}/vote", json={"value": 1})
    assert r.json() == {"up": 5, "down": 1, "score": 4}
