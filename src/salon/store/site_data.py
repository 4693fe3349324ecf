"""Every row that belongs to one site, by record type: what export reads and restore writes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from salon.store.tables import (
    audit,
    bans,
    comments,
    decisions,
    digest_items,
    import_sources,
    labels,
    mail_addresses,
    reports,
    revisions,
    subscriptions,
    threads,
    trust_resets,
    votes,
)

# In dependency order: a record only refers to types listed before it.
TABLES: dict[str, Table] = {
    "thread": threads,
    "comment": comments,
    "revision": revisions,
    "vote": votes,
    "decision": decisions,
    "label": labels,
    "ban": bans,
    "trust_reset": trust_resets,
    "import_source": import_sources,
    "mail_address": mail_addresses,
    "subscription": subscriptions,
    "digest_item": digest_items,
    "report": reports,
    "audit": audit,
}
# Tables that are not a site's data, and why; a test fails when a table is in neither list.
NOT_EXPORTED = {
    "outbox": "jobs of this server (a restored site queues its own)",
    "mails": "the send log of this server (keys and Message-IDs); the privacy export lists "
    "a reader's",
    "site_models": "the model and memory are rebuilt from the labels, which are exported",
    "meta": "this server's secret key and schema version",
    "admins": "accounts of this server, not of one site",
    "admin_tokens": "accounts of this server",
    "admin_sessions": "accounts of this server",
    "login_failures": "accounts of this server",
    "spent_links": "one-time links of this server",
    "privacy_requests": "this server's record of requests, kept without addresses",
    "site_settings": "configuration: the TOML file and the admin UI's settings",
    "webhook_targets": "configuration (the site's webhooks setting) and its health",
    "webhook_deliveries": "this server's delivery log",
    "support_campaigns": "reader support (issue 14) has its own records",
    "support_entries": "reader support (issue 14) has its own records",
    "support_refusals": "reader support (issue 14) has its own records",
}
# Which record type each reference column points at (a row must come after its target).
REFERENCES = {
    "thread_id": "thread",
    "comment_id": "comment",
    "parent_id": "comment",
    "address_id": "mail_address",
}
# References a row may keep after its target is gone (the audit names deleted comments).
LOOSE = {("audit", "comment_id")}
STREAM = 1000


def columns(kind: str) -> dict[str, Any]:
    """Column name -> SQLAlchemy type of a record type's table."""
    return {c.name: c.type for c in TABLES[kind].columns}


def required(kind: str) -> set[str]:
    """Columns a record must carry: not nullable and without a default."""
    return {
        c.name
        for c in TABLES[kind].columns
        if not c.nullable
        and c.server_default is None
        and not (c.primary_key and c.autoincrement)
        and c.name != "id"
    }


def rows_of_site(conn: Connection, site: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(record type, row) for everything of the site, parents before children."""
    site_threads = select(threads.c.id).where(threads.c.site == site)
    site_comments = select(comments.c.id).where(comments.c.thread_id.in_(site_threads))
    site_addresses = select(mail_addresses.c.id).where(mail_addresses.c.site == site)
    queries = {
        "thread": select(threads).where(threads.c.site == site).order_by(threads.c.id),
        # Depth first: a parent is always less deep than its replies.
        "comment": select(comments)
        .where(comments.c.thread_id.in_(site_threads))
        .order_by(comments.c.depth, comments.c.id),
        "revision": select(revisions)
        .where(revisions.c.comment_id.in_(site_comments))
        .order_by(revisions.c.id),
        "vote": select(votes)
        .where(votes.c.comment_id.in_(site_comments))
        .order_by(votes.c.comment_id, votes.c.reader),
        "decision": select(decisions)
        .where(decisions.c.comment_id.in_(site_comments))
        .order_by(decisions.c.id),
        "label": select(labels).where(labels.c.comment_id.in_(site_comments)).order_by(labels.c.id),
        "ban": select(bans).where(bans.c.site == site).order_by(bans.c.id),
        # A ban takes trust away: restored, approvals before it must still not count.
        "trust_reset": select(trust_resets)
        .where(trust_resets.c.site == site)
        .order_by(trust_resets.c.id),
        "import_source": select(import_sources)
        .where(import_sources.c.comment_id.in_(site_comments))
        .order_by(import_sources.c.id),
        "mail_address": select(mail_addresses)
        .where(mail_addresses.c.site == site)
        .order_by(mail_addresses.c.id),
        "subscription": select(subscriptions)
        .where(subscriptions.c.address_id.in_(site_addresses))
        .order_by(subscriptions.c.id),
        "digest_item": select(digest_items)
        .where(digest_items.c.address_id.in_(site_addresses))
        .order_by(digest_items.c.id),
        "report": select(reports)
        .where(reports.c.comment_id.in_(site_comments))
        .order_by(reports.c.id),
        "audit": select(audit).where(audit.c.site == site).order_by(audit.c.id),
    }
    streaming = conn.execution_options(yield_per=STREAM)
    for kind, query in queries.items():
        for row in streaming.execute(query):
            yield kind, dict(row._mapping)


def site_is_empty(conn: Connection, site: str) -> bool:
    for table in (threads, bans, mail_addresses):
        found = conn.execute(select(func.count()).select_from(table).where(table.c.site == site))
        if found.scalar_one():
            return False
    return True


def ids_free(conn: Connection, kind: str, ids: Sequence[int]) -> bool:
    """True when none of ``ids`` is taken in the record type's table."""
    table = TABLES[kind]
    if "id" not in table.c or not ids:
        return True
    for start in range(0, len(ids), STREAM):
        chunk = ids[start : start + STREAM]
        taken = conn.execute(select(func.count()).select_from(table).where(table.c.id.in_(chunk)))
        if taken.scalar_one():
            return False
    return True


def insert_rows(conn: Connection, kind: str, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows of one type; the new ids in order (for tables with an id column)."""
    table = TABLES[kind]
    if not rows:
        return []
    if "id" not in table.c:
        conn.execute(insert(table), list(rows))
        return []
    if "id" in rows[0]:
        # Ids kept from the export: one multi-row insert, nothing to read back.
        conn.execute(insert(table), list(rows))
        return [int(r["id"]) for r in rows]
    result = conn.execute(
        insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)
    )
    return [int(r[0]) for r in result]


def reset_sequences(conn: Connection) -> None:
    """After rows were inserted with their own ids, PostgreSQL's counters must follow."""
    if conn.dialect.name != "postgresql":
        return
    for table in TABLES.values():
        if "id" in table.c:
            conn.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "  # noqa: S608
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )
