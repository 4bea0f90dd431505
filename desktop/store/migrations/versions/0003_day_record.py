"""Structured day record: bleeding, pain, temperature, mood and tags.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("bleeding", sa.String(10), nullable=True))
        batch.add_column(sa.Column("pain", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("temperature_c", sa.Float(), nullable=True))
        batch.add_column(sa.Column("mood", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("tags", sa.Text(), nullable=False, server_default=""))
        batch.create_check_constraint(
            "ck_entries_bleeding", "bleeding IS NULL OR bleeding IN ('none', 'spotting', 'light', 'medium', 'heavy')"
        )
        batch.create_check_constraint("ck_entries_pain", "pain IS NULL OR pain BETWEEN 0 AND 10")
        batch.create_check_constraint("ck_entries_temperature", "temperature_c IS NULL OR temperature_c BETWEEN 30 AND 45")
        batch.create_check_constraint("ck_entries_mood", "mood IS NULL OR mood BETWEEN 1 AND 5")


def downgrade() -> None:
    with op.batch_alter_table("entries") as batch:
        for name in ("ck_entries_mood", "ck_entries_temperature", "ck_entries_pain", "ck_entries_bleeding"):
            batch.drop_constraint(name, type_="check")
        for column in ("tags", "mood", "temperature_c", "pain", "bleeding"):
            batch.drop_column(column)
