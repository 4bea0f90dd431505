from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

import pytest

from desktop.guidance import EventKind
from desktop.paths import journal_path
from desktop.store import JournalError, open_journal
from desktop.store.schema import SCHEMA_HEAD


def test_a_fresh_journal_is_private_and_at_the_newest_schema(data_dir: Path) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(journal_path(data_dir).stat().st_mode) == 0o600


def test_schema_head_constant_matches_alembic_head() -> None:
    from alembic.script import ScriptDirectory

    from desktop.store.schema import KNOWN_REVISIONS, alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == SCHEMA_HEAD
    assert KNOWN_REVISIONS[-1] == SCHEMA_HEAD
    assert {rev.revision for rev in script.walk_revisions()} == set(KNOWN_REVISIONS)


def test_events_round_trip_in_date_order(journal) -> None:  # type: ignore[no-untyped-def]
    journal.add_event(EventKind.PROCEDURE, date(2026, 3, 4), "hospital")
    journal.add_event("miscarriage", date(2026, 3, 1))
    events = journal.list_events()
    assert [(e.kind, e.date, e.note) for e in events] == [
        (EventKind.MISCARRIAGE, date(2026, 3, 1), ""),
        (EventKind.PROCEDURE, date(2026, 3, 4), "hospital"),
    ]
    journal.delete_event(events[0].id)
    assert len(journal.list_events()) == 1


def test_unknown_event_kind_is_refused(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(JournalError, match="unknown event kind"):
        journal.add_event("birthday", date(2026, 3, 1))
    assert journal.list_events() == []


def test_entries_save_update_and_empty_text_removes_the_page(journal) -> None:  # type: ignore[no-untyped-def]
    journal.save_entry(date(2026, 3, 5), "first")
    journal.save_entry(date(2026, 3, 5), "second")
    assert journal.entry(date(2026, 3, 5)).text == "second"
    assert journal.entry_dates_between(date(2026, 3, 1), date(2026, 3, 31)) == {date(2026, 3, 5)}
    journal.save_entry(date(2026, 3, 5), "   ")
    assert journal.entry(date(2026, 3, 5)) is None


def test_overrides_and_own_milestones_are_stored(journal) -> None:  # type: ignore[no-untyped-def]
    journal.add_event("miscarriage", date(2026, 3, 1))  # a doctor's change belongs to a loss (issue 11)
    journal.set_override("abstinence", offset_days=14, note="Dr said two weeks")
    journal.add_custom_milestone("Walk by the sea", date(2026, 6, 1))
    history = journal.history()
    assert [(o.key, o.offset_days, o.note) for o in history.overrides] == [("sex-earliest", 14, "Dr said two weeks")]
    assert [c.title for c in history.custom] == ["Walk by the sea"]
    journal.reset_override("sex-earliest")
    assert journal.history().overrides == ()


def test_overrides_refuse_unknown_keys_and_ambiguous_values(journal) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(JournalError, match="cannot be changed"):
        journal.set_override("first-period", offset_days=10)
    with pytest.raises(JournalError, match="either"):
        journal.set_override("sex-earliest", day=date(2026, 1, 1), offset_days=3)
    assert journal.history().overrides == ()


def test_data_survives_reopening(data_dir: Path, lean: bool) -> None:
    path = journal_path(data_dir)
    with open_journal(path, lean=lean) as journal:
        journal.save_entry(date(2026, 1, 2), "kept")
    with open_journal(path, lean=not lean) as journal:  # what one road wrote, the other reads
        assert journal.entry(date(2026, 1, 2)).text == "kept"


def test_a_file_that_is_not_a_journal_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(JournalError, match="not a readable journal"):
        open_journal(path)
    assert path.read_bytes() == before


def test_a_journal_from_a_newer_version_is_refused_unchanged(data_dir: Path) -> None:
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.save_entry(date(2026, 1, 2), "kept")
    import sqlite3

    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(JournalError, match="newer version"):
        open_journal(path)


def test_day_record_fields_round_trip_and_empty_means_not_recorded(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import DayRecord

    journal.save_day(DayRecord(date(2026, 3, 5), "tired", "spotting", 0, 37.2, 2, ("walk", "tea", "Walk", " ")))
    saved = journal.entry(date(2026, 3, 5))
    assert (saved.text, saved.bleeding, saved.pain, saved.temperature_c, saved.mood, saved.tags) == (
        "tired", "spotting", 0, 37.2, 2, ("walk", "tea"),
    )
    journal.save_entry(date(2026, 3, 5), "better")
    assert journal.entry(date(2026, 3, 5)).pain == 0  # text-only save keeps the other fields
    journal.save_day(DayRecord(date(2026, 3, 6), pain=None, mood=None))
    assert journal.entry(date(2026, 3, 6)) is None


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("bleeding", "lots", "bleeding"), ("pain", 11, "pain"), ("temperature_c", 50.0, "temperature"), ("mood", 0, "mood")],
)
def test_out_of_range_day_fields_are_refused(journal, field: str, value: object, message: str) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import DayRecord

    with pytest.raises(JournalError, match=message):
        journal.save_day(DayRecord(date(2026, 3, 5), "x", **{field: value}))
    assert journal.entry(date(2026, 3, 5)) is None


def test_a_journal_at_0002_upgrades_without_loss(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from desktop.store.schema import upgrade_to_head

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        upgrade_to_head(connection, None, target="0002")
        connection.exec_driver_sql(
            "INSERT INTO entries (date, text, created_at, updated_at) VALUES ('2026-01-02', 'old words', '2026-01-02', '2026-01-02')"
        )
    engine.dispose()
    with open_journal(path) as journal:
        assert journal.schema_revision() == SCHEMA_HEAD
        entry = journal.entry(date(2026, 1, 2))
        assert entry.text == "old words" and entry.pain is None and entry.tags == ()


def test_day_marks_say_what_was_logged_per_day(journal) -> None:  # type: ignore[no-untyped-def]
    from desktop.store import DayRecord
    from desktop.store.records import DayLogMarks

    journal.save_day(DayRecord(date(2026, 3, 1), "words only"))
    journal.save_day(DayRecord(date(2026, 3, 2), "", bleeding="none"))
    journal.save_day(DayRecord(date(2026, 3, 3), "both", pain=0))
    journal.save_day(DayRecord(date(2026, 3, 4), "", mood=3, tags=("tea",)))
    journal.save_day(DayRecord(date(2026, 3, 5), "", bleeding="light"))
    journal.add_event(EventKind.PERIOD, date(2026, 3, 5))
    journal.add_event(EventKind.PERIOD, date(2026, 3, 6))
    journal.add_event(EventKind.CONSULTATION, date(2026, 3, 7))
    journal.save_day(DayRecord(date(2026, 4, 1), "outside the range"))
    marks = journal.day_marks_between(date(2026, 3, 1), date(2026, 3, 31))
    assert marks == {
        date(2026, 3, 1): DayLogMarks(has_entry=True, has_note=True),
        date(2026, 3, 2): DayLogMarks(has_entry=True, has_symptoms=True, bleeding="none"),
        date(2026, 3, 3): DayLogMarks(has_entry=True, has_note=True, has_symptoms=True),
        date(2026, 3, 4): DayLogMarks(has_entry=True),  # mood and tags alone are not symptoms
        date(2026, 3, 5): DayLogMarks(has_entry=True, has_symptoms=True, bleeding="light", period_start=True),
        date(2026, 3, 6): DayLogMarks(period_start=True),
    }


def test_day_marks_for_a_calendar_page_are_one_query(data_dir: Path) -> None:
    from sqlalchemy import Engine, event

    with open_journal(journal_path(data_dir), lean=False) as journal:
        journal.add_event(EventKind.PERIOD, date(2026, 3, 5))
        journal.save_entry(date(2026, 3, 6), "x")
        statements: list[str] = []

        def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
            statements.append(statement)

        event.listen(Engine, "before_cursor_execute", count)
        try:
            marks = journal.day_marks_between(date(2026, 2, 16), date(2026, 4, 13))
        finally:
            event.remove(Engine, "before_cursor_execute", count)
    assert len(marks) == 2
    assert len(statements) == 1


def test_the_lean_path_reads_a_calendar_page_in_one_statement_without_sqlalchemy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import sqlite3
    import subprocess
    import sys

    from desktop.store import lean
    from tests.repo import REPO

    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.add_event(EventKind.PERIOD, date(2026, 3, 5))
        journal.save_entry(date(2026, 3, 6), "x")
    statements: list[str] = []

    def traced(*args: object, **kwargs: object) -> sqlite3.Connection:
        connection = sqlite3.connect(*args, **kwargs)  # type: ignore[arg-type]
        connection.set_trace_callback(statements.append)
        return connection

    class Traced:
        DatabaseError, IntegrityError, connect = sqlite3.DatabaseError, sqlite3.IntegrityError, staticmethod(traced)

    monkeypatch.setattr(lean, "driver_for", lambda _passphrase: Traced)
    with open_journal(path) as journal:
        statements.clear()
        marks = journal.day_marks_between(date(2026, 2, 16), date(2026, 4, 13))
    assert len(marks) == 2
    assert len(statements) == 1
    # Opening, reading and saving a page never import SQLAlchemy (a fresh interpreter tells).
    script = (
        "import sys; from datetime import date; from pathlib import Path; from desktop.store import open_journal\n"
        f"j = open_journal(Path({str(path)!r})); j.history(); j.entry(date(2026, 3, 6)); j.save_entry(date(2026, 3, 7), 'y')\n"
        "j.day_marks_between(date(2026, 3, 1), date(2026, 3, 31)); j.close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=environment)
    assert done.stdout.strip() == "[]"


def test_her_own_milestone_is_changed_in_place(journal) -> None:  # type: ignore[no-untyped-def]
    own = journal.add_custom_milestone("Walk by the sea", date(2026, 6, 1), "with Anna")
    other = journal.add_custom_milestone("Concert", date(2026, 7, 1))
    changed = journal.update_custom_milestone(own.id, "  Swim in the lake ", date(2026, 6, 15), "with Ben")
    assert (changed.id, changed.title, changed.date, changed.note) == (own.id, "Swim in the lake", date(2026, 6, 15), "with Ben")
    assert journal.history().custom == (changed, other)


def test_changing_her_own_milestone_refuses_an_unknown_id_or_an_empty_title(journal) -> None:  # type: ignore[no-untyped-def]
    own = journal.add_custom_milestone("Walk by the sea", date(2026, 6, 1))
    with pytest.raises(JournalError, match="no milestone of your own"):
        journal.update_custom_milestone(own.id + 100, "Other", date(2026, 6, 2), "")
    with pytest.raises(JournalError, match="needs a title"):
        journal.update_custom_milestone(own.id, "   ", date(2026, 6, 2), "")
    assert journal.history().custom == (own,)


def test_a_page_read_back_and_saved_again_is_stamped_anew(journal) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from desktop.store import DayRecord

    first = journal.save_day(DayRecord(date(2026, 3, 8), "words", pain=2))
    again = journal.save_day(replace(first, pain=3))  # an EntryRecord, as the window hands a page back
    assert (again.text, again.pain) == ("words", 3) and again.updated_at >= first.updated_at
    assert journal.entry(date(2026, 3, 8)) == again
    assert journal.save_day(again) == again  # nothing changed: nothing written, the stamp stays
