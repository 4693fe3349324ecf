"""site_models.memory: the comments a site's moderators labelled, for the nearness term

Revision ID: 0018
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0013"


def upgrade() -> None:
    with op.batch_alter_table("site_models") as batch:
        batch.add_column(sa.Column("memory", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("site_models") as batch:
        batch.drop_column("memory")
