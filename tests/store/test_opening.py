"""``check_journal``: SQLite's quick check on a connection of its own, run by the window after the open.

The window opens the journal without the check (it was a fifth of the time to
ready at 100,000 pages) and runs this on its task runner. These tests fail if
damage the open never meets goes unreported, if damage is taken for anything
else (a wrong passphrase above all), or if the check cannot be stopped.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.diagnosis import Fault
from desktop.store.opening import check_journal
from tests.store.test_faults import PASS

OLD_PAGES = 300  # enough text for the oldest pages to fill leaves of their own


def seed_old_pages(data_dir: Path, passphrase: str | None = None) -> Path:
    """A journal whose oldest pages (1990) lie on pages of the file that opening it never reads."""
    path = journal_path(data_dir)
    with open_journal(path, passphrase) as journal:
        for n in range(OLD_PAGES):
            journal.save_entry(date(1990, 1, 1) + timedelta(days=n), f"an old page, number {n}, " + "words " * 30)
        journal.save_entry(date(2026, 3, 1), "first day")
    return path


def damage_oldest_leaf(path: Path) -> None:
    """Scramble the cell pointers of the leaf holding the oldest pages (found through SQLite's dbstat)."""
    with closing(sqlite3.connect(path)) as raw:
        leaf = raw.execute(
            "SELECT pageno FROM dbstat WHERE name = 'entries' AND pagetype = 'leaf' ORDER BY path LIMIT 1"
        ).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (leaf - 1) * 4096
    data[start + 8 : start + 60] = b"\xff" * 52
    path.write_bytes(bytes(data))


def test_a_sound_journal_has_nothing_to_report(data_dir: Path) -> None:
    assert check_journal(seed_old_pages(data_dir), None) is None


def test_damage_the_open_never_meets_is_found_and_called_damage(data_dir: Path) -> None:
    path = seed_old_pages(data_dir)
    damage_oldest_leaf(path)
    with open_journal(path) as journal:  # opens and shows this month as before: the damage is elsewhere
        assert journal.entry(date(2026, 3, 1)) is not None
        found = check_journal(path, None)
    assert found is not None and found.fault is Fault.DAMAGED and found.offers_restore
    assert "is damaged" in found.message() and "passphrase" not in found.message()


def test_damage_in_an_encrypted_journal_is_never_taken_for_a_wrong_passphrase(data_dir: Path) -> None:
    path = seed_old_pages(data_dir, PASS)
    with open_journal(path, PASS):
        pass
    data = bytearray(path.read_bytes())
    data[10 * 4096 + 500] ^= 0xFF  # one page in the middle of the file fails its HMAC
    path.write_bytes(bytes(data))
    found = check_journal(path, PASS)  # SQLCipher's own words for it are "SQL logic error"
    assert found is not None and found.fault is Fault.DAMAGED and found.offers_restore
    assert "1 of" in found.message() and "although the passphrase is right" in found.message()


def test_a_stopped_check_ends_at_once_and_reports_nothing(data_dir: Path) -> None:
    path = seed_old_pages(data_dir)
    damage_oldest_leaf(path)
    started = time.perf_counter()
    assert check_journal(path, None, stop=lambda: True) is None
    assert time.perf_counter() - started < 2.0


def test_the_check_writes_nothing(data_dir: Path) -> None:
    path = seed_old_pages(data_dir)
    before = path.read_bytes()
    check_journal(path, None)
    assert path.read_bytes() == before and not path.with_name(path.name + "-wal").exists()
