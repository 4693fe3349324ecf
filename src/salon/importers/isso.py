"""An Isso SQLite database: threads, comments (mode 1 published, 2 pending, 4 deleted)."""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from salon.domain.comments import CommentState
from salon.domain.imports import ImportedComment, ImportRecord, Markup, Skipped, tally_votes
from salon.importers.reading import MAX_LINE_BYTES, ImportRefused, head

NAME = "isso"
MODES = {1: CommentState.PUBLISHED, 2: CommentState.HELD, 4: CommentState.DELETED}
NEEDED = {
    "threads": {"id", "uri", "title"},
    "comments": {"tid", "id", "parent", "created", "mode", "remote_addr", "text", "author"},
}
QUERY = """
SELECT c.id, c.parent, c.created, c.mode, c.remote_addr, c.text, c.author, c.email,
       c.website, c.likes, c.dislikes, t.uri, t.title
FROM comments AS c JOIN threads AS t ON t.id = c.tid
ORDER BY c.id
"""


def detect(path: Path) -> bool:
    if not head(path, 16).startswith(b"SQLite format 3\x00"):
        return False
    try:
        _check(path)
    except ImportRefused:
        return False
    return True


def _connect(path: Path) -> sqlite3.Connection:
    # Read-only: an import never changes the source database.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _check(path: Path) -> None:
    try:
        conn = _connect(path)
        try:
            for table, columns in NEEDED.items():
                found = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}  # noqa: S608
                if not columns <= found:
                    raise ImportRefused(
                        f"{path.name} is a SQLite database but not Isso's: "
                        f"its {table!r} table lacks {', '.join(sorted(columns - found))}"
                    )
        finally:
            conn.close()
    except sqlite3.Error as e:
        raise ImportRefused(f"{path.name} is not a readable SQLite database: {e}") from e


def parse(
    path: Path, *, keep_pingbacks: bool = False, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[ImportRecord]:
    if not head(path, 16).startswith(b"SQLite format 3\x00"):
        raise ImportRefused(
            f"{path.name} is not a SQLite database (Isso keeps its comments in one)"
        )
    _check(path)
    conn = _connect(path)
    try:
        for row in conn.execute(QUERY):
            yield _comment(row)
    except sqlite3.Error as e:
        # Text that is not UTF-8 surfaces here ("Could not decode to UTF-8 column ...").
        raise ImportRefused(f"{path.name} could not be read: {e}") from e
    finally:
        conn.close()


def _comment(row: tuple) -> ImportRecord:  # type: ignore[type-arg]
    (
        cid,
        parent,
        created,
        mode,
        addr,
        text,
        author,
        email,
        website,
        likes,
        dislikes,
        uri,
        title,
    ) = row
    state = MODES.get(mode)
    if state is None:
        return Skipped(str(cid), f"unknown Isso mode {mode!r}")
    try:
        when = datetime.fromtimestamp(float(created), UTC)
    except (TypeError, ValueError, OverflowError):
        raise ImportRefused(f"comment {cid}: {created!r} is not a time") from None
    return ImportedComment(
        source_id=str(cid),
        url=uri or "",
        title=html.unescape(title or ""),
        body=text or "",
        markup=Markup.MARKDOWN,
        created=when,
        state=state,
        parent=None if parent is None else str(parent),
        # Isso stores these HTML-escaped ("Jean &amp; Co").
        author_name=html.unescape(author or ""),
        author_email=html.unescape(email or ""),
        author_website=html.unescape(website or ""),
        ip=addr or "",
        votes=tally_votes(int(likes or 0), int(dislikes or 0)),
    )
