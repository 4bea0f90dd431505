"""What people track after a loss (issue 16): test results and hCG, medicines, discharge, and appointments.

Four optional columns on ``entries`` (NULL / empty means "not recorded",
never zero), the search index taught the medicine names, and a table of
appointments booked ahead with a time and a place. One migration for the
whole issue.

The batch rebuild of ``entries`` drops its triggers (see 0004), and the
search index gains a column, so the index and its triggers are made again
here and filled from the pages. This file keeps its own frozen copy of the
triggers, as 0004 does.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TRIGGERS = {
    "entries_fts_after_insert": """
        CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts(rowid, text, tags, medicines) VALUES (new.id, new.text, new.tags, new.medicines);
        END""",
    "entries_fts_after_delete": """
        CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, tags, medicines)
            VALUES ('delete', old.id, old.text, old.tags, old.medicines);
        END""",
    "entries_fts_after_update": """
        CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF text, tags, medicines ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, tags, medicines)
            VALUES ('delete', old.id, old.text, old.tags, old.medicines);
            INSERT INTO entries_fts(rowid, text, tags, medicines) VALUES (new.id, new.text, new.tags, new.medicines);
        END""",
}
OLD_TRIGGERS = {  # 0004's, for the way down
    "entries_fts_after_insert": """
        CREATE TRIGGER entries_fts_after_insert AFTER INSERT ON entries BEGIN
            INSERT INTO entries_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags);
        END""",
    "entries_fts_after_delete": """
        CREATE TRIGGER entries_fts_after_delete AFTER DELETE ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags);
        END""",
    "entries_fts_after_update": """
        CREATE TRIGGER entries_fts_after_update AFTER UPDATE OF text, tags ON entries BEGIN
            INSERT INTO entries_fts(entries_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags);
            INSERT INTO entries_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags);
        END""",
}
FTS_COLUMNS = "text, tags, medicines"
OLD_FTS_COLUMNS = "text, tags"


def _make_search_index(columns: str, triggers: dict[str, str]) -> None:
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
    op.execute(
        f"CREATE VIRTUAL TABLE entries_fts USING fts5({columns}, content='entries', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    for sql in triggers.values():
        op.execute(sql)
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def upgrade() -> None:
    for name in TRIGGERS:  # the rebuild below would drop them anyway; the index is made again after it
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("test_result", sa.String(10), nullable=True))
        batch.add_column(sa.Column("hcg_miu_ml", sa.Float(), nullable=True))
        batch.add_column(sa.Column("discharge", sa.String(10), nullable=True))
        batch.add_column(sa.Column("medicines", sa.Text(), nullable=False, server_default=""))
        batch.create_check_constraint(
            "ck_entries_test_result", "test_result IS NULL OR test_result IN ('negative', 'faint', 'positive')"
        )
        batch.create_check_constraint("ck_entries_hcg", "hcg_miu_ml IS NULL OR hcg_miu_ml BETWEEN 0 AND 500000")
        batch.create_check_constraint(
            "ck_entries_discharge", "discharge IS NULL OR discharge IN ('none', 'usual', 'unusual')"
        )
    _make_search_index(FTS_COLUMNS, TRIGGERS)
    op.create_table(
        "appointments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("day", sa.Date(), nullable=False, index=True),
        sa.Column("at", sa.String(5), nullable=False),
        sa.Column("title", sa.String(200), nullable=False, server_default=""),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("consultation", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('happened', 'not-happened', 'unanswered')", name="ck_appointments_outcome"
        ),
    )


def downgrade() -> None:
    op.drop_table("appointments")
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("entries") as batch:
        for name in ("ck_entries_discharge", "ck_entries_hcg", "ck_entries_test_result"):
            batch.drop_constraint(name, type_="check")
        for column in ("medicines", "discharge", "hcg_miu_ml", "test_result"):
            batch.drop_column(column)
    _make_search_index(OLD_FTS_COLUMNS, OLD_TRIGGERS)
