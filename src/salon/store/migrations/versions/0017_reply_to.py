"""comments.reply_to: whom a reply flattened at the deepest level answers

Revision ID: 0017
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0011"


def upgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.add_column(sa.Column("reply_to", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("comments") as batch:
        batch.drop_column("reply_to")
