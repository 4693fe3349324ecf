"""WordPress WXR 1.2: channel/item with repeated wp:comment, and wpDiscuz's vote meta."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element  # noqa: S405 - only the type

from salon.domain.comments import CommentState
from salon.domain.imports import ImportedComment, ImportRecord, Markup, Skipped, tally_votes
from salon.importers.reading import (
    MAX_LINE_BYTES,
    ImportRefused,
    child_text,
    head,
    local,
    parse_time,
    texts,
    xml_elements,
)

NAME = "wordpress"
STATES = {
    "1": CommentState.PUBLISHED,
    "approve": CommentState.PUBLISHED,
    "0": CommentState.HELD,
    "hold": CommentState.HELD,
    "spam": CommentState.SPAM,
    "trash": CommentState.DELETED,
    "post-trashed": CommentState.DELETED,
}
PINGS = ("pingback", "trackback")
# wpDiscuz keeps likes and dislikes as a PHP-serialised array, and the net score apart.
SEPARATE = re.compile(r's:4:"like";i:(\d+);s:7:"dislike";i:(-?\d+);')
NO_DATE = "0000-00-00 00:00:00"


def detect(path: Path) -> bool:
    start = head(path)
    return b"<rss" in start and b"wordpress.org/export/" in start


def parse(
    path: Path, *, keep_pingbacks: bool = False, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[ImportRecord]:
    """Comments of every item (post, page) of a WXR file, in file order."""
    items = 0
    for element in xml_elements(path, 2, max_line_bytes):
        if local(element.tag) != "item":
            continue
        items += 1
        link = child_text(element, "link")
        title = child_text(element, "title")
        for comment in element:
            if local(comment.tag) == "comment":
                yield _comment(comment, link, title, keep_pingbacks)
    if not items:
        raise ImportRefused(f"{path.name} has no WXR <item> elements (channel/item)")


def _comment(comment: Element, link: str, title: str, keep_pingbacks: bool) -> ImportRecord:
    f = texts(comment)
    source_id = f.get("comment_id", "")
    if not source_id:
        return Skipped("?", f"a comment on {link} without wp:comment_id")
    kind = f.get("comment_type", "")
    if kind in PINGS and not keep_pingbacks:
        return Skipped(source_id, f"a {kind} (import them with --keep-pingbacks)")
    approved = f.get("comment_approved", "")
    state = STATES.get(approved)
    if state is None:
        return Skipped(source_id, f"unknown wp:comment_approved {approved!r}")
    date = f.get("comment_date_gmt", "")
    if not date or date == NO_DATE:
        date = f.get("comment_date", "")  # local time; the best there is
    parent = f.get("comment_parent", "")
    meta = _meta(comment)
    return ImportedComment(
        source_id=source_id,
        url=link,
        title=title,
        body=f.get("comment_content", ""),
        markup=Markup.WORDPRESS,
        created=parse_time(date, f"comment {source_id}"),
        state=state,
        parent=parent if parent and parent != "0" else None,
        author_name=f.get("comment_author", ""),
        author_email=f.get("comment_author_email", ""),
        author_website=f.get("comment_author_url", ""),
        ip=f.get("comment_author_IP", ""),
        votes=_votes(meta),
    )


def _meta(comment: Element) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in comment:
        if local(meta.tag) == "commentmeta":
            found[child_text(meta, "meta_key")] = child_text(meta, "meta_value")
    return found


def _votes(meta: dict[str, str]) -> tuple[tuple[str, int], ...]:
    """wpDiscuz's likes and dislikes (or, from older versions, only the net score)."""
    separate = SEPARATE.search(meta.get("wpdiscuz_votes_seperate", ""))
    if separate:
        return tally_votes(int(separate[1]), abs(int(separate[2])))
    net = meta.get("wpdiscuz_votes", "").strip()
    if re.fullmatch(r"-?\d+", net):
        n = int(net)
        return tally_votes(n, 0) if n > 0 else tally_votes(0, -n)
    return ()
