"""graduated trust and bans: expiring, reasoned, pattern and shadow bans; shadow comments;
sessions' last use

Revision ID: 0011
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0006"


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch would rebuild comments on SQLite and drop the
    # full-text triggers of migration 0008.
    op.add_column(
        "bans", sa.Column("reason", sa.String(length=500), nullable=False, server_default="")
    )
    op.add_column("bans", sa.Column("expires", sa.DateTime(), nullable=True))
    op.add_column(
        "bans", sa.Column("shadow", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "comments", sa.Column("shadow", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    # Sessions slide while used; the list shows where and when each was last used.
    op.add_column("admin_sessions", sa.Column("last_seen", sa.DateTime(), nullable=True))
    op.add_column(
        "admin_sessions",
        sa.Column("agent", sa.String(length=200), nullable=False, server_default=""),
    )
    op.create_table(
        "trust_resets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("author", sa.String(length=400), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_trust_resets_site_author", "trust_resets", ["site", "author"])
    op.create_index("ix_labels_comment", "labels", ["comment_id"])


def downgrade() -> None:
    op.drop_index("ix_labels_comment", table_name="labels")
    op.drop_index("ix_trust_resets_site_author", table_name="trust_resets")
    op.drop_table("trust_resets")
    # SQLite (3.35+) drops a column in place, keeping the full-text triggers.
    op.drop_column("comments", "shadow")
    op.drop_column("admin_sessions", "agent")
    op.drop_column("admin_sessions", "last_seen")
    for column in ("shadow", "expires", "reason"):
        op.drop_column("bans", column)
