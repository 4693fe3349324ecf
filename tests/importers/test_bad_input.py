"""Hostile, broken or wrong files are refused with a message, and nothing is stored."""

from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from salon.importers import remark42, wordpress
from salon.importers.reading import ImportRefused
from tests.importing import DATA, Importer

WXR_HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!DOCTYPE rss [\n{entities}\n]>\n"
    '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>'
    "<link>https://news.example.org/a</link><wp:comment><wp:comment_id>1</wp:comment_id>"
    "<wp:comment_content>{content}</wp:comment_content>"
    "<wp:comment_approved>1</wp:comment_approved>"
    "<wp:comment_date_gmt>2025-01-01 10:00:00</wp:comment_date_gmt>"
    "</wp:comment></item></channel></rss>\n"
)
NOTHING = {
    "threads": 0,
    "comments": 0,
    "revisions": 0,
    "votes": 0,
    "decisions": 0,
    "import_sources": 0,
}


def _nothing_stored(importer: Importer) -> None:
    rows = importer.rows()
    assert {k: rows[k] for k in NOTHING} == NOTHING


def test_billion_laughs_is_refused(importer: Importer, tmp_path: Path) -> None:
    lol = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    bomb = tmp_path / "bomb.xml"
    bomb.write_text(WXR_HEAD.format(entities="\n".join(lol), content="&lol9;"))
    out = importer.refused("wordpress", bomb)
    assert "does not expand entities" in out
    _nothing_stored(importer)


def test_external_entities_are_refused(importer: Importer, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0")
    xxe = tmp_path / "xxe.xml"
    xxe.write_text(
        WXR_HEAD.format(entities=f'<!ENTITY xxe SYSTEM "file://{secret}">', content="&xxe;")
    )
    out = importer.refused("wordpress", xxe)
    assert "DTD or XML entities" in out and "root:x" not in out
    _nothing_stored(importer)


def test_a_line_longer_than_the_bound_is_refused_while_streaming(tmp_path: Path) -> None:
    # The bound is 64 MB in use; injected smaller here rather than writing a 1 GB file.
    long = tmp_path / "long.jsonl"
    comment = {"id": "1", "locator": {"url": "/a"}, "time": "2025-01-01T00:00:00Z"}
    with long.open("w") as f:
        f.write(json.dumps({"version": 1, "users": [], "posts": []}) + "\n")
        f.write(json.dumps({**comment, "text": "x" * 200_000}) + "\n")
    with pytest.raises(ImportRefused, match="a line longer than 100,000 bytes"):
        list(remark42.parse(long, max_line_bytes=100_000))
    xml = tmp_path / "long.xml"
    xml.write_text(
        WXR_HEAD.format(entities="", content="y" * 200_000).replace("<!DOCTYPE rss [\n\n]>\n", "")
    )
    with pytest.raises(ImportRefused, match="a line longer than"):
        list(wordpress.parse(xml, max_line_bytes=100_000))
    assert len(list(wordpress.parse(xml))) == 1  # the same file within the real bound


def test_a_real_1_gb_line_is_refused_at_the_bound(importer: Importer, tmp_path: Path) -> None:
    """A 1 GB line (sparse on disk), through the CLI with the real 64 MB bound: refused
    once the bound is passed, without reading the rest or holding it in memory."""
    huge = tmp_path / "huge.jsonl"
    with huge.open("wb") as f:
        f.write(json.dumps({"version": 1, "users": [], "posts": []}).encode() + b"\n")
        f.write(b'{"id": "1", "text": "')
        f.truncate(1 << 30)  # the rest is one line of NUL bytes, 1 GB in all
    out = importer.refused("remark42", huge)
    assert "has a line longer than 67,108,864 bytes" in out
    _nothing_stored(importer)


def test_a_file_of_another_format(importer: Importer) -> None:
    out = importer.refused("disqus", DATA / "wordpress.xml")
    assert "does not look like a disqus export; it looks like a wordpress export" in out
    out = importer.refused("auto", DATA / "isso" / "make_isso_db.py")
    assert "not an export Salon recognises" in out
    _nothing_stored(importer)


def test_a_sqlite_file_that_is_not_isso(importer: Importer, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE comments (id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()
    out = importer.refused("isso", other)
    assert "does not look like a isso export" in out or "not Isso's" in out
    _nothing_stored(importer)


def test_invalid_utf8(importer: Importer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    good = (DATA / "remark42.jsonl").read_bytes().split(b"\n")
    bad.write_bytes(b"\n".join(good[:3] + [good[3].replace(b"Bob", b"B\xffb")] + good[4:]))
    out = importer.refused("remark42", bad)
    assert "line 4 is not valid UTF-8" in out
    xml = tmp_path / "bad.xml"
    xml.write_bytes((DATA / "wordpress.xml").read_bytes().replace("Zoë".encode(), b"Zo\xe9"))
    out = importer.refused("wordpress", xml)
    assert "not UTF-8" in out
    isso = tmp_path / "isso.db"
    isso.write_bytes((DATA / "isso" / "comments.db").read_bytes())
    with sqlite3.connect(isso) as conn:
        conn.execute("UPDATE comments SET text = CAST(X'48FF49' AS TEXT) WHERE id = 3")
    conn.close()
    out = importer.refused("isso", isso)
    assert "could not be read" in out and "UTF-8" in out
    _nothing_stored(importer)


def test_dates_in_the_future(importer: Importer, tmp_path: Path) -> None:
    future = tmp_path / "future.xml"
    future.write_text(
        (DATA / "disqus.xml").read_text().replace("2025-10-02T09:00:00Z", "2099-10-02T09:00:00Z")
    )
    out = importer.refused("disqus", future)
    assert "1 comment(s) are dated in the future: 5006 (2099-10-02 09:00 UTC)" in out
    _nothing_stored(importer)


def test_broken_files(importer: Importer, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.xml"
    truncated.write_bytes((DATA / "disqus.xml").read_bytes()[:3000])
    assert "not well-formed XML" in importer.refused("disqus", truncated)
    packed = tmp_path / "cut.gz"
    whole = gzip.compress((DATA / "remark42.jsonl").read_bytes() * 20)
    packed.write_bytes(whole[: len(whole) // 2])
    assert "could not be read to its end (truncated?)" in importer.refused("remark42", packed)
    not_json = tmp_path / "r.jsonl"
    not_json.write_text('{"version": 1, "users": []}\n{"id": "1", "locator": {\n')
    assert "line 2 is not JSON" in importer.refused("remark42", not_json)
    assert "is not a file" in importer.refused("auto", tmp_path / "missing.xml")
    _nothing_stored(importer)
