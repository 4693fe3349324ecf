"""moderators' workbench: full-text search, reader reports, audit log, answers as the site,
site settings edited in the UI

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"

SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE comments_fts USING fts5(text, author_name, content='comments', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER comments_fts_ai AFTER INSERT ON comments BEGIN "
    "INSERT INTO comments_fts(rowid, text, author_name) "
    "VALUES (new.id, new.text, new.author_name); END",
    "CREATE TRIGGER comments_fts_ad AFTER DELETE ON comments BEGIN "
    "INSERT INTO comments_fts(comments_fts, rowid, text, author_name) "
    "VALUES ('delete', old.id, old.text, old.author_name); END",
    "CREATE TRIGGER comments_fts_au AFTER UPDATE OF text, author_name ON comments BEGIN "
    "INSERT INTO comments_fts(comments_fts, rowid, text, author_name) "
    "VALUES ('delete', old.id, old.text, old.author_name); "
    "INSERT INTO comments_fts(rowid, text, author_name) "
    "VALUES (new.id, new.text, new.author_name); END",
    "INSERT INTO comments_fts(comments_fts) VALUES ('rebuild')",
)
# A stored vector kept by PostgreSQL's own trigger: matching never re-parses the text,
# neither when the planner walks the newest comments nor when it rechecks index hits.
POSTGRES_INDEX = (
    "ALTER TABLE comments ADD COLUMN search_vector tsvector",
    "UPDATE comments SET search_vector = to_tsvector('pg_catalog.simple', "
    "coalesce(text, '') || ' ' || coalesce(author_name, ''))",
    "CREATE INDEX ix_comments_fts ON comments USING gin (search_vector)",
    "CREATE TRIGGER comments_fts_vector BEFORE INSERT OR UPDATE OF text, author_name "
    "ON comments FOR EACH ROW EXECUTE FUNCTION "
    "tsvector_update_trigger(search_vector, 'pg_catalog.simple', text, author_name)",
)


def upgrade() -> None:
    op.add_column(
        "comments", sa.Column("staff", sa.String(length=128), server_default="", nullable=False)
    )
    op.add_column(
        "comments", sa.Column("pinned", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column(
        "comments", sa.Column("featured", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.add_column(
        "threads", sa.Column("closed", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("reader", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=500), server_default="", nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.Column("dismissed_by", sa.String(length=128), nullable=True),
        sa.ForeignKeyConstraint(["comment_id"], ["comments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("comment_id", "reader", name="uq_reports_comment_reader"),
    )
    op.create_index("ix_reports_reader_created", "reports", ["reader", "created"])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("moderator", sa.String(length=128), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("batch", sa.String(length=32), server_default="", nullable=False),
        sa.Column("undone", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_audit_site_id", "audit", ["site", "id"])
    op.create_index("ix_audit_moderator_id", "audit", ["moderator", "id"])
    op.add_column(
        "admins", sa.Column("role", sa.String(length=16), server_default="admin", nullable=False)
    )
    op.add_column("admins", sa.Column("sites", sa.JSON(), nullable=True))
    op.add_column(
        "admins", sa.Column("disabled", sa.Boolean(), server_default=sa.false(), nullable=False)
    )
    op.create_table(
        "admin_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=128), server_default="", nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("last_used", sa.DateTime(), nullable=True),
        sa.Column("revoked", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("digest"),
    )
    op.create_table(
        "site_settings",
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint("site"),
    )
    # The full-text index cannot be described in tables.py (an FTS5 virtual table kept
    # by triggers on SQLite, an expression GIN index on PostgreSQL); store/search.py
    # names it and queries it with the same expression.
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_INDEX:
            op.execute(statement)
    else:
        for statement in POSTGRES_INDEX:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS comments_fts_{name}")
        op.execute("DROP TABLE IF EXISTS comments_fts")
    else:
        op.execute("DROP TRIGGER IF EXISTS comments_fts_vector ON comments")
        op.execute("DROP INDEX IF EXISTS ix_comments_fts")
        op.execute("ALTER TABLE comments DROP COLUMN IF EXISTS search_vector")
    op.drop_table("site_settings")
    op.drop_table("admin_tokens")
    with op.batch_alter_table("admins") as batch:
        for column in ("disabled", "sites", "role"):
            batch.drop_column(column)
    op.drop_table("audit")
    op.drop_table("reports")
    with op.batch_alter_table("comments") as batch:
        for column in ("featured", "pinned", "staff"):
            batch.drop_column(column)
    with op.batch_alter_table("threads") as batch:
        batch.drop_column("closed")
