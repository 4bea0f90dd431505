"""A doctor's change belongs to the loss it was made for.

Adds ``milestone_overrides.loss_date``: the date the loss began (its
miscarriage, or its procedure when no miscarriage came before it). A milestone
is unique per loss, no longer across the whole journal.

Existing changes are assigned to the loss that was the most recent one when
they were made (the newest loss that began on or before the change's
``created_at`` day); a change older than every loss goes to the most recent
loss. A change made while no loss was recorded at all stays attached to
nothing (``loss_date`` NULL): it is kept and exported, never deleted, but the
plan does not use it.

The losses are worked out here with a frozen copy of the rule in
``desktop/guidance/engine.py`` (``losses_in``) as it stood at this revision,
so a later change to that rule cannot change what this migration did.

The table is rebuilt by hand (SQLite cannot drop the old, unnamed UNIQUE(key)
in place); ``entries`` and its search triggers are not touched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _loss_dates(rows: list[tuple[str, str]]) -> list[date]:
    """The date each loss began, oldest first (``losses_in`` at revision 0005)."""
    order = {"miscarriage": 0, "procedure": 1}
    events = sorted(
        ((date.fromisoformat(str(day)[:10]), order[kind]) for kind, day in rows if kind in order),
    )
    starts: list[date] = []
    last_anchor_is_miscarriage = False
    for day, rank in events:
        if rank == 0:
            starts.append(day)
            last_anchor_is_miscarriage = True
        elif starts and last_anchor_is_miscarriage:
            last_anchor_is_miscarriage = False  # the procedure of that loss: day 0 moves, the start does not
        else:
            starts.append(day)
            last_anchor_is_miscarriage = False
    return starts


def _loss_for(created: str | None, starts: list[date]) -> date | None:
    if not starts:
        return None
    if created:
        made_on = date.fromisoformat(str(created)[:10])
        before = [start for start in starts if start <= made_on]
        if before:
            return before[-1]
    return starts[-1]


def upgrade() -> None:
    connection = op.get_bind()
    starts = _loss_dates([(str(k), str(d)) for k, d in connection.execute(sa.text("SELECT kind, date FROM events"))])
    op.create_table(
        "milestone_overrides_0005",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("loss_date", sa.Date(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(date IS NULL) <> (offset_days IS NULL)", name="ck_override_date_or_offset"),
        sa.UniqueConstraint("loss_date", "key", name="uq_override_loss_key"),
    )
    rows = connection.execute(
        sa.text("SELECT id, key, date, offset_days, note, created_at, updated_at FROM milestone_overrides")
    ).fetchall()
    for row_id, key, day, offset, note, created, updated in rows:
        loss = _loss_for(created, starts)
        connection.execute(
            sa.text(
                "INSERT INTO milestone_overrides_0005 "
                "(id, key, loss_date, date, offset_days, note, created_at, updated_at) "
                "VALUES (:id, :key, :loss, :date, :offset, :note, :created, :updated)"
            ),
            {
                "id": row_id, "key": key, "loss": loss.isoformat() if loss else None, "date": day,
                "offset": offset, "note": note, "created": created, "updated": updated,
            },
        )
    op.drop_table("milestone_overrides")
    op.rename_table("milestone_overrides_0005", "milestone_overrides")
    op.create_index("ix_milestone_overrides_loss_date", "milestone_overrides", ["loss_date"])


def downgrade() -> None:
    """Back to one change per milestone: the most recent loss's change wins, the others are dropped."""
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "DELETE FROM milestone_overrides WHERE id NOT IN ("
            "SELECT id FROM milestone_overrides o WHERE loss_date IS NULL OR loss_date = "
            "(SELECT max(loss_date) FROM milestone_overrides p WHERE p.key = o.key))"
        )
    )
    connection.execute(
        sa.text(
            "DELETE FROM milestone_overrides WHERE loss_date IS NULL AND key IN "
            "(SELECT key FROM milestone_overrides WHERE loss_date IS NOT NULL)"
        )
    )
    op.drop_index("ix_milestone_overrides_loss_date", table_name="milestone_overrides")
    op.create_table(
        "milestone_overrides_0004",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False, unique=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("offset_days", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(date IS NULL) <> (offset_days IS NULL)", name="ck_override_date_or_offset"),
    )
    connection.execute(
        sa.text(
            "INSERT INTO milestone_overrides_0004 (id, key, date, offset_days, note, created_at, updated_at) "
            "SELECT id, key, date, offset_days, note, created_at, updated_at FROM milestone_overrides"
        )
    )
    op.drop_table("milestone_overrides")
    op.rename_table("milestone_overrides_0004", "milestone_overrides")
