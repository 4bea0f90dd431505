"""Backups with the SQLite backup API: daily, rotation, listing, restore, and the damaged-journal flow."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.paths import journal_path
from desktop.store import DayRecord, JournalError, open_journal
from desktop.store.backup import (
    REASON_BEFORE_RESTORE,
    REASON_DAILY,
    REASON_MANUAL,
    BackupError,
    back_up_now,
    backups_dir,
    ensure_daily_backup,
    integrity_of,
    list_backups,
    newest_good_backup,
    restore_backup,
)

MORNING = datetime(2026, 3, 10, 8, 15, 0)


@pytest.fixture
def path(data_dir: Path) -> Path:
    path = journal_path(data_dir)
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 5), text="first page", pain=3))
        journal.add_event("miscarriage", date(2026, 3, 1))
    return path


def _texts(path: Path) -> list[str]:
    with open_journal(path) as journal:
        return [e.text for e in journal.entries_between(date(2000, 1, 1), date(2100, 1, 1))]


def test_back_up_now_makes_a_private_verified_single_file_copy(path: Path) -> None:
    info = back_up_now(path, MORNING)
    assert info.path.parent == backups_dir(path)
    assert info.reason == REASON_MANUAL and info.entries == 1 and info.created == MORNING
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups_dir(path).stat().st_mode) == 0o700
    assert integrity_of(info.path) == "ok"
    assert sorted(p.name for p in backups_dir(path).iterdir()) == [info.path.name]  # no -wal, no partial
    assert _texts(info.path) == ["first page"]


def test_backup_taken_while_the_journal_is_open_holds_the_latest_save(path: Path) -> None:
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 6), text="written just now"))
        info = back_up_now(path, MORNING)
    assert _texts(info.path) == ["first page", "written just now"]


def test_the_daily_backup_is_made_once_a_day(path: Path) -> None:
    first = ensure_daily_backup(path, MORNING)
    assert first is not None and first.reason == REASON_DAILY
    assert ensure_daily_backup(path, MORNING + timedelta(hours=5)) is None
    assert ensure_daily_backup(path, MORNING + timedelta(days=1)) is not None
    assert len(list_backups(path)) == 2


def test_an_empty_journal_gets_no_daily_backup(data_dir: Path) -> None:
    path = journal_path(data_dir)
    open_journal(path).close()
    assert ensure_daily_backup(path, MORNING) is None
    assert list_backups(path) == []


def test_rotation_keeps_seven_daily_and_four_weekly(path: Path) -> None:
    first_day = datetime(2026, 1, 1, 9, 0, 0)
    for day in range(60):
        ensure_daily_backup(path, first_day + timedelta(days=day))
    back_up_now(path, first_day + timedelta(days=59, hours=2))  # on demand: kept apart from rotation
    kept = list_backups(path)
    daily = [b.created.date() for b in kept if b.reason == REASON_DAILY]
    newest = (first_day + timedelta(days=59)).date()
    assert daily[:7] == [newest - timedelta(days=n) for n in range(7)]
    weekly = daily[7:]
    assert len(weekly) == 4
    assert len({d.isocalendar()[:2] for d in weekly}) == 4
    assert all(d < daily[6] for d in weekly)
    assert [b.reason for b in kept].count(REASON_MANUAL) == 1


def test_list_backups_is_newest_first_with_entry_counts(path: Path) -> None:
    back_up_now(path, MORNING)
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 6), text="second"))
    back_up_now(path, MORNING + timedelta(minutes=1))
    assert [(b.created, b.entries) for b in list_backups(path)] == [
        (MORNING + timedelta(minutes=1), 2),
        (MORNING, 1),
    ]


def test_restore_swaps_the_backup_in_and_keeps_a_safety_copy(path: Path) -> None:
    old = back_up_now(path, MORNING)
    with open_journal(path) as journal:
        journal.save_day(DayRecord(date(2026, 3, 7), text="after the backup"))
    safety = restore_backup(path, old.path, MORNING + timedelta(hours=1))
    assert _texts(path) == ["first page"]
    assert safety is not None and safety.reason == REASON_BEFORE_RESTORE
    assert _texts(safety.path) == ["first page", "after the backup"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert not list(path.parent.glob(".restoring-*"))


def test_a_damaged_backup_is_refused_and_nothing_changes(path: Path) -> None:
    bad = backups_dir(path) / "journal-2026-03-10T081500-manual.sqlite3"
    bad.parent.mkdir(parents=True, exist_ok=True)
    bad.write_bytes(b"not a database at all" * 100)
    before = path.read_bytes()
    with pytest.raises(BackupError, match="cannot be restored"):
        restore_backup(path, bad, MORNING)
    assert path.read_bytes() == before
    assert [b.entries for b in list_backups(path)] == [None]


def test_a_damaged_journal_is_kept_and_the_newest_good_backup_restores_it(path: Path) -> None:
    good = back_up_now(path, MORNING)
    newer_bad = backups_dir(path) / "journal-2026-03-11T081500-manual.sqlite3"
    newer_bad.write_bytes(b"garbage" * 1000)
    garbage = b"this is not a journal " * 500
    path.write_bytes(garbage)

    with pytest.raises(JournalError, match="not a readable journal"):
        open_journal(path)
    assert path.read_bytes() == garbage  # opening never overwrote it

    offered = newest_good_backup(path)
    assert offered is not None and offered.path == good.path and offered.entries == 1
    safety = restore_backup(path, offered.path, MORNING + timedelta(days=2))
    assert _texts(path) == ["first page"]
    assert safety is not None and safety.path.read_bytes() == garbage  # the damaged file, kept as it was


def test_no_good_backup_means_none(path: Path) -> None:
    assert newest_good_backup(path) is None


def test_a_sqlite_file_that_is_not_a_journal_fails_the_check(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    assert integrity_of(other) == "not a journal file"
    assert integrity_of(tmp_path / "missing.sqlite3") == "missing"


def test_the_connection_factory_opens_both_ends(path: Path) -> None:
    """The encryption seam: source and copy are both opened through the given factory."""
    import sqlite3

    opened: list[str] = []

    def connect(target: Path) -> sqlite3.Connection:
        opened.append(target.name)
        return sqlite3.connect(str(target))

    info = back_up_now(path, MORNING, connect=connect)
    assert opened[:2] == [path.name, f".partial-{info.path.name}"]


def test_safety_copies_never_push_out_her_own_or_the_daily_backups(path: Path) -> None:
    """A restore tried again and again (the loop of issue 17) must not rotate away her manual backups."""
    from desktop.store.backup import REASON_BEFORE_IMPORT

    mine = [back_up_now(path, MORNING + timedelta(minutes=n)).path for n in range(3)]
    daily = ensure_daily_backup(path, MORNING + timedelta(hours=1))
    assert daily is not None
    for n in range(25):
        reason = REASON_BEFORE_RESTORE if n % 2 else REASON_BEFORE_IMPORT
        back_up_now(path, MORNING + timedelta(hours=2, minutes=n), reason=reason)
    kept = list_backups(path)
    assert all(p.exists() for p in mine) and daily.path.exists()
    safety = [b for b in kept if b.reason not in (REASON_MANUAL, REASON_DAILY)]
    assert len(safety) == 10 and max(b.created for b in safety) == MORNING + timedelta(hours=2, minutes=24)


def test_manual_backups_rotate_among_themselves(path: Path) -> None:
    for n in range(12):
        back_up_now(path, MORNING + timedelta(minutes=n))
    for n in range(3):
        back_up_now(path, MORNING + timedelta(hours=1, minutes=n), reason=REASON_BEFORE_RESTORE)
    kept = list_backups(path)
    assert [b.reason for b in kept].count(REASON_MANUAL) == 10
    assert [b.reason for b in kept].count(REASON_BEFORE_RESTORE) == 3


def test_a_rotated_damaged_safety_copy_takes_its_side_copies_with_it(path: Path) -> None:
    from desktop.store.backup import rotate_backups

    folder = backups_dir(path)
    folder.mkdir(exist_ok=True)
    old = folder / "journal-2026-01-01T000000-before-restore.sqlite3"
    old.write_bytes(b"damaged")
    side = folder / (old.name + "-wal")
    side.write_bytes(b"its wal")
    for n in range(10):
        back_up_now(path, MORNING + timedelta(minutes=n), reason=REASON_BEFORE_RESTORE)
    rotate_backups(path)
    assert not old.exists() and not side.exists()


def test_check_backups_labels_each_one(path: Path) -> None:
    from desktop.store.backup import BackupState, check_backups

    good = back_up_now(path, MORNING)
    bad = backups_dir(path) / "journal-2026-03-11T081500-manual.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    states = {c.info.path: c for c in check_backups(path, None)}
    assert states[good.path].state is BackupState.GOOD and states[good.path].info.entries == 1
    assert states[bad].state is BackupState.DAMAGED and states[bad].detail


def test_the_restore_list_labels_a_damaged_backup_and_keeps_the_good_ones(path: Path) -> None:
    good = back_up_now(path, MORNING)
    damaged = back_up_now(path, MORNING + timedelta(hours=1))
    data = bytearray(damaged.path.read_bytes())
    data[:16] = b"not a database!!"  # the header's magic string is gone
    damaged.path.write_bytes(bytes(data))
    listed = {info.path: info for info in list_backups(path)}
    assert listed[damaged.path].entries is None and listed[damaged.path].damaged
    assert listed[good.path].entries == 1 and not listed[good.path].damaged
