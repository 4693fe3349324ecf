from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from tests.importing import DATA, Importer, flat, thread


def test_dry_run_stores_nothing(importer: Importer) -> None:
    out = importer.ok("auto", DATA / "wordpress.xml", "--dry-run")
    assert out.startswith("Dry run, nothing stored: would import from wordpress")
    assert "comments: 7" in out
    assert importer.rows()["comments"] == 0


def test_reimport_never_duplicates(importer: Importer, client: TestClient, tmp_path: Path) -> None:
    importer.ok("disqus", DATA / "disqus.xml")
    before = importer.rows()
    again = importer.ok("disqus", DATA / "disqus.xml")
    assert "comments: 0 (none)" in again
    assert "already imported before (left as they are): 8" in again
    assert importer.rows() == before
    # A later export with one new reply: only that one is added, under its stored parent.
    grown = tmp_path / "grown.xml"
    grown.write_text(
        (DATA / "disqus.xml")
        .read_text()
        .replace(
            "</disqus>",
            '<post dsq:id="5100"><message>Late reply</message>'
            "<createdAt>2025-12-01T10:00:00Z</createdAt><isDeleted>false</isDeleted>"
            '<isSpam>false</isSpam><thread dsq:id="1001"/><parent dsq:id="5001"/></post>'
            "</disqus>",
        )
    )
    out = importer.ok("disqus", grown)
    assert "comments: 1 (published 1)" in out
    first = thread(client, "/2025/10/budget")["comments"][0]
    assert [r["html"] for r in first["replies"]][-1] == "<p>Late reply</p>"


def test_map_rules_move_threads(importer: Importer, client: TestClient, tmp_path: Path) -> None:
    rules = tmp_path / "rules.txt"
    rules.write_text("# old blog layout\nhttps://news.example.org/2025/11/=/archive/2025-11/\n")
    importer.ok(
        "wordpress",
        DATA / "wordpress.xml",
        "--map",
        "https://news.example.org/about/=/team/",
        "--map-file",
        rules,
    )
    assert thread(client, "/archive/2025-11/donations/")["thread"]["count"] == 3
    assert thread(client, "/team/")["thread"]["count"] == 1
    assert thread(client, "/2025/11/donations/")["thread"]["count"] == 0
    bad = importer.refused("wordpress", DATA / "wordpress.xml", "--map", "no-equals-sign")
    assert "is not OLD_PREFIX=NEW_PREFIX" in bad


def test_screen_only_suggests(importer: Importer, client: TestClient) -> None:
    out = importer.ok("disqus", DATA / "disqus.xml", "--screen")
    assert "comments: 8" in out  # nothing deleted, nothing dropped
    rows = importer.rows()
    assert rows["decisions"] == 6  # each published comment screened once
    assert rows["comments"] == 8


def test_deep_replies_follow_the_depth_rule(
    importer: Importer, client: TestClient, tmp_path: Path
) -> None:
    lines = ['{"version": 1, "users": [], "posts": []}']
    for n in range(8):
        parent = f'"{n - 1}"' if n else '""'
        lines.append(
            f'{{"id": "{n}", "pid": {parent}, "text": "<p>level {n}</p>", '
            f'"user": {{"name": "u{n}"}}, "locator": {{"url": "https://x.example/deep"}}, '
            f'"time": "2025-01-01T00:0{n}:00Z"}}'
        )
    deep = tmp_path / "deep.jsonl"
    deep.write_text("\n".join(lines) + "\n")
    importer.ok("remark42", deep)
    data = thread(client, "/deep")
    assert data["thread"]["count"] == 8
    assert len(data["comments"]) == 1  # one chain, none lost
    depth, node = 0, data["comments"][0]
    while node["replies"]:
        node = node["replies"][-1]
        depth += 1
    assert depth == 4  # max_depth 5: deeper replies sit beside their parent
    assert len(flat(data["comments"])) == 8
