"""indexes for reading one page of a large thread in a large database

Revision ID: 0013
Revises: 0006
"""

from alembic import op

revision = "0013"
down_revision = "0006"


def upgrade() -> None:
    # A page walks a thread's comments in date order and stops at the page's end.
    op.create_index("ix_comments_thread_created", "comments", ["thread_id", "created", "id"])
    # The replies of a page's comments are found by their parent.
    op.create_index("ix_comments_parent", "comments", ["parent_id"])


def downgrade() -> None:
    op.drop_index("ix_comments_parent", "comments")
    op.drop_index("ix_comments_thread_created", "comments")
