"""Public JSON of comments: what readers may see, never emails, IPs or tokens."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from salon.domain.comments import Anchor, Comment, CommentState
from salon.services.rendering import render, safe_website


def iso(t: datetime | None) -> str | None:
    return t.isoformat().replace("+00:00", "Z") if t else None


@lru_cache(maxsize=8192)
def html_of(text: str) -> str:
    """Sanitised HTML of a reader's text (cached: the same text renders the same)."""
    return render(text)


def anchor_json(a: Anchor | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {
        "quote": {"exact": a.exact, "prefix": a.prefix, "suffix": a.suffix},
        "position": None if a.start is None else {"start": a.start, "end": a.end},
    }


def comment_json(c: Comment, with_replies: bool = True) -> dict[str, Any]:
    deleted = c.state is CommentState.DELETED
    return {
        "id": c.id,
        "parent": c.parent_id,
        "author": {
            "name": None if deleted else (c.author_name or None),
            "website": None if deleted else (safe_website(c.author_website) or None),
        },
        "html": "" if deleted else html_of(c.text),
        "created": iso(c.created),
        # A deleted comment names nobody, not even as the last editor.
        "edited": None
        if c.edited_at is None
        else {"at": iso(c.edited_at), "by": None if deleted else c.edited_by},
        "votes": {"up": c.up, "down": c.down, "score": c.score},
        "state": c.state.value,
        "replies": [comment_json(r) for r in c.replies] if with_replies else [],
        "anchor": anchor_json(c.anchor),
        # An answer a moderator wrote as the site (the widget shows a badge).
        "by_site": bool(c.staff),
        "pinned": c.pinned,
        "featured": c.featured,
        "reply_to": c.reply_to,
    }
