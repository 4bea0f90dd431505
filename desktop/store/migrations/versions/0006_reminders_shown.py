"""Which reminders were shown on which day: bookkeeping that moved out of the settings file.

The settings file is not encrypted and outlives the journal; a date kept there
("this milestone's reminder was shown on 2026-01-31") gives away day 0. In the
journal it is as private as everything else she recorded. Only the newest
day's rows are kept.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminders_shown",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(60), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.UniqueConstraint("key", "day", name="uq_reminders_shown_key_day"),
    )


def downgrade() -> None:
    op.drop_table("reminders_shown")
