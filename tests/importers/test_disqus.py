from __future__ import annotations

from fastapi.testclient import TestClient

from tests.importing import DATA, Importer, flat, thread


def test_disqus_threads_replies_states_and_reports(importer: Importer, client: TestClient) -> None:
    out = importer.ok("disqus", DATA / "disqus.xml", "--site", "default")
    assert "threads: 2 (2 new)" in out
    assert "comments: 8 (deleted 1, published 6, spam 1)" in out
    assert "thread 1002: empty duplicate of thread 1001" in out
    assert "thread 1004: empty thread" in out
    assert "5010: its thread was deleted in Disqus" in out
    assert "5011: refers to thread '9999'" in out
    assert "5007: deleted, and no replies to keep in place" in out
    assert "its parent 4999 is not in the file; imported at the top level" in out

    data = thread(client, "/2025/10/budget")
    assert data["thread"]["title"] == "The budget, explained"
    assert data["thread"]["count"] == 5  # spam is kept as spam, never shown
    first, placeholder, orphan = data["comments"]
    assert first["author"]["name"] == "Zoë Ångström"
    assert first["html"] == (
        '<p>A <strong>clear</strong> explainer. The numbers are in <a href="https://stats.'
        'example.org/budget" rel="nofollow ugc noopener">the tables</a>.</p>\n'
        "<p>Second paragraph &amp; more.</p>"
    )
    (reply,) = first["replies"]
    assert reply["html"] == "<p>Согласен. 日本語のコメントも。</p>"
    assert reply["replies"][0]["author"]["name"] == "Guest reader"
    assert reply["replies"][0]["html"] == "<p>Replying to Иван: <em>thanks</em>.</p>"
    assert placeholder["state"] == "deleted" and placeholder["html"] == ""
    assert not placeholder["author"]["name"]
    assert placeholder["replies"][0]["html"] == "<p>Too late, I read it.</p>"
    assert orphan["parent"] is None and "lost in an earlier migration" in orphan["html"]

    # The browser sends the path percent-encoded; so is the imported uri.
    other = thread(client, "/2025/11/st%C3%A4dte")
    (greeting,) = other["comments"]
    assert "<script" not in greeting["html"] and "onerror" not in greeting["html"]
    assert greeting["html"] == "<p>Schöne Grüße! <code>a &lt; b</code></p>"


def test_disqus_spam_is_in_the_spam_queue(importer: Importer, client: TestClient) -> None:
    importer.ok("disqus", DATA / "disqus.xml")
    data = thread(client, "/2025/10/budget")
    assert all("Earn $5000" not in c["html"] for c in flat(data["comments"]))
    assert importer.rows()["comments"] == 8
