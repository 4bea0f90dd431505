"""A journal made at every earlier schema revision, with data, opens at head with every row intact.

Generic over ``KNOWN_REVISIONS``: each table that exists at a revision gets
sample rows in the columns it has then, and after the upgrade those columns
must still hold exactly those values.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop.store import open_journal
from desktop.store.schema import KNOWN_REVISIONS, SCHEMA_HEAD, alembic_config

SAMPLE_ROWS: dict[str, list[dict[str, object]]] = {
    "events": [
        {"id": 1, "kind": "miscarriage", "date": "2026-03-01", "note": "ö — note"},
        {"id": 2, "kind": "procedure", "date": "2026-03-04", "note": ""},
        {"id": 3, "kind": "period", "date": "2026-04-10", "note": "first"},
    ],
    "entries": [
        {"id": 1, "date": "2026-03-02", "text": "a hard day\nsecond line"},
        {"id": 2, "date": "2026-03-05", "text": "ein besserer Tag"},
    ],
    "milestone_overrides": [{"id": 1, "key": "sex-earliest", "date": None, "offset_days": 14, "note": "Dr K"}],
    "custom_milestones": [{"id": 1, "title": "Walk by the sea", "date": "2026-06-01", "note": ""}],
}
TIMESTAMPS = {"created_at": "2026-03-05 10:00:00.000000", "updated_at": "2026-03-05 11:00:00.000000"}


def _make_journal_at(path: Path, revision: str) -> dict[str, list[dict[str, object]]]:
    """Create a journal at ``revision`` and fill it; return what was written, table by table."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    written: dict[str, list[dict[str, object]]] = {}
    with closing(sqlite3.connect(path)) as connection, connection:
        for table, rows in SAMPLE_ROWS.items():
            columns = {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            if not columns:
                continue
            written[table] = []
            for sample in rows:
                row = {name: value for name, value in {**sample, **TIMESTAMPS}.items() if name in columns}
                names = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                connection.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(row.values()))
                written[table].append(row)
    return written


@pytest.mark.parametrize("revision", KNOWN_REVISIONS[:-1])
def test_every_row_survives_the_upgrade_to_head(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "journal.sqlite3"
    written = _make_journal_at(path, revision)
    assert written, "the sample data must fill at least one table"

    with open_journal(path) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD
        assert journal.integrity_check() == "ok"
        history = journal.history()
        entries = journal.entries_between(date(2000, 1, 1), date(2100, 1, 1))

    with closing(sqlite3.connect(path)) as connection:
        for table, rows in written.items():
            for row in rows:
                names = list(row)
                stored = connection.execute(
                    f"SELECT {', '.join(names)} FROM {table} WHERE id = ?", (row["id"],)
                ).fetchone()
                assert stored == tuple(row.values()), f"{table} row {row['id']} changed"
            count = connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert count == len(rows)

    # The store reads the old rows through its own models, too.
    assert [e.note for e in history.events] == ["ö — note", "", "first"]
    assert [e.text for e in entries] == ["a hard day\nsecond line", "ein besserer Tag"]
    if "milestone_overrides" in written:
        assert [(o.key, o.offset_days) for o in history.overrides] == [("sex-earliest", 14)]



def test_0005_adds_the_reminder_bookkeeping_table_and_keeps_only_the_newest_day(tmp_path: Path) -> None:
    """Reminder bookkeeping moved out of the (unencrypted) settings file into the journal."""
    from alembic import command

    path = tmp_path / "journal.sqlite3"
    written = _make_journal_at(path, "0004")
    with closing(sqlite3.connect(path)) as connection:
        assert not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'reminders_shown'").fetchone()

    with open_journal(path) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD
        assert not journal.reminder_shown("sex-earliest", date(2026, 3, 22))
        journal.mark_reminder_shown("sex-earliest", date(2026, 3, 22))
        journal.mark_reminder_shown("sex-earliest", date(2026, 3, 22))  # twice: still one row
        journal.mark_reminder_shown("user-1", date(2026, 3, 22))
        assert journal.reminder_shown("sex-earliest", date(2026, 3, 22))
        assert not journal.reminder_shown("sex-earliest", date(2026, 3, 23))
        journal.mark_reminder_shown("consultation", date(2026, 3, 23))
        assert not journal.reminder_shown("sex-earliest", date(2026, 3, 22))  # earlier days are forgotten
        assert journal.integrity_check() == "ok"

    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT key, day FROM reminders_shown").fetchall() == [("consultation", "2026-03-23")]
        for table, rows in written.items():
            assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(rows)
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute("INSERT INTO reminders_shown (key, day) VALUES ('consultation', '2026-03-23')")

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        assert not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'reminders_shown'").fetchone()
    with open_journal(path) as journal:  # and up again
        assert journal.schema_revision() == SCHEMA_HEAD
        assert not journal.reminder_shown("consultation", date(2026, 3, 23))
