"""Posting, editing, deleting and fetching one comment."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from salon.config import SiteSettings
from salon.domain.comments import Anchor, Comment, CommentState, Notify
from salon.domain.editing import check_editable
from salon.domain.errors import Invalid, NotFound
from salon.domain.moderation import Band, Decision, Submission
from salon.domain.text import check_comment_text
from salon.domain.threading import attach_depth, build_tree
from salon.moderation.fingerprint import near
from salon.services.context import Deps, Requester
from salon.services.rendering import safe_website
from salon.services.serialise import comment_json
from salon.services.threads import check_uri
from salon.store import bans as ban_rows
from salon.store import comments as comment_rows
from salon.store import threads as thread_rows
from salon.store.database import Connection

EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,190}\.[^@\s]{2,}$")
STATE_OF_BAND = {
    Band.PUBLISH: CommentState.PUBLISHED,
    Band.HOLD: CommentState.HELD,
    Band.SPAM: CommentState.SPAM,
}


@dataclass(frozen=True, slots=True)
class NewComment:
    site: str
    uri: str
    text: str
    title: str = ""
    parent: int | None = None
    author_name: str = ""
    author_email: str = ""
    author_website: str = ""
    notify: Notify = Notify.NONE
    anchor: Anchor | None = None
    honeypot: str = ""
    render_stamp: str | None = None


@dataclass(frozen=True, slots=True)
class Posted:
    comment: dict[str, Any]
    edit_token: str
    state: CommentState
    reasons: tuple[str, ...]


def _check_text(text: str, site: SiteSettings) -> str:
    return check_comment_text(text, site.max_comment_chars)


def _check_author(new: NewComment, site: SiteSettings) -> NewComment:
    name = " ".join(new.author_name.split())
    email = new.author_email.strip()
    website = new.author_website.strip()
    if len(name) > 128:
        raise Invalid("the name is longer than 128 characters")
    if site.require_name and not name:
        raise Invalid("this site asks for a name with every comment")
    if site.require_email and not email:
        raise Invalid("this site asks for an email address with every comment")
    if email and not EMAIL.match(email):
        raise Invalid(f"{email!r} is not an email address")
    if website:
        if not website.lower().startswith(("http://", "https://")):
            website = "https://" + website
        if not safe_website(website):
            raise Invalid("the website must be an http(s) address without spaces")
    return replace(new, author_name=name, author_email=email.lower(), author_website=website)


def post_comment(deps: Deps, requester: Requester, new: NewComment) -> Posted:
    """Validate and screen a new comment, then store it with its decision in one transaction."""
    site = deps.site(new.site, requester.origin)
    check_uri(new.uri)
    new = _check_author(replace(new, text=_check_text(new.text, site)), site)
    if new.anchor is not None and not new.anchor.exact.strip():
        raise Invalid("an anchor needs the quoted passage in quote.exact")
    ip_hash = deps.ip_hash(requester)
    deps.screen.check_rate(site, ip_hash, new.author_email or new.author_name)
    now = deps.clock()
    edit_key = deps.signer.new_edit_key()
    rendered_at = deps.signer.render_time(new.render_stamp)
    # Screening reads and scores before the write transaction, so the single SQLite
    # writer holds its lock only for the inserts.
    with deps.db.read() as conn:
        known = thread_rows.find(conn, site.id, new.uri)
        decision, fingerprint = _screen(
            deps,
            conn,
            site,
            known.id if known else 0,
            Submission(
                text=new.text,
                site=site.id,
                author_name=new.author_name,
                author_email=new.author_email,
                author_website=new.author_website,
                honeypot=new.honeypot,
                seconds_to_submit=None if rendered_at is None else now.timestamp() - rendered_at,
                ip_hash=ip_hash,
            ),
        )
    state = STATE_OF_BAND[decision.band]
    with deps.db.write() as conn:
        thread = thread_rows.get_or_create(conn, site.id, new.uri, new.title[:512], now)
        parent_id, depth = _placement(conn, new.parent, thread.id, site.max_depth)
        comment_id = comment_rows.add(
            conn,
            thread_id=thread.id,
            parent_id=parent_id,
            depth=depth,
            author_name=new.author_name,
            author_email=new.author_email,
            author_website=new.author_website,
            text=new.text,
            created=now,
            state=state.value,
            ip_hash=ip_hash,
            reader=deps.reader_id(requester),
            notify=new.notify.value,
            edit_key=edit_key,
            anchor=_anchor_row(new.anchor),
            fingerprint=fingerprint,
        )
        comment_rows.add_decision(conn, comment_id, decision, is_edit=False, at=now)
        thread_rows.bump(conn, thread.id)
    body = comment_json(
        Comment(
            id=comment_id,
            thread_id=thread.id,
            parent_id=parent_id,
            author_name=new.author_name,
            author_website=new.author_website,
            text=new.text,
            created=now,
            state=state,
            anchor=new.anchor,
        )
    )
    if state is CommentState.PUBLISHED:
        deps.on_event(site.id, new.uri, "comment", body)
    return Posted(body, deps.signer.edit_token(comment_id, edit_key), state, decision.reasons)


def _screen(
    deps: Deps, conn: Connection, site: SiteSettings, thread_id: int, submission: Submission
) -> tuple[Decision, int | None]:
    """Fill in what the store knows about the author and the text, then ask moderation."""
    now = deps.clock()
    hour_ago = now - timedelta(hours=1)
    fingerprint = deps.screen.fingerprint(submission.text)
    email, name = submission.author_email, submission.author_name
    full = replace(
        submission,
        author_published_count=comment_rows.published_by_author(conn, site.id, email, name),
        recent_posts_by_ip=comment_rows.posts_since(
            conn, since=hour_ago, ip_hash=submission.ip_hash
        )
        if submission.ip_hash
        else 0,
        recent_posts_by_author=comment_rows.posts_since(conn, since=hour_ago, email=email)
        if email
        else 0,
        same_text_other_threads=0
        if fingerprint is None
        else _threads_with_near_copies(conn, fingerprint, thread_id, now - timedelta(days=2)),
    )
    decision = deps.screen.assess(
        full, site, deps.site_models.get(conn, site.id), ban_rows.of_site(conn, site.id)
    )
    return decision, fingerprint


def _threads_with_near_copies(
    conn: Connection, fingerprint: int, thread_id: int, since: datetime
) -> int:
    """Other threads with the same or nearly the same text (a few SimHash bits apart)."""
    recent = comment_rows.recent_fingerprints(conn, thread_id, since)
    return len({t for t, other in recent if near(fingerprint, other)})


def _anchor_row(anchor: Anchor | None) -> dict[str, Any] | None:
    if anchor is None:
        return None
    return {
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
        "start": anchor.start,
        "end": anchor.end,
    }


def _placement(
    conn: Connection, parent: int | None, thread_id: int, max_depth: int
) -> tuple[int | None, int]:
    """(parent id, depth) of a new comment; too deep a reply goes beside its parent."""
    if parent is None:
        return None, 0
    record = comment_rows.record(conn, parent)
    if record is None or record.comment.state not in (CommentState.PUBLISHED, CommentState.DELETED):
        raise NotFound(f"there is no comment {parent} to reply to")
    if record.comment.state is CommentState.DELETED:
        # A placeholder keeps its replies readable; a new reply would revive a deleted talk.
        raise Invalid(f"comment {parent} was deleted; it takes no new replies", "parent-deleted")
    if record.comment.thread_id != thread_id:
        raise Invalid(f"comment {parent} belongs to another thread; reply in its own thread")
    depth = attach_depth(record.depth, max_depth)
    # At the deepest level a reply becomes its parent's sibling instead of nesting further.
    return (parent if depth > record.depth else record.comment.parent_id), depth


def _editable(
    deps: Deps, requester: Requester, conn: Connection, comment_id: int, token: str | None
) -> comment_rows.CommentRecord:
    record = comment_rows.record(conn, comment_id, for_update=True)
    if record is None:
        raise NotFound(f"there is no comment {comment_id}")
    site = deps.site(record.site, requester.origin)
    deps.signer.check_edit_token(token, comment_id, record.edit_key)
    check_editable(record.comment, deps.clock(), site.edit_window_minutes)
    return record


def edit_comment(
    deps: Deps, requester: Requester, comment_id: int, token: str | None, text: str
) -> tuple[dict[str, Any], CommentState, Decision]:
    """Replace the text (old text kept as a revision) and screen it again."""
    now = deps.clock()
    with deps.db.write() as conn:
        record = _editable(deps, requester, conn, comment_id, token)
        site = deps.site(record.site, requester.origin)
        text = _check_text(text, site)
        old = record.comment
        decision, fingerprint = _screen(
            deps,
            conn,
            site,
            old.thread_id,
            Submission(
                text=text,
                site=site.id,
                author_name=old.author_name,
                author_email=record.author_email,
                author_website=old.author_website,
                is_edit=True,
                previous_text=old.text,
                ip_hash=record.ip_hash,
            ),
        )
        comment_rows.set_text(
            conn, comment_id, old.text, text, now, old.author_name or "", fingerprint
        )
        # An edit can only keep or lower a comment's standing: a held comment stays held.
        state = STATE_OF_BAND[decision.band]
        if old.state is not CommentState.PUBLISHED and state is CommentState.PUBLISHED:
            state = old.state
        comment_rows.set_state(conn, comment_id, state)
        comment_rows.add_decision(conn, comment_id, decision, is_edit=True, at=now)
        thread_rows.bump(conn, old.thread_id)
        updated = comment_rows.record(conn, comment_id)
    if updated is None:  # the row was written in this transaction
        raise RuntimeError("row vanished inside its own transaction")
    body = comment_json(updated.comment, with_replies=False)
    deps.on_event(
        record.site, record.uri, "edit" if state is CommentState.PUBLISHED else "remove", body
    )
    return body, state, decision


def delete_comment(deps: Deps, requester: Requester, comment_id: int, token: str | None) -> None:
    """Blank the comment; it stays as a placeholder while it has visible replies."""
    now = deps.clock()
    with deps.db.write() as conn:
        record = _editable(deps, requester, conn, comment_id, token)
        comment_rows.blank(conn, comment_id, now, record.comment.author_name or "")
        thread_rows.bump(conn, record.comment.thread_id)
    deps.on_event(record.site, record.uri, "delete", {"id": comment_id})


def get_comment(deps: Deps, requester: Requester, comment_id: int) -> dict[str, Any]:
    """A visible comment with its replies; held and spam comments are not public."""
    with deps.db.read() as conn:
        record = comment_rows.record(conn, comment_id)
        if record is None or not record.comment.visible:
            raise NotFound(f"there is no comment {comment_id}")
        deps.site(record.site, requester.origin)
        tree = build_tree(comment_rows.visible_in_thread(conn, record.comment.thread_id))
    found = _find(tree, comment_id)
    if found is None:
        raise NotFound(f"there is no comment {comment_id}")
    return comment_json(found)


def _find(roots: list[Any], comment_id: int) -> Any | None:
    stack = list(roots)
    while stack:
        c = stack.pop()
        if c.id == comment_id:
            return c
        stack.extend(c.replies)
    return None
