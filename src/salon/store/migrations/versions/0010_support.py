"""reader support campaigns, their ledger and refused webhook calls

Revision ID: 0010
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0005"


def upgrade() -> None:
    op.create_table(
        "support_campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("goal", sa.BigInteger(), nullable=False),
        sa.Column("raised", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("supporters", sa.Integer(), server_default="0", nullable=False),
        sa.Column("milestones", sa.JSON(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("starts", sa.DateTime(), nullable=True),
        sa.Column("ends", sa.DateTime(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_campaigns_site", "support_campaigns", ["site"])
    op.create_table(
        "support_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("supporters", sa.SmallInteger(), server_default="0", nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("reference", sa.String(length=255), nullable=True),
        sa.Column("payment_key", sa.String(length=255), nullable=True),
        sa.Column("actor", sa.String(length=128), server_default="", nullable=False),
        sa.Column("note", sa.String(length=500), server_default="", nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["campaign_id"], ["support_campaigns.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "event_id", name="uq_support_entries_event"),
        sa.UniqueConstraint("source", "payment_key", name="uq_support_entries_payment"),
    )
    op.create_index("ix_support_entries_campaign", "support_entries", ["campaign_id", "id"])
    op.create_index("ix_support_entries_reference", "support_entries", ["source", "reference"])
    op.create_table(
        "support_refusals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site", sa.String(length=64), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_support_refusals_site", "support_refusals", ["site", "id"])


def downgrade() -> None:
    op.drop_table("support_refusals")
    op.drop_table("support_entries")
    op.drop_table("support_campaigns")
