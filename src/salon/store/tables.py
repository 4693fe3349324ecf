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
    # Closed by a moderator: readers read, nobody posts.
    Column("closed", Boolean, nullable=False, server_default=false()),
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
    # The moderator who answered as the site (readers see a badge); "" for readers.
    Column("staff", String(128), nullable=False, server_default=""),
    # Moderators' picks: a pinned comment leads its thread, featured ones are "Editor's picks".
    Column("pinned", Boolean, nullable=False, server_default=false()),
    Column("featured", Boolean, nullable=False, server_default=false()),
    # Filed as spam by a shadow-ban: its author is answered as if it were published.
    Column("shadow", Boolean, nullable=False, server_default=false()),
    # A reply flattened at the deepest level sits beside the comment it answers: that one.
    Column("reply_to", Integer, nullable=True),
    # A thread's comments by state; the pinned and featured ones found in the index alone.
    Index("ix_comments_thread_state_picks", "thread_id", "state", "pinned", "featured"),
    # A page of a large thread (store/thread_pages.py): date order, then replies by parent.
    Index("ix_comments_thread_created", "thread_id", "created", "id"),
    Index("ix_comments_parent", "parent_id"),
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
    # Set when a job failed too often: it waits for an operator (`salon outbox retry`).
    Column("dead_at", UTCDateTime(), nullable=True),
    # Optional: a second job with the same key is not queued (a digest per day, say).
    Column("key", String(200), nullable=True),
    Index("ix_outbox_pending", "done_at", "run_after"),
    Index("ix_outbox_key", "key", unique=True),
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
    # Trust counts an author's approved comments.
    Index("ix_labels_comment", "comment_id"),
)

site_models = Table(
    "site_models",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("version", String(64), nullable=False),
    # The model's arrays as npz bytes (no pickle), see moderation.model.to_bytes.
    Column("data", LargeBinary, nullable=False),
    # The site's labelled comments for the nearness term (moderation.site_memory), or NULL.
    Column("memory", LargeBinary, nullable=True),
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
    # "admin": every site, accounts and settings; "moderator": the sites listed.
    Column("role", String(16), nullable=False, server_default="admin"),
    Column("sites", JSON, nullable=True),
    Column("disabled", Boolean, nullable=False, server_default=false()),
)

# Bans a moderator added from the queue; the site settings' ban lists still apply too.
bans = Table(
    "bans",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("kind", String(16), nullable=False),  # "address" | "email" | "author" | "pattern"
    Column("value", String(320), nullable=False),
    Column("moderator", String(128), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Column("reason", String(500), nullable=False, server_default=""),
    Column("expires", UTCDateTime(), nullable=True),  # None: until lifted
    # A shadow-ban: the author's comments are kept from everybody else, not refused.
    Column("shadow", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("site", "kind", "value", name="uq_bans_site_kind_value"),
)

# When an author lost their trust (a ban): only moderators' approvals after it count.
trust_resets = Table(
    "trust_resets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("author", String(400), nullable=False),  # see services/trust.author_key
    Column("at", UTCDateTime(), nullable=False),
    Index("ix_trust_resets_site_author", "site", "author"),
)

# Reader support campaigns (issue 14). Amounts are integers in the currency's minor unit.
support_campaigns = Table(
    "support_campaigns",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("title", String(200), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("goal", BigInteger, nullable=False),
    # Changed only by `raised = raised + x` next to a ledger row, never read-modify-write.
    Column("raised", BigInteger, nullable=False, server_default="0"),
    Column("supporters", Integer, nullable=False, server_default="0"),
    Column("milestones", JSON, nullable=False),
    Column("url", String(2048), nullable=False),
    Column("state", String(16), nullable=False),
    Column("starts", UTCDateTime(), nullable=True),
    Column("ends", UTCDateTime(), nullable=True),
    Column("created", UTCDateTime(), nullable=False),
    Index("ix_support_campaigns_site", "site"),
)

# Every change of a total: payments, refunds, moderators' corrections (who, when, what).
support_entries = Table(
    "support_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "campaign_id",
        Integer,
        ForeignKey("support_campaigns.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("source", String(16), nullable=False),
    Column("amount", BigInteger, nullable=False),
    Column("supporters", SmallInteger, nullable=False, server_default="0"),
    # The provider's event id: a redelivered event is not counted twice.
    Column("event_id", String(255), nullable=True),
    # The payment it belongs to (a Stripe payment intent, the generic webhook's reference).
    Column("reference", String(255), nullable=True),
    # Set on payments only: one payment reported by two events is counted once.
    Column("payment_key", String(255), nullable=True),
    Column("actor", String(128), nullable=False, server_default=""),
    Column("note", String(500), nullable=False, server_default=""),
    Column("created", UTCDateTime(), nullable=False),
    UniqueConstraint("source", "event_id", name="uq_support_entries_event"),
    UniqueConstraint("source", "payment_key", name="uq_support_entries_payment"),
    Index("ix_support_entries_campaign", "campaign_id", "id"),
    Index("ix_support_entries_reference", "source", "reference"),
)

# Webhook calls that were refused (unsigned, bad signature, stale, malformed).
support_refusals = Table(
    "support_refusals",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("provider", String(16), nullable=False),
    Column("reason", String(500), nullable=False),
    Column("event_id", String(255), nullable=True),
    Column("created", UTCDateTime(), nullable=False),
    Index("ix_support_refusals_site", "site", "id"),
)

# Where an imported comment came from: re-importing the same source never duplicates it.
import_sources = Table(
    "import_sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("source", String(16), nullable=False),  # "disqus" | "wordpress" | "isso" | ...
    Column("source_id", String(128), nullable=False),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    UniqueConstraint("site", "source", "source_id", name="uq_import_sources_key"),
    Index("ix_import_sources_comment", "comment_id"),
)

# A reader's export or erasure request, kept without the address (what was done, when).
privacy_requests = Table(
    "privacy_requests",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(16), nullable=False),  # "export" | "erase"
    Column("via", String(16), nullable=False),  # "cli" | "link"
    Column("comments", Integer, nullable=False),
    Column("created", UTCDateTime(), nullable=False),
)

# Mail addresses that asked for notifications from a site; nothing but the confirmation
# goes to an address until ``confirmed`` is set (double opt-in).
mail_addresses = Table(
    "mail_addresses",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("email", String(254), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Column("confirmed", UTCDateTime(), nullable=True),
    # When the last confirmation mail was queued; another only after it expired.
    Column("confirm_sent", UTCDateTime(), nullable=True),
    # Random; links in mails name it, so ending everything also voids old links.
    Column("key", String(32), nullable=False),
    Column("digest", Boolean, nullable=False, server_default=false()),
    UniqueConstraint("site", "email", name="uq_mail_addresses_site_email"),
)

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "address_id", Integer, ForeignKey("mail_addresses.id", ondelete="CASCADE"), nullable=False
    ),
    Column("kind", String(16), nullable=False),  # "replies" | "thread" | "subthread"
    # 0 for "replies"; the thread id for "thread"; the root comment id for "subthread".
    Column("target", Integer, nullable=False, server_default="0"),
    Column("created", UTCDateTime(), nullable=False),
    UniqueConstraint("address_id", "kind", "target", name="uq_subscriptions_address_kind"),
    Index("ix_subscriptions_kind_target", "kind", "target"),
)

# Every mail Salon sends, written before the SMTP transaction: the Message-ID is fixed
# then, and ``sent`` set after it, so a retried job never sends a mail twice.
mails = Table(
    "mails",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),
    Column("site", String(64), nullable=False),
    Column("recipient", String(254), nullable=False),
    Column("message_id", String(255), nullable=False),
    Column("subject", String(512), nullable=False),
    Column("text_body", Text, nullable=False),
    Column("html_body", Text, nullable=False),
    Column("headers", JSON, nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    Column("sent", UTCDateTime(), nullable=True),
)

# Comments waiting for an address's daily digest.
digest_items = Table(
    "digest_items",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "address_id", Integer, ForeignKey("mail_addresses.id", ondelete="CASCADE"), nullable=False
    ),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("created", UTCDateTime(), nullable=False),
    UniqueConstraint("address_id", "comment_id", name="uq_digest_items_address_comment"),
)

# One-time links (moderators' approve / spam links): a nonce is spent once.
spent_links = Table(
    "spent_links",
    metadata,
    Column("nonce", String(64), primary_key=True),
    Column("used", UTCDateTime(), nullable=False),
)

# Outgoing webhook targets are configured per site; their health is kept here by url.
webhook_targets = Table(
    "webhook_targets",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("url_hash", String(64), nullable=False),
    Column("url", String(2048), nullable=False),
    Column("failures", Integer, nullable=False, server_default="0"),
    Column("disabled", UTCDateTime(), nullable=True),
    Column("reason", Text, nullable=True),
    UniqueConstraint("site", "url_hash", name="uq_webhook_targets_site_url"),
)

webhook_deliveries = Table(
    "webhook_deliveries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "target_id", Integer, ForeignKey("webhook_targets.id", ondelete="CASCADE"), nullable=False
    ),
    Column("webhook_id", String(64), nullable=False),
    Column("event", String(32), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("status", Integer, nullable=True),  # the HTTP status, None when none came
    Column("error", Text, nullable=True),
    Column("ms", Integer, nullable=False, server_default="0"),
    Index("ix_webhook_deliveries_target", "target_id", "id"),
)

# Readers' reports on published comments: one per reader per comment.
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("comment_id", Integer, ForeignKey("comments.id", ondelete="CASCADE"), nullable=False),
    Column("site", String(64), nullable=False),
    Column("reader", String(64), nullable=False),
    Column("reason", String(16), nullable=False),
    Column("note", String(500), nullable=False, server_default=""),
    Column("created", UTCDateTime(), nullable=False),
    Column("dismissed_at", UTCDateTime(), nullable=True),
    Column("dismissed_by", String(128), nullable=True),
    UniqueConstraint("comment_id", "reader", name="uq_reports_comment_reader"),
    Index("ix_reports_reader_created", "reader", "created"),
)

# Every moderator action: who, when, what, and the comment's state before and after.
audit = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("site", String(64), nullable=False),
    Column("moderator", String(128), nullable=False),
    Column("action", String(32), nullable=False),
    Column("comment_id", Integer, nullable=True),
    Column("before", JSON, nullable=True),
    Column("after", JSON, nullable=True),
    Column("created", UTCDateTime(), nullable=False),
    # One bulk action is one batch, undone together; set when a later Undo reverted it.
    Column("batch", String(32), nullable=False, server_default=""),
    Column("undone", Boolean, nullable=False, server_default=false()),
    Index("ix_audit_site_id", "site", "id"),
    Index("ix_audit_moderator_id", "moderator", "id"),
)

# Site settings changed in the admin UI; a site without a row uses the TOML file's.
site_settings = Table(
    "site_settings",
    metadata,
    Column("site", String(64), primary_key=True),
    # The editable fields of SiteSettings (the moderation table included), as validated.
    Column("data", JSON, nullable=False),
    Column("updated", UTCDateTime(), nullable=False),
    Column("updated_by", String(128), nullable=False),
)

# Admin API tokens: only a SHA-256 of each is kept (they are long random strings).
admin_tokens = Table(
    "admin_tokens",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("account", String(64), nullable=False),
    Column("label", String(128), nullable=False, server_default=""),
    Column("digest", String(64), nullable=False, unique=True),
    Column("created", UTCDateTime(), nullable=False),
    Column("last_used", UTCDateTime(), nullable=True),
    Column("revoked", UTCDateTime(), nullable=True),
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
    Column("expires", UTCDateTime(), nullable=False),  # slides forward while it is used
    Column("last_seen", UTCDateTime(), nullable=True),
    Column("agent", String(200), nullable=False, server_default=""),  # the browser, shortened
)

# Failed logins per account name (known or not, so answers do not reveal which exist).
login_failures = Table(
    "login_failures",
    metadata,
    Column("account", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("locked_until", UTCDateTime(), nullable=True),
)
