"""indexes for the author history that moderation reads at every post

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_index("ix_comments_author_email", "comments", ["author_email"])
    op.create_index("ix_comments_author_name", "comments", ["author_name"])


def downgrade() -> None:
    op.drop_index("ix_comments_author_name", "comments")
    op.drop_index("ix_comments_author_email", "comments")
