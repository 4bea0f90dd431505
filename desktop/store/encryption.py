"""Set, change or remove the journal's passphrase without ever risking the journal.

Turning encryption on or off writes a converted copy next to the journal
(``sqlcipher_export``), checks it (opens with the new key, integrity_check,
the same row count in every table), and only then swaps it in with
``os.replace``, which is atomic. Until that moment the old file is untouched
apart from leaving WAL mode, so an interruption at any point leaves exactly
one complete journal, plus at most a leftover ``*.converting`` file that the
next :func:`open_journal` deletes. Changing the passphrase is SQLCipher's
``PRAGMA rekey``, one transaction in rollback-journal mode.

Backups (``<data dir>/backups/*.sqlite3``) are converted the same way, so no
plaintext copy of the journal stays behind when encryption is turned on. A
damaged plaintext backup cannot be converted: encryption then refuses to
start unless she agreed to delete it (``remove_damaged``). Before "now
encrypted" is said, what an interrupted restore or conversion left, the
journal's ``-wal``/``-shm``/``-journal`` and the side copies kept beside
backups are deleted. A symlinked journal is encrypted where it really lives,
so the link keeps pointing at it and no plaintext stays at the target.
Old disk blocks may still hold earlier plaintext (a file system does not
overwrite freed blocks); setting the passphrase at the first start avoids it.

The journal must be closed while this runs (the app holds one instance lock).

For the interruption tests, ``RECOVERY_JOURNAL_TEST_PAUSE_AT`` may name a
stage (see ``STAGES``); the process then prints the stage name to stderr and
sleeps there, so a test can kill it at exactly that point. It is read only
from the environment and does nothing otherwise.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.store.backup import integrity_of
from desktop.store.cipher import Keys, check_passphrase, connect_raw, quote_literal
from desktop.store.diagnosis import Fault, diagnose_error, file_kind, is_encrypted, judge_key
from desktop.store.files import (
    backup_files,
    converting_path,
    discard_hidden_copies,
    fsync_dir,
    fsync_file,
    new_private_file,
    remove_leftovers,
    remove_with_side_files,
    side_files,
)
from desktop.store.opening import open_journal

PAUSE_ENV = "RECOVERY_JOURNAL_TEST_PAUSE_AT"
STAGES = ("checkpointed", "exported", "verified", "replaced", "backups")


class EncryptionError(Exception):
    """The passphrase could not be set, changed or removed; the journal is as it was."""


@dataclass(frozen=True)
class ConversionReport:
    """What a passphrase change did beyond the journal itself, for the user to be told."""

    backups_converted: int = 0
    backups_skipped: tuple[Path, ...] = ()
    damaged_backups_removed: int = 0


def _pause_at(stage: str) -> None:
    if os.environ.get(PAUSE_ENV) == stage:
        print(f"paused at {stage}", file=sys.stderr, flush=True)
        while True:
            time.sleep(1)


def verify_passphrase(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` is the journal's (read-only check, for unlocking).

    True also when the key is proven right but the file is damaged (only some
    pages fail, or the key opens the backups): opening then reports the damage
    and offers a backup, instead of calling the right passphrase wrong.
    """
    try:
        _open_keyed(path, check_passphrase(passphrase)).close()
    except (EncryptionError, ValueError):
        try:
            return judge_key(path, passphrase).fault is Fault.DAMAGED
        except OSError:
            return False
    return True


def verify_keys(path: Path, keys: Keys) -> bool:
    """``verify_passphrase`` through ``keys``: the key derived for ``path`` is kept for the open that follows.

    The same answer as ``verify_passphrase(path, keys.passphrase)`` (the key is
    SQLCipher's own derivation from the file's salt); a failure is judged with
    the passphrase, so damage is still told from a wrong passphrase.
    """
    try:
        _open_keyed(path, keys.for_file(path)).close()
    except (EncryptionError, ValueError):
        try:
            return judge_key(path, keys.passphrase).fault is Fault.DAMAGED
        except OSError:
            return False
    return True


def damaged_plain_backups(journal_file: Path) -> list[Path]:
    """Plaintext backups that cannot be converted because they are damaged: encryption would leave them plain."""
    return [
        backup
        for backup in backup_files(journal_file)
        if file_kind(backup) != "encrypted" and backup.stat().st_size > 0 and integrity_of(backup) != "ok"
    ]


# -- the three operations -------------------------------------------------------------


def _faults_in_words(operation: Callable[..., ConversionReport]) -> Callable[..., ConversionReport]:
    """A full disk or a read-only folder during a conversion is one line, never a traceback (the swap
    happens last, so the journal is as it was)."""

    @functools.wraps(operation)
    def run(path: Path, *args: Any, **kwargs: Any) -> ConversionReport:
        try:
            return operation(path, *args, **kwargs)
        except OSError as error:
            raise EncryptionError(diagnose_error(path, None, error).message()) from None

    return run


@_faults_in_words
def set_passphrase(path: Path, new_passphrase: str, *, remove_damaged: bool = False) -> ConversionReport:
    """Encrypt the plain journal at ``path`` (and its plain backups) with ``new_passphrase``.

    With no journal yet (first run), a new, empty journal is created encrypted.
    Damaged plaintext backups cannot be encrypted: without ``remove_damaged``
    (her consent to delete them) nothing is done; with it they are deleted.
    A symlinked journal is converted where it really is.
    """
    _check(new_passphrase)
    damaged = damaged_plain_backups(path)
    if damaged and not remove_damaged:
        raise EncryptionError(
            f"{len(damaged)} backup(s) are damaged and cannot be encrypted, so they would stay readable without "
            "the passphrase: agree to delete them, or move them away first"
        )
    real = path.resolve()
    if not real.exists() or real.stat().st_size == 0:
        open_journal(path, new_passphrase).close()
    elif is_encrypted(real):
        raise EncryptionError("the journal already has a passphrase: change or remove it instead")
    else:
        _convert(real, None, new_passphrase)
        _pause_at("replaced")
    discard_hidden_copies(path)
    for backup in damaged:
        remove_with_side_files(backup)
    report = _convert_backups(path, lambda backup: _convert(backup, None, new_passphrase), want_encrypted=False)
    remove_leftovers(path)
    return ConversionReport(report.backups_converted, report.backups_skipped, len(damaged))


@_faults_in_words
def change_passphrase(path: Path, old_passphrase: str, new_passphrase: str) -> ConversionReport:
    """Re-key the encrypted journal (and backups that open with the old passphrase)."""
    _check(new_passphrase)
    if not is_encrypted(path):
        raise EncryptionError("the journal has no passphrase yet: set one instead")
    _rekey(path.resolve(), old_passphrase, new_passphrase)
    _pause_at("replaced")
    return _convert_backups(path, lambda backup: _rekey(backup, old_passphrase, new_passphrase), want_encrypted=True)


@_faults_in_words
def remove_passphrase(path: Path, old_passphrase: str) -> ConversionReport:
    """Decrypt the journal (and backups that open with its passphrase) back to plain SQLite."""
    if not is_encrypted(path):
        raise EncryptionError("the journal has no passphrase to remove")
    _convert(path.resolve(), old_passphrase, None)
    _pause_at("replaced")
    return _convert_backups(path, lambda backup: _convert(backup, old_passphrase, None), want_encrypted=True)


# -- how each one is done ----------------------------------------------------------------


def _check(passphrase: str) -> None:
    try:
        check_passphrase(passphrase)
    except ValueError as error:
        raise EncryptionError(str(error)) from None


def _open_keyed(path: Path, passphrase: str | None) -> Any:
    """A raw connection whose key is proven by reading the schema; EncryptionError if wrong."""
    import sqlcipher3

    connection = connect_raw(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        connection.close()
        if passphrase is not None:
            raise EncryptionError(f"wrong passphrase for {path}") from None
        raise EncryptionError(f"{path} is not a readable journal") from None
    return connection


def _leave_wal_mode(connection: Any) -> None:
    """Fold the WAL into the file and delete it, so no -wal of the old format outlives the swap."""
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("PRAGMA journal_mode = DELETE").fetchone()


def _table_counts(connection: Any) -> dict[str, int]:
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def _in_use(error: Exception) -> EncryptionError:
    return EncryptionError(f"the journal is in use by another program ({error}); nothing was changed")


def _convert(path: Path, old_passphrase: str | None, new_passphrase: str | None) -> None:
    """Export ``path`` into a new file keyed with ``new_passphrase`` (None: plain), verify, swap.

    A second connection holds the write lock from before the export until after
    the swap, so no other program's write can land in the old file and be lost.
    """
    import sqlcipher3

    target = converting_path(path)
    remove_with_side_files(target)
    guard = _open_keyed(path, old_passphrase)
    try:
        _leave_wal_mode(guard)
        guard.execute("BEGIN IMMEDIATE")
        _pause_at("checkpointed")
        _export_verify_swap(path, target, old_passphrase, new_passphrase)
    except sqlcipher3.OperationalError as error:
        raise _in_use(error) from None
    finally:
        guard.close()  # ends the empty write transaction on the old, now replaced, file
    for side_file in side_files(path):  # none should exist: the file left WAL mode and nothing was written
        side_file.unlink(missing_ok=True)


def _export_verify_swap(path: Path, target: Path, old_passphrase: str | None, new_passphrase: str | None) -> None:
    source = _open_keyed(path, old_passphrase)
    try:
        expected = _table_counts(source)
        new_private_file(target)
        source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(target), new_passphrase or ""))
        source.execute("SELECT sqlcipher_export('converted')").fetchone()
        source.execute("DETACH DATABASE converted")
    finally:
        source.close()
    _pause_at("exported")
    _verify(target, new_passphrase, expected)
    fsync_file(target)
    _pause_at("verified")
    os.replace(target, path)
    fsync_dir(path.parent)


def _verify(target: Path, passphrase: str | None, expected: dict[str, int]) -> None:
    if (passphrase is not None) != is_encrypted(target):
        remove_with_side_files(target)
        raise EncryptionError("the converted journal came out in the wrong format; nothing was changed")
    connection = _open_keyed(target, passphrase)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchall()
        counts = _table_counts(connection)
    finally:
        connection.close()
    if integrity != [("ok",)] or counts != expected:
        remove_with_side_files(target)
        raise EncryptionError("the converted journal did not verify; nothing was changed")


def _rekey(path: Path, old_passphrase: str, new_passphrase: str) -> None:
    """``PRAGMA rekey`` in rollback-journal mode: one transaction, so it happens fully or not at all."""
    import sqlcipher3

    connection = _open_keyed(path, old_passphrase)
    try:
        _leave_wal_mode(connection)
        _pause_at("checkpointed")
        connection.execute(f"PRAGMA rekey = {quote_literal(new_passphrase)}")
    except sqlcipher3.OperationalError as error:
        raise _in_use(error) from None
    finally:
        connection.close()
    check = _open_keyed(path, new_passphrase)
    try:
        if check.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise EncryptionError(f"{path} did not verify after changing the passphrase")
    finally:
        check.close()


def _convert_backups(
    path: Path, convert: Callable[[Path], None], *, want_encrypted: bool
) -> ConversionReport:
    _pause_at("backups")
    converted = 0
    skipped: list[Path] = []
    for backup in _matching(backup_files(path), want_encrypted):
        try:
            convert(backup)
        except EncryptionError:
            skipped.append(backup)  # e.g. encrypted with an older passphrase: left as it is
        else:
            converted += 1
    return ConversionReport(converted, tuple(skipped))


def _matching(paths: Iterable[Path], want_encrypted: bool) -> list[Path]:
    return [p for p in paths if p.stat().st_size > 0 and is_encrypted(p) == want_encrypted]
