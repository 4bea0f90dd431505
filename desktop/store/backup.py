"""Backups of the journal file with the SQLite backup API, and restoring one.

Backups live in ``<data dir>/backups/`` as single self-contained files (their
journal mode is switched to DELETE, so there is never a ``-wal`` beside them),
each created 0600. Their names carry the moment and the reason::

    journal-2026-03-05T081500-daily.sqlite3

Reasons: ``daily`` (the automatic one on the first open of a day), ``manual``
("Back up now"), ``before-restore`` and ``before-import`` (safety copies made
before this app replaces the journal).

**The encryption seam.** Every function that opens a database takes
``connect: ConnectionFactory``: a callable that opens a file path and returns a
DB-API connection with ``execute`` and ``backup`` (``sqlite3.Connection`` or
``sqlcipher3.dbapi2.Connection``). The default opens plain SQLite. For an
encrypted journal pass a factory that opens the file and sets the key before
anything else (``PRAGMA key``); since the backup's destination is opened with
the same factory, the copy is encrypted with the same key. Restore copies the
backup file's bytes, so it never decrypts anything either.

Rotation keeps the 7 newest days that have a daily backup plus, for the 4 most
recent weeks before those, one daily backup per ISO week (the newest). Her own
("manual") backups and the safety copies rotate separately, at most the 10
newest of each: a run of safety copies (say, a restore tried again and again)
never pushes out a backup she made or a daily one.

Nothing here logs or reads the content of an entry; only counts.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from desktop.paths import ensure_private_dir
from desktop.store.cipher import connection_factory, failing_pages, plain_sqlite_connect
from desktop.store.diagnosis import Fault, diagnose_error, file_kind
from desktop.store.errors import JournalError
from desktop.store.files import (
    BACKUP_STAMP_FORMAT,
    REASON_BEFORE_IMPORT,
    REASON_BEFORE_RESTORE,
    REASON_DAILY,
    REASON_MANUAL,
    REASONS,
    RESTORING_PREFIX,
    backups_dir,
    fsync_dir,
    fsync_file,
    named_backups,
    new_private_file,
    side_files,
)

ConnectionFactory = Callable[[Path], Any]
"""Opens a database file and returns a DB-API connection (see the module docstring)."""

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_ON_DEMAND = 10  # of her own backups, and separately of the safety copies

SAFETY_REASONS = (REASON_BEFORE_RESTORE, REASON_BEFORE_IMPORT)


class BackupError(JournalError):
    """A backup could not be made or restored; the message is shown as it is."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the "Restore from backup…" list shows it."""

    path: Path
    created: datetime
    reason: str
    entries: int | None  # None when the file cannot be read (damaged, or a wrong key)
    damaged: bool = False  # unreadable because the file itself is damaged (not only locked with another key)

    @property
    def readable(self) -> bool:
        return self.entries is not None


def integrity_of(path: Path, connect: ConnectionFactory = plain_sqlite_connect) -> str:
    """``PRAGMA integrity_check`` of a file as one line: "ok" or the reason it is not a good journal."""
    if not path.is_file():
        return "missing"
    try:
        with closing(connect(path)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            result = "; ".join(str(row[0]) for row in rows)
            if result != "ok":
                return result
            has_journal_tables = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ('alembic_version', 'entries')"
            ).fetchone()[0]
            return "ok" if has_journal_tables == 2 else "not a journal file"
    except Exception as error:  # sqlite3/sqlcipher3 errors have no common base we can name here
        return str(error) or type(error).__name__


def _entry_count(path: Path, connect: ConnectionFactory) -> int | None:
    try:
        with closing(connect(path)) as connection:
            return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])
    except Exception:
        return None


def list_backups(journal_path: Path, connect: ConnectionFactory = plain_sqlite_connect) -> list[BackupInfo]:
    """All backups, newest first, with their entry counts; an unreadable one says whether it is damaged."""
    listed = []
    for path, created, reason in named_backups(journal_path):
        entries = _entry_count(path, connect)
        listed.append(BackupInfo(path, created, reason, entries, entries is None and _damaged(path)))
    return listed


def _damaged(path: Path) -> bool:
    """An unreadable backup whose header or size is wrong, or a plain one SQLite cannot read: damaged.

    An encrypted one that the key does not open may only be locked with another
    passphrase; that is not called damage here (``check`` tells the two apart).
    """
    return file_kind(path) in ("damaged", "plain")


def newest_good_backup(journal_path: Path, connect: ConnectionFactory = plain_sqlite_connect) -> BackupInfo | None:
    """The newest backup that passes ``integrity_check``: what to offer when the journal is damaged."""
    for path, created, reason in named_backups(journal_path):
        if integrity_of(path, connect) == "ok":
            return BackupInfo(path, created, reason, _entry_count(path, connect))
    return None


class BackupState(StrEnum):
    GOOD = "good"
    DAMAGED = "damaged"
    NEEDS_PASSPHRASE = "encrypted, needs the passphrase"
    OTHER_PASSPHRASE = "encrypted with another passphrase"


@dataclass(frozen=True)
class BackupCheck:
    """One backup as `check` and `backup list` report it: good (with its entries), damaged, or locked."""

    info: BackupInfo
    state: BackupState
    detail: str = ""


def check_backup(path: Path, created: datetime, reason: str, passphrase: str | None) -> BackupCheck:
    """Judge one backup file whatever its format: plain ones are read as plain, encrypted ones with the key.

    A damaged backup is told from one that only needs (another) passphrase by
    SQLCipher's page check, as for the journal (see ``desktop/store/diagnosis.py``).
    """
    kind = file_kind(path)
    if kind == "encrypted" and passphrase is None:
        return BackupCheck(BackupInfo(path, created, reason, None), BackupState.NEEDS_PASSPHRASE)
    connect = connection_factory(passphrase if kind == "encrypted" else None)
    verdict = integrity_of(path, connect) if kind in ("plain", "encrypted") else "the header or size is damaged"
    if verdict == "ok":
        return BackupCheck(BackupInfo(path, created, reason, _entry_count(path, connect)), BackupState.GOOD)
    if kind == "encrypted" and passphrase is not None:
        pages = path.stat().st_size // 4096
        if failing_pages(path, passphrase) == pages:
            return BackupCheck(BackupInfo(path, created, reason, None), BackupState.OTHER_PASSPHRASE)
    return BackupCheck(BackupInfo(path, created, reason, None), BackupState.DAMAGED, verdict)


def check_backups(journal_path: Path, passphrase: str | None) -> list[BackupCheck]:
    """Every backup, newest first, each with its state (what `check` lists)."""
    return [check_backup(path, created, reason, passphrase) for path, created, reason in named_backups(journal_path)]


def _unique_name(directory: Path, now: datetime, reason: str) -> Path:
    stamp = now.strftime(BACKUP_STAMP_FORMAT)
    candidate = directory / f"journal-{stamp}-{reason}.sqlite3"
    counter = 2
    while candidate.exists():
        candidate = directory / f"journal-{stamp}-{counter}-{reason}.sqlite3"
        counter += 1
    return candidate


def back_up_now(
    journal_path: Path,
    now: datetime,
    *,
    reason: str = REASON_MANUAL,
    connect: ConnectionFactory = plain_sqlite_connect,
) -> BackupInfo:
    """Copy the journal with the SQLite backup API (safe while it is open) and verify the copy.

    The copy is written to a hidden temporary name and renamed only once
    ``integrity_check`` passes, so the backups folder never holds a half copy.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not journal_path.is_file():
        raise BackupError(f"there is no journal at {journal_path} to back up")
    directory = backups_dir(journal_path)
    try:
        ensure_private_dir(directory)
        target = _unique_name(directory, now, reason)
        partial = directory / f".partial-{target.name}"
        partial.unlink(missing_ok=True)
        new_private_file(partial)
    except OSError as error:
        raise _backup_fault(directory, error) from None
    try:
        with closing(connect(journal_path)) as source, closing(connect(partial)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")
        verdict = integrity_of(partial, connect)
        if verdict != "ok":
            raise BackupError(f"the backup copy did not pass the integrity check ({verdict})")
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(directory)
    except BackupError:
        raise
    except Exception as error:
        found = diagnose_error(journal_path, None, error)
        if found.fault in (Fault.BUSY, Fault.DISK_FULL, Fault.READ_ONLY):
            raise BackupError(f"could not back up the journal: {found.message()}") from None
        raise BackupError(f"could not back up the journal ({error})") from None
    finally:
        partial.unlink(missing_ok=True)
    rotate_backups(journal_path)
    return BackupInfo(target, now.replace(microsecond=0), reason, _entry_count(target, connect))


def _backup_fault(directory: Path, error: OSError) -> BackupError:
    return BackupError(f"could not back up the journal: {diagnose_error(directory, None, error).message()}")


def ensure_daily_backup(
    journal_path: Path, now: datetime, connect: ConnectionFactory = plain_sqlite_connect
) -> BackupInfo | None:
    """Make today's automatic backup unless one exists. Call it after opening the journal.

    An empty journal (no entries and no events) is not worth a backup.
    """
    today = now.date()
    if any(created.date() == today and reason == REASON_DAILY for _p, created, reason in named_backups(journal_path)):
        return None
    try:
        with closing(connect(journal_path)) as connection:
            rows = connection.execute("SELECT (SELECT count(*) FROM entries) + (SELECT count(*) FROM events)")
            if int(rows.fetchone()[0]) == 0:
                return None
    except Exception:
        return None  # a journal we cannot read is the opener's problem to report, not ours
    return back_up_now(journal_path, now, reason=REASON_DAILY, connect=connect)


def backups_to_keep(backups: list[tuple[Path, datetime, str]]) -> set[Path]:
    """Which backups rotation keeps (see the module docstring). ``backups`` is newest first."""
    keep: set[Path] = set()
    daily = [b for b in backups if b[2] == REASON_DAILY]
    kept_days: list[date] = []
    for path, created, _reason in daily:
        if created.date() in kept_days:
            continue
        if len(kept_days) < KEEP_DAILY:
            kept_days.append(created.date())
            keep.add(path)
    oldest_daily_day = min(kept_days) if kept_days else None
    kept_weeks: list[tuple[int, int]] = []
    for path, created, _reason in daily:
        if oldest_daily_day is not None and created.date() >= oldest_daily_day:
            continue
        week = tuple(created.isocalendar())[:2]
        if week in kept_weeks or len(kept_weeks) >= KEEP_WEEKLY:
            continue
        kept_weeks.append(week)  # type: ignore[arg-type]
        keep.add(path)
    manual = [b for b in backups if b[2] == REASON_MANUAL]
    safety = [b for b in backups if b[2] in SAFETY_REASONS]
    keep.update(path for path, _c, _r in manual[:KEEP_ON_DEMAND])
    keep.update(path for path, _c, _r in safety[:KEEP_ON_DEMAND])
    return keep


def rotate_backups(journal_path: Path) -> list[Path]:
    """Delete backups that rotation no longer keeps; returns what was deleted."""
    backups = named_backups(journal_path)
    keep = backups_to_keep(backups)
    removed = []
    for path, _created, _reason in backups:
        if path not in keep:
            for doomed in (path, *side_files(path)):  # a damaged safety copy may have its -wal beside it
                doomed.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _safety_copy(journal_path: Path, now: datetime, connect: ConnectionFactory) -> BackupInfo | None:
    """Keep what is at the journal path before replacing it, readable or not."""
    if not journal_path.is_file() or journal_path.stat().st_size == 0:
        return None
    if integrity_of(journal_path, connect) == "ok":
        return back_up_now(journal_path, now, reason=REASON_BEFORE_RESTORE, connect=connect)
    # A damaged file: copy its bytes (and its WAL) as they are; never lose what might be rescued.
    directory = backups_dir(journal_path)
    ensure_private_dir(directory)
    target = _unique_name(directory, now, REASON_BEFORE_RESTORE)
    new_private_file(target)
    shutil.copyfile(journal_path, target)
    for sidecar in side_files(journal_path):
        if sidecar.exists():
            extra = target.with_name(target.name + sidecar.name[len(journal_path.name) :])
            new_private_file(extra)
            shutil.copyfile(sidecar, extra)
    return BackupInfo(target, now, REASON_BEFORE_RESTORE, None)


def restore_backup(
    journal_path: Path,
    backup_path: Path,
    now: datetime,
    connect: ConnectionFactory = plain_sqlite_connect,
) -> BackupInfo | None:
    """Put a backup in the journal's place. The journal must be closed by every caller first.

    Steps: verify the backup; keep a safety copy of the current journal; copy
    the backup to a temporary file beside the journal; verify that copy; remove
    the old journal's ``-wal``/``-shm`` (already in the safety copy; a stale WAL
    must never be replayed onto another file); then ``os.replace``, which is
    atomic. Returns the safety copy (None if there was no journal).
    """
    try:
        return _restore_backup(journal_path, backup_path, now, connect)
    except OSError as error:  # the journal is as it was: the swap is the last step
        raise BackupError(f"could not restore the backup: {diagnose_error(journal_path, None, error).message()}") from None


def _restore_backup(
    journal_path: Path, backup_path: Path, now: datetime, connect: ConnectionFactory
) -> BackupInfo | None:
    verdict = integrity_of(backup_path, connect)
    if verdict != "ok":
        raise BackupError(f"the backup {backup_path.name} cannot be restored: {verdict}")
    ensure_private_dir(journal_path.parent)
    safety = _safety_copy(journal_path, now, connect)
    temporary = journal_path.with_name(RESTORING_PREFIX + journal_path.name)
    temporary.unlink(missing_ok=True)
    new_private_file(temporary)
    try:
        shutil.copyfile(backup_path, temporary)
        fsync_file(temporary)
        verdict = integrity_of(temporary, connect)
        if verdict != "ok":
            raise BackupError(f"the copy of {backup_path.name} did not pass the integrity check ({verdict})")
        for sidecar in side_files(journal_path):
            sidecar.unlink(missing_ok=True)
        os.replace(temporary, journal_path)
        fsync_dir(journal_path.parent)
    finally:
        temporary.unlink(missing_ok=True)
    return safety
