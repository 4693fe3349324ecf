"""Remark42's backup: a metadata line, then one JSON comment a line (gzip or not)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from salon.domain.comments import CommentState
from salon.domain.imports import ImportedComment, ImportRecord, Markup, Skipped, tally_votes
from salon.importers.reading import (
    MAX_LINE_BYTES,
    ImportRefused,
    head,
    open_bounded,
    parse_time,
    unreadable,
)

NAME = "remark42"


def detect(path: Path) -> bool:
    first = head(path).split(b"\n", 1)[0]
    try:
        meta = json.loads(first)
    except ValueError:
        return False
    return isinstance(meta, dict) and (
        ("version" in meta and ("users" in meta or "posts" in meta)) or "locator" in meta
    )


def parse(
    path: Path, *, keep_pingbacks: bool = False, max_line_bytes: int = MAX_LINE_BYTES
) -> Iterator[ImportRecord]:
    try:
        yield from _lines(path, max_line_bytes)
    except (OSError, EOFError) as e:
        raise unreadable(path, e) from e


def _lines(path: Path, max_line_bytes: int) -> Iterator[ImportRecord]:
    name = path.name
    with open_bounded(path, max_line_bytes) as f:
        for number, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise ImportRefused(f"{name} line {number} is not valid UTF-8: {e}") from e
            try:
                data = json.loads(line)
            except ValueError as e:
                raise ImportRefused(f"{name} line {number} is not JSON: {e}") from e
            if not isinstance(data, dict):
                raise ImportRefused(f"{name} line {number} is not a JSON object")
            if "locator" not in data:
                if number == 1 and data.get("version") not in (None, 1):
                    raise ImportRefused(
                        f"{name} is a Remark42 backup of version {data.get('version')!r}; "
                        "Salon reads version 1"
                    )
                if number == 1:
                    continue  # the metadata line: users and posts, no comments
                raise ImportRefused(f"{name} line {number} is not a Remark42 comment")
            yield _comment(data, f"{name} line {number}")


def _comment(data: dict[str, Any], where: str) -> ImportRecord:
    source_id = str(data.get("id") or "")
    if not source_id:
        return Skipped("?", f"{where}: a comment without an id")
    user = data.get("user") or {}
    locator = data.get("locator") or {}
    votes = data.get("votes") or {}
    if not isinstance(user, dict) or not isinstance(locator, dict) or not isinstance(votes, dict):
        raise ImportRefused(f"{where}: user, locator and votes must be JSON objects")
    ballots = tuple((str(voter), 1 if up else -1) for voter, up in votes.items())
    if not ballots and isinstance(data.get("score"), int) and data["score"]:
        score = data["score"]
        ballots = tally_votes(score, 0) if score > 0 else tally_votes(0, -score)
    return ImportedComment(
        source_id=source_id,
        url=str(locator.get("url") or ""),
        title=str(data.get("title") or ""),
        body=str(data.get("text") or ""),
        markup=Markup.HTML,
        created=parse_time(str(data.get("time") or ""), where),
        state=CommentState.DELETED if data.get("delete") else CommentState.PUBLISHED,
        parent=str(data.get("pid") or "") or None,
        author_name=str(user.get("name") or ""),
        ip=str(user.get("ip") or ""),
        votes=ballots,
        pinned=bool(data.get("pin")),
    )
