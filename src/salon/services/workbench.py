"""Moderators' actions on any comment: remove, spam, abuse, approve or restore, edit,
answer as the site, and Undo of the last action. Each is written to the audit log in the
same transaction as the change."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from salon.domain.comments import CommentState
from salon.domain.errors import Invalid, NotFound
from salon.domain.events import CommentEdited, CommentPublished, CommentRejected
from salon.services import audit
from salon.services.accounts import Account
from salon.services.cards import moderated_sites
from salon.services.context import Deps
from salon.services.publishing import publish
from salon.services.serialise import comment_json
from salon.store import comments as comment_rows
from salon.store import moderation as moderation_rows
from salon.store import outbox as outbox_rows
from salon.store import spam as spam_rows
from salon.store import thread_flags as flag_rows
from salon.store import threads as thread_rows
from salon.store.database import Connection

# Action -> (state it leaves the comment in, the training label it gives, if any).
ACTIONS: dict[str, tuple[CommentState, str | None]] = {
    "approve": (CommentState.PUBLISHED, "approve"),
    "restore": (CommentState.PUBLISHED, "approve"),
    "spam": (CommentState.SPAM, "spam"),
    "abuse": (CommentState.DELETED, "abuse"),
    "remove": (CommentState.DELETED, "delete"),
    # The queue's old name for remove.
    "delete": (CommentState.DELETED, "delete"),
}
FLAG_ACTIONS = ("pin", "unpin", "feature", "unfeature", "close-thread", "reopen-thread")
UNDOABLE = (*ACTIONS, "edit", *FLAG_ACTIONS)
MAX_BATCH = 500


@dataclass(frozen=True, slots=True)
class Done:
    action: str
    count: int


def _record(
    deps: Deps, conn: Connection, comment_id: int, who: Account
) -> comment_rows.CommentRecord:
    record = comment_rows.record(conn, comment_id, for_update=True)
    if record is None:
        raise NotFound(f"there is no comment {comment_id}")
    moderated_sites(deps, record.site, who)  # a moderator of another site gets 403
    return record


def _announce(deps: Deps, site: str, uri: str, was: CommentState, comment_id: int) -> None:
    """Tell open pages after the commit: a comment appeared or went away."""
    with deps.db.read() as conn:
        now = comment_rows.record(conn, comment_id)
    if now is None:
        return
    if now.comment.state is CommentState.PUBLISHED and was is not CommentState.PUBLISHED:
        published = CommentPublished(
            site,
            uri,
            comment_id,
            comment=comment_json(now.comment),
            parent_id=now.comment.parent_id,
        )
        deps.events.committed([published])
    elif now.comment.state is not CommentState.PUBLISHED and was is CommentState.PUBLISHED:
        deps.events.committed([CommentRejected(site, uri, comment_id, was_public=True)])


def act(deps: Deps, who: Account, ids: list[int], action: str) -> Done:
    """Apply one action to these comments, in one transaction and one Undo batch."""
    if action not in ACTIONS:
        raise Invalid(f"the action must be one of {', '.join(ACTIONS)}, not {action!r}")
    if not ids:
        raise Invalid("choose at least one comment first")
    if len(ids) > MAX_BATCH:
        raise Invalid(f"at most {MAX_BATCH} comments at once")
    state, label = ACTIONS[action]
    now = deps.clock()
    batch = secrets.token_hex(8)
    count = 0
    # One change: a comment a moderator makes public goes through publishing.publish, so
    # subscribers are mailed and webhooks told exactly as when it is approved elsewhere.
    with deps.change() as tx:
        conn = tx.conn
        for comment_id in dict.fromkeys(ids):
            record = _record(deps, conn, comment_id, who)
            was = record.comment.state
            if action == "restore" and not record.comment.text:
                raise Invalid(f"the author deleted comment {comment_id}; nothing to restore")
            if state is CommentState.PUBLISHED and was is not CommentState.PUBLISHED:
                publish(tx, comment_id, moderator=who.name)
            else:
                comment_rows.set_state(conn, comment_id, state)
                thread_rows.bump(conn, record.comment.thread_id)
                if was is CommentState.PUBLISHED and state is not CommentState.PUBLISHED:
                    tx.record(
                        CommentRejected(
                            record.site,
                            record.uri,
                            comment_id,
                            label=label or action,
                            moderator=who.name,
                            was_public=True,
                        )
                    )
            label_id = None
            if label is not None:
                label_id = moderation_rows.add_label(
                    conn, comment_id, record.site, label, record.comment.text, who.name, now
                )
                outbox_rows.enqueue(conn, "learn", {"site": record.site}, now)
            audit.record(
                conn,
                site=record.site,
                moderator=who.name,
                action=action,
                at=now,
                batch=batch,
                comment_id=comment_id,
                before={"state": was.value},
                after={"state": state.value, "label_id": label_id},
            )
            count += 1
    return Done(action, count)


def edit(deps: Deps, who: Account, comment_id: int, text: str) -> None:
    """Replace a comment's text; readers then see "Last edited … by MODERATOR".

    A published comment's edit is recorded as CommentEdited in the same change, like a
    reader's edit: open pages, webhooks and feeds hear of it."""
    text = text.strip()
    if not text:
        raise Invalid("the new text is empty; remove the comment instead")
    with deps.change() as tx:
        conn, now = tx.conn, tx.now
        record = _record(deps, conn, comment_id, who)
        site = deps.settings.site(record.site)
        if site is not None and len(text) > site.max_comment_chars:
            raise Invalid(f"at most {site.max_comment_chars} characters")
        old = record.comment.text
        comment_rows.set_text(conn, comment_id, old, text, now, who.name, None)
        thread_rows.bump(conn, record.comment.thread_id)
        audit.record(
            conn,
            site=record.site,
            moderator=who.name,
            action="edit",
            at=now,
            batch=secrets.token_hex(8),
            comment_id=comment_id,
            before={"text": old},
            after={"text": text},
        )
        updated = comment_rows.record(conn, comment_id)
        if updated is not None and updated.comment.state is CommentState.PUBLISHED:
            body = comment_json(updated.comment, with_replies=False)
            tx.record(CommentEdited(record.site, record.uri, comment_id, comment=body))


def answer(deps: Deps, who: Account, comment_id: int, text: str) -> int:
    """Reply to a comment as the site (published at once, shown with a badge).

    The answer becomes public through publishing.publish like any comment, so the
    thread's subscribers are mailed and webhooks told."""
    text = text.strip()
    if not text:
        raise Invalid("write the answer first")
    with deps.change() as tx:
        conn, now = tx.conn, tx.now
        record = _record(deps, conn, comment_id, who)
        site = deps.settings.site(record.site)
        if site is not None and len(text) > site.max_comment_chars:
            raise Invalid(f"at most {site.max_comment_chars} characters")
        max_depth = site.max_depth if site else 5
        # At the deepest level the answer becomes the comment's sibling, as readers' do.
        deeper = record.depth + 1 <= max_depth
        reply_id = comment_rows.add(
            conn,
            thread_id=record.comment.thread_id,
            parent_id=comment_id if deeper else record.comment.parent_id,
            depth=record.depth + 1 if deeper else record.depth,
            author_name=(site.name if site and site.name else record.site),
            text=text,
            created=now,
            # Public only through publish(), below.
            state=CommentState.HELD.value,
            edit_key=deps.signer.new_edit_key(),
            staff=who.name,
        )
        publish(tx, reply_id)
        audit.record(
            conn,
            site=record.site,
            moderator=who.name,
            action="answer",
            at=now,
            comment_id=reply_id,
            after={"text": text, "parent": comment_id},
        )
    return reply_id


def undo(deps: Deps, who: Account) -> Done:
    """Revert the moderator's last action (a whole bulk action at once)."""
    reverted: list[tuple[str, str, CommentState, int]] = []
    with deps.db.write() as conn:
        entries = audit.last_batch(conn, who.name, UNDOABLE)
        if not entries:
            raise Invalid("there is nothing to undo")
        for entry in entries:
            before: dict[str, Any] = entry.before or {}
            after: dict[str, Any] = entry.after or {}
            if entry.action in ("close-thread", "reopen-thread"):
                _reopen(deps, conn, who, entry.site, before)
                continue
            if entry.comment_id is None:
                continue
            record = _record(deps, conn, entry.comment_id, who)
            for flag in ("pinned", "featured"):
                if flag in before:
                    flag_rows.set_flag(conn, entry.comment_id, flag, bool(before[flag]))
            if "state" in before:
                comment_rows.set_state(conn, entry.comment_id, CommentState(before["state"]))
            if "text" in before:
                comment_rows.set_text(
                    conn,
                    entry.comment_id,
                    record.comment.text,
                    before["text"],
                    deps.clock(),
                    who.name,
                    None,
                )
            if after.get("label_id"):
                moderation_rows.delete_label(conn, int(after["label_id"]))
            thread_rows.bump(conn, record.comment.thread_id)
            reverted.append((record.site, record.uri, record.comment.state, entry.comment_id))
        audit.mark_undone(conn, [e.id for e in entries])
        audit.record(
            conn,
            site=entries[0].site,
            moderator=who.name,
            action="undo",
            at=deps.clock(),
            before={"action": entries[0].action, "comments": [e.comment_id for e in entries]},
        )
    for site, uri, was, comment_id in reverted:
        _announce(deps, site, uri, was, comment_id)
    return Done(entries[0].action, len(reverted))


def _reopen(deps: Deps, conn: Connection, who: Account, site: str, before: dict[str, Any]) -> None:
    """Put a thread's closed flag back as it was before the undone action."""
    moderated_sites(deps, site, who)
    thread = thread_rows.find(conn, site, str(before.get("uri", "")))
    if thread is not None and "closed" in before:
        flag_rows.set_closed(conn, thread.id, bool(before["closed"]))


def empty_spam(deps: Deps, who: Account, days: int, site: str = "") -> int:
    """Delete spam older than ``days`` on the moderator's sites (not undoable: it asks)."""
    if not 1 <= days <= 3650:
        raise Invalid("days must be between 1 and 3650")
    now = deps.clock()
    before = now - timedelta(days=days)
    total = 0
    with deps.db.write() as conn:
        for site_id in moderated_sites(deps, site, who):
            gone = spam_rows.delete_before(conn, site_id, before)
            if gone:
                audit.record(
                    conn,
                    site=site_id,
                    moderator=who.name,
                    action="empty-spam",
                    at=now,
                    after={"deleted": gone, "older_than_days": days},
                )
            total += gone
    return total
