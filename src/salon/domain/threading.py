"""Building the reply tree, sorting the top level and paging it with stable cursors."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable
from dataclasses import dataclass

from salon.domain.comments import Comment, CommentState, Sort
from salon.domain.errors import BadRequest


def attach_depth(parent_depth: int | None, max_depth: int) -> int:
    """Depth of a new reply (0 = top level); it never exceeds ``max_depth - 1``."""
    if parent_depth is None:
        return 0
    return min(parent_depth + 1, max_depth - 1)


def build_tree(comments: Iterable[Comment]) -> list[Comment]:
    """Nest visible comments under their parents (replies oldest first); returns the roots.

    A deleted comment stays as a placeholder only while it has visible replies; a reply
    whose parent is not visible is promoted to the top level, so no reply is ever lost.
    """
    by_id: dict[int, Comment] = {}
    for c in sorted(comments, key=lambda c: (c.created, c.id)):
        c.replies = []
        by_id[c.id] = c
    roots: list[Comment] = []
    for c in by_id.values():
        parent = by_id.get(c.parent_id) if c.parent_id is not None else None
        (parent.replies if parent is not None else roots).append(c)
    return [r for r in roots if _prune(r)]


def _prune(c: Comment) -> bool:
    c.replies = [r for r in c.replies if _prune(r)]
    return c.state is not CommentState.DELETED or bool(c.replies)


def count_published(roots: Iterable[Comment]) -> int:
    total = 0
    for c in roots:
        total += (c.state is CommentState.PUBLISHED) + count_published(c.replies)
    return total


def sort_key(c: Comment, sort: Sort) -> tuple[float, float, int]:
    ts = c.created.timestamp()
    if sort is Sort.VOTES:
        return (-c.score, -ts, -c.id)
    if sort is Sort.NEWEST:
        return (0, -ts, -c.id)
    return (0, ts, c.id)


@dataclass(frozen=True, slots=True)
class Page:
    comments: list[Comment]
    next: str | None


def encode_cursor(key: tuple[float, float, int]) -> str:
    raw = json.dumps(list(key), separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[float, float, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        a, b, c = json.loads(raw)
        return (float(a), float(b), int(c))
    except (binascii.Error, ValueError, TypeError, UnicodeDecodeError) as e:
        raise BadRequest(
            "cursor is not valid: pass the 'next' value of a previous answer unchanged"
        ) from e


def page(roots: list[Comment], sort: Sort, limit: int, cursor: str | None) -> Page:
    """One page of top-level comments after ``cursor``.

    The cursor is the sort key of the last comment shown, not an offset, so comments
    that arrive meanwhile never shift the pages a reader is walking through.
    """
    ordered = sorted(roots, key=lambda c: sort_key(c, sort))
    if cursor:
        after = decode_cursor(cursor)
        ordered = [c for c in ordered if sort_key(c, sort) > after]
    chunk = ordered[:limit]
    more = len(ordered) > limit
    return Page(chunk, encode_cursor(sort_key(chunk[-1], sort)) if more and chunk else None)
