"""tests/data/isso/comments.db was written by the real Isso 0.14 (make_isso_db.py beside it)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.importing import DATA, Importer, thread


def test_isso_database(importer: Importer, client: TestClient) -> None:
    out = importer.ok("isso", DATA / "isso" / "comments.db")
    assert "threads: 2 (2 new)" in out
    assert "comments: 7 (deleted 1, held 1, published 5)" in out
    assert "votes: 5" in out

    data = thread(client, "/2026/11/first-article")
    assert data["thread"]["title"] == "Première: the first article"
    first, deleted = data["comments"]
    assert first["votes"] == {"up": 3, "down": 1, "score": 2}
    assert first["author"] == {"name": "Zoë Ångström", "website": "https://zoe.example.org"}
    assert first["html"] == (
        '<p>Hello <strong>world</strong>, with a <a href="https://example.org/page" '
        'rel="nofollow ugc noopener">link</a>.</p>'
    )
    names = [r["author"]["name"] for r in first["replies"]]
    assert names[0] == "Jean & Co"  # Isso stored it HTML-escaped
    assert len(first["replies"]) == 2
    assert deleted["state"] == "deleted" and len(deleted["replies"]) == 1

    second = thread(client, "/2026/11/second-article")
    (shown,) = second["comments"]  # the pending one is held, not shown
    assert "&lt;script&gt;" in shown["html"] and "<script" not in shown["html"]
