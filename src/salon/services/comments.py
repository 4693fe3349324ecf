"""Posting, editing, deleting and fetching one comment."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from salon.config import SiteSettings
from salon.domain.anchors import check_anchor
from salon.domain.comments import Anchor, Comment, CommentState, Notify
from salon.domain.editing import check_editable
from salon.domain.errors import Forbidden, Invalid, NotFound
from salon.domain.events import CommentDeleted, CommentEdited, CommentHeld
from salon.domain.moderation import Band, Decision, Submission
from salon.domain.text import check_comment_text
from salon.domain.threading import attach_depth, build_tree
from salon.services import subscriptions
from salon.services.addresses import check_email
from salon.services.admission import screen_author
from salon.services.context import Deps, Requester
from salon.services.events import Change
from salon.services.publishing import publish
from salon.services.rendering import safe_website
from salon.services.serialise import comment_json, html_of
from salon.services.threads import check_uri
from salon.store import comments as comment_rows
from salon.store import threads as thread_rows
from salon.store.database import Connection

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
    email = check_email(new.author_email)
    website = new.author_website.strip()
    if len(name) > 128:
        raise Invalid("the name is longer than 128 characters")
    if site.require_name and not name:
        raise Invalid("this site asks for a name with every comment")
    if site.require_email and not email:
        raise Invalid("this site asks for an email address with every comment")
    if website:
        if not website.lower().startswith(("http://", "https://")):
            website = "https://" + website
        if not safe_website(website):
            raise Invalid("the website must be an http(s) address without spaces")
    return replace(new, author_name=name, author_email=email, author_website=website)


def post_comment(deps: Deps, requester: Requester, new: NewComment) -> Posted:
    """Validate and screen a new comment, then store it with its decision in one transaction."""
    site = deps.site(new.site, requester.origin)
    check_uri(new.uri)
    new = _check_author(replace(new, text=_check_text(new.text, site)), site)
    if new.anchor is not None:
        check_anchor(new.anchor)
        if new.parent is not None:
            raise Invalid("anchor: a reply answers its comment; only a new comment has a passage")
    ip_hash = deps.ip_hash(requester)
    # The author's key is hashed like the address: no e-mail or name in the limiter's store.
    author = new.author_email or new.author_name
    deps.screen.check_rate(
        site, ip_hash, deps.signer.keyed_hash("author", author) if author else ""
    )
    now = deps.clock()
    edit_key = deps.signer.new_edit_key()
    rendered_at = deps.signer.render_time(new.render_stamp)
    # Screening reads and scores before the write transaction, so the single SQLite
    # writer holds its lock only for the inserts.
    with deps.db.read() as conn:
        known = thread_rows.find(conn, site.id, new.uri)
        if known is not None and known.closed:
            raise Forbidden("this thread is closed for new comments")
        decision, fingerprint, shadow = _screen(
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
    published = state is CommentState.PUBLISHED
    reader = deps.reader_id(requester)
    # Markdown and the sanitiser run here, outside the write lock; the answer built under
    # it finds the HTML in html_of's cache.
    html_of(new.text)

    def store(tx: Change) -> Posted:
        """The writes, on the database's writer: after screening, nothing here scores."""
        conn = tx.conn
        title = new.title[:512]
        # A visible post bumps its thread's version anyway: in a thread the screening found,
        # that bump reads the row back (closed or not), so the thread is not read again.
        thread: thread_rows.ThreadRow | None = None
        if known is not None and not shadow and (known.title or not title):
            thread = thread_rows.bump_returning(conn, known.id)
        bumped = thread is not None
        if thread is None:
            thread = thread_rows.get_or_create(conn, site.id, new.uri, title, now)
        if thread.closed:  # closed by a moderator since the screening read
            raise Forbidden("this thread is closed for new comments")
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
            # Inserted in its final state; it becomes public (events, version) only through
            # publish(), below. A shadow-banned one stays held, visible to its author only.
            state=CommentState.HELD.value if shadow and published else state.value,
            ip_hash=ip_hash,
            reader=reader,
            notify=new.notify.value,
            edit_key=edit_key,
            anchor=_anchor_row(new.anchor),
            fingerprint=fingerprint,
            shadow=shadow,
            # Flattened beside the comment it answers: remember which one.
            reply_to=new.parent if parent_id != new.parent else None,
        )
        comment_rows.add_decision(conn, comment_id, decision, is_edit=False, at=now)
        token = deps.signer.edit_token(comment_id, edit_key)
        if shadow:
            # Nobody else is told; the author is answered as for a published comment.
            body = _public(comment_id, thread.id, parent_id, new, now, CommentState.PUBLISHED)
            body["reply_to"] = new.parent if parent_id != new.parent else None
            return Posted(body, token, CommentState.PUBLISHED, ())
        if published:
            written = _written(comment_id, thread, parent_id, depth, new, now, edit_key)
            written = replace(written, ip_hash=ip_hash, reader=reader)
            body = publish(tx, comment_id, written=written, thread_bumped=bumped)
        else:
            if not bumped:
                thread_rows.bump(conn, thread.id)
            body = _public(comment_id, thread.id, parent_id, new, now, state)
            body["reply_to"] = new.parent if parent_id != new.parent else None
            tx.record(_held(site.id, new.uri, comment_id, body, decision, was_public=False))
        # Spam never subscribes: a spammer could use it to have us mail a stranger.
        if new.notify is not Notify.NONE and new.author_email and state is not CommentState.SPAM:
            subscriptions.subscribe_on_post(
                deps, tx, site, new.author_email, new.notify, thread.id, ip_hash
            )
        return Posted(body, token, state, decision.reasons)

    return deps.submit_change(store)


def _written(
    comment_id: int,
    thread: thread_rows.ThreadRow,
    parent_id: int | None,
    depth: int,
    new: NewComment,
    now: datetime,
    edit_key: str,
) -> comment_rows.CommentRecord:
    """The row just inserted as published, as ``comment_rows.record`` would read it back."""
    return comment_rows.CommentRecord(
        comment=Comment(
            id=comment_id,
            thread_id=thread.id,
            parent_id=parent_id,
            author_name=new.author_name,
            author_website=new.author_website,
            text=new.text,
            created=now.astimezone(UTC),
            state=CommentState.PUBLISHED,
            anchor=new.anchor,
            # Flattened beside the comment it answers: remember which one.
            reply_to=new.parent if parent_id != new.parent else None,
        ),
        site=thread.site,
        uri=thread.uri,
        depth=depth,
        edit_key=edit_key,
        author_email=new.author_email,
        ip_hash="",
        reader="",
    )


def _public(
    comment_id: int,
    thread_id: int,
    parent_id: int | None,
    new: NewComment,
    now: datetime,
    state: CommentState,
) -> dict[str, Any]:
    return comment_json(
        Comment(
            id=comment_id,
            thread_id=thread_id,
            parent_id=parent_id,
            author_name=new.author_name,
            author_website=new.author_website,
            text=new.text,
            created=now,
            state=state,
            anchor=new.anchor,
        )
    )


def _held(
    site: str, uri: str, comment_id: int, body: dict[str, Any], decision: Decision, was_public: bool
) -> CommentHeld:
    return CommentHeld(
        site,
        uri,
        comment_id,
        body,
        reasons=tuple(decision.reasons),
        spam=decision.spam,
        abuse=decision.abuse,
        is_spam=decision.band is Band.SPAM,
        was_public=was_public,
    )


def _screen(
    deps: Deps, conn: Connection, site: SiteSettings, thread_id: int, submission: Submission
) -> tuple[Decision, int | None, bool]:
    """Fill in what the store knows about the author and the text, then ask moderation
    (with bans and trust); the decision, the text's fingerprint, and whether a shadow-ban
    keeps the comment from everybody but its author."""
    now = deps.clock()
    hour_ago = now - timedelta(hours=1)
    fingerprint = deps.screen.fingerprint(submission.text)
    email, name = submission.author_email, submission.author_name
    history = comment_rows.author_history(conn, site.id, hour_ago, submission.ip_hash, email, name)
    full = replace(
        submission,
        author_published_count=history.published,
        recent_posts_by_ip=history.recent_by_ip,
        recent_posts_by_author=history.recent_by_email,
        same_text_other_threads=0
        if fingerprint is None
        else deps.fingerprints.threads_with_near_copies(
            conn, fingerprint, thread_id, now - timedelta(days=2)
        ),
    )
    admitted = screen_author(deps, conn, site, full)
    return admitted.decision, fingerprint, admitted.shadow


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
    with deps.change() as tx:
        conn = tx.conn
        now = tx.now
        record = _editable(deps, requester, conn, comment_id, token)
        site = deps.site(record.site, requester.origin)
        text = _check_text(text, site)
        old = record.comment
        decision, fingerprint, shadow = _screen(
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
        comment_rows.set_state(conn, comment_id, state, shadow=shadow or None)
        comment_rows.add_decision(conn, comment_id, decision, is_edit=True, at=now)
        thread_rows.bump(conn, old.thread_id)
        updated = comment_rows.record(conn, comment_id)
        if updated is None:  # the row was written in this transaction
            raise RuntimeError("row vanished inside its own transaction")
        body = comment_json(updated.comment, with_replies=False)
        if state is CommentState.PUBLISHED:
            tx.record(CommentEdited(record.site, record.uri, comment_id, body))
        else:
            was_public = old.state is CommentState.PUBLISHED
            tx.record(_held(record.site, record.uri, comment_id, body, decision, was_public))
    if shadow:  # the author does not notice a shadow-ban
        return body, CommentState.PUBLISHED, decision
    return body, state, decision


def delete_comment(deps: Deps, requester: Requester, comment_id: int, token: str | None) -> None:
    """Blank the comment; it stays as a placeholder while it has visible replies."""
    with deps.change() as tx:
        record = _editable(deps, requester, tx.conn, comment_id, token)
        comment_rows.blank(tx.conn, comment_id, tx.now, record.comment.author_name or "")
        thread_rows.bump(tx.conn, record.comment.thread_id)
        tx.record(CommentDeleted(record.site, record.uri, comment_id))


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
