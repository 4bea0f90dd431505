"""The fault table: every way the journal can fail to open, through the store, `check` and a write command.

Each case asserts the diagnosis, one line on stderr (never a traceback), that
nothing changed (the journal's bytes and the backups folder), and which way
out is offered: a restore only for damage, an empty or a missing file.

What is simulated, and how (tests run as root, where permissions are bypassed):
- busy: a real second sqlite3 connection holding BEGIN IMMEDIATE;
- read-only: ``can_write`` made to answer no, as the kernel does for a
  read-only mount; SQLite then really opens the file immutable/query-only and
  refuses writes itself. A real read-only bind mount is used too where the
  test may mount (root in a container that allows it), else that test skips;
- full disk: SQLite's own SQLITE_FULL, produced by capping the connection's
  ``max_page_count`` at the file's size, and an injected ENOSPC at open; a real
  small tmpfs where mounting is allowed.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.store.backup import back_up_now, backups_dir
from desktop.store.cipher import connection_factory
from desktop.store.diagnosis import Fault, JournalFaultError

PASS = "correct horse"
MORNING = datetime(2026, 3, 10, 8, 0)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def seed(data_dir: Path, passphrase: str | None = None) -> Path:
    """A journal with two notes and two backups of her own (made before and after the second note)."""
    path = journal_path(data_dir)
    with open_journal(path, passphrase) as journal:
        journal.save_entry(date(2026, 3, 1), "first day")
    back_up_now(path, MORNING, connect=connection_factory(passphrase))
    with open_journal(path, passphrase) as journal:
        journal.save_entry(date(2026, 3, 2), "second day")
    back_up_now(path, MORNING.replace(hour=9), connect=connection_factory(passphrase))
    return path


def state(data_dir: Path) -> dict[str, bytes | str]:
    """The bytes of the journal and of every file in the backups folder: 'nothing changed' is this, equal."""
    path = journal_path(data_dir)
    found: dict[str, bytes | str] = {}
    if path.is_dir():
        found["journal"] = "a folder"
    elif path.exists():
        found["journal"] = path.read_bytes()
    folder = backups_dir(path)
    for item in sorted(folder.iterdir()) if folder.is_dir() else []:
        found[f"backups/{item.name}"] = item.read_bytes()
    return found


def flip(path: Path, offset: int, width: int = 1) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + width):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def damage_inner_pages(path: Path) -> None:
    """Scramble the cell pointers of the pages holding the day pages (the header and schema still read)."""
    with sqlite3.connect(path) as raw:
        pages = [row[0] for row in raw.execute(
            "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'entries' AND rootpage > 0"
        )]
    raw.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        start = (page - 1) * 4096
        data[start + 8 : start + 60] = b"\xff" * 52
    path.write_bytes(bytes(data))


def set_revision(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    raw.close()


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Path], None]  # damages the seeded journal at the path
    fault: Fault
    restore: bool  # is a restore offered?
    says: str  # a fragment of the one line she reads
    encrypted: bool = False
    passphrase: str = PASS  # the passphrase she gives (encrypted cases)


def _directory(path: Path) -> None:
    path.unlink()
    for side in path.parent.glob(path.name + "-*"):
        side.unlink()
    path.mkdir()


def _zero(path: Path) -> None:
    path.write_bytes(b"")


def _missing(path: Path) -> None:
    path.unlink()


CASES = [
    Case("plain header", lambda p: p.write_bytes(b"\x00junk-junk-junk!" + p.read_bytes()[16:]), Fault.DAMAGED, True,
         "is damaged (its header is overwritten)"),
    Case("plain header, all 100 bytes", lambda p: p.write_bytes(bytes(range(7, 107)) + p.read_bytes()[100:]),
         Fault.DAMAGED, True, "is damaged (its header is overwritten)"),  # no SQLite field left: its pages say plain
    Case("inner pages", damage_inner_pages, Fault.DAMAGED, True, "is damaged ("),  # SQLite's error or its check
    Case("truncated", lambda p: os.truncate(p, 8192), Fault.DAMAGED, True, "is damaged"),
    Case("odd size", lambda p: p.write_bytes(p.read_bytes() + b"x" * 100), Fault.DAMAGED, True,
         "is not a whole number of 4096-byte pages"),
    Case("zero bytes", _zero, Fault.EMPTY, True, "is empty (0 bytes) while there are backups"),
    Case("missing", _missing, Fault.MISSING, True, "there is no journal at"),
    Case("directory", _directory, Fault.DIRECTORY, False, "is a folder, not a journal file"),
    Case("newer schema", lambda p: set_revision(p, "9999"), Fault.NEWER_SCHEMA, False,
         "written by a newer version of Recovery Journal (schema 9999"),
    Case("encrypted page 1", lambda p: flip(p, 100), Fault.DAMAGED, True,
         "pages fail their check although the passphrase is right", encrypted=True),
    Case("encrypted salt", lambda p: flip(p, 3), Fault.DAMAGED, True, "the passphrase opens your backups",
         encrypted=True),
    Case("encrypted truncated", lambda p: os.truncate(p, p.stat().st_size - 1000), Fault.DAMAGED, True,
         "is not a whole number of 4096-byte pages", encrypted=True),
    Case("wrong passphrase", lambda p: None, Fault.WRONG_PASSPHRASE, False, "wrong passphrase", encrypted=True,
         passphrase="not it"),
]


@pytest.fixture(params=CASES, ids=lambda case: case.name)
def broken(request: pytest.FixtureRequest, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Case]:
    case: Case = request.param
    path = seed(data_dir, PASS if case.encrypted else None)
    case.make(path)
    if case.encrypted:
        monkeypatch.setenv("RECOVERY_JOURNAL_PASSPHRASE", case.passphrase)
    yield case


def expected_code(case: Case) -> int:
    return 2 if case.fault is Fault.WRONG_PASSPHRASE else 1


def one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("recovery-journal: ")
    return lines[0]


def test_the_store_names_the_fault_and_changes_nothing(broken: Case, data_dir: Path) -> None:
    before = state(data_dir)
    with pytest.raises(JournalFaultError) as raised:
        open_journal(journal_path(data_dir), broken.passphrase if broken.encrypted else None, verify=True)
    assert raised.value.diagnosis.fault is broken.fault
    assert raised.value.diagnosis.offers_restore is broken.restore
    assert broken.says in str(raised.value) and "\n" not in str(raised.value)
    assert state(data_dir) == before


def test_check_says_what_is_wrong_lists_the_backups_and_offers_a_restore_only_for_damage(
    broken: Case, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(data_dir)
    code, out, err = run(capsys, "check")
    assert code == expected_code(broken)
    if broken.name == "inner pages" and not err:  # it opened; SQLite's integrity check is what says so
        assert "integrity: *** in database main ***" in out
    elif broken.fault is Fault.WRONG_PASSPHRASE:  # her input: one line and nothing else (test_cli_passphrase)
        assert broken.says in one_line(err) and out == ""
    else:
        assert broken.says in one_line(err) and f"problem: {broken.fault.value}" in out
    if broken.fault is not Fault.WRONG_PASSPHRASE:
        assert "backups: 2, newest 2026-03-10 09:00:00" in out
        assert out.count("  good, ") == 2  # every backup with its state
        assert "newest good backup: " in out and "journal-2026-03-10T090000-manual.sqlite3 (2 entries)" in out
    assert ("restore it with: recovery-journal backup restore" in out) is broken.restore
    assert state(data_dir) == before


def test_a_write_command_says_what_is_wrong_in_one_line_and_changes_nothing(
    broken: Case, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(data_dir)
    code, out, err = run(capsys, "note", "set", "2026-03-03", "third day")
    assert code == expected_code(broken) and out == ""
    assert broken.says in one_line(err)
    assert state(data_dir) == before


def test_a_read_command_on_damaged_pages_never_reads_as_no_note(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage_inner_pages(seed(data_dir))
    code, out, err = run(capsys, "note", "show", "2026-03-01")
    assert code == 1 and out == "" and "is damaged" in one_line(err)


# -- faults of a good file: busy, read-only, full --------------------------------------------


@pytest.fixture
def busy(data_dir: Path) -> Iterator[Path]:
    path = seed(data_dir)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a write
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_busy_journal_says_so_in_one_line_and_offers_no_restore(
    busy: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(data_dir)
    with open_journal(busy, verify=True) as journal:  # reading goes on beside the writer
        assert journal.entry(date(2026, 3, 1)).text == "first day"  # type: ignore[union-attr]
        with pytest.raises(JournalFaultError) as raised:
            journal.save_entry(date(2026, 3, 3), "third day")
    assert raised.value.diagnosis.fault is Fault.BUSY and not raised.value.diagnosis.offers_restore
    code, out, err = run(capsys, "note", "set", "2026-03-03", "third day")
    assert code == 1 and "the journal is busy" in one_line(err) and "SQL" not in err
    code, out, err = run(capsys, "check")  # the search-index check is a write: busy, not "out of step"
    assert code == 1 and "the journal is busy" in one_line(err) and "out of step" not in out
    assert "problem: busy" in out and "restore it with" not in out
    assert state(data_dir) == before


@pytest.fixture
def read_only(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The kernel's answer for a read-only mount (root passes every permission check, so chmod would not do)."""
    path = seed(data_dir)
    monkeypatch.setattr("desktop.store.opening.can_write", lambda _path: False)
    return path


def test_a_read_only_journal_opens_for_reading_and_refuses_writes_in_one_line(
    read_only: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], lean: bool
) -> None:
    before = state(data_dir)
    with open_journal(read_only, verify=True, lean=lean) as journal:
        assert journal.read_only
        assert journal.entry(date(2026, 3, 2)).text == "second day"  # type: ignore[union-attr]
        with pytest.raises(JournalFaultError) as raised:
            journal.save_entry(date(2026, 3, 3), "third day")
    assert raised.value.diagnosis.fault is Fault.READ_ONLY and not raised.value.diagnosis.offers_restore
    assert run(capsys, "note", "show", "2026-03-02")[:2] == (0, "second day\n")
    code, out, err = run(capsys, "note", "set", "2026-03-03", "third day")
    assert code == 1 and "cannot be written here" in one_line(err)
    code, out, err = run(capsys, "check")
    assert code == 0 and "access: read-only" in out and "integrity: ok" in out and err == ""
    assert state(data_dir) == before


def test_the_data_folder_is_tightened_only_when_it_can_be(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.paths import ensure_private_dir

    folder = tmp_path / "mine"
    folder.mkdir(mode=0o755)

    def refuse(*_args: object) -> None:
        raise PermissionError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "chmod", refuse)
    ensure_private_dir(folder)  # no traceback: the journal opens read-only instead


def cap_growth(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite reports SQLITE_FULL ("database or disk is full") once the file may not grow: a full disk to it."""
    from desktop.store import lean

    configure = lean.configure_sqlite

    def full(connection: sqlite3.Connection, record: object) -> None:
        configure(connection, record)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(lean, "configure_sqlite", full)


def test_a_full_disk_says_so_and_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lean: bool
) -> None:
    path = seed(data_dir)
    before = state(data_dir)
    cap_growth(monkeypatch)
    with open_journal(path, lean=lean) as journal, pytest.raises(JournalFaultError) as raised:
        journal.save_entry(date(2026, 3, 3), "a long day " * 5000)
    assert raised.value.diagnosis.fault is Fault.DISK_FULL and raised.value.diagnosis.retry_may_help
    code, out, err = run(capsys, "note", "set", "2026-03-03", "a long day " * 5000)
    assert code == 1 and "the disk is full" in one_line(err)
    assert state(data_dir) == before
    monkeypatch.undo()
    with open_journal(path) as journal:
        assert journal.entry(date(2026, 3, 3)) is None


def test_a_full_disk_at_open_says_so(data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    seed(data_dir)
    before = state(data_dir)

    def no_space(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop.store.opening.ensure_private_file", no_space)
    code, out, err = run(capsys, "note", "set", "2026-03-03", "third day")
    assert code == 1 and "the disk is full" in one_line(err)
    code, out, err = run(capsys, "check")
    assert code == 1 and "problem: disk-full" in out and "restore it with" not in out
    assert state(data_dir) == before


def test_a_symlinked_journal_opens_and_is_written_where_it_really_is(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "elsewhere" / "journal.sqlite3"
    real.parent.mkdir()
    seed(real.parent)
    data_dir.mkdir(parents=True)
    journal_path(data_dir).symlink_to(real)
    before = state(real.parent)
    code, out, err = run(capsys, "check")
    assert code == 0 and "integrity: ok" in out and err == "" and state(real.parent) == before
    assert run(capsys, "note", "set", "2026-03-03", "third day")[0] == 0
    assert journal_path(data_dir).is_symlink()
    with open_journal(real) as journal:
        assert journal.entry(date(2026, 3, 3)).text == "third day"  # type: ignore[union-attr]


# -- real mounts, where this machine lets the test make them ----------------------------------


def _mount(*argv: str) -> bool:
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", *argv], capture_output=True).returncode == 0


@pytest.fixture
def mounted(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "mnt"
    point.mkdir()
    yield point
    subprocess.run(["umount", "-l", str(point)], capture_output=True)


def test_a_real_read_only_mount_opens_read_only(data_dir: Path, mounted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed(data_dir)
    if not (_mount("--bind", str(data_dir), str(mounted)) and _mount("-o", "remount,bind,ro", str(mounted))):
        pytest.skip("this machine does not let the test mount a read-only folder")
    assert run(capsys, "--data-dir", str(mounted), "note", "show", "2026-03-01")[:2] == (0, "first day\n")
    code, _out, err = run(capsys, "--data-dir", str(mounted), "note", "set", "2026-03-03", "x")
    assert code == 1 and "cannot be written here" in one_line(err)


def test_a_real_full_tmpfs_says_the_disk_is_full(mounted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not _mount("-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mounted)):
        pytest.skip("this machine does not let the test mount a tmpfs")
    assert run(capsys, "--data-dir", str(mounted), "note", "set", "2026-03-01", "first day")[0] == 0
    filler = mounted / "filler"
    with open(filler, "wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    before = journal_path(mounted).read_bytes()
    code, _out, err = run(capsys, "--data-dir", str(mounted), "note", "set", "2026-03-02", "a long day " * 20000)
    assert code == 1 and "the disk is full" in one_line(err)
    assert journal_path(mounted).read_bytes() == before
    filler.unlink()
    assert run(capsys, "--data-dir", str(mounted), "note", "show", "2026-03-02")[1] == ""


def test_a_conversion_that_meets_a_full_disk_is_one_line_and_changes_nothing(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.store.encryption import EncryptionError, set_passphrase

    path = seed(data_dir)
    before = state(data_dir)

    def no_space(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("desktop.store.encryption.new_private_file", no_space)
    with pytest.raises(EncryptionError, match="the disk is full"):
        set_passphrase(path, PASS)
    after = state(data_dir)
    assert after.pop("journal") != b"" and before.pop("journal") != b""  # only its WAL flag moved (documented)
    assert after == before
    with open_journal(path) as journal:
        assert journal.entry(date(2026, 3, 2)).text == "second day"  # type: ignore[union-attr]


def test_a_real_read_only_mount_shows_changes_still_in_the_wal(
    data_dir: Path, tmp_path: Path, mounted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash can leave the newest day only in ``-wal``: a read-only open must still read it."""
    import shutil

    path = seed(data_dir)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("SELECT count(*) FROM sqlite_master").fetchone()  # while it is open, closing folds no WAL in
    with open_journal(path) as journal:
        journal.save_entry(date(2026, 3, 3), "only in the wal")
    snapshot = tmp_path / "snapshot"
    snapshot.mkdir()
    for name in ("journal.sqlite3", "journal.sqlite3-wal", "journal.sqlite3-shm"):
        if (data_dir / name).exists():
            shutil.copy2(data_dir / name, snapshot / name)
    other.close()
    if not (snapshot / "journal.sqlite3-wal").stat().st_size:
        pytest.skip("SQLite folded the WAL in before the copy")
    if not (_mount("--bind", str(snapshot), str(mounted)) and _mount("-o", "remount,bind,ro", str(mounted))):
        pytest.skip("this machine does not let the test mount a read-only folder")
    assert run(capsys, "--data-dir", str(mounted), "note", "show", "2026-03-03")[:2] == (0, "only in the wal\n")
