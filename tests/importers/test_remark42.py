from __future__ import annotations

import gzip
from pathlib import Path

from fastapi.testclient import TestClient

from tests.importing import DATA, Importer, thread


def test_remark42_backup(importer: Importer, client: TestClient) -> None:
    out = importer.ok("remark42", DATA / "remark42.jsonl")
    assert "comments: 6 (deleted 1, published 5)" in out
    assert "9b1c0f2e-0006: deleted, and no replies to keep in place" in out
    assert "1 comment(s) were pinned; Salon has no pinning" in out
    data = thread(client, "/2025/12/remark")
    first, deleted = data["comments"]
    assert first["votes"] == {"up": 2, "down": 1, "score": 1}
    assert first["html"].startswith("<p>First! <strong>Remark42</strong> stores <em>HTML</em>")
    reply = first["replies"][0]
    assert reply["html"] == "<p>Ответ — with <code>code</code> and 絵文字 🎉</p>"
    assert (
        reply["replies"][0]["html"]
        == "<blockquote>\n<p>quoted</p>\n</blockquote>\n<p>nested reply</p>"
    )
    assert deleted["state"] == "deleted" and deleted["replies"][0]["author"]["name"] == "Ann"


def test_gzipped_backup_and_auto(importer: Importer, client: TestClient, tmp_path: Path) -> None:
    packed = tmp_path / "backup-news-20251201.gz"
    packed.write_bytes(gzip.compress((DATA / "remark42.jsonl").read_bytes()))
    out = importer.ok("auto", packed)
    assert "from remark42" in out
    assert thread(client, "/2025/12/second")["thread"]["count"] == 1
