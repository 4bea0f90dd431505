"""Setting, changing and removing the passphrase: safe swaps, backups, and interruptions at any point."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.paths import journal_path
from desktop.store import JournalError, open_journal
from desktop.store.cipher import SQLITE_HEADER
from desktop.store.diagnosis import is_encrypted
from desktop.store.encryption import (
    PAUSE_ENV,
    EncryptionError,
    change_passphrase,
    remove_passphrase,
    set_passphrase,
    verify_passphrase,
)
from desktop.store.files import BACKUPS_DIR_NAME, converting_path

SECRET = "the words only she should read"
OLD = "first passphrase"
NEW = "second ' passphrase @:ü"


def fill(path: Path, passphrase: str | None = None, days: int = 3) -> None:
    with open_journal(path, passphrase) as journal:
        journal.add_event("miscarriage", date(2026, 1, 1), SECRET)
        for offset in range(days):
            journal.save_entry(date(2026, 1, 2) + timedelta(days=offset), f"{SECRET} #{offset} " + "x" * 200)


def notes(path: Path, passphrase: str | None) -> list[str]:
    with open_journal(path, passphrase) as journal:
        return [e.text for e in journal.entries_between(date(2026, 1, 1), date(2030, 1, 1))]


def make_plain_backup(path: Path, name: str) -> Path:
    folder = path.parent / BACKUPS_DIR_NAME
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / name
    with sqlite3.connect(path) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    copy.close()
    source.close()
    return target


def data_dir_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_set_passphrase_encrypts_journal_and_plain_backups_and_leaves_no_plaintext(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)
    expected = notes(path, None)
    backups = [make_plain_backup(path, "journal-2026-01-01.sqlite3"), make_plain_backup(path, "pre-migration.sqlite3")]

    report = set_passphrase(path, NEW)

    assert report.backups_converted == 2 and report.backups_skipped == ()
    assert is_encrypted(path) and all(is_encrypted(b) for b in backups)
    assert notes(path, NEW) == expected
    assert all(notes(b, NEW) == expected for b in backups)
    assert SECRET.encode() not in data_dir_bytes(data_dir)
    assert sorted(p.name for p in data_dir.iterdir()) == [BACKUPS_DIR_NAME, "journal.sqlite3"]
    if sys.platform != "win32":
        for file in [path, *backups]:
            assert stat.S_IMODE(file.stat().st_mode) == 0o600


def test_a_crash_leftover_hidden_copy_is_not_left_behind_in_plaintext(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)
    leftover = make_plain_backup(path, ".partial-journal-2026-01-01T000000-daily.sqlite3")
    make_plain_backup(path, "journal-2026-01-01T000000-daily.sqlite3")
    report = set_passphrase(path, NEW)
    assert report.backups_converted == 1
    assert not leftover.exists()
    assert SECRET.encode() not in data_dir_bytes(data_dir)


def test_change_passphrase_rekeys_journal_and_backups(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)
    make_plain_backup(path, "b1.sqlite3")
    set_passphrase(path, OLD)

    report = change_passphrase(path, OLD, NEW)

    assert report.backups_converted == 1
    assert verify_passphrase(path, NEW) and not verify_passphrase(path, OLD)
    with pytest.raises(JournalError, match="wrong passphrase"):
        open_journal(path, OLD)
    assert notes(path, NEW) == notes(data_dir / BACKUPS_DIR_NAME / "b1.sqlite3", NEW)


def test_remove_passphrase_gives_back_a_plain_journal(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path, OLD)
    expected = notes(path, OLD)

    remove_passphrase(path, OLD)

    assert path.read_bytes().startswith(SQLITE_HEADER)
    assert notes(path, None) == expected
    with sqlite3.connect(path) as plain:
        assert plain.execute("SELECT count(*) FROM entries").fetchone() == (3,)
    plain.close()
    assert not converting_path(path).exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_full_text_search_survives_every_conversion(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)

    def hits(passphrase: str | None) -> int:
        with open_journal(path, passphrase) as journal:
            journal.save_entry(date(2027, 1, 1), "added after the conversion: marigold")
            found = len(journal.search("words")) + len(journal.search("marigold"))
            journal.save_entry(date(2027, 1, 1), "")
            assert journal.integrity_check() == "ok"
            return found

    assert hits(None) == 4
    set_passphrase(path, OLD)
    assert hits(OLD) == 4
    change_passphrase(path, OLD, NEW)
    assert hits(NEW) == 4
    remove_passphrase(path, NEW)
    assert hits(None) == 4


def test_set_passphrase_on_first_run_creates_an_encrypted_journal(data_dir: Path) -> None:
    path = journal_path(data_dir)
    set_passphrase(path, NEW)
    assert is_encrypted(path)
    fill(path, NEW)
    assert len(notes(path, NEW)) == 3


def test_backup_with_another_passphrase_is_skipped_and_left_alone(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path, OLD)
    stranger = data_dir / BACKUPS_DIR_NAME / "old.sqlite3"
    fill(stranger, "a passphrase from long ago")
    before = stranger.read_bytes()

    report = change_passphrase(path, OLD, NEW)

    assert report.backups_converted == 0 and report.backups_skipped == (stranger,)
    assert stranger.read_bytes() == before


@pytest.mark.parametrize("operation", ["change", "remove"])
def test_wrong_old_passphrase_changes_nothing(data_dir: Path, operation: str) -> None:
    path = journal_path(data_dir)
    fill(path, OLD)
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    with pytest.raises(EncryptionError, match="wrong passphrase"):
        if operation == "change":
            change_passphrase(path, "not it", NEW)
        else:
            remove_passphrase(path, "not it")
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before


def test_operations_refuse_the_wrong_starting_state(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)
    with pytest.raises(EncryptionError, match="no passphrase"):
        change_passphrase(path, OLD, NEW)
    with pytest.raises(EncryptionError, match="no passphrase to remove"):
        remove_passphrase(path, OLD)
    with pytest.raises(EncryptionError, match="empty"):
        set_passphrase(path, "")
    set_passphrase(path, OLD)
    with pytest.raises(EncryptionError, match="already has a passphrase"):
        set_passphrase(path, NEW)


# -- interruptions: kill a real process at each named stage, and at random moments ------------

CONVERT_SCRIPT = """
import sys
from pathlib import Path
from desktop.store.encryption import change_passphrase, remove_passphrase, set_passphrase
operation, path, old, new = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4]
if operation == "set":
    set_passphrase(path, new)
elif operation == "change":
    change_passphrase(path, old, new)
else:
    remove_passphrase(path, old)
print("finished", file=sys.stderr, flush=True)
"""


def start_conversion(operation: str, path: Path, pause_at: str | None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if k != PAUSE_ENV}
    if pause_at:
        env[PAUSE_ENV] = pause_at
    return subprocess.Popen(
        [sys.executable, "-c", CONVERT_SCRIPT, operation, str(path), OLD, NEW],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_when_paused(process: subprocess.Popen[str], stage: str) -> None:
    assert process.stderr is not None
    line = process.stderr.readline()
    assert line.strip() == f"paused at {stage}", line
    process.send_signal(signal.SIGKILL)
    process.wait()


def opens_with(path: Path, candidates: list[str | None]) -> str | None:
    """The passphrase (or None) that opens the journal; fails the test if none does."""
    for candidate in candidates:
        try:
            with open_journal(path, candidate) as journal:
                journal.counts()
            return candidate
        except JournalError:
            continue
    raise AssertionError("no passphrase opens the journal after the interruption")


# Which passphrase must open the journal after a kill at each stage: the old state until the swap.
STAGE_OUTCOMES = {
    "set": {"checkpointed": None, "exported": None, "verified": None, "replaced": NEW, "backups": NEW},
    "remove": {"checkpointed": OLD, "exported": OLD, "verified": OLD, "replaced": None, "backups": None},
    "change": {"checkpointed": OLD, "replaced": NEW, "backups": NEW},
}


@pytest.mark.parametrize(
    ("operation", "stage"),
    [(operation, stage) for operation, stages in STAGE_OUTCOMES.items() for stage in stages],
)
def test_killed_at_a_stage_the_journal_opens_with_all_its_data(data_dir: Path, operation: str, stage: str) -> None:
    path = journal_path(data_dir)
    fill(path, None if operation == "set" else OLD)
    make_plain_backup(path, "b.sqlite3") if operation == "set" else None
    expected = notes(path, None if operation == "set" else OLD)

    kill_when_paused(start_conversion(operation, path, stage), stage)

    expected_key = STAGE_OUTCOMES[operation][stage]
    assert opens_with(path, [None, OLD, NEW]) == expected_key
    assert notes(path, expected_key) == expected
    assert not converting_path(path).exists()  # the leftover is discarded at open
    assert not any(p.name.endswith(".converting") for p in data_dir.rglob("*"))


def test_no_other_program_can_write_while_the_journal_is_converted(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)
    expected = notes(path, None)
    process = start_conversion("set", path, "exported")
    try:
        assert process.stderr is not None and process.stderr.readline().strip() == "paused at exported"
        with pytest.raises(JournalError, match="busy"), open_journal(path) as journal:
            journal.save_entry(date(2026, 6, 1), "this write would be lost in the old file")
        assert converting_path(path).exists()  # the conversion's own file is left alone meanwhile
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert notes(path, None) == expected


def test_killed_at_random_moments_over_a_bigger_journal_it_always_opens(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path, None, days=1500)
    expected = notes(path, None)
    key: str | None = None
    randomizer = random.Random(5)
    for attempt in range(6):
        operation = "set" if key is None else "remove"
        # start from whichever state the last attempt left; OLD is never used here, so remove uses NEW
        process = subprocess.Popen(
            [sys.executable, "-c", CONVERT_SCRIPT, operation, str(path), NEW, NEW],
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(randomizer.uniform(0.2, 1.5))
        process.send_signal(signal.SIGKILL)
        process.wait()
        key = opens_with(path, [None, NEW])
        assert notes(path, key) == expected, f"attempt {attempt}"
        assert not converting_path(path).exists()


def test_restore_and_side_file_leftovers_are_gone_before_now_encrypted(data_dir: Path) -> None:
    """An interrupted restore's copy, the journal's side files and a safety copy's -wal all held plaintext."""
    from desktop.store.files import leftovers

    path = journal_path(data_dir)
    fill(path)
    restoring = make_plain_backup(path, "x.sqlite3").replace(path.with_name(".restoring-journal.sqlite3"))
    safety = make_plain_backup(path, "journal-2026-01-01T000000-before-restore.sqlite3")
    side_copy = safety.with_name(safety.name + "-wal")
    side_copy.write_bytes(SECRET.encode() * 10)
    stale = path.with_name(path.name + "-journal")
    stale.write_bytes(SECRET.encode())
    assert {restoring, side_copy, stale} <= set(leftovers(path))
    set_passphrase(path, NEW)
    assert not restoring.exists() and not side_copy.exists() and not stale.exists()
    assert SECRET.encode() not in data_dir_bytes(data_dir)
    assert leftovers(path) == []


def test_a_symlinked_journal_is_encrypted_where_it_really_is(data_dir: Path, tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "journal.sqlite3"
    real.parent.mkdir()
    fill(real)
    expected = notes(real, None)
    data_dir.mkdir(parents=True)
    link = journal_path(data_dir)
    link.symlink_to(real)
    set_passphrase(link, NEW)
    assert link.is_symlink() and link.resolve() == real.resolve()  # the link still points at her file
    assert is_encrypted(real) and SECRET.encode() not in real.read_bytes()
    assert SECRET.encode() not in data_dir_bytes(real.parent)
    assert notes(link, NEW) == expected
    remove_passphrase(link, NEW)
    assert link.is_symlink() and not is_encrypted(real) and notes(link, None) == expected


def test_damaged_plain_backups_are_never_left_plaintext_silently(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path)
    good = make_plain_backup(path, "journal-2026-01-01T000000-manual.sqlite3")
    damaged = make_plain_backup(path, "journal-2026-01-02T000000-manual.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 * 2 + 8 : 4096 * 2 + 60] = b"\xff" * 52
    damaged.write_bytes(bytes(data))
    before = data_dir_bytes(data_dir)
    with pytest.raises(EncryptionError, match="damaged and cannot be encrypted"):
        set_passphrase(path, NEW)  # without her consent: nothing changes
    assert data_dir_bytes(data_dir) == before and not is_encrypted(path)
    report = set_passphrase(path, NEW, remove_damaged=True)
    assert report.damaged_backups_removed == 1 and not damaged.exists()
    assert is_encrypted(good) and SECRET.encode() not in data_dir_bytes(data_dir)


def test_the_cli_asks_for_consent_with_a_flag_before_deleting_damaged_backups(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    path = journal_path(data_dir)
    fill(path)
    damaged = make_plain_backup(path, "journal-2026-01-02T000000-manual.sqlite3")
    damaged.write_bytes(damaged.read_bytes()[:5000])
    monkeypatch.setenv("RECOVERY_JOURNAL_NEW_PASSPHRASE", NEW)
    assert main(["passphrase", "set"]) == 2
    err = capsys.readouterr().err
    assert "--remove-damaged-backups" in err and err.count("\n") == 1 and not is_encrypted(path)
    assert main(["passphrase", "set", "--remove-damaged-backups"]) == 0
    out = capsys.readouterr().out
    assert "now encrypted" in out and "1 damaged backup(s)" in out and "Old disk blocks" in out
    assert not damaged.exists() and SECRET.encode() not in data_dir_bytes(data_dir)


def test_the_right_passphrase_for_a_damaged_file_is_not_called_wrong(data_dir: Path) -> None:
    path = journal_path(data_dir)
    fill(path, OLD)
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF  # page 1, after the salt
    path.write_bytes(bytes(data))
    assert verify_passphrase(path, OLD)  # opening then reports the damage and offers a backup
    assert not verify_passphrase(path, "not it")
