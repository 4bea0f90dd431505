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
    "milestone_overrides": [  # loss_date exists from 0005 on: the loss the change was made for
        {"id": 1, "key": "sex-earliest", "date": None, "offset_days": 14, "note": "Dr K", "loss_date": "2026-03-01"}
    ],
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


def _journal_at_0004(path: Path, events: list[tuple[str, str]], overrides: list[tuple[str, str]]) -> None:
    """A 0004 journal with these events (kind, date) and overrides (key, created_at)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection, connection:
        for kind, day in events:
            connection.execute(
                "INSERT INTO events (kind, date, note, created_at, updated_at) VALUES (?, ?, '', ?, ?)",
                (kind, day, f"{day} 09:00:00.000000", f"{day} 09:00:00.000000"),
            )
        for key, created in overrides:
            connection.execute(
                "INSERT INTO milestone_overrides (key, date, offset_days, note, created_at, updated_at) "
                "VALUES (?, NULL, 30, ?, ?, ?)",
                (key, f"made {created}", f"{created} 10:00:00.000000", f"{created} 10:00:00.000000"),
            )


def test_0005_gives_each_override_the_loss_that_was_most_recent_when_it_was_made(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    _journal_at_0004(
        path,
        events=[("miscarriage", "2020-01-10"), ("procedure", "2020-01-12"), ("procedure", "2024-02-01")],
        overrides=[("sex-earliest", "2021-03-01"), ("planning-earliest", "2024-05-01"), ("consultation", "2019-06-01")],
    )
    with open_journal(path) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD
        loss_of = {o.key: o.loss_date for o in journal.history().overrides}
        counts = journal.counts()
    assert loss_of == {
        "sex-earliest": date(2020, 1, 10),  # made in 2021: the 2020 loss was the latest then
        "planning-earliest": date(2024, 2, 1),  # made after the 2024 loss (a procedure of its own)
        "consultation": date(2024, 2, 1),  # made before any loss's date: the most recent one
    }
    assert counts.overrides == 3


def test_0005_keeps_an_override_of_no_loss_unattached_and_out_of_the_plan(tmp_path: Path) -> None:
    from desktop.guidance import milestones_for

    path = tmp_path / "journal.sqlite3"
    _journal_at_0004(path, events=[], overrides=[("sex-earliest", "2025-01-01")])
    with open_journal(path) as journal:
        assert journal.history().overrides == ()
        assert [(o.key, o.loss_date, o.note) for o in journal.snapshot().overrides] == [
            ("sex-earliest", None, "made 2025-01-01")
        ]
        journal.add_event("miscarriage", date(2026, 3, 1))
        plan = {m.key: m for m in milestones_for(journal.history(), date(2026, 12, 7))}
    assert plan["sex-earliest"].source == "article"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT count(*) FROM milestone_overrides").fetchone()[0] == 1


def test_0005_downgrades_to_one_change_per_milestone(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "journal.sqlite3"
    with open_journal(path) as journal:
        journal.add_event("miscarriage", date(2020, 1, 10))
        journal.set_override("sex-earliest", offset_days=10, note="first")
        journal.add_event("miscarriage", date(2024, 2, 1))
        journal.set_override("sex-earliest", offset_days=12, note="second")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
    engine.dispose()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("SELECT key, note FROM milestone_overrides").fetchall() == [("sex-earliest", "second")]


def test_0006_adds_the_reminder_bookkeeping_table_and_keeps_only_the_newest_day(tmp_path: Path) -> None:
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
