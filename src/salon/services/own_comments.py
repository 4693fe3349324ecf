"""A reader's own comments that the public thread does not show (held for moderation, or
kept from everybody else by a shadow-ban).

The widget keeps the signed edit token of each comment it posted; with them, a reader
sees their held comments in place after a reload, and nobody else ever does."""

from __future__ import annotations

import hmac
from typing import Any

from salon.domain.comments import CommentState
from salon.services.bans import shadow_banned
from salon.services.context import Deps, Requester
from salon.services.serialise import comment_json
from salon.services.threads import check_uri
from salon.store import comments as comment_rows

MAX_TOKENS = 50


def own_comments(
    deps: Deps, requester: Requester, site_id: str, uri: str, tokens: list[str]
) -> list[dict[str, Any]]:
    """The comments of this thread named by valid edit tokens and not public, oldest first.

    Tokens that are badly signed, for another thread or for a public comment are ignored:
    the answer never says which. Held and spam comments both show as pending (a spammer
    is told no more than anyone whose comment is held). A shadow-banned author's comments
    come back as published, as the author was answered when posting."""
    deps.site(site_id, requester.origin)
    check_uri(uri)
    claims = {c for c in map(deps.signer.edit_claims, tokens[:MAX_TOKENS]) if c is not None}
    found = []
    with deps.db.read() as conn:
        stored = comment_rows.records(conn, {cid for cid, _ in claims})
        for cid, key in sorted(claims):
            record = stored.get(cid)
            if record is None or record.site != site_id or record.uri != uri:
                continue
            if not hmac.compare_digest(record.edit_key, key):
                continue
            if record.comment.state not in (CommentState.HELD, CommentState.SPAM):
                continue
            found.append(record.comment)
        shadowed = shadow_banned(conn, [c.id for c in found])
    answer = []
    for comment in found:
        body = comment_json(comment, with_replies=False)
        hidden = comment.id in shadowed
        body["state"] = "published" if hidden else "held"
        body["pending"] = not hidden
        answer.append(body)
    return answer
