"""indexes for reading one page of a large thread in a large database

Revision ID: 0013
Revises: 0006
"""

from alembic import op

revision = "0013"
down_revision = "0017"


def upgrade() -> None:
    # The thread's count and its pinned and featured comments, read from the index alone;
    # it replaces the (thread_id, state) index, which is its prefix.
    op.create_index(
        "ix_comments_thread_state_picks", "comments", ["thread_id", "state", "pinned", "featured"]
    )
    op.drop_index("ix_comments_thread_state", "comments")
    # A page walks a thread's comments in date order and stops at the page's end.
    op.create_index("ix_comments_thread_created", "comments", ["thread_id", "created", "id"])
    # The replies of a page's comments are found by their parent.
    op.create_index("ix_comments_parent", "comments", ["parent_id"])


def downgrade() -> None:
    op.drop_index("ix_comments_parent", "comments")
    op.drop_index("ix_comments_thread_created", "comments")
    op.create_index("ix_comments_thread_state", "comments", ["thread_id", "state"])
    op.drop_index("ix_comments_thread_state_picks", "comments")
