"""The doctor's milestone dates and her own milestones.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "milestone_overrides",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False, unique=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(date IS NULL) <> (offset_days IS NULL)", name="ck_override_date_or_offset"),
    )
    op.create_table(
        "custom_milestones",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_custom_milestones_date", "custom_milestones", ["date"])


def downgrade() -> None:
    op.drop_index("ix_custom_milestones_date", table_name="custom_milestones")
    op.drop_table("custom_milestones")
    op.drop_table("milestone_overrides")
