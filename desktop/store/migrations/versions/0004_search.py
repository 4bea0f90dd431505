"""Full-text search over the day's text and tags (SQLite FTS5).

An external-content FTS5 table indexes ``entries.text`` and ``entries.tags``
without storing a second copy of the words; three triggers keep it in step
with every insert, edit and delete, so search can never show a stale page.
Existing pages are indexed here, in the migration.

The tokenizer is ``unicode61 remove_diacritics 2``: case-folded, accents
ignored ("cafe" finds "café"), and it splits Cyrillic and other non-Latin
scripts into words. Inflection is handled on the query side (see
``desktop/store/search.py``), so partial words typed into the search field
still match by prefix.

Caution for later migrations: a ``batch_alter_table("entries")`` rebuilds the
table, and SQLite drops a table's triggers with it. Such a migration must run
``create_search_triggers()`` again afterwards (a test checks the triggers
exist at head).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TRIGGERS = {
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


def create_search_triggers() -> None:
    for name, sql in TRIGGERS.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(sql)


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5("
        "text, tags, content='entries', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    create_search_triggers()
    op.execute("INSERT INTO entries_fts(entries_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS entries_fts")
