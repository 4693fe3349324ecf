"""The schema. Migrations in migrations/versions/ must produce exactly this (a test checks)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

from salon.store.types import UTCDateTime

metadata = MetaData()

threads = Table(
    "threads",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("uri", String(2048), nullable=False),
    Column("title", String(512), nullable=False, server_default=""),
    Column("created", UTCDateTime(), nullable=False),
    # Bumped by every write to the thread; the read cache is keyed by it.
    Column("version", Integer, nullable=False, server_default="0"),
    UniqueConstraint("site", "uri", name="uq_threads_site_uri"),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("thread_id", Integer, ForeignKey("threads.id", ondelete="CASCADE"), nullable=False),
    Column("parent_id", Integer, ForeignKey("comments.id"), nullable=True),
    Column("depth", SmallInteger, nullable=False, server_default="0"),
    Column("author_name", String(128), nullable=False, server_default=""),
    Column("author_email", String(254), nullable=False, server_default=""),
    Column("author_website", String(512), nullable=False, server_default=""),
    Column("text", Text, nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Column("edited_at", UTCDateTime(), nullable=True),
    Column("edited_by", String(128), nullable=True),
    Column("state", String(16), nullable=False),
    Column("up", Integer, nullable=False, server_default="0"),
    Column("down", Integer, nullable=False, server_default="0"),
    Column("ip_hash", String(64), nullable=False, server_default=""),
    Column("reader", String(64), nullable=False, server_default=""),
    Column("notify", String(8), nullable=False, server_default="none"),
    # Random per comment; an edit token names it, so a token cannot be moved to another row.
    Column("edit_key", String(32), nullable=False),
    Column("anchor", JSON, nullable=True),
    Column("fingerprint", BigInteger, nullable=True),
    Index("ix_comments_thread_state", "thread_id", "state"),
    Index("ix_comments_created", "created"),
    Index("ix_comments_ip_hash_created", "ip_hash", "created"),
    # Moderation asks how many comments an author already has, at every post.
    Index("ix_comments_author_email", "author_email"),
    Index("ix_comments_author_name", "author_name"),
)

revisions = Table(
    "revisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    # The text as it was before the edit made at ``replaced_at``.
    Column("text", Text, nullable=False),
    Column("replaced_at", UTCDateTime(), nullable=False),
    Column("replaced_by", String(128), nullable=False, server_default=""),
    Index("ix_revisions_comment", "comment_id"),
)

votes = Table(
    "votes",
    metadata,
    Column(
        "comment_id",
        Integer,
        ForeignKey("comments.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("reader", String(64), primary_key=True),
    Column("value", SmallInteger, nullable=False),
    Column("updated", UTCDateTime(), nullable=False),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("band", String(16), nullable=False),
    Column("spam", Float, nullable=False),
    Column("abuse", Float, nullable=False),
    Column("model_version", String(64), nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("is_edit", Boolean, nullable=False, server_default=false()),
    Column("created", UTCDateTime(), nullable=False),
    Index("ix_decisions_comment", "comment_id"),
)

outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Column("run_after", UTCDateTime(), nullable=False),
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("done_at", UTCDateTime(), nullable=True),
    Column("last_error", Text, nullable=True),
    Index("ix_outbox_pending", "done_at", "run_after"),
)

labels = Table(
    "labels",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("site", String(64), nullable=False),
    Column("label", String(16), nullable=False),
    # The text as the moderator judged it; the comment may be edited or erased later.
    Column("text", Text, nullable=False),
    Column("moderator", String(128), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Index("ix_labels_site_id", "site", "id"),
)

site_models = Table(
    "site_models",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("version", String(64), nullable=False),
    # The model's arrays as npz bytes (no pickle), see moderation.model.to_bytes.
    Column("data", LargeBinary, nullable=False),
    # Labels up to this id were used; the next refit starts after it.
    Column("trained_through", Integer, nullable=False),
    Column("holdout_precision", Float, nullable=True),
    Column("created", UTCDateTime(), nullable=False),
    Index("ix_site_models_site_id", "site", "id"),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

admins = Table(
    "admins",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(64), nullable=False, unique=True),
    # argon2id hash (argon2-cffi); never the password.
    Column("password_hash", String(256), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
)

# Bans a moderator added from the queue; the site settings' ban lists still apply too.
bans = Table(
    "bans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # "address" | "email" | "author"
    Column("value", String(320), nullable=False),
    Column("moderator", String(128), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    UniqueConstraint("site", "kind", "value", name="uq_bans_site_kind_value"),
)

# Moderator sessions: the cookie carries a random id, the table its SHA-256, so logout
# ends a session on every process and a leaked table does not hand out sessions.
admin_sessions = Table(
    "admin_sessions",
    metadata,
    Column("id_hash", String(64), primary_key=True),
    Column("admin", String(64), nullable=False, index=True),
    Column("csrf", String(64), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Column("expires", UTCDateTime(), nullable=False),
)

# Failed logins per account name (known or not, so answers do not reveal which exist).
login_failures = Table(
    "login_failures",
    metadata,
    Column("account", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until", UTCDateTime(), nullable=True),
)
